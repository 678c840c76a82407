"""Merging on whole builds: the samples against the cross-source gold file (``../shared/gold``),
and the home country of 80 stories of bbc-politics-dev."""

import re
from pathlib import Path

import yaml

from quizgen.analysis import analyse_article, from_record
from quizgen.merge import merge_facts
from quizgen.models import Fact
from tests_corpus.conftest import DEV, SHARED

CROSS = SHARED / "gold" / "seeds" / "_cross_source.yaml"


def _facts_of_folder(folder: Path, limit: int) -> list[Fact]:
    facts: list[Fact] = []
    for path in sorted(folder.glob("*.txt"))[:limit]:
        data = path.read_bytes()
        facts += from_record(path.name, data, analyse_article(path.name, data)).facts
    return facts


def _bare(answer: str) -> str:
    """An answer without the words around it that sources vary on ("in March", "about 40%")."""
    return re.sub(r"^(?:(?:in|on|the|a|an|this|about|over|an estimated)\s+)+", "", answer.lower()).strip()


def _evidence_cited(question: dict, mention: dict) -> bool:
    words = set(mention["evidence"].lower().split())
    sid = Path(mention["source"]).stem
    return any(
        r["source_id"] == sid and len(words & set(r["sentence"].lower().split())) >= 0.5 * len(words)
        for r in question["sources"]
    )


def test_seeds_against_the_cross_source_gold(seeds_bank):
    gold = yaml.safe_load(CROSS.read_text(encoding="utf-8"))
    questions = seeds_bank["questions"]
    merged_agreements = 0
    asked_twice: list[tuple[str, list[str]]] = []
    for agreement in gold["agreements"]:
        asking = [
            q
            for q in questions
            if any(_bare(m["answer"]) == _bare(q["answer"]) for m in agreement["mentions"])
            # the sentence it asks about (its first citation) states the agreed fact
            and any(_evidence_cited({"sources": q["sources"][:1]}, m) for m in agreement["mentions"])
        ]
        # An agreed fact should be asked once ...
        if len(asking) > 1:
            asked_twice.append((agreement["what"], [q["prompt"] for q in asking]))
        # ... and where it is asked, count those that cite two or more of its sources.
        if asking and sum(_evidence_cited(asking[0], m) for m in agreement["mentions"]) >= 2:
            merged_agreements += 1
    found = 0
    for disagreement in gold["disagreements"]:
        sids = {Path(m["source"]).stem for m in disagreement["mentions"]}
        found += any(
            len({r["source_id"] for side in c["sides"] for r in side["sources"]} & sids) >= 2
            for c in seeds_bank["conflicts"]
        )
    # Measured: one agreed fact is still asked twice (a minister "plans to accompany"
    # in one report, "accompanied" in another: too few words in common to merge).
    assert len(asked_twice) <= 1, asked_twice
    # Measured (session 5): 8 with answers equal to the gold's; benchmarks/cross_source.py,
    # which also takes "75th" for "the 75th anniversary", counts 12 of 32. Most of the rest
    # are paraphrases no rule links ("a luncheon" / "a state lunch").
    assert merged_agreements >= 8
    assert found >= len(gold["disagreements"]) / 2


def test_a_corpus_of_many_stories_is_set_in_its_home_country():
    merged = merge_facts(_facts_of_folder(DEV, 80)).facts
    home = {f.answer for f in merged if f.slot("home")}
    # British politics: "the UK" and "Britain" are one place, guessed by any student
    assert {"UK", "Britain"} <= home <= {"UK", "Britain", "United Kingdom", "British Isles"}
    assert any(f.kind == "place" and f.answer == "London" and not f.slot("home") for f in merged)
