"""Word tokens with offsets, and the small tests the extractors share."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

from quizgen.lexicon import NOT_NAMES

_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*\.?")
# Lowercase words that name people in other languages' surnames ("de Gaulle").
NAME_PARTICLES = frozenset("de da di del della van von der den du le la al el bin ibn ben".split())


_POSSESSIVE = ("'s", "’s")
_KEEP_STOP = frozenset(("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Rev.", "St."))


class Token(NamedTuple):
    """A word of a sentence. A named tuple: an article makes hundreds of thousands."""

    text: str  # without a trailing full stop unless it is an initial ("W.")
    start: int
    end: int
    bare: str  # the word without a possessive ending: "Velden’s" -> "Velden"
    possessive: bool


_new_token = tuple.__new__  # skips the named tuple's Python-level constructor


@lru_cache(maxsize=8192)
def tokenize(text: str) -> tuple[Token, ...]:
    """Split ``text`` into word tokens; full stops stay only on initials and abbreviations.

    Memoised: every extractor tokenizes the same sentences.
    """
    out = []
    add, new = out.append, _new_token  # (locals: an article has thousands of words)
    for m in _TOKEN.finditer(text):
        word = m.group()
        last = word[-1]
        if last != "." and last != "s":  # (most words: neither a full stop nor a possessive)
            add(new(Token, (word, m.start(), m.end(), word, False)))
            continue
        start, end = m.span()
        if last == "." and not (len(word) == 2 and word[0].isupper()) and word not in _KEEP_STOP:
            word, end = word[:-1], end - 1
        if word.endswith(_POSSESSIVE):
            add(new(Token, (word, start, end, word[:-2], True)))
        else:
            add(new(Token, (word, start, end, word, False)))
    return tuple(out)


@lru_cache(maxsize=8192)
def capitalised(text: str) -> tuple[int, ...]:
    """The indices of the tokens of ``text`` (``tokenize``) that open with a capital letter.

    People and places are looked for only where a name may start, and most words do not
    open with a capital: each extractor would otherwise ask every word again. Memoised.
    """
    return tuple([k for k, t in enumerate(tokenize(text)) if t.text[:1].isupper()])


_LOWER_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=8192)
def lower_words(text: str) -> frozenset[str]:
    """The letter runs of ``text``, lowercased ("Re-elected" gives "re", "elected").

    Extractors look here first to skip, cheaply, sentences their patterns cannot match.
    """
    return frozenset(_LOWER_WORD.findall(text.lower()))


# The characters a pattern that ignores case matches to a letter a-z where lowercasing gives
# another ("ſ" for "s", "ı" and "İ" for "i"; the Kelvin sign, which it gives as "k", too)
CASE_FOLDS = {"\u017f": "s", "\u0131": "i", "\u0130": "i", "\u212a": "k"}
# ... to read a text as such a pattern does: ``text.translate(AS_ASCII_LETTERS).lower()``
AS_ASCII_LETTERS = str.maketrans(CASE_FOLDS)
_FOLDS_TO_A_LETTER = re.compile(f"[{''.join(CASE_FOLDS)}]")


def may_hold(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` may hold one of ``words`` (each a run of lowercase letters a-z), in
    any case, as a whole run of letters: where not, a pattern that needs one of them there
    cannot match, and need not be tried.

    ``lower_words`` answers for nearly every text; one holding a character that a pattern
    ignoring case reads as a letter lowercasing does not give may hold them all."""
    return not words.isdisjoint(lower_words(text)) or _FOLDS_TO_A_LETTER.search(text) is not None


def one_of(words: Iterable[str]) -> str:
    """An alternation of ``words`` (sorted, as written: no pattern signs), grouped by first letter
    ("a(?:ctivist|dmiral)|b(?:...)"): it finds what the plain alternation finds, as two words of
    different first letters never both match at one place, but tries at each place only the
    words of its letter, not all of them."""
    return "|".join(
        f"{first}(?:{'|'.join(w[1:] for w in group)})"
        for first, group in groupby(sorted(words), key=itemgetter(0))
    )


def is_name_word(token: Token) -> bool:
    """A capitalised word that can be part of a proper name ("Velden", "O’Brien", "W.")."""
    word = token.bare
    if not word or not word[0].isupper() or word in NOT_NAMES:
        return False
    if len(word) == 2 and word.endswith("."):
        return True  # an initial
    # a lower-case letter (it starts with a capital) and no digit; isupper and isalpha
    # answer in C for nearly every word
    return not word.isupper() and (word.isalpha() or not any(c.isdigit() for c in word))


def has_phrase(text: str, phrase: str) -> bool:
    """Whether ``phrase`` occurs in ``text`` as whole words (like ``\\bphrase\\b``).

    Plain string search: a regex per answer would be compiled anew for every question.
    """
    if not phrase:
        return False
    start = text.find(phrase)
    while start != -1:
        end = start + len(phrase)
        if not (start > 0 and _word_char(text[start - 1]) and _word_char(phrase[0])) and not (
            end < len(text) and _word_char(text[end]) and _word_char(phrase[-1])
        ):
            return True
        start = text.find(phrase, start + 1)
    return False


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def at_word_boundary(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` is where ``\\b`` matches: a word character on one side only."""
    before = at > 0 and _word_char(text[at - 1])
    after = at < len(text) and _word_char(text[at])
    return before != after


def in_quotation(text: str, at: int) -> bool:
    """Whether offset ``at`` of a sentence lies inside quotation marks."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@lru_cache(maxsize=65536)  # the same answers and sentences are compared again and again
def norm(text: str) -> str:
    """Lowercase, accents and curly quotes folded, spaces collapsed: for comparisons."""
    text = text if text.isascii() else text.translate(_FOLD)
    if not text.isascii():  # (most are, once their curly quotes and dashes are folded)
        # (no ASCII character combines: only the others are looked at, each by a call)
        text = _NOT_ASCII.sub(_uncombined, unicodedata.normalize("NFKD", text))
    return " ".join(text.split()).lower()


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _uncombined(m: re.Match[str]) -> str:
    """The character ``m`` matched, or '' where it is a combining mark (an accent, decomposed)."""
    return "" if unicodedata.combining(m.group()) else m.group()
