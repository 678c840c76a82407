"""Wrong options of the answer's own kind, chosen so that a student must think.

Each strategy named in a rule's ``distractors:`` key is a function here that lists
candidates, best first: the same article's, then the same build's, then general
lists (neighbouring countries, a country's parties, nearby years, figures of similar
size written the same way). ``pick_distractors`` then keeps only options that fit
what the question shows, and returns fewer than three rather than pad:

- an option the stem (or the sentence shown before it) already names is no option;
- nor one that is the answer under another name, a part of it or a place inside it
  ("Velden" beside "Tomas Velden", "GOP" beside "Republicans", Texas beside the US);
- a person matches what the answer's role says: its party, its country, the head of
  its office ("Which Tory leader ...?" gets Tory leaders), its era and its sex where a
  title says it; a "Who ...?" never gets a place;
- a party comes from the answer's own country; a figure agrees with the noun after it
  ("one vote" gets no "six"); years and centuries stay inside the article's time.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import chain, islice

from quizgen.extract.dates import YEAR
from quizgen.extract.legal import ORDINAL_UNITS, legal_candidates
from quizgen.extract.numbers import FIGURE_KINDS, NUMBER_WORDS
from quizgen.extract.tokens import has_phrase, in_quotation
from quizgen.lexicon import (
    COUNTRY_ALIASES,
    COUNTRY_OF_DEMONYM,
    DEMONYM_WORDS,
    DEMONYMS,
    DURATION_STEPS,
    EVENT_HEADS,
    FEMALE_PRONOUNS,
    FEMALE_WORDS,
    FIGURE_BOUNDS,
    HEAD_OF_GOVERNMENT,
    HONORIFICS,
    INTERNATIONAL,
    INTERNATIONAL_BODIES,
    KINDRED_BODIES,
    LOWER_RANK,
    MALE_PRONOUNS,
    MALE_WORDS,
    MONTHS,
    NAME_GLUE,
    NATIONS,
    OCCUPATIONS,
    OFFICE_WORDS,
    OPPOSITION_WORDS,
    ORG_HEADS,
    PARTIES,
    PLACE_NOUNS,
    PORTFOLIO_WORDS,
    PUBLIC_OFFICE_HEADS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    SEATS_OF_POWER,
    SEX_ONLY_TITLES,
    WEEKDAYS,
    WHEN_HELD,
    Party,
    Place,
    article_for,
    gazetteer,
    office_countries,
    parties_in,
    parties_named,
    party_forms,
    party_of,
    related_forms,
)
from quizgen.merge import figure_value
from quizgen.models import Fact

WANTED = 3
# A build of this many sources says what each is about by the words it shares with few
# others (``topics_of``); two sources sharing this many of them are about the same things.
MIN_SOURCES_FOR_TOPICS = 20
MIN_SHARED_TOPICS = 2
TOPIC_WORDS = 30
# Candidates a strategy lists, best first, for ``pick_distractors`` to keep those that fit.
CANDIDATES = 8
# Speakers of one era: a line in the words of the 1790s is not asked among speakers of the 1960s.
ERA_YEARS = 50
_DEMONYMS = frozenset(d.lower() for d in DEMONYM_WORDS)  # as role words are indexed
_COUNTRY_DEMONYMS = frozenset(d.lower() for d in DEMONYMS.values())  # "Palestinian", not "Scottish"
_YEAR = re.compile(rf"\b{YEAR}\b")


@dataclass(frozen=True)
class Pool:
    """What the whole build knows, from which distractors are drawn."""

    people: tuple[tuple[str, str], ...]  # (name, role)
    organizations: tuple[tuple[str, str], ...]  # (name, type)
    figures: tuple[tuple[str, str], ...]  # (kind, value)
    # The latest year each source mentions: a date option after it gives itself away.
    latest_year: tuple[tuple[str, int], ...] = ()
    # The people each source names (full names): the likeliest others to have said it.
    people_by_source: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # What speakers called things ("a house of cards", "reckless and cruel").
    descriptions: tuple[str, ...] = ()
    # The country whose politics each source is about ('' when it does not say): what a
    # party or an office of the source belongs to.
    source_country: tuple[tuple[str, str], ...] = ()
    # The earliest and latest year each source mentions: its span of time.
    source_span: tuple[tuple[str, int, int], ...] = ()
    # The source that first names each person and organisation.
    source_of_name: tuple[tuple[str, str], ...] = ()
    # People the build gives a role or quotes: a name that is neither may be no person
    # at all ("Northern Relay Station"), and is never offered.
    attested: frozenset[str] = frozenset()
    # The earliest and latest year of the sentences naming each person: their time.
    person_years: tuple[tuple[str, int, int], ...] = ()
    # The titles each person's article gives them, lowercased ("sir", "mr", "cardinal").
    person_titles: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # "m" or "f" for people their article refers to as "he" or "she" right after naming them.
    person_pronouns: tuple[tuple[str, str], ...] = ()
    # Who gave the build's speeches and when: (speaker, kind of speech, office, year) from their titles.
    speakers: tuple[tuple[str, str, str, str], ...] = ()
    # The words each source shares with a few others only: what it is about ("rugby",
    # "tariff", "striker"), for offering names from sources about the same things.
    source_topics: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # The places each source names: where its story is, which says which "Newcastle" it means.
    places_by_source: tuple[tuple[str, tuple[str, ...]], ...] = ()

    # Indexes built on first use, so that a question does not scan the whole pool.
    @cached_property
    def people_index(self) -> PeopleIndex:
        by_word: dict[str, list[int]] = {}
        for i, (_name, role) in enumerate(self.people):
            for w in _words(role):
                by_word.setdefault(w, []).append(i)
        full = [(name, role) for name, role in self.people if " " in name]
        source_of = self.source_of
        traits = {
            name: role_traits(role, self.country_of.get(source_of.get(name, ""), ""))
            for name, role in self.people
        }
        without_role = tuple(name for name, role in full if not role)
        no_office = tuple(name for name, role in full if role and not traits[name].heads)
        return PeopleIndex(
            {w: tuple(ix) for w, ix in by_word.items()},
            tuple(name for name, role in full if role),
            without_role,
            frozenset(i for d in _DEMONYMS for i in by_word.get(d, ())),
            frozenset(i for d in _COUNTRY_DEMONYMS for i in by_word.get(d, ())),
            traits,
            no_office,
            tuple(source_of.get(name, "") for name in no_office),
            tuple(source_of.get(name, "") for name in without_role),
        )

    @cached_property
    def titles_of(self) -> dict[str, tuple[str, ...]]:
        return dict(self.person_titles)

    @cached_property
    def gender_of(self) -> dict[str, str]:
        """ "m" or "f" for people whose titles or role say it, or else their article's pronouns."""
        out = dict(self.person_pronouns)
        for name, role in self.people:
            if gender := _gender(self.titles_of.get(name, ()), role):
                out[name] = gender
        return out

    @cached_property
    def years_of(self) -> dict[str, tuple[int, int]]:
        return {name: (a, b) for name, a, b in self.person_years}

    @cached_property
    def people_role(self) -> dict[str, str]:
        return dict(self.people)

    def people_scored(self, role: str, shown_role: str, country: str) -> tuple[tuple[float, str], ...]:
        """The people who fit what a stem shows of the answer's role (``shown_role``), in an
        article about ``country``, each scored by the words of its whole ``role`` they share
        (memoised: many questions ask of one role)."""
        key = (role, shown_role, country)
        if key not in self._people_scored:
            self._people_scored[key] = _score_people(self, role, shown_role, country)
        return self._people_scored[key]

    @cached_property
    def _people_scored(self) -> dict[tuple[str, str, str], tuple[tuple[float, str], ...]]:
        return {}

    @cached_property
    def country_of(self) -> dict[str, str]:
        return dict(self.source_country)

    @cached_property
    def span_of(self) -> dict[str, tuple[int, int]]:
        return {source: (a, b) for source, a, b in self.source_span}

    @cached_property
    def source_of(self) -> dict[str, str]:
        return dict(self.source_of_name)

    @cached_property
    def parties_by_country(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Country -> the build's parties of it (name, party id), as organisations name them."""
        out: dict[str, list[tuple[str, str]]] = {}
        for name, kind in self.organizations:
            if kind in ("party", "party name"):
                party = resolve_party(name, self.country_of.get(self.source_of.get(name, ""), ""))
                if party is not None:
                    out.setdefault(party.country, []).append((name, party.id))
        return {country: tuple(names) for country, names in out.items()}

    @cached_property
    def organizations_by_type(self) -> dict[tuple[str, bool], tuple[str, ...]]:
        """(type, is an acronym) -> organisations."""
        by_type: dict[tuple[str, bool], list[str]] = {}
        for name, kind in self.organizations:
            by_type.setdefault((kind, name.isupper()), []).append(name)
        return {kind: tuple(names) for kind, names in by_type.items()}

    @cached_property
    def places_of(self) -> dict[str, tuple[str, ...]]:
        return dict(self.places_by_source)

    @cached_property
    def topic_of(self) -> dict[str, frozenset[str]]:
        return {source: frozenset(words) for source, words in self.source_topics}

    def akin(self, source: str, other: str) -> bool:
        """Whether two sources are about the same things, or the build is too small to say:
        a rugby union is offered with rugby's bodies, not with the Soviet Union."""
        akin = self.akin_sources(source)
        return akin is None or other in akin

    def akin_sources(self, source: str) -> frozenset[str] | None:
        """The sources ``akin`` to ``source`` (those sharing ``MIN_SHARED_TOPICS`` of its topic
        words, and itself), or None where every source is: the build is too small to say, or
        the source has no topic words. Worked out once per source, from the sources of each
        of its words, not for each pair: a question looks through hundreds of people."""
        if len(self.source_topics) < MIN_SOURCES_FOR_TOPICS:
            return None
        if source not in self._akin_sources:
            mine = self.topic_of.get(source, frozenset())
            shared: Counter[str] = Counter()
            for w in mine:
                shared.update(self._sources_of_topic.get(w, ()))
            akin = {other for other, n in shared.items() if n >= MIN_SHARED_TOPICS} | {source}
            self._akin_sources[source] = frozenset(akin) if mine else None
        return self._akin_sources[source]

    @cached_property
    def _akin_sources(self) -> dict[str, frozenset[str] | None]:
        return {}

    @cached_property
    def _sources_of_topic(self) -> dict[str, tuple[str, ...]]:
        """A topic word -> the sources it is a topic of."""
        out: dict[str, list[str]] = {}
        for source, words in self.source_topics:
            for w in words:
                out.setdefault(w, []).append(source)
        return {w: tuple(sources) for w, sources in out.items()}

    @cached_property
    def latest_year_of(self) -> dict[str, int]:
        return dict(self.latest_year)

    @cached_property
    def people_of(self) -> dict[str, tuple[str, ...]]:
        return dict(self.people_by_source)

    def index_all(self) -> Pool:
        """The pool with every index of the whole build a question may read built now
        (otherwise each is built on first use); returns the pool.

        For a build that drafts in several processes: built before they are forked, the
        processes share one copy, where each would build its own. What they hold does not
        depend on when they are built. Each source's ``akin_sources`` is not among them: it
        is asked of the sources a process drafts, a different few in each, and worked out
        before the fork it would cost the whole build's in one process (0.2 s of 2,000
        sources), where the processes share what about half of them cost."""
        for name in (
            "people_index",
            "titles_of",
            "gender_of",
            "years_of",
            "people_role",
            "country_of",
            "span_of",
            "source_of",
            "parties_by_country",
            "organizations_by_type",
            "places_of",
            "topic_of",
            "_sources_of_topic",
            "latest_year_of",
            "people_of",
        ):
            getattr(self, name)
        return self


@dataclass(frozen=True)
class PeopleIndex:
    by_word: dict[str, tuple[int, ...]]  # a role word -> people whose role has it
    with_role: tuple[str, ...]
    without_role: tuple[str, ...]
    abroad: frozenset[int]  # people whose role names a country or nation ("Italian Prime Minister")
    foreign: frozenset[int]  # ... a country, not a nation within one ("Scottish")
    traits: dict[str, Traits]  # name -> what the person's role says of them
    no_office: tuple[str, ...]  # those with a role that is no office ("aid worker")
    # the source that first names each of ``no_office`` and of ``without_role``, in their order
    # ('' when none does): what ``pick_people`` tests first of the hundreds it draws from them
    no_office_sources: tuple[str, ...] = ()
    without_role_sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Traits:
    """What a role says of the person who holds it, for matching options to a stem."""

    country: str  # whose politics: named ("Irish"), implied by the office or party, or the article's
    named_country: bool  # the role itself says the country ("Italian", "taoiseach", "BJP")
    parties: frozenset[str]  # parties the role names, by id ("gb-conservative") or kind ("Greens")
    heads: frozenset[str]  # the nouns of office it is headed by ("minister", "leader")
    office: frozenset[str]  # its words less demonyms and when it was held: "prime minister"
    gender: str  # "m", "f" or '' (a title or noun of office says it: "Sir", "spokeswoman")
    # the organisation it is held in, by the words that name it ("IOC president", "Velora
    # FC president"): a president of one is no option for a president of another
    orgs: frozenset[str] = frozenset()


# Titles that are part of a name: "Lord Velden" stands out among plain names.
_PEERAGE = frozenset("Lord Lady Baroness Baron Viscount".split())
_PEERAGE_WORDS = frozenset(w.lower() for w in _PEERAGE)  # (shared by lords: no word of a name)
# A lowercase noun just before the answer, which says what the answer is ("men's seed ___",
# "director of rugby ___"), unless it is a word no role is (``_NOT_A_ROLE``).
_NOUN_BEFORE = re.compile(r"\b([a-z][a-z-]{2,})\s+$")
_NOT_A_ROLE = frozenset(
    """the and but nor for from with without into onto upon than then that this these those
    which who whom whose when where while said says told tells asked asks thanked praised
    blamed beat beats joined joins signed signs named names called calls including include
    includes like unlike between among against over under after before since until during
    about around behind beside besides via per both either neither also only even just are
    was were has have had will would could can may might must should did does not""".split()
)
# Words of a role that say nothing of what its holder does ("former", "the", "of").
_NOT_ROLE_WORDS = NAME_GLUE | ROLE_MODIFIERS | WHEN_HELD | frozenset("a an the his her their its".split())
_NOT_ROLE_WORDS |= {w.lower().rstrip(".") for w in HONORIFICS}  # ("Sir ___": a title, no role)
# Capitalised words of a role that name no organisation: titles, modifiers, portfolios.
_NOT_ORG_WORDS = (
    (OFFICE_WORDS | ROLE_HEADS | ROLE_MODIFIERS | WHEN_HELD | LOWER_RANK | PORTFOLIO_WORDS | OCCUPATIONS)
    | {w.lower().rstrip(".") for w in HONORIFICS}
    | MALE_WORDS
    | FEMALE_WORDS
    | NAME_GLUE
)


# Names and adjectives of countries and nations, as a role may hold them ("Irish", "South African").
_COUNTRY_WORDS = (
    frozenset(COUNTRY_OF_DEMONYM) | frozenset(DEMONYMS) | frozenset(COUNTRY_ALIASES) | frozenset(NATIONS)
)


def _orgs_of(capitalised: list[str], pairs: list[str], parties: list[str]) -> frozenset[str]:
    """The words of ``capitalised`` (a role's, in order) that name an organisation: no title,
    portfolio, country, demonym or party ("IOC president", "Fifa president"). A role's
    first word may be capitalised only as a sentence's first ("Veteran MP"): a word of
    standing there names nothing (``role_modifiers``)."""
    party_words = {w.lower() for p in parties for w in p.split()}
    out = set()
    for w in capitalised:
        low = w.lower()
        if (
            low in _NOT_ORG_WORDS
            or low in party_words
            or w in _COUNTRY_WORDS
            or any(w in p for p in pairs if p in _COUNTRY_WORDS)
        ):
            continue
        out.add(low)
    return frozenset(out)


def _country_name(name: str) -> str:
    """GeoNames' name of the country ``name`` is, or is a nation of ("Scotland" -> United Kingdom)."""
    return COUNTRY_ALIASES.get(name, name)


def resolve_party(name: str, country: str = "") -> Party | None:
    """The national party ``name`` stands for, read in an article about ``country``:
    "Conservatives" is Canada's party in a Canadian story, "GOP" the Republicans anywhere;
    None when the name is of no listed party or the country does not decide between several."""
    parties = parties_named(name)
    if len(parties) == 1:
        return parties[0]
    at_home = [p for p in parties if p.country == country]
    return at_home[0] if len(at_home) == 1 else None


# What ties a person to an office they do not hold: "friend of", "adviser to".
_TIE = re.compile(r"\s(?:of|to|for|at|with)\s")


@cache
def role_traits(role: str, article_country: str = "") -> Traits:
    """What ``role`` says of its holder, in an article about ``article_country``.

    A role that ties its holder to an office ("friend of the Green leader", "wife of the
    president") says that they hold none: only the words before the tie count.
    """
    words = _words(role)
    tie = _TIE.search(role)
    if tie and not _words(role[: tie.start()]) & ROLE_HEADS:
        words = _words(role[: tie.start()])
        gender = "m" if words & MALE_WORDS else "f" if words & FEMALE_WORDS else ""
        return Traits("", False, frozenset(), frozenset(), frozenset(words), gender)
    capitalised = [w.removesuffix("'s").removesuffix("’s") for w in re.findall(r"[A-Z][\w'’]+", role)]
    pairs = [" ".join(p) for p in zip(capitalised, capitalised[1:], strict=False)]  # "South African"
    named = {_country_name(COUNTRY_OF_DEMONYM[w]) for w in capitalised + pairs if w in COUNTRY_OF_DEMONYM}
    # a country by its name too: "Australia's prime minister"
    # (not a nation within one: "Wales coach" is a team's, said of Welsh and English alike)
    named |= {
        _country_name(w)
        for w in capitalised + pairs
        if w in DEMONYMS or (w in COUNTRY_ALIASES and w not in NATIONS)
    }
    named |= office_countries(role)
    parties: set[str] = set()
    for found in parties_in(role):
        one = [p for p in found if p.country == article_country] if len(found) > 1 else list(found)
        # a party by its kind ("Conservatives") and, where the country says which, by its id
        parties.add(party_of(found[0].short))
        if len(one) == 1:
            parties.add(one[0].id)
            named.add(one[0].country)
    heads = words & ROLE_HEADS
    country = next(iter(named)) if len(named) == 1 else ""
    if not named and (heads or parties):
        country = article_country  # an office or party at home, whichever home the article's is
    gender = "m" if words & MALE_WORDS else "f" if words & FEMALE_WORDS else ""
    office = frozenset(words - _DEMONYMS - WHEN_HELD)
    party_names = [
        f for found in parties_in(role) for p in found for f in (p.short, p.name, *p.aliases, *p.adjectives)
    ]
    orgs = _orgs_of(capitalised, pairs, party_names)
    return Traits(country, bool(named), frozenset(parties), frozenset(heads), office, gender, orgs)


def build_pool(facts: list[Fact]) -> Pool:
    """Collect people, organisations and figures from every fact of the build, with
    what each source is about: its country and its span of years."""
    people: dict[str, str] = {}
    orgs: dict[str, str] = {}
    figures: set[tuple[str, str]] = set()
    earliest: dict[str, int] = {}
    latest: dict[str, int] = {}
    named: dict[str, set[str]] = {}
    places: dict[str, set[str]] = {}
    descriptions: set[str] = set()
    first_source: dict[str, str] = {}
    texts: dict[str, dict[int, str]] = {}
    # what can say a source's country: the names of its bodies and places, its people's roles
    signals: dict[str, list[str]] = {}
    attested: set[str] = set()
    person_years: dict[str, tuple[int, int]] = {}
    speakers: set[tuple[str, str, str, str]] = set()
    for f in facts:
        # (each field and slot read once: the loop runs over every fact of the build)
        kind, answer, sid = f.kind, f.answer, f.sentence.source_id
        role, sentences = f.slot("role"), f.sentences
        if speaker := f.slot("speech_speaker"):
            speakers.add((speaker, f.slot("speech_kind"), f.slot("speech_office"), f.slot("speech_year")))
        for s in sentences:
            texts.setdefault(s.source_id, {})[s.index] = s.text
        if kind in ("organization", "place", "law"):
            signals.setdefault(sid, []).append(answer)
        if kind == "place":
            places.setdefault(sid, set()).add(answer)
        elif role:
            signals.setdefault(sid, []).append(role)
        if kind == "date":
            for year in _YEAR.findall(answer):
                latest[sid] = max(latest.get(sid, 0), int(year))
                earliest[sid] = min(earliest.get(sid, 9999), int(year))
        if kind in ("person_role", "quote_speaker"):
            if " " in answer and not _only_quoted(f):
                named.setdefault(sid, set()).add(answer)  # (not one a speaker names: no actor of the story)
            first_source.setdefault(answer, sid)
            if kind == "quote_speaker" or role:
                attested.add(answer)
            years = [int(y) for s in sentences for y in _YEAR.findall(s.text)]
            if years:
                lo, hi = person_years.get(answer, (min(years), max(years)))
                person_years[answer] = (min(lo, *years), max(hi, *years))
            if kind == "quote_speaker":
                if " " in answer:
                    people.setdefault(answer, "")
            elif not people.get(answer):
                people[answer] = role
        elif kind in ("organization", "law"):
            first_source.setdefault(answer, sid)
            orgs.setdefault(answer, f.slot("org_type"))
        elif kind in FIGURE_KINDS:
            figures.add((kind, answer))
        elif kind == "description":
            descriptions.add(answer)
    titles = _people_titles(first_source, people, texts)
    pronouns = _people_pronouns(first_source, people, texts)
    topics = topics_of(texts)
    return Pool(
        tuple(sorted(people.items())),
        tuple(sorted(orgs.items())),
        tuple(sorted(figures)),
        tuple(sorted(latest.items())),
        tuple((source, tuple(sorted(names))) for source, names in sorted(named.items())),
        tuple(sorted(descriptions)),
        tuple((source, article_country(names)) for source, names in sorted(signals.items())),
        tuple((source, earliest[source], latest[source]) for source in sorted(latest)),
        tuple(sorted(first_source.items())),
        frozenset(attested),
        tuple((name, lo, hi) for name, (lo, hi) in sorted(person_years.items())),
        tuple(sorted(titles.items())),
        tuple(sorted(pronouns.items())),
        tuple(sorted(speakers)),
        tuple(sorted(topics.items())),
        tuple((source, tuple(sorted(names))) for source, names in sorted(places.items())),
    )


_TOPIC_WORD = re.compile(r"\b[a-z]{4,}\b")


def topics_of(texts: dict[str, dict[int, str]]) -> dict[str, tuple[str, ...]]:
    """Each source's words that some other sources use too, but few (at most a tenth of
    them, or five), most used first: what the source is about, in any genre."""
    counts = {
        source: Counter(_TOPIC_WORD.findall(" ".join(by_index.values()).lower()))
        for source, by_index in texts.items()
    }
    spread = Counter(chain.from_iterable(counts.values()))  # (a counter iterates its words)
    most = max(5, len(counts) // 10)
    # (the words of few sources found once for the build, not tested word by word for each source)
    rare = {w for w, n in spread.items() if 2 <= n <= most}

    def topics(count: Counter[str]) -> tuple[str, ...]:
        # (the few shared words sorted, not all the words of the source: alphabetically, then
        # most used first, which keeps words used as often in that order; no tuple per word)
        shared = sorted(rare.intersection(count))
        shared.sort(key=count.__getitem__, reverse=True)
        return tuple(shared[:TOPIC_WORDS])

    return {source: topics(count) for source, count in counts.items()}


def _people_titles(
    first_source: dict[str, str], people: dict[str, str], texts: dict[str, dict[int, str]]
) -> dict[str, tuple[str, ...]]:
    """Name -> the titles their article puts before their name ("sir", "cardinal", "mr"),
    lowercased: what a stem's "Sir ___" asks of every option."""
    by_source: dict[str, dict[str, set[str]]] = {}  # source -> word after a title -> titles
    # (only the articles that name a person first are read: the others' titles are asked of nobody)
    needed = {first_source.get(name, "") for name in people}
    for source, sentences in texts.items():
        if source not in needed:
            continue
        after = by_source.setdefault(source, {})
        for text in sentences.values():
            for m in _title_pattern().finditer(text):
                after.setdefault(m.group(2), set()).add(m.group(1).lower())
    out: dict[str, tuple[str, ...]] = {}
    for name in people:
        words = name.split()
        after = by_source.get(first_source.get(name, ""), {})
        found = after.get(words[0], set()) | after.get(words[-1], set()) if len(words) > 1 else set()
        if found:
            out[name] = tuple(sorted(found))
    return out


def _people_pronouns(
    first_source: dict[str, str], people: dict[str, str], texts: dict[str, dict[int, str]]
) -> dict[str, str]:
    """Name -> "m" or "f" where the article that first names a person (full name) refers to
    them by "he" or "she" next: later in that sentence or in the one after ("British hurdler
    Ana Ruiz is confident she can win"), with no other name, no quotation mark between."""
    out: dict[str, str] = {}
    for name in people:
        if " " not in name:
            continue
        sentences = texts.get(first_source.get(name, ""), {})
        index = next((i for i in sorted(sentences) if name in sentences[i]), None)
        if index is None:
            continue
        text = sentences[index]
        after = text[text.index(name) + len(name) :] + " " + sentences.get(index + 1, "")
        m = _PERSON_PRONOUN.search(after)
        if m and not _ANOTHER_NAME.search(after, 0, m.start()):
            out[name] = "f" if m.group().lower() in ("she", "her", "hers") else "m"
    return out


_PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er|[Hh]ers)\b")
# (a name, a quotation or a group whose "they" is not the person, between name and pronoun)
_ANOTHER_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+|[\"“”‘]")


def _gender(titles: Iterable[str], role: str) -> str:
    """ "m" or "f" where a person's titles or role say it ("Mr", "spokeswoman"), else ''."""
    said = {"m" for t in titles if t in MALE_WORDS} | {"f" for t in titles if t in FEMALE_WORDS}
    said |= {g for g in (role_traits(role).gender,) if g}
    return said.pop() if len(said) == 1 else ""


@cache
def _title_pattern() -> re.Pattern[str]:
    """A title and the word after it: "Sir Tomas", "Mr Okafor", "Cardinal Ivo"."""
    titles = "|".join(sorted((re.escape(h.rstrip(".")) for h in HONORIFICS), key=len, reverse=True))
    return re.compile(rf"(?=[A-Z])\b({titles})\.? ([A-Z][\w'’-]+)")


@cache
def _seat_pattern() -> re.Pattern[str]:
    seats = sorted({s for names in SEATS_OF_POWER.values() for s in names}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, seats)) + r")\b")


