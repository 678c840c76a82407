"""Quoted terms and civic events, on real sentences from the development corpora."""

from __future__ import annotations

from quizgen.extract.phrases import extract_events, extract_terms
from tests.helpers import sentences_of


def terms(text: str) -> list[str]:
    return [f.answer for f in extract_terms(sentences_of(text))]


def events(text: str) -> list[tuple[str, str]]:
    return [(f.answer, f.slot("verb")) for f in extract_events(sentences_of(text))]


def test_terms_are_short_quoted_phrases_inside_a_reporting_sentence():
    # bbc-politics-dev
    assert terms(
        'Mr Letwin accused the chancellor of using "fancy statistics" to hide public service failures.'
    ) == ["fancy statistics"]
    # bbc-news-other
    text = (
        "The European Commission is facing two legal challenges, including one from the International "
        'Air Transport Association, which has attacked the package as a "bad piece of legislation".'
    )
    assert terms(text) == ["bad piece of legislation"]
    assert (
        terms('As a result, call centres have a high "churn rate", with nearly a quarter of workers leaving.')
        == []
    )


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


def test_a_term_is_a_quoted_name_or_description_not_a_clause_cut_from_a_quotation():
    # bbc-politics-dev: after a determiner, a preposition, a copula or a verb of naming
    assert terms(
        'The Tory leader brands such criticisms as "absolutely rubbish", arguing he was consistent.'
    ) == ["absolutely rubbish"]
    text = 'Michael Howard said he would not back the Home Secretary\'s plans for "control orders" at all.'
    assert terms(text) == ["control orders"]
    text = 'A failed scheme to offer UK university courses online was branded a "disgraceful waste" by MPs.'
    assert terms(text) == ["disgraceful waste"]
    # ... but not after another verb or a comma: the words are a piece of someone's sentence
    text = (
        "The draft bill seeks to improve animal welfare legislation, and intends to protect "
        '"kept animals" and "companion" animals by setting up a "duty of care".'
    )
    assert terms(text) == []
    text = (
        "He added that workers who are not in a union, as well as casual and migrant workers, "
        '"stand little chance of redress."'
    )
    assert terms(text) == []


def test_an_event_is_never_cut_inside_a_noun():
    # bbc-politics-dev politics_109: "in public places" would lose its noun to the blank's edge
    text = (
        "Earlier, the Scottish Executive considered a range of options but agreed unanimously to "
        "introduce an all-out ban on smoking in public places."
    )
    assert events(text) == []


def test_an_event_that_does_not_say_which_one_is_no_fact():
    # bbc-politics-dev politics_101
    text = "National Insurance will be raised if Labour wins the next election, the Tory leader has claimed."
    assert events(text) == []
