import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen import clean
from quizgen.clean import has_editorial_markup, mark_blocks, without_markup
from tests.conftest import SEEDS
from tests.helpers import WRAPPED_CHARTER, WRITTEN_REPORT


def roles(text: str) -> dict[str, str]:
    return {text[b.start : b.end]: b.role for b in mark_blocks(text)}


def test_captions_nags_bylines_and_datelines_are_boilerplate():
    text = (
        "A headline about a visit\n"
        "Jane Roe is The Daily Paper's diplomatic reporter\n"
        "May 30. (SOME AGENCY) –\n"
        "The president met his counterpart in the capital on Tuesday, officials said.\n"
        "The president meets his counterpart, May 30, 2023. Photo by Ann Smith/Agency.\n"
        "You have read 3 articles this month.\n"
        "We are at war.\n"
        "Please register for full access to continue reading.\n"
        "The two leaders signed a treaty on trade and energy cooperation after the talks.\n"
        "Comments are closed.\n"
    )
    r = roles(text)
    assert r["A headline about a visit"] == "title"
    assert r["Jane Roe is The Daily Paper's diplomatic reporter"] != "body"
    assert r["May 30. (SOME AGENCY) –"] == "boilerplate"
    assert r["The president meets his counterpart, May 30, 2023. Photo by Ann Smith/Agency."] == "boilerplate"
    assert r["We are at war."] == "boilerplate"  # between two nags
    assert r["Comments are closed."] == "boilerplate"
    assert r["The president met his counterpart in the capital on Tuesday, officials said."] == "body"
    assert r["The two leaders signed a treaty on trade and energy cooperation after the talks."] == "body"


def test_items_of_a_list_a_colon_opens_are_body_not_headings():
    text = (
        "A Declaration of the Towns\n"
        "The council of the towns met in the spring and wrote down the wrongs done to them.\n"
        "He has joined with others to rule us by laws that are not our own, and given his assent "
        "to their acts of pretended law:\n"
        "For closing our markets to all traders:\n"
        "For taxing our grain without our consent:\n"
        "The council sent the declaration to the king in the summer of that year.\n"
        "Further reading\n"
    )
    r = roles(text)
    assert r["For closing our markets to all traders:"] == "body"
    assert r["For taxing our grain without our consent:"] == "body"
    assert r["Further reading"] == "heading"  # (no colon: a heading still)


def test_repeated_caption_lines_in_a_sample_are_boilerplate():
    text = (SEEDS / "003_8042253118dc0e93.txt").read_text(encoding="utf-8-sig")
    blocks = mark_blocks(text)
    captions = [b for b in blocks if "Photo by" in text[b.start : b.end]]
    assert captions and all(b.role == "boilerplate" for b in captions)


def test_programme_listings_are_boilerplate():
    # bbc-politics-dev closes some stories with a listing of the programme they came from
    text = (
        "A headline about a documentary\n"
        "The party leader spoke to a film crew for six months before the general election campaign.\n"
        "- The documentary is being shown on BBC2 on Saturday 12 February at 2005 GMT.\n"
    )
    r = roles(text)
    assert r["- The documentary is being shown on BBC2 on Saturday 12 February at 2005 GMT."] == "boilerplate"
    assert (
        r["The party leader spoke to a film crew for six months before the general election campaign."]
        == "body"
    )


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (clean._CAPTION, clean._CAPTION_WORDS),
        (clean._NAG, clean._NAG_WORDS),
        (clean._LISTING, clean._LISTING_WORDS),
    ],
)
def test_the_words_looked_for_first_are_in_every_line_the_pattern_matches(pattern, words):
    # The cheap look-up before each pattern must never skip a line the pattern would flag.
    @given(st.from_regex(pattern))
    @settings(max_examples=300)
    def check(line: str) -> None:
        assert clean._holds_any(line, words)

    check()


def _opinion_lines(text: str) -> list[str]:
    return [text[b.start : b.end] for b in mark_blocks(text) if b.why == "opinion, not reported"]


def test_readers_comments_after_a_written_report_are_not_cited():
    # the shape of bbc-politics-dev politics_111 (tests_corpus checks the article itself): the
    # report, then readers' comments with no heading, the first of them saying nothing of "I"
    text = (
        "Party treasurer quits to start a new party\n"
        "A former party treasurer has left to set up a party of his own, he announced on Monday.\n"
        "Tom Ardley, 58, said the party had lost its way since the election.\n"
        "The party's chairman said Mr Ardley would not be missed.\n"
        "Mr Ardley also left the party's national council, a spokesman said.\n"
        "This is just another split that helps nobody.\n"
        "A new name won't save them, will it?\n"
        "I voted for them twice and I will not again.\n"
        "Can anyone tell me what they actually stand for?\n"
    )
    comments = _opinion_lines(text)
    assert comments[0] == "This is just another split that helps nobody."
    assert comments[-1] == "Can anyone tell me what they actually stand for?"
    assert len(comments) == 4
    body = [text[b.start : b.end] for b in mark_blocks(text) if b.role == "body"]
    assert body[-1].startswith("Mr Ardley also left")  # the report says who said what


