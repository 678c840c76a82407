"""Organisations (parties, ministries, courts, parliaments, agencies, unions,
companies, newspapers) and laws (acts, bills, treaties).

An organisation is a capitalised name whose last word is an institution type
("Court of Appeal" is the exception the connector rule allows: a head word
followed by "of X"); a law is the same with a law's head word ("Act", "Treaty").
Acronyms count as organisations when the article spells them out, unless they
are country codes or common abbreviations ("TV", "MP"); a name just before "newspaper", "journalist",
"show" ... is a newspaper or programme.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from quizgen.extract.people import predicate_after
from quizgen.extract.tokens import lower_words
from quizgen.lexicon import (
    COMMON_ACRONYMS,
    COUNTRY_ALIASES,
    DEMONYM_WORDS,
    FAITH_WORDS,
    INTERNATIONAL,
    INTERNATIONAL_NAMES,
    LAW_HEADS,
    MEDIA_WORDS,
    MEDIUM_OF_WORD,
    MEDIUM_WORDS,
    MONTHS,
    NOT_NAMES,
    OFFICE_WORDS,
    ORG_HEADS,
    PARTY_NAMES,
    PARTY_WORDS,
    SUBJECT_BODIES,
    WEEKDAYS,
    gazetteer,
)
from quizgen.models import Fact, Sentence

_CAP = r"[A-Z][\w'’&-]*"
_CONNECT = r"(?:\s(?:of|for|and|the|of the|for the|and the)\s|\s)"
ORG = re.compile(rf"\b{_CAP}(?:{_CONNECT}{_CAP}){{0,7}}")
MIN_WORDS = 2
# "TUC", "G8", "NATO": capitals (and digits) only, two to six characters.
ACRONYM = re.compile(r"(?<![\w.-])[A-Z][A-Z0-9]{1,5}(?![\w.-])")
# A newspaper or broadcaster named just before what it is: "an Evening Courier
# journalist", "Thursday's Clarion newspaper", "the CBC's Morning with Ruiz show".
_MEDIA = re.compile(
    rf"\b({_CAP}(?:(?:\s(?:with|of|the|and|in)\s|\s){_CAP}){{0,3}})\s(?P<word>{'|'.join(MEDIA_WORDS)})\b"
)
_MEDIA_SET = frozenset(MEDIA_WORDS)
# "several Scottish newspapers", "a Welsh reporter": adjectives before a media word name none.
_NOT_TITLES = DEMONYM_WORDS | FAITH_WORDS
ORG_WORDS_AFTER_ACT = ("Parliament", "Congress")
# "told the BBC", "in an interview with CNN": where something was said, not what it is about.
_VENUE = re.compile(r"\b(?:told|tells|telling|speaking to|interview with)\s+(?:the\s+)?$", re.I)
_ANY_ONE = re.compile(r"\b(?:either|each|every|any|both)\s+$", re.I)
# An opening compound that says what the body is, not its name ("State-owned", "Paris-based").
_DESCRIBED_AS = re.compile(r"[A-Z][a-z]+-(?:owned|held|based|run|backed|listed|controlled|funded|led)")
# Leading words that are not part of an organisation's name; party names are.
_LEADING = NOT_NAMES - PARTY_WORDS
# The letters each head word opens with ("party" of "party's"): a sentence whose lowercased
# letter runs (``lower_words``) hold none of them names no organisation or law, as
# ``_classify`` finds none without a head word. Most sentences hold none.
_HEADS = ORG_HEADS | LAW_HEADS
_HEAD_LETTERS = frozenset(re.findall(r"[a-z]+", w)[0] for w in _HEADS)


def _head(words: list[str], heads: frozenset[str]) -> str:
    """The institution type of a name: its last word, or the word before "of X"."""
    caps = [w for w in words if w[:1].isupper()]
    for w in reversed(caps):
        word = w.lower().removesuffix("'s").removesuffix("’s")  # not rstrip: "Congress" keeps its s
        if word in heads:
            return word
    return ""


def _has_head(words: list[str]) -> bool:
    """Whether a word of ``words`` is a head word, as ``_head`` reads it. Without one,
    ``_classify`` finds no organisation or law in them nor in any part of them (the
    parts ``_split_pair`` and ``_after_holder`` cut are made of their words), so most
    capitalised runs ("The", "Ana Ruiz") are dropped here, before they are cut."""
    return any(w.lower().removesuffix("'s").removesuffix("’s") in _HEADS for w in words)


def _classify(words: list[str]) -> tuple[str, str] | None:
    """("organization" or "law", head word) for a capitalised name, or None."""
    if len(words) > 2 and words[0].lower() in LAW_HEADS and words[1] in ("of", "for"):
        return "law", words[0].lower()  # "Constitution for the European Union", "Treaty of Rome"
    for kind, heads in (("organization", ORG_HEADS), ("law", LAW_HEADS)):
        head = _head(words, heads)
        # The name must end with the head or with "<head> of/for X".
        tail = re.split(r" (?:of|for) ", " ".join(words))[0].split()
        if head and (tail[-1].lower() == head or words[-1].lower() == head):
            return kind, head
    return None


def extract_orgs(sentences: list[Sentence]) -> list[Fact]:
    """A fact per organisation named in a sentence, with its type (court, party ...)."""
    facts = []
    named: list[tuple[Sentence, list[tuple[int, int]]]] = []
    for sentence in sentences:
        text = sentence.text
        taken: list[tuple[int, int]] = []
        named.append((sentence, taken))
        # (the names' own words are not looked at where no head word is: a plain test first)
        for m in ORG.finditer(text) if not _HEAD_LETTERS.isdisjoint(lower_words(text)) else ():
            name = m.group()
            words = name.split()
            while words and (words[0] in _LEADING or words[0] in ("of", "for", "and", "the")):
                words = words[1:]
            if len(words) > 2 and words[0].endswith("ing") and words[1] == "the":
                words = words[2:]  # "Opening the Department for ...": a verb opens the sentence
            if len(words) > 2 and _DESCRIBED_AS.fullmatch(words[0]):
                words = words[1:]  # "Privately-held Velden Group", "London-based ...": said of it
            if (
                owner := next((k for k, w in enumerate(words[:-2]) if w.endswith(("'s", "’s"))), None)
            ) is not None:
                words = words[owner + 1 :]  # "the Senate's Budget Office": the office, not its owner
            while words and words[-1].lower() in ("of", "for", "and", "the", "on"):
                words = words[:-1]
            if len(words) < MIN_WORDS or not _has_head(words):
                continue
            for part in map(_after_holder, _split_pair(words)):
                fact = _org_fact(part, text, m.start(), sentence)
                if fact is not None:
                    facts.append(fact)
                    taken.append((fact.answer_start, fact.answer_start + len(fact.answer)))
        facts.extend(_media(sentence, taken))
    # "NAO" is an office when the article names the "National Audit Office".
    spelled = {initials(f.answer): f for f in facts if f.kind == "organization"}
    for sentence, taken in named if spelled else ():  # no name spelled out: no acronym to know
        facts.extend(_acronyms(sentence, taken, spelled))
    return sorted(map(with_subject_predicate, facts), key=lambda f: (f.sentence.index, f.answer_start))


_OF = re.compile(r" of (?:the )?")


def _after_holder(words: list[str]) -> list[str]:
    """ "Ana Ruiz of the Ramblers Alliance", "Chief Constable of Thames Valley Police":
    a person or an office before "of" holds a post in the organisation that follows.

    Only a run of two or more capitalised words without a head word is cut
    ("National Union of Teachers", "Water Rights Act" are one name each).
    """
    name = " ".join(words)
    m = _OF.search(name)
    if m is None:
        return words
    before = name[: m.start()].split()
    plain_run = all(w[:1].isupper() for w in before)  # "Ostland Society for the Protection" is not
    # "Chief Executive of ... Trust": an office of the body, though "Executive" is a head word
    office = len(before) >= 2 and all(w.lower() in OFFICE_WORDS for w in before)
    if len(before) < 2 or not plain_run or (_head(before, ORG_HEADS | LAW_HEADS) and not office):
        return words
    return name[m.end() :].split()


def _split_pair(words: list[str]) -> list[list[str]]:
    """ "Norland Tourist Board and the Norland Water Agency" are two names;
    "Department for Roads and Ports" is one."""
    parts = re.split(r" and (?:the )?", " ".join(words), maxsplit=1)
    if len(parts) == 2 and parts[0].split()[-1].lower() in ORG_HEADS and len(parts[0].split()) >= MIN_WORDS:
        return [parts[0].split(), parts[1].split()]
    # "Velora and the Dock and Harbour Workers Union", "Senate and the Court of Appeal":
    # a body named after "and the" is one name of its own.
    second = re.split(r" and the ", " ".join(words), maxsplit=1)
    if len(second) == 2 and len(second[1].split()) >= MIN_WORDS and _classify(second[1].split()):
        return [second[1].split()]
    places = gazetteer().places
    if len(words) > 3 and words[-2] == "and" and words[-1] in places and words[-3] not in places:
        # "the University of the Lakes and Islands and Marvik": a second body, by its
        # town (but "Antigua and Barbuda" is one country)
        return [words[:-2]]
    return [words]


def _org_fact(words: list[str], text: str, after: int, sentence: Sentence) -> Fact | None:
    """The organisation or law fact for a capitalised name, or None when it is neither."""
    if len(words) < MIN_WORDS:
        return None
    found = _classify(words)
    if found is None:
        return None
    kind, head = found
    if head == "house" and words[0] == "House":
        head = "chamber"  # "House of Lords" is a chamber; "White House", "Opera House" are buildings
    if words[0] == "Parliament" and words[1:2] == ["for"]:
        return None  # "entered Parliament for Marvik North": a seat in it, not a body
    if words[0] in ("Act", "Acts") and words[-1] in ORG_WORDS_AFTER_ACT:
        return None  # "Act of Parliament" names no particular law
    if words[0].lower().startswith("non-"):
        return None  # "Non-European Union students": an adjective, not a name
    org = " ".join(words)
    s = text.find(org, after)
    if _ANY_ONE.search(text[max(0, s - 10) : s]):
        return None  # "by either House of Parliament": a kind of body, not one body
    if org.endswith(("'s", "’s")):
        org = org[:-2]
    elif org.endswith(("s'", "s’")):
        org = org[:-1]  # "the Department for Rural Affairs' plans"
    if org in INTERNATIONAL_NAMES:
        head = INTERNATIONAL  # the European Union is no trade union
    return Fact(kind, org, s, sentence, (("org_type", head),))


def initials(name: str) -> str:
    """The capitals an acronym of ``name`` would have: "National Audit Office" -> "NAO"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


