from quizgen.extract.descriptions import extract_descriptions
from quizgen.extract.orgs import extract_orgs
from quizgen.extract.people import find_mentions, read_discourse
from quizgen.extract.quotes import extract_quotes
from tests.helpers import sentences_of


def descriptions(text: str) -> list[tuple[str, str, str]]:
    """(speaker, subject, description) of each description in ``text``."""
    s = sentences_of(text)
    mentions = find_mentions(s)
    discourse = read_discourse(s, mentions)
    facts = extract_descriptions(s, discourse, extract_orgs(s), extract_quotes(s, mentions, discourse))
    for f in facts:
        assert f.sentence.text[f.answer_start :].startswith(f.answer)  # the answer is its span
    return [(f.slot("speaker"), f.slot("subject"), f.answer) for f in facts]


def test_branded_called_labelled():
    assert descriptions(
        "Former Labour peer Lord Ashcombe, who is a prominent member of Australia's Greek community, "
        'branded the senator\'s remarks "careless and cruel".'
    ) == [("Lord Ashcombe", "the senator's remarks", "careless and cruel")]
    assert descriptions(
        "Meanwhile Green backbencher Petra Lindqvist labelled "
        'motorway-funded housing schemes "a house of cards".'
    ) == [("Petra Lindqvist", "motorway-funded housing schemes", "a house of cards")]
    assert descriptions(
        "Leaked emails have suggested ex-Transport Minister Karin Holm branded the new timetable "
        'as a "shot in the dark".'
    ) == [("Karin Holm", "the new timetable", "shot in the dark")]


def test_described_as_without_quotation_marks_and_she_resolved():
    # "She", after Miriam Tal, whom the article calls a congresswoman; Mr Okafor later in the
    # sentence is no speaker
    said = (
        "Congresswoman Miriam Tal has been accused of criticising Samuel Okafor's policies.\n"
        "She also described the federal tax code as a leaking old boat and welcomed a decision "
        "to strike down a law backed by Mr Okafor relating to land titles in Lagos."
    )
    assert descriptions(said) == [("Miriam Tal", "the federal tax code", "a leaking old boat")]
    # (nothing says she is a woman: "She" goes back to nobody)
    assert descriptions(said.replace("Congresswoman ", "")) == []


def test_said_it_was_and_a_body_as_speaker():
    assert descriptions(
        'Dana Whyte, chief executive of Safer Roads Ireland, said Liam Doherty\'s comment was "ill-judged".'
    ) == [("Dana Whyte", "Liam Doherty's comment", "ill-judged")]
    assert descriptions(
        'The Hindu Council of Kenya said inspectorate boss Mr Patel\'s comments were "deeply unhelpful".'
    ) == [("the Hindu Council of Kenya", "inspectorate boss Mr Patel's comments", "deeply unhelpful")]


def test_a_quotation_that_describes_its_first_words():
    # seeds 001 and 002
    assert (
        descriptions(
            "“Visiting Azerbaijan is a dream come true for me and for my "
            "nation,” said Herzog, speaking in English."
        )
        == []
    )  # a surname alone is no name to ask by
    assert descriptions(
        "President Isaac Herzog landed in Baku.\n"
        "“Visiting Azerbaijan is a dream come true for me and for my "
        "nation,” said Herzog, speaking in English."
    ) == [("Isaac Herzog", "visiting Azerbaijan", "a dream come true")]
    assert (
        descriptions(
            "Herzog, who was received at the Baku airport by an official Azeri delegation, later met his "
            "Azerbaijani counterpart, Ilham Aliyev, whom he described as “a true friend of Israel”."
        )
        == []
    )  # "Herzog" alone again; with the full name before, the aside is Herzog's
    assert descriptions(
        "President Isaac Herzog landed in Baku.\n"
        "Isaac Herzog later met his Azerbaijani counterpart, Ilham Aliyev, whom he described as "
        "“a true friend of Israel”."
    ) == [("Isaac Herzog", "Ilham Aliyev", "a true friend of Israel")]


def test_no_description_without_a_thing_described():
    # "called for", "the announcement" (which one?), "there was", a clause ("Unless there is
    # ..."), a clause as subject
    assert (
        descriptions('Greens and Social Democrats welcomed the review and called for a "fresh start".') == []
    )
    assert (
        descriptions(
            "The Bloc's local government spokesman Luc Gagnon called the announcement "
            '"deeply disappointing".'
        )
        == []
    )
    assert (
        descriptions(
            'Green justice spokeswoman Amira Haddad also said there was "a '
            'strong case for a judge-led public inquiry".'
        )
        == []
    )
    assert (
        descriptions(
            "Welsh Secretary David Davies spoke.\n"
            '"Unless there is a major movement, this bill is doomed to fail," he said.'
        )
        == []
    )
    assert (
        descriptions(
            "Opposition leader Carlos Mendes said the ruling laid to rest any suggestion the court was "
            '"anti-business".'
        )
        == []
    )
