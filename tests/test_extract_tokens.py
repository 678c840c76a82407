"""Text helpers every stage shares: whole-word phrases and the folded form of a text."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from quizgen.extract import tokens
from quizgen.extract.tokens import _KEEP_STOP, _TOKEN, Token, has_phrase, tokenize

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


def _tokens_read_plainly(text: str) -> tuple[Token, ...]:
    """``tokenize`` as first written, each word through every test: what its fast path for
    words ending in neither a full stop nor an "s" must give."""
    out = []
    for m in _TOKEN.finditer(text):
        word, (start, end) = m.group(), m.span()
        if word[-1] == "." and not (len(word) == 2 and word[0].isupper()) and word not in _KEEP_STOP:
            word, end = word[:-1], end - 1
        possessive = word.endswith(("'s", "’s"))
        out.append(Token(word, start, end, word[:-2] if possessive else word, possessive))
    return tuple(out)


@given(st.text(alphabet="abcsAS.'’- \u00e9Mr", max_size=40))
def test_tokenize_reads_every_word_as_read_plainly(text: str):
    assert tokenize(text) == _tokens_read_plainly(text)


def test_tokenize_keeps_initials_and_abbreviations_and_reads_possessives():
    text = "Mr. W. Velden’s firm, said Dr. Ruiz's aides. It is the U.S. plan."
    assert tokenize(text) == _tokens_read_plainly(text)


@example("a \u017f b", "s")  # (a long s: "ſ" is "s" to a pattern, not to lower())
@example("\u0131", "i")
@example("\u0130", "i")
@given(
    st.text(alphabet="iksIKS -é\u017f\u0131\u0130\u212a", max_size=12),
    st.text(alphabet="iks", min_size=1, max_size=3),
)
def test_may_hold_wherever_a_pattern_ignoring_case_finds_the_word(text: str, word: str) -> None:
    # (a whole run of letters: no letter on either side)
    if re.search(rf"(?<![^\W\d_]){word}(?![^\W\d_])", text, re.I):
        assert tokens.may_hold(text, frozenset({word}))


def test_may_hold_only_the_words_a_text_says():
    assert tokens.may_hold("the so-called “rainy-day fund”", frozenset({"called"}))
    assert not tokens.may_hold("the so-called “rainy-day fund”", frozenset({"named", "term"}))


@given(st.text(alphabet="aA. ’'s-_Éé1", max_size=16))
def test_capitalised_are_the_tokens_opening_with_a_capital(text: str) -> None:
    # (a word's bare form opens as it does: people are looked for by one, places by the other)
    expected = tuple(k for k, t in enumerate(tokenize(text)) if t.text[:1].isupper())
    assert tokens.capitalised(text) == expected
    assert expected == tuple(k for k, t in enumerate(tokenize(text)) if t.bare[:1].isupper())
