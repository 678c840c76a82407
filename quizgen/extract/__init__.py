"""Fact extraction: transparent rules, one module per kind of fact.

``extract_facts`` runs every extractor over one article's sentences. Extractors
never see other articles, so an article's facts depend on its text alone.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace

# (the module, not its names: discourse reads extract.people, which runs this package first)
from quizgen import discourse as article_reading
from quizgen.extract.dates import extract_dates
from quizgen.extract.descriptions import extract_descriptions
from quizgen.extract.legal import (
    LEGAL_KINDS,
    extract_legal,
    founding_slots,
    names_itself_again,
    opens_its_clause,
    part_of,
)
from quizgen.extract.numbers import extract_numbers
from quizgen.extract.orgs import extract_orgs, extract_parties
from quizgen.extract.people import (
    PERSON_KINDS,
    extract_people,
    find_mentions,
    read_discourse,
    resolve_pronoun_subjects,
    resolve_short_titles,
)
from quizgen.extract.phrases import extract_events, extract_terms
from quizgen.extract.places import extract_places, first_place_tokens
from quizgen.extract.quotes import extract_quotes
from quizgen.extract.speech import extract_speech, parse_speech_title, speech_slots
from quizgen.extract.tokens import has_phrase
from quizgen.lexicon import gazetteer, parties_in, parties_named
from quizgen.models import Fact, Sentence

FACT_KINDS = (
    "person_role",
    "quote_speaker",
    "date",
    "percent",
    "money",
    "quantity",
    "number",
    "place",
    "organization",
    "law",
    "term",
    "event",
    "description",
    *LEGAL_KINDS,
    "speech_line",
    "line_speaker",
    "line_date",
)


def load_word_lists() -> None:
    """Load the gazetteer and the lists made from it now, once.

    Called before worker processes fork, so that they share one copy instead of
    each loading its own.
    """
    first_place_tokens()


def extract_facts(sentences: list[Sentence], text: str = "", title: Sentence | None = None) -> list[Fact]:
    """Every fact the extractors find in one article, in sentence order.

    ``text`` is the article's whole text, where founding documents keep the headings
    ("Amendment XIX", "Article II") that say which part a sentence sits in. ``title`` is
    its title line: a speech's says who gave it and when (``extract.speech``), and every
    fact of a speech then names it in a ``speech`` slot.
    """
    mentions = find_mentions(sentences)
    discourse = read_discourse(sentences, mentions)
    people = {m.name for m in mentions}
    named_first = list(dict.fromkeys(m.name for m in mentions))  # (in the article's order)
    # "the Tomas Velden Party": a gibe at a person, not a party
    orgs = [
        f for f in extract_orgs(sentences) if not (f.answer.endswith(" Party") and f.answer[:-6] in people)
    ]
    org_spans = {(f.sentence.index, f.answer_start, f.answer_start + len(f.answer)) for f in orgs}
    # (nor a place that is the surname of somebody the article names, said where no place is:
    # "Austin backed the plan" of Ana Austin, not "in Austin")
    # (a country is said as itself; "Downtown Marvik" names a part of a place, no person)
    words = [name.split() for name in people if " " in name]
    surnames = {w[-1] for w in words if w[0] not in _PARTS_OF_A_PLACE and not _is_country(w[-1])}
    places = [
        f
        for f in extract_places(sentences)
        if not any(i == f.sentence.index and s <= f.answer_start < e for i, s, e in org_spans)
        and not (f.answer in surnames and not _AT_A_PLACE.search(f.sentence.text, 0, f.answer_start))
    ]
    quotes = extract_quotes(sentences, mentions, discourse)
    parties = extract_parties(sentences)
    # "He said ..." facts learn who "He" is, so their questions can name him.
    subjects = resolve_pronoun_subjects(sentences, discourse)
    legal = extract_legal(sentences, text)
    facts = [
        *extract_people(mentions),
        *quotes,
        *extract_descriptions(sentences, discourse, [*orgs, *parties], quotes),
        *extract_dates(sentences),
        *extract_numbers(sentences),
        *places,
        *orgs,
        *parties,
        *extract_terms(sentences),
        *extract_events(sentences),
        *extract_speech(sentences, title),
    ]
    # In a founding document the other facts are asked as clozes naming the document
    # (question_bank/founding-cloze.yaml): "Which place completes ...?" with today's
    # countries as options does not fit a text of 1776.
    if founding := founding_slots(sentences, text, legal):
        if dict(founding)["founding"] == "law":
            # a body named in passing in a clause of law ("without the Consent of the Assembly",
            # "vested ... in the Council of Ostland") is not what the clause says
            # (nor one its clause names again: "The ___ shall be composed of three Delegates")
            facts = [
                f
                for f in facts
                if f.kind not in ("organization", "law")
                or opens_its_clause(f)
                and not names_itself_again(f.answer, f.sentence.text, f.answer_start)
            ]
        facts = [replace(f, slots=(*f.slots, *founding, ("part", part_of(text, f.sentence)))) for f in facts]
    facts += legal
    # ... and "Sir Tomas was made ..." learns which Sir Tomas.
    titled = resolve_short_titles(sentences)
    # ... and, in a speech, whose "we" and "our nation" it is.
    speech = parse_speech_title(title.text) if title is not None else None
    spoken = speech_slots(speech) if speech else ()

    # ... and, in an article defining its subject first, what "It" and "the river" are.
    topic_slots = _topic_slots(sentences, title)
    # ... and elsewhere, what a "the agency" or "the band" the article named before is called
    # (asked only of the sentences that state a fact: no other sentence's slot is read).
    named = {} if topic_slots else _named_slots(sentences, text, title, {f.sentence.index for f in facts})
    # ... and, in a report (no subject defined first, no speech, no founding document), which
    # story it is: its headline, which the question shows where it gives nothing away.
    story = (("story", title.text),) if title is not None and not (topic_slots or spoken or founding) else ()

    def told_who(f: Fact) -> Fact:
        i = f.sentence.index
        # (a "He has ..." of a declaration is not told who "he" is from the names near it)
        guess = i in subjects and not f.slot("subject")
        guess = guess and not f.slot("founding") and f.kind not in LEGAL_KINDS
        more = (("subject", subjects[i]),) if guess else ()
        more += (("titled", titled[i]),) if i in titled else ()
        more += spoken
        more += story if f.sentence.role == "body" and not _of_a_namesake(f, title, named_first) else ()
        topic = topic_slots.get(i, ())
        if topic and not _overlaps(f.answer, topic[0][1].split("|", 1)[1]):
            more += topic
        if (slot := named.get(i)) and not _overlaps(f.answer, slot[1].split("|", 1)[1]):
            more += (slot,)
        return replace(f, slots=(*f.slots, *more)) if more else f

    facts = _not_given_away_by_members(facts)
    return sorted(map(told_who, facts), key=lambda f: (f.sentence.index, f.answer_start, f.kind))


def _of_a_namesake(f: Fact, headline: Sentence | None, people: list[str]) -> bool:
    """Whether ``headline`` names a person by the surname of ``f``'s answer, a person, and means
    another of that surname, the first the article names (``people``, in order): "Robinson out
    of Six Nations" of Jason Robinson, above a question on his coach Andy Robinson. Shown with
    the surname blanked, it would tell of the answer what it tells of the other."""
    if headline is None or f.kind not in PERSON_KINDS or " " not in f.answer or f.answer in headline.text:
        return False
    surname = f.answer.rsplit(" ", 1)[1]
    if not has_phrase(headline.text, surname):
        return False
    first = next((p for p in people if p.endswith(f" {surname}")), f.answer)
    return first != f.answer


# Words before a place's name that make a part of it ("Downtown Marvik", "Southwest Marvik").
_PARTS_OF_A_PLACE = frozenset(
    """North South East West Northeast Northwest Southeast Southwest Central Downtown Greater Upper
    Lower Inner Outer Old New""".split()
)


def _is_country(name: str) -> bool:
    return (place := gazetteer().places.get(name)) is not None and place.kind == "country"


# A word before a name that says it is a place ("in Austin", "to Lagos", "near Marvik").
_AT_A_PLACE = re.compile(
    r"\b(?:in|to|from|at|near|across|throughout|outside|inside|into|via|of|around)\s+$", re.I
)


def _topic_slots(sentences: list[Sentence], title: Sentence | None) -> dict[int, tuple[tuple[str, str], ...]]:
    """Sentence index -> the ``topic`` slot of each sentence after the first that does not
    name the article's subject: how it calls it, by a pronoun or a noun, and its name ("It|the
    Velora", "the river|the Velora"; ``discourse``), or only its name ("|the Velora"), which
    the question then says it is about (a sentence of an article on a city says "the festival
    held here", "honorary freemen": of where?)."""
    body = [s for s in sentences if s.role == "body"]
    if not body or title is None:
        return {}
    topic = article_reading.article_topic(body[0].text, title.text, " ".join(s.text for s in body))
    if topic is None:
        return {}
    refs = article_reading.topic_references([s.text for s in body], topic)
    # (and, where the subject is somebody, that no "it" of the sentence stands for them: ``gates``)
    person = (("topic_person", "yes"),) if topic.is_person else ()
    return {
        s.index: (("topic", f"{refs.get(k, '')}|{topic.name}"), *person)
        for k, s in enumerate(body)
        if k and (k in refs or not article_reading.names_topic(s.text, topic))
    }


def _named_slots(
    sentences: list[Sentence], text: str, title: Sentence | None, asked: Container[int]
) -> dict[int, tuple[str, str]]:
    """Sentence index -> the ``named`` slot of a body sentence whose description leans on an
    earlier mention the article named ("the agency|the Norland Water Agency"; ``discourse.
    named_description``), so that its question says which in brackets.

    Only the sentences in ``asked`` (those stating a fact, the only ones whose slot is read)
    are read for their descriptions, which is costly: half of a report's sentences state none.
    """
    if not text:
        return {}
    reading = article_reading.read_source(text, title.text if title is not None else "")
    out = {}
    for s in sentences:
        if s.index not in asked or s.role != "body":
            continue
        if found := article_reading.named_description(s.text, reading, s.start):
            out[s.index] = ("named", "|".join(found))
    return out


def _not_given_away_by_members(facts: list[Fact]) -> list[Fact]:
    """``facts`` less a party asked in a sentence that names one of its own people ("... weekly
    rallies with Ana Ruiz", whom the article calls "Green leader"): a
    student guesses the party from its leader."""
    members: dict[str, set[str]] = {}  # person -> the parties their role names
    for f in (f for f in facts if f.kind == "person_role"):
        if ids := {p.id for found in parties_in(f.slot("role")) for p in found}:
            members.setdefault(f.answer, set()).update(ids)

    def given_away(f: Fact) -> bool:
        ids = {p.id for p in parties_named(f.answer)} if f.kind == "organization" else set()
        return bool(ids) and any(
            ids & theirs and name.split()[-1] in f.sentence.text for name, theirs in members.items()
        )

    return [f for f in facts if not given_away(f)] if members else facts


def _overlaps(answer: str, name: str) -> bool:
    """Whether an answer shares a word with the name a stem would show (it would give it away)."""
    words = {w.lower() for w in re.findall(r"\w+", name)} - {"the", "of"}
    return bool(words & {w.lower() for w in re.findall(r"\w+", answer)})


__all__ = ["FACT_KINDS", "extract_facts", "load_word_lists"]
