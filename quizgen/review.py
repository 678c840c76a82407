"""The teacher's review: ``review.yaml`` in the rules folder, keyed by question id.

A teacher who reads the worksheet drops a question or rewords it once, and every
later build follows: ranking leaves the dropped questions out of the exports
(``dropped_ids``), the review then marks and edits the ranked questions before
the bank is made (``apply_review``), and every export reads the bank. Question ids come from what a
question asks (see ``rules.question_id``), so an entry keeps applying after
articles are added. quizgen only reads this file, never writes it.

```yaml
"9e02d52e2f7f1fdd":
  drop: true
"850fdae22ae30c5a":
  prompt: "Which body has the sole power of impeachment?"
  options: ["the House of Representatives", "the Senate", "the Supreme Court", "the President"]
```
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from quizgen.errors import QuizgenError
from quizgen.models import Question

REVIEW_FILE = "review.yaml"  # in the rules folder; not a rule
MIN_OPTIONS, MAX_OPTIONS = 3, 6  # what the bank's schema and the worksheet's letters allow
_QUESTION_ID = re.compile(r"^[0-9a-f]{16}$")
_KEYS = ("drop", "prompt", "options")
_CLOZE_MARK = "{{c1::"

DROPPED, EDITED = "dropped", "edited"  # the bank's ``reviewed`` field


class ReviewError(QuizgenError):
    """An entry of the review file is wrong; the message names the file and the id."""


@dataclass(frozen=True)
class Entry:
    """What the teacher decided about one question: drop it, or ask it in other words."""

    question_id: str
    drop: bool = False
    prompt: str | None = None  # the new stem (a cloze keeps its ``{{c1::...}}``)
    options: tuple[str, ...] | None = None  # the new choices of a multiple-choice question


@dataclass(frozen=True)
class Reviewed:
    """The questions after the review, and the entries no question of the build matched."""

    questions: list[Question]
    unknown: tuple[str, ...]  # ids of entries for questions this build did not make
    dropped: int = 0
    edited: int = 0


def parse_review(text: str, file: str) -> dict[str, Entry]:
    """The entries of a review file's text, by question id.

    Raises ``ReviewError`` (one line naming ``file`` and the id) for anything it
    cannot follow; checks against the questions themselves are ``apply_review``'s.
    """
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ReviewError(f"{file}: {line}YAML syntax error ({problem})") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ReviewError(f"{file}: must map question ids to what to do ('\"<id>\": {{drop: true}}')")
    entries: dict[str, Entry] = {}
    for key, value in data.items():
        entry = _parse_entry(key, value, file)
        entries[entry.question_id] = entry
    return entries


def _parse_entry(key: object, value: object, file: str) -> Entry:
    if not isinstance(key, str) or not _QUESTION_ID.match(key):
        raise ReviewError(
            f"{file}: {key!r} is not a question id; quote the 16 letters and digits 'quizgen list' prints"
        )
    where = f"{file}: {key}"
    if not isinstance(value, dict) or not value:
        raise ReviewError(f"{where}: give 'drop: true', or a 'prompt' and/or 'options'")
    unknown = sorted(str(k) for k in value if k not in _KEYS)
    if unknown:
        raise ReviewError(f"{where}: unknown key {unknown[0]!r} (one of {', '.join(_KEYS)})")
    drop = value.get("drop", False)
    if not isinstance(drop, bool):
        raise ReviewError(f"{where}: 'drop' must be true or false")
    prompt = value.get("prompt")
    if prompt is not None and (not isinstance(prompt, str) or not prompt.strip()):
        raise ReviewError(f"{where}: 'prompt' must be the question's text")
    options = value.get("options")
    if isinstance(options, list):
        # Unquoted years and figures (options: [1993, 1994, 1995]) are read as numbers: as written.
        options = [str(o) if isinstance(o, int | float) and not isinstance(o, bool) else o for o in options]
    if options is not None:
        if not isinstance(options, list) or not all(isinstance(o, str) and o.strip() for o in options):
            raise ReviewError(f"{where}: 'options' must be a list of texts")
        if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
            raise ReviewError(f"{where}: give {MIN_OPTIONS} to {MAX_OPTIONS} options, not {len(options)}")
        if len({o.strip() for o in options}) != len(options):
            raise ReviewError(f"{where}: an option is given twice")
    if drop and (prompt is not None or options is not None):
        raise ReviewError(f"{where}: either drop the question or edit it, not both")
    return Entry(
        key,
        drop,
        " ".join(prompt.split()) if prompt is not None else None,
        tuple(o.strip() for o in options) if options is not None else None,
    )


def load_review(rules_folder: Path) -> dict[str, Entry]:
    """The entries of ``rules_folder/review.yaml``; none when there is no such file."""
    path = rules_folder / REVIEW_FILE
    if not path.is_file():
        return {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReviewError(f"{path}: cannot read it ({exc}); save it as UTF-8 text") from exc
    return parse_review(text, str(path))


def review_bytes(rules_folder: Path) -> bytes:
    """The review file's bytes, for the build's inputs key (b'' when there is none)."""
    path = rules_folder / REVIEW_FILE
    return path.read_bytes() if path.is_file() else b""


def edited(question: Question, entry: Entry, file: str) -> Question:
    """``question`` as the teacher rewrote it; ``ReviewError`` when the edit cannot stand."""
    where = f"{file}: {question.id}"
    prompt = entry.prompt if entry.prompt is not None else question.prompt
    if question.type == "cloze":
        if entry.options is not None:
            raise ReviewError(f"{where}: a cloze question has no options; edit its 'prompt' only")
        if _CLOZE_MARK not in prompt:
            raise ReviewError(
                f"{where}: a cloze prompt must keep the deleted answer as {_CLOZE_MARK}{question.answer}}}}}"
            )
        return replace(question, prompt=prompt, reviewed=EDITED)
    options = entry.options if entry.options is not None else question.options
    if question.answer not in options:
        raise ReviewError(f"{where}: the answer {question.answer!r} must be one of the options")
    return replace(
        question, prompt=prompt, options=options, answer_index=options.index(question.answer), reviewed=EDITED
    )


def dropped_ids(entries: Mapping[str, Entry]) -> frozenset[str]:
    """The ids the review drops: ranking leaves them out of the exports (``rank_questions``'s
    ``never``), so the next best question of the same source takes each one's place."""
    return frozenset(qid for qid, entry in entries.items() if entry.drop)


