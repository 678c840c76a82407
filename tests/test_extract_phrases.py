"""Quoted terms and civic events, on real sentences from the development corpora."""

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


def test_quoted_verdicts_are_no_terms():
    # bbc-politics-dev and bbc-news-other: someone's judgement in quotation marks is an
    # opinion; a cloze on it would test the wording of an opinion
    assert terms('Mr Letwin accused the chancellor of using "fancy statistics" to hide failures.') == []
    text = 'A failed scheme to offer UK university courses online was branded a "disgraceful waste" by MPs.'
    assert terms(text) == []
    text = 'The Association has attacked the package as a "bad piece of legislation".'
    assert terms(text) == []
    text = 'The Tory leader brands such criticisms as "absolutely rubbish", arguing he was consistent.'
    assert terms(text) == []


def test_terms_must_not_fire_on_everyday_phrases_single_words_or_whole_utterances():
    # everyday words a student would guess without reading (bbc-politics-dev)
    text = (
        "Only the discovery of TB will mean people will be automatically denied a visa, other "
        'conditions will be dealt with on a "case by case basis".'
    )
    assert terms(text) == []
    assert terms('He told pupils that it is okay to get drunk "once in a while".') == []
    # one word is a cloze on an adjective, not a term
    assert terms('This, Ms Diemont warns, is "scary" and not good for the bottom line either.') == []
    # an utterance opening the sentence is a quotation, asked by the quotation rules
    assert terms('"We will not be moved on this," the minister said on Tuesday.') == []


def test_events_are_the_noun_phrase_after_a_civic_verb():
    # bbc-politics-dev
    text = (
        "In October 1989 the Court of Appeal quashed the sentences of the Guildford Four, "
        "and in June 1991 it overturned the sentences on the Maguire Seven."
    )
    assert events(text) == [
        ("the sentences of the Guildford Four", "quashed"),
        ("the sentences on the Maguire Seven", "overturned"),
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
    # a participle starts a new clause: the phrase stops before it (bbc-politics-dev)
    text = (
        "Tory ex-minister Douglas Hogg said he opposed the plans for ID cards "
        'branding them a "regressive" step.'
    )
    assert all("branding" not in answer for answer, _ in events(text))


def test_events_are_whole_noun_phrases_right_after_the_verb():
    # all from bbc-politics-dev
    # a trailing preposition belongs to the next phrase
    text = (
        "Peace protestors have lost a landmark appeal over police actions in stopping an anti-war "
        "demonstration days after the start of the Iraq war."
    )
    assert events(text) == [("a landmark appeal over police actions", "lost")]
    # "of" carries the noun on: "the number" alone is half a phrase
    text = (
        "Tessa Jowell has announced plans to limit the number of new casinos in the UK to 24, "
        'in a move branded a "humiliating retreat" by the Tories.'
    )
    assert events(text) == []
    # "called off": a particle, not an object
    text = "After talks with Powys Health Board the hospital called off its plan until health chiefs meet."
    assert events(text) == []
    # "order" is a noun here; "it would act" is a clause, not its object
    text = (
        "He said if someone was wrongly given a control order it would act as a "
        '"recruiting sergeant" for terrorists.'
    )
    assert events(text) == []
    # which Wednesday depends on the day the article was written
    text = "The government is expected to win Wednesday's vote in the Commons, but faces a battle."
    assert events(text) == []
    # the phrase goes on as what was to be done to it (politics_015)
    text = (
        "Gibraltarians rejected plans for the Rock's sovereignty to be shared between Britain and Spain "
        "in a referendum organised by Gibraltar government."
    )
    assert events(text) == []
    # the first of a list is no whole answer (politics_111)
    text = (
        "He said Veritas would also announce detailed policies on crime, tax, pensions, health and defence "
        "over the next few weeks."
    )
    assert events(text) == []


def test_events_must_say_which_thing_was_done_to():
    # bbc-politics-dev: whose plans, not which (politics_049)
    text = (
        "Earlier this week the Tories announced they would back the government's plans although Michael "
        "Howard was forced to deny the shadow cabinet was split over its decision."
    )
    assert events(text) == []
    # a preposition after the verb opens no object: "held under laws", "unveiled in" (politics_182, _117)
    text = (
        "They are held under laws which the Law Lords have ruled break human rights rules - and which are "
        "due to expire on 14 March."
    )
    assert events(text) == []
    text = "The lord chancellor hinted further reforms could be unveiled in the next Labour manifesto."
    assert events(text) == []
    # a possessor with the thing's own name says which (politics_021)
    text = (
        "Tony Blair has backed Chancellor Gordon Brown's pre-Budget report amid opposition claims he was "
        "too bullish about the state of the UK economy."
    )
    assert events(text) == [("Chancellor Gordon Brown's pre-Budget report", "backed")]
