from quizgen.extract.people import find_mentions
from quizgen.extract.quotes import extract_quotes
from tests.helpers import sentences_of


def quotes(text: str) -> list[tuple[str, str]]:
    s = sentences_of(text)
    return [(f.answer, f.slot("quote")) for f in extract_quotes(s, find_mentions(s))]


def test_speaker_before_the_quote():
    # politics_012 (bbc-politics-dev)
    text = (
        "Tony Blair has apologised to two families.\n"
        'Mr Blair said: "I am very sorry that they were subject to such an ordeal and injustice."'
    )
    assert quotes(text) == [
        ("Tony Blair", "I am very sorry that they were subject to such an ordeal and injustice.")
    ]


def test_speaker_after_the_quote():
    text = (
        "Health Secretary John Reid visited the hospital on Monday.\n"
        '"We will not close a single ward this winter," said Mr Reid.'
    )
    assert quotes(text) == [("John Reid", "We will not close a single ward this winter")]


def test_he_said_resolves_only_when_one_person_was_named():
    safe = (
        "Chancellor Gordon Brown spoke in Edinburgh.\n"
        '"The economy is stronger than at any time in a generation," he said.'
    )
    assert [a for a, _ in quotes(safe)] == ["Gordon Brown"]
    unsafe = (
        "Chancellor Gordon Brown met Tory leader Michael Howard in Edinburgh.\n"
        '"The economy is stronger than at any time in a generation," he said.'
    )
    assert quotes(unsafe) == []


def test_scare_quotes_are_not_quotations():
    # politics_001: one word in quotes is not a quotation to ask about
    text = 'The Tories dismissed the maternity pay plan as "desperate", Mr Howard said.'
    assert quotes(text) == []


def test_a_quotation_carries_the_office_its_speaker_is_given():
    # bbc-politics-dev politics_018 and politics_012: an office the stem can name, and none
    s = sentences_of(
        'Shadow Foreign Secretary Michael Ancram said: "I am glad the foreign secretary has finally been '
        'shamed into representing Britain at this important act of commemoration."\n'
        'Mr Blair said: "I am very sorry that they were subject to such an ordeal and injustice."'
    )
    facts = extract_quotes(s, find_mentions(s))
    assert [(f.answer, f.slot("role")) for f in facts] == [
        ("Michael Ancram", "shadow foreign secretary"),
        ("Blair", ""),
    ]
