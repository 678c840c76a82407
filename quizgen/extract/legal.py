"""What a civics class learns from a constitution, a charter, a statute or a declaration.

Founding documents state their facts in a few fixed shapes, the same in any country
and century, and this module reads those shapes:

- ``power``: who holds a power ("All legislative Powers ... shall be vested in an
  Assembly", "The Council ... shall have the sole Power of Recall", "the Deputy
  Governor shall become Governor");
- ``requirement``: ages, terms of office, how many per unit, the majorities a decision
  needs ("who shall not have attained to the Age of thirty Years", "for five
  years", "three Delegates from each Province", "two thirds of both Chambers");
- ``right``: the rights and freedoms a clause protects ("the right of the people to
  gather and petition"), what a body may make no law about, and the grounds on which a
  right may not be denied ("on account of faith");
- ``principle``: the clauses a declaration or a speech is remembered for ("among these
  are Bread, Land and a fair Hearing", "government of the towns, by the towns, for the
  towns"), asked as a cloze of the key phrase.

Every fact knows the part of the document it sits in (from headings such as
"Amendment XIX", "Article II", "Chapter 3") and the document's title, so a stem can
say "Under the Nineteenth Amendment, ...". The shapes of ``power``, ``requirement``
and ``right`` are read only in a document written in the register of law (a
heading of articles or amendments, or "shall" in many of its sentences): "the
minister shall ..." in a news report is not a clause of a constitution.

Each fact carries ``kin``: the other answers of its document of the same class
("|"-joined), the first source of its wrong options (see ``distractors.pick_legal``).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from quizgen.clean import document_title
from quizgen.lexicon import CIVIC_TERMS, LEGAL_OPTIONS, NUMBER_CHOICES, SHARES, TERM_LIMITS, gazetteer
from quizgen.models import Fact, Sentence

LEGAL_KINDS = ("power", "right", "requirement", "principle")

# --- the document's parts -------------------------------------------------------------

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORDINAL_UNITS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_ORDINAL_TENS = "_ _ twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
# A heading line: "Amendment XIX", "Article II.", "ARTICLE 21", "Chapter 3 - Fundamental Rights"
_HEADING = re.compile(
    r"^[ \t#*]*(?P<kind>Amendment|Article|Chapter|Part|Title|Schedule|Clause)\s+"
    r"(?P<num>[IVXLCDM]+|\d+[A-Z]?)\b\.?[ \t]*(?:[-–—:.].{0,80})?$",
    re.M | re.I,
)
_SECTION_OPENING = re.compile(r"^(?:Section|Sec\.|§)\s*\d+[A-Za-z]?\.\s+")


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral ("XIX" -> 19); 0 when it is not one."""
    total = 0
    values = [_ROMAN.get(c, 0) for c in numeral.upper()]
    if not values or 0 in values:
        return 0
    for i, v in enumerate(values):
        total += -v if i + 1 < len(values) and values[i + 1] > v else v
    return total


def ordinal_words(n: int) -> str:
    """ "Nineteenth", "Twenty-first" for 1-99; '' beyond."""
    if not 0 < n < 100:
        return ""
    if n < 20:
        return ORDINAL_UNITS[n].capitalize()
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _ORDINAL_TENS[tens].capitalize()
    return f"{_TENS[tens].capitalize()}-{ORDINAL_UNITS[unit]}"


def part_name(kind: str, num: str) -> str:
    """How a stem names a part: "the Nineteenth Amendment", "Article II", "Chapter 3"."""
    kind = kind.capitalize()
    if kind == "Amendment":
        n = int(num) if num.isdigit() else roman_value(num)
        if words := ordinal_words(n):
            return f"the {words} Amendment"
    return f"{kind} {num.upper() if not num.isdigit() else num}"


# ... and one named by its ordinal first: "Nineteenth Amendment", "Twenty-first Amendment"
_ORDINAL_HEADING = re.compile(
    r"^[ \t#*]*(?P<ord>(?:(?:twenty|thirty|forty|fifty)[- ])?[a-z]+(?:st|nd|rd|th))\s+"
    r"(?P<kind>Amendment|Article|Chapter|Part|Schedule)\b\.?[ \t]*(?:[-–—:.].{0,80})?$",
    re.M | re.I,
)


