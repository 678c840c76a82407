"""Merge the same fact told by several sources; notice when sources disagree.

Two facts from different sources are *the same fact* when they are of the same
kind, their answers are equal once normalised ("42 percent" = "42%", "Britain"
= "UK", "seven" = "7"), their articles are about the same story (they share
several named people, places or organisations) and their sentences share
content words. Facts of one group keep their own sentence and cite the others'
as ``also``: each is a way to ask the fact, and the gates ask it once.

Two figures *disagree* when they measure the same thing (same kind and unit
dimension, the same noun after the figure, values of a similar size) in
related articles, but their values differ and neither source also states the
other's value there. A disputed fact is not asked as if one side were the
truth: its question is phrased "According to <source>", and the dispute is
reported in the bank's ``conflicts`` and the answer key.

A build of many stories may have a home: a place named far more often than any
other (Britain, in a corpus of British politics). Its place facts are marked
``home``, for the gates: a student guesses that answer without knowing it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations

from quizgen.extract.numbers import FIGURE_KINDS, NUMBER_WORDS
from quizgen.extract.people import PERSON_KINDS
from quizgen.lexicon import gazetteer
from quizgen.models import Fact, Sentence

ENTITY_KINDS = ("person_role", "quote_speaker", "place", "organization")
MIN_SHARED_ENTITIES = 3
MIN_ENTITY_OVERLAP = 0.4  # shared entities / entities of the smaller article
SAME_STORY_OVERLAP = 0.6  # ... and this much for two reports of one event
EVENT_WORD_LETTERS = 6  # the letters of each word two reports of one event share
MIN_SHARED_WORDS = 2  # content words two sentences must share to state the same fact
SAME_FACT_OVERLAP = 0.2  # ... and at least this share of the shorter sentence's words
SAME_DOING = 0.34  # share of the shorter predicate's words two reports of one doing have in common
MOSTLY = 0.5  # sentences sharing this share of the longer one's words need no more
# Nouns that count people or things in general: two counts of them measure the same
# thing only when more of their context agrees.
_COUNTED = frozenset(
    """people person men man women woman children child adult pupil student member supporter
    voter worker patient case time year day month week hour minute job home vote seat""".split()
)
MAX_RATIO = 3  # two reports of one measure differ less than this: 30% and 40%, not 4 and 270
WINDOW = 6  # words either side of a figure that say what it measures

# Function words, and the units and spans of time nearly every figure comes with ("pounds",
# "years"): none of them says what a sentence is about.
_STOPWORDS = frozenset(
    """a an the and or but of to in on at by for from with as is was were are be been has have had
    will would could can may might must should that which who whom whose this these those it its
    he she they we i you his her their our them him not no than then also about over more most
    said says say told after before during while when where there here into out up down per
    percent cent some any all each both one two three four five six seven eight nine ten being
    now just only because if so very between among against through under within without across
    toward towards upon around
    pound pounds dollar dollars euro euros year years month months week weeks day days""".split()
)
# Units by what they measure, with the factor to a common unit (km, hours, tonnes ...).
_UNITS = {
    "length": {"kilometer": 1, "kilometre": 1, "km": 1, "mile": 1.609, "metre": 0.001, "meter": 0.001},
    "time": {
        "minute": 1 / 60,
        "hour": 1,
        "day": 24,
        "week": 168,
        "month": 730,
        "year": 8760,
        "decade": 87600,
        "century": 876000,
    },
    "weight": {"tonne": 1, "ton": 1},
    "area": {"acre": 0.405, "hectare": 1},
    "volume": {"barrel": 159, "litre": 1, "liter": 1, "gallon": 3.785},
}
_SCALES = {
    "bn": 1e9,
    "billion": 1e9,
    "m": 1e6,
    "million": 1e6,
    "k": 1e3,
    "thousand": 1e3,
    "tn": 1e12,
    "trillion": 1e12,
    "hundred": 1e2,
}


@dataclass(frozen=True)
class Side:
    """One value of a disputed figure and the sentences that give it."""

    answer: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Conflict:
    """Sources that give different values for the same figure."""

    kind: str
    about: str  # what the figure measures, in the sources' words ("border", "visit")
    sides: tuple[Side, ...]


@dataclass(frozen=True)
class Merged:
    """Facts after merging, and the disagreements found on the way.

    Facts that several sources state share a ``group``: each cites every source,
    and only one of them is to be asked.
    """

    facts: list[Fact]
    conflicts: list[Conflict]

    @property
    def folded(self) -> int:
        """How many facts another source's fact of the same group stands for."""
        groups = [f.group for f in self.facts if f.group]
        return len(groups) - len(set(groups))


