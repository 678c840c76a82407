"""The settings of the checks (``gates.py``): thresholds a teacher may tune.

The defaults are data, ``quizgen/data/checks.yaml``; a teacher's ``checks.yaml`` in the
rules folder (``question_bank/``) overrides any of them. Both are validated when loaded:
a bad value stops the build with one line naming the file and the key. The rules folder
is only ever read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import yaml

from quizgen import lexicon
from quizgen.errors import QuizgenError

CHECKS_FILE = "checks.yaml"  # in the rules folder; not a rule
DEFAULTS_FILE = Path(__file__).parent / "data" / CHECKS_FILE
LIMITS = (1, 1000)


class ChecksError(QuizgenError):
    """A checks settings file is broken (one line: the file, the key, what is wrong)."""


@dataclass(frozen=True)
class CheckSettings:
    """The checks' thresholds; see ``quizgen/data/checks.yaml`` for what each does."""

    max_sentence_words: int
    max_stem_words: int
    max_lead_words: int
    min_sentence_words: int
    min_plain_words: int
    min_clause_words: int
    min_quoted_words: int
    min_report_words: int
    max_per_sentence: int
    max_per_answer: int
    nearby_figure_percent: int
    skip: frozenset[str] = frozenset()


NUMBERS = tuple(f.name for f in fields(CheckSettings) if f.name != "skip")


def _parse(path: Path | str, text: str, base: CheckSettings | None, checks: tuple[str, ...]) -> CheckSettings:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark is not None else ""
        raise ChecksError(f"{path}: {line}not valid YAML") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ChecksError(f"{path}: must be a mapping of setting: value")
    values: dict[str, Any] = {}
    low, high = LIMITS
    for key, value in data.items():
        if key == "skip":
            names = value if isinstance(value, list) else None
            unknown = [n for n in names or () if n not in checks]
            if names is None or unknown or not all(isinstance(n, str) for n in names):
                raise ChecksError(f"{path}: skip: must list check names from {', '.join(checks)}")
            values["skip"] = frozenset(names)
        elif key not in NUMBERS:
            raise ChecksError(f"{path}: {key}: no such setting (known: {', '.join((*NUMBERS, 'skip'))})")
        elif isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ChecksError(f"{path}: {key}: must be a whole number from {low} to {high}, not {value!r}")
        else:
            values[key] = value
    if base is not None:
        return replace(base, **values)
    missing = [k for k in NUMBERS if k not in values]
    if missing:
        raise ChecksError(f"{path}: {missing[0]}: missing")
    return CheckSettings(**values)


def load_check_settings(rules_folder: Path | None, checks: tuple[str, ...]) -> CheckSettings:
    """The packaged settings, with the teacher's ``rules_folder/checks.yaml`` over them."""
    settings = _parse(DEFAULTS_FILE, DEFAULTS_FILE.read_text(encoding="utf-8"), None, checks)
    path = rules_folder / CHECKS_FILE if rules_folder is not None else None
    if path is None or not path.is_file():
        return settings
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ChecksError(f"{path}: cannot read it ({exc}); save it as UTF-8 text") from exc
    return _parse(path, text, settings, checks)


def settings_bytes(rules_folder: Path) -> bytes:
    """The teacher's settings file's bytes, for the build's inputs key (b'' when none)."""
    path = rules_folder / CHECKS_FILE
    return path.read_bytes() if path.is_file() else b""


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


def load_surroundings(checks: tuple[str, ...], path: Path | None = None) -> Surroundings:
    """The records, word lists and patterns of ``data/surroundings.yaml``, each ``{name}``
    in a pattern filled from its ``words``, the lexicon's or a pattern named before it;
    every broken record or pattern is named at once (file, place, key)."""
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
        if set(rec) - _RECORD_KEYS or rec.get("check") not in checks or not rec.get("reason"):
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
