"""Dates: full dates, months with years, years, ranges of years, and "in March".

Weekdays alone ("on Tuesday") and relative dates ("last year") are not facts a
student can learn, so they are left out.
"""

from __future__ import annotations

import re

from quizgen.extract.tokens import lower_words
from quizgen.lexicon import MONTHS
from quizgen.models import Fact, Sentence

_MONTH = "(?:" + "|".join(MONTHS) + ")"
_DAY = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"  # a year a civics text would mention

# A time of day is no year: "from 1900 GMT", "by 2000 hours"
_NO_CLOCK = r"(?!\s?(?:GMT|BST|UTC|CET|EST|PST|hours|hrs|local time)\b)"

# Ordered from the most specific: the first pattern that covers a span wins.
# (Which patterns need a month name, a year or both is listed below them.)
DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("full", re.compile(rf"\b{_DAY}\s{_MONTH},?\s{YEAR}\b|\b{_MONTH}\s{_DAY},?\s{YEAR}\b")),
    ("day_range", re.compile(rf"\b{_MONTH}\s{_DAY}[-–]{_DAY}\b|\b{_DAY}[-–]{_DAY}\s{_MONTH}\b")),
    # (not the day and month of a year too early for ``YEAR``: "10 November 1483" is one date)
    ("day", re.compile(rf"\b(?:{_DAY}\s{_MONTH}|{_MONTH}\s{_DAY})\b(?!,?\s\d)")),
    ("month_year", re.compile(rf"\b{_MONTH}\s{YEAR}\b")),
    ("year_range", re.compile(rf"\b{YEAR}[-–]{YEAR}\b|\b{YEAR}[-–]\d\d\b")),
    (
        "year",
        re.compile(
            rf"\b(?:in|since|by|until|from|of|before|after|the)\s(?P<v>{YEAR})\b(?![-–]\d){_NO_CLOCK}"
            rf"|\b(?P<w>{YEAR})(?=\s(?:war|election|elections|general election|referendum"
            rf"|budget|law|act|conflict|census|constitution)\b)"
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|this|last|next|early|late)\s(?P<v>{_MONTH})\b(?!\s\d)"
            rf"|\b[Tt]he\s(?P<w>{_MONTH})(?=\s[a-z]+(?:ing|ion|ment)\b)"  # "the March signing of ..."
        ),
    ),
)


_NEEDS_MONTH = frozenset(("full", "day_range", "day", "month_year", "month"))
_NEEDS_YEAR = frozenset(("full", "month_year", "year_range", "year"))
_MONTH_WORDS = frozenset(m.lower() for m in MONTHS)
_A_YEAR = re.compile(YEAR)


def _patterns_for(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns worth trying on a sentence: most sentences hold no date at all."""
    month = not _MONTH_WORDS.isdisjoint(lower_words(text))
    year = _A_YEAR.search(text) is not None
    return [
        (form, pattern)
        for form, pattern in DATE_PATTERNS
        if (month or form not in _NEEDS_MONTH) and (year or form not in _NEEDS_YEAR)
    ]


def extract_dates(sentences: list[Sentence]) -> list[Fact]:
    """A fact per date in the sentence, the most specific reading of each span."""
    facts = []
    for sentence in sentences:
        text = sentence.text
        taken: list[tuple[int, int]] = []
        for form, pattern in _patterns_for(text):
            for m in pattern.finditer(text):
                group = next((g for g in ("v", "w") if m.re.groupindex.get(g) and m.group(g)), 0)
                s, e = m.span(group)
                if any(s < b and a < e for a, b in taken):
                    continue
                taken.append((s, e))
                facts.append(Fact("date", text[s:e], s, sentence, (("form", form),)))
    return facts