def article_country(names: Iterable[str]) -> str:
    """The country whose politics a source is about, from the names of its bodies and places
    and its people's roles, by what names one country only: its parties ("BJP", "Lib Dems"),
    offices ("taoiseach") and seats of power ("Knesset"). '' when nothing does, or two
    countries are named as often."""
    votes = Counter(chain.from_iterable(map(_votes_of, names)))
    top = votes.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return ""
    return top[0][0]


@lru_cache(maxsize=65536)  # (a body's name or a role is read for each article naming it)
def _votes_of(text: str) -> tuple[str, ...]:
    """The countries one name or role votes for in ``article_country``: one for each party,
    office and seat of power it names that is of one country only."""
    seat_country = _seat_countries()
    parties = parties_in(text, evidence=True)
    return (
        *(found[0].country for found in parties if len({p.country for p in found}) == 1),
        *office_countries(text),
        *(seat_country[m.group()] for m in _seat_pattern().finditer(text)),
    )


@cache
def _seat_countries() -> dict[str, str]:
    """A seat of power ("Knesset") -> its country, in GeoNames' name."""
    return {s: _country_name(c) for c, names in SEATS_OF_POWER.items() for s in names}


@cache
@lru_cache(maxsize=65536)  # (the same names and stems are read for many questions)
def _words(s: str) -> frozenset[str]:
    return frozenset(_WORD.findall(s.lower()))