@lru_cache(maxsize=65536)  # (a name is read against many headlines, stems and titles)
def acronyms_of(name: str) -> frozenset[str]:
    """Acronyms ``name`` may go by: its initials, or all its capitals ("UK Independence Party":
    UKIP), with or without a country's name or adjective opening it ("US Federal Bureau of
    Investigation": FBI too)."""
    forms = {f for f in _short_forms(name) if len(f) >= 2}
    first, _, rest = name.partition(" ")
    if first in COUNTRY_ALIASES or first in DEMONYM_WORDS:
        # (of three letters or more: "Independence Party" goes by no "IP")
        forms |= {f for f in _short_forms(rest) if len(f) >= 3}
    return frozenset(forms)


def _short_forms(name: str) -> tuple[str, str]:
    """A name's initials and all its capitals ("UK Independence Party": UIP, UKIP)."""
    return initials(name), "".join(c for c in name if c.isupper())


def may_abbreviate(word: str, name: str) -> bool:
    """Whether ``word`` may be a short form of ``name``: its letters in order among the initials
    of the name's words, small words and hyphenated parts too ("Wada": World Anti-Doping Agency;
    "FCC": US Federal Communications Commission), or, in capitals, opening on the name's own
    initial ("ICBC" of a bank the article names "Industrial and Commercial Bank")."""
    firsts = iter(w[0].lower() for w in re.split(r"[\s-]+", name) if w)
    if len(word) >= 2 and all(c in firsts for c in word.lower()):
        return True
    return len(word) >= 2 and word.isupper() and word[0] == name[:1]