@lru_cache(maxsize=8)  # (a document's parts are asked for several times, and for each of its facts)
def parts_of(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, name) of every part heading of a document, in order."""
    parts = [(m.start(), part_name(m.group("kind"), m.group("num"))) for m in _HEADING.finditer(text)]
    for m in _ORDINAL_HEADING.finditer(text):
        if n := _ordinal_value(m.group("ord").replace(" ", "-")):
            parts.append((m.start(), part_name(m.group("kind"), str(n))))
    return tuple(sorted(parts))


def _part_at(parts: Sequence[tuple[int, str]], offset: int) -> str:
    name = ""
    for start, n in parts:
        if start > offset:
            break
        name = n
    return name


# --- words for bodies, offices and numbers -------------------------------------------------

# Bodies that hold powers, in any country's constitution ...
BODY_WORDS = frozenset(
    """congress parliament senate house assembly legislature legislatures court courts council
    cabinet commission convention states electors jury diet tribunal government barons commons
    lords estates parliaments""".split()
)
# ... and offices.
OFFICE_HEADS = frozenset(
    """president vice-president governor king queen crown monarch sovereign emperor empress
    prince princess duke duchess archduke sultan tsar czar shah regent viceroy minister
    chancellor speaker justice judge judges magistrate magistrates secretary treasurer attorney
    officer officers commander sheriff sheriffs mayor premier representative representatives
    senator senators prosecutor auditor ombudsman lieutenant chief member members delegate delegates
    deputy deputies councillor councillors commissioner""".split()
)
# General wrong options, of any country, when a document names too few of its own
# (quizgen/data/legal.yaml).
GENERAL = LEGAL_OPTIONS
_SMALL = "one two three four five six seven eight nine".split()
_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:"
    + "|".join(_SMALL)
    + r"))?|"
    + "|".join(reversed(_UNITS[1:]))
    + r"|\d{1,3})"
)


def number_value(words: str) -> int:
    """The value of "twenty five", "twenty-one", "eighteen", "35"; 0 when none."""
    w = words.lower().replace("-", " ").split()
    if not w:
        return 0
    if w[0].isdigit():
        return int(w[0])
    total = 0
    for x in w:
        if x in _TENS[2:]:
            total += 10 * _TENS.index(x)
        elif x in _UNITS:
            total += _UNITS.index(x)
        else:
            return 0
    return total


def number_like(n: int, example: str) -> str:
    """``n`` written the way ``example`` is: digits, "twenty five", "Twenty-five"."""
    if example[:1].isdigit():
        return str(n)
    if n < 20:
        text = _UNITS[n]
    else:
        tens, unit = divmod(n, 10)
        # hyphened as written English is ("twenty-five"), unless the document writes its own
        # numbers with a space ("twenty five Years"): the options read as the key does
        spaced = rf"\b(?:{'|'.join(_TENS[2:])})\s(?:{'|'.join(_SMALL)})\b"
        sep = " " if re.search(spaced, example, re.I) else "-"
        text = _TENS[tens] + (sep + _UNITS[unit] if unit else "")
    return text.capitalize() if example[:1].isupper() else text


# --- the shapes ------------------------------------------------------------------------

_CAP = r"[A-Z][\w'’-]*"
# A body or office named by capitalised words ("the House of Representatives", "Congress",
# "the President of the Senate", "the Vice President"); checked by ``_holder_class``.
_HOLDER = rf"(?:(?<![\w-])the\s)?{_CAP}(?:\s(?:of\s(?:the\s)?)?{_CAP}){{0,4}}"
# A clause ends at these.
_CLAUSE = re.compile(r"[^;:]+")


def _holder_class(name: str) -> str:
    """ "body", "office" or '' for a capitalised phrase."""
    words = [w.lower() for w in re.findall(r"[\w'’-]+", name)]
    words = [w for w in words if w != "the"]
    if len(words) > 1 and words[-1] in ("elect", "designate"):
        words = words[:-1]  # "the Vice President elect"
    if not words:
        return ""
    head = words[0] if "of" in words else words[-1]
    if head not in BODY_WORDS and head not in OFFICE_HEADS and head.endswith("s"):
        head = head[:-1]  # "Governors", "Delegates"
    if head == "vice" and len(words) > 1:
        head = words[-1]
    if head in BODY_WORDS:
        return "body"
    if head in OFFICE_HEADS or (head in ("president", "vice-president")):
        return "office"
    return ""


_SHALL_HOLDER = re.compile(
    rf"(?P<holder>{_HOLDER}(?:\select)?)(?:,\s[^,]{{1,60}},)?\s(?:shall|may)\s(?P<vp>(?!not\b|be\b(?!\s(?:the\s)?[A-Z])|by\b)[a-z][^;:.]*)"
)
_POWER_TO = re.compile(
    r"^have\s(?:the\s)?(?P<sole>sole\s)?(?:and\s)?(?:concurrent\s)?[Pp]ower\s(?P<what>(?i:to|of)\s.+)$"
)
_BECOMES = re.compile(
    rf"^(?P<verb>become|be|act as)\s(?P<office>(?:the\s)?{_CAP}(?:\s(?:in|of|the)?\s?{_CAP}){{0,5}}"
    r"(?:\sof\sthe\s[A-Z][\w ]{2,40}?)?)(?=[,.;]|\s(?:of|for|until|during|when|if|and)\b|$)"
)
_VESTED = re.compile(
    rf"\b(?P<kind>legislative|executive|judicial)\s[Pp]owers?\b[^;]{{0,60}}?\sshall\sbe\svested\sin\s"
    rf"(?:an?\s|one\s)?(?P<holder>{_CAP}(?:\s(?:of\s(?:the\s)?)?{_CAP}){{0,4}})",
)
# Verbs of what a body does that a civics class asks about.
_DUTY_VERBS = frozenset(
    """choose elect appoint nominate propose ratify try impeach declare make enforce assemble
    approve confirm consent advise veto override grant issue pass determine judge remove""".split()
)
_POINTS_BACK = re.compile(r"\b(?:such|said|aforesaid|thereof|them|they|their|it|its|he|his|her|she)\b")
# A clause about the document's own text: when it takes effect, how it is ratified or read.
_ABOUT_ITSELF = re.compile(
    r"(?:This|The\s(?:said|foregoing|preceding))\s(?:article|amendment|section|chapter)\b|Sections?\s\d", re.I
)
_THIS_PART = re.compile(r"\bthis (?:article|amendment|section|chapter|part)\b", re.I)

_GROUNDS = re.compile(
    r"(?P<what>\b(?:the\s)?right\b[^;]*?)\sshall\snot\sbe\s(?:denied|abridged|infringed|restricted)"
    r"[^;]*?\b(?P<how>on\saccount\sof|by\sreason\sof|on\s(?:the\s)?grounds?\s(?:only\s)?of)\s"
    r"(?P<ground>[^;.]+)"
)
# What a charter says of a right it guarantees: "shall not be infringed", "shall never be
# abridged", "shall be preserved", "shall remain inviolate"
_GUARANTEED = (
    r"shall\s(?:(?:not|never)\sbe\s(?:infringed|violated|denied|abridged|impaired|questioned|suspended)"
    r"|be\s(?:preserved|guaranteed|secured)|remain\sinviolate)"
)
_RIGHT_TO = re.compile(
    r"\bright\s(?:of\s(?P<holder>(?:the\s)?[a-z]+(?:\s[a-z]+)?)\s)?to\s(?P<obj>[^,;.]+?)"
    rf"(?:,\s(?!and\b|or\b)[^,;.]+?)??,?\s(?P<verb>{_GUARANTEED})\b"
)
_HAS_RIGHT = re.compile(
    r"(?P<holder>\b(?:the\s)?(?:accused|everyone|every\s[a-z]+|all\s[a-z]+|each\s[a-z]+|[A-Z][a-z]+|"
    r"no\sone|citizens|persons|the\speople))\s(?P<verb>shall\s(?:enjoy|have)|has|have|enjoys?)\s"
    r"the\sright\sto\s(?P<obj>[^,;.]+)"
)
_NO_LAW = re.compile(
    rf"(?P<holder>{_HOLDER})\sshall\s(?:make\sno\slaw|not\smake\sany\slaw)\s(?P<verb>respecting|abridging|"
    r"prohibiting|restricting|establishing|which\s(?:abridges|restricts|takes\saway))\s(?P<obj>[^,;.]+)"
    r"(?P<more>(?:,\s(?:or|nor)\s[^;]+)?)"
)
# "The Assembly shall make no law ... abridging the freedom of trade, or of travel"
_FREEDOM_LIST = re.compile(r"(?P<verb>abridging|restricting|infringing)\s(?P<obj>the\sfreedom\sof\s[^;.]+)")
_AGE = re.compile(
    rf"(?:(?:attained|reached)\s(?:to\s)?the\s[Aa]ge\sof\s|who\s(?:are|is|shall\sbe)\s|being\s|aged\s)"
    rf"(?P<n>{_NUM_WORD})\s(?P<unit>[Yy]ears)(?:\s(?:of\s)?age)?",
    re.I,
)
_TERM = re.compile(
    rf"\b(?:(?:elected|chosen|appointed|serve|hold\s(?:his|her|their)\s[Oo]ffice)\b[^;]{{0,40}}?\s"
    rf"(?:for|during)\s(?:a\s|the\s)?(?:[Tt]erm\sof\s)?)(?P<n>{_NUM_WORD})\s(?P<unit>[Yy]ears)\b",
)
_PER_UNIT = re.compile(
    rf"\b(?P<n>{_NUM_WORD})\s(?P<noun>{_CAP}s|[a-z]+s)\s(?:from|for|in|of)\seach\s(?P<unit>{_CAP}|[a-z]+)\b"
)
_EACH_HAS = re.compile(
    rf"\beach\s(?P<holder>{_CAP}|[a-z]+)\sshall\shave\s(?P<n>{_NUM_WORD})\s(?P<noun>[A-Za-z]+)\b"
)
_SHARE = re.compile(
    r"\b(?P<n>(?:two|three|four)[- ](?:thirds|fourths|fifths|quarters)"
    r"|one[- ](?:third|fourth|fifth|half|quarter)"
    r"|a\smajority)(?:\svote)?\sof\s"
    r"(?P<whole>(?:the\s|each\s|both\s)?(?:whole\snumber\sof\s|several\s|members\sof\s)?(?:the\s|its\s|their\s)?"
    r"[A-Z]?[a-z]+(?:\sof\s(?:the\s)?[A-Z][a-z]+)?)"
)
_AMONG = re.compile(
    r"\bamong\s(?:these|which|them)\s(?:are|is)\s(?P<a>[A-Za-z][^.;:]*?)(?=\s*(?:\.|;|:|--|—|$))"
)
# "all men are created equal"; where the clause pairs two kinds of people ("all men and women
# are created equal"), the pairing is what it is remembered for, and is asked (group "b")
_EQUAL = re.compile(
    r"\b(?:that\s)?(?i:all)\s(?:(?P<b>men\sand\swomen|women\sand\smen)|men|women|persons|people|human\sbeings)"
    r"\s(?:are|were)\s(?P<a>(?:created|born)\s(?:free\sand\s)?equal)\b"
)
_TRICOLON = re.compile(
    r"\b(?P<a>(?P<p1>of|by|for|to|with)\s(?P<d>the\s)?(?P<n>[a-z]+),\s(?!(?P=p1)\b)(?P<p2>of|by|for|to|with)"
    r"\s(?P=d)?(?P=n),\s(?:and\s)?(?!(?P=p1)\b|(?P=p2)\b)(?:of|by|for|to|with)\s(?P=d)?(?P=n))\b"
)
_DECLARE = re.compile(
    r"\bdeclare,?\s(?:that|That)\s(?P<s>[^,;]{3,60}?)\s(?:are|is)(?:,\sand\sof\s[Rr]ight\sought\sto\sbe)?"
    r"\s(?P<a>[A-Z][\w ]{3,60}?)(?=[;,.])"
)
_INALIENABLE = re.compile(r"\b(?:inalienable|unalienable)\sright\sto\s(?P<a>[^,;.]+)")
# The war a speech of principles is given in: asked only in a founding document.
_WAR = re.compile(r"\b(?:a|the)\s(?:great\s)?(?P<a>civil\swar|war\sof\sindependence)\b")


_WITHOUT = re.compile(
    r"(?:\b(?:no|nor\sshall(?:\sany)?)\s(?P<subj>[a-z]+(?:\s[a-z]+)?)\s(?:shall\s)?be\s"
    r"(?P<vp>[a-z]+ed(?:\s(?:for|in|of|to)\s[a-z ]{2,30}?)?),?\s)?"
    r"\bwithout\s(?P<a>(?:the\s)?[a-z]+(?:\s(?:of\s)?[a-z]+){0,4}?(?:\sof\sthe\s[A-Z]?[a-z]+)?)(?=[,;.]|\s(?:nor|or|and|in|except)\b)"
)
# "no Licences shall issue, but upon sworn request", "no licence shall be granted except upon ..."
_UPON = re.compile(
    r"\b[Nn]o\s(?P<subj>[A-Za-z]+s)\sshall\s(?P<vp>issue|be\s(?:granted|issued|made))\b,?\s(?:but|except|unless)\s"
    r"(?:up)?on\s(?P<a>[a-z]+(?:\s[a-z]+){0,3}?)(?=[,;.])"
)
_RESERVED = re.compile(r"\b(?:are|is|shall\sbe)\sreserved\sto\s(?P<a>the\s[^;.]{3,60}?)(?=[.;]|$)")
_APPORTIONED = re.compile(
    rf"(?P<who>{_CAP}s)\sshall\sbe\s(?:apportioned|allotted|distributed)\samong\s(?P<among>(?:the\s)?[^,;]{{3,30}}?)\s"
    r"(?P<a>according\sto\s[^,;.]+|in\sproportion\sto\s[^,;.]+)"
)
_TIMES = re.compile(
    rf"\bshall\sbe\s(?:elected|appointed|chosen)\sto\sthe\soffice\sof\s(?:the\s)?(?P<office>{_CAP}(?:\s{_CAP})?)"
    r"\smore\sthan\s(?P<a>once|twice|(?:two|three|four)\stimes)\b"
)
_ABOLISHED = re.compile(
    r"(?:^|;\s)(?:Neither\s)?(?P<a>[a-z][a-z ]{3,30}?)(?:\s(?:nor|or|and)\s[a-z ]{3,30}?)?,?"
    r"(?:\s[^;]{0,140}?,)?\s"
    r"(?:shall\s(?:exist|be\sprohibited|be\sabolished)|(?:is|are)\s(?:hereby\s)?abolished)\b",
    re.I,
)
_CITIZENS = re.compile(
    r"\b(?:All\spersons|Every\sperson|Everyone)\s(?P<a>born(?:\sor\s[a-z]+)?)\s[^;]{0,80}?\s(?:are|is|shall\sbe)\s(?:a\s)?citizens?\b"
)
_PROTECTION = re.compile(
    r"\b(?:deny|abridge|infringe|violate|take\saway)\s(?:to\s[a-z ]{2,40}?\s)?(?P<a>the\s(?:[a-z]+\s){0,3}"
    r"(?:protection|privileges|immunities|freedoms?|liberties)\sof\s(?:the\s)?[a-z]+)"
)
# "By a guild, I understand ...", "A commune, by which I mean a town in which ..."
_DEFINES = re.compile(
    r"\bBy\s(?:a|an|the)\s(?P<a>[a-z]+(?:\s[a-z]+)?),\s(?:I|we)\s(?:understand|mean)\b"
    r"|\b(?:a|an|A|An)\s(?P<b>[a-z]+(?:\s[a-z]+)?),\sby\swhich\s(?:I|we)\s(?:understand|mean)\b"
)
_THESIS = re.compile(
    r"\bthe\s(?:most\s[a-z]+(?:\sand\s[a-z]+)?|principal|chief|great|first|only)\s"
    r"(?:source|cause|object|end|aim|purpose|task|duty|remedy)\sof\s[^,;]{3,40}?\s(?:is|are|has\sbeen|was)\s(?P<a>[^;.]{5,90})"
)
_METHODS = re.compile(
    r"\bThere\sare\s(?:two|three|four)\s[a-z]+\sof\s[^:;]{3,60}:\s(?:the\sone|first),?\s(?P<a>[^;]{3,60}?)(?=;)"
)
# "... : the one, by draining its marshes; the other, by walling its banks"
_OTHER_METHOD = re.compile(
    r"(?P<head>\bThere\sare\s(?:again\s)?two\s[a-z]+\sof\s[^:;]{3,60}):\s(?:the\sone|first),?\s(?P<one>[^;]{3,120});\s"
    r"(?:the\sother|second(?:ly)?),?\s(?P<a>[^;.]{3,100}?)(?=[;.]|$)"
)
# "it is the Right of the People to recall or to replace it", "it is their duty to cast off
# such rulers", "it is the right of those who are taxed by it to refuse payment to it"
_REVOLUTION = re.compile(
    r"\bit\sis\s(?:the|their)\s(?:[Rr]ight|[Dd]uty)(?:\sof\s(?:the\s[Pp]eople|those\swho\s[a-z ]{3,30}?))?,?"
    r"\s(?:it\sis\stheir\s(?:right|duty),?\s)?to\s(?P<a>[^,;.]+)"
)
_CONSENT = re.compile(
    r"\b(?:powers?|authority|sovereignty)\s(?:[a-z]+\s){0,3}?(?:from|in)\s(?P<a>the\s(?:consent|people|nation)[^,;.]{0,30})"
)


# The "shall" of law binds a third person; "I shall", "we shall" is a speaker's promise.
_LAW_SHALL = re.compile(r"(?<!\bI )(?<!\bwe )(?<!\bWe )(?<!\byou )(?<!\bYou )\bshall\b")


def is_legal(sentences: list[Sentence], text: str) -> bool:
    """Whether a document is written in the register of law: part headings, or a "shall" of
    law in at least a fifth of its sentences (a news report rarely has one in twenty, a
    speech says "I shall")."""
    body = [s for s in sentences if s.role == "body"]
    if len(parts_of(text)) >= 2:
        return True
    # (the plain test first: the pattern's look-behinds are tried at every place of a sentence)
    shall = sum(1 for s in body if "shall" in s.text and _LAW_SHALL.search(s.text))
    return len(body) >= 3 and shall >= max(2, len(body) / 5)


@dataclass(frozen=True)
class _Draft:
    """A fact before its kin are known."""

    kind: str
    cls: str  # what its wrong options must be: body, office, ground, right, age ...
    answer: str
    start: int
    sentence: Sentence
    slots: tuple[tuple[str, str], ...]


MAX_CLAUSE_WORDS = 40
# What explains a charge's act after it: the means ("by refusing ..."), or how things stood
# ("all guilds being closed against her").
_EXPLAINS = re.compile(r",?\s(?:by\s[a-z]+ing\b|(?:[a-z]+\s){1,4}being\s[a-z]+)")
# A charge shown with fewer words than this besides its blank fits any charge of its list
# (the ``length`` check's ``min_clause_words`` drops such a clause).
MIN_CHARGE_WORDS = 5


def _clause_at(text: str, offset: int) -> tuple[int, int]:
    """The clause of ``text`` (between semicolons, colons or dashes) holding ``offset``."""
    for m in re.finditer(r"[^;—]+?(?=\s*(?:;|--|—|$))", text):
        if m.start() <= offset < m.end():
            return m.start(), m.end()
    return 0, len(text)


def _tidy(text: str) -> str:
    """A clause as it is shown alone: a section number left off, the first letter a capital;
    a clause that goes on from one before ("nor shall ...") opens with an ellipsis, but one of
    a series of "that" clauses ("... and that rule of the people ...", "--That to
    guard these rights, ...") stands as a sentence of its own ("Rule of the people
    ...", "To guard these rights, ...")."""
    text = _SECTION_OPENING.sub("", text.strip(" ,;:-—"))
    if m := re.match(r"(?:and\s|but\s)?[Tt]hat\s(?=\S)", text):
        text = text[m.end() :]
        return text[:1].upper() + text[1:]
    if re.match(r"(?:and|but|or|nor|shall|be)\b|[a-z]", text):
        return "… " + text
    return text[:1].upper() + text[1:] if text else text


# "No State shall ...", "No person shall ..." (after a section number)
_NO_SUBJECT = re.compile(
    r"^(?:(?:Section|Sec\.|§)\s*\d+[A-Za-z]?\.\s+)?(?P<s>No\s[a-z]+|No\s[A-Z][a-z]+)\sshall\b"
)


def _subject_again(sentence: str, lead: str) -> str:
    """A clause that goes on from the one before ("… nor shall any Province tax", "… nor
    shall private land be seized", "… nor deny to any citizen") said whole: "No Province
    shall tax", "Private land shall not be seized", "No Province shall deny"; as it
    was when the sentence does not open on "No ... shall"."""
    rest = lead[2:]
    if m := re.match(r"(?:and\s|but\s)?nor\sshall\sany\s(?P<s>[A-Za-z]+)\s", rest):
        return f"No {m.group('s')} shall " + rest[m.end() :]
    m = re.match(r"(?:and\s|but\s)?nor\sshall\s(?P<s>[a-z]+(?:\s[a-z]+)?)\sbe\s", rest)
    if m and m.group("s").split()[0] not in ("be", "any", "he", "she", "it", "they"):
        subject = m.group("s")
        return f"{subject[0].upper()}{subject[1:]} shall not be " + rest[m.end() :]
    first = _NO_SUBJECT.match(sentence)
    if first and (m := re.match(r"(?:and\s|but\s)?nor\s(?:shall\s)?(?P<v>[a-z]+)\s", rest)):
        return f"{first.group('s')} shall {m.group('v')} " + rest[m.end() :]
    return lead


# A clause shown from a comma that opens on a phrase of when or where: its subject was before.
_ASIDE_OPENING = re.compile(r"(?:within|after|before|during|until|in|on|at|by|for|from|upon|unless|or|if)\b")
_SERIES_ITEM = re.compile(r"(?:and\s|but\s)?[Tt]hat\s")
_SERIES_JOIN = re.compile(r",\s(?:and\s)?that\s(?=[a-z])")
# "these rights", "those ends", "among these are": lower case (a document's "these Colonies"
# are its own, which every reader knows)
_THESE = re.compile(
    r"\b(?P<w>[Tt]hese|[Tt]hose)(?:\s(?!(?:are|is|was|were|have|has|shall|may|will|can|must)\b)(?P<noun>[a-z]+)\b"
    r"|(?=\s(?:are|is|was|were)\b))"
)
_NOT_PLURAL = frozenset(
    "this thus has was its does his hers ours yours theirs always perhaps whereas less unless".split()
)
_OPENING_PRONOUN = re.compile(r"^(?P<p>They|It|He|She)\s(?=[a-z])")
# the subject of the last "that" clause said before: "that all persons are born equal, that ..."
_SERIES_SUBJECT = re.compile(
    r"\b[Tt]hat\s(?P<s>(?:all\s|every\s|no\s)?[a-z]+(?:\s[a-z]+)?)\s(?:are|is|was|were|shall|have|has)\b"
)


# A clause's own person: "the accused shall ... for his defence", "no person ... against himself"
_PERSON_NAMED = re.compile(
    r"\b(?:[Tt]he|[Aa]ny|[Aa]n?|[Nn]o|[Ee]very|[Ee]ach|[Ss]uch)\s(?:[a-z]+\s)?(?:accused|person|citizen|defendant"
    r"|owner|member|officer|party|man|woman|President|Senator|Representative|Judge|judge|Governor|Minister)\b"
)


def words_shown(clause: str) -> int:
    """How many words of its own a clause shows, not counting what brackets say for the
    student ("He [the King of Ostland] has" shows two)."""
    return len(_BRACKETED.sub("", clause).split())


_BRACKETED = re.compile(r"\s*\[[^\]]*\]")


def person_said(clause: str) -> bool:
    """Whether the person a clause's "he" or "his" stands for is said in it: a bracket that
    opens it ("They [all persons] are owed ..."), or a person it names before the pronoun
    ("the accused ... for his defence"); True when it has no such pronoun."""
    if _OPENING_BRACKETED.match(clause):
        return True
    pronoun = _CLAUSE_PRONOUN.search(clause)
    return pronoun is None or bool(_PERSON_NAMED.search(clause[: pronoun.start()]))


_CLAUSE_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|himself|herself)\b")
_OPENING_BRACKETED = re.compile(r"^(?:He|She|It|They)\s\[")