_WORD = re.compile(r"[a-z0-9]{2,}")  # (a run of one letter or digit is no word here)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def _distinct(
    answer: str,
    candidates: Iterable[str],
    sentence: str,
    shared: frozenset[str] = frozenset(),
    limit: int = WANTED,
) -> list[str]:
    """Up to ``limit`` candidates, none sharing a word (other than ``shared`` ones) with the
    answer or each other, nor in the sentence."""
    taken = _words(answer) - shared
    capitalised = frozenset(_CAPITALISED.findall(sentence))
    sentence = sentence.lower()
    said = _words(sentence) - shared
    out: list[str] = []
    for c in candidates:
        w = _words(c) - shared
        # "Mr Okafor and his counterpart ___" must not offer Lena Okafor, nor Tomas Velden where
        # "Tomas has broken his arm" is said of somebody
        parts = c.split()
        first = parts[0] in capitalised and parts[0] not in _PEERAGE and _is_person_name(c)
        named = len(parts) > 1 and (parts[-1].lower() in said or first)
        if not w or w & taken or c.lower() in sentence or named:
            continue
        out.append(c)
        taken |= w
        if len(out) == limit:
            break
    return out


def _ranked(scored: list[tuple[float, str]], rng: random.Random) -> list[str]:
    """Candidates best first; ties broken by a seeded random key, not by name."""
    keyed = [(-score, rng.random(), c) for score, c in scored]
    keyed.sort()
    return [c for _, _, c in keyed]


def _shuffled(items: tuple[str, ...], rng: random.Random) -> Iterator[str]:
    """``items`` in a seeded random order, drawn lazily.

    A question needs three options from a pool of thousands: drawing them one by
    one costs a few steps where shuffling the whole pool per question did not scale.
    """
    n, half = len(items), len(items) // 2
    # ``rng.randrange(n)`` as Random draws it (the same bits, the same numbers), without its
    # two calls per draw: a question may draw hundreds.
    getrandbits, bits = rng.getrandbits, n.bit_length()
    drawn: set[int] = set()
    while len(drawn) < half:
        i = getrandbits(bits)
        while i >= n:
            i = getrandbits(bits)
        if i not in drawn:
            drawn.add(i)
            yield items[i]
    rest = [i for i in range(n) if i not in drawn]
    rng.shuffle(rest)
    yield from (items[i] for i in rest)


def _scanned(
    items: tuple[str, ...],
    sources: tuple[str, ...],
    rng: random.Random,
    akin: frozenset[str] | None,
    exempt: frozenset[str],
    limit: int,
) -> Iterator[str]:
    """What ``islice(_shuffled(items, rng), limit)`` yields, drawing the same numbers at the
    same times, less the items whose source (``sources[i]`` of ``items[i]``) is not ``akin``
    (None: every source is), unless ``exempt``.

    ``pick_people`` draws hundreds of people of the whole build for a question, and most are
    of stories unlike the answer's: tested here as they are drawn, they do not each pass
    through the generators and tests that the few of akin stories go through.
    """
    n, half = len(items), len(items) // 2
    getrandbits, bits = rng.getrandbits, n.bit_length()
    drawn: set[int] = set()
    while len(drawn) < half:
        if len(drawn) == limit:
            return
        i = getrandbits(bits)
        while i >= n:
            i = getrandbits(bits)
        if i not in drawn:
            drawn.add(i)
            if akin is None or sources[i] in akin or items[i] in exempt:
                yield items[i]
    if len(drawn) == limit:
        return  # (``islice`` asks for no more: the rest is never shuffled)
    rest = [i for i in range(n) if i not in drawn]
    rng.shuffle(rest)
    for i in rest[: limit - len(drawn)]:
        if akin is None or sources[i] in akin or items[i] in exempt:
            yield items[i]


def _score_people(
    pool: Pool, role_of_answer: str, shown_role: str, country: str
) -> tuple[tuple[float, str], ...]:
    """See ``Pool.people_scored``."""
    index = pool.people_index
    answer = role_traits(shown_role, country)
    overlap: Counter[int] = Counter()
    role = _words(role_of_answer)
    for w in sorted(role - NAME_GLUE):  # ("of", "the": shared by most roles, saying nothing)
        overlap.update(index.by_word.get(w, ()))
    # A "housing minister" is asked with other ministers before an "Italian prime minister",
    # a "Palestinian leader" with a "Chilean interim leader" before the leader of a party at
    # home: an office abroad counts one word less, or one more, as the answer's is.
    home = role.isdisjoint(_DEMONYMS)
    foreign = not role.isdisjoint(_COUNTRY_DEMONYMS)
    # Those who hold the very office come first: "Which prime minister said ...?" with no
    # other prime minister among the options would give the answer away.
    return tuple(
        (
            n
            - (home and i in index.abroad)
            + (foreign and i in index.foreign)
            + 2 * holds(role, pool.people[i][1]),
            name,
        )
        for i, n in sorted(overlap.items())
        if " " in (name := pool.people[i][0]) and fits_role(answer, index.traits[name])
    )