def _acronyms(sentence: Sentence, taken: list[tuple[int, int]], spelled: dict[str, Fact]) -> list[Fact]:
    """Organisations known by their initials; country codes and common abbreviations are not.

    An acronym takes the type of the full name the article spells out ("office");
    one it never spells out is no fact.
    """
    places = gazetteer().places
    out: list[Fact] = []
    text = sentence.text
    if not any(word in text for word in spelled):
        return out  # (only initials the article spells out are kept: a plain test first)
    for m in ACRONYM.finditer(text):
        word = m.group()
        if word not in spelled:
            continue  # initials the article never spells out: nothing to ask that a student could know
        if word in COMMON_ACRONYMS or word in places:
            continue
        if not (word.isalpha() or re.fullmatch(r"[A-Z]\d{1,2}", word)):
            continue  # "MP3", "P2P" are formats; "G8", "G20" are groups
        if any(a <= m.start() < b for a, b in taken) or _VENUE.search(sentence.text[: m.start()]):
            continue
        if sentence.text[m.start() - 2 : m.start()] == " (" and any(b == m.start() - 2 for _, b in taken):
            continue  # "Fair Wages Commission (FWC)": the name is asked already
        # (with the name it stands for: a stem saying that name's words gives it away)
        full = spelled[word]
        slots = (("org_type", full.slot("org_type")), ("form", "acronym"), ("spelled", full.answer))
        out.append(Fact("organization", word, m.start(), sentence, slots))
    return out