# Nouns of purpose: "harmful to these ends" are the things listed before as secured.
_PURPOSES = frozenset("ends aims objects purposes goals".split())
# What "this purpose" is: "In choosing the Governor, ... a quorum for this purpose ..."
_PURPOSE = re.compile(r"(?:^|\b[Bb]ut\s|\b[Aa]nd\s|[.;]\s)[Ii]n\s(?P<p>[a-z]+ing\s[^,;]{3,40}),")


def _said_what(shown: str | None, before: str) -> str | None:
    """``shown`` with what its "these rights" or opening "They" stand for in brackets, read
    from the clauses before it ("these rights [Bread, Land and a fair Hearing]",
    "They [all persons] are owed ..."); None when a reader could not tell."""
    if shown is None:
        return None
    for m in reversed(list(_THESE.finditer(shown))):
        noun, ctx = m.group("noun"), before + shown[: m.start()]
        if noun and re.match(r"[^.;]*?(?:,\s(?:that|namely)\s|:)", shown[m.end() :]):
            continue  # "We take these rules to be plain, that ...": said after it
        among = [x for x in _AMONG.finditer(ctx) if x.end() <= len(ctx)]
        if noun is None:  # "among these are": the last things named before
            named = [
                w for w in re.findall(r"\b([A-Za-z]{3,}s)\b", ctx[-120:]) if w.lower() not in _NOT_PLURAL
            ]
            if not named:
                return None
            if named[-1] in shown[: m.start()]:
                continue  # "certain rights ...; among these are": said in the clause shown
            said = named[-1]
        elif among and (
            noun.lower() in _PURPOSES
            or _singular(noun)
            in map(_singular, re.findall(r"[a-z]+", ctx[: among[-1].start()].lower()[-80:]))
        ):
            said = among[-1].group("a")  # "these rights": the ones listed after "among these are"
        elif re.search(rf"\b{re.escape(_singular(noun))}s?\b", ctx, re.I):
            continue  # said in the clause before and shown with it
        else:
            return None
        shown = f"{shown[: m.end()]} [{said}]{shown[m.end() :]}"
    if said := re.search(r"\bfor\s(?:this|the)\spurpose\b", shown):
        if not (purpose := list(_PURPOSE.finditer(before))):
            return None
        shown = f"{shown[: said.end()]} [{purpose[-1].group('p')}]{shown[said.end() :]}"
    if (m := _OPENING_PRONOUN.match(shown)) and m.group("p") == "They":
        if not (subjects := _SERIES_SUBJECT.findall(before)):
            return None
        shown = f"They [{subjects[-1]}] {shown[m.end() :]}"
    return shown


def _clause_slots(
    sentence: Sentence,
    start: int,
    answer: str,
    actor: str = "",
    target: str = "",
    listed_under: str = "",
    lead_in: str = "",
    shown_as: str = "",
) -> tuple[tuple[str, str], ...]:
    """The clause that holds the answer, blanked and as a cloze; a charge's "He" says who
    (``actor``: "He [the present King of Ostland]")."""
    text = sentence.text
    opening = ""
    a, b = _clause_at(text, start)
    # a series of "that" clauses ("that all persons are born equal, that they are owed ...")
    # is shown up to the end of the answer's own: the next one says another fact (and a
    # provision of law up to the next ", and no ..." or ", nor ...": "the right of election by
    # ballot shall be preserved, and no vote cast by ballot, shall be ...")
    # (and a right or duty up to the next one it lists: "... to recall or to replace it, and to
    # choose new Rulers ...")
    rest = re.split(
        r",\s(?:and\s)?(?:that|no)\s|,\snor\s|,\sand\sto\s", text[start + len(answer) : b], maxsplit=1
    )[0]
    b = start + len(answer) + len(rest)
    if len(text[a:b].split()) > MAX_CLAUSE_WORDS:
        # a long clause is read from the last comma that leaves a few words before the answer
        commas = [
            m.end()
            for m in re.finditer(r",\s", text[a:start])
            if len(text[a + m.end() : start].split()) >= 10
        ]
        if commas:
            opener = re.match(r"[^,;]{3,60}(?=,)", text[a:start])
            a += commas[-1]
            if opener and _ASIDE_OPENING.match(text[a:start]):
                # the cut left out the clause's subject ("If the Assembly, within thirty
                # days ..., determines by ___"): shown with its opening, the asides left out
                opening = opener.group()
                a += text[a:start].rfind(", ") + 2 if ", " in text[a:start] else 0
    before, after = text[a:start], text[start + len(answer) : b]
    if _NO_SUBJECT.match(text) and (nor := list(re.finditer(r",\s(?=nor\s)", before))):
        before = before[nor[-1].end() :]  # "No citizen shall ..., nor be stripped of ... without ___"
    lead = _tidy(before + "\x00")[:-1] if before.strip() else ""
    if opening and lead.startswith("… "):
        lead = f"{_tidy(opening)} {lead}"
    elif lead.startswith("… "):
        lead = _subject_again(text, lead)
    if _SERIES_ITEM.match(before.strip(" ,;:-—")):
        lead = _SERIES_JOIN.sub("; ", lead)  # "… rights; among these are ___", not "…, that among"
    said_before = text[:a]
    lead, after = _said_what(lead, said_before), _said_what(after, said_before + lead)
    if lead is None or after is None:
        return ()  # "these ends", "they": what they stand for was said before the clause shown
    if lead_in:  # "… to have the ___" said with the list's opening, up to the answer
        lead = f"{lead_in} {lead.rsplit(' to have ', 1)[-1]}" if " to have " in lead else lead
        after = re.split(r"[,;]", after, maxsplit=1)[0]  # "... ___ for calling witnesses in his favour"
    if actor or listed_under:
        # a charge is shown up to its act: what follows it ("..., all guilds being closed
        # against her", "..., and sent hither crowds of Tax-gatherers") may say what was deleted;
        # but not cut so short that any charge of the list fits ("He has _____.")
        cut = re.split(r",\s", after, maxsplit=1)[0]
        # (but not before the condition that is the charge's point: "..., unless those towns
        # would give up the right of a Vote")
        point = re.match(r",\s(?:unless|until|except|for\sthe\s(?:sole\s)?purpose)\b", after[len(cut) :])
        if words_shown(lead + cut) >= MIN_CHARGE_WORDS and not point:
            after = cut
        elif _EXPLAINS.match(after):
            # "He has ___, by withholding his Seal from Acts for founding Courts",
            # "..., all guilds being closed against her": what follows says what was deleted,
            # and without it any charge of the list fits
            return ()
    end = "." if not after.rstrip().endswith((".", "?", "!")) else ""
    blanked = f"{lead}_____{after.rstrip(' ,;:')}{end}"
    cloze = f"{lead}{{{{c1::{answer}}}}}{after.rstrip(' ,;:')}{end}"
    if actor and a == 0:
        who = actor.split(" [", 1)[0]
        blanked, cloze = (
            x.replace(who, actor, 1) if x.startswith(who + " ") else x for x in (blanked, cloze)
        )
    if shown_as:  # the clause as its extractor words it, "\x00" where the answer goes
        blanked, cloze = shown_as.replace("\x00", "_____"), shown_as.replace("\x00", f"{{{{c1::{answer}}}}}")
    if listed_under:  # an item of a list of charges: whom they are against
        blanked, cloze = (f"Among the charges against {listed_under}: {x}" for x in (blanked, cloze))
    if target:  # "her" -> "her [woman]", once
        who = target.split(" [", 1)[0]
        blanked, cloze = (re.sub(rf"\b{who}\b", target, x, count=1) for x in (blanked, cloze))
    return (("clause", blanked), ("clause_cloze", cloze), ("clause_at", str(a)))


def _strip_the(name: str) -> tuple[int, str]:
    """A body or office without its article: "the Senate" and "Congress" are offered alike,
    "Senate" and "Congress", so that no option stands out by its form."""
    return (4, name[4:]) if name.startswith(("The ", "the ")) else (0, name)