def apply_review(questions: Sequence[Question], entries: Mapping[str, Entry], file: str) -> Reviewed:
    """The questions with the review applied, in the same order.

    A dropped question stays in the bank, marked ``reviewed: dropped`` and not
    ``selected``, so no export carries it and the teacher can still find it (and
    undo the drop). An edited question keeps its id, rank and selection.
    """
    out: list[Question] = []
    done: set[str] = set()
    for q in questions:
        entry = entries.get(q.id)
        if entry is None:
            out.append(q)
            continue
        done.add(q.id)
        if entry.drop:
            out.append(replace(q, selected=False, reviewed=DROPPED))
        elif entry.prompt is not None or entry.options is not None:
            out.append(edited(q, entry, file))
        else:
            out.append(q)  # drop: false and nothing else
    return Reviewed(
        questions=out,
        unknown=tuple(sorted(set(entries) - done)),
        dropped=sum(q.reviewed == DROPPED for q in out),
        edited=sum(q.reviewed == EDITED for q in out),
    )


def unknown_warnings(unknown: Sequence[str], file: str) -> list[str]:
    """One warning per review entry whose question this build did not make."""
    return [
        f"{file}: no question {qid} in this build (its article or rule changed, or it was left out); "
        "delete the entry or fix its id"
        for qid in unknown
    ]


STEM_WIDTH = 70  # characters of a stem ``question_lines`` shows


def _mark(q: Mapping[str, Any]) -> str:
    mark = "x" if q.get("reviewed") == DROPPED else "*" if q.get("selected", True) else "-"
    return mark + ("e" if q.get("reviewed") == EDITED else " ")


def _shortened(text: str, width: int = STEM_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def question_lines(document: Mapping[str, Any]) -> list[str]:
    """One line per question of a bank: id, mark, source, rank, the stem shortened and the answer.

    Each source's questions come together, best ranked first, the way a teacher
    reads down what an article gave. Marks: ``*`` exported, ``-`` not exported,
    ``x`` dropped by the review; a following ``e``: edited by the review.
    """
    questions = sorted(
        document["questions"], key=lambda q: (q["sources"][0]["source_id"], q.get("rank", 0), q["id"])
    )
    width = max((len(q["sources"][0]["source_id"]) for q in questions), default=0)
    return [
        f"{q['id']}  {_mark(q)} {q['sources'][0]['source_id']:<{width}}  #{q.get('rank', 0):<3} "
        + f"{_shortened(q['prompt'])}  = {_shortened(q['answer'], 30)}"
        for q in questions
    ]