def _media(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Fact]:
    """Newspapers and programmes named by the word after them."""
    out: list[Fact] = []
    if _MEDIA_SET.isdisjoint(lower_words(sentence.text)):
        return out  # no "newspaper", "show" ... for a name to stand before
    for m in _MEDIA.finditer(sentence.text):
        words = m.group(1).split()
        while words and (words[0] in NOT_NAMES or any(w.endswith(("'s", "’s")) for w in words)):
            words = words[1:]
        if not words or (len(words) == 1 and words[0].isupper()) or words[-1] in _NOT_TITLES:
            continue
        if words[-1] in MEDIUM_WORDS and all(_of_a_place(w) for w in words[:-1]):
            continue  # "a US TV show", "French Radio programme": a medium of a place, no title
        if any(w.endswith(("'", "’")) for w in words):
            continue  # "BBC Wales' programme": a possessive, not a title
        name = " ".join(words)
        s = sentence.text.find(name, m.start(1))
        if name.endswith(("'s", "’s")) or any(a <= s < b for a, b in taken):
            continue
        if _VENUE.search(sentence.text[:s]):
            continue
        medium = MEDIUM_OF_WORD.get(m.group("word"), "media")
        out.append(Fact("organization", name, s, sentence, (("org_type", medium),)))
    return out


def _of_a_place(word: str) -> bool:
    """Whether ``word`` names a place or its people ("US", "Scotland", "French")."""
    return word in DEMONYM_WORDS or word in COUNTRY_ALIASES or word in gazetteer().places


# "The Liberals have pledged ...", "But Labour says ...": a party that is the subject of its sentence.
_PARTY_SUBJECT = re.compile(
    r"^(?:(?:But|And|Meanwhile,?|However,?)\s+)?(?:[Tt]he\s+)?"
    rf"({'|'.join(sorted(map(re.escape, PARTY_NAMES), key=len, reverse=True))})\s+(?=[a-z])"
)
# The first word of what a party did, as it reads after "Which party": "have" -> "has".
_AFTER_WHICH = {"have": "has", "are": "is", "were": "was", "do": "does"} | {
    v: v + "s"
    for v in "say claim want argue believe insist warn accuse oppose support hope plan fear need".split()
}
_ANY_NUMBER = frozenset(
    "has is was will would could should may might can must did does said".split()
) | frozenset(_AFTER_WHICH.values())