# Common irregular past tenses of news verbs, so that "met" and "meeting" meet.
_IRREGULAR = {
    "met": "meet",
    "laid": "lay",
    "held": "hold",
    "led": "lead",
    "won": "win",
    "lost": "lose",
    "took": "take",
    "gave": "give",
    "made": "make",
    "went": "go",
    "came": "come",
    "left": "leave",
    "sent": "send",
    "spoke": "speak",
    "began": "begin",
    "chose": "choose",
    "paid": "pay",
    "sought": "seek",
    "brought": "bring",
    "fought": "fight",
    "struck": "strike",
}


def _stem(word: str) -> str:
    """A word without the endings that vary between reports ("opened", "opening" -> "open")."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for ending, least in (("ing", 6), ("ed", 5)):
        if word.endswith(ending) and len(word) >= least:
            return word[: -len(ending)]
    return word.rstrip("s")


@lru_cache(maxsize=65536)  # a sentence is compared with many others
def _words(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z][a-z-]+", text.lower().replace("’s", "").replace("'s", ""))
    return frozenset(_stem(w) for w in words if w not in _STOPWORDS)


def figure_value(answer: str) -> float | None:
    """The number a figure states: "£1.4bn" -> 1.4e9, "seven million" -> 7e6, "42 percent" -> 42."""
    low = answer.lower().replace(",", "")
    m = re.search(r"\d+(?:\.\d+)?", low)
    if m:
        value = float(m.group())
        rest = low[m.end() :].strip(" -")
    else:
        word = re.search(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", low)
        if not word:
            return None
        i = NUMBER_WORDS.index(word.group(1))
        value = float(i + 1 if i < 20 else (i - 17) * 10 if i < 27 else 100)
        rest = low[word.end() :].strip(" -")
    scale = re.match(r"(bn|billion|m|million|k|thousand|tn|trillion|hundred)\b", rest)
    return value * _SCALES[scale.group(1)] if scale else value


_UNIT_PATTERNS = [
    (dimension, factor, re.compile(rf"(?:\b|\d-?){unit}s?\b"))
    for dimension, units in _UNITS.items()
    for unit, factor in units.items()
]


def _unit(answer: str) -> tuple[str, float]:
    low = answer.lower()
    for dimension, factor, pattern in _UNIT_PATTERNS:
        if pattern.search(low):
            return dimension, factor
    return "", 1.0


def unit_dimension(answer: str) -> str:
    """What a quantity measures: "length", "time" ... ('' for a bare count or a percentage)."""
    return _unit(answer)[0]


def _measure(kind: str, answer: str) -> tuple[float, str] | None:
    """A figure's value in its dimension's common unit, and the dimension ("length" ...)."""
    value = figure_value(answer)
    if value is None:
        return None
    dimension, factor = _unit(answer) if kind == "quantity" else ("", 1.0)
    return value * factor, dimension


def normalize_answer(fact: Fact) -> str:
    """A key under which equal answers of one kind meet, however each source wrote them."""
    return _normal(fact.kind, fact.answer)


@lru_cache(maxsize=65536)  # a build states the same answers again and again ("UK", "Labour")
def _normal(kind: str, answer: str) -> str:
    if kind in FIGURE_KINDS:
        measure = _measure(kind, answer)
        if measure is None:
            return answer.lower()
        return f"{measure[0]:.3g}{measure[1]}"  # "320 km" and "199 miles" meet
    if kind == "place":
        g = gazetteer()
        place = g.places.get(answer)
        if place is not None:
            return min(g.names_of[place]).lower()
    if kind == "date":
        answer = re.sub(r"^(?:on|in|this|last|next)\s+", "", answer, flags=re.I)
    answer = re.sub(r"^(?:the|a|an)\s+", "", answer, flags=re.I)
    answer = re.sub(r"\s+", " ", answer).strip(" .,").lower()
    if kind == "event":
        # what was signed or passed, in the words of each report: "an accord on fishery
        # quotas" and "an accord on fisheries quotas" (words cut to their first
        # letters, where reports vary the endings)
        answer = " ".join(w[:EVENT_WORD_LETTERS] for w in answer.split())
    return answer


def _related_sources(facts: list[Fact], answers: list[str]) -> dict[frozenset[str], float]:
    """Pairs of sources about the same story: they name several of the same entities.

    Each pair comes with the share of the smaller article's entities the other names.
    """
    entities: dict[str, set[str]] = defaultdict(set)
    for f, answer in zip(facts, answers, strict=True):
        if f.kind in ENTITY_KINDS:
            entities[f.sentence.source_id].add(answer)
    by_entity: dict[str, set[str]] = defaultdict(set)
    for sid, names in entities.items():
        for name in names:
            by_entity[name].add(sid)
    # (counted by pair as a sorted tuple, each made in C by ``combinations``: a frozenset per
    # pair cost more than the rest of this function)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for sids in by_entity.values():
        if len(sids) > 50:
            continue  # a name in every article ("UK") says nothing about which story it is
        for pair in combinations(sorted(sids), 2):
            shared[pair] += 1
    related = {}
    for (a, b), n in shared.items():
        overlap = n / min(len(entities[a]), len(entities[b]))
        if n >= MIN_SHARED_ENTITIES and overlap >= MIN_ENTITY_OVERLAP:
            related[frozenset((a, b))] = overlap
    return related


def _context(fact: Fact) -> set[str]:
    """Content words near the answer, the answer's own words left out."""
    text = fact.sentence.text
    s, e = fact.answer_start, fact.answer_start + len(fact.answer)
    before = text[:s].split()[-WINDOW:]
    after = text[e:].split()[:WINDOW]
    return _words(" ".join(before + after)) - _words(fact.answer)