def pick_people(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """Other people of the build who fit the answer's role: those sharing most words of it
    first, then the others its article names, then the rest of the build.

    A surname alone ("Okafor") among full names would stand out: it gets none. Only
    people who fit what the role says are offered (see ``fits_role``).
    """
    if " " not in fact.answer or not _is_person_name(fact.answer) or parties_named(fact.answer):
        return []  # "Who ...?" asked of a party or a place has no fitting options
    if pool.attested and fact.answer not in pool.attested:
        return []  # no role, never quoted: perhaps no person ("Ice Ages"); a cloze asks it
    index = pool.people_index
    source = fact.sentence.source_id
    # what the article says of the answer, where the stem says nothing: Ana Ruiz is a
    # prime minister even where "Who said ...?" does not say so
    # (or the office word just before the name: "Wales coach ___")
    # Options must fit what the student reads of the role (the stem's, or the office word
    # before the blank); what only the article says ranks them, and keeps the holder of no
    # office from being asked with ministers.
    before = title_before_blank(fact.sentence.text[: fact.answer_start] + _BLANK)
    phrase = _phrase_before(fact.sentence.text[: fact.answer_start])  # "South Korean Vice Consul ___"
    said_of_answer = role_traits(phrase) if phrase else None
    if said_of_answer is not None and (said_of_answer.named_country or said_of_answer.parties):
        before = phrase
    shown_role = fact.slot("role") or before
    role_of_answer = shown_role or pool.people_role.get(fact.answer, "")
    country = pool.country_of.get(source, "")
    answer = role_traits(shown_role, country)
    office_heads = role_traits(role_of_answer, country).heads
    holds_office = bool(office_heads)
    span = pool.span_of.get(source)
    scored = pool.people_scored(role_of_answer, shown_role, country)

    def candidates() -> Iterator[str]:
        # those whose role shares a word with the answer's, as weighed above
        yield from _ranked([(n, c) for n, c in scored if n > 0], rng)
        # then the others the same article names: a student must know who said what
        yield from _shuffled(pool.people_of.get(source, ()), rng)
        if answer.heads or answer.parties:
            return  # only those whose role shares the office or party fit, all ranked above
        # (an office holder would stand out); a few hundred drawn at random are enough to
        # find three that fit, and a question does not scan the whole build
        exempt = same_role if political else frozenset()
        yield from _scanned(index.no_office, index.no_office_sources, rng, akin, exempt, SCANNED)
        yield from _scanned(index.without_role, index.without_role_sources, rng, akin, exempt, SCANNED)

    # what the stem calls the answer, when it is no office ("rock star", "former Velora FC
    # keeper", "men's seed ___"), else what its article calls it ("coach" Tomas Velden of "Who
    # said ...?"): the options must be called so too, by the role's last word
    noun = _NOUN_BEFORE.search(fact.sentence.text, 0, fact.answer_start)
    role_noun = noun.group(1) if noun and noun.group(1) not in _NOT_A_ROLE else ""
    verb = role_noun.endswith(("ed", "ing")) and not role_noun.endswith("eed")  # (a "seed" is one)
    called_as = shown_role or ("" if verb else role_noun) or role_of_answer
    called = [w for w in _WORD.findall(called_as.lower()) if w not in _NOT_ROLE_WORDS]
    shown_words = frozenset(called[-1:]) if not (answer.heads or answer.parties) else frozenset()
    here = frozenset(pool.people_of.get(source, ()))
    titled = fact.answer.split()[0] in _PEERAGE
    same_role = frozenset(c for n, c in scored if n > 0)
    # (holders of a political office come from any politics story; a "manager" or a "director"
    # is one of a club or a firm, asked with people of stories like the answer's)
    political = bool(answer.parties or office_heads & PUBLIC_OFFICE_HEADS)
    akin = pool.akin_sources(source)  # (None: every source is)
    home = pool.country_of.get(source, "")
    # the answer's time: the years of its sentence, else of the sentences naming it
    years = [int(y) for y in _YEAR.findall(fact.sentence.text)]
    when = (min(years), max(years)) if years else pool.years_of.get(fact.answer)
    # set long before the latest time its source tells of: a 1962 president in a 2005 report
    historical = bool(when and span and when[1] < span[1] - ERA_MARGIN)

    # (the pool's tables as locals: a question may look through hundreds of candidates)
    source_of, traits, span_of, years_of = pool.source_of, index.traits, pool.span_of, pool.years_of
    country_of, attested, people_role = pool.country_of, pool.attested, pool.people_role

    def fitting() -> Iterator[str]:
        # (Each test rules a candidate out alone, so their order changes nothing: the one that
        # rules out most of those drawn at random from the whole build comes first.)
        for c in candidates():
            other = source_of.get(c, "")
            if akin is not None and other not in akin and not (political and c in same_role):
                continue  # a striker is asked with people of football stories, not with a physicist
            theirs = traits.get(c)
            if theirs is None or not fits_role(answer, theirs):
                continue
            if not _is_person_name(c):
                continue  # "Who ...?" never gets "Downtown Marvik"
            if span and other != source and not _same_era(span, span_of.get(other)):
                continue  # a 21st-century politician is no signer of a 19th-century act
            theirs_when = years_of.get(c) or span_of.get(other)
            if when and not _same_era(when, theirs_when):
                continue  # a 20th-century president is no option for a 1929 university president
            if historical and theirs_when is None and c not in here:
                continue  # (nor one of no known time, for a question set long before its story)
            if other != source and home and country_of.get(other, home) != home:
                continue  # a British barrister is asked with Britons, not with Israel's prime minister
            if attested and c not in attested:
                continue  # no role and never quoted: perhaps no person ("Despite Austin")
            if not holds_office and theirs.heads and c not in here:
                continue  # a patient who escaped is asked with people, not with ministers
            if (c.split()[0] in _PEERAGE) != titled:
                continue  # "Lord Velden" is asked with other lords, "Ana Ruiz" with no lord
            their_role = _words(people_role.get(c, ""))
            if shown_words and not shown_words & their_role:
                continue  # "Rock star ___" is asked with other stars, not actors nor people of no role said
            yield c

    return _distinct(fact.answer, fitting(), fact.sentence.text, _PEERAGE_WORDS, limit=CANDIDATES)


def _only_quoted(fact: Fact) -> bool:
    """Whether a person is named inside a quotation ("the biggest brands - President Ana Lima"):
    somebody a speaker names, not one who acts or speaks in the story."""
    return (
        fact.kind == "person_role"
        and fact.answer_start >= 0
        and in_quotation(fact.sentence.text, fact.answer_start)
    )


@lru_cache(maxsize=65536)
def holds(office: frozenset[str], role: str) -> bool:
    """Whether ``role`` is the office whose words are ``office``, held at any time, here
    or abroad: an "Italian prime minister" is one, a "deputy prime minister" is not."""
    office = office - WHEN_HELD
    theirs = _words(role) - WHEN_HELD
    return bool(office) and office <= theirs and not (theirs - office) & LOWER_RANK


SCANNED = 200  # people of the whole build a question looks through at most, drawn at random

ERA_MARGIN = 30  # years two articles' spans may lie apart and still be of one time


def _same_era(span: tuple[int, int], other: tuple[int, int] | None) -> bool:
    """Whether an article of ``other`` years is of the time of one of ``span`` (unknown: yes)."""
    if other is None:
        return True
    return other[0] - ERA_MARGIN <= span[1] and span[0] - ERA_MARGIN <= other[1]


def fits_role(answer: Traits, theirs: Traits) -> bool:
    """Whether a person of role ``theirs`` may be offered for an answer of role ``answer``.

    What the answer's role says rules the others in or out: its party ("Which Tory leader
    ...?" gets Tories), its country (a British minister gets British ones; an office abroad
    is fair only when it is the very same office: "prime minister" for "prime minister"),
    the head of its office (a leader for a leader) and its sex where a title says it.
    """
    if answer.gender and theirs.gender and answer.gender != theirs.gender:
        return False
    if answer.parties and not answer.parties & theirs.parties:
        return False
    if answer.orgs and not answer.orgs <= theirs.office:
        return False  # "Velora FC president ___" is asked with no IOC president
    if answer.heads and not answer.heads & theirs.heads:
        return False
    if answer.heads and answer.office & HEAD_OF_GOVERNMENT != theirs.office & HEAD_OF_GOVERNMENT:
        return False  # a "prime minister" is no "culture minister", nor the reverse
    if answer.heads and bool(answer.office & OPPOSITION_WORDS) != bool(theirs.office & OPPOSITION_WORDS):
        return False  # a "shadow home secretary" is offered with no minister, nor the reverse
    if answer.named_country or answer.parties:
        return theirs.country == answer.country
    if answer.heads and theirs.country != answer.country:
        # the very office abroad ("Italian prime minister" for "prime minister"), but only
        # where the answer's own country is unknown: a British chancellor is no German one
        return (
            not answer.country
            and bool(answer.office)
            and theirs.office == answer.office
            and theirs.named_country
        )
    # no office asked: anyone, but not one whose role places them in another country
    return (
        bool(answer.heads)
        or not (theirs.named_country and answer.country)
        or theirs.country == answer.country
    )


@cache
def _is_person_name(name: str) -> bool:
    """Whether ``name`` reads as a person's, not a place's or a body's ("Downtown Marvik")."""
    words = name.split()
    if name in gazetteer().places or any(ch.isdigit() for ch in name):
        return False
    return not {words[0].lower(), words[-1].lower()} & (PLACE_NOUNS | ORG_HEADS | EVENT_HEADS | {"century"})


@cache
def _places_on(kind: str, continent: str) -> tuple[tuple[str, Place], ...]:
    """Places of one kind on one continent, each under its own name (no aliases)."""
    places = gazetteer().places.items()
    return tuple((n, p) for n, p in places if p.kind == kind and p.continent == continent and p.name == n)


@cache
def _place_candidates(answer: str) -> tuple[tuple[float, str], ...]:
    """Places like ``answer``, scored (neighbours, same country, same continent, size).

    Only the best few dozen are kept: a question shows three.
    """
    g = gazetteer()
    place = g.places[answer]
    banned = g.names_of[place]
    scored: list[tuple[float, str]] = []
    if place.kind == "continent":
        others = {
            p.name for p in g.places.values() if p.kind == "continent" and p.continent != place.continent
        }
        scored = [(0.0, name) for name in sorted(others)]
    elif place.kind == "country":
        near = set(g.neighbours.get(place.country, ()))
        for iso, name in g.country_by_iso.items():
            other = g.places[name]
            if name in banned or other.population < 300_000:
                continue
            score = 3 if iso in near else 1 if other.continent == place.continent else 0
            # Within a tier, large countries first (a student has heard of them): neighbours,
            # then the same continent, then the rest of the world. "a tour to ___" (New
            # Zealand) gets Australia before India.
            scored.append((score + min(other.population, 2e8) / 2.1e8, name))
    else:
        # cities (or regions) of the same country first, then of the same continent
        # (cities of the same state or province first: "the second city in the state"; but a
        # ward or a suburb of a great city is part of it: no "Nakano" for Tokyo)
        for name, other in _places_on(place.kind, place.continent):
            same_region = other.country == place.country and place.region and other.region == place.region
            if same_region and place.population > 1e6 and other.population < place.population / 4:
                continue
            if name not in banned:
                score = (2 if other.country == place.country else 1) + bool(same_region)
                scored.append((score + min(other.population, 9e6) / 1e7, name))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return tuple(scored[:60])


_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}")


def _names_a_city_within(text: str, place: Place) -> bool:
    """Whether ``text`` names a city inside ``place`` (a country, or a state whose cities
    GeoNames places in it): then every other country or state is ruled out by the stem."""
    if place.kind not in ("country", "region") or (place.kind == "region" and not place.region):
        return False
    places = gazetteer().places
    for m in _CAPITALISED_RUN.finditer(text):
        words = [w.strip(".'-") for w in m.group().split()]  # "... in New York City."
        for n in range(len(words), 0, -1):
            for k in range(len(words) - n + 1):
                other = places.get(" ".join(words[k : k + n]))
                if other is None or other.kind != "city" or other.country != place.country:
                    continue
                if place.kind == "country" or other.region == place.region:
                    return True
    return False


@cache
def _place_options(answer: str) -> tuple[tuple[float, str], ...]:
    """``_place_candidates`` of ``answer`` but its other names ("the UK" for the United
    Kingdom): worked out once per answer, not per question."""
    give_aways = {f.lower() for f in related_forms(answer)}
    return tuple((s, c) for s, c in _place_candidates(answer) if c.lower() not in give_aways)


@cache
def _tiers(answer: str) -> dict[str, int]:
    """Each candidate place of ``answer`` -> how close a kind it is (the integer part of its score)."""
    return {c: int(s) for s, c in _place_candidates(answer)}


