"""Percentages, sums of money, quantities with units, and counts of things.

The answer is the figure as written ("42 percent", "pounds 1,250", "320-kilometer",
"11"); the words around it ("about", "over") stay in the sentence, since a
student is asked for the figure, not the hedge.
"""

from __future__ import annotations

import re

from quizgen.extract.dates import YEAR
from quizgen.extract.tokens import lower_words, may_hold
from quizgen.lexicon import FUNCTION_WORDS, MONTHS, WEEKDAYS
from quizgen.models import Fact, Sentence

NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred"
).split()
# "twenty-five" and "twenty five" are one number, read whole (never "twenty" before "five Years")
_NUMWORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:"
    + "|".join(NUMBER_WORDS[:9])
    + r")\b|(?:"
    + "|".join(NUMBER_WORDS)
    + r")(?:-(?:"
    + "|".join(NUMBER_WORDS[:9])
    + r"))?)"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s?(?:bn|billion|m|million|trillion|tn|k|thousand)\b)?"
UNITS = (
    "kilometers kilometer kilometres kilometre km miles mile metres metre meters meter "
    "tonnes tonne tons ton barrels barrel acres acre hectares hectare litres liters gallons "
    "days day weeks week months month years year hours hour minutes minute seats seat "
    "votes vote decades decade centuries century"
).split()
_UNIT = r"(?:" + "|".join(UNITS) + r")\b"

PERCENT = re.compile(rf"\b(?:{_DIGITS})\s?(?:%|per ?cent\b)", re.I)
CURRENCY_WORDS = ("pounds", "dollars", "euros", "rupees", "reais", "yen")
_CURRENCY = "|".join(CURRENCY_WORDS)
MONEY = re.compile(
    rf"(?:[£$€]|US\$)\s?(?:{_DIGITS}){_SCALE}"
    rf"|\b(?:{_CURRENCY})\s(?:{_DIGITS}){_SCALE}"
    rf"|\b(?:{_DIGITS}){_SCALE}\s(?:{_CURRENCY})\b",
    re.I,
)
# What a figure opens with, a digit or a number word's first letter: the patterns below ask it
# first, a single test where each of their alternatives would be tried at every word's edge.
_FIGURE_OPENS = rf"(?=[\d{''.join(sorted({w[0] for w in NUMBER_WORDS}))}])"
QUANTITY = re.compile(rf"\b{_FIGURE_OPENS}(?:{_DIGITS}|{_NUMWORD})[- ]{_UNIT}", re.I)
_BIG = r"(?:\s(?:million|billion|thousand|hundred))?"
# Words ending in "s" that are not plural nouns ("11 was", "his").
_NOT_PLURAL = (
    r"(?!(?:is|was|has|his|this|its|us|as|thus|less|unless|across|perhaps|always|whereas"
    r"|thirds|fourths|fifths|quarters|halves|tenths)\b)"  # "three fourths of": a share, not a count
)
# A count: a figure followed, within three words, by a plural noun ("11 people",
# "52,000 farm jobs", "about 300 Danes", "four million bus passes").
COUNT = re.compile(
    rf"\b{_FIGURE_OPENS}(?:{_DIGITS}|{_NUMWORD}){_BIG}\s"
    r"(?=(?:[a-z][\w-]*\s){0,2}"
    + _NOT_PLURAL
    + r"(?:[a-z]+s|[A-Z][a-z]+s|people|children|men|women|staff|police|personnel)\b)"
)
# The same two patterns for a sentence with no number word, where only digits can open a
# figure: they match the same spans there, and skip trying the number words at every word.
_DIGITS_ONLY_QUANTITY = re.compile(rf"\b(?=\d)(?:{_DIGITS})[- ]{_UNIT}", re.I)
_DIGITS_ONLY_COUNT = re.compile(
    rf"\b(?=\d)(?:{_DIGITS}){_BIG}\s"
    r"(?=(?:[a-z][\w-]*\s){0,2}"
    + _NOT_PLURAL
    + r"(?:[a-z]+s|[A-Z][a-z]+s|people|children|men|women|staff|police|personnel)\b)"
)
# A large figure standing alone ("rose to more than 380,000 in May").
BARE = re.compile(r"(?<![£$€\w.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s(?:million|billion))(?![\w%])")
# An ordinal before a noun ("the 60th anniversary").
ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)(?=\s[a-z])")
_YEAR = re.compile(rf"^{YEAR}$")
FIGURE_KINDS = ("percent", "money", "quantity", "number")  # the kinds this module makes


