"""Word tokens with offsets, and the small tests the extractors share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.lexicon import NOT_NAMES

_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*\.?")
# Lowercase words that name people in other languages' surnames ("de Gaulle").
NAME_PARTICLES = frozenset("de da di del della van von der den du le la al el bin ibn ben".split())


@dataclass(frozen=True)
class Token:
    text: str  # without a trailing full stop unless it is an initial ("W.")
    start: int
    end: int

    @property
    def bare(self) -> str:
        """The word without a possessive ending: "Herzog’s" -> "Herzog"."""
        if self.text.endswith(("'s", "’s")):
            return self.text[:-2]
        return self.text

    @property
    def possessive(self) -> bool:
        return self.text.endswith(("'s", "’s"))


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word tokens; full stops stay only on initials and abbreviations."""
    out = []
    for m in _TOKEN.finditer(text):
        word, end = m.group(), m.end()
        if (
            word.endswith(".")
            and not (len(word) == 2 and word[0].isupper())
            and word
            not in ("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Rev.", "St.")
        ):
            word, end = word[:-1], end - 1
        out.append(Token(word, m.start(), end))
    return out


def is_name_word(token: Token) -> bool:
    """A capitalised word that can be part of a proper name ("Herzog", "O’Brien", "W.")."""
    word = token.bare
    if not word or not word[0].isupper() or word in NOT_NAMES:
        return False
    if len(word) == 2 and word.endswith("."):
        return True  # an initial
    return any(c.islower() for c in word) and not any(c.isdigit() for c in word)
