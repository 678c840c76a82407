"""Build ``Sentence`` records from literal text, for extractor tests."""

from __future__ import annotations

from pathlib import Path

from quizgen.models import Sentence, Source
from quizgen.sentences import split_block


def sentences_of(text: str, source_id: str = "t") -> list[Sentence]:
    """Split ``text`` (one paragraph per line) into sentences, as the pipeline would."""
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        for s, e in split_block(text, pos, pos + len(line)):
            out.append(Sentence(source_id, len(out), s, e, text[s:e]))
        pos += len(line) + 1
    return out


def source_of(text: str, source_id: str = "t") -> Source:
    return Source(source_id, f"{source_id}.txt", "A title", text)


# A report written for the tests (not from any corpus), in the shape of a short news story
# about another subject than the samples: a headline, then one paragraph a line.
WRITTEN_REPORT = """\
Councils told to publish planning decisions online
Every council in England will have to publish its planning decisions online within 28 days, the \
Local Government Secretary has announced.
Margaret Hale told the House of Commons on Tuesday that the new rules would come into force in April 2026.
The Local Government Association said the change would cost councils about £12m a year.
Its chairman, Peter Olsen, said: "We support openness, but the money has to come from somewhere."
Ms Hale said the government would pay for the first two years of the scheme.
The Liberal Democrats welcomed the plans but said 28 days was too long.
Their spokeswoman, Rachel Moss, said residents in Leeds and Bristol had waited months for answers.
A consultation on the details will close on 14 March, the department said.
"""


def seed_variants(folder: Path, n: int, first: int = 0) -> Path:
    """Write articles ``first`` to ``n - 1`` of a series of different articles made from the samples
    in ``seeds/`` into ``folder``, for builds of many sources without ``../shared``: article k is
    the first 12 different paragraphs (about 370 words, the length of a BBC report) of sample k % 5
    after leaving out its (k // 5)-th paragraph (none for k < 5). Same k, same bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    samples = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    for k in range(first, n):
        sample = samples[k % len(samples)]
        lines = sample.read_text(encoding="utf-8-sig").split("\n")
        paragraphs = list(dict.fromkeys(line for line in lines if line.strip()))  # each once: all differ
        if k >= len(samples):
            del paragraphs[k // len(samples)]
        text = "\n\n".join(paragraphs[:12]) + "\n"
        (folder / f"{k:03d}_{sample.stem[:3]}.txt").write_text(text, encoding="utf-8")
    return folder


# Text an article or a teacher's title could hold that means something to HTML, XML,
# GIFT or Moodle's cloze syntax; every export must carry it as plain text.
HOSTILE = '<script>alert("x")</script> & {1:SHORTANSWER:=x} ~ = # : ]]> a\\b / * "q"'


def bank_of(sources: list[tuple[str, str]], questions: list[dict]) -> dict:
    """A small bank document, valid against the bank's schema: ``sources`` as
    (source_id, title) pairs, ``questions`` made by ``mcq_record``/``cloze_record``."""
    import jsonschema

    from quizgen.bank import bank_schema

    bank = {
        "format": "quizgen-bank/1",
        "quizgen_version": "test",
        "settings": {"seed": 1, "rules": []},
        "sources": [
            {"source_id": sid, "file": f"{sid}.txt", "title": title, "words": 100, "encoding": "utf-8"}
            for sid, title in sources
        ],
        "questions": questions,
        "conflicts": [],
    }
    jsonschema.validate(bank, bank_schema())
    return bank


def _record(qid: str, qtype: str, prompt: str, answer: str, source_id: str, sentence: str) -> dict:
    return {
        "id": qid,
        "type": qtype,
        "prompt": prompt,
        "answer": answer,
        "sources": [
            {
                "source_id": source_id,
                "file": f"{source_id}.txt",
                "start": 0,
                "end": len(sentence),
                "sentence": sentence,
            }
        ],
        "fact_kind": "term",
        "rule_id": "test-rule",
        "tags": [],
        "rank": 1,
        "selected": True,
    }


def mcq_record(qid: str, prompt: str, options: list[str], right: int, source_id: str, sentence: str) -> dict:
    record = _record(qid, "mcq", prompt, options[right], source_id, sentence)
    record["options"], record["answer_index"] = list(options), right
    return record


def cloze_record(qid: str, before: str, answer: str, after: str, source_id: str) -> dict:
    return _record(
        qid, "cloze", f"{before}{{{{c1::{answer}}}}}{after}", answer, source_id, before + answer + after
    )


def asked_alone_and_led(name: str, data: bytes) -> tuple[dict, dict]:
    """One article through extraction, drafting and the gates: the questions (by answer)
    kept without and with a leaning draft shown after the sentence before it."""
    from quizgen.analysis import analyse_article, from_record
    from quizgen.distractors import build_pool
    from quizgen.gates import screen_drafts
    from quizgen.rules import draft_questions, load_rules

    article = from_record(name, data, analyse_article(name, data))
    sources = {article.source.source_id: article.source}
    rules = load_rules(Path(__file__).resolve().parent.parent / "question_bank")
    pool = build_pool(list(article.facts))

    def draft_facts(facts, starts=None, hopeless=None):
        return draft_questions(facts, rules, pool, 1, sources, starts, hopeless)

    def asked(gated):
        return {d.question.answer: d.question for d in gated.kept}

    return (
        asked(screen_drafts(draft_facts(article.facts))),
        asked(screen_drafts(draft_facts(article.facts), draft_facts)),
    )


# A charter of a town written for the tests, wrapped to a width as plain-text legal codes are
WRAPPED_CHARTER = """\
Charter of the Town of Marvik, Part 1: Rights of Residents

1. Right of assembly

Section 1. The right of the residents peaceably to assemble for the
common good, and to petition the Town Council of
Marvik for redress of grievances, shall never be abridged.

2. Open meetings

Section 2. Every meeting of the council shall be open to the public,
except where the council, by a vote of two thirds of its members,
resolves to meet in private.
"""