def extract_parties(sentences: list[Sentence]) -> list[Fact]:
    """Parties named by their kind ("the Conservatives") that are the subject of a sentence,
    with what they did, worded for "Which party ..."."""
    facts = []
    for sentence in sentences:
        m = _PARTY_SUBJECT.match(sentence.text)
        if m is None:
            continue
        predicate = _after_which(predicate_after(sentence.text, m.end(1)))
        if not predicate:
            continue  # "The Greens promise ...": the verb would not agree with "Which party"
        slots = (("org_type", "party name"), ("predicate", predicate))
        facts.append(Fact("organization", m.group(1), m.start(1), sentence, slots))
    return facts


def _after_which(predicate: str) -> str:
    """``predicate`` as it reads after "Which party" or "Which court" ("have warned" ->
    "has warned"); '' when its verb cannot be made to agree."""
    first, _, rest = predicate.partition(" ")
    first = _AFTER_WHICH.get(first, first)
    agrees = (
        first in _ANY_NUMBER or first.endswith("ed") or (first.endswith("s") and not first.endswith("ss"))
    )
    if not (rest and agrees):
        return ""
    # "has promised pounds 4bn in tax cuts but have yet to say ...": the second verb agrees too
    rest = re.sub(r"\b(but|and) (have|are|were) ", lambda m: f"{m[1]} {_AFTER_WHICH[m[2]]} ", rest)
    return f"{first} {rest}"


# What may open a sentence before the body that is its subject: "But the ...", "In
# May 1996 the ...". A date opening is kept, at the end of the question.
_MONTH_OR_DAY = "|".join(MONTHS + WEEKDAYS)
_BODY_LEAD = re.compile(
    r"^(?:(?:But|And|Meanwhile,?|However,?|Now|Earlier,?|Later,?)\s+)?"
    rf"(?:(?P<when>(?:In|On) (?:(?:early|late|mid-) ?)?(?:\d{{1,2}} )?(?:{_MONTH_OR_DAY}|\d{{4}})"
    r"(?: \d{1,2})?(?: \d{4})?),?\s+)?(?:[Tt]he\s+)?$"
)

# A verb right after the body's name ("... Court of Appeal ruled"), not a noun ("... judges").
_VERB_NEXT = re.compile(
    r" (?:[a-z]+ly )?(?:has|have|had|is|are|was|were|will|would|could|did|does|said|says|[a-z]+(?:ed|s))\b"
)


def with_subject_predicate(fact: Fact) -> Fact:
    """``fact`` with what the body did when it is the subject of its sentence ("In
    May 1996 the Court of Appeal struck down ..."), worded for "Which court ...?";
    ``fact`` itself otherwise."""
    body = fact.slot("org_type")
    if fact.kind != "organization" or not (body in SUBJECT_BODIES or body == INTERNATIONAL):
        return fact
    if body == INTERNATIONAL:
        body = "international organisation"
    text = fact.sentence.text
    lead = _BODY_LEAD.match(text[: fact.answer_start])
    end = fact.answer_start + len(fact.answer)
    if lead is None or not _VERB_NEXT.match(text, end):
        return fact
    after = text[end:].split(maxsplit=1)[0].lower()
    if after.removesuffix("s") in (body, *ORG_HEADS):
        return fact  # "The Daily and Sunday Courier newspapers are ...": a noun, not a verb
    predicate = _after_which(predicate_after(text, end))
    if not predicate:
        return fact
    if lead.group("when"):
        when = lead.group("when")
        predicate = f"{predicate} {when[0].lower()}{when[1:]}"
    return replace(fact, slots=(*fact.slots, ("body", body), ("predicate", predicate)))
