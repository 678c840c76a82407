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
    # bbc-politics-dev politics_120, politics_133, politics_165
    assert descriptions(
        "Former Labour MP Lord Janner, who is a high profile member of Britain's Jewish community, "
        "branded Harry's action's \"stupid and evil\"."
    ) == [("Lord Janner", "Harry's action's", "stupid and evil")]
    assert descriptions(
        "Meanwhile Labour backbencher Stephen Pound labelled "
        'casino-related regeneration schemes "a pile of pants".'
    ) == [("Stephen Pound", "casino-related regeneration schemes", "a pile of pants")]
    assert descriptions(
        "Leaked documents have suggested ex-Home Secretary David Blunkett branded new opening hours "
        'as a "leap in the dark".'
    ) == [("David Blunkett", "new opening hours", "leap in the dark")]


def test_described_as_without_quotation_marks_and_she_resolved():
    # bbc-politics-dev politics_194: "She", after Cherie Blair; Mr Bush later in the sentence is no speaker
    assert descriptions(
        "Cherie Blair has been accused of criticising George W Bush's policies.\n"
        "She also described the US legal code as an outdated grandfather clock and welcomed a decision "
        "to throw out a law backed by Mr Bush relating to sodomy in Texas."
    ) == [("Cherie Blair", "the US legal code", "an outdated grandfather clock")]


def test_said_it_was_and_a_body_as_speaker():
    # bbc-politics-dev politics_019, politics_056
    assert descriptions(
        "Jack Law, chief executive of Alcohol Focus "
        'Scotland, said Jack McConnell\'s comment was "ill-advised".'
    ) == [("Jack Law", "Jack McConnell's comment", "ill-advised")]
    assert descriptions(
        'The Muslim Council of Britain said Ofsted boss Mr Bell\'s comments were "highly irresponsible".'
    ) == [("the Muslim Council of Britain", "Ofsted boss Mr Bell's comments", "highly irresponsible")]


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
    # bbc-politics-dev politics_044, politics_102, politics_072, politics_161: "called for", "the
    # announcement" (which one?), "there was", a clause ("Unless there is ..."), a clause as subject
    assert descriptions('Tories and Lib Dems welcomed the report and called for a "slimming down".') == []
    assert (
        descriptions(
            "Plaid Cymru's local government spokesman Dai Lloyd called the announcement "
            '"hugely disappointing".'
        )
        == []
    )
    assert (
        descriptions(
            'Lib Dem home affairs spokesman Mark Oaten also said there was "a '
            'strong case for a judge-led judicial review".'
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
            'Tory leader Michael Howard said the deal laid to rest any suggestion the EU was "anti-Islamic".'
        )
        == []
    )
