"""Text helpers every stage shares: whole-word phrases and the folded form of a text."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from quizgen.extract import tokens
from quizgen.extract.tokens import has_phrase

_words = st.text(alphabet="ab _-.é1", max_size=12)


@given(_words, _words.filter(lambda p: p[:1].isalnum() and p[-1:].isalnum()))
def test_has_phrase_matches_a_whole_word_regex(text: str, phrase: str) -> None:
    assert has_phrase(text, phrase) == bool(re.search(r"\b" + re.escape(phrase) + r"\b", text))


@given(st.text(st.sampled_from("ab Z.é\u0301\u0308ñÅΣς“”’–—£€ﬁ½\u00a0\u2009\t\n")))
def test_norm_drops_exactly_the_combining_marks(text):
    """``norm`` looks only at the characters beyond ASCII for combining marks: the same text
    as testing every character."""
    folded = text.translate(tokens._FOLD)
    decomposed = unicodedata.normalize("NFKD", folded) if not folded.isascii() else folded
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    assert tokens.norm.__wrapped__(text) == " ".join(plain.split()).lower()