def pick_places(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """Places of the answer's kind its article names (a country for a country; a city of the
    same country for a city), then, from the gazetteer, neighbours of a country, cities or
    regions of the same country: "Spain have lost at home to Fiji and Samoa" gets the other
    sides its story names before Spain's neighbours."""
    if fact.answer not in gazetteer().places:
        return []
    after = fact.sentence.text[fact.answer_start + len(fact.answer) :]
    if fact.answer.isupper() and _DESCRIBES.match(after):
        return []  # "___ rock band Ode", "by ___ magazine": "US" describes, and "Cuba magazine" is no English
    place = gazetteer().places[fact.answer]
    if _names_a_city_within(f"{fact.slot('lead')} {fact.sentence.text}", place):
        return []  # "southern ___, with Los Angeles and San Diego": no other state fits
    if place.kind == "city" and _elsewhere(place, pool.places_of.get(fact.sentence.source_id, ())):
        return []  # "Newcastle" in a story of English towns is not the Australian city the gazetteer knows
    ranked = [c for c in _ranked(list(_place_options(fact.answer)), rng)][:12]
    rng.shuffle(ranked)
    # the closest kind first (same state, same country, neighbours), in a random order within it
    tier = _tiers(fact.answer)
    ranked.sort(key=lambda c: -tier[c])
    # (written as the answer is: "US" among "Russia" and "China" stands out; and where the
    # sentence says the answer is near something, "from eastern Peru, near ___", only its
    # neighbours: a country of the story far away is no option)
    near = place.kind == "country" and _NEAR.search(fact.sentence.text, 0, fact.answer_start) is not None
    own = [
        c
        for c in _shuffled(pool.places_of.get(fact.sentence.source_id, ()), rng)
        if _alike(place, c) and c.isupper() == fact.answer.isupper() and not (near and tier.get(c, 0) < 3)
    ]
    candidates = [*own, *ranked]
    # where the sentence says the answer is near another country ("from western ___, near
    # Montenegro"), only that one's neighbours fit
    if place.kind == "country" and (around := _neighbours_said(fact)):
        candidates = [c for c in candidates if c in around]
    return _distinct(fact.answer, candidates, fact.sentence.text, limit=CANDIDATES)


def _neighbours_said(fact: Fact) -> frozenset[str]:
    """The neighbours of each country the sentence says something is near ("near Montenegro",
    besides the answer): where the answer lies."""
    g, text, s = gazetteer(), fact.sentence.text, fact.answer_start
    around: set[str] = set()
    for m in _NEAR_PLACE.finditer(text):
        other = g.places.get(m.group(1))
        if other is not None and other.kind == "country" and not s <= m.start(1) < s + len(fact.answer):
            isos = g.neighbours.get(other.country, ())
            around |= {g.country_by_iso[i] for i in isos if i in g.country_by_iso}
    return frozenset(around)


_NEAR_WORDS = r"\b(?:near|bordering|borders|neighbouring|neighboring|next to|close to)\s+(?:the\s+)?"
_NEAR = re.compile(rf"{_NEAR_WORDS}$", re.I)
_NEAR_PLACE = re.compile(rf"{_NEAR_WORDS}([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*)")


def _alike(place: Place, name: str) -> bool:
    """Whether the place ``name`` is of ``place``'s kind: a country (or a nation of one, as
    "Scotland" is) of the same continent for a country (a story of Peru that also tells of
    Spain offers no Spain for "near ___"); a city or region of the same country (and state,
    where the gazetteer says it) for a city or region."""
    other = gazetteer().places.get(name)
    if other is None or other == place:
        return False
    if place.kind == "country" or place.name in NATIONS:
        return (other.kind == "country" or name in NATIONS) and other.continent == place.continent
    same_region = not place.region or other.region == place.region  # ("the state capital": of its state)
    return other.kind == place.kind and other.country == place.country and same_region and name not in NATIONS


# A noun after a place's abbreviation, which it then describes: "US rock band", "UK firm".
_DESCRIBES = re.compile(
    r"\s+(?!(?:and|or|but|nor|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should"
    r"|to|in|on|at|for|by|with|from|of|as|than|over|since|after|before|until|during|into|about|against"
    r"|said|says|also|last|this|next|that|which|who|where|when|while|if|so|yet|alone|itself|a|an|the"
    r"|rose|fell|grew|won|lost|made|took|gave|went|got|held|met|paid|sold|sent|spent|came|saw|became"
    r"|began|[a-z]+ed)\b)[a-z]+\b"
)


def _elsewhere(place: Place, named: Iterable[str]) -> bool:
    """Whether the other places a source names are all in one other country than ``place``:
    then the gazetteer's place of that name is likely another one."""
    countries = {p.country for n in named if n != place.name and (p := gazetteer().places.get(n)) is not None}
    return len(countries) == 1 and place.country not in countries


def pick_organizations(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """Other organisations of the build of the same type (a court for a court).

    Acronyms get acronyms and full names full names, or the answer would stand
    out by its form. A party gets parties of its own country (``pick_parties``).
    """
    body, acronym = fact.slot("org_type"), fact.answer.isupper()
    if body in ("party", "party name") or parties_named(fact.answer):
        return pick_parties(fact, pool, rng)
    if body in BUILDING_HEADS:
        return []  # "the State House": a building, and other "... House"s are any building or show
    same = pool.organizations_by_type.get((body, acronym), ())
    kindred = {
        o for k in KINDRED_BODIES.get(body, ()) for o in pool.organizations_by_type.get((k, acronym), ())
    }
    source = fact.sentence.source_id
    # (``Pool.akin`` written out, its sources and the pool's table looked up once per question)
    akin, source_of = pool.akin_sources(source), pool.source_of
    candidates: Iterable[str] = (
        c
        for c in chain(_shuffled(same, rng), _shuffled(tuple(sorted(kindred)), rng))
        if akin is None or source_of.get(c, source) in akin
    )
    if body == INTERNATIONAL and not acronym:
        # organisations of states a student may know, where the build names too few
        candidates = chain(candidates, _shuffled(INTERNATIONAL_BODIES, rng))
    # the kind may be written as a leading head word: "House of Lords", "House of Commons"
    first = fact.answer.split()[0].lower()
    shared = NAME_GLUE | {body} | ({first} & ORG_HEADS)
    if body == INTERNATIONAL:
        shared |= ORG_HEADS  # "European Union" and "African Union" are not one another
    return _distinct(fact.answer, candidates, fact.sentence.text, shared, limit=CANDIDATES)


def pick_parties(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """Other parties of the answer's own country, named as the answer is named.

    The build's parties come first (those of the same article, then the rest), then the
    major parties of that country from the word lists: "Republicans" gets "Democrats",
    never "GOP" (the same party) nor Britain's "Conservatives". A party of no known
    country gets parties of no known country, as before.
    """
    answer = fact.answer.removeprefix("the ")
    source = fact.sentence.source_id
    country = pool.country_of.get(source, "")
    party = resolve_party(answer, country)
    form = _party_form(answer, party)
    if party is None:
        # a party of no known country: the build's parties by kind, of no known country either
        names = chain(
            pool.organizations_by_type.get(("party name", False), ()),
            pool.organizations_by_type.get(("party", False), ()),
        )
        unknown = [n for n in names if resolve_party(n, country) is None or not parties_named(n)]
        candidates: Iterable[str] = _shuffled(tuple(unknown), rng)
    else:
        build = [n for n, _ in pool.parties_by_country.get(party.country, ()) if _party_form(n, None) == form]
        here = [n for n in build if pool.source_of.get(n) == source]
        listed = [getattr(p, form) for p in PARTIES if p.country == party.country]
        candidates = chain(
            _shuffled(tuple(here), rng), _shuffled(tuple(build), rng), _shuffled(tuple(listed), rng)
        )
    parties = _one_name_per_party(fact.answer, candidates, country)
    return _distinct(fact.answer, parties, fact.sentence.text, NAME_GLUE | {"party"}, limit=CANDIDATES)


def _party_form(name: str, party: Party | None) -> str:
    """How a party is named: by its ``short`` name ("Labour", "the Greens", "BJP") or its full
    ``name`` ("Labour Party", "Indian National Congress")."""
    name = name.removeprefix("the ")
    if party is not None and name == party.name:
        return "name"
    return "name" if name.lower().endswith(" party") else "short"


_ARTICLE = re.compile(r"(?:a|an|the)\s", re.I)


def pick_descriptions(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """What other speakers of the build called things, of the answer's form and length:
    "a house of cards" gets noun phrases, "reckless and cruel" gets words like it."""
    answer, n = fact.answer, len(fact.answer.split())
    noun_phrase = bool(_ARTICLE.match(answer))
    scored = [
        (5.0 * (bool(_ARTICLE.match(c)) == noun_phrase) - abs(len(c.split()) - n), c)
        for c in pool.descriptions
        if c.lower() != answer.lower()
    ]
    # Phrases, unlike names, may share a word with one another ("a house of cards", "a
    # house divided"), not with the answer.
    own = {w for w in _words(answer) if len(w) > 3}
    sentence = fact.sentence.text.lower()
    fitting = (c for c in _ranked(scored, rng) if not own & _words(c) and c.lower() not in sentence)
    return list(islice(fitting, CANDIDATES))


def _one_name_per_party(answer: str, candidates: Iterable[str], country: str = "") -> Iterator[str]:
    """ "Tories" or "Conservative Party" is no distractor for "Conservatives", nor beside it:
    one party, two names. A party is known by its kind ("Conservatives") and, where the
    article's country says which, by its id ("gb-conservative")."""

    def keys(name: str) -> set[str]:
        party = resolve_party(name, country)
        return {party_of(name)} | ({party.id} if party else set())

    def words_of(name: str) -> set[str]:
        party = resolve_party(name, country)
        forms = party_forms(party_of(name)) | set(party.forms if party else ())
        return {w for form in forms | {name} for w in form.split()} - {"Party", "party", "of", "the"}

    seen = keys(answer)
    taken = words_of(answer)
    for c in candidates:
        c = c.removeprefix("the ")
        # "Scottish Conservative Party" beside "Conservatives": a branch of the same party
        if seen.isdisjoint(keys(c)) and taken.isdisjoint(set(c.split()) - {"Party", "party", "of", "the"}):
            seen |= keys(c)
            taken |= words_of(c)
            yield c


_NUM = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _format_like(template: str, value: float) -> str:
    """``value`` written the way the number in ``template`` is written."""
    m = _NUM.search(template)
    assert m is not None
    old = m.group()
    decimals = len(old.split(".")[1]) if "." in old else 0
    text = f"{value:,.{decimals}f}" if "," in old else f"{value:.{decimals}f}"
    rest = template[m.end() :]
    if _ORDINAL_ENDING.match(rest):
        rest = _ordinal_suffix(int(value)) + rest[2:]
    return template[: m.start()] + text + rest


_ORDINAL_ENDING = re.compile(r"(st|nd|rd|th)\b")


def _ordinal_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


_NUMBER_WORD = re.compile(r"(?i)(" + "|".join(NUMBER_WORDS) + r")\b")


def pick_numbers(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """Figures of similar size, written exactly like the answer ("42 percent" -> "57 percent"),
    agreeing with the noun after them and, for centuries, inside the article's time.

    After "a" or "an" the options take the answer's article: "a ___ silence" gets
    "two-minute", never "eight-minute", which would make the stem read "a(n)".
    "one ___ vote" can get no other figure ("six vote"); "six ___ votes" gets no "one".
    """
    before = fact.sentence.text[: fact.answer_start]
    if _BOUND_BEFORE.search(before):
        return []  # "over ___ people": every smaller option is true too (a cloze asks it)
    options = _figures_like(fact, rng)
    after = fact.sentence.text[fact.answer_start + len(fact.answer) :]
    noun_after = _NOUN_AFTER.match(after)
    if _is_one(fact.answer):
        if noun_after or len(fact.answer.split()) > 1:
            return []  # "one vote": every other figure needs "votes"
    else:
        options = [o for o in options if not _is_one(o)]
    ordinal = _ORDINAL.match(fact.answer)
    if ordinal and _CENTURY_AFTER.match(after or fact.answer[ordinal.end() :]):
        # the centuries next to the answer's: one far off is as easy to rule out as a year
        # long after everything the article tells ("the ___ century Norse settlement": 9th, 11th)
        steps = [k for k in range(-CENTURY_STEPS, CENTURY_STEPS + 1) if k]
        rng.shuffle(steps)
        centuries = [int(ordinal.group(1)) + k for k in steps]
        near = [_format_like(fact.answer, c) for c in centuries if c >= 1]
        options = [o for o in near if _century_fits(o, fact, pool)]
    side = _side_of_change(before, after)
    other = _amount(side[1]) if side else None
    answer = _amount(fact.answer)
    if side and other is not None and answer is not None and (answer < other) == side[0]:
        # "fell to ___ from 36.2m": every option below 36.2m, as the answer is, and one between
        # them, so that the answer is not always the option nearest 36.2m
        options = [o for o in options if (v := _amount(o)) is not None and (v < other) == side[0]]
        between = _between(fact.answer, answer, other, rng)
        options = [*between[:1], *(o for o in options if o not in between)]
    if before.endswith(("a ", "A ", "an ", "An ")):
        article = article_for(fact.answer)
        fitting = [o for o in options if article_for(o) == article]
        # (fall back to the rest rather than give no question)
        options = fitting + [o for o in options if o not in fitting]
    return options[:CANDIDATES]


# A word after a figure that it counts ("six votes", "one vote"): a lowercase word, not a
# preposition or a unit written as a symbol.
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|to|and|or|in|on|at|for|per|percent|by|from|than|a|an|the)\b)[a-z][a-z-]+\b"
)
# A bound just before a figure ("more than ___", "under $___"): see ``FIGURE_BOUNDS``.
_BOUND_BEFORE = re.compile(
    r"(?i)\b(?:" + "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in FIGURE_BOUNDS) + r")\s+[£$€]?$"
)
_ONE = re.compile(r"(?i)^(?:one|1|a single)\b(?![.,]\d)")
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)\b")
_CENTURY_AFTER = re.compile(r"\s*-?\s*centur(?:y|ies)\b", re.I)
LATEST_CENTURY = 21  # no century after the present one is plausible
# Heads of a body's name that also name a building ("State House", "Mansion House"): no
# options of their kind fit ("Harbour House" is a television show). A chamber, "House of ...",
# is typed "chamber".
BUILDING_HEADS = frozenset(("house",))
CENTURY_STEPS = 2  # a wrong century is at most this many from the answer's
YEARS_TO_COME = 3  # a year to come is offered at most this many after the answer


