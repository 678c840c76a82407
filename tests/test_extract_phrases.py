"""Quoted terms and civic events, on sentences in the shape of news reports and rulings."""

from __future__ import annotations

from quizgen.extract.phrases import extract_events, extract_terms
from tests.helpers import sentences_of


def terms(text: str) -> list[str]:
    return [f.answer for f in extract_terms(sentences_of(text))]


def events(text: str) -> list[tuple[str, str]]:
    return [(f.answer, f.slot("verb")) for f in extract_events(sentences_of(text))]


def test_terms_are_quoted_phrases_the_text_introduces_as_a_name():
    # bbc-news-other
    text = (
        "Despite the apparent shortfall in annual economic growth, the good quarterly figures - a "
        'so-called "flash estimate" - mark a continuing trend of improving indicators.'
    )
    assert terms(text) == ["flash estimate"]
    text = (
        'The protocol, signed in Cairo, will establish what are called "qualified industrial zones" in Egypt.'
    )
    assert terms(text) == ["qualified industrial zones"]


def test_terms_are_lower_case_names_the_text_gives_to_what_it_describes():
    # (an encyclopedia's definitions, and a report's gloss)
    text = (
        "Teachers may have to keep learning after they qualify, a process known as continuing "
        "professional development. They follow a course of study which is called the curriculum."
    )
    assert terms(text) == ["continuing professional development", "curriculum"]
    assert terms("Hijacked computers are known as zombies or bots.") == ["zombies"]
    assert terms("This money, known as remittances, can amount to a tenth of Ostland's output.") == [
        "remittances"
    ]
    # no verb's particle, no kind of thing, no name, no everyday word
    assert terms("The minister called for measures to combat ageism.") == []
    assert terms("The district was known as a residential area prior, but farms came later.") == []
    assert terms("The river is also known as the Velora.") == []
    assert terms("The tax is known as the levy.") == []


def test_quoted_verdicts_are_no_terms():
    # someone's judgement in quotation marks is an
    # opinion; a cloze on it would test the wording of an opinion
    assert terms('Mr Castel accused the treasurer of using "clever arithmetic" to hide shortfalls.') == []
    text = 'A failed scheme to offer UK university courses online was branded a "disgraceful waste" by MPs.'
    assert terms(text) == []
    text = 'The Association has attacked the package as a "bad piece of legislation".'
    assert terms(text) == []
    text = 'The opposition leader brands such claims as "complete nonsense", arguing she was consistent.'
    assert terms(text) == []


def test_terms_must_not_fire_on_everyday_phrases_single_words_or_whole_utterances():
    # everyday words a student would guess without reading
    text = (
        "Only a positive test for measles will mean children will be automatically refused a place, other "
        'conditions will be dealt with on a "case by case basis".'
    )
    assert terms(text) == []
    assert terms('He told pupils that it is okay to get drunk "once in a while".') == []
    # one word is a cloze on an adjective, not a term
    assert terms('This, Ms Diemont warns, is "scary" and not good for the bottom line either.') == []
    # an utterance opening the sentence is a quotation, asked by the quotation rules
    assert terms('"We will not be moved on this," the minister said on Tuesday.') == []


def test_events_are_the_noun_phrase_after_a_civic_verb():
    # a court's rulings, in the shape of an encyclopedia sentence
    text = (
        "In March 1997 the High Court quashed the sentences of the Riverside Three, "
        "and in May 2001 it overturned the sentences on the Dockside Six."
    )
    assert events(text) == [
        ("the sentences of the Riverside Three", "quashed"),
        ("the sentences on the Dockside Six", "overturned"),
    ]
    # bbc-news-other
    text = "Mr Nath also announced plans to allow foreign investors to develop a smaller area of any land."
    assert events(text) == [("plans to allow foreign investors", "announced")]


def test_events_must_not_fire_without_a_civic_noun_or_across_a_clause():
    # "won" is an event verb, but a match is not a civic act (bbc-news-other)
    assert events("Chelsea won the match against Arsenal on Sunday with a late goal.") == []
    # "the deal" alone leans on an earlier sentence
    assert (
        events("Argentine President Nestor Kirchner and Venezuelan President Hugo Chavez signed the deal.")
        == []
    )
    # a participle starts a new clause: the phrase stops before it
    text = (
        "Former justice minister Paul Renard said he opposed the plans for road tolls "
        'branding them a "regressive" step.'
    )
    assert all("branding" not in answer for answer, _ in events(text))


def test_events_are_whole_noun_phrases_right_after_the_verb():
    # a trailing preposition belongs to the next phrase
    text = (
        "Student groups have lost a landmark appeal over police actions in dispersing a campus "
        "demonstration days after the start of the strike."
    )
    assert events(text) == [("a landmark appeal over police actions", "lost")]
    # "of" carries the noun on: "the number" alone is half a phrase
    text = (
        "Culture Minister Ingrid Sola has announced plans to limit the number of new betting shops in "
        'Norway to 40, in a move branded a "humiliating retreat" by the opposition.'
    )
    assert events(text) == []
    # "called off": a particle, not an object
    text = "After talks with Powys Health Board the hospital called off its plan until health chiefs meet."
    assert events(text) == []
    # "order" is a noun here; "it would act" is a clause, not its object
    text = (
        "She said if someone was wrongly given a curfew order it would act as a "
        '"recruiting sergeant" for gangs.'
    )
    assert events(text) == []
    # which Wednesday depends on the day the article was written
    text = "The coalition is expected to win Thursday's vote in the Senate, but faces a battle."
    assert events(text) == []
    # the phrase goes on as what was to be done to it
    text = (
        "Voters on Vessa rejected plans for the island's sovereignty to be shared between Denmark and "
        "Norway in a referendum organised by the island government."
    )
    assert events(text) == []
    # the first of a list is no whole answer
    text = (
        "She said the Reform Alliance would also announce detailed policies on housing, tax, pensions, "
        "schools and transport over the next few weeks."
    )
    assert events(text) == []


def test_an_event_s_phrase_ends_before_its_time_and_keeps_a_pair_whole():
    got = events("Norland Rail is due to hold talks with Velora Trains this week.")
    assert got == [("talks with Velora Trains", "hold")]
    assert events("The union held initial talks with the minister on Saturday.") == [
        ("initial talks with the minister", "held")
    ]
    # ("membership talks with both Ostland | and Norland": a pair cut in two)
    assert events("The assembly opened membership talks with both Ostland and Norland.") == []


def test_events_must_say_which_thing_was_done_to():
    # whose plans, not which
    text = (
        "Earlier this week the Greens announced they would back the government's plans although Anna "
        "Berg was forced to deny the party was split over its decision."
    )
    assert events(text) == []
    # a preposition after the verb opens no object: "held under laws", "unveiled in"
    text = (
        "They are held under laws which the Constitutional Court has ruled breach basic rights - and which "
        "are due to expire on 30 June."
    )
    assert events(text) == []
    text = "The justice minister hinted further reforms could be unveiled in the next Green manifesto."
    assert events(text) == []
    # a possessor with the thing's own name says which
    text = (
        "Premier Lisa Hart has backed Treasurer Omar Said's pre-Budget report amid opposition claims he "
        "was too optimistic about the state of the Australian economy."
    )
    assert events(text) == [("Treasurer Omar Said's pre-Budget report", "backed")]


def test_an_event_owned_by_its_subject_leaves_the_owner_shown():
    # "launched {their anti-social behaviour plan}": the blank would hide whose plan it is
    text = "A year ago, the state ministers in Kerala launched their flood defence plan for the coast."
    assert events(text) == [("flood defence plan for the coast", "launched")]
