"""The JSON question bank: the contract every exporter and ``judge.py`` read.

``bank_document`` turns a build's questions into plain JSON data; the schema in
``quizgen/schema/bank.schema.json`` says exactly what that data may hold.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from quizgen import __version__
from quizgen.errors import OutputError
from quizgen.merge import Conflict
from quizgen.models import Question, Sentence, Source, SourceRef

FORMAT = "quizgen-bank/1"


def question_record(q: Question) -> dict[str, Any]:
    """One question as JSON data; mcq-only fields appear only on mcq questions."""
    record: dict[str, Any] = {
        "id": q.id,
        "type": q.type,
        "prompt": q.prompt,
        "answer": q.answer,
    }
    if q.type == "mcq":
        record["options"] = list(q.options)
        record["answer_index"] = q.answer_index
    if q.explanation:
        record["explanation"] = q.explanation
    record["sources"] = [_ref_record(r) for r in q.sources]
    if q.context is not None:
        record["context"] = _ref_record(q.context)
    record["fact_kind"] = q.fact_kind
    record["rule_id"] = q.rule_id
    record["tags"] = list(q.tags)
    record["rank"] = q.rank
    record["selected"] = q.selected
    if q.reviewed:
        record["reviewed"] = q.reviewed
    return record


def exported(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The questions every export carries: the selected ones, in bank order."""
    return [q for q in document["questions"] if q.get("selected", True)]


def _ref_record(r: SourceRef) -> dict[str, Any]:
    return {"source_id": r.source_id, "file": r.file, "start": r.start, "end": r.end, "sentence": r.sentence}


def conflict_record(conflict: Conflict, sources: dict[str, Source]) -> dict[str, Any]:
    """A disagreement as JSON data: what it is about, and each side's value and sentences."""

    def ref(s: Sentence) -> dict[str, Any]:
        src = sources[s.source_id]
        return {
            "source_id": s.source_id,
            "file": src.file,
            "title": src.title,
            "start": s.start,
            "end": s.end,
            "sentence": s.text,
        }

    return {
        "kind": conflict.kind,
        "about": conflict.about,
        "sides": [
            {"answer": side.answer, "sources": [ref(s) for s in side.sentences]} for side in conflict.sides
        ],
    }


def bank_document(
    questions: list[Question],
    sources: list[Source],
    seed: int,
    rule_ids: list[str],
    conflicts: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The whole bank. Holds no timestamps or paths, so equal inputs give equal bytes."""
    return {
        "format": FORMAT,
        "quizgen_version": __version__,
        "settings": {"seed": seed, "rules": sorted(rule_ids)},
        "sources": [
            {
                "source_id": s.source_id,
                "file": s.file,
                "title": s.title,
                "words": s.words,
                "encoding": s.encoding,
            }
            for s in sources
        ],
        "questions": [question_record(q) for q in questions],
        "conflicts": conflicts or [],
    }


def dumps(document: dict[str, Any]) -> str:
    """The bank as text: keys in a fixed order, non-ASCII kept readable, each field
    of a question on a line of its own and each field's value on one line.

    Values are written by the standard library's C encoder; its indented output
    is made in pure Python, a small piece at a time, and is slower by half on a
    bank of thousands of questions.
    """
    parts: list[str] = []
    _lay_out(document, "\n", 3, parts)
    parts.append("\n")
    return "".join(parts)  # joined once: a corpus bank is tens of megabytes


_compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
_string = json.encoder.encode_basestring  # in C where the C encoder is there


def _one_line(value: Any) -> str:
    # Strings, whole numbers, flags and lists of strings are most of a bank: encoded here
    # without the encoder's per-call set-up.
    if type(value) is str:
        return _string(value)
    if type(value) is int:  # not bool, which is an int too
        return str(value)
    if type(value) is bool:  # (every question's "selected")
        return "true" if value else "false"
    if type(value) is list and all(type(v) is str for v in value):
        return "[" + ", ".join(map(_string, value)) + "]"
    return _compact(value)


def _lay_out(value: Any, newline: str, depth: int, parts: list[str]) -> None:
    """Append ``value`` as JSON to ``parts``, its outer ``depth`` levels one item per line."""
    if depth == 0 or not value or not isinstance(value, dict | list):
        parts.append(_one_line(value))
        return
    inner = newline + "  "
    if depth == 1 and isinstance(value, dict):  # a question's fields, the bulk of a bank
        fields = value.items()
        items = [f"{_string(k)}: {_string(v) if type(v) is str else _one_line(v)}" for k, v in fields]
        parts.append("{" + inner + ("," + inner).join(items) + newline + "}")
        return
    if isinstance(value, dict):
        opening, closing = "{", "}"
        entries = [(f"{_string(k)}: ", v) for k, v in value.items()]
    else:
        opening, closing = "[", "]"
        entries = [("", v) for v in value]
    parts.append(opening)
    for n, (label, item) in enumerate(entries):
        parts.append(("," if n else "") + inner + label)
        _lay_out(item, inner, depth - 1, parts)
    parts.append(newline + closing)


def bank_schema() -> dict[str, Any]:
    """The JSON Schema the bank validates against (shipped inside the package)."""
    text = resources.files("quizgen").joinpath("schema/bank.schema.json").read_text("utf-8")
    return json.loads(text)


def read_bank(out: Path) -> dict[str, Any]:
    """The bank a build wrote into ``out``; ``OutputError`` when there is none to read."""
    path = out / "bank.json"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise OutputError(
            f"{path}: no question bank there; run 'quizgen build' first, or pass --out DIR"
        ) from exc
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise OutputError(f"{path}: cannot read it ({exc}); run 'quizgen build' again") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise OutputError(f"{path}: not a {FORMAT} question bank; run 'quizgen build' again")
    return document
