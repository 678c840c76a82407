"""Checks by what stands around the answer, kept as data (``data/surroundings.yaml``).

A record belongs to a check (``gates.GATES``) and drops a draft whose answer stands where its
patterns say ("___ of <Place>" for a peer's title); the file also holds the word lists and
named patterns the checks' functions read (``PATTERNS``). Loaded and validated once, with
every broken record or pattern named."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from quizgen import lexicon
from quizgen.check_settings import ChecksError
from quizgen.extract.tokens import norm
from quizgen.rules import Draft, asks_outright, read_around

SURROUNDINGS_FILE = Path(__file__).parent / "data" / "surroundings.yaml"
_PATTERN_KEYS = ("before", "after", "answer", "value")
_RECORD_KEYS = frozenset(("check", "reason", "kinds", "blanked", "slot", "ignore_case", *_PATTERN_KEYS))


@dataclass(frozen=True)
class Surrounding:
    """A check by what stands around the answer in its sentence (``data/surroundings.yaml``)."""

    check: str
    reason: str
    kinds: frozenset[str] = frozenset()  # empty: every kind
    before: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None
    answer: re.Pattern[str] | None = None
    blanked: bool = False
    slot: str = ""  # the fact must have this slot (``speech``: a speech's)
    value: re.Pattern[str] | None = None  # searched in that slot


@dataclass(frozen=True)
class Surroundings:
    """What ``data/surroundings.yaml`` holds: the records, and the word lists and named
    patterns the checks' functions read."""

    records: tuple[Surrounding, ...]
    words: dict[str, frozenset[str]]
    patterns: dict[str, re.Pattern[str]]


def _word_list(name: str, words: dict[str, list[str]]) -> list[str]:
    """A list of ``words``, or of the lexicon (``kin_words`` is ``lexicon.KIN_WORDS``)."""
    if name in words:
        return words[name]
    found = getattr(lexicon, name.upper(), None) if name.islower() else None
    if isinstance(found, str) or not isinstance(found, list | tuple | set | frozenset):
        raise KeyError(name)
    return list(found)


def load_surroundings(checks: tuple[str, ...] | None = None, path: Path | None = None) -> Surroundings:
    """The records, word lists and patterns of ``data/surroundings.yaml``, each ``{name}``
    in a pattern filled from its ``words``, the lexicon's or a pattern named before it;
    every broken record or pattern is named at once (file, place, key). With ``checks``, a
    record must name one of them (``gates`` checks the packaged file's against its own)."""
    path = path or SURROUNDINGS_FILE
    data = lexicon.load_yaml(path.read_text(encoding="utf-8")) or {}
    problems: list[str] = []
    words: dict[str, list[str]] = {}
    for k, v in (data.get("words") or {}).items():
        if isinstance(v, str) or (isinstance(v, list) and all(isinstance(w, str) for w in v)):
            words[k] = v.split() if isinstance(v, str) else v
        else:
            problems.append(f"{path.name}: words: {k}: must be words split on spaces, or a list of strings")

    def compiled(where: str, pattern: str, flags: int = 0) -> re.Pattern[str] | None:
        def fill(m: re.Match[str]) -> str:
            if m.group(1) in named_patterns:  # a pattern named before it
                return f"(?:{named_patterns[m.group(1)]})"
            listed = _word_list(m.group(1), words)
            return "|".join(sorted((re.escape(w) for w in listed), key=len, reverse=True))

        try:
            return re.compile(re.sub(r"\{([a-z_]+)\}", fill, pattern), flags)
        except (KeyError, re.error) as exc:
            problems.append(f"{where}: {exc}")
            return None

    named_patterns: dict[str, str] = {}
    patterns = {}
    for k, v in (data.get("patterns") or {}).items():
        patterns[k] = compiled(f"{path.name}: patterns: {k}", v)
        named_patterns[k] = v
    records = []
    for n, rec in enumerate(data.get("checks") or ()):
        where = f"{path.name}: checks[{n}]"
        known = rec.get("check") in checks if checks is not None else isinstance(rec.get("check"), str)
        if set(rec) - _RECORD_KEYS or not known or not rec.get("reason"):
            problems.append(f"{where}: needs a known check and a reason, and only the keys documented")
            continue
        flags = re.I if rec.get("ignore_case") else 0
        found = {k: compiled(f"{where}: {k}", rec[k], flags) for k in _PATTERN_KEYS if k in rec}
        kinds, slot, blanked = (
            frozenset(rec.get("kinds") or ()),
            str(rec.get("slot") or ""),
            bool(rec.get("blanked")),
        )
        records.append(Surrounding(rec["check"], rec["reason"], kinds, blanked=blanked, slot=slot, **found))
    if problems:
        raise ChecksError("; ".join(problems))
    return Surroundings(tuple(records), {k: frozenset(v) for k, v in words.items()}, patterns)  # type: ignore[arg-type]


SURROUNDINGS = load_surroundings()
PATTERNS = SURROUNDINGS.patterns
_BY_CHECK = {
    name: tuple(r for r in SURROUNDINGS.records if r.check == name)
    for name in dict.fromkeys(r.check for r in SURROUNDINGS.records)
}


def surrounded(name: str, d: Draft) -> str:
    """Why the first record of check ``name`` that the draft fits drops it, or ''."""
    fact = d.fact
    records = _records_for(name, fact.kind)
    if not records:
        return ""
    outright = asks_outright(d.question)
    around = answer = None  # (read once, and only for a record that gets that far)
    for rec in records:
        if rec.blanked and outright:
            continue
        value = fact.slot(rec.slot) if rec.slot else ""
        if rec.slot and not value:
            continue
        if (rec.before or rec.after) and fact.answer_start < 0:
            continue  # (a fact not read from one place in its sentence)
        if around is None:
            around = _around(fact.sentence.text, fact.answer_start, len(fact.answer))
        before, after = around
        if rec.answer is not None and answer is None:
            answer = norm(d.question.answer)
        if (
            (rec.answer is None or rec.answer.fullmatch(answer))
            and (rec.value is None or rec.value.search(value))
            and (rec.before is None or rec.before.search(before))
            and (rec.after is None or rec.after.match(after))
        ):
            return rec.reason
    return ""


@lru_cache(maxsize=1024)
def _records_for(name: str, kind: str) -> tuple[Surrounding, ...]:
    """The records of check ``name`` that apply to facts of ``kind``, in their order: each
    draft is read against every check's records, most of which are for other kinds."""
    return tuple(r for r in _BY_CHECK.get(name, ()) if not r.kinds or kind in r.kinds)


@lru_cache(maxsize=1024)
def checks_with_records(kind: str) -> frozenset[str]:
    """The checks that have records for facts of ``kind``: ``judge`` reads the others by their
    function alone (about half of the checks for most kinds)."""
    return frozenset(name for name in _BY_CHECK if _records_for(name, kind))


@lru_cache(maxsize=65536)  # every check of a draft reads the same words around its answer
def _around(text: str, start: int, length: int) -> tuple[str, str]:
    return read_around(text[max(0, start - 120) :], min(start, 120), min(start, 120) + length)
