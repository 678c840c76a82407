from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.models import Source
from quizgen.sentences import flat, sentence_before, split_block, split_sentences
from quizgen.sources import parse_article
from tests.helpers import WRAPPED_CHARTER


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_block(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith went to Washington. He voted.", ["Mr. Smith went to Washington.", "He voted."]),
        (
            "Dr Jones met the U.S. envoy at 10 a.m. on Monday. Talks began.",
            ["Dr Jones met the U.S. envoy at 10 a.m. on Monday.", "Talks began."],
        ),
        (
            "He spoke at No. 10 Downing Street. Then he left.",
            ["He spoke at No. 10 Downing Street.", "Then he left."],
        ),
        ("President George W. Bush spoke. It rained.", ["President George W. Bush spoke.", "It rained."]),
        ('He said: "We will win." Then he sat down.', ['He said: "We will win."', "Then he sat down."]),
        (
            "They discussed digital health.Israel and Azerbaijan agreed.",
            ["They discussed digital health.", "Israel and Azerbaijan agreed."],
        ),
        ("Turnout was 61.4% in 2005. Labour won.", ["Turnout was 61.4% in 2005.", "Labour won."]),
        # an encyclopedia's notes after the full stop end the sentence with it
        (
            "It joined Lowmoor in 1974.[not in citation given] Its people are called Velorans.",
            ["It joined Lowmoor in 1974.[not in citation given]", "Its people are called Velorans."],
        ),
        (
            "The dam opened in 1931.[12][13] It was rebuilt.",
            ["The dam opened in 1931.[12][13]", "It was rebuilt."],
        ),
        # politics_050 (bbc-politics-dev): a unit letter is not an initial
        (
            "Fraud fell to cases worth pounds 644m. Edward Leigh said so.",
            ["Fraud fell to cases worth pounds 644m.", "Edward Leigh said so."],
        ),
    ],
)
def test_sentence_golden_table(text, expected):
    assert split(text) == expected


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_offsets_always_slice_the_original(text):
    source = Source("x", "x.txt", "x", text)
    for s in split_sentences(source):
        assert flat(text[s.start : s.end]) == s.text and s.text.strip() == s.text and s.text


def test_a_sentence_of_a_wrapped_paragraph_reads_on_across_its_lines():
    source = Source("x", "x.txt", "x", WRAPPED_CHARTER)
    first = split_sentences(source)[1]  # (after "Section 1.")
    assert first.text.startswith("The right of the residents peaceably to assemble for the common good")
    assert "\n" not in first.text and "\n" in WRAPPED_CHARTER[first.start : first.end]


def test_the_sentence_before_is_the_one_read_last_not_one_across_a_heading():
    # seeds/004: a heading ("A signal to Iran") stands between two paragraphs
    path = Path(__file__).resolve().parent.parent / "seeds" / "004_73520f884ccfa123.txt"
    source = parse_article(path.name, path.read_bytes())
    sentences = split_sentences(source)
    before = sentence_before(sentences, source.text)
    after_heading = next(s for s in sentences if s.text.startswith("Professor Ze’ev Khanin"))
    assert after_heading.index not in before
    # in a paragraph, and from one paragraph to the next, the one before is the one read last
    for s in sentences[1:]:
        if s.index in before:
            assert before[s.index].index == s.index - 1
            assert not source.text[before[s.index].end : s.start].strip()
    assert len(before) >= len(sentences) - 4  # the title, the heading and the captions only
