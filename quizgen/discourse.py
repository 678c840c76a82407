"""What a question's words point back to: the things a student must have read before.

A stem is read alone. "The commission is likely to demand ...", "Mr Wallace said
...", "which will close next week" each name something the article said earlier (which
commission? which Mr Wallace? which week?); a student who did not see the sentences
before cannot tell what is asked. ``references_back`` finds them by general signals of
English, in any genre:

- a definite description ("the commission", "this leaflet") whose noun the article
  used before the shown text, and which no words after it pin down ("the commission
  on climate" says which); not a thing named in the headline, which the whole article
  is about, nor a body or office everybody knows;
- a person named by title and surname alone ("Mr Wallace", "Dr Osei") where the shown
  text never gives the full name;
- a time counted from when the text was written or from what it told before ("last
  year", "last night", "next week", "the following year"). (A weekday is left alone: "on Tuesday"
  in a report dates what it tells well enough.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Nouns whose "the" needs no earlier mention: one thing everybody knows, or a word
# that points forward ("the reality is that ...").
EVERYBODY_KNOWS = frozenset(
    """government police public opposition economy country nation world people army
    reality truth fact future problem answer point aim key""".split()
)
# ... and, further into a sentence, things a reader places without being told.
KNOWN_THINGS = EVERYBODY_KNOWS | frozenset(
    "navy past idea rest time way case end state parliament constitution law courts".split()
)
# Words that end a noun phrase after "the": verbs, function words, words no noun is.
_NOT_IN_PHRASE = frozenset(
    """is was are were be been being has have had will would could can should may might must
    do does did said says and or but nor to of in on at for from with by as than then their
    there they them its his her our your which who whom whose that this these those what when
    where while if not also only just still already now first second third last next most
    least best worst same other whole main many few more less such very own""".split()
)
# What pins a description down when it follows: "the commission on climate", "the man who ...".
_RESTRICTIVE = frozenset(
    "of who which that whose where on for in to at from with by about between over against under".split()
)
# Words that say outright a thing was named before: "the aforementioned opening".
POINTING_BACK = frozenset("aforementioned above-mentioned abovementioned aforesaid latter former".split())
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose)\s+")
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|[^\w\s]")
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)\s+([A-Z][\w'’-]+)\b(?!\s+[A-Z])")
_RELATIVE_TIME = re.compile(
    r"\b(?:(?:last|next|this|the following|the previous|the same)\s+"
    r"(?:week|month|year|weekend|spring|summer|autumn|fall|winter|term|session|decade|day)"
    r"|(?:last|tomorrow) night|yesterday|tomorrow)\b",
    re.I,
)


def _stem(word: str) -> str:
    """A noun's first five letters: "commission" and "commissions", "leaflet" and "leaflets"."""
    return word[:5].lower()


def _noun_phrase(text: str, at: int) -> list[str] | None:
    """The lowercase words of a description that starts at ``at`` (after "the"), up to its
    head noun; None when words after it say which one, or when no noun follows."""
    words: list[str] = []
    tokens = _TOKEN.findall(text[at : at + 80])
    for token in tokens[:3]:
        if not token.isalpha() or not token.islower() or token in _NOT_IN_PHRASE:
            break
        words.append(token)
    if not words or len(words[-1]) < 4:
        return None
    after = tokens[len(words)] if len(tokens) > len(words) else ""
    return None if after in _RESTRICTIVE else words


@lru_cache(maxsize=64)  # one article's text, for each of its questions
def _lowered(text: str) -> str:
    return text.lower()


def _said_in(word: str, text: str, end: int) -> bool:
    """Whether ``text[:end]`` has a word opening with ``word`` (a plain search: a regex per
    noun would be compiled anew for every question)."""
    at = text.find(word, 0, end)
    while at >= 0:
        if at == 0 or not text[at - 1].isalnum():
            return True
        at = text.find(word, at + 1, end)
    return False


def references_back(shown: str, text: str, title: str = "", start: int | None = None) -> tuple[str, ...]:
    """The words of ``shown`` that point to something only the article's text before
    ``start`` (``text`` before the sentence shown; all of it by default) says; ``title``
    names what the whole article is about."""
    end = len(text) if start is None else start
    found: list[str] = []
    text_low, title_low = _lowered(text), title.lower()
    for m in _DEFINITE.finditer(shown):
        first = re.match(r"[a-z-]+", shown[m.end() :])
        if first and first.group() in POINTING_BACK:  # whatever words follow
            found.append(m.group() + first.group())
            continue
        phrase = _noun_phrase(shown, m.end())
        if phrase is None:
            continue
        noun = phrase[-1]
        if noun in KNOWN_THINGS or _stem(noun) in title_low:
            continue
        said_before_in_stem = _stem(noun) in shown[: m.start()].lower()
        if not said_before_in_stem and _said_in(_stem(noun), text_low, end):
            found.append(f"{m.group()}{' '.join(phrase)}")
    for m in _TITLED.finditer(shown):
        surname = m.group(1)
        named = re.findall(rf"\b([A-Z][\w'’.-]+)\s+(?:[A-Z]\.\s+)?{re.escape(surname)}\b", shown)
        if all(_TITLED.match(f"{first} {surname}") for first in named) and text.find(surname, 0, end) >= 0:
            found.append(m.group())
    found += [m.group() for m in _RELATIVE_TIME.finditer(shown)]
    return tuple(found)


@dataclass(frozen=True)
class Reading:
    """One article read as discourse: its text and its title."""

    text: str = ""
    title: str = ""


@lru_cache(maxsize=64)  # one article, for each of its drafts
def read_source(text: str, title: str = "") -> Reading:
    """The discourse reading of an article, computed once."""
    return Reading(text, title)
