from quizgen.extract.people import find_mentions, read_discourse
from quizgen.extract.quotes import extract_quotes
from quizgen.models import Fact, Sentence
from tests.helpers import sentences_of


def _quotes_of(s: list[Sentence]) -> list[Fact]:
    mentions = find_mentions(s)
    return extract_quotes(s, mentions, read_discourse(s, mentions))


def quotes(text: str) -> list[tuple[str, str]]:
    s = sentences_of(text)
    return [(f.answer, f.slot("quote")) for f in _quotes_of(s)]


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
    facts = _quotes_of(s)
    assert [(f.answer, f.slot("role")) for f in facts] == [
        ("Michael Ancram", "shadow foreign secretary"),
        ("Blair", ""),
    ]


def test_a_quotation_running_on_keeps_its_speaker():
    # bbc-politics-dev politics_193: a sentence that is one quotation goes on from the one before
    text = (
        "The home secretary was responding to an emergency question from his Tory opposite number Mr Davis. "
        '"The government is employing the politics of confusion - I think, deliberately," argued Mr Davis. '
        '"By confusing the country it hopes no one will notice the disappearance of the asylum and '
        'immigration veto."'
    )
    assert [a for a, _ in quotes(text)] == ["Davis", "Davis"]


def test_he_before_the_quotation_and_a_second_speaker_in_between():
    # bbc-politics-dev politics_157: "he said" before the quotation resolves as after it, but
    # "He said the man shouted:" is the man's quotation, not his
    said = (
        "Former Labour MP Robert Kilroy-Silk was on his way to a television debate.\n"
        'He told reporters: "I am very angry and I will press charges if he is caught."'
    )
    assert [a for a, _ in quotes(said)] == ["Robert Kilroy-Silk"]
    shouted = (
        "Former Labour MP Robert Kilroy-Silk was on his way to a television debate.\n"
        "He said the man shouted: \"You've offended my religion, I'm doing this in the name of Islam.\""
    )
    assert quotes(shouted) == []


def test_a_name_inside_a_quotation_is_no_antecedent():
    # seeds 002: "(Herzog's)" inside Aliyev's words is not who "he" is
    text = (
        "For his part, President Ilham Aliyev has applauded the bilateral cooperation at the defense level.\n"
        "“During (Herzog’s) official visit we will have more opportunities to address important issues "
        "on our bilateral agenda,” he argued.\n"
        "“Azerbaijan has had access to modern Israeli equipment in this field for many years,” he said."
    )
    assert [a for a, _ in quotes(text)] == ["Ilham Aliyev", "Ilham Aliyev"]


def test_she_is_never_a_man_named_just_before():
    # bbc-politics-dev politics_019: the quotation is an unnamed spokeswoman's
    text = (
        "But an executive spokeswoman insisted Mr McConnell had made the remark with adults in mind.\n"
        '"He was talking in the context of adults binge drinking and irresponsible drinks promotions," '
        "she said."
    )
    assert quotes(text) == []


def test_the_office_alone_names_the_one_person_who_holds_it():
    # seeds 002: "said the Israeli president" after "The President of Israel, Isaac Herzog"
    s = sentences_of(
        "The President of Israel, Isaac Herzog, traveled to Azerbaijan on Tuesday.\n"
        "“Azerbaijan is a key country and I am sure that my visit will open the door to deepen "
        "cooperation,” said the Israeli president."
    )
    assert [f.answer for f in _quotes_of(s)] == ["Isaac Herzog"]
    two = sentences_of(
        "President Isaac Herzog met President Ilham Aliyev on Tuesday.\n"
        "“Azerbaijan is a key country and I am sure that my visit will open the door to deepen "
        "cooperation,” said the president."
    )
    assert _quotes_of(two) == []


def test_somebody_else_speaking_in_between_makes_he_unsafe():
    # bbc-politics-dev politics_160: the quotation is Barry Hugill's, not Mr MacDonald's
    text = (
        "Ian MacDonald QC quit when the government failed to recognise a House of Lords ruling.\n"
        'Mr MacDonald said he had "no idea" whether further resignations would follow. But '
        "Barry Hugill, a spokesman for the campaign group Liberty, told Radio 4's Today programme that more "
        'lawyers may go. "I can assure that there is a distinct possibilty that more lawyers may be '
        'resigning," he said.'
    )
    assert quotes(text) == []


def test_a_passive_verb_of_speech_is_nobody_else_speaking():
    # bbc-politics-dev politics_147: "would be admitted" names no other speaker
    text = (
        "Home Secretary Charles Clarke has been quoted as telling Labour members he wants more migrants to "
        "come to the UK.\n"
        "Mr Clarke said he had made clear the UK would welcome genuine economic migrants for key jobs on a "
        "strict points based system. And only asylum seekers genuinely fleeing death or persecution would be "
        'admitted. "Under our plans we expect unfounded applications to continue to fall," he added.'
    )
    assert [a for a, _ in quotes(text)] == ["Charles Clarke"]


def test_a_journalist_introduced_earlier_is_still_a_reporter_when_named_alone():
    # politics_097 (bbc-politics-dev): "Daniel Sandford said ..." two paragraphs on
    text = (
        "The BBC's home affairs correspondent, Daniel Sandford, said it appeared Mr Clarke was putting "
        "more emphasis on the possibility of deportation than his predecessor, David Blunkett.\n"
        '"The government may try and deport some of them," Daniel Sandford said.'
    )
    facts = _quotes_of(sentences_of(text))
    assert [(f.answer, f.slot("reporter")) for f in facts] == [("Daniel Sandford", "yes")]
    # a reporter named before somebody's own office is not theirs (politics_154)
    text = (
        'Ken Livingstone should "stick to his guns" and not apologise for his "Nazi" comment to a Jewish '
        "reporter, Tory MP Boris Johnson has insisted.\n"
        "\"Ken doesn't think he's got anything to say sorry for,\" said Mr Johnson."
    )
    facts = _quotes_of(sentences_of(text))
    assert [(f.answer, f.slot("reporter")) for f in facts] == [("Boris Johnson", "")]