def _powers(s: Sentence, intro: str) -> Iterator[_Draft]:
    text = s.text
    for m in _VESTED.finditer(text):
        holder = m.group("holder")
        cls = _holder_class(holder)
        if cls:
            yield _Draft(
                "power",
                cls,
                holder,
                m.start("holder"),
                s,
                (
                    (
                        "ask",
                        f"In which {'body' if cls == 'body' else 'office'} "
                        f"{intro.lower() if intro else ''}is the {m.group('kind')} power vested?"
                        if not intro
                        else f"{intro}in which {'body' if cls == 'body' else 'office'} is the "
                        f"{m.group('kind')} power vested?",
                    ),
                ),
            )
    for a, b in ((m.start(), m.end()) for m in _CLAUSE.finditer(text)):
        clause = text[a:b]
        # (the first holder that does something a class asks about: "If ... the Governor elect
        # shall have died, the Deputy Governor elect shall become Governor")
        for m in _overlapping(_SHALL_HOLDER, clause):
            cut, holder = _strip_the(m.group("holder"))
            cls = _holder_class(holder)
            if not cls:
                continue
            start = a + m.start("holder") + cut
            if holder.startswith("the "):
                pass
            vp = m.group("vp").strip()
            vp = re.split(r",\s(?:and|but)\s|\s(?:and|but)\s(?:the|such|in)\s|\swho\s", vp)[0].rstrip(" ,.")
            condition = _tidy(clause[: m.start("holder")]) if m.start("holder") > 0 else ""
            if condition and (
                len(condition.split()) > 25
                or not condition.lower().startswith(
                    ("if", "in case", "when", "whenever", "in the event", "after", "until", "unless")
                )
            ):
                continue
            if _THIS_PART.search(vp):
                if not intro:
                    continue
                vp = _THIS_PART.sub(intro.removeprefix("Under ").rstrip(", "), vp)
            if _POINTS_BACK.search(vp) or len(vp.split()) > 22:
                continue
            lead = f"{intro}{condition[0].lower() + condition[1:]}, " if condition else intro
            who = "who" if lead else "Who"
            if p := _POWER_TO.match(vp):
                sole = "sole " if p.group("sole") else ""
                what = p.group("what")
                ask = f"{lead}{who} has the {sole}power {what[0].lower()}{what[1:]}?"
            elif b2 := _BECOMES.match(vp):
                if not b2.group("office") or _holder_class(b2.group("office")) != "office":
                    continue
                ask = f"{lead}{who} shall {b2.group('verb')} {b2.group('office')}?"
            elif vp.split()[0] in _DUTY_VERBS:
                ask = f"{lead}{who} shall {vp}?"
            else:
                continue
            yield _Draft("power", cls, holder, start, s, (("ask", ask),))
            break


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of ``pattern`` in ``text``, each searched for from the holder of the one
    before (a verb phrase runs to the clause's end, and may hold the next holder)."""
    pos = 0
    while m := pattern.search(text, pos):
        yield m
        pos = m.end("holder")


def _right_of(what: str) -> str:
    """ "The right of citizens of Ostland to vote" -> "the right to vote"."""
    m = re.search(r"\bto\s([a-z]+)\b", what)
    return f"the right to {m.group(1)}" if m else ""


def _rights(s: Sentence, intro: str) -> Iterator[_Draft]:
    text = s.text
    for m in _GROUNDS.finditer(text):
        right = _right_of(m.group("what"))
        ground = m.group("ground")
        first = re.split(r",\s|\sor\s|\sand\s", ground)[0].strip()
        if not right or not first or len(first.split()) > 10:
            continue
        if re.match(r"failure\b", first):
            # "failure to pay any road toll or other toll": the toll it names
            first = re.sub(r",?\s(?:or|and)\sother\s[a-z]+$", "", ground.strip())
        others = [g.strip() for g in re.split(r",\s(?:or\s)?|\sor\s", ground)]
        yield _Draft(
            "right",
            "ground",
            first,
            m.start("ground"),
            s,
            (("ask", f"{intro}on what grounds may {right} not be denied?"), ("listed", "|".join(others))),
        )
    for m in _RIGHT_TO.finditer(text):
        obj = "to " + m.group("obj")
        holder = m.group("holder") or ""
        verb = m.group("verb")
        if len(obj.split()) > 8 or _POINTS_BACK.search(obj):
            continue
        of = f" of {holder}" if holder else ""
        yield _Draft(
            "right", "right", obj, m.start("obj") - 3, s, (("ask", f"{intro}what right{of} {verb}?"),)
        )
    for m in _HAS_RIGHT.finditer(text):
        obj = "to " + m.group("obj")
        holder, verb = m.group("holder"), m.group("verb")
        if len(obj.split()) > 8 or _POINTS_BACK.search(obj) or holder.lower() in ("he", "she", "it"):
            continue
        verb = {"has": "does", "have": "do", "enjoys": "does", "enjoy": "do"}.get(verb, verb)
        if " " not in holder and holder.lower() in ("everyone", "everybody"):
            holder = holder.lower()
        verb_end = "enjoy" if "enjoy" in m.group("verb") else "have"
        if verb.startswith("shall"):
            ask = f"{intro}what right shall {holder} {verb_end}?"
        else:
            ask = f"{intro}what right {verb} {holder} {verb_end}?"
        # (a right of the accused is offered among rights at trial, not "to own property")
        cls = "accused" if "accused" in holder.lower() else "right"
        yield _Draft("right", cls, obj, m.start("obj") - 3, s, (("ask", ask[0].upper() + ask[1:]),))
    for m in _NO_LAW.finditer(text):
        cut, holder = _strip_the(m.group("holder"))
        if not _holder_class(holder):
            continue
        obj, verb = m.group("obj").strip(), m.group("verb")
        yield _Draft(
            "right",
            "prohibition",
            obj,
            m.start("obj"),
            s,
            (("ask", f"{intro}what may {'the ' if cut else ''}{holder} make no law {verb}?"),),
        )
        for f in _FREEDOM_LIST.finditer(text, m.end("obj")):
            # the first freedom of a list ("the freedom of trade, or of travel"): a key of
            # two freedoms stands out among options of one, and the second is true as well
            listed, *others = re.split(r",?\s(?:or|and|nor)\s(?=of\s)", f.group("obj").strip())
            for other in others:  # "..., or of {travel}": each further freedom a cloze of its own,
                what = other[3:].strip()  # shown with who may make no law abridging it
                if 0 < len(what.split()) <= 4:
                    who = m.group("holder")
                    made = f"shall make no law … {f.group('verb')} {listed}"
                    shown = f"{who[0].upper()}{who[1:]} {made}, or of \x00."
                    at = text.index(other, f.start("obj")) + 3
                    yield _Draft("right", "freedom", what, at, s, (("shown_as", shown),))
            if len(listed.split()) > 12:
                continue
            yield _Draft(
                "right",
                "freedom",
                listed,
                f.start("obj"),
                s,
                (("ask", f"{intro}what may {'the ' if cut else ''}{holder} make no law {f.group('verb')}?"),),
            )


# "without any ...", "without regard to ...": not what a right is protected by
_NOT_SAFEGUARDS = frozenset("any a an such which whom regard respect prejudice delay limitation".split())


def _safeguards(s: Sentence, intro: str) -> Iterator[_Draft]:
    """ "nor shall private land be seized for public works, without fair payment",
    "the Powers not granted ... are reserved to the Provinces", "Neither serfdom nor ...
    shall exist", "All persons born or settled ... are citizens"."""
    text = s.text
    if "shall" not in text and " are reserved" not in text and " abolished" not in text:
        for m in _CITIZENS.finditer(text):  # (a statement of who is a citizen needs no "shall")
            yield _Draft("right", "citizen", m.group("a"), m.start("a"), s, ())
        return
    for m in _WITHOUT.finditer(text):
        a = m.group("a")
        if a.split()[0] in _NOT_SAFEGUARDS or _POINTS_BACK.search(a):
            continue
        slots: tuple[tuple[str, str], ...] = ()
        if m.group("subj") and m.group("subj").split()[0] not in ("person", "one", "shall"):
            slots = (("ask", f"{intro}without what shall {m.group('subj')} not be {m.group('vp')}?"),)
        yield _Draft("right", "safeguard", a, m.start("a"), s, slots)
    for m in _UPON.finditer(text):
        noun = m.group("subj").lower()
        done = "issued" if m.group("vp") == "issue" else m.group("vp")[3:]
        ask = f"{intro}upon what may {noun} be {done}?"  # (not "alone": an oath may be wanted too)
        yield _Draft("right", "grounds_for", m.group("a"), m.start("a"), s, (("ask", ask),))
    for pattern, cls in (
        (_RESERVED, "reserved"),
        (_ABOLISHED, "abolished"),
        (_CITIZENS, "citizen"),
        (_PROTECTION, "protection"),
    ):
        for m in pattern.finditer(text):
            a = m.group("a").strip()
            if _POINTS_BACK.search(a) or a.lower() in ("no person", "the party", "this article"):
                continue
            yield _Draft("power" if cls == "reserved" else "right", cls, a, m.start("a"), s, ())
    for m in _APPORTIONED.finditer(text):
        yield _Draft(
            "requirement",
            "basis",
            m.group("a"),
            m.start("a"),
            s,
            (("ask", f"{intro}how shall {m.group('who')} be apportioned among {m.group('among')}?"),),
        )
    for m in list(_TIMES.finditer(text))[:1]:  # the rule; any further one is its exception
        yield _Draft(
            "requirement",
            "times",
            m.group("a"),
            m.start("a"),
            s,
            (("ask", f"{intro}how many times at most may a person be elected {m.group('office')}?"),),
        )


# "the production, sale, or export of strong spirits ... is hereby prohibited"
_TRADE = (
    r"(?:manufacture|sale|transportation|transport|importation|import|exportation|export|possession"
    r"|production|distribution|purchase|use)"
)
_PROHIBITED = re.compile(
    rf"\b[Tt]he\s(?P<acts>{_TRADE}(?:,?\s(?:or\s|and\s)?{_TRADE}){{0,4}})\s(?:[^;]{{0,120}}?\s)?"
    r"of\s(?P<a>(?!(?:the|a|an|any|such|this|that|its|their)\b)[a-z]+"
    r"(?:\s(?!(?:within|in|into|from|for|of|to|by|on|at|throughout)\b)[a-z]+)?)(?=[,\s])[^;]{0,260}?\s(?:is|are)\shereby\s(?:prohibited|forbidden|banned)\b"
)
# "The ninth article of amendment to the Charter ... is hereby repealed"
_REPEALED = re.compile(
    r"\b[Tt]he\s(?P<ord>[a-z]+(?:-[a-z]+)?)\s(?P<noun>article\sof\samendment|amendment|article)\b[^;.]{0,80}?"
    r"\s(?:is|are)\shereby\s(?:repealed|revoked|annulled)\b"
)
# "The terms of the Governor and Deputy Governor shall end at noon on the 1st day of May"
_TERMS_END = re.compile(
    r"\b[Tt]he\sterms?\sof\s(?P<who>(?:the\s)?[A-Z][\w-]*(?:\s(?:and\s|of\s(?:the\s)?)?[A-Z][\w-]*){0,4})\s"
    r"shall\s(?P<v>end|begin|expire|commence)\s(?:at\s[a-z]+\s)?on\s"
    r"(?P<a>the\s(?P<day>\d{1,2})(?:st|nd|rd|th|d)\sday\sof\s(?P<month>[A-Z][a-z]+))\b"
)
MONTHS = "January February March April May June July August September October November December".split()
# "No law, raising the pay of Delegates, shall take effect, until a new Assembly ... has met"
# Who chooses the holders of an office: "three Delegates from each Province, elected by the people
# thereof", "Judges shall be appointed by the Governor".
_CHOSEN_BY = re.compile(
    rf"\b(?:{_CAP}s?|[a-z]+s)\b[^;]{{0,60}}?\b(?:elected|chosen|appointed|nominated)\sby\s"
    r"(?P<a>the\s(?:people|[Ll]egislatures?|[Ee]lectors|[A-Z][a-z]+(?:\s(?:of\s(?:the\s)?)?[A-Z][a-z]+)?))"
    r"(?=\s(?:thereof|of\s(?:the|each|their)\b)|[,;.]|$)"
)
_UNTIL = re.compile(
    r"\bNo\s(?P<what>law|act|bill|treaty|change|increase|amendment)\b,?\s(?P<desc>[^;.]{5,120}?),?\s"
    r"shall\stake\seffect,?\suntil\s(?P<a>[^;.]{5,80})"
)
# "Heavy bonds shall not be demanded, nor heavy fines imposed, nor harsh and unusual
# penalties inflicted": the last of a list of what shall not be done
_NOR_LIST = re.compile(
    r"\bshall\snot\sbe\s[a-z]+ed,\s(?:nor\s[a-z]+(?:\s[a-z]+)?\s[a-z]+ed,\s)*nor\s"
    r"(?P<a>[a-z]+\sand\s[a-z]+)\s(?P<n>[a-z]+)\s[a-z]+ed\b"
)
# "The right of the people to be safe in their homes, farms, ... against unlawful
# entry and seizure, shall not be violated"
_SECURE_AGAINST = re.compile(
    r"\b[Tt]he\sright\sof\s(?P<who>the\s[a-z]+|[a-z]+)\sto\sbe\s(?P<adj>secure|free|safe|protected)\s"
    r"(?P<in>in\s[^;]{3,80}?),?\sagainst\s(?P<a>[a-z]+\s[a-z]+(?:\sand\s[a-z]+)?),?\s"
    r"shall\snot\sbe\s(?:violated|infringed|abridged)\b"
)
# "Neither serfdom nor forced labour, except as a penalty for crime ..., shall exist
# within ..."
_NEITHER_EXIST = re.compile(
    r"\bNeither\s(?P<a>[a-z]+(?:\s[a-z]+)?)\snor\s(?P<b>[a-z]+(?:\s[a-z]+)?),\s"
    r"(?P<except>except\s[a-z ]{5,60}?)"
    r"(?:\s(?:whereof|where|which|who|of\swhich)\b[^;]{0,80}?)?,\sshall\sexist\s"
    r"(?P<where>within\s(?:the\s)?[A-Z][\w ]{2,40}?)(?=[,.;])"
)
# "..., the accused shall enjoy the right to a prompt and open hearing, ...; to have the
# Aid of an Advocate for his defence": each further right of the list
_FURTHER_RIGHT = re.compile(
    r"[;,]\s(?:and\s)?to\shave\s(?:the\s)?(?P<a>[A-Za-z]+(?:\s(?:of\s)?[A-Za-z]+){0,3}?)(?=\s(?:for|in)\b|[,.;])"
)
# A right named by a noun, not by what it lets one do: "the right of election by ballot shall
# be preserved", "The right of petition, and of the people to meet, shall never be abridged"
_RIGHT_OF = re.compile(
    r"\b[Tt]he\sright\sof\s(?P<a>(?!the\b)[a-z]+(?:\sby\s[a-z]+)?)(?:,?\s(?:and|or)\sof\s[^,;.]{3,80}?)?,?"
    rf"\s{_GUARANTEED}\b"
)
# "No person ... shall be compelled in any inquiry to be a witness against himself", "...
# to give evidence against himself"
_WITNESS = re.compile(
    r"\bcompelled\s[^;,]{0,40}?\sto\s(?:be\s)?(?P<a>(?:a\switness|give\sevidence|testify)"
    r"\sagainst\s(?:himself|herself|themselves|oneself))"
)
# "... to be twice tried for one offence", "or be twice put in jeopardy"
_TWICE = re.compile(r"\bbe\s(?P<a>twice\s(?:put\sin\sjeopardy|tried|punished))\b")
# "The privilege of the writ of habeas corpus shall not be suspended"
_WRIT = re.compile(
    r"\b[Pp]rivilege\sof\sthe\s[Ww]rit\sof\s(?P<a>[A-Za-z]+(?:\s[A-Za-z]+)?)\s(?:shall|may)\snot\sbe\ssuspended\b"
)
# "There shall be no imprisonment for debt, except ...", "There shall be no slavery in ..."
_NONE_SHALL_BE = re.compile(
    r"\bThere\sshall\sbe\sno\s(?P<a>[a-z]+(?:\s(?:for|of)\s[a-z]+)?)(?=[,;.]|\s(?:except|unless|in|within)\b)"
)
# "No one shall be subjected to torture or to ...", "... held in slavery or servitude": the
# first of what a charter protects everyone from
_SUBJECTED = re.compile(
    r"\bNo\s(?:one|person)\s(?:shall|may)\sbe\s(?:subjected\sto|held\sin)\s(?P<a>[a-z]+(?:\s[a-z]+)?)"
    r"(?=[,;.]|\s(?:or|nor)\b)"
)
# "The military shall be in strict subordination to the civil power"
_SUBORDINATE = re.compile(
    r"\bshall\s(?:always\s)?be\s(?:in\s(?:strict\s)?subordination|subordinate)\sto\s(?P<a>the\s[a-z]+\s[a-z]+)(?=[,;.])"
)
# "All elections shall be free and equal"
_ELECTIONS = re.compile(r"\b[Ee]lections\sshall\sbe\s(?P<a>[a-z]+\sand\s[a-z]+)(?=[,;.])")


def _first_of(holders: str) -> str:
    """ "the Governor and Deputy Governor" -> "the Governor": a stem names one, so that it
    does not say the answer of another question ("Who shall become Governor?")."""
    return re.split(r"\s(?:and|or)\s", holders)[0]


def _ordinal_value(word: str) -> int:
    """ "eighteenth" -> 18, "twenty-first" -> 21; 0 when it is none."""
    for n in range(1, 100):
        if ordinal_words(n).lower() == word.lower():
            return n
    return 0


def _provisions(s: Sentence, intro: str, part: str) -> Iterator[_Draft]:
    """What a clause prohibits, repeals, abolishes or sets a day for: "... is hereby
    prohibited", "The ninth article ... is hereby repealed", "The terms of ... shall
    end at noon on ...", "No law ... shall take effect, until ...", "... nor harsh and
    unusual penalties inflicted", "Neither serfdom nor ... shall exist"."""
    text = s.text
    for m in _PROHIBITED.finditer(text):
        acts = (
            re.sub(r",?\s(?:or|and)\s", " or ", m.group("acts")).replace(" or ", ", or ", 1)
            if "," in m.group("acts")
            else m.group("acts")
        )
        yield _Draft(
            "right",
            "goods",
            m.group("a"),
            m.start("a"),
            s,
            (("ask", f"{intro}the {acts} of what is prohibited?"),),
        )
    for m in _REPEALED.finditer(text):
        n, here = _ordinal_value(m.group("ord")), re.match(r"the (\w+(?:-\w+)?) (Amendment|Article)", part)
        noun = "Amendment" if "amendment" in m.group("noun") else "Article"
        if not n or not here or here.group(2) != noun:
            continue
        limit = _ordinal_value(here.group(1)) or roman_value(here.group(1))
        # (the answer as the clause words it, "the ninth article of amendment": what it cites)
        yield _Draft(
            "right",
            "repealed",
            f"the {m.group('ord').lower()} {m.group('noun')}",
            m.start(),
            s,
            (
                ("ask", f"Which {m.group('noun')} does {part} repeal?"),
                ("value", str(n)),
                ("limit", str(limit)),
            ),
        )
    for m in _TERMS_END.finditer(text):
        yield _Draft(
            "requirement",
            "day",
            m.group("a"),
            m.start("a"),
            s,
            (("ask", f"{intro}on what day shall the term of {_first_of(m.group('who'))} {m.group('v')}?"),),
        )
    for m in _UNTIL.finditer(text):
        if _POINTS_BACK.search(m.group("a")):
            continue
        yield _Draft("requirement", "until", m.group("a").strip(), m.start("a"), s, ())
    for m in _CHOSEN_BY.finditer(text):  # "Delegates ..., elected by {the people} thereof"
        yield _Draft("requirement", "chosen_by", m.group("a"), m.start("a"), s, ())
    for m in _NOR_LIST.finditer(text):
        yield _Draft("right", "nor", m.group("a"), m.start("a"), s, ())
    for m in _SECURE_AGAINST.finditer(text):
        who = m.group("who")
        verb = "have" if who.endswith(("people", "s")) else "has"
        yield _Draft(
            "right",
            "threat",
            m.group("a"),
            m.start("a"),
            s,
            (("ask", f"{intro}{who} {verb} the right to be {m.group('adj')} {m.group('in')} against what?"),),
        )
    first = _HAS_RIGHT.search(text)
    for m in _FURTHER_RIGHT.finditer(text) if first else ():
        if _POINTS_BACK.search(m.group("a")):
            continue
        lead_in = re.sub(r"\sto$", "", _tidy(text[: first.start("obj")]).rstrip()) + " to have"
        yield _Draft("right", "listed_right", m.group("a"), m.start("a"), s, (("lead_in", lead_in),))
    for pattern in (_RIGHT_OF, _WITNESS, _TWICE, _WRIT, _NONE_SHALL_BE, _SUBJECTED, _SUBORDINATE, _ELECTIONS):
        for m in pattern.finditer(text):
            yield _Draft("right", "listed_right", m.group("a"), m.start("a"), s, ())
    for m in _NEITHER_EXIST.finditer(text):
        # (not "what, like forced labour, ...": the other thing named points at the answer)
        ask = f"{intro}what shall not exist {m.group('where')}, {m.group('except')}?"
        yield _Draft("right", "abolished", m.group("a"), m.start("a"), s, (("ask", ask),))


_NOT_DENIED = re.compile(r"\bshall\snot\sbe\s(?:denied|abridged)\b")


def _holder_before(text: str, start: int) -> str:
    """The office a requirement is of: "No Person shall be a Delegate who ..." -> "a Delegate"."""
    found = list(re.finditer(rf"\bbe\s(?P<h>an?\s{_CAP}(?:\s{_CAP})?)\b", text[:start]))
    m = found[-1] if found else None
    if m and _holder_class(m.group("h")) == "office":
        return m.group("h")
    return ""


def _requirements(s: Sentence, intro: str) -> Iterator[_Draft]:
    text = s.text
    for m in _AGE.finditer(text):
        answer = text[m.start("n") : m.end("unit")]
        holder = _holder_before(text, m.start())
        after = re.match(r"(?:\s(?:or\s)?older)?,?\s(?:to\s)(?P<do>[a-z]+)\b", text[m.end() :])
        before = re.search(
            r"\b(?P<who>citizens|persons|people|voters)\b[^,;]{0,40},\s(?:who|being)\s\S+\s?$",
            text[: m.start("n")],
        )
        if holder:
            ask = f"{intro}how old must {holder} be?"
        elif after and before and (denied := _NOT_DENIED.search(text, m.end())):
            # a right no one of that age or older may be denied sets no minimum age
            why = " on account of age" if "on account of age" in text[denied.start() :] else ""
            right = f"the right to {after.group('do')}{why}"
            ask = f"{intro}{before.group('who')} of what age or older may not be denied {right}?"
        elif after and before:
            ask = f"{intro}how old must {before.group('who')} be to {after.group('do')}?"
        else:
            continue
        yield _Draft(
            "requirement",
            "age",
            answer,
            m.start("n"),
            s,
            (("ask", ask), ("value", str(number_value(m.group("n"))))),
        )
    for m in _TERM.finditer(text):
        answer = text[m.start("n") : m.end("unit")]
        head = re.search(rf"(?P<n>{_NUM_WORD})\s(?P<who>{_CAP}s)\b[^;]*$", text[: m.start()])
        subject = re.match(rf"^(?:The\s)?(?P<who>{_CAP}s)\b", text)
        who = (head or subject).group("who") if (head or subject) else ""
        if not who or _holder_class(who) != "office":
            continue
        verb = re.search(r"elected|chosen|appointed|serve|hold", m.group())
        ask = (
            f"{intro}for how many years are {who} {verb.group()}?"
            if verb and verb.group() in ("elected", "chosen", "appointed")
            else f"{intro}for how many years do {who} hold office?"
        )
        yield _Draft(
            "requirement",
            "term",
            answer,
            m.start("n"),
            s,
            (("ask", ask), ("value", str(number_value(m.group("n"))))),
        )
    for m in _PER_UNIT.finditer(text):
        noun, unit = m.group("noun"), m.group("unit")
        if _holder_class(noun) not in ("office", "body") or number_value(m.group("n")) == 0:
            continue
        yield _Draft(
            "requirement",
            "count",
            m.group("n"),
            m.start("n"),
            s,
            (
                ("ask", f"{intro}how many {noun} does each {unit} have?"),
                ("value", str(number_value(m.group("n")))),
            ),
        )
    for m in _EACH_HAS.finditer(text):
        # (one vote each is what everyone expects, and "three votes" for one person nobody
        # believes: read blind, "how many votes does each Delegate have?" was not worth asking)
        if _holder_class(m.group("holder")) != "office" or number_value(m.group("n")) < 2:
            continue
        noun = m.group("noun")
        noun = noun if noun.endswith("s") else noun + "s"
        yield _Draft(
            "requirement",
            "count",
            m.group("n"),
            m.start("n"),
            s,
            (
                ("ask", f"{intro}how many {noun.lower()} does each {m.group('holder')} have?"),
                ("value", str(number_value(m.group("n")))),
            ),
        )
    for m in _SHARE.finditer(text):
        whole = m.group("whole")
        if not re.search(r"[A-Z]|states|members|houses|senators|electors|legislatures", whole, re.I):
            continue
        quorum = re.search(
            r"\bquorum\b[^;]{0,40}\bconsist\sof\s(?:a\smember\sor\smembers\sfrom\s)?$", text[: m.start()]
        )
        # (a quorum "for this purpose" is for what the sentence opens on: "In choosing the Governor")
        purpose = _PURPOSE.search(text[: m.start()])
        if quorum and re.search(r"\b(?:this|the)\spurpose\b", quorum.group()) and not purpose:
            ask = ""
        elif quorum:
            when = f"in {purpose.group('p')}, " if purpose else ""
            ask = f"{intro}{when}a quorum consists of members from what share of {whole}?"
            if "whole number" in whole or "members" in whole:
                ask = f"{intro}{when}a quorum consists of what share of {whole}?"
        else:
            ask = ""  # the share's purpose said some other way: asked as a cloze of its clause
        yield _Draft("requirement", "share", m.group("n"), m.start("n"), s, (("ask", ask),))


# The shapes of principles, each named.
# Each with a word its every match holds, looked for first: most sentences hold none.
_PRINCIPLES = (
    (_AMONG, "among", "among "),
    (_EQUAL, "quoted", " equal"),
    (_TRICOLON, "tricolon", ", "),
    (_DECLARE, "declare", "declare"),
    (_INALIENABLE, "inalienable", "alienable"),
    (_WAR, "war", " war"),
    (_DEFINES, "defines", "y "),  # ("By a ...", "by which I mean")
    (_THESIS, "thesis", " of "),
    (_METHODS, "methods", "There are"),
    (_REVOLUTION, "revolution", "it is "),
    (_CONSENT, "consent", " from the "),
)
# A shape's pattern cannot match without one of these words either (beside its word above, a
# plain test that most sentences of any article pass: 'y ', ' of '); every sentence of every
# article is tried against each shape, and these two searches were two thirds of that time.
_ONE_OF = {
    "defines": ("understand", "mean"),
    "thesis": ("source", "cause", "object", "end", "aim", "purpose", "task", "duty", "remedy"),
}
# A document stating principles in this many shapes is a founding one: a speech that quotes
# a declaration ("all persons are born equal ... among these are bread, land ...") is not.
MIN_PRINCIPLE_SHAPES = 3


def _principles(s: Sentence) -> Iterator[_Draft]:
    text = s.text
    for pattern, shape, word in _PRINCIPLES:
        if word not in text:
            continue
        if shape in _ONE_OF and not any(map(text.__contains__, _ONE_OF[shape])):
            continue
        if shape == "tricolon" and text.count(",") < 2:
            continue  # (its three parts need two commas: most sentences hold fewer)
        for m in pattern.finditer(text):
            group = "b" if m.groupdict().get("b") or m.group("a") is None else "a"
            answer = m.group(group).rstrip(" ,")
            if len(answer.split()) > 12:
                continue
            slots: tuple[tuple[str, str], ...] = (("shape", shape),)
            if shape == "defines" and group == "b":
                # "A commune, by which I mean a town in which the common land
                # lies open to all, ...": read blind, the definition beside the term
                # gives it away; what the definition says is asked instead
                if defined := _definition_key(text, m):
                    start, key, shown = defined
                    yield _Draft("principle", "principle", key, start, s, (*slots, ("shown_as", shown)))
                continue
            if shape == "methods":  # "two methods ...: the one, ___; the other, …": both are announced
                head = text[m.start() : text.index(":", m.start())]
                other = re.match(r";\s(?:the\sother|second(?:ly)?),?\s([^;.]{3,100})", text[m.end() :])
                second = f"{other.group(1)}." if other else "…"
                slots += (("shown_as", f"{head}: the one, \x00; the other, {second}"),)
            yield _Draft("principle", "principle", answer, m.start(group), s, slots)


# What a definition says of its term: after "in which", "where", "consisting of" ... up to a
# comma or a verb ("a town in which {the common land} lies open").
_DEFINIENS = re.compile(
    r"\s(?P<genus>(?:a|an|the)\s[a-z]+)\s(?P<rel>in\swhich|where|consisting\sof|composed\sof)\s"
    r"(?P<rest>[^,;.]{3,80})"
)
# Words before a noun in a definition's phrase ("a large body of farmers"): no verb follows them.
_BEFORE_A_NOUN = frozenset("of the a an small large great few many some all its their our".split())
MAX_KEY_WORDS_DEFINED = 6  # a definition's key phrase longer than this is no blank to recall


def _definition_key(text: str, m: re.Match[str]) -> tuple[int, str, str] | None:
    """(start, key, shown) of the definition after ``m`` ("..., by which I mean"): its key
    phrase, up to a comma or the first verb ("lies"), and the definition as a sentence,
    "\x00" where the key goes: "By a commune, the author means a town in which
    \x00 lies open."; None when it has no such shape."""
    d = _DEFINIENS.match(text, m.end())
    if not d:
        return None
    words = list(re.finditer(r"[A-Za-z'’-]+", d.group("rest")))
    end = len(words)
    for i, w in enumerate(words[1:], start=1):
        word, before = w.group(), words[i - 1].group().lower()
        if word.islower() and word.endswith("s") and not word.endswith("ss") and before not in _BEFORE_A_NOUN:
            end = i  # "land {lies}": the verb of the relative clause
            break
    if end < 1 or end > MAX_KEY_WORDS_DEFINED:
        return None
    key = d.group("rest")[: words[end - 1].end()]
    start = d.start("rest")
    # (and a relative clause that goes on with it: "..., who meet and govern ...")
    rest = re.match(r"[^,;]*(?:,\s(?:who|which|where)\s[^,;]+)?", text[start + len(key) :]).group()
    rest_of_clause = rest.rstrip(" .")
    term = m.group("b")
    article = "an" if term[0] in "aeiou" else "a"
    shown = f"By {article} {term}, the author means {d.group('genus')} {d.group('rel')} \x00{rest_of_clause}."
    return start, key, shown


def _other_methods(s: Sentence) -> Iterator[_Draft]:
    """The second of two ways an essay names ("There are two ways of taming the floods
    of the river: the one, ...; the other, by walling its banks"), shown without the
    first, which another question asks."""
    if "There" not in s.text:
        return  # (the pattern opens with it: a plain test spares scanning every sentence)
    for m in _OTHER_METHOD.finditer(s.text):
        # (the first shown, or either would fit the blank)
        shown = f"{m.group('head')}: the one, {m.group('one')}; the other, \x00."
        yield _Draft("principle", "principle", m.group("a"), m.start("a"), s, (("shown_as", shown),))


def _states_principles(drafts: list[_Draft]) -> bool:
    """Whether principles are stated in ``MIN_PRINCIPLE_SHAPES`` shapes or more."""
    return len(_shapes(dict(d.slots).get("shape", "") for d in drafts)) >= MIN_PRINCIPLE_SHAPES


def _shapes(shapes: Iterable[str]) -> set[str]:
    """The distinct shapes of principles stated."""
    return {x for x in shapes if x}


# Words too general to be what a document is about.
_NOT_CONCEPTS = frozenset(
    """which their there these those other every shall would could should might whose where
    while about being great under after before whole first second things thing would without
    within among against between through another people words public part parts same several
    others whether otherwise therefore number numbers means more most same time only last first
    hand case view kind what when well some many much them then than that this with from have
    been were will into upon also such very even both each form means latter former proportion degree
    sort manner respect regard instance purpose object nature side account order point good local
    mean""".split()
)
MIN_CONCEPT_MENTIONS = 3
# A word, with the determiner before it and what follows when that ends its noun phrase
# ("the guild," "its rules of"): a word seen so is a noun a claim can be about.
_WORD_IN_PHRASE = re.compile(
    r"(?:\b(?P<det>(?i:the|a|an|its|their|his|her|our|this|every|each|no))\s)?(?P<w>[A-Za-z]{4,})"
    r"(?:(?=(?P<next>[,.;:]|\s(?:of|to|in|is|are|was|were|which|that|and|or|by|for|with|from|has|have)\b))|)"
)
_NOT_A_NOUN = re.compile(r"(?:ed|ing|ly|ous|ive|ful|able|ible)$")
MAX_CONCEPTS = 15
# A sentence that goes on from the one before ("Yet the guilds are ...") is not a claim of its own.
_GOES_ON = re.compile(r"(?:Yet|But|And|So|Hence|Thus|Nor|Or|Such|This|These|It|They|He|She)\b")
_CONCEPT_VERB = re.compile(r"\s(?:is|are|was|were|has\sbeen|have\sbeen|can|cannot|will|must)\b")


def _singular(word: str) -> str:
    """ "parties" -> "party", "guilds" -> "guild" (counted as one idea)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


# What may stand before a deleted idea: a determiner, a preposition, a conjunction. After
# an adjective ("popular ___", "the hidden ___") the phrase would give the word away; after
# "of" it is a complement ("a sameness of ___", "the dangers of ___"), not what is said.
_BEFORE_CONCEPT = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:the|a|an|its|their|his|her|our|this|that|every|each|no|to|in|by|for|with|from|on"
    r"|and|or|but|is|are|was|were|when|if)\s)$",
    re.I,
)


def concepts_of(sentences: list[Sentence]) -> list[str]:
    """The ideas an essay or a declaration is about: the words (a plural counted with its
    singular) it uses most often, at least ``MIN_CONCEPT_MENTIONS`` times."""
    counts: dict[str, int] = {}
    nouns: set[str] = set()  # words seen after a determiner: "the guild", not "so devoted"
    for s in sentences:
        for m in _WORD_IN_PHRASE.finditer(s.text):
            w = _singular(m.group("w").lower())
            if w not in _NOT_CONCEPTS and not _NOT_A_NOUN.search(w):
                counts[w] = counts.get(w, 0) + 1
                if m.group("det") and m.group("next"):
                    nouns.add(w)
    ranked = sorted(
        (c for c in counts.items() if c[1] >= MIN_CONCEPT_MENTIONS and c[0] in nouns),
        key=lambda c: (-c[1], c[0]),
    )
    return [w for w, _ in ranked[:MAX_CONCEPTS]]


# A charge of a declaration: "He has withheld his Seal from our Acts ..."
_CHARGE = re.compile(r"(?P<who>He|She|It|They)\s(?:has|have)\s")
_ACTOR = re.compile(
    rf"\b(?:the\s)?(?:present\s)?(?P<x>(?:{_CAP}\s)?{_CAP}(?:\sof\s(?:the\s)?{_CAP}(?:\s{_CAP})?)?)"
)
MIN_CHARGES = 3
# A claim that opens on a pronoun cannot be read alone.
_UNSAID_OPENING = re.compile(r"(?:[A-Z][a-z]+\s)?(?:it|they|them|this|these|those)\b", re.I)


def actor_of_charges(sentences: list[Sentence]) -> str:
    """Whom a declaration's list of charges ("He has withheld ...", three or more) accuses:
    the last office or body named in the three sentences before the first ("The history of
    the present King of Ostland is ..."); '' when none is named there."""
    body = [s for s in sentences if s.role == "body"]
    first = next((i for i, s in enumerate(body) if _CHARGE.match(s.text)), -1)
    if first < 0 or sum(1 for s in body if _CHARGE.match(s.text)) < MIN_CHARGES:
        return ""
    for s in reversed(body[max(0, first - 3) : first]):
        # ("the King of Ostland": "the present King" would read as pointing back)
        named = [
            f"the {m.group('x')}" for m in _ACTOR.finditer(s.text) if _holder_class(m.group("x")) == "office"
        ]
        if named:
            return named[-1]
        if m := _PART_OF.search(s.text):
            return m.group("x")
    return ""


# "... a record of repeated wrongs on the part of master toward servant"
_PART_OF = re.compile(r"\bon\sthe\spart\sof\s(?P<x>[a-z]+)\s(?:toward|towards|against|over)\s(?P<y>[a-z]+)\b")


def target_of_charges(sentences: list[Sentence], actor: str) -> str:
    """Whom the charges wrong, when the sentence naming the accused says so ("on the part of
    master toward servant": "servant"), so that a charge's "her" can say who; '' otherwise."""
    for s in sentences:
        if actor and (m := _PART_OF.search(s.text)) and m.group("x") == actor:
            return m.group("y")
    return ""


# What a charge's act is: "He has {withheld his Seal} from our Acts", "He has {closed our Town
# Councils} repeatedly", "He has denied her {the means for learning a trade}",
# "... her inalienable right to {the public ballot}". Its noun phrase ends at a comma, a
# preposition, a conjunction, an adverb or a participle.
_ACT_STOP = frozenset(
    """to for at in on by with without from among amongst into upon over against and or but
    unless until whereby which who that as here there repeatedly taken given made beyond""".split()
)
_OBJECT_PRONOUNS = frozenset("her him them us me".split())
# An item of a list of charges: "For levying Duties on our grain without our Vote:"
_FOR_ITEM = re.compile(r"For\s(?=[A-Za-z][a-z]+ing\b)")  # ("For Billeting armed men ...")
MIN_FOR_ITEMS = 2  # (the list follows a charge: only a declaration of charges is read for it)
_ADVERBS = frozenset("so also not never always thus".split())
_DEGREE = frozenset("nearly almost wholly entirely".split())
_DETERMINERS = frozenset("the a an his her their our its all every any such".split())
MAX_ACT_WORDS = 7
MAX_OBJECT_WORDS = 6  # what a charge acted on, after its asides ("the safeguard of Trial by Jury")


# A charge's verb, its asides of where and when set off by commas, then what it acted on.
# (or its verb and whom it wronged, then asides of when and how: "He has made her, if
# widowed, in the eye of the law, {a mere ward}")
_ASIDE_THEN_OBJECT = re.compile(
    r"[A-Za-z][a-z]+\s(?:(?:(?:her|him|them|us)\s)?(?:among|amongst|in|on|at|upon|over|here|there)\b[^,;]{0,30},(?:\s[^,;]{1,30},)?"
    r"|(?:her|him|them|us),(?:\s[^,;]{1,30},){1,2})\s(?P<obj>[A-Za-z][^,;.:]{2,60})"
)


def _charge_act(text: str) -> tuple[int, str]:
    """(offset, answer) of what a charge ("He has ...", or an item of a list of them: "For
    levying Duties on us ...") says was done; (0, '') when its shape is none of these."""
    m = _CHARGE.match(text) or _FOR_ITEM.match(text)
    if not m:
        return 0, ""
    right = re.search(r"\bright\sto\s(?P<a>(?:the\s)?[a-z]+(?:\s[a-z]+){0,3}?)(?=[,.;]|--|$)", text)
    if right:
        return right.start("a"), right.group("a")
    if aside := _ASIDE_THEN_OBJECT.match(text, m.end()):
        # "He has kept among us, in years of calm, {Foreign Guards} without ...": what was
        # kept comes after the asides of where and when
        obj = aside.group("obj").split()
        start = aside.start("obj")
        if obj[0] == "of":  # "depriving us in many towns, of {the safeguard of Trial by Jury}"
            obj, start = obj[1:], start + 3
        # (a name's own "by" does not end it: "Trial by Jury")
        cut = next(
            (
                i
                for i, w in enumerate(obj)
                if w.lower() in _ACT_STOP
                and not (w == "by" and obj[i + 1 : i + 2] and obj[i + 1][0].isupper())
            ),
            len(obj),
        )
        if 1 <= cut <= MAX_OBJECT_WORDS:
            return start, " ".join(obj[:cut])
        return 0, ""
    words = [(w.start(), w.group()) for w in re.finditer(r"[\w'’-]+|[,;.:]|--", text[m.end() :])]
    # (an item of a list may capitalise its verb: "For Billeting armed bands of soldiers")
    verb = words[0][1] if words else ""
    if (
        len(words) < 3
        or not verb.isalpha()
        or not (verb.islower() or (verb.endswith("ing") and verb[1:].islower()))
    ):
        return 0, ""
    if words[0][1] in _ADVERBS or words[0][1].endswith("ly"):
        return 0, ""  # "He has so worded the decrees ... as to ...": the act is spread over the sentence
    verb_end = 1
    if words[1][1] in ("together", "up", "out", "off", "away", "down"):
        verb_end = 2
    start_i = 0
    if (
        verb_end + 1 < len(words)
        and words[verb_end][1] == "from"
        and words[verb_end + 1][1] in _OBJECT_PRONOUNS
    ):
        start_i = verb_end = verb_end + 2  # "taken from him all right in land": what was taken
    if _infinitive(words, verb_end):  # "refused to sign other Acts"
        verb_end += 2
    first = words[verb_end][1] if verb_end < len(words) else ""
    if first in _OBJECT_PRONOUNS:
        # "denied her the means ...": what was withheld from whom, not the pronoun
        start_i = verb_end = verb_end + 1
        if verb_end >= len(words) or not words[verb_end][1].isalpha():
            return 0, ""
        if _infinitive(words, verb_end):  # "forced her to bow to decrees"
            verb_end += 2
            if verb_end < len(words) and words[verb_end][1] in ("to", "with", "on", "for"):
                verb_end += 1
        first = words[verb_end][1] if verb_end < len(words) else ""
        if first in ("to", "of") or first in _ACT_STOP:
            return 0, ""
    if not first.isalpha() or first in _ACT_STOP or (first.endswith("ly") and first not in _DEGREE):
        return 0, ""
    end = verb_end
    while end < len(words) and words[end][1].isalpha():
        w = words[end][1]
        if w in ("for", "of") and end + 1 < len(words) and words[end + 1][1].endswith("ing"):
            end += 2  # "the means for learning a trade"
            continue
        if w == "in" and words[end - 1][1] in ("right", "rights"):
            end += 1  # "all right in land"
            continue
        if w in _ACT_STOP or (end > verb_end and w.islower() and w.endswith("ly") and w not in _DEGREE):
            break
        end += 1
    following = words[end + 1][1] if end + 1 < len(words) else ""
    if end < len(words) and words[end][1] == "to" and following.islower() and following not in _DETERMINERS:
        return 0, ""  # "forbidden his Mayors to enact Bylaws ...": the act is in what follows
    while end > verb_end and words[end - 1][1] in ("of", "the", "a", "an", "again"):
        end -= 1  # "made the Guards independent of and superior to ...": not "... of"; "again and again"
    if end == verb_end or end - start_i > MAX_ACT_WORDS:
        return 0, ""
    a = m.end() + words[start_i][0]
    b = m.end() + words[end - 1][0] + len(words[end - 1][1])
    return a, text[a:b]


def _infinitive(words: list[tuple[int, str]], i: int) -> bool:
    """Whether ``words[i:]`` open on "to" and a verb ("to pass", "to submit")."""
    if i + 1 >= len(words) or words[i][1] != "to":
        return False
    verb = words[i + 1][1]
    return verb.isalpha() and verb.islower() and verb not in _DETERMINERS and verb not in _ACT_STOP


# A charge that names several acts ("He has burned our mills, seized our boats, emptied our
# granaries"): another act follows the one deleted, and any act of the list fits its blank.
_NEXT_ACT = re.compile(
    r",?\s(?:and\s)?(?:[a-z]{3,}(?:ed|ing)|burnt|kept|made|sent|taken|given|brought|driven|thrown|sold|torn)\s(?!by\b)"
)


def _charges(sentences: list[Sentence], actor: str, target: str) -> Iterator[_Draft]:
    """Each charge of a declaration's list ("He has withheld his Seal from our Acts ..."), the act
    it charges deleted; its "He" says whom it accuses ("He [the present King of
    Ostland]"), its "her" whom it wrongs when the document says so ("her [woman]").

    Every charge is one item of a ``series`` (the ranking asks a few of it); ``civic`` counts
    the words of self-government it names (``CIVIC_TERMS``: laws, taxes, juries): a class
    reads a declaration's charges for those, not for each grievance."""
    items = sum(1 for s in sentences if s.role == "body" and _FOR_ITEM.match(s.text))
    for s in sentences:
        item = items >= MIN_FOR_ITEMS and bool(_FOR_ITEM.match(s.text))
        if s.role != "body" or not (_CHARGE.match(s.text) or item):
            continue
        start, answer = _charge_act(s.text)
        if not answer or _POINTS_BACK.search(re.sub(r"\b(?:his|her)\s", "", answer)):
            continue
        if " " not in answer:
            continue  # "kept from her {wages} which ...": one bare noun says too little of the act
        if _NEXT_ACT.match(s.text, start + len(answer)):
            continue
        civic = len(CIVIC_TERMS & {w.lower() for w in re.findall(r"[A-Za-z]+", s.text)})
        marks = (("series", "charges"), ("civic", str(civic)))
        slots = _charged(s, actor) + marks
        if target and (pronoun := re.search(r"\b(?:her|she|him)\b", s.text)):
            slots += (("target", f"{pronoun.group()} [{target}]"),)
        if item:  # (the list's lead, "He has joined with others ...", is not shown: it says who)
            if re.search(r"\b(?:themselves|they|them|their)\b", s.text):
                continue  # "For ... naming themselves masters ...": the others of the lead
            slots = (("listed_under", actor), *marks)
        yield _Draft("principle", "charge", answer, start, s, slots)


def _charged(s: Sentence, actor: str) -> tuple[tuple[str, str], ...]:
    """The slot that tells a charge's clause whom its "He" is."""
    m = _CHARGE.match(s.text)
    return (("actor", f"{m.group('who')} [{actor}]"),) if actor and m else ()


def _concepts(sentences: list[Sentence]) -> Iterator[_Draft]:
    """A claim the document makes about one of its ideas ("Trade is to a town what water
    is to a mill"), with the idea deleted: the student must know which idea it is about."""
    concepts = concepts_of(sentences)
    actor = actor_of_charges(sentences)
    for s in sentences:
        if s.role != "body" or len(s.text.split()) > 45 or "?" in s.text:
            continue
        if _GOES_ON.match(s.text) and not (actor and _CHARGE.match(s.text)):
            continue
        if actor and _CHARGE.match(s.text):
            continue  # a charge is asked by the act it charges (``_charges``)
        found = []
        for c in concepts:
            stem = c[:-1] + "(?:y|ies)" if c.endswith("y") else c + "s?"
            m = re.search(rf"\b{stem}\b", s.text, re.I)
            if m is None or len(re.findall(rf"\b{c[:-1] if c.endswith('y') else c}", s.text, re.I)) > 1:
                continue
            if not _BEFORE_CONCEPT.search(s.text[: m.start()]) or s.text.startswith(" of ", m.end()):
                continue  # (nor "the ___ of property": a phrase that gives the word away)
            claim = _CONCEPT_VERB.search(s.text, m.end(), m.end() + 60) or _CONCEPT_VERB.search(
                s.text[max(0, m.start() - 60) : m.start()]
            )
            if not claim and not (actor and _CHARGE.match(s.text)):
                continue
            a, b = _clause_at(s.text, m.start())
            if re.match(r"(?:Let|Let's)\b", s.text[a:b]) or _UNSAID_OPENING.match(s.text[a:b]):
                continue  # "Let us now weigh the ways in which it differs ...": an aside of the essay
            found.append(m)
        # (a word in capitals stands against another: "the ROOTS ... cannot be pulled up ...
        # walling its ___" is answered by the capitals, not by the essay)
        found = [m for m in found if not m.group().isupper()]
        if found:  # one idea per sentence: the first it names, most often what it is about
            m = min(found, key=lambda m: m.start())
            yield _Draft("principle", "concept", m.group(), m.start(), s, _charged(s, actor))


def part_of(text: str, sentence: Sentence) -> str:
    """The part of the document ``sentence`` sits in ("the Nineteenth Amendment"), or ''."""
    return _part_at(parts_of(text), sentence.start)


_OPENS = re.compile(r"(?:(?:If|When|Whenever|But|And)\s)?(?:the\s|The\s)?$")


def opens_its_clause(fact: Fact) -> bool:
    """Whether a fact's answer is what its clause is about: its subject ("The {{House of
    Commons}} shall chuse ..."), not a name in passing ("without the Consent of the ___",
    "vested in the Government of ___")."""
    a, _ = _clause_at(fact.sentence.text, fact.answer_start)
    before = _SECTION_OPENING.sub("", fact.sentence.text[a : fact.answer_start].lstrip(" ,;—-"))
    return bool(_OPENS.fullmatch(before))


# A title that opens on a common noun ("Constitution of the Republic of ...", "Amendments to
# the Constitution", "Universal Declaration of ...") is said with "the" in a sentence; a name
# ("Pamphlet No. 7") is not.
_COMMON_TITLE = re.compile(
    r"^(?:[A-Z][a-z]+\s(?=(?:Declaration|Constitution|Charter|Bill|Treaty|Convention|Covenant|Statute)\s))?"
    r"[A-Z][a-z]+\s(?:of|to|on|for)\s"
)


def named_in_a_stem(title: str) -> str:
    """How a stem names a document: "the Declaration of ...", "Pamphlet No. 7"."""
    if title.startswith(("The ", "A ")):  # ("A Charter of Rights" is the one the stem asks about)
        return "the " + title.split(" ", 1)[1]
    return "the " + title if _COMMON_TITLE.match(title) else title


def founding_slots(sentences: list[Sentence], text: str, facts: list[Fact]) -> tuple[tuple[str, str], ...]:
    """The slots every other fact of a founding document gets (``founding``, ``document``),
    or none: a document in the register of law, or one stating principles in
    ``MIN_PRINCIPLE_SHAPES`` shapes."""
    shapes = _shapes(f.slot("shape") for f in facts if f.kind == "principle")
    if not (is_legal(sentences, text) or len(shapes) >= MIN_PRINCIPLE_SHAPES):
        return ()
    title = named_in_a_stem(document_title(text) if text else "")
    return (("founding", "law" if is_legal(sentences, text) else "yes"), ("document", title))


def _head(name: str) -> str:
    """The word a body or an office is named by: "Senate" of "the Senate of the United
    States", "President" of "the Vice President elect"."""
    words = [w for w in re.findall(r"[\w'’-]+", name) if w.lower() not in ("the", "elect", "designate")]
    if not words:
        return ""
    head = words[0] if "of" in words else words[-1]
    return words[-1] if head.lower() == "vice" else head


def names_itself_again(answer: str, text: str, start: int) -> bool:
    """Whether the clause of ``text`` holding a body or an office (``answer`` at ``start``)
    names it again in another form ("The ___ shall be composed of three Delegates", "the
    Governor elect shall have died, the ___ shall become Governor"): the student reads the
    answer off the clause."""
    if len(head := _head(answer).lower()) < 4:
        return False
    a, b = _clause_at(text, start)
    shown = text[a:start] + " " + text[start + len(answer) : b]
    stem = head[:5] if len(head) > 5 else head
    return any(w.lower().startswith(stem) for w in re.findall(r"[\w'’-]+", shown))


def _echoed(d: _Draft) -> bool:
    return d.cls in ("body", "office") and names_itself_again(d.answer, d.sentence.text, d.start)


def extract_legal(sentences: list[Sentence], text: str = "") -> list[Fact]:
    """The powers, requirements, rights and principles a founding document states."""
    parts = parts_of(text)
    legal = is_legal(sentences, text)
    title = named_in_a_stem(document_title(text) if text else "")
    drafts: list[_Draft] = []
    # (each sentence less its "Section 2." opening, made once)
    opened = [_SECTION_OPENING.sub("", s.text) for s in sentences]
    said = Counter(opened)
    for s, plain in zip(sentences, opened, strict=True):
        if s.role != "body":
            continue
        if said[plain] > 1:
            continue  # a formula said in many parts ("The Assembly shall have power to enforce this article")
        if _ABOUT_ITSELF.match(plain):
            continue  # "This article shall lapse unless ratified ...": the text, not the state
        part = _part_at(parts, s.start)
        # ("the Nineteenth Amendment" is known by its name; "Article 3" is said with its document's)
        of = f" of {title}" if title and not part.startswith("the ") else ""
        intro = f"Under {part}{of}, " if part else ""
        if legal:
            drafts += [
                *_powers(s, intro),
                *_rights(s, intro),
                *_requirements(s, intro),
                *_safeguards(s, intro),
                *_provisions(s, intro, part),
            ]
        drafts += _principles(s)
        drafts += _other_methods(s)
    founding = legal or _states_principles(drafts)
    if not founding:
        # a news report or a speech that quotes "all persons are born equal": the quotation
        # alone is asked, never the war it mentions
        drafts = [d for d in drafts if dict(d.slots).get("shape") != "war"]
    if not legal and founding:
        drafts += _concepts(sentences)  # an essay or a declaration of principles
        if actor := actor_of_charges(sentences):
            drafts += _charges(sentences, actor, target_of_charges(sentences, actor))
    drafts = [d for d in drafts if not _echoed(d)]
    if not drafts:
        return []
    kin: dict[str, list[str]] = {}
    for s in sentences if legal else ():
        for m in re.finditer(_HOLDER, s.text):
            bare = not m.group().startswith(("the ", "The "))
            cut, name = _strip_the(m.group())
            name = re.sub(r"\s(?:of|of the|the)$", "", name)
            if bare and (" " in name or name.lower() in OFFICE_HEADS or name.endswith("s")):
                continue  # "any Court of the United States", "Senator", "Electors": no name of its own
            if bare and re.search(
                r"\b(?:each|any|either|both|such|every|one|that|this)\s$", s.text[: m.start()], re.I
            ):
                continue  # "each House"
            if name in gazetteer().places:
                continue  # "the United States" is a country, not a body
            if (cls := _holder_class(name)) and not name.isupper():
                forms = kin.setdefault(cls, [])
                if name.lower() not in (f.lower() for f in forms):
                    forms.append(name)
    for d in drafts:
        forms = kin.setdefault(d.cls, [])
        if d.answer.lower() not in (f.lower() for f in forms):
            forms.append(d.answer)
    # (what the ranking reads to give a founding document its denser quota: see rank.py)
    register = (("founding", "law" if legal else "yes"),) if founding else ()
    facts = []
    for d in drafts:
        part = _part_at(parts, d.sentence.start)
        plural = d.answer.endswith("s")
        # (an office is offered with offices of its number: "the Vice President" not with "the Senators")
        others = [
            k
            for k in kin.get(d.cls, ())
            if k.lower() != d.answer.lower() and (d.cls != "office" or k.endswith("s") == plural)
        ]
        if d.kind == "power" and d.cls == "body":
            # "Who has the power to ...?" is asked of the document's offices as of its bodies
            # (Congress, the President, the Supreme Court): a body of another country is no
            # option a class would weigh
            others += [k for k in kin.get("office", ()) if not k.endswith("s")]
        ask = d.slots[0][1] if d.slots and d.slots[0][0] == "ask" else ""
        slots = (
            *[(k, v[0].upper() + v[1:] if k == "ask" else v) for k, v in d.slots if v],
            ("class", d.cls),
            ("part", part),
            ("document", title),
            ("kin", "|".join(others)),
            *register,
            # (an answer said otherwise than the clause says it, "the Eighteenth Amendment", is no cloze)
            *(
                _clause_slots(
                    d.sentence,
                    d.start,
                    d.answer,
                    dict(d.slots).get("actor", ""),
                    dict(d.slots).get("target", ""),
                    dict(d.slots).get("listed_under", ""),
                    dict(d.slots).get("lead_in", ""),
                    dict(d.slots).get("shown_as", ""),
                )
                if d.sentence.text.startswith(d.answer, d.start)
                else ()
            ),
        )
        del ask
        if part:  # "... to enforce this article" shown under its part's name says which
            slots = tuple(
                (k, _THIS_PART.sub(part, v) if k in ("clause", "clause_cloze") else v) for k, v in slots
            )
        facts.append(Fact(d.kind, d.answer, d.start, d.sentence, slots))
    return [replace(f) for f in facts]


__all__ = [
    "GENERAL",
    "founding_slots",
    "names_itself_again",
    "LEGAL_KINDS",
    "NUMBER_CHOICES",
    "SHARES",
    "extract_legal",
    "is_legal",
    "number_like",
    "number_value",
]


def legal_candidates(fact: Fact, rng: random.Random) -> list[str]:
    """Every wrong option worth trying for a legal fact, best first (``pick_legal`` filters).

    Figures (ages, terms, counts) are written as the answer is ("twenty five Years" gets
    "thirty Years"), nearest values first; shares get other shares; names get the
    document's own answers of the class, then ``GENERAL``'s.
    """
    cls, answer = fact.slot("class"), fact.answer
    if cls in NUMBER_CHOICES:
        value = (
            number_value(re.match(rf"{_NUM_WORD}", answer, re.I).group())
            if re.match(_NUM_WORD, answer, re.I)
            else 0
        )
        if not value:
            return []
        unit = answer[len(re.match(_NUM_WORD, answer, re.I).group()) :]
        kin = [number_value(k.split()[0]) for k in fact.slot("kin").split("|") if k]
        values = sorted(
            {v for v in (*NUMBER_CHOICES[cls], *kin) if v and v != value}, key=lambda v: (abs(v - value), v)
        )
        near, further = values[:4], values[4:8]  # (further ones stand in for any the clause names)
        rng.shuffle(near)
        plural = re.sub(r"^(\s[A-Za-z]+?)s?\b", lambda m: m.group(1), unit) if unit else ""
        return [number_like(v, answer) + (unit if v != 1 or not unit else plural) for v in (*near, *further)]
    if cls == "repealed":
        # (an article repeals one made before it: the nearest earlier ones)
        value, limit = int(fact.slot("value") or 0), int(fact.slot("limit") or 0) or 100
        noun = answer.split(" ", 2)[2]
        near = sorted((v for v in range(1, limit) if v != value), key=lambda v: (abs(v - value), v))[:4]
        rng.shuffle(near)
        return [f"the {ordinal_words(v).lower()} {noun}" for v in near]
    if cls == "day":
        # the same day of other months, then other days of the same month: "the 1st day of May"
        m = re.match(r"the (\d+)(\w*) day of (\w+)", answer)
        if not m:
            return []
        day, month = int(m.group(1)), m.group(3)
        months = [x for x in MONTHS if x != month]
        rng.shuffle(months)
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10 if day not in (11, 12, 13) else 0, "th")
        return [f"the {day}{m.group(2) or suffix} day of {x}" for x in months]
    if cls == "times":
        others = [t for t in TERM_LIMITS if t != answer.lower()]
        rng.shuffle(others)
        return others
    if cls == "share":
        sep = "-" if "-" in answer else " "
        norm = answer.lower().replace("-", " ")
        others = [x for x in SHARES if x != norm]
        rng.shuffle(others)
        return [x.replace(" ", sep, 1) if x[0] != "a" else x for x in others]
    kin = [k for k in fact.slot("kin").split("|") if k]
    general = list(GENERAL.get(cls, ()))
    if cls == "ground" and answer.lower().startswith("failure to "):
        general = list(GENERAL["failure"])  # "failure to pay any road toll" among failures of its form
    rng.shuffle(kin)
    rng.shuffle(general)
    out = [*kin, *general]
    if cls == "ground":
        # no option stands out by its length: "failure to pay any road toll" is no option for "faith"
        out = [c for c in out if abs(len(c.split()) - len(answer.split())) <= 2]
    if cls == "goods":  # ("strong spirits" among two-word goods, not among "opium", "tobacco")
        out.sort(key=lambda c: abs(len(c.split()) - len(answer.split())))
    if cls == "body":
        # "the States", "the Electors" are many, not one that holds a power: no option
        out = [c for c in out if " " in _strip_the(c)[1] or not c.endswith("s")]
    if cls == "body" and (kind := _body_type(answer)):
        # a chamber is part of its legislature, and a legislature is what it is called: for
        # "Congress" neither "the Senate" nor "the Legislature" is a wrong answer, for "the
        # House" not "the General Assembly" (another chamber, "the Senate", is)
        out = [c for c in out if not _body_type(c) or (kind == "chamber" and _body_type(c) == "chamber")]
    return out


# Bodies that make laws, whole, and their chambers.
_LEGISLATURES = frozenset("congress parliament legislature legislatures diet assembly government".split())
_CHAMBERS = frozenset("senate house lords commons chamber".split())


def _body_type(name: str) -> str:
    """ "whole" for a legislature or the government that holds it ("Congress", "the General
    Assembly"), "chamber" for one of its chambers ("House of Representatives", "Senate"), ''
    for any other body."""
    words = [w.lower() for w in re.findall(r"[\w-]+", name) if w.lower() != "the"]
    head = words[0] if "of" in words else (words[-1] if words else "")
    return "whole" if head in _LEGISLATURES else "chamber" if head in _CHAMBERS else ""