_MEASURED = re.compile(
    r"[\s-]*(?:of\s+((?:(?:the|its|their|his|her|[A-Z][\w’'-]*|[\w-]+['’]s)\s+)*))?([a-z][a-z-]+)"
)


def _noun_after(fact: Fact) -> str:
    """The word right after a figure: what it counts or measures ("border", "visit").

    Names and possessives on the way are skipped: in "17% of Chile's copper exports"
    the figure measures copper, not Chile.
    """
    rest = fact.sentence.text[fact.answer_start + len(fact.answer) :]
    m = _MEASURED.match(rest)
    return _stem(m.group(2)) if m else ""


@lru_cache(maxsize=65536)
def _plain_words(text: str) -> frozenset[str]:
    """Content words written in lower case: what a sentence says, not whom it names.

    Names are shared by every article about one story, so they cannot tell two
    facts of that story apart.
    """
    return _words(" ".join(w for w in text.split() if w[:1].islower()))


def _same_fact(a: Fact, b: Fact, same_story: bool) -> bool:
    if a.kind == "event" and same_story:
        return True  # the same thing of several words done in two reports of one story
    if a.kind == "description":
        # one speaker's words for a thing, in two reports: "a house of cards"
        return a.slot("speaker") == b.slot("speaker")
    if a.kind == "quote_speaker":
        qa, qb = _words(a.slot("quote")), _words(b.slot("quote"))
        return bool(qa and qb) and len(qa & qb) >= 0.5 * min(len(qa), len(qb))
    wa, wb = _plain_words(a.sentence.text), _plain_words(b.sentence.text)
    shared = (wa & wb) - _words(a.answer) - _words(b.answer)
    # A person named with a role is the fact "who holds the role": the same person in
    # the same office, told of the same doing (words besides the role in common), is
    # one fact however each report goes on. "Tory leader X" in two stories is not.
    role_a, role_b = _words(a.slot("role")), _words(b.slot("role"))
    shared -= role_a | role_b  # the office is said of the person everywhere
    if a.kind == "person_role":
        pa, pb = _plain_words(a.slot("predicate")), _plain_words(b.slot("predicate"))
        if pa or pb:
            # A question on what the person did: the other report tells the same doing.
            # ("X should not apologise, Y insisted" is not "Z urged X to apologise".)
            # ("would not back the plans for toll roads" is not "a split over its
            # decision to back plans for new ports": a third of the words, not two)
            return len(pa & pb) >= max(MIN_SHARED_WORDS, SAME_DOING * min(len(pa), len(pb)))
        # Reports of one event name its people in different sentences ("met his
        # counterpart X", "at the invitation of President X"): there the office is enough.
        if role_a & role_b and (same_story or len(shared) >= MIN_SHARED_WORDS):
            return True
    # A story's places and organisations recur in many of its sentences: ask for more.
    strict = a.kind in ("place", "organization", "person_role")
    least, share = (3, 0.3) if strict else (MIN_SHARED_WORDS, SAME_FACT_OVERLAP)
    if len(shared) >= MIN_SHARED_WORDS and len(shared) >= MOSTLY * max(len(wa), len(wb)):
        return True  # two short sentences in mostly the same words ("[he] invited X to visit ___")
    return len(shared) >= least and len(shared) >= share * min(len(wa), len(wb))