def test_a_written_report_that_ends_on_quotations_keeps_its_ending():
    # "I" and "we" inside quotation marks are someone's reported words, not a reader's
    text = (
        "Libraries to close on Sundays\n"
        "The county council will close its 14 libraries on Sundays from June to save £400,000 a year.\n"
        "Council leader Anne Price said the decision had not been taken lightly.\n"
        '"We have looked at every other saving we could make," she told the BBC.\n'
        '"I know how much people value their library, and so do we."\n'
        '"Our staff will not lose their jobs," she added. "Nobody wants that."\n'
    )
    assert _opinion_lines(text) == []
    assert mark_blocks(text)[-1].role == "body"


def test_a_written_plain_news_report_keeps_every_paragraph_after_the_headline():
    # tests_corpus checks the same on ten reports of bbc-politics-dev
    blocks = mark_blocks(WRITTEN_REPORT)
    assert blocks[0].role == "title"
    assert [b.role for b in blocks[1:]] == ["body"] * (len(WRITTEN_REPORT.splitlines()) - 1)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "As of 2019[update], the river carried 4,000 barges a year.[citation needed]",
            "As of 2019, the river carried 4,000 barges a year.",
        ),
        ("The court sat in 1891[12] and again in 1903.[note 2]", "The court sat in 1891 and again in 1903."),
        (
            "The dam was finished quickly [when?] by the state [improper synthesis?].",
            "The dam was finished quickly by the state.",
        ),
        (
            "Oslo (/ˈɒzloʊ/ OZ-loh; Norwegian: [ˈʊ̂ʂlʊ] ( listen)) is the capital.",
            "Oslo (OZ-loh) is the capital.",
        ),
        (
            "Ana Souza (/ˈænə/; 3 May 1950 – 1 June 2001) was a judge.",
            "Ana Souza (3 May 1950 – 1 June 2001) was a judge.",
        ),
        (
            "We will not tire. [Applause] We will not falter. [Laughter]",
            "We will not tire. We will not falter.",
        ),
        (
            "Let us pause. [At this point, a moment of silence was observed.] Now we go on.",
            "Let us pause. Now we go on.",
        ),
        # a footnote's page after its mark (but "said: 12 people")
        (
            "His family came from western Serbia, near Montenegro.:12",
            "His family came from western Serbia, near Montenegro.",
        ),
        (
            "The port opened in 1856,:28–30 after a long delay.",
            "The port opened in 1856, after a long delay.",
        ),
        ("The minister said: 12 people died.", "The minister said: 12 people died."),
        # words a quotation's editor put in brackets are part of what is read
        (
            'She wrote that "[the council] will decide [its] budget" by 1/2 vote.',
            'She wrote that "[the council] will decide [its] budget" by 1/2 vote.',
        ),
    ],
)
def test_editorial_markup_is_not_shown(text, shown):
    assert without_markup(text) == shown
    assert has_editorial_markup(text) == (text != shown)


def test_a_text_that_speaks_for_itself_throughout_is_not_readers_comments():
    # an address with no speech title: every paragraph says "we" and "our", none quotes anyone
    text = (
        "Address at the opening of the harbour\n"
        "Friends, eleven years ago our parents came to this harbour and built a free city upon it.\n"
        "Now we are tested by a long drought, and we ask whether such a city can long endure.\n"
        "We have come to honour those who carried water through the hills so that it might live.\n"
        "It is for us, the living, to finish the work which they began.\n"
    )
    assert not _opinion_lines(text)
    assert len([b for b in mark_blocks(text) if b.role == "body"]) == 4


@given(st.text(alphabet=".!?…\"'”’»)]a \t\n\u00a0\u2003-–—", max_size=10))
def test_a_line_ends_a_sentence_where_the_terminal_pattern_matches(line: str) -> None:
    assert clean._ends_a_sentence(line) == bool(clean._TERMINAL.search(line))


@given(st.text(alphabet="a -–—.\t\n\u00a0", max_size=10))
def test_a_dateline_ends_with_a_dash_as_its_pattern_said(line: str) -> None:
    assert line.rstrip().endswith(clean._DASHES) == bool(re.search(r"[-–—]\s*$", line))


def test_a_paragraph_wrapped_to_a_width_is_one_body_block():
    blocks = [b for b in mark_blocks(WRAPPED_CHARTER) if b.role == "body"]
    texts = [WRAPPED_CHARTER[b.start : b.end] for b in blocks]
    assert [t.split()[:2] for t in texts] == [["Section", "1."], ["Section", "2."]]
    assert texts[0].endswith("shall never be abridged.") and "\n" in texts[0]
    # (a line cut by the width before a capital goes on too: "Town Council of⏎Marvik")
    headings = [WRAPPED_CHARTER[b.start : b.end] for b in mark_blocks(WRAPPED_CHARTER) if b.role == "heading"]
    assert headings == ["1. Right of assembly", "2. Open meetings"]


def test_a_text_of_one_paragraph_a_line_is_not_unwrapped():
    # a heading right above its paragraph stays a heading: no line goes on in small letters
    text = "Water plan\nA short heading\nThe council approved the water plan on Monday after a long debate.\n"
    assert [b.role for b in mark_blocks(text)] == ["title", "heading", "body"]