# A change from one figure to another: which way it went, and the figure on the other side.
_FALL = re.compile(
    r"\b(?:fell|fall(?:s|en|ing)?|dropped|drop(?:s|ping)?|declined|declin(?:e|es|ing)|slipped"
    r"|plunged|slumped|decreased|shrank|cut|reduced|lowered|slashed|trimmed|down)\b",
    re.I,
)
_RISE = re.compile(
    r"\b(?:rose|ris(?:e|es|en|ing)|increased|increas(?:e|es|ing)|climbed|grew|grow(?:s|n|ing)?"
    r"|jumped|soared|rais(?:e|es|ed|ing)|lifted|boosted|up)\b",
    re.I,
)
_FIGURE_TEXT = r"[£$€]?\d[\d,.]*\s?(?:bn|m|k|billion|million|thousand|%|per\s?cent|percent)?"
# (a time may come between: "fell to ___ in December from 10.6%")
_WHEN_BETWEEN = r"(?:(?:in|on|at|by|during|last|this)(?:\s[\w-]+){1,2}\s)?"
# (and words may come before the figure it came from: "to ___ from its initial £1.3bn")
_TO_FROM = re.compile(
    rf"^\s*(?:,\s*)?{_WHEN_BETWEEN}(?:down\s|up\s)?from\s(?:[a-z]+\s){{0,2}}(?P<x>{_FIGURE_TEXT})"
)
_FROM_TO = re.compile(rf"\bfrom\s(?P<x>{_FIGURE_TEXT})\sto\s(?:[£$€])?$")
# Where the answer is the figure a change started from: "was 9.5%, down from ___", "rose
# from ___ to 36.2m".
_CAME_FROM = re.compile(
    rf"(?P<x>{_FIGURE_TEXT})(?:\s[^,.;]{{1,25}})?,?\s(?P<way>down|up)\sfrom\s(?:[£$€])?$", re.I
)
_FROM_THEN_TO = re.compile(rf"^\s*(?:down\s|up\s)?to\s(?P<x>{_FIGURE_TEXT})")


def _side_of_change(before: str, after: str) -> tuple[bool, str] | None:
    """For a figure in a change between two ("fell to ___ from 36.2m", "rose from 3% to ___"):
    whether it is below the other figure, and the other figure; None when no change is told."""
    if m := _CAME_FROM.search(before):
        return m.group("way").lower() == "up", m.group("x")  # "9.5%, down from ___": it was above
    fall, rise = _FALL.search(before + " " + after[:20]), _RISE.search(before + " " + after[:20])
    if bool(fall) == bool(rise):
        return None
    if (m := _FROM_THEN_TO.match(after)) and before.rstrip(" £$€").endswith(" from"):
        return bool(rise), m.group("x")  # "rose from ___ to 36.2m": it was below
    # the answer is where it went, after the figure it came from or before it (where it came
    # from, "fell from ___ to 36.2m", is not read)
    m = _TO_FROM.match(after) or _FROM_TO.search(before)
    return (bool(fall), m.group("x")) if m else None


_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


def _between(answer: str, value: float, other: float, rng: random.Random) -> list[str]:
    """Figures written like ``answer`` lying between its amount ``value`` and ``other``'s,
    in a random order (none where the two are too close to write one between them)."""
    number = float(_NUM.search(answer).group().replace(",", ""))
    out = []
    for share in (0.3, 0.5, 0.7):
        candidate = _format_like(answer, number * (value + (other - value) * share) / value)
        amount = _amount(candidate)
        if candidate != answer and candidate not in out and amount is not None and amount != other:
            out.append(candidate)
    rng.shuffle(out)
    return out


def _amount(figure: str) -> float | None:
    """The amount a figure writes ("£36.2m" -> 36200000.0, "1,200" -> 1200.0); None if none."""
    m = _AMOUNT.search(figure)
    return float(m.group(1).replace(",", "")) * _SCALE.get(m.group(2), 1) if m else None


_AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?([a-z]*)")  # (a figure, and the scale after it)


def _is_one(figure: str) -> bool:
    return bool(_ONE.match(figure))


