"""The settings of the checks (``gates.py``): thresholds a teacher may tune.

The defaults are data, ``quizgen/data/checks.yaml``; a teacher's ``checks.yaml`` in the
rules folder (``question_bank/``) overrides any of them. Both are validated when loaded:
a bad value stops the build with one line naming the file and the key. The rules folder
is only ever read.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import yaml

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