def _same_measure(a: Fact, b: Fact) -> bool:
    if a.kind != b.kind or (a.kind == "quantity" and unit_dimension(a.answer) != unit_dimension(b.answer)):
        return False
    noun_a, noun_b = _noun_after(a), _noun_after(b)
    # "a 320-kilometer border" / "a 199-mile border"; "25 percent of its gas" / "35% of ... gas"
    if not noun_a or noun_a != noun_b or noun_a in _STOPWORDS:
        return False
    measure_a, measure_b = _measure(a.kind, a.answer), _measure(b.kind, b.answer)
    if measure_a and measure_b:
        low, high = sorted((measure_a[0], measure_b[0]))
        if low and high > MAX_RATIO * low:
            return False  # "four mills in that county" and "270 mills across the country": other counts
    if noun_a in _COUNTED:
        # "eight men" and "four men" are other men unless more of the context is shared
        return len((_context(a) & _context(b)) - {noun_a}) >= 2
    return True


def _full_names(facts: list[Fact]) -> dict[str, str]:
    """Surname -> full name, for surnames that only one person of the build carries."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        if f.kind in PERSON_KINDS and " " in f.answer:
            by_surname[f.answer.split()[-1].lower()].add(f.answer.lower())
    return {s: next(iter(names)) for s, names in by_surname.items() if len(names) == 1}


def merge_facts(facts: list[Fact]) -> Merged:
    """Merge facts that several related sources state; report figures they dispute."""
    answers = [normalize_answer(f) for f in facts]
    related = _related_sources(facts, answers)
    full = _full_names(facts)
    # "Velden" is "Tomas Velden" when the build names only one Velden.
    keys = [full.get(k, k) if f.kind in PERSON_KINDS else k for f, k in zip(facts, answers, strict=True)]
    # Union of facts that state the same thing, at most one fact per source in a group.
    leader = list(range(len(facts)))
    group_sources = [{f.sentence.source_id} for f in facts]

    def find(i: int) -> int:
        while leader[i] != i:
            i = leader[i]
        return i

    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        by_key[(f.kind, keys[i])].append(i)
    related_to: dict[str, set[str]] = defaultdict(set)
    for pair in related:
        a_id, b_id = sorted(pair)
        related_to[a_id].add(b_id)
        related_to[b_id].add(a_id)
    for members in by_key.values():
        if len(members) < 2:
            continue  # most answers are stated once in a build
        # Only facts of related sources can merge: look at those pairs, not all of them.
        in_source: dict[str, list[int]] = defaultdict(list)
        for i in members:
            in_source[facts[i].sentence.source_id].append(i)
        pairs = sorted(
            (i, j)
            for i in members
            for other in related_to.get(facts[i].sentence.source_id, ()) & in_source.keys()
            for j in in_source[other]
            if j > i
        )
        for i, j in pairs:
            ri, rj = find(i), find(j)
            if ri == rj or group_sources[ri] & group_sources[rj]:
                continue
            same_story = related[frozenset((facts[i].sentence.source_id, facts[j].sentence.source_id))]
            if _same_fact(facts[i], facts[j], same_story >= SAME_STORY_OVERLAP):
                low, high = min(ri, rj), max(ri, rj)
                leader[high] = low
                group_sources[low] |= group_sources[high]
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(facts)):
        members[find(i)].append(i)
    conflicts = _find_conflicts(facts, keys, related)
    disputed = {id(f) for c in conflicts for f in c[1]}
    home = home_place(facts, answers)
    merged = []
    # Each member of a group is kept, right after its leader, citing its own sentences
    # first and then the others': whichever source words the fact best is asked.
    for root in sorted(members):
        group = members[root]
        for i in group:
            f = facts[i]
            if len(group) > 1:
                # Each other source cites the sentence that states the fact, not those
                # its own fact leans on (where a quotation's speaker is named).
                others = [facts[j].sentence for j in group if j != i and facts[j].sentence not in f.sentences]
                f = replace(f, also=(*f.also, *dict.fromkeys(others)), group=_group_key(facts[root]))
            if id(facts[i]) in disputed:
                f = replace(f, slots=(*f.slots, ("disputed", "yes")))
            if f.kind == "place" and answers[i] == home:
                f = replace(f, slots=(*f.slots, ("home", "yes")))
            merged.append(f)
    return Merged(merged, [c[0] for c in conflicts])


HOME_SHARE = 0.3  # of the articles, naming the place ...
HOME_LEAD = 2  # ... and this many times as many as name any other place


def home_place(facts: list[Fact], answers: list[str]) -> str:
    """The place a build of many stories is set in (normal form), or '' if none stands out.

    A corpus of British politics names Britain in nearly half its articles and no
    other place in a sixth: asked "which country ...", a student guesses Britain and
    is right, knowing nothing. Reports of one story (every article names the same
    few places) have no such place.
    """
    sources: dict[str, set[str]] = defaultdict(set)
    articles = set()
    for f, answer in zip(facts, answers, strict=True):
        articles.add(f.sentence.source_id)
        if f.kind == "place":
            sources[answer].add(f.sentence.source_id)
    shares = sorted(((len(s), answer) for answer, s in sources.items()), reverse=True)
    if not shares:
        return ""
    top, place = shares[0]
    runner_up = shares[1][0] if len(shares) > 1 else 0
    return place if top >= HOME_SHARE * len(articles) and top >= HOME_LEAD * runner_up else ""


def _group_key(fact: Fact) -> str:
    """A name for a group of facts, from its first member: stable across builds."""
    s = fact.sentence
    return f"{fact.kind}:{s.source_id}:{s.index}:{fact.answer_start}"


def _find_conflicts(
    facts: list[Fact], keys: list[str], related: dict[frozenset[str], float]
) -> list[tuple[Conflict, list[Fact]]]:
    """Figures of related sources that measure the same thing with different values."""
    figures = [i for i, f in enumerate(facts) if f.kind in FIGURE_KINDS]

    def place(i: int) -> tuple[str, str, int]:
        return facts[i].kind, facts[i].sentence.source_id, facts[i].sentence.index

    stated = {(*place(i), keys[i]) for i in figures}
    by_source: dict[str, list[int]] = defaultdict(list)
    for i in figures:
        by_source[facts[i].sentence.source_id].append(i)
    pairs: list[tuple[int, int]] = []
    # Only sources about the same story are compared: a handful of pairs, not all of them.
    for pair in sorted(tuple(sorted(p)) for p in related):
        for i in by_source.get(pair[0], ()):
            for j in by_source.get(pair[1], ()):
                a, b = facts[i], facts[j]
                if a.kind != b.kind or keys[i] == keys[j]:
                    continue
                # Each sentence also gives the other's value: both values are told.
                also_told = (*place(j), keys[i]) in stated or (*place(i), keys[j]) in stated
                if not also_told and _same_measure(a, b):
                    pairs.append((min(i, j), max(i, j)))
    pairs.sort()
    # Figures that all dispute one another form one conflict (three sources, two
    # values); a figure disputing only one of them is not part of it.
    disputes = set(pairs)
    groups: list[set[int]] = []
    for i, j in pairs:
        hit = [g for g in groups if i in g or j in g]
        if not hit:
            groups.append({i, j})
        elif len(hit) == 1:
            g = hit[0]
            new = j if i in g else i
            if all((min(new, k), max(new, k)) in disputes for k in g):
                g.add(new)
    out = []
    for g in sorted(groups, key=min):
        members = sorted(g)
        sides: dict[str, list[Sentence]] = {}
        answers: dict[str, str] = {}
        for i in members:
            answers.setdefault(keys[i], facts[i].answer)
            sides.setdefault(keys[i], []).append(facts[i].sentence)
        about = _noun_after(facts[members[0]]) or " ".join(sorted(_context(facts[members[0]])))[:40]
        conflict = Conflict(
            facts[members[0]].kind,
            about,
            tuple(Side(answers[k], tuple(v)) for k, v in sides.items()),
        )
        out.append((conflict, [facts[i] for i in members]))
    return out
