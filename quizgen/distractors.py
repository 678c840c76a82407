"""Wrong options of the answer's own kind, chosen so that a student must think.

Each strategy named in a rule's ``distractors:`` key is a function here. They
draw on the build's own facts (other people, other organisations of the same
type) and on general knowledge (neighbouring countries, nearby years, figures of
similar size written the same way). A distractor never shares a word with the
answer, so "Blair" is never offered beside "Tony Blair".
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import chain, islice

from quizgen.extract.dates import YEAR
from quizgen.extract.legal import legal_candidates
from quizgen.extract.numbers import FIGURE_KINDS, NUMBER_WORDS
from quizgen.extract.tokens import has_phrase
from quizgen.lexicon import (
    DEMONYM_WORDS,
    DEMONYMS,
    INTERNATIONAL,
    INTERNATIONAL_BODIES,
    KINDRED_BODIES,
    MONTHS,
    NAME_GLUE,
    ORG_HEADS,
    Place,
    article_for,
    gazetteer,
    party_forms,
    party_of,
    related_forms,
)
from quizgen.models import Fact

WANTED = 3
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
    # What speakers called things ("a dream come true", "stupid and evil").
    descriptions: tuple[str, ...] = ()
    # Who gave the build's speeches and when: (speaker, kind of speech, office, year) from their titles.
    speakers: tuple[tuple[str, str, str, str], ...] = ()

    # Indexes built on first use, so that a question does not scan the whole pool.
    @cached_property
    def people_index(self) -> PeopleIndex:
        by_word: dict[str, list[int]] = {}
        for i, (_name, role) in enumerate(self.people):
            for w in _words(role):
                by_word.setdefault(w, []).append(i)
        full = [(name, role) for name, role in self.people if " " in name]
        return PeopleIndex(
            {w: tuple(ix) for w, ix in by_word.items()},
            tuple(name for name, role in full if role),
            tuple(name for name, role in full if not role),
            frozenset(i for d in _DEMONYMS for i in by_word.get(d, ())),
            frozenset(i for d in _COUNTRY_DEMONYMS for i in by_word.get(d, ())),
        )

    @cached_property
    def organizations_by_type(self) -> dict[tuple[str, bool], tuple[str, ...]]:
        """(type, is an acronym) -> organisations."""
        by_type: dict[tuple[str, bool], list[str]] = {}
        for name, kind in self.organizations:
            by_type.setdefault((kind, name.isupper()), []).append(name)
        return {kind: tuple(names) for kind, names in by_type.items()}

    @cached_property
    def latest_year_of(self) -> dict[str, int]:
        return dict(self.latest_year)

    @cached_property
    def people_of(self) -> dict[str, tuple[str, ...]]:
        return dict(self.people_by_source)


@dataclass(frozen=True)
class PeopleIndex:
    by_word: dict[str, tuple[int, ...]]  # a role word -> people whose role has it
    with_role: tuple[str, ...]
    without_role: tuple[str, ...]
    abroad: frozenset[int]  # people whose role names a country or nation ("Italian Prime Minister")
    foreign: frozenset[int]  # ... a country, not a nation within one ("Scottish")


def build_pool(facts: list[Fact]) -> Pool:
    """Collect people, organisations and figures from every fact of the build."""
    people: dict[str, str] = {}
    orgs: dict[str, str] = {}
    figures: set[tuple[str, str]] = set()
    latest: dict[str, int] = {}
    named: dict[str, set[str]] = {}
    descriptions: set[str] = set()
    speakers: set[tuple[str, str, str, str]] = set()
    for f in facts:
        if speaker := f.slot("speech_speaker"):
            speakers.add((speaker, f.slot("speech_kind"), f.slot("speech_office"), f.slot("speech_year")))
        for year in _YEAR.findall(f.answer) if f.kind == "date" else ():
            sid = f.sentence.source_id
            latest[sid] = max(latest.get(sid, 0), int(year))
        if f.kind in ("person_role", "quote_speaker") and " " in f.answer:
            named.setdefault(f.sentence.source_id, set()).add(f.answer)
        if f.kind == "person_role":
            if not people.get(f.answer):
                people[f.answer] = f.slot("role")
        elif f.kind == "quote_speaker" and " " in f.answer:
            people.setdefault(f.answer, "")
        elif f.kind in ("organization", "law"):
            orgs.setdefault(f.answer, f.slot("org_type"))
        elif f.kind in FIGURE_KINDS:
            figures.add((f.kind, f.answer))
        elif f.kind == "description":
            descriptions.add(f.answer)
    return Pool(
        tuple(sorted(people.items())),
        tuple(sorted(orgs.items())),
        tuple(sorted(figures)),
        tuple(sorted(latest.items())),
        tuple((source, tuple(sorted(names))) for source, names in sorted(named.items())),
        tuple(sorted(descriptions)),
        tuple(sorted(speakers)),
    )


@cache
def _words(s: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", s.lower()) if len(w) > 1)


def _distinct(
    answer: str, candidates: Iterable[str], sentence: str, shared: frozenset[str] = frozenset()
) -> list[str]:
    """Up to three candidates, none sharing a word (other than ``shared`` ones) with the
    answer or each other, nor in the sentence."""
    taken = _words(answer) - shared
    sentence = sentence.lower()
    said = _words(sentence)
    out: list[str] = []
    for c in candidates:
        w = _words(c) - shared
        # "Mr Straw and his counterpart ___" must not offer Jack Straw
        named = " " in c and c.split()[-1].lower() in said - shared
        if not w or w & taken or c.lower() in sentence or named:
            continue
        out.append(c)
        taken |= w
        if len(out) == WANTED:
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
    n = len(items)
    drawn: set[int] = set()
    while len(drawn) < n // 2:
        i = rng.randrange(n)
        if i not in drawn:
            drawn.add(i)
            yield items[i]
    rest = [i for i in range(n) if i not in drawn]
    rng.shuffle(rest)
    yield from (items[i] for i in rest)


def pick_people(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """Other people of the build: those sharing most words of the answer's role first,
    then the others its article names.

    A surname alone ("Armstrong") among full names would stand out: it gets none.
    """
    if " " not in fact.answer:
        return []
    index = pool.people_index
    overlap: Counter[int] = Counter()
    role = _words(fact.slot("role"))
    for w in sorted(role):
        overlap.update(index.by_word.get(w, ()))
    # A "housing minister" is asked with other ministers before an "Italian prime minister",
    # a "Palestinian leader" with an "Iraqi interim leader" before the leader of a party at
    # home: an office abroad counts one word less, or one more, as the answer's is.
    home = role.isdisjoint(_DEMONYMS)
    foreign = not role.isdisjoint(_COUNTRY_DEMONYMS)
    # Those who hold the very office come first: "Which prime minister said ...?" with no
    # other prime minister among the options would give the answer away.
    scored = [
        (
            n
            - (home and i in index.abroad)
            + (foreign and i in index.foreign)
            + 2 * holds(role, pool.people[i][1]),
            name,
        )
        for i, n in sorted(overlap.items())
        if " " in (name := pool.people[i][0])
    ]

    def candidates() -> Iterator[str]:
        # those whose role shares a word with the answer's, as weighed above
        yield from _ranked([(n, c) for n, c in scored if n > 0], rng)
        # then the others the same article names: a student must know who said what
        yield from _shuffled(pool.people_of.get(fact.sentence.source_id, ()), rng)
        yield from _shuffled(index.with_role, rng)
        yield from _shuffled(index.without_role, rng)

    return _distinct(fact.answer, candidates(), fact.sentence.text)


# Words that say when an office was held, not which office it is ("former prime minister") ...
_WHEN_HELD = frozenset("former then current new late outgoing incoming acting ex".split())
# ... and words that make it another office ("deputy prime minister" is not prime minister).
_LOWER_RANK = frozenset("deputy shadow vice junior assistant under".split())


def holds(office: frozenset[str], role: str) -> bool:
    """Whether ``role`` is the office whose words are ``office``, held at any time, here
    or abroad: an "Italian prime minister" is one, a "deputy prime minister" is not."""
    office = office - _WHEN_HELD
    theirs = _words(role) - _WHEN_HELD
    return bool(office) and office <= theirs and not (theirs - office) & _LOWER_RANK


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
            # Large countries are plausible for any country: "Europe and the ___" (US) gets
            # Mexico, Canada, China before Guatemala.
            scored.append((score + min(other.population, 2e8) / 1e8, name))
    else:
        # cities (or regions) of the same country first, then of the same continent
        for name, other in _places_on(place.kind, place.continent):
            if name not in banned:
                score = 2 if other.country == place.country else 1
                scored.append((score + min(other.population, 9e6) / 1e7, name))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return tuple(scored[:60])


def pick_places(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """Neighbours of a country, cities of the same country, regions of the same country."""
    if fact.answer not in gazetteer().places:
        return []
    give_aways = {f.lower() for f in related_forms(fact.answer)}
    ranked = [c for c in _ranked(list(_place_candidates(fact.answer)), rng) if c.lower() not in give_aways]
    ranked = ranked[:12]
    rng.shuffle(ranked)
    return _distinct(fact.answer, ranked, fact.sentence.text)


def pick_organizations(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """Other organisations of the build of the same type (a court for a court).

    Acronyms get acronyms and full names full names, or the answer would stand
    out by its form.
    """
    body, acronym = fact.slot("org_type"), fact.answer.isupper()
    same = pool.organizations_by_type.get((body, acronym), ())
    kindred = {
        o for k in KINDRED_BODIES.get(body, ()) for o in pool.organizations_by_type.get((k, acronym), ())
    }
    candidates: Iterable[str] = chain(_shuffled(same, rng), _shuffled(tuple(sorted(kindred)), rng))
    if body == INTERNATIONAL and not acronym:
        # organisations of states a student may know, where the build names too few
        candidates = chain(candidates, _shuffled(INTERNATIONAL_BODIES, rng))
    if body == "party name":
        # parties named by their kind first, then the build's parties by full name
        full_names = pool.organizations_by_type.get(("party", False), ())
        candidates = _one_name_per_party(fact.answer, chain(candidates, _shuffled(full_names, rng)))
        shared: frozenset[str] = frozenset()  # parties share no word: "Scottish Labour Party"
    else:
        # the kind may be written as a leading head word: "House of Lords", "House of Commons"
        first = fact.answer.split()[0].lower()
        shared = NAME_GLUE | {body} | ({first} & ORG_HEADS)
        if body == INTERNATIONAL:
            shared |= ORG_HEADS  # "European Union" and "African Union" are not one another
        if body == "party":
            candidates = _one_name_per_party(
                fact.answer, candidates
            )  # "Tory Party" is the Conservative Party
    return _distinct(fact.answer, candidates, fact.sentence.text, shared)


_ARTICLE = re.compile(r"(?:a|an|the)\s", re.I)


def pick_descriptions(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """What other speakers of the build called things, of the answer's form and length:
    "a pile of pants" gets noun phrases, "stupid and evil" gets words like it."""
    answer, n = fact.answer, len(fact.answer.split())
    noun_phrase = bool(_ARTICLE.match(answer))
    scored = [
        (5.0 * (bool(_ARTICLE.match(c)) == noun_phrase) - abs(len(c.split()) - n), c)
        for c in pool.descriptions
        if c.lower() != answer.lower()
    ]
    # Phrases, unlike names, may share a word with one another ("a true friend", "a dream
    # come true"), not with the answer.
    own = {w for w in _words(answer) if len(w) > 3}
    sentence = fact.sentence.text.lower()
    fitting = (c for c in _ranked(scored, rng) if not own & _words(c) and c.lower() not in sentence)
    return list(islice(fitting, WANTED))


def _one_name_per_party(answer: str, candidates: Iterable[str]) -> Iterator[str]:
    """ "Tories" or "Conservative Party" is no distractor for "Conservatives", nor beside it:
    one party, two names."""
    seen = {party_of(answer)}
    taken = {w for name in party_forms(party_of(answer)) for w in name.split()}
    for c in candidates:
        c = c.removeprefix("the ")
        party = party_of(c)
        # "Scottish Conservative Party" beside "Conservatives": a branch of the same party
        if party not in seen and taken.isdisjoint(c.split()):
            seen.add(party)
            taken.update(w for name in party_forms(party) for w in name.split())
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
    if re.match(r"(st|nd|rd|th)\b", rest):
        rest = _ordinal_suffix(int(value)) + rest[2:]
    return template[: m.start()] + text + rest


def _ordinal_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


_NUMBER_WORD = re.compile(r"(?i)(" + "|".join(NUMBER_WORDS) + r")\b")


def pick_numbers(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """Figures of similar size, written exactly like the answer ("69 percent" -> "52 percent").

    After "a" or "an" the options take the answer's article: "a ___ silence" gets
    "two-minute", never "eight-minute", which would make the stem read "a(n)".
    """
    options = _figures_like(fact, rng)
    before = fact.sentence.text[: fact.answer_start]
    if before.endswith(("a ", "A ", "an ", "An ")):
        article = article_for(fact.answer)
        fitting = [o for o in options if article_for(o) == article]
        # (fall back to the rest rather than give no question)
        options = fitting + [o for o in options if o not in fitting]
    return options[:WANTED]


def _figures_like(fact: Fact, rng: random.Random) -> list[str]:
    """Every figure ``pick_numbers`` may offer, best first."""
    answer = fact.answer
    word = _NUMBER_WORD.match(answer)
    if word:
        n = NUMBER_WORDS.index(word.group(1).lower())
        choices = [w for w in NUMBER_WORDS[:20] if abs(NUMBER_WORDS.index(w) - n) in (1, 2, 3, 5)]
        if n != 1 and answer[word.end() :].strip():
            choices = [w for w in choices if w != "one"]  # "one months"
        rng.shuffle(choices)
        cased = [c.capitalize() if word.group(1)[0].isupper() else c for c in choices]
        return [answer.replace(word.group(1), c, 1) for c in cased]
    m = _NUM.search(answer)
    if not m:
        return []
    value = float(m.group().replace(",", ""))
    if value == 0:
        return []
    is_percent = fact.kind == "percent"
    factors = [0.5, 0.6, 0.75, 1.25, 1.5, 2.0]
    rng.shuffle(factors)
    seen = {value}
    out = []
    for factor in factors:
        v = value * factor
        if is_percent:
            v = min(99.0, max(1.0, round(v)))
        elif "." not in m.group():
            digits = len(str(int(value)))
            v = round(v, -max(0, digits - 2))
        if v in seen or v <= 0:
            continue
        seen.add(v)
        candidate = _format_like(answer, v)
        if candidate == answer or candidate in out:
            continue  # two values that round to the same text ("0.025" and "0.03")
        if has_phrase(fact.sentence.text, _NUM.search(candidate).group()):  # "52" in "52,000", not in "152"
            continue
        out.append(candidate)
    return out


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
            others = [MONTHS[(i + k) % 12] for k in (-2, -1, 1, 2)]
            rng.shuffle(others)
            return [answer.replace(month, o) for o in others[:WANTED]]
        return []
    latest = pool.latest_year_of.get(fact.sentence.source_id, 2030)
    deltas = [d for d in range(-8, 9) if d]
    rng.shuffle(deltas)
    out: list[str] = []
    for d in deltas:
        candidate = _YEAR.sub(lambda y, d=d: str(int(y.group()) + d), answer)
        shifted = [int(y) for y in _YEAR.findall(candidate)]
        if len(shifted) != len(years):
            continue  # shifted out of the years quizgen knows ("1502" to "1498")
        if max(shifted) > max(latest, max(years)):
            continue  # a year after everything the article mentions is easy to rule out
        if candidate not in out:
            out.append(candidate)
        if len(out) == WANTED:
            break
    return sorted(out)


def pick_speakers(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """Who gave the build's other speeches of the same kind (and office, when the title
    names one): "Who said, in an inaugural address, ...?" offers other inaugural speakers.
    Never padded with anybody else: with fewer than three, none (the line is then asked
    as a cloze)."""
    kind, office = fact.slot("speech_kind"), fact.slot("speech_office")
    others = sorted(
        {name for name, k, o, _ in pool.speakers if k == kind and o == office and name != fact.answer}
    )
    return sorted(rng.sample(others, WANTED)) if len(others) >= WANTED else []


def pick_speech_years(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """The years of the build's other speeches of the same kind: "In which year did X say, in
    an inaugural address, ...?" offers the years of other inaugural addresses (never one made
    up: with fewer than three, none)."""
    kind = fact.slot("speech_kind")
    others = sorted({year for _, k, _, year in pool.speakers if k == kind and year and year != fact.answer})
    return sorted(rng.sample(others, WANTED)) if len(others) >= WANTED else []


# ("failure to pay any poll tax" among "failure to own property": "failure" is no word shared)
_LEGAL_GLUE = NAME_GLUE | {"to", "an", "a", "any", "or", "failure"}


def pick_legal(fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """Wrong options for a clause of a founding document (see ``extract/legal.py``): the
    document's own answers of the same class first (other bodies, other grounds, other
    terms), then general ones of any country; none named in the clause or its list."""
    said = fact.sentence.text
    listed = {x.lower() for x in fact.slot("listed").split("|") if x}
    candidates = [c for c in legal_candidates(fact, rng) if c.lower() not in listed]
    if fact.slot("class") in ("age", "term", "count", "share", "times", "day", "repealed"):
        out = [c for c in candidates if not has_phrase(said, c)]  # figures share their unit word
        return out[:WANTED]
    return _distinct(fact.answer, candidates, said, _LEGAL_GLUE)


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


def pick_distractors(strategy: str, fact: Fact, pool: Pool, rng: random.Random) -> list[str]:
    """Three wrong options for ``fact`` by the named strategy, or fewer when it cannot."""
    return STRATEGIES[strategy](fact, pool, rng)
