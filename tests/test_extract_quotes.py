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
    text = (
        "Premier Anna Kovacs has apologised to two families.\n"
        'Ms Kovacs said: "I am deeply sorry that they were put through such an ordeal and injustice."'
    )
    assert quotes(text) == [
        ("Anna Kovacs", "I am deeply sorry that they were put through such an ordeal and injustice.")
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
    # one word in quotes is not a quotation to ask about
    text = 'The opposition dismissed the childcare plan as "reckless", Ms Kovacs said.'
    assert quotes(text) == []


def test_a_quotation_carries_the_office_its_speaker_is_given():
    # an office the stem can name, and none
    s = sentences_of(
        'Shadow Finance Minister Rahul Mehta said: "I am glad the finance minister has finally been '
        'shamed into representing India at this important act of remembrance."\n'
        'Ms Kovacs said: "I am deeply sorry that they were put through such an ordeal and injustice."'
    )
    facts = _quotes_of(s)
    assert [(f.answer, f.slot("role")) for f in facts] == [
        ("Rahul Mehta", "shadow finance minister"),
        ("Kovacs", ""),
    ]


def test_a_quotation_running_on_keeps_its_speaker():
    # a sentence that is one quotation goes on from the one before
    text = (
        "The justice minister was responding to an urgent question from his opposition shadow Mr Okoro. "
        '"The government is practising the politics of confusion - I think, deliberately," argued Mr Okoro. '
        '"By confusing the public it hopes no one will notice the loss of the parliamentary veto on '
        'sentencing."'
    )
    assert [a for a, _ in quotes(text)] == ["Okoro", "Okoro"]


def test_he_before_the_quotation_and_a_second_speaker_in_between():
    # "he said" before the quotation resolves as after it, but
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
    # the quotation is an unnamed spokeswoman's
    text = (
        "But a ministry spokeswoman insisted Mr Haddad had made the remark with adults in mind.\n"
        '"He was talking about adults drinking heavily at home and cheap supermarket offers," '
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
    # the quotation is Peter Lang's, not Mr Osei's
    text = (
        "Samuel Osei SC quit when the government failed to act on a Supreme Court ruling.\n"
        'Mr Osei said he had "no idea" whether further resignations would follow. But '
        "Peter Lang, a spokesman for the campaign group Open Courts, told Radio National's Breakfast "
        'programme that more lawyers may go. "I can assure you there is a real possibility that more '
        'lawyers may be resigning," he said.'
    )
    assert quotes(text) == []


def test_a_passive_verb_of_speech_is_nobody_else_speaking():
    # "would be admitted" names no other speaker
    text = (
        "Immigration Minister Lena Dahl has been quoted as telling party members she wants more nurses to "
        "come to Norway.\n"
        "Ms Dahl said she had made clear Norway would welcome skilled foreign workers for key jobs under a "
        "strict points system. And only refugees genuinely fleeing war or persecution would be "
        'admitted. "Under our plans we expect unfounded claims to keep falling," she added.'
    )
    assert [a for a, _ in quotes(text)] == ["Lena Dahl"]


def test_a_journalist_introduced_earlier_is_still_a_reporter_when_named_alone():
    # "Fiona Reyes said ..." two paragraphs on
    text = (
        "The ABC's political correspondent, Fiona Reyes, said it appeared Ms Dahl was putting "
        "more emphasis on the possibility of deportation than her predecessor, Karl Berg.\n"
        '"The government may try and deport some of them," Fiona Reyes said.'
    )
    facts = _quotes_of(sentences_of(text))
    assert [(f.answer, f.slot("reporter")) for f in facts] == [("Fiona Reyes", "yes")]
    # a reporter named before somebody's own office is not theirs
    text = (
        'Mayor Tom Harlan should "stick to his guns" and not apologise for his "clown" remark to a local '
        "reporter, Labor MP Jane Whitby has insisted.\n"
        "\"Tom doesn't think he's got anything to say sorry for,\" said Ms Whitby."
    )
    facts = _quotes_of(sentences_of(text))
    assert [(f.answer, f.slot("reporter")) for f in facts] == [("Jane Whitby", "")]