def _century_fits(option: str, fact: Fact, pool: Pool) -> bool:
    """Whether an ordinal option ("18th") names a century inside the article's time: from
    two before its earliest year's to its latest year's, and never one to come."""
    m = _ORDINAL.match(option)
    if m is None:
        return True
    century = int(m.group(1))
    span = pool.span_of.get(fact.sentence.source_id)
    low, high = (span[0] // 100 - 1, span[1] // 100 + 1) if span else (1, LATEST_CENTURY)
    answer = _ORDINAL.match(fact.answer)
    if answer:  # the answer's own century is always inside
        asked = int(answer.group(1))
        low, high = min(low, asked), max(high, asked)
        # ... but the article's own century is no option for a time long before it ("recurred
        # until the ___ century": 19th, not the 21st of a text written in 2016)
        if span and century >= span[1] // 100 + 1 > asked + 1:
            return False
    return max(1, low) <= century <= min(high, LATEST_CENTURY)


def _figures_like(fact: Fact, rng: random.Random) -> list[str]:
    """Every figure ``pick_numbers`` may offer, best first."""
    answer = fact.answer
    word = _NUMBER_WORD.match(answer)
    if word:
        n = NUMBER_WORDS.index(word.group(1).lower())
        low, high = _bounds(fact, float(n + 1), False)  # ("one" is NUMBER_WORDS[0])
        choices = [
            w
            for k, w in enumerate(NUMBER_WORDS[:20])
            if abs(k - n) in (1, 2, 3, 5) and (n >= 20 or low < k + 1 < high)
        ]
        if n != 1 and answer[word.end() :].strip():
            choices = [w for w in choices if w != "one"]  # "one months"
        # the nearest first, in a random order among those as near: "three" astronauts gets
        # "two" and "four" before "six" and "eight"
        rng.shuffle(choices)
        choices.sort(key=lambda w: abs(NUMBER_WORDS.index(w) - n))
        cased = [c.capitalize() if word.group(1)[0].isupper() else c for c in choices]
        return [answer.replace(word.group(1), c, 1) for c in cased]
    m = _NUM.search(answer)
    if not m:
        return []
    value = float(m.group().replace(",", ""))
    if value == 0:
        return []
    if (steps := _steps_of(answer, m)) and value in steps:
        # a time counted in its unit's usual steps ("12 months") is offered in them ("6 months",
        # "18 months"), the nearest first: "14 months" beside it gives it away
        low, high = _bounds(fact, value, False)
        fits = [
            v for v in steps if v != value and low < v < high and not has_phrase(fact.sentence.text, str(v))
        ]
        near = sorted(fits, key=lambda v: (abs(math.log(v / value)), rng.random()))
        return [_format_like(answer, v) for v in near]
    is_percent = fact.kind == "percent"
    # Uneven factors: options at exactly half and double the answer give it away as the
    # one in the middle ("340, 680, 1,360").
    factors = [0.55, 0.65, 0.7, 0.8, 0.85, 1.15, 1.2, 1.3, 1.45, 1.7]
    whole = m.group().replace(",", "")
    if not is_percent and len(whole.partition(".")[2]) >= 2:
        # a figure told to its hundredths is a measure ("44.93 seconds", "1,036.20 km"): its
        # neighbours are near it, and "24.71" beside "44.93" seconds is ruled out by sense
        # (within a few hundredths of it: a 100m time of "8.87" beside "9.85" was failed as impossible)
        factors = [0.95, 0.96, 0.97, 0.98, 1.02, 1.03, 1.04, 1.05]
    rng.shuffle(factors)
    # as round as the answer: "11,700" gets "9,300", not "9,000" beside "12,000"
    zeros = len(whole) - len(whole.rstrip("0")) if "." not in whole else 0
    seen = {value}
    out = []
    low, high = _bounds(fact, value, is_percent)
    if is_percent and zeros and "." not in whole:
        # ... and as round: "60%" gets "40%", "70%", not "39%" (which leaves it standing out)
        step = 10 ** min(zeros, 1)  # ("100%" gets "70%", "90%")
        near = (k * step for k in range(1, 100 // step))
        factors = [v / value for v in near if 0 < abs(v - value) <= 4 * step]
        rng.shuffle(factors)
    elif is_percent and len(whole.partition(".")[2]) == 2 and (value * 4).is_integer():
        # a rate in quarters ("4.75%", "5.25%") moves in quarters: "4.25%", "5.5%", not "6.89%"
        factors = [(value + k * 0.25) / value for k in (-4, -3, -2, -1, 1, 2, 3, 4) if value + k * 0.25 > 0]
        rng.shuffle(factors)
    for factor in factors:
        v = value * factor
        if is_percent:
            # as precise as the answer: "3.8%" gets "4.4%", not "5.0%" beside it
            places = len(whole.split(".")[1]) if "." in whole else 0
            v = round(v, places)
        elif "." not in m.group():
            digits = len(str(int(value)))
            v = round(v, -min(zeros, max(0, digits - 1)))
        if not low < v < high:
            continue
        if v in seen or v <= 0:
            continue
        seen.add(v)
        if "." not in whole and v == int(v):
            digits_v = str(int(v))
            if len(digits_v) - len(digits_v.rstrip("0")) > zeros:
                continue  # rounder than the answer: "2,000" and "3,000" beside "2,500"
        candidate = _format_like(answer, v)
        if candidate == answer or candidate in out:
            continue  # two values that round to the same text ("0.025" and "0.03")
        if has_phrase(fact.sentence.text, _NUM.search(candidate).group()):  # "52" in "52,000", not in "152"
            continue
        if has_phrase(fact.sentence.text, candidate.lstrip("£$€")):
            continue  # the answer in another currency: "$3.3bn (pounds 1.8bn)" offers no "1.8bn"
        out.append(candidate)
    return out


def _steps_of(answer: str, number: re.Match[str]) -> tuple[int, ...]:
    """The usual steps of the time unit a whole count is of ("12 months", "24-hour"), or ()."""
    if "." in number.group() or "," in number.group():
        return ()
    unit = _UNIT_WORD.match(answer, number.end())
    return DURATION_STEPS.get(unit.group(1).lower().removesuffix("s"), ()) if unit else ()


_UNIT_WORD = re.compile(r"[\s-]([A-Za-z]+)")


def _bounds(fact: Fact, value: float, is_percent: bool) -> tuple[float, float]:
    """Below and above what every option must lie: a share is no "99%" (unless the answer is
    near it), one the sentence calls a majority is over half, and a figure ending or opening a
    range lies beyond its other end ("from 10% to ___" gets no "8%")."""
    low, high = 0.0, ((99.5 if value > 90 else 95.5) if is_percent else float("inf"))
    text, s = fact.sentence.text, fact.answer_start
    said = text[max(0, s - 40) : s]
    if is_percent and (share := _MAJORITY.search(said)):
        low, high = (50.0, high) if share.group(1).lower() == "majority" else (low, 50.0)
    if (start := _RANGE_FROM.search(said)) and (other := figure_value(start.group(1))) and other < value:
        low = max(low, other)
    if (end := _RANGE_TO.match(text, s + len(fact.answer))) and (other := figure_value(end.group(1))):
        high = min(high, other) if other > value else high
    if not is_percent and _ALL_BEFORE.search(said):
        low = max(low, 2.0)  # "for all ___ years": no "all two" (that is "both")
    if (place := _PLACE_AMONG.search(said)) and not is_percent:
        # "the fourth of ___ children": no fewer than four
        n = place.group(1).lower()
        low = max(low, (int(n[:-2]) if n[0].isdigit() else ORDINAL_UNITS.index(n)) - 1)
    return low, high


_ALL_BEFORE = re.compile(r"(?i)\ball\s+$")
# A place among a count ("the fourth of ___ children", "the 12th of ___"): the count is no smaller.
_PLACE_AMONG = re.compile(rf"(?i)\b({'|'.join(ORDINAL_UNITS[1:])}|\d+(?:st|nd|rd|th)) of\s+$")
# A share the sentence calls a majority or a minority just before it ("A majority, ___, backed").
_MAJORITY = re.compile(r"\b(majority|minority)\b[^.;]*$", re.I)
# A range's other end, before the answer ("from 10% to ___", "90 to ___") or after it.
_UNIT = r"\s?(?:%|percent|per cent|bn|billion|m|million|k)?"
_RANGE_FROM = re.compile(rf"(\d[\d.,]*){_UNIT}\s*(?:to|and|-|–)\s*[$£€]?$")
_RANGE_TO = re.compile(rf"{_UNIT}\s*(?:to|-|–)\s*[$£€]?(\d[\d.,]*)")

_DAYS_IN = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # (29 February: some years have it)


def pick_dates(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """Nearby years, other months, shifted dates, written in the answer's form."""
    answer = fact.answer
    form = fact.slot("form")
    if form == "month":
        i = MONTHS.index(answer)
        offsets = [-3, -2, -1, 1, 2, 3]
        rng.shuffle(offsets)
        return [MONTHS[(i + k) % 12] for k in offsets[:WANTED]]
    years = [int(y) for y in _YEAR.findall(answer)]
    if not years:
        if form in ("day", "day_range"):
            month = next(m for m in MONTHS if m in answer)
            i = MONTHS.index(month)
            others = [MONTHS[(i + k) % 12] for k in (-3, -2, -1, 1, 2, 3)]
            rng.shuffle(others)
            days = [int(d) for d in re.findall(r"\b\d{1,2}\b", answer)]
            # no "31 February": every day of the answer is in the other month
            others = [o for o in others if all(d <= _DAYS_IN[MONTHS.index(o)] for d in days)]
            return [answer.replace(month, o) for o in others[:WANTED]]
        return []
    source = fact.sentence.source_id
    latest = pool.latest_year_of.get(source, 2030)
    # a year long before everything the article mentions is as easy to rule out
    earliest = pool.span_of.get(source, (0, 0))[0] or min(years)
    told = _told_in(fact)
    if told and told < min(years):
        earliest = told + 1  # "On 9 March 2014 Velo announced ... to be available in ___": after 2014
    coming = told == 0
    if coming:
        # "it expects sales to pass 300,000 in ___": a year to come when it was said, not one
        # before it (and years after the latest the article names are as likely)
        earliest, latest = min(years), max(latest, min(years) + YEARS_TO_COME)
    # the other years its sentence names: an option keeps the answer's side of each ("it
    # recovered its 2008 loss in ___" gets no year before 2008)
    text = fact.sentence.text
    others = [
        int(y.group())
        for y in _YEAR.finditer(text)
        if not fact.answer_start <= y.start() < fact.answer_start + len(answer)
    ]
    after = [y for y in others if y < min(years)]
    before = [y for y in others if y > max(years)]
    deltas = [d for d in range(-8, 9) if d]
    rng.shuffle(deltas)
    if all(y % 10 == 0 for y in years):
        # a round year among years next to it is picked by its form (1690 beside 1693, 1694 and
        # 1696, read blind): round ones first, as near (1630 for a charter of 1650 was ruled
        # out by the founding it follows, read blind)
        round_ones = [d for d in range(-10, 11, 5) if d]
        rng.shuffle(round_ones)
        deltas = round_ones + deltas
    out: list[str] = []
    for d in deltas:
        candidate = _shift_years(answer, d)
        shifted = [int(y) for y in _YEAR.findall(candidate)]
        if len(shifted) != len(years):
            continue  # shifted out of the years quizgen knows ("1502" to "1498")
        if (after and min(shifted) <= max(after)) or (before and max(shifted) >= min(before)):
            continue
        if max(shifted) > max(latest, max(years)):
            continue  # a year after everything the article mentions is easy to rule out
        if min(shifted) < min(earliest, min(years)) - (0 if told or coming else YEARS_BEFORE):
            continue
        if candidate not in out:
            out.append(candidate)
        if len(out) == CANDIDATES:
            break
    return out


# What a sentence says will come: "to be available in ___", "will open in ___", "due by ___".
_TO_COME = re.compile(
    r"\b(?:will|would|to\sbe|is\sto|are\sto|due|planned|scheduled|expected|expects?|forecasts?|predicts?)\b[^.;]*$"
)


def _told_in(fact: Fact) -> int | None:
    """The year a sentence telling what will come was told in ("On 18 November 2015, Sky
    announced ... to be available in ___": 2015): a year before it cannot be the answer;
    0 when it names no year before the answer, None when it tells of nothing to come."""
    before = fact.sentence.text[: fact.answer_start]
    if not _TO_COME.search(before):
        return None
    told = [int(y) for y in _YEAR.findall(before)]
    return max(told) if told else 0


# A year, or a range whose end year is written short ("1971–75").
_YEAR_OR_RANGE = re.compile(rf"\b({YEAR})(?:([–-])(\d\d))?\b")


def _shift_years(answer: str, d: int) -> str:
    """``answer`` with every year ``d`` years later, the short end of a range too:
    "1971–75" by 3 is "1974–78", never "1974–75"."""

    def shift(m: re.Match[str]) -> str:
        start = int(m.group(1))
        if m.group(3) is None:
            return str(start + d)
        end = start // 100 * 100 + int(m.group(3))
        end += 100 if end < start else 0  # "1998–02"
        s, e = start + d, end + d
        return f"{s}{m.group(2)}{e % 100:02d}" if s // 100 == e // 100 else f"{s}{m.group(2)}{e}"

    return _YEAR_OR_RANGE.sub(shift, answer)


YEARS_BEFORE = 10  # how far before the earliest year an article mentions a date option may be


def pick_speakers(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """Who gave the build's other speeches of the same kind (and office, when the title
    names one): "Who said, in an inaugural address, ...?" offers other inaugural speakers
    of its era (``ERA_YEARS``), the nearest first. Never padded with anybody else: with fewer
    than three, none (the line is then asked as a cloze)."""
    kind, office = fact.slot("speech_kind"), fact.slot("speech_office")
    year = int(fact.slot("speech_year") or 0)
    spoke = {
        name: int(y or 0)
        for name, k, o, y in pool.speakers
        if k == kind
        and o == office
        and name != fact.answer
        and not (year and y and abs(int(y) - year) > ERA_YEARS)
    }
    if len(spoke) < WANTED:
        return []
    by_era = sorted(spoke, key=lambda name: (abs(spoke[name] - year) if year else 0, name))
    # (the nearest few in a random order, so the answer's neighbours are not always the same three)
    nearest = rng.sample(by_era[: WANTED + 1], min(len(by_era), WANTED + 1))
    return [*nearest, *by_era[WANTED + 1 : CANDIDATES]]


def pick_speech_years(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """The years of the build's other speeches of the same kind: "In which year was this line spoken, in
    an inaugural address, ...?" offers the years of other inaugural addresses (never one made
    up: with fewer than three, none)."""
    kind = fact.slot("speech_kind")
    others = sorted({year for _, k, _, year in pool.speakers if k == kind and year and year != fact.answer})
    return rng.sample(others, min(len(others), CANDIDATES)) if len(others) >= WANTED else []


# ("failure to pay a road toll" among "failure to own property": "failure" is no word shared)
_LEGAL_GLUE = NAME_GLUE | {"to", "an", "a", "any", "or", "failure", "freedom"}


def pick_legal(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """Wrong options for a clause of a founding document (see ``extract/legal.py``): the
    document's own answers of the same class first (other bodies, other grounds, other
    terms), then general ones of any country; none named in the clause or its list."""
    said = fact.sentence.text
    listed = {x.lower() for x in fact.slot("listed").split("|") if x}
    candidates = [c for c in legal_candidates(fact, rng) if c.lower() not in listed]
    if fact.slot("class") in ("age", "term", "count", "share", "times", "day", "repealed"):
        out = [c for c in candidates if not has_phrase(said, c)][:WANTED]  # figures share their unit word
        # "twice" among "three times", "four times": the one of another form is the answer
        forms = {len(c.split()) for c in out}
        return [] if len(forms) == 1 and len(fact.answer.split()) not in forms else out
    return _capitalised_like(fact.answer, _distinct(fact.answer, candidates, said, _LEGAL_GLUE))


def _capitalised_like(answer: str, options: list[str]) -> list[str]:
    """Options written with the capital the key's last word has in a charter that capitalises
    its nouns ("to keep and bear Arms"): among "to a fair trial" and "to own property" the
    one option so written is picked by its form."""
    words = answer.split()
    if len(words) < 2 or not words[-1][:1].isupper() or any(w[:1].isupper() for w in words[:-1]):
        return options
    return [o[: o.rfind(" ") + 1] + o[o.rfind(" ") + 1 :].capitalize() if o.islower() else o for o in options]


STRATEGIES: dict[str, Callable[[Fact, Pool, random.Random], list[str]]] = {
    "legal": pick_legal,
    "people": pick_people,
    "places": pick_places,
    "organizations": pick_organizations,
    "numbers": pick_numbers,
    "dates": pick_dates,
    "descriptions": pick_descriptions,
    "speakers": pick_speakers,
    "speech_years": pick_speech_years,
    "none": lambda fact, pool, rng: [],
}


def _two_names(name: str) -> bool:
    """Whether ``name`` is two names joined ("Harbour Lights and Velora Nights", "the Daily Courier
    and Evening Courier"), not one name with "and" in it ("Department for Work and Pensions",
    "Victoria and Albert Museum"): two words or more either side, and the left a name of its own
    (no word in small letters) or both sides headed alike ("University of Marvik and
    Eastholm University")."""
    left, joined, right = name.partition(" and ")
    if not joined:
        left, joined, right = name.partition(" & ")
    words, others = left.split(), right.split()
    if not joined or len(words) < 2 or len(others) < 2:
        return False
    heads = {w.lower() for w in words} & {w.lower() for w in others} & ORG_HEADS
    return not any(w.islower() for w in words) or bool(heads)


_NAMED_KINDS = frozenset(("person_role", "quote_speaker", "organization", "law", "place"))


def pick_distractors(strategy: str, fact: Fact, pool: Pool, rng: random.Random, shown: str = "") -> list[str]:
    """Three wrong options for ``fact`` by the named strategy, or fewer when fewer fit.

    ``shown`` is what the student reads (the stem, with the sentence shown before it): an
    option it names is ruled out by it. The strategy's candidates come best first; those
    that are the answer under another name, a part of it or a place inside it are dropped.
    """
    shown = shown or fact.sentence.text
    # what the stem says of a person: read for the first person offered
    said = title = home = after_the = None
    known = ""  # the answer's sex, where the build knows it (read with ``said``)
    written = False
    office_home = ""
    out: list[str] = []
    words = len(fact.answer.split())
    # (two names joined, "the Daily Courier and Evening Courier", are offered with two names joined)
    joined = _two_names(fact.answer) if fact.kind in _NAMED_KINDS else None
    for option in STRATEGIES[strategy](fact, pool, rng):
        # (each test alone, cheapest first: ``_of_a_length`` without splitting the answer again)
        n = len(option.split())
        if not (n <= 2 * words + 2 and words <= 2 * n + 2):
            continue  # "Home Office" among "Office of the Deputy Prime Minister and ..." stands out
        if joined is not None and _two_names(option) != joined:
            continue  # "merge the ___ into one university" fits two names, not one
        if fact.kind in _NAMED_KINDS and option.rsplit(" ", 1)[-1] in _WHEN_WORDS:
            continue  # "Bank of Ostland's December" is a name read on into what followed it
        if option == fact.answer or named_in(option, shown) or same_thing(fact.answer, option):
            continue
        if fact.kind == "place":
            if after_the is None:
                after_the = _the_before_blank(shown)
            # "weaving in the ___" (the United States) gets no "the Cuba", "a launch in ___"
            # (Indonesia) no "in Philippines" ("The Netherlands" brings its own "the")
            needs_the = takes_the(option) and not option.startswith("The ")
            if after_the != needs_the and (after_the or not takes_the(fact.answer)):
                continue
        if option in pool.people_role:
            if said is None or title is None:
                said, title = pronoun_gender(shown), title_before_blank(shown)
                written = _written_before_blank(shown) in HONORIFICS  # ("President ___": a title)
                known = pool.gender_of.get(fact.answer, "")
            if said and pool.gender_of.get(option) != said:
                continue  # "___ said his ..." gets no woman, nor one the build cannot say is a man
            if not said and known and pool.gender_of.get(option, known) != known:
                continue  # (nor, where its article says the answer is a woman, a man it knows)
            if title and not _holds_title(option, title, pool, written):
                continue  # "Cardinal ___" gets cardinals, "Wales coach ___" coaches
            if home is None:
                home = _homes_named(shown, pool.country_of.get(fact.sentence.source_id, ""))
                office_home = _country_of_office(shown) if title else ""
            theirs = pool.people_index.traits.get(option)
            if office_home and (theirs is None or theirs.country != office_home):
                continue  # "Danish transport minister ___" gets Danish ministers only
            if title and theirs is not None and theirs.orgs and not theirs.orgs & _words(shown):
                continue  # "former president ___" gets no president of a company
            if home and theirs is not None and theirs.named_country and theirs.country not in home:
                continue  # "the problems facing Norway" gets no Italian prime minister
        out.append(option)
        if len(out) == WANTED:
            break
    return _not_given_away(fact.answer, out, shown)


@lru_cache(maxsize=65536)  # (an option is offered for many questions)
def _long_words(option: str) -> frozenset[str]:
    """The words of ``option`` longer than three letters: those that echo a stem."""
    return frozenset(w for w in _words(option) if len(w) > 3)


def _echoes(option: str, shown: frozenset[str]) -> bool:
    return not _long_words(option).isdisjoint(shown)


def _not_given_away(answer: str, options: list[str], shown: str) -> list[str]:
    """``options``, or none when the answer alone repeats a word of the stem: "... who shall
    become President?" with "Vice President" among "Speaker" and "Chief Justice" is
    answered by its form. (An option may echo the stem while the answer does not.)"""
    if not _long_words(answer):
        return options  # (an answer of short words echoes nothing: the stem need not be read)
    rest = shown.replace(answer, " ").lower()
    if not any(w in rest for w in _long_words(answer)):
        return options  # (a word of the stem holds each word it echoes: none is there, none is read)
    said = _words(rest)
    if _echoes(answer, said) and not any(_echoes(o, said) for o in options):
        return []
    return options


_BLANK = "_____"
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]?")
_ANOTHER_PERSON = re.compile(
    rf"\b(?:[A-Z][a-z]+ [A-Z][a-z]+|(?:{'|'.join(map(re.escape, sorted(HONORIFICS)))}) [A-Z])"
)
_HE = re.compile(rf"\b(?:{'|'.join(MALE_PRONOUNS)})\b", re.I)
_SHE = re.compile(rf"\b(?:{'|'.join(FEMALE_PRONOUNS)})\b", re.I)


# Titles that say only a person's sex: any man fits "Mr ___".
_SEX_TITLES = {t: "m" if t in MALE_WORDS else "f" for t in SEX_ONLY_TITLES}


def _country_of_office(shown: str) -> str:
    """The country an office just before the blank is of ("Danish transport minister ___",
    "Kenya's finance minister ___"), or ''."""
    before = re.split(r"[,;:(\"“]", shown.split(_BLANK, 1)[0])[-1].split()[-5:]
    words = [w.removesuffix("'s").removesuffix("’s") for w in before]
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return next(filter(None, map(_country_said, (*pairs, *words))), "")


def _the_before_blank(shown: str) -> bool:
    """Whether "the" stands just before the blank, or before an ordinal or a superlative just
    before it ("the third ___ rail network", "the largest ___ port")."""
    at = shown.find(_BLANK)
    words = shown[max(0, at - 40) : at].lower().split() if at > 0 else []
    if words[-1:] == ["the"]:
        return True
    return len(words) >= 2 and words[-2] == "the" and (words[-1] in _ORDINALS or words[-1].endswith("est"))


_ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth last next only".split()
)


def _noun_before_comma(shown: str) -> str:
    """The word before a blank in apposition ("one man, ___,"), lowercased, or ''."""
    at = shown.find(", " + _BLANK)
    word = shown[max(0, at - 20) : at].rsplit(" ", 1)[-1] if at > 0 else ""
    return word.lower() if word.isalpha() else ""


def _word_before_blank(shown: str) -> str:
    """The word just before the blank, lowercased, without a full stop ("Sir", "Dr."), or ''."""
    word = _written_before_blank(shown)
    return word.lower() if word.isalpha() else ""


def _written_before_blank(shown: str) -> str:
    """The word just before the blank as written, without a full stop, or ''."""
    at = shown.find(_BLANK)
    words = shown[max(0, at - 40) : at].split() if at > 0 and shown[at - 1].isspace() else ()
    return words[-1].rstrip(".") if words else ""


# Place names said with "the": plurals ("the Netherlands", "the Philippines", "the
# Bahamas") and names of a kind of place ("the United Kingdom", "the Czech Republic",
# "the Middle East", "the Ivory Coast").
_TAKES_THE = re.compile(
    r"(?:lands|ines|amas|ives|elles|oros|\b(?:Republic|Kingdom|Union|Federation|Emirates|Islands|Isles|States"
    r"|East|West|Caribbean|Congo|Gambia|Sudan|Vatican|Balkans|Arctic|Antarctic|Sahara|Levant|Gulf|Coast))$"
    r"|^(?:United|Central|Northern|Southern|Eastern|Western) "
)


def takes_the(place: str) -> bool:
    """Whether a place name reads after "the" ("the United States", "the Congo"; not "the Cuba")."""
    return _TAKES_THE.search(place) is not None


@cache
def _title_words() -> frozenset[str]:
    return frozenset(h.lower().rstrip(".") for h in HONORIFICS) | ROLE_HEADS


def _of_a_length(answer: str, option: str) -> bool:
    """Whether an option is near the answer's length in words: at most twice it and two more,
    either way round, or one of them would stand out."""
    a, o = len(answer.split()), len(option.split())
    return o <= 2 * a + 2 and a <= 2 * o + 2


_CLAUSE_BREAK = re.compile(r"[,.;:!?“”\"()\[\]]")


def _homes_named(shown: str, country: str) -> frozenset[str]:
    """The countries the stem names ("facing Norway", "Thailand's prime minister", "the
    Thai government"), with the article's ``country`` when a party of it is named
    ("Labour's ___ said")."""
    words = _CAPITALISED_WORD.findall(shown)
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if f"{a} {b}" in shown]
    homes = set(filter(None, map(_country_said, (*words, *pairs))))
    if country and any(p.country == country for found in parties_in(shown) for p in found):
        homes.add(country)
    return frozenset(homes)


_CAPITALISED_WORD = re.compile(r"\b([A-Z][a-z]+)\b")


def _country_said(word: str) -> str:
    """The country a word or pair of words names, as a demonym or by name ("Dutch",
    "South African", "Kenya"), in GeoNames' name; '' for none."""
    name = COUNTRY_OF_DEMONYM.get(word) or _country_called(word)
    return _country_name(name) if name else ""


def _country_called(name: str) -> str:
    place = gazetteer().places.get(name)
    return place.name if place is not None and place.kind == "country" else ""


def _iso_of(country: str) -> str:
    place = gazetteer().places.get(country)
    return place.country if place is not None else ""


def _phrase_before(text: str) -> str:
    """The last few words before the answer, up to a clause break: "a speech given by South
    Korean Vice Consul" -> "South Korean Vice Consul" (what the stem says of the answer)."""
    tail = _CLAUSE_BREAK.split(text)[-1].split()
    words = []
    for w in reversed(tail[-4:]):
        if not (w[:1].isupper() or w.lower() in _title_words()):
            break
        words.append(w)
    return " ".join(reversed(words))


def title_before_blank(shown: str) -> str:
    """The title or office word just before the blank ("Sir ___", "Wales coach ___"), lowercased,
    which every person offered must hold; '' when there is none."""
    word = _word_before_blank(shown)
    return word if word in _title_words() and word not in _SEX_TITLES else ""


_WHEN_WORDS = frozenset((*MONTHS, *WEEKDAYS))


def _holds_title(option: str, title: str, pool: Pool, written: bool = False) -> bool:
    """Whether a person's article gives them ``title`` ("Sir") or, unless the stem writes it as
    a title (``written``: "President ___" is a state's; a firm's is its "president"), their
    role has the word."""
    titled = title in pool.titles_of.get(option, ())
    return titled or not written and title in _words(pool.people_role.get(option, ""))


def pronoun_gender(shown: str) -> str:
    """ "m" or "f" when the stem's pronouns after the blank (or the question word) say the
    answer's sex: "___ told the BBC his concern" -> "m". Quotations speak of others: skipped.
    '' when the pronouns say nothing or both."""
    word = _word_before_blank(shown)
    if word and (sex := _SEX_TITLES.get(word) or _gender((word,), "")):
        return sex  # "Sir ___", "Mrs ___"
    if (noun := _noun_before_comma(shown)) and (sex := _gender((noun,), "")):
        return sex  # "one woman, ___, ..."
    after = shown.split(_BLANK, 1)[1] if _BLANK in shown else shown
    after = _QUOTED.sub(" ", after)
    after = _ANOTHER_PERSON.split(after, maxsplit=1)[0]  # "___ met Tomas Velden at his home": Velden's
    he, she = bool(_HE.search(after)), bool(_SHE.search(after))
    return "m" if he and not she else "f" if she and not he else ""


@cache
def _forms_of(option: str) -> tuple[str, ...]:
    """Every name an option goes by: a party's other names, a place's demonym and aliases."""
    forms = {option}
    party = parties_named(option)
    if len(party) == 1:
        forms |= set(party[0].forms)
    forms |= party_forms(party_of(option))
    if option in gazetteer().places:
        forms |= set(related_forms(option)) - {
            gazetteer().capital_of.get(gazetteer().places[option].country, "")
        }
    return tuple(sorted(f for f in forms if f))


def named_in(option: str, shown: str) -> bool:
    """Whether ``shown`` names ``option``, by any of its names, or (a person) by surname:
    "Mr Okafor and ___" rules out Lena Okafor, "a Tory MP" the Conservatives."""
    # (case matters: "the labour market" does not name Labour)
    for form in _forms_of(option):
        if form in shown and has_phrase(shown, form):  # (the plain test first: most are not there)
            return True
    words = option.split()
    if len(words) > 1 and words[-1][:1].isupper() and words[-1] in shown and _is_person_name(option):
        # a title and the surname alone: "Mr Okafor", "Senator Kessler"
        return any(has_phrase(shown, f"{title} {words[-1]}") for title in HONORIFICS)
    return False


@lru_cache(maxsize=65536)
def same_thing(answer: str, option: str) -> bool:
    """Whether ``option`` is ``answer`` by another name, a part of it, or holds or lies in it:
    an acronym of it ("UN"), one of its words, the same party ("GOP", "Republicans"), a
    place inside it or around it ("Texas" and the United States)."""
    a, o = answer.removeprefix("the "), option.removeprefix("the ")
    if a.lower() == o.lower() or _initials(a) == o or _initials(o) == a:
        return True
    aw, ow = _words(a), _words(o)
    if aw and ow and (aw <= ow or ow <= aw):
        return True
    parties_a, parties_o = parties_named(a), parties_named(o)
    if parties_a and parties_o and {p.id for p in parties_a} == {p.id for p in parties_o}:
        return True
    if party_of(a) == party_of(o) and (a in party_forms(party_of(a))):
        return True
    places = gazetteer().places
    pa, po = places.get(a), places.get(o)
    if pa is not None and po is not None and pa.kind != po.kind and "country" in (pa.kind, po.kind):
        return pa.country == po.country
    return False


@cache
def _initials(name: str) -> str:
    words = [w for w in name.split() if w.lower() not in NAME_GLUE]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""