# A currency word written before its figure stands for its sign: "pounds 1,250" is "£1,250".
SIGN_OF_CURRENCY = {"pounds": "£", "dollars": "$", "euros": "€"}
_WORD_FOR_SIGN = re.compile(rf"(?i:{'|'.join(SIGN_OF_CURRENCY)})\s(?=\d)")
_DIGIT = re.compile(r"\d")
_NUMBER_WORD_SET = frozenset(NUMBER_WORDS)
_UNIT_SET = frozenset(UNITS)
_CURRENCY_WORDS = frozenset(CURRENCY_WORDS)
_CURRENCY_SIGNS = re.compile(r"[£$€]")
# What follows a figure that is no count, a range or an age (compiled once: tried on most figures).
_NOT_A_COUNT_AFTER = re.compile(r"\s(?:of|per|times|or|and|to)\b")
_RANGE_AFTER = re.compile(r"[-–]\d")
# A capitalised word just before a count, inside its sentence: the count ends a name
_NAME_BEFORE = re.compile(r"\b([A-Z][A-Za-z]*) $")
_NOT_NAMING = frozenset((*FUNCTION_WORDS, *(w.lower() for w in (*MONTHS, *WEEKDAYS))))
_AGE_AFTER = re.compile(r"(?:[- ]years?)?[- ]olds?\b")


def _patterns_for(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns worth trying on a sentence, in order of precedence.

    Each pattern needs a word or sign that is cheap to look for first: most
    sentences hold no figure at all, and most figures are not money or quantities.
    """
    words = lower_words(text)
    digits = _DIGIT.search(text) is not None
    # (a number word a pattern reads is a whole run of letters: one of ``words``, if any; and
    # ``may_hold`` for the pattern ignoring case, which reads "ſix" as "six")
    number_words = not _NUMBER_WORD_SET.isdisjoint(words)
    figure = digits or number_words
    quantity = QUANTITY if may_hold(text, _NUMBER_WORD_SET) else _DIGITS_ONLY_QUANTITY
    count = COUNT if number_words else _DIGITS_ONLY_COUNT
    wanted = (
        ("percent", PERCENT, digits and ("%" in text or "cent" in words or "percent" in words)),
        (
            "money",
            MONEY,
            digits and (_CURRENCY_SIGNS.search(text) is not None or not _CURRENCY_WORDS.isdisjoint(words)),
        ),
        ("quantity", quantity, figure and not _UNIT_SET.isdisjoint(words)),
        ("number", count, figure),
        ("number", BARE, digits),
        ("number", ORDINAL, digits),
    )
    return [(kind, pattern) for kind, pattern, worth in wanted if worth]


_DIGITS_GO_ON = re.compile(r"[.,]\d")


def _taken(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < b and a < e for a, b in spans)


def extract_numbers(sentences: list[Sentence]) -> list[Fact]:
    """Figures a teacher might ask for, each with its kind: percent, money, quantity, number."""
    facts = []
    for sentence in sentences:
        text = sentence.text
        spans: list[tuple[int, int]] = []
        for kind, pattern in _patterns_for(text):
            for m in pattern.finditer(text):
                s, e = m.start(), m.end()
                value = text[s:e].strip()
                e = s + len(value)
                if _taken(spans, s, e):
                    continue
                if kind == "number":
                    if _YEAR.match(value) or value.lower() in ("one", "two"):
                        continue
                    following = text[e : e + 12].lower()
                    if _NOT_A_COUNT_AFTER.match(following):
                        continue
                    named = value.isdigit() and _NAME_BEFORE.search(text, 0, s)  # (not "Velora 14th")
                    if named and named.start() > 0 and named.group(1).lower() not in _NOT_NAMING:
                        continue  # "Billboard's Hot 100 chart", "Apollo 11": part of a name
                if _RANGE_AFTER.match(text, e) or text[s - 1 : s] in "-–/":
                    continue  # part of a range or score ("2016-2020", "3-1")
                if _DIGITS_GO_ON.match(text, e):
                    continue  # a figure misprinted ("dollars 110,00"): no answer to key
                if _AGE_AFTER.match(text[e : e + 12]):
                    continue  # "the 47-year-old", "15 and 16-year-olds": an age is a detail
                spans.append((s, e))
                if kind == "money" and (word := _WORD_FOR_SIGN.match(value)):
                    # "pounds 1,250" is a sign written out (some sources cannot print "£"): the
                    # answer is the figure, and a stem shows the sign (``SIGN_OF_CURRENCY``)
                    s, value = s + word.end(), value[word.end() :]
                unit = ""
                if kind == "quantity":
                    unit = re.split(r"[- ]", value, maxsplit=1)[-1].lower()
                facts.append(Fact(kind, value, s, sentence, (("unit", unit),)))
    return facts
