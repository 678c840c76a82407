"""What a shown text leans on: the things a student must have read before to understand it.

A question is read alone. "The commission is likely to demand ...", "He said ...", "Mr
Okafor said ...", "which will open next week" each lean on something the article said
earlier (which commission? who? which Mr Okafor? which week?). One article is read once
(``read_source``): its text, its title and where each of its sentences starts. Over that
reading, ``leans_on`` is the one test of whether a shown text (a stem, a sentence with its
blank, a sentence shown before it) stands alone; the gates drop what leans, the ranking
scores it down. It looks for general signals of English, in any genre:

- an opening that carries on from what came before ("In addition", "However, it ...",
  "They", "This", "Such", "All were ..."), or an item of a list introduced before;
- a person pronoun ("he", "his") with nobody named before it, a closing "..., he said"
  with no full name, a person named by title and one name ("Mr Okafor", "Sir Tomas") whose
  full name only an earlier sentence gives;
- a definite or demonstrative description whose words after it do not say which: one whose
  noun the article used before the shown text ("the commission"), a shell noun that stands
  for an act or claim told of before ("the move", "this deal"; ``lexicon.SHELL_NOUNS``), a
  count ("the two", "the seven men", "the 47-year-old"), "that year", "the aforementioned";
  not a thing everybody knows ("the government"). (The title is not shown with a question:
  what it names is no more known to the student than the rest of the article.)
- a comparison or ellipsis whose other term is unsaid ("such a move", "a similar letter",
  "2.5 million more", "has since reopened", "warned that would", "sent there");
- a time counted from the writing or from what was told before ("last year", "next week",
  "the following day").

What the shown text itself says first resolves a reference: a sentence shown before the
question's own (``lead``) names the person a "he" stands for, or the noun of "the case"; a
name in brackets says which thing a description is, where the article introduced it by name
before ("the agency [the Norland Water Agency]", ``named_description``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any

from quizgen.extract.numbers import SIGN_OF_CURRENCY
from quizgen.extract.people import PLAIN_HONORIFICS, SHORT_TITLE
from quizgen.extract.tokens import AS_ASCII_LETTERS, has_phrase, in_quotation, one_of
from quizgen.lexicon import (
    AFFILIATED,
    COMMON_ACRONYMS,
    COUNTRY_ALIASES,
    DEMONYM_WORDS,
    EVENT_HEADS,
    EVERYBODY_KNOWS,
    LAW_HEADS,
    MANY_HOLD,
    MONTHS,
    NOT_NAMES,
    OCCUPATIONS,
    OFFICE_WORDS,
    ORG_HEADS,
    PARTY_WORDS,
    PLACE_NOUNS,
    POINTING_BACK,
    ROLES_IN_AN_ORGANISATION,
    SEAT_OFFICES,
    SHELL_NOUNS,
    WEEKDAYS,
    gazetteer,
)

# ... and, further into a sentence, things a reader places without being told.
KNOWN_THINGS = EVERYBODY_KNOWS | frozenset(
    "navy past rest time way end state parliament constitution law courts".split()
)
# Words that end a noun phrase after "the": verbs, function words, words no noun is.
_NOT_IN_PHRASE = frozenset(
    """is was are were be been being has have had will would could can should may might must
    do does did said says and or but nor to of in on at for from with by as than then their
    there they them its his her our your which who whom whose that this these those what when
    where while if not also only just still already now first second third last next most a an the
    least best worst same other whole main many few more less such very own after before since
    until because although though unless whether during across through among without within upon
    via per like""".split()
)
# What pins a description down when it follows: "the commission on climate", "the man who ...".
_RESTRICTIVE = frozenset(
    "of who which that whose where on for in into to at from with by about between over against under".split()
)
# Time nouns a demonstrative may stand before without pointing back ("this year").
_NOW = frozenset("year week month morning afternoon evening weekend summer spring autumn winter time".split())
_NOW |= frozenset("century decade term session".split())
_COUNT_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen"

# (the look ahead: the first letters of the words it opens with, for the search to pass over
# every other place at once)
_DESCRIPTION = re.compile(
    r"(?=[TtAaidbsfuo])\b(?:(?P<the>[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Aa]ll(?= \S+ [a-z]))"
    r"|(?:in|during|after|before|since|at|for|until|on) (?P<that>that))\s+"
    r"(?:(?P<count>(?:(?:pounds |dollars |euros |[£$€])?\d[\d,.]*(?:bn|m|k)?"
    rf"|(?i:{_COUNT_WORDS}))(?:-year-olds?)?)\b"
    r"|(?P<words>[a-z][\w'’-]*|[A-Z]{2,}s\b|[A-Z][a-z]+(?:-[a-z]+)?(?= [a-z])|[A-Z]{2,3}(?= [a-z])))"
)
_WHEN = frozenset((*WEEKDAYS, *MONTHS))
_VERB_AFTER = re.compile(
    r"\s+(?:(?:also|now|still|already|then|only|reportedly)\s+)?(?:is|was|were|are|has|have|had|will|would"
    r"|could|can|should|may|might|must|said|says|came|comes|followed|follows|shows?|showed|suggests?"
    r"|suggested|claims?|claimed|prompted|sparked|began|faces?|faced|found|revealed|amounted"
    r"|made|took|gave|won|lost|went|got|held|met|paid|sold|sent|spent|fell|rose|grew)\b"
)
_NAME = re.compile(r"\b[A-Z][\w'’-]+")
_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_COUNTS = {w: n for n, w in enumerate(_COUNT_WORDS.split("|"), start=2)} | {"dozen": 12}
_SPANS = frozenset("period year years time decade century month months".split())
_YEAR = re.compile(r"\b(?:1[0-9]|20)\d\d\b")
_PAST = frozenset("made took gave won lost went got held met paid sold sent spent fell rose grew".split())
_OBJECT_OPENS = frozenset("a an the his her its their this these those".split())
_AUXILIARIES = r"were|are|was|is|had|have|has|will|would"
_AUXILIARY_NEXT = re.compile(rf"\s+(?:{_AUXILIARIES})\b")
# A verb right after a count or its noun ("the four were freed", "the two men faced charges"):
# what they did, not which (a participle and its phrase say which: "the three freed from ...")
# (an "-ed" before "by" is a participle; before another preposition, only where a verb of its
# own follows in the clause: "the three freed from custody are home", not "the three schools
# focused on logic")
_VERB_NEXT = re.compile(
    rf"\s+(?:{_AUXILIARIES}|(?![a-z]+ed\s+by\b)"
    r"(?![a-z]+ed\s+(?:from|in|at|on|to|after|for|under|over|with|during|into|of)\b"
    rf"[^;:]*\b(?:{_AUXILIARIES})\b)[a-z]{{2,}}ed)\b"
)
# What says which after a demonstrative: "those who voted", "these of ours" (not "those files at ...").
# (a preposition does not: "this small town with ...", "these cases in Brazil" still point back)
_SAYS_WHICH_ONE = frozenset("who which that whose where".split())
_ADJECTIVE_ENDS = ("al", "ive", "ous", "ent", "ant", "ic", "ful", "less", "able", "ible", "ed", "est", "ary")
_ADJECTIVE_ENDS += ("-born", "-based", "-old", "-time", "-winning", "-selling")  # ("the Ohio-born singer")
# Words before a noun that say how much of it, or how far, not which: "the whole course".
_DEGREE = frozenset("whole entire most least very".split())
_ADJECTIVES = (
    frozenset(
        """new latest recent current big huge major key much so-called whole senior junior top leading
    home away""".split()
    )
    | _DEGREE
)


def _is_adjective(word: str) -> bool:
    """Whether a word before a noun describes it rather than saying which ("the controversial
    issue", not "the fishing ban"): by its ending, a rough guess that errs towards describing;
    a country's word says where from, not which ("the Korean shipbuilder", "the US firm")."""
    return word in _ADJECTIVES or word.endswith(_ADJECTIVE_ENDS) or word in _OF_A_COUNTRY


# A country's words as ``_phrase`` writes them: "korean", "us".
_OF_A_COUNTRY = frozenset(w.lower() for w in (*DEMONYM_WORDS, *COUNTRY_ALIASES))
_COUNTRY_LETTERS = frozenset(w.lower() for w in COUNTRY_ALIASES if w.isupper())  # "us", "uk"


_UNIT = re.compile(
    rf"-|\s(?:years?|days?|weeks?|months?|hours?|minutes?|miles?|per ?cent|{'|'.join(MONTHS)})\b|%"
)
_APPOSITION = re.compile(r"[A-Z][\w'’-]*\s*(?:,|-|–|—)\s*$")
# A speaker's verb after a description: "..., the firm said." reports, it is no apposition.
_SAYS_IT = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:said|says|added|adds|told|tells|reported|announced|warned|stated)\b"
)
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*|_+|[^\w\s]")  # (a blank, "_____", ends a phrase)
# After a count: "the 12 largest", "the four sailors freed from ...", "the three women of ...":
# the words after say which (but "the eight men held a conference": a verb with its object).
_SAYS_WHICH = re.compile(
    r"\s+(?:(?:[a-z-]+est|worst|best|most|least)\b"
    r"|(?:(?!of\b)[\w-]+\s+){0,2}?(?:(?:[a-z]+(?:ed|ing)|spent|paid|held|made|given|won|sold|set|built)"
    r"(?!\s+(?:a|an|the|their|his|her|its)\b)|of(?!\s+[a-z]+ing\b)|for(?!\s+(?:more|less|nearly|almost|about|around|over|\d))|which|that|who|where)\b)"
)
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)\s+([A-Z][\w'’-]+)\b(?!\s+[A-Z])")
# ... which it cannot match without one of these (case kept: a plain test, first)
_TITLED_WORDS = ("Mr", "Ms", "Miss", "Dr")
_FROM_NOW = re.compile(
    r"\b(?:(?:last|next)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|term|session|decade)"
    r"|(?:last|tomorrow) night|yesterday|tomorrow"
    r"|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some)\s+"
    r"(?:years?|months?|weeks?|days?|decades?)\s+ago"
    r"|(?<!of )the\s+(?:spring|summer|autumn|winter)\b(?!\s+(?:of\s+)?\d))\b",
    re.I,
)
# "this year", "this week": when the article was written, unsaid; it matters to a figure asked
# ("expected to reach $___ this year"), not to who did what ("is to visit ... this week")
_NOW_SAID = re.compile(r"\bthis\s+(?:week|month|year|weekend|spring|summer|autumn|winter|season)\b", re.I)
# ... as is a month's own ("December's confidence level": the December before it was written)
_MONTHS_OWN = re.compile(rf"\b(?:{'|'.join(MONTHS)})['’]s\b")
_MONTHS_OWN_WORDS = tuple(f"{month}{mark}s" for month in MONTHS for mark in "'’")
_FROM_BEFORE = re.compile(
    r"\b[Tt]he (?:year|quarter)\b(?!\s+(?:to|of|ending|ended|before|after|since|in|\d))"  # which year?
    r"|(?<![Aa]t )\b(?:the following|the previous|the same|that)\s+(?:(?:two|three|four|five|few|\d+)\s+)?"
    r"(?:days?|weeks?|months?|years?|decades?|morning|evening|night|weekend|time)\b(?!\s+(?:as|when)\b)"
    # ... or later or earlier than what was told before ("visited the city later in 1804")
    r"|\b(?:later|earlier)\s+(?:that\b|in\s+(?:_{3,}|(?:1[0-9]|20)\d\d\b))"
    # ... or since when ("shares have risen since but fell ...", "it has grown ever since.")
    r"|\b(?:have|has|had|ever)\s+(?:\w+\s+)?since\b(?=\s*[,.;]|\s+(?:but|and|then)\b)"
    r"|\b(?:have|has|had)\s+since\s+(?=[a-z]+(?:ed|en)\b)"
    # ... or what happened, told before ("officials who had forgotten what happened")
    r"|\bwhat\s+(?:had\s+|has\s+)?happened\b(?!\s+(?:to|in|on|at|when|during|after|before|between|with|if)\b)",
    re.I,
)
# A share opening a sentence as its subject, with nothing it is a share of ("About 70% were
# using ..."): of whom? (said before)
_BARE_SHARE = re.compile(
    r"^[\"“]?((?:(?:about|nearly|almost|around|some|more than|over|only|just|under|less than|fewer than)\s+)?"
    r"\d[\d.,]*\s?(?:%|per ?cent))"
    r"\s+(?:were|are|was|is|had|have|said|say|thought|think|believed?|felt|feel|did|do|would|will|could"
    r"|wanted|want|used|use|agreed|agree|backed|back|voted|vote|plan|planned|expect|expected)\b",
    re.I,
)
# The words (lowercase) that these patterns cannot match without: see ``_may_match``.
_FROM_NOW_WORDS = ("last", "next", "yesterday", "tomorrow", "spring", "summer", "autumn", "winter", " ago")
# "the same" and a noun that ends its clause: the same as what? (a time is ``_FROM_BEFORE``'s)
_THE_SAME = re.compile(r"\s+(?!(?:time|way)\b)[a-z][\w-]*(?=\s*(?:[.,;:!?)]|$))")
_SHARED = re.compile(r"\b(?:shar(?:e|es|ed|ing)|both|all|each|two|three)\b[^,;]*$", re.I)
_FROM_BEFORE_WORDS = tuple(
    "the year|the quarter|the following|the previous|the same|that|later|earlier|since|happened".split("|")
)
_AFTER_A_YEAR = ("the year", "later", "earlier")
_SUCH_WORDS = ("such ",)

# An opening that carries on from the sentence before, after a joining word if any.
CARRIES_ON = re.compile(
    r"^[\"“‘'(]?(?:(?:but|and|yet|so|however,?|meanwhile,?)\s+)?(?:"
    r"(?:in addition(?! to)|also|furthermore|moreover|instead(?! of)|similarly|likewise"
    r"|as a result(?! of)|nevertheless|nonetheless|even so|otherwise|therefore|thus|hence|meanwhile|elsewhere"
    r"|by contrast|in contrast(?! to)|on the other hand|in turn|in response(?! to)"
    r"|for (?:its|his|her|their|our|my|your) part"
    # ... or says what it is of, or where, by what was said before ("As such, ...", "Among them,
    # ...", "There, in 1518, ...")
    r"|as such|among (?:them|these|those)|of (?:them|these|those)|to this end|for this reason"
    r"|because of this|despite this|in this way|(?:there|here)(?=,)"
    # ... or says when by what was told before ("Soon after, ...", "Later at a state banquet, ...")
    r"|(?:soon|shortly|not long|long) after(?=,)|(?:soon |shortly )?afterwards?|later(?=,| at\b| that\b)"
    r"|at the same time|at the time(?=,)|at (?:this|that) (?:time|point|stage)(?=,)"
    r"|by (?:then|that time|this time|this point)(?=,)|until then(?=,)|previously(?=,)"
    # ... or gives an instance of what was said before ("For example, ...")
    r"|for (?:instance|example)(?=,))\b|[-–•*]\s)",
    re.I,
)
OPENING = re.compile(
    r"^[\"“‘'(]?(?:(?:but|and|yet|so|however,?|meanwhile,?)\s+)?(?:"
    # ("Fellow striker Tomas Velden": of whom? but "Fellow citizens, ..." is whom a speech addresses)
    # ("This year" is now; "That year", "That autumn" the one told before)
    r"(?:he|she|they|its|his|her|their|them|those|that|such|fellow(?!\s+[\w-]+,)|another"
    r"|th(?:is|ese)(?! (?:year|week|month|morning|afternoon|evening|weekend|summer|spring|autumn|winter"
    r"|decade)\b)"
    # (not "Neither the Senate nor the Crown ...", "Both the House and the Senate ...": one pair)
    r"|both(?![^,.]{1,60}\band\b)|neither(?![^,.]{1,60}\bnor\b))\b"
    r"|it\b(?! (?:is|was) (?:\w+ ){1,3}that\b)"  # (not "It is clear that ...": it points forward)
    r"|(?:all|none)(?= (?:of them )?(?:were|are|was|is|have|had|will|would)\b)"
    r"|an? (?:identical|similar)\b"
    # ... or after a short phrase of when, where or how ("In a survey, it found ...", "Last
    # year, they ..."): the subject is still what came before
    r"|(?:in|on|at|by|for|after|before|since|during|earlier|later|last|now|today|yesterday"
    r"|with|without|despite|amid|under|following|according to)\b"
    r"[^,\"“]{1,60},\s+(?:he|she|they|it|this(?!\s+(?:year|week|month|decade|century)\b))\s+"
    r"(?!(?:is|was) (?:\w+ ){1,3}that\b)(?-i:[a-z]+)\b)",
    re.I,
)
# One holder of an office many hold, with no name after it: a former holder of any ("the
# ex-home secretary", "the former Prime Minister") or one of a seat's many ("the Edinburgh
# MSP", "the Labour peer": titles.yaml ``seat_offices``). Which one was told before. (Not
# "the Tory leader", "the Prime Minister": one at a time.)
_ANY_OFFICE = rf"(?i:{one_of(OFFICE_WORDS)})"
_ONE_HOLDER = re.compile(
    rf"\b[Tt]he (?:(?:former|ex-) ?(?:[a-z]+ ){{0,2}}{_ANY_OFFICE}(?: {_ANY_OFFICE})*"
    rf"|(?P<seat>(?:[A-Z][\w'’-]+ ){{1,3}})(?i:{one_of(SEAT_OFFICES)}))"
    r"(?![\w-]| +[A-Z_{]|, +[A-Z][a-z]+ [A-Z]| *[(\[])"
)
# "said Smith's decision was wrong": a possessed shell noun the words after do not explain.
_POSSESSED = re.compile(
    r"\b[\w-]+['’]s (?:comment|comments|decision|move|claim|claims)\b"
    r"(?![\w-]|\s+(?:on|about|that|to|of|for|with|in)\b)"
)
# A quotation asked as whose it is, opening on a pronoun for what was said before it.
# (not "It is important we ...", "It would be ...": an "it" that points forward; nor "This is
# another step ...": what the speaker says it of is the story itself)
_QUOTE_OPENS = re.compile(
    r"\b(?:said|says|words):?\s[“\"](?P<w>(?:It|They))\s(?!(?:is|was|are|were|would|will|could|should|may|might"
    r"|must|seems|appears)\b)[a-z]+"
)
# ... which it cannot match without one of these (a quotation mark, then "It" or "They")
_QUOTE_OPENS_WORDS = ('"It', "“It", '"They', "“They")
# A comparison or an ellipsis whose other term was said before.
_SUCH = re.compile(r"\bsuch (?:an? |other )?(?!as\b)(?-i:([a-z]{3,}))\b(?! as\b)", re.I)
# ... and each kind of ellipsis, with the words (lowercase) it cannot be found without.
_ELLIPSES = (
    (
        r"(?<=\w )this (?:is|was|has|had|will|would|could|can|should|must|may|might|means|shows)\b",
        ("this ",),
    ),
    (r"\b(?:similar|identical) (?-i:[a-z]+)\b(?! to\b)", ("similar ", "identical ")),
    # "both aircraft", "both men" (but "both the House and the Senate": the two said)
    (r"\bboth (?!the\b)(?-i:[a-z]+)\b(?![^,.;]{0,40}\band\b)", ("both ",)),
    # "Monday's show", "Tuesday's report": which one, told of that day?
    (
        rf"\b(?:{'|'.join(WEEKDAYS)})['’]s (?-i:[a-z]+)",
        tuple(f"{d.lower()}'s" for d in WEEKDAYS) + tuple(f"{d.lower()}’s" for d in WEEKDAYS),
    ),
    (r"(?<!\band )\b(?:has|have|had) since (?-i:[a-z]+ed)\b", (" since ",)),
    (
        r"\b(?:said|says) that (?:would|will|could|should|might|may|must|was|is)\b",
        ("said that ", "says that "),
    ),
    (
        r"\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand|bn|m))?\s+(?:more|fewer)"
        r"(?=[,.;]|\s+(?:by|in|on|at|to|for|over|from|were|will|would|are|is|was|have|had|could|should)\b)",
        ("more", "fewer"),
    ),
    # "Sir ___ himself"
    (r"^\W*(?:\w+\s+){1,3}(?:himself|herself|themselves)\b", ("himself", "herself", "themselves")),
    (
        r"\b(?:sent|went|go|goes|gone|moved|flown|lived|stayed|arrived|died|travelled|traveled|returned)\s+there\b",
        ("there",),
    ),
    # "this and two other hymns": a pronoun for what was told before
    (r"\b(?:this|these)\s+(?:and|or)\s", ("this ", "these ")),
    # "also opened nearby", "a nearby hall": near what was told before (not "nearby Gateshead")
    (r"\bnearby\b(?!\s+(?-i:[A-Z]))", ("nearby",)),
    # "so many of them are wrong", "most of these": a part of what was told before
    (
        r"\b(?:many|most|some|few|all|none|each|both|several|half|one|two|three|four)\s+of\s+(?:them|these|those)\b"
        r"(?!\s+(?:who|which|that)\b)",
        ("of them", "of these", "of those"),
    ),
    (
        r"\b(?:against|oppose[sd]?|support(?:s|ed)?|back(?:s|ed)?|reject(?:s|ed)?|scrap(?:ped)?|defend(?:ed)?"
        r"|criticised|criticized)\s+it\b(?!\s+(?:is|was|would|will|had|has|could|should|must|may|might)\b)",
        ("against", "oppose", "support", "back", "reject", "scrap", "defend", "critici"),
    ),
)
_ELLIPSIS_KINDS = tuple((re.compile(pattern, re.I | re.M), words) for pattern, words in _ELLIPSES)
_ELLIPSIS_WORDS = tuple(sorted({w for _, words in _ELLIPSES for w in words}))


def _lowered(text: str) -> str:
    """``text`` lowercased for ``_may_match``, as a pattern that ignores case reads it: its "i"
    also matches "İ" and "ı", its "s" "ſ", which are read as "i" and "s" first (most texts are
    ASCII, lowercased at once)."""
    return text.lower() if text.isascii() else text.translate(AS_ASCII_LETTERS).lower()


def _may_match(lowered: str, words: tuple[str, ...]) -> bool:
    """Whether a pattern that cannot match without one of ``words`` (lowercase) may match the
    text ``lowered`` is of (``_lowered``). A plain test, before the search: drafting reads tens
    of thousands of stems, and a pattern that ignores case tries every branch of its
    alternation at every place of each."""
    return any(map(lowered.__contains__, words))  # (a loop in C: no frame per word)


def _has_ellipsis(shown: str, lowered: str) -> bool:
    """Whether ``shown`` (``lowered``: see ``_lowered``) has one of ``_ELLIPSES``, each kind
    searched only where its words may be."""
    if not _may_match(lowered, _ELLIPSIS_WORDS):
        return False  # (one plain test for most stems, which have none of the kinds' words)
    for pattern, words in _ELLIPSIS_KINDS:
        # (``_may_match`` written out: a third of the stems get here, and try every kind)
        if any(map(lowered.__contains__, words)) and pattern.search(shown) is not None:
            return True
    return False


# An "it" the sentence never says: "In the north it was just over 6,000", "said it was a
# mistake, before ...", "suggests it was written by ...". (Not "it was time to ...".)
_IT_STANDS_FOR = re.compile(
    r"^(?:(?:But|And)\s+)?(?:In|For|Among|Across|Within|At) [^,]{1,50}?,?\s+it (?:is|was|stood at) "
    r"(?:(?:just|about|around|nearly|almost|roughly|more than|less than|over|under|only|still) )*"
    r"(?:\d|pounds\b|[£$€_])"
    r"|\b(?:said|says|saying|added|adding|suggests?|suggested|argued|insisted|claimed|believes?|believed)"
    r" (?:that )?it (?:is|was|had been|has been|would be) [\"“'‘]?an? [\"“'‘]?(?:[\w'’-]+ ){0,3}?[\w'’-]+"
    r"[\"”'’]?(?=\s*(?:[,.;]|for\b|but\b|and\b))(?![^,.;]*\bto\b)"
    r"|\b(?:suggests?|suggested|says?|said|believes?|believed|claims?|claimed|thinks?|thought)"
    r" (?:that )?it (?:is|was|had been|has been) (?:\w+ly )?[a-z]+(?:en|ed) by\b"
)
# ... which it cannot match without one of these (a plain test, first)
_IT_SAID = ("it is ", "it was ", "it stood at ", "it had been ", "it has been ", "it would be ")
# A person a later "he" or "his" may stand for: a name (a capitalised word after the first),
# an office or a person noun.
# (capitalised too where a second sentence opens inside the text shown: '..." She said ...';
# but "Her Majesty", "His Holiness" are titles)
# (each pronoun opens with an "h" or an "s": the look ahead first lets the search pass over
# every other place at once, where it tried each branch and its looks behind)
_PERSONAL_PRONOUN = re.compile(
    r"(?=[hsHS])(?:\b(?:he|she|him|his|her|himself|herself)\b"
    r"|(?:(?<=[.!?]\s)|(?<=[.!?][\"'”’]\s))(?:He|She|His|Her)\b(?! (?:Majesty|Royal|Holiness|Excellency)))"
)


_OFFICE = rf"\b{_ANY_OFFICE}\b"
_PERSON_MENTION = re.compile(
    rf"(?<=.)\b[A-Z][\w'’-]*|{_OFFICE}|\b(?i:woman|man|mother|father|wife|husband|girl|boy|son|daughter|who)\b",
    re.S,
)
_NOBODY = NOT_NAMES | frozenset((*MONTHS, *WEEKDAYS, *PARTY_WORDS, *DEMONYM_WORDS))
_THE_NAME = re.compile(r"\b[Tt]he (?:[A-Z][\w'’&-]*\s?)+")  # "the Sunday Courier": a paper, not a person
_OFFICE_WORD = re.compile(_OFFICE)
_HE_SAID = re.compile(
    r",\s+(?:he|she|it)\s+(?:said|added|argued|warned|claimed|insisted|told \w+)(?:\W*$|,\s)"
)


_FULL_NAME = re.compile(
    r"\b[A-Z][a-z’'-]+\s[A-Z][a-z’'-]+"
    rf"|(?<!\w)(?:{'|'.join(re.escape(h) for h in sorted(PLAIN_HONORIFICS, key=len, reverse=True))})\s[A-Z]"
)


def _names_its_subject(clause: str) -> bool:
    """Whether a full name opens ``clause`` among its first four words, as its subject does
    ("Chancellor Ana Ruiz was confident ..."): the one a "he said" after it may be. A name
    further on ("The changes proposed by Ana Ruiz were ...") is what the speaker spoke of."""
    m = _FULL_NAME.search(clause)
    return m is not None and len(clause[: m.start()].split()) < 4


# "it" or "its" standing for a thing, not pointing forward ("it is clear that ...", "it was
# agreed to ...", "it emerged ...") nor a set phrase ("make it", "it's time").
_IT = re.compile(
    r"\b(?:its|it)\b(?!['’]s time\b)(?!\s+(?:(?:is|was|'s|’s|has been|had been|will be|would be|may be"
    r"|might be|could be|should be|must be|seems|seemed|appears|appeared|remains|remained|became|becomes"
    r"|looks|looked|takes|took|is not|was not|isn't|wasn't)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:that|to|whether|if|when|how|why|what|as if|as though)\b|emerged\b|is said\b|was said\b|comes to\b))"
    # (nor "making it hard for firms to ...", "found it easy to ...": it points forward)
    r"(?!(?:(?<=make it)|(?<=makes it)|(?<=making it)|(?<=made it)|(?<=find it)|(?<=finds it)|(?<=found it))"
    r"\s+[a-z]+\s+(?:to|for|that)\b)"
)
# What an "it" may stand for, said before it: a name (a capitalised word after the first), a
# noun after a determiner, the blank a thing was asked in (not a figure: "In 2011, it ...").
_THING_MENTION = re.compile(
    r"\b(?i:the|a|an|this|that|these|those|his|her|their|our|my|your|one|which|what)\s+(?!its?\b)[a-z][\w'’-]*"
    r"|\bWho\b|(?<=.)\b[A-Z][\w'’&-]*|_{3,}"
)
_NO_THING = NOT_NAMES | frozenset((*MONTHS, *WEEKDAYS))


def names_a_thing(text: str) -> bool:
    """Whether ``text`` names something a later "it" may stand for (``_THING_MENTION``; the
    question's own "Which court", "Who"), besides words such as "But" or "Monday" (or one the
    sentence opens on: "Sales ...")."""
    first = text.split(maxsplit=1)[0].strip("\"“‘'(") if text.strip() else ""
    if first[:1].isupper() and first not in _NO_THING and first.lower() not in _IT_OPENINGS:
        return True
    return any(
        m.group() not in _NO_THING and m.group().rsplit(" ", 1)[-1].lower() not in _PERSON_NOUNS
        for m in _THING_MENTION.finditer(text)
    )


# Nouns of a person, which no "it" stands for ("the historian", "a minister").
_PERSON_NOUNS = OCCUPATIONS | OFFICE_WORDS


def _it_stands_for_nothing(shown: str, it: re.Match[str], lead: str) -> bool:
    """Whether the "it" ``it`` found in ``shown`` has nothing said to stand for: not before it
    (in the sentence or the one shown first), nor right after the comma closing the phrase it
    opens ("In its filing, Norland Rail said ...", "When it was launched, the Velo cost ...")."""
    before = shown[: it.start()]
    if names_a_thing(f"{lead} {before}" if lead else before):
        return False
    # (the phrase must open the sentence: "Most countries have banned it, but it remains ..."
    # does not point forward)
    opening = before.split(maxsplit=1)[0].strip("\"“‘'(").lower() if before.strip() else ""
    comma = shown.find(", ", it.end())
    fronted = opening in _FRONTING
    return comma < 0 or not fronted or not names_a_thing(shown[comma + 2 : comma + 42])


# Words that open a clause before a sentence's subject ("When it was launched, the Velo ...") ...
_SUBORDINATORS = frozenset("as since until after before when while if although though because".split())
# ... or a phrase ("In its filing, the bank said ...").
_FRONTING = _SUBORDINATORS | frozenset(
    "in on at during with for by from despite unlike like under over through within".split()
)
# Words opening a sentence that name nothing an "it" could stand for.
_IT_OPENINGS = _SUBORDINATORS | frozenset(
    "of but and yet so most many some all few several both each every no none other others".split()
)


def names_a_person(text: str) -> bool:
    """Whether ``text`` names somebody a later "he" or "his" may stand for."""
    bodies = _THE_NAME.sub(lambda m: m.group() if _OFFICE_WORD.search(m.group()) else " ", text)
    return any(m.group() not in _NOBODY for m in _PERSON_MENTION.finditer(bodies))


@dataclass(frozen=True)
class Reading:
    """One article read as discourse: its text (lowercased once for searches), its title,
    and where its body starts (after the title, when the text opens with it: a headline
    introduces nothing the body does not introduce again)."""

    text: str = ""
    title: str = ""
    lowered: str = ""
    body: int = 0
    words: int = 0  # how long the article is (``LONG_ARTICLE_WORDS``)

    def said_before(self, word: str, end: int, whole: bool = False) -> bool:
        """Whether the article's body before ``end`` has a word opening with ``word`` (or, with
        ``whole``, the very noun or its plural: "vote", "votes", not "voters")."""
        at = self.lowered.find(word, self.body, end)
        while at >= 0:
            after = self.lowered[at + len(word) : at + len(word) + 2]
            ends = not whole or not after[:1].isalnum() or after[:1] == "s" and not after[1:].isalnum()
            if (at == 0 or not self.lowered[at - 1].isalnum()) and ends:
                return True
            at = self.lowered.find(word, at + 1, end)
        return False


# One article, for each of its drafts. The drafts come in the order of the merged facts, not
# article by article, so the cache holds every article of a large build: with fewer, an article
# was lowercased again for most drafts, and ``leans_on`` hashed the new copy to look it up.
@lru_cache(maxsize=16384)
def read_source(text: str, title: str = "") -> Reading:
    """The discourse reading of an article, computed once."""
    opening = text.lstrip()
    body = len(text) - len(opening) + len(title) if title and opening.startswith(title) else 0
    return Reading(text, title, text.lower(), body, len(text.split()))


# An article this long is one on its subject, which its title names (an encyclopedia's): the
# student knows what it is about, and its later sections tell side details. A report's
# headline tells its story instead.
LONG_ARTICLE_WORDS = 1500


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
# Words after "for", "over" or "since" that say how long ("for more than 10 years", "for at
# least a year", "for up to six months").
_HOW_LONG = frozenset("more less nearly almost about around over some several many years months".split())
_HOW_LONG |= frozenset("at up just a".split())
_HOW_LONG |= frozenset(_COUNT_WORDS.split("|"))
_BY_WHEN = re.compile(r"\bby\s+(?:\d|the end|next|last|early|late)")


def _phrase(text: str, at: int, restrictive: frozenset[str] = _RESTRICTIVE) -> list[str] | None:
    """The lowercase words of a description from ``at`` up to its head noun; None when
    the words after it say which one, or when no noun follows."""
    words: list[str] = []
    tokens = _TOKEN.findall(text, at, at + 80)  # (in place: _TOKEN looks neither behind nor ahead)
    for n, token in enumerate(tokens[:3]):
        owner = token.endswith(("'s", "’s"))  # "the organisation's president": the organisation
        token = token[:-2] if owner else token
        token = token.lower() if _ACRONYM_PLURAL.fullmatch(token) else token  # "the MPs"
        described = (
            token in DEMONYM_WORDS
            or token in COUNTRY_ALIASES
            or "-" in token
            and _is_adjective(token.lower())
        )
        # (or a name before one of many: "the Venice winner", "the Velora captain": whose?)
        named_one = (
            not n and token[:1].isupper() and n + 1 < len(tokens) and _singular(tokens[1]) in AFFILIATED
        )
        if (described or named_one) and n + 1 < len(tokens) and tokens[n + 1].islower():
            token = token.lower()  # "the German lender", "the Ohio-born singer": described
        degree = not words and token in _DEGREE  # ("the whole course", "the most recent additions")
        if not token.replace("-", "").isalpha() or not token.islower():
            break
        if token in _NOT_IN_PHRASE and not degree:
            break
        if token in _RESTRICTIVE:
            break
        after = tokens[n + 1] if n + 1 < len(tokens) else ""
        if words and token.endswith(("ed", "ing")) and after in _RESTRICTIVE:
            return None  # "the changes proposed by ...": said which (but "the much trailed decision")
        # "the cardinal used a ...", "the club dropped sharply": the noun's verb
        its_verb = words and token.endswith("ed") and (after in _OBJECT_OPENS or _one_of_many(words[-1]))
        if its_verb or words and token in _PAST:
            break
        words.append(token)
        if owner or (token in KNOWN_THINGS or token in SHELL_NOUNS) and after not in SHELL_NOUNS:
            break  # "the government fought off ...": a noun, then its verb (but "the government plans")
        if _one_of_many(token) and _VERB_AFTER.match(" " + " ".join(tokens[n + 1 : n + 3])):
            break  # "the winner faces ...": one of many, then its verb
    if not words or len(words[-1]) < 3:
        return None
    rest = tokens[len(words) :]
    after = rest[0] if rest else ""
    then = rest[1] if len(rest) > 1 else ""
    if after in ("on", "in") and (then in _WHEN or _YEAR.fullmatch(then)):
        return words  # "the plans on Monday", "the storm in April": when, not which
    if after == "by" and _BY_WHEN.search(text, at, at + 80):
        return words  # "the scheme by 2009": when, not which
    if after in ("for", "over", "since") and (
        then in _HOW_LONG or then in _FIGURE_OPENS or then[:1] in _FIGURE_OPENS
    ):
        return words  # "the choir for more than 10 years", "bought the unit for $9bn": how long, how much
    if after == "to" and then == "be":
        return words  # "the curfew to be lifted": what is to be done with it, not which
    if after == "with" and then[:1].isdigit():
        return words  # "led the team with 11 sacks": by how much, not which
    # "the changes proposed by ...", "the law banning it" (but "the company listed in May")
    acted = _one_of_many(words[-1]) and then != "by"
    if after.endswith(("ed", "ing")) and then in _RESTRICTIVE and not acted:
        return None
    return None if after in restrictive else words


# A clause between commas or dashes saying more of what it follows ("The firm, which ..., ended")
_ASIDE = re.compile(r"\s*(?:,\s(?:which|who)\b[^,]{1,120},|\s[-–—]\s[^-–—]{1,120}\s[-–—]|,\s\d{1,2},)")
_JOINING = frozenset(("But", "And", "Yet", "So", "However,", "Now", "Meanwhile,"))
# What opens a figure: a digit, a currency's sign or word ("dollars 9.3bn"), a blank asking it
_FIGURE_OPENS = frozenset((*"0123456789$£€_", *SIGN_OF_CURRENCY))


def _singular(noun: str) -> str:
    """ "events" -> "event" (not "news", "series")."""
    plural = noun.endswith("s") and not noun.endswith(("ss", "us", "ies", "news", "series"))
    return noun[:-1] if plural else noun


def _one_of_many(noun: str) -> bool:
    """Whether "the <noun>" is one of many things or an act told of before ("the club", "the
    company", "the events"): a verb after it is its own."""
    return noun in MANY_HOLD or _singular(noun) in MANY_HOLD or _shell(noun)


def _shell(noun: str) -> bool:
    """Whether a noun, or its singular, stands for an act or a thing told of before."""
    return noun in SHELL_NOUNS or _singular(noun) in SHELL_NOUNS


def _opens_at(shown: str, at: int) -> bool:
    """Whether only opening quotation marks, or a joining word ("But the winner faces ..."),
    stand before ``at``: what starts there is the sentence's subject."""
    before = shown[:at].strip(" \"“‘'")
    return not before or before in _JOINING


# What names a thing right after a description of it: a capitalised word, or a question's
# blank ("_____") that stands for the name asked.
_NAMED_NEXT = re.compile(r" (?:The )?[A-Z][a-z]| _{3,}")
_THEN_A_NAME = re.compile(r" [a-z]+ [A-Z]")  # ("the former deputy Mark Reyes")


def _description(m: re.Match[str], shown: str, read: str, reading: Reading, end: int) -> str:
    """The description ``m`` when it leans on what the student has not read, or ''."""
    word = m.group("words") or ""
    if word in ("former", "latter") and _THEN_A_NAME.match(shown[m.end() : m.end() + 40]):
        return ""  # "the former deputy Mark Reyes": "former" says when he was one, and he is named
    if word in POINTING_BACK:
        return m.group()
    if word == "same" and _THE_SAME.match(shown, m.end()) and not _SHARED.search(shown, 0, m.start()):
        # "arrested on the same charge.": as whose? (not "the same rights as ...", "the same
        # period in 2003", nor one the clause's own things share: "both share the same aim")
        return m.group()
    if shown.startswith(" [", m.end()):
        return ""  # "the river [the Velora]": named right after
    if m.group("count"):
        if read:
            return ""  # (a count or a demonstrative the sentence shown before may explain)
        if m.group("that") or (m.group("the") or "the").lower() != "the" and m.group("the").lower() != "all":
            return m.group()  # "in that two-year drought", "these two": a demonstrative points back
        count = m.group("count")
        # (each run of capitalised words names one: "Police Commissioner Dame Ana Ruiz")
        named = {n for n in _NAME_RUN.findall(shown, 0, m.start()) if not set(n.split()) <= _NOBODY}
        if (int(count) if count.isdigit() else _COUNTS.get(count.lower(), 99)) <= len(named):
            return ""  # "Peru and Chile ... the two countries": named before it
        # a year, a length ("the three-month review", "the 12 year ban"), a count the lead
        # may explain or the words after say which of: no reference
        year = count.isdigit() and len(count) == 4
        length = not count.endswith(("old", "olds")) and _UNIT.match(shown, m.end())
        # (a past tense says what they did only where they open the sentence, its subject: "the
        # $50,000 needed for ..." is what was needed; and an age is somebody the story is about,
        # "the 25-year-old" of its headline, unless an auxiliary says what they did)
        subject = _opens_at(shown, m.start())
        verbs = _VERB_NEXT if subject and not count.endswith(("old", "olds")) else _AUXILIARY_NEXT
        verb = verbs.match(shown, m.end())
        says = (
            not verb
            and _SAYS_WHICH.match(shown, m.end())
            and not verbs.match(shown, m.end() + 1 + len((shown[m.end() :].split() or [""])[0]))
        )  # ("the four had been freed": which four?)
        return "" if year or length or says else m.group()
    if (m.group("the") or "").lower() == "all":
        # ("all" counts: "All five men"; "all parties" is every one; but "All these sessions"
        # points back as "these sessions" does, unless at the time now: "all these years")
        pointing = word in ("these", "those", "this", "that")
        following = _TOKEN.match(shown, m.end() + 1) if pointing else None
        return m.group() if following and _singular(following.group().lower()) not in _SPANS else ""
    the = (m.group("the") or "").lower() == "the"
    apposed = the and _APPOSITION.search(shown, 0, m.start())
    if apposed and not _opens_at(shown, m.start()) and not _SAYS_IT.match(shown, m.end()):
        return ""  # "Labour - the party that ...": said right before (not "..., the firm said")
    determiner = (m.group("the") or "that").lower()
    phrase = _phrase(shown, m.start("words"), _RESTRICTIVE if determiner == "the" else _SAYS_WHICH_ONE)
    if phrase is None:
        return ""
    head = phrase[-1]
    after = shown.lower().find(head, m.start("words")) + len(head)
    if shown.startswith(" [", after) or _NAMED_NEXT.match(shown, after):
        # "the new agency [the Norland Water Agency]", "the film The Harbour", "the official
        # _____" (the blank is the name asked): named right after
        return ""
    if determiner == "those" and head.endswith(("ed", "ing")):
        return ""  # "those polled", "those living nearby"
    stem = head[:5]
    if stem in read.lower() or stem in shown[: m.start()].lower():
        return ""  # what the student read first names it
    if determiner != "the":
        # "this message", "that war": a demonstrative points back (but "this year" is now,
        # "that period" after "in 2016-2020" the years said, and "This caused ..." a pronoun
        # the opening check reads)
        dated = head in _SPANS and _YEAR.search(shown, 0, m.start())
        return "" if head in _NOW or dated or (len(phrase) == 1 and head.endswith("ed")) else m.group()
    one_of_many = _shell(head) or head in MANY_HOLD or _singular(head) in MANY_HOLD
    if one_of_many and all(_is_adjective(w) for w in phrase[:-1]):
        # "the move", "the controversial issue" (but "the fishing ban" says which), "the cardinal",
        # "the senior official": one of many, which? ("the US firm" after a name in its sentence
        # may be that name: "Velden Aero is to supply ... for the US giant")
        of_a_country = any(w in _OF_A_COUNTRY for w in phrase[:-1])
        named = of_a_country and any(
            not set(n.split()) <= _NOBODY for n in _NAME_RUN.findall(shown, 0, m.start())
        )
        return "" if named else m.group()
    if phrase[0] in _COUNTRY_LETTERS:
        return ""  # one of its kind in a country: "the US dollar", "the UK steel industry"
    office = any(w in OFFICE_WORDS for w in phrase) and (head not in MANY_HOLD or len(phrase) > 1)
    if head in KNOWN_THINGS or office:
        return ""
    after = m.start("words") + len(" ".join(phrase))
    if (aside := _ASIDE.match(shown, after)) is not None:
        after = aside.end()  # ("The firm, which dominates the index, ended ...": its verb after)
    if _opens_at(shown, m.start()) and _VERB_AFTER.match(shown, after):
        return m.group()  # "The coalition said ...", "The letter was sent ...": named before
    return f"~{m.group()}" if reading.said_before(_singular(head), end, whole=True) else ""


LEANS = frozenset(("opening", "person", "knight", "description", "ellipsis", "mention", "thing"))


class _BoundedMemo:
    """A least-recently-used memo of at most ``size`` entries (a dict keeps its order of
    insertion: a hit is moved to the end, the first is the oldest). Unlike ``lru_cache`` it
    can be filled by a caller that computed the value its own way (``findings``)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.entries: dict[Any, Any] = {}

    def get(self, key: Any) -> Any:
        """The value stored for ``key`` (now the newest), or None."""
        value = self.entries.pop(key, None)
        if value is not None:
            self.entries[key] = value
        return value

    def put(self, key: Any, value: Any) -> None:
        """Store ``value`` for ``key``, letting go of the oldest entry beyond ``size``."""
        self.entries[key] = value
        if len(self.entries) > self.size:
            del self.entries[next(iter(self.entries))]


# What ``findings`` read of each text: whether it read the text to the end, and the findings it
# read (the gates and the ranking read the same stems; a test that stopped early at a text that
# leans is asked again of it by the next round of drafts).
_READ = _BoundedMemo(65536)


def leans_on(
    shown: str, reading: Reading | None = None, start: int | None = None, lead: str = ""
) -> tuple[tuple[str, str], ...]:
    """What ``shown`` points to that neither it nor ``lead`` (read just before it) says:
    (kind, words) pairs. The kinds "opening", "person", "knight", "description",
    "ellipsis" and "mention" (a noun the article used before: "the vote", unless the
    question names it in brackets, ``named_description``) lean whatever the article says
    (``LEANS``); "title" ("Mr Okafor") and "time" ("last year") lean less surely: the
    gates keep them, the ranking scores them down; "now" ("this year") only where a figure
    is asked. ``reading`` is the article's, whose
    text before ``start`` the student has not read (all of it when ``start`` is None)."""
    memo = _READ.get((shown, reading, start, lead))
    return memo[1] if memo is not None and memo[0] else tuple(findings(shown, reading, start, lead))


def findings(
    shown: str, reading: Reading | None = None, start: int | None = None, lead: str = ""
) -> Iterator[tuple[str, str]]:
    """``leans_on``'s findings one at a time, in its order: a test of whether a text leans at
    all (``stands_alone``, ``standalone.needs_context``) stops at the first that does, not
    reading the rest of the text (most of the gates' cost). What was read is memoised, whole
    or up to where the reader stopped; a later reader who wants more reads the text again
    from its start and is given the findings past those (the reading is a pure function)."""
    key = (shown, reading, start, lead)
    memo = _READ.get(key)
    if memo is not None:
        yield from memo[1]
        if memo[0]:
            return
    read = list(memo[1]) if memo is not None else []
    whole = False
    try:
        for finding in islice(_read(shown, reading or Reading(), start, lead), len(read), None):
            read.append(finding)
            yield finding
        whole = True
    finally:  # (also where the reader stops: the generator is closed)
        _READ.put(key, (whole, tuple(read)))


@lru_cache(maxsize=4096)
def _compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled once: one made for a name ("Sir Tomas", a surname) is asked again
    of every stem naming it, and, left to ``re``'s cache of 512 patterns, such patterns push
    out the fixed ones the gates use, to be compiled again."""
    return re.compile(pattern)


def _read(shown: str, reading: Reading, start: int | None, lead: str) -> Iterator[tuple[str, str]]:
    """What ``leans_on`` finds, found in turn (``findings``)."""
    end = len(reading.text) if start is None else start
    lowered = _lowered(shown)
    # (a sentence shown before says what "It" or "They" is, not what "In addition" adds to)
    if (m := CARRIES_ON.match(shown)) or (not lead and (m := OPENING.match(shown))):
        yield ("opening", m.group())
    if ("'s " in shown or "’s " in shown) and (m := _POSSESSED.search(shown)):
        yield ("description", m.group())  # "the minister's comment": which comment?
    it_said = any(map(shown.__contains__, _IT_SAID))
    if not lead and (_has_ellipsis(shown, lowered) or (it_said and _IT_STANDS_FOR.search(shown))):
        yield ("ellipsis", "it")
    # (a pattern is searched only where the stem has a word it needs: ``_QUOTE_OPENS_WORDS``)
    if any(map(shown.__contains__, _QUOTE_OPENS_WORDS)) and (said_it := _QUOTE_OPENS.search(shown)):
        yield ("opening", said_it.group("w"))  # 'said: "It has the strength ..."': what has?
    # "such a move", "no such meeting": such as what? (but "some other way ... no such way")
    such = None if lead or not _may_match(lowered, _SUCH_WORDS) else _SUCH.search(shown)
    if such and such.group(1)[:4] not in shown[: such.start()].lower():
        yield ("ellipsis", such.group())
    pronoun = _PERSONAL_PRONOUN.search(shown, 1)
    before = shown[: pronoun.start()] if pronoun else ""
    if pronoun and not names_a_person(f"{lead} {before}" if lead else before):
        yield ("person", pronoun.group())
    it = _IT.search(shown, 1) if " it" in shown or "“it" in shown else None
    if it and _it_stands_for_nothing(shown, it, lead):
        yield ("thing", it.group())  # "As of 2011, it had nearly regained ...": what had?
    said = _HE_SAID.search(shown)
    if said and not (_FULL_NAME.search(lead) or _names_its_subject(shown[: said.start()])):
        yield ("person", said.group())  # "The plan Ana Ruiz proposed was flawed, he said": who?
    short = SHORT_TITLE.search(shown) if "Sir " in shown or "Dame " in shown else None
    named = short and (
        shown[short.end() :].startswith(" [") or _compiled(rf"{short.group()}\s+[A-Z]").search(lead)
    )
    if short and not in_quotation(shown, short.start()) and not named:
        yield ("knight", short.group())
    titled = _TITLED.finditer(shown) if any(map(shown.__contains__, _TITLED_WORDS)) else ()
    for m in titled:
        surname = m.group(1)
        title = shown[m.start() : m.start(1)].rstrip()  # ("Mr", "Dr.")
        if _only_titled(lead + " " + shown, len(lead) + 1 + m.start(), title, surname) and (
            reading.text.find(surname, 0, end) >= 0
        ):
            yield ("title", m.group())
    if "the " in lowered and not _FULL_NAME.search(lead):
        for m in _ONE_HOLDER.finditer(shown):
            # (not "the Deputy Prime Minister": one at a time)
            if not OFFICE_WORDS.intersection(w.lower() for w in (m.group("seat") or "").split()):
                yield ("description", m.group())
    for m in _DESCRIPTION.finditer(shown):
        if words := _description(m, shown, lead, reading, end):
            yield ("mention", words[1:]) if words[0] == "~" else ("description", words)
    if _may_match(lowered, _FROM_NOW_WORDS):
        yield from [("time", m.group()) for m in _FROM_NOW.finditer(shown)]
    if _may_match(lowered, ("this ",)):
        yield from [("now", m.group()) for m in _NOW_SAID.finditer(shown)]
    if _may_match(shown, _MONTHS_OWN_WORDS):
        yield from [("now", m.group()) for m in _MONTHS_OWN.finditer(shown)]
    if not lead and _may_match(lowered, _FROM_BEFORE_WORDS):
        # (but "grew 3% in 2031 after a rise in the last quarter of the year": that year; "founded
        # in 1900 and later in 1920 ...": later than that)
        yield from [
            ("description", m.group())
            for m in _FROM_BEFORE.finditer(shown)
            if not (m.group().lower().startswith(_AFTER_A_YEAR) and _YEAR.search(shown, 0, m.start()))
            # ("suspended on 25 September and has since lodged ...": since that day)
            and not (m.group().lower().endswith(("since", "since ")) and _told_when(shown[: m.start()]))
        ]
    if not lead and ("%" in shown or " per" in shown) and (m := _BARE_SHARE.match(shown)):
        yield ("description", m.group(1))
    if not lead and _may_match(lowered, ROLES_IN_AN_ORGANISATION):
        yield from [("description", m.group("role")) for m in _ROLE_OF_WHAT.finditer(shown)]


def _told_when(text: str) -> bool:
    """Whether ``text`` says a time: a year, a month or a day of the week."""
    return bool(_YEAR.search(text)) or not _WHEN.isdisjoint(_TOKEN.findall(text))


def _only_titled(text: str, at: int, title: str, surname: str) -> bool:
    """Whether ``text`` gives ``surname``, titled at ``at`` ("Mr Okafor"), only after a title,
    never after a first name or an initial ("Ana Okafor", "A. Okafor"): every word the pattern
    below finds before it reads as a title with it (``_TITLED``). A plain test first: where the
    surname stands once and its title opens a word of its own, that title is the only word
    found (so the pattern, compiled for each surname, is made only for the others)."""
    if text.find(surname) == text.rfind(surname) and text[at - 1 : at] not in _NAME_JOINERS:
        named = [title]
    else:
        named = _compiled(rf"\b([A-Z][\w'’.-]+)\s+(?:[A-Z]\.\s+)?{re.escape(surname)}\b").findall(text)
    return all(_TITLED.match(f"{f} {surname}") for f in named)


# What may join a word before a title into one word with it ("A.Mr"), for the name pattern.
_NAME_JOINERS = frozenset("'’.-")


def named_description(shown: str, reading: Reading, start: int) -> tuple[str, str] | None:
    """The first description in ``shown`` that leans on an earlier mention ("the agency",
    "the new band") and the name the article gave that thing before ``start`` ("the Norland
    Water Agency", "Lamplight"), for the question to say in brackets; None when the first
    such description names nothing the article introduced (the question then leans on it)."""
    for m in _DESCRIPTION.finditer(shown):
        determiner = (m.group("the") or "").lower()
        if determiner not in ("the", "this", "these") or m.group("count"):
            continue
        if not _description(m, shown, "", reading, start):
            continue
        phrase = _phrase(shown, m.start("words"), _RESTRICTIVE if determiner == "the" else _SAYS_WHICH_ONE)
        if not phrase or _is_adjective(phrase[-1]) or phrase[-1] in _PEOPLE:
            return None  # (a group of people is told of, not named: "the men")
        head = phrase[-1]
        end = shown.lower().find(head, m.start("words")) + len(head)
        if end < len(head) or shown.startswith(("'", "’"), end):
            return None  # ("the council's" is said as it is)
        said = tuple(w for w in phrase[:-1] if w not in _ADJECTIVES)  # ("the Danish toy maker")
        name = antecedent(head, reading.text[reading.body : start], said)
        return (shown[m.start() : end], name) if name else None
    return None


# How an article introduces a thing it later calls "the <noun>": by a name ending in the noun
# ("the Norland Water Agency", not "Prime Minister Ana Ruiz"), the noun before its name ("pop
# band Lamplight", "foreign minister Tomas Velden", not "to visit Chile") or the name before the
# noun in apposition ("Velo, the bicycle hire firm,"). ("NOUN" stands for the noun, "Noun"
# for it capitalised.) The nearest introduction before is the one meant.
_NAME_WORDS = r"[A-Z][\w'’&-]*(?: (?:of |and |& )?[A-Z][\w'’&-]*){0,4}"
# (the apposition's words before its noun, and what follows the noun: ``_may_be_apposed``)
_APPOSED = r", (?:the|a|an) (?:[\w-]+ ){0,3}"
_APPOSED_END = r"[,.;)]| (?:in|of|for|at|on|and|which|that|who)\b"
_INTRODUCTIONS = (
    r"\b(?P<the>[Tt]he\s)?(?P<name>(?:[A-Z][\w'’&-]*\s(?:of\s)?){1,4}Noun"
    r"(?: of (?:the )?[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3})?)\b(?!\s[A-Z])",
    rf"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcan\s)(?<!\bcould\s)\b(?-i:NOUN) (?P<name>{_NAME_WORDS})",
    rf"(?P<name>{_NAME_WORDS}){_APPOSED}(?-i:NOUN)(?={_APPOSED_END})",
)
_PEOPLE = frozenset("men women people children boys girls families".split())
# Nouns a name ends on ("Agency", "Bill", "Festival", "Airport"): a name may end on other
# nouns too ("Save Marvik Harbour"), but then it is no kind of that noun.
_NAME_HEADS = ORG_HEADS | LAW_HEADS | EVENT_HEADS | PLACE_NOUNS
# (after a preposition opening a clause, a place says where, not what: "In England, the ...")
_PREPOSITIONS = frozenset("In On At By For From With As".split())


def _as_named(words: list[str]) -> list[str]:
    """The words of a name less the words opening its clause ("And Lamplight" -> "Lamplight"); none
    after a preposition ("In England, the new target ..." says where, not what), none for a day,
    a month, a word like "TV" or an owner ("Lord Velden's Bill")."""
    while words and words[0] in NOT_NAMES:
        if words[0] in _PREPOSITIONS:
            return []
        words = words[1:]
    if not words or words[0] in COMMON_ACRONYMS or words[0].lower() in OFFICE_WORDS:
        return []  # (nor a title: "the university President Ana Ruiz ...")
    return [] if any(w in _NOBODY or w.endswith(("'", "’", "'s", "’s")) for w in words) else words


def _introductions(noun: str, before: str) -> Iterator[re.Pattern[str]]:
    """The ``_INTRODUCTIONS`` that may find the noun in ``before``, compiled for it (a noun that
    stands for an act, "the announcement", is introduced by no name beside it; one a name may
    end on, by any). Each is tried only where a plain test finds what it needs: compiling them
    costs more than searching."""
    heads = noun in _NAME_HEADS
    if heads and noun.capitalize() in before:
        yield _introduction(noun, 0)  # "... Agency"
    if heads or noun not in SHELL_NOUNS:
        at = before.find(noun + " ")
        while at >= 0 and not before[at + len(noun) + 1 : at + len(noun) + 2].isupper():
            at = before.find(noun + " ", at + 1)
        if at >= 0:
            yield _introduction(noun, 1)  # "band Lamplight"
        if ", " in before and _may_be_apposed(noun, before):
            yield _introduction(noun, 2)  # "Velo, the bicycle hire firm,"


_APPOSED_BEFORE = re.compile(_APPOSED)
_APPOSED_AFTER = re.compile(_APPOSED_END)


def _may_be_apposed(noun: str, before: str) -> bool:
    """Whether ``before`` has the noun where ``_INTRODUCTIONS[2]`` could find it, after a comma,
    "the", "a" or "an" and at most three words, before a mark or one of its words ("Velo, the
    bicycle hire firm,"): a plain test first, as compiling the pattern for a noun costs far
    more than it, and the pattern finds nothing in nearly every text it is tried on."""
    at = before.find(" " + noun)
    while at >= 0:
        start = at + 1
        # (the words between the comma and the noun hold no comma: the last one before it opens them)
        comma = before.rfind(", ", 0, start)
        if (
            comma >= 0
            and _APPOSED_AFTER.match(before, start + len(noun))
            and _APPOSED_BEFORE.fullmatch(before, comma, start)
        ):
            return True
        at = before.find(" " + noun, start)
    return False


@lru_cache(maxsize=4096)
def _introduction(noun: str, kind: int) -> re.Pattern[str]:
    """``_INTRODUCTIONS[kind]`` for one noun, compiled once."""
    pattern = _INTRODUCTIONS[kind]
    return re.compile(pattern.replace("NOUN", re.escape(noun)).replace("Noun", re.escape(noun.capitalize())))


def antecedent(noun: str, before: str, said: tuple[str, ...] = ()) -> str:
    """The name ``before`` last gave the thing it calls "the ``noun``" (``_INTRODUCTIONS``), or
    ''; where the description says more of it (``said``: "Italian", "liqueur"), an introduction
    that says it too."""
    if len(noun) < 3 or not noun.isalpha() or noun not in before.lower():
        return ""
    best, name = -1, ""
    for pattern in _introductions(noun, before):
        for m in pattern.finditer(before):
            words = _as_named(m.group("name").split())
            if not words or m.end() <= best or [w.lower() for w in words] in ([noun], [*said, noun]):
                continue
            if all(w in before[max(0, m.start() - 40) : m.end()].lower() for w in said):
                the = m.groupdict().get("the") and len(words) == len(m.group("name").split())
                best, name = m.end(), "the " * bool(the) + " ".join(words)
    return name


def names_something(shown: str, reading: Reading | None = None) -> bool:
    """Whether ``shown`` names anything (a person, a body, a place, a work: a capitalised
    word), so that a figure asked in it is a figure of something: "Unemployment remains high
    at about ___" or "Late payers make up one in ___ firms" says neither where nor whose.
    A word opening a sentence counts where it is a name: possessed ("BA's"), written in
    capitals or inside ("PetroVelo"), a place, or capitalised elsewhere in the article
    mid-sentence."""
    text = reading.text if reading is not None else ""
    for m in _CAPITALISED_WORD.finditer(shown):
        word = m.group()
        if word in NOT_NAMES:
            continue  # "On Wednesday", "in March": no thing named
        before = shown[: m.start()].rstrip()
        if before and not before.endswith((".", "!", "?", ":", '"', "“")):
            return True  # capitalised mid-sentence: a name
        if word.endswith(("'s", "’s")) or any(c.isupper() for c in word[1:]) or word in gazetteer().places:
            return True
        if text and _written_as_name(word, text):
            return True
    return False


@lru_cache(maxsize=4096)
def _written_as_name(word: str, text: str) -> bool:
    """Whether ``text`` has ``word`` capitalised after a lower-case word or a comma and a space."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        k = at
        while k > 0 and text[k - 1].isspace():
            k -= 1
        spaced = k < at and k > 0 and ("a" <= text[k - 1] <= "z" or text[k - 1] in ",;")
        if spaced and not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
            return True
        at = text.find(word, at + 1)
    return False


# (as "\b[A-Z]": a capital no word character stands before, asked only where a capital is)
_CAPITALISED_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’&-]*")


# A role within an organisation opening a sentence before a name, no organisation said
# ("Chief executive Ann Lee said ...", "Director Sam Roy called ..."): of what?
_ROLE_OF_WHAT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<role>(?i:"
    + "|".join(sorted(map(re.escape, ROLES_IN_AN_ORGANISATION), key=len, reverse=True))
    + r"))\s+(?:(?:Sir|Dame|Dr|Lord|Lady|Prof)\.?\s+)?(?:\{\{c1::|_{3,}|[A-Z][a-z])"
)


def stands_alone(shown: str, reading: Reading | None = None, start: int | None = None) -> bool:
    """Whether ``shown`` leans on nothing the student has not read, and is no fragment of
    a quotation ("It's a moment we waited years for.\"")."""
    if shown.count('"') % 2 or shown.count("“") != shown.count("”"):
        return False
    return not any(kind in LEANS for kind, _ in findings(shown, reading, start))


# --- what an article is about -------------------------------------------------------------
# An encyclopedia article defines its subject in its first sentence ("The Velora is the longest
# river in Ostland", "The University of Kessel is a public research university") and then calls
# it "the river", "the university" or "It". Read alone, such a sentence leans on the first; the
# question names the subject in brackets instead: "The river [the Velora] rises ...".
_DEFINITION = re.compile(
    r"^(?:[A-Z][a-z]+(?:ed|ing)\b[^,;]{0,160},\s)?"  # "Established ... by the legislature, Kessel is ..."
    r"(?P<the>The\s)?(?P<name>[A-Z][\w'’.-]*(?:\s[\w'’.-]+){0,5}?)"
    r"(?:,\s[^,]{1,80},)?\s(?:is|was|are|were)\s"
    r"(?:one\sof\s)?(?:a|an|the)\s(?:[\w'’-]+\s){0,6}?"
    r"(?P<type>[a-z]{3,})(?=\s(?:in|of|on|at|that|which|who|located|founded|based|with|from|for|by|to|[a-z]+ed)\b|[,.;])"
)
# What may follow a subject for it to be the whole subject of its sentence: a verb.
_SUBJECT_VERB = re.compile(
    r"\s(?:is|was|are|were|has|had|have|will|would|can|could|may|might|then|also|now|still|remains"
    r"|[a-z]+(?:s|ed))\b"
)


@dataclass(frozen=True)
class Topic:
    """The subject an article defines first: its name as the article writes it ("the Velora")
    and the nouns it is called by afterwards ("river", and the title's head noun)."""

    name: str
    kinds: frozenset[str]

    @property
    def is_person(self) -> bool:
        """Whether the subject is somebody ("professor", "inventor"): no "it" stands for them."""
        return bool(self.kinds & _PERSON_NOUNS)


def _without_brackets(text: str) -> str:
    """``text`` without what it says in brackets ("Marvik (/ˈmɑːrvɪk/), the county seat ...",
    nested ones too): a pronunciation, an abbreviation, a date of birth."""
    while (less := re.sub(r"\s?[(\[][^()\[\]]*[)\]]", "", text)) != text:
        text = less
    return text


def article_topic(first: str, title: str, body: str = "") -> Topic | None:
    """The subject the article's first sentence ``first`` defines, when it is the ``title``'s
    too ("Velora River": "The Velora is the longest river ..."); None otherwise (a news report
    opens on an event, not a definition). ``body``: the article's text, where the title's last
    word, written in lower case, is a noun it is called by ("river")."""
    m = _DEFINITION.match(_without_brackets(first))
    if not m:
        return _named_first(first, title)
    name = m.group("name")
    title_words = {w.lower() for w in re.findall(r"[\w'’-]+", title)}
    # (the title's subject, named as the title names it: not "Third seed Tomas Velden" under
    # "Velden knocked out in Lima", whose first sentence tells news, not what Velden is)
    if not {w.lower() for w in name.split()} - {"the"} <= title_words:
        return None
    kinds = {m.group("type")}
    # ... and a title that is a name (of the subject, with its kind and where it is: "Velora
    # River", "Marvik, Ontario"), not a headline ("Norland Mutual concern at port bid")
    named = _without_brackets(title).split(",")[0]
    said = {w.lower() for w in name.split()} | kinds | {title.split()[-1].lower()} | {"the", "of", "and"}
    if not {w.lower() for w in re.findall(r"[\w'’-]+", named)} <= said:
        return None
    head = title.split()[-1].lower() if title.split() else ""
    if head.isalpha() and re.search(rf"\bthe {head}\b", body):
        kinds.add(head)  # "Velora River": "the river" (not "Marvik, Ontario": "Ontario")
    # (a noun it is one of: not "like" nor "winners")
    kinds = {
        k
        for k in kinds
        if k not in KNOWN_THINGS and k not in _NOT_IN_PHRASE and (k.endswith("ss") or not k.endswith("s"))
    }
    return Topic(f"the {name}" if m.group("the") else name, frozenset(kinds)) if kinds else None


def _named_first(first: str, title: str) -> Topic | None:
    """An article whose title is a name ("Marvik Fever", "Ines Duarte": its long words all
    capitalised, as a headline's are not) and whose first sentence opens on it, or on its last
    word, as its subject ("Marvik Fever is thought to have ...", "Duarte gained ..."): a
    topic known by its name only."""
    words = title.split()
    if not words or any(w[:1].islower() for w in words if len(w) > 3):
        return None
    opening = re.match(rf"(?:The\s)?(?:{re.escape(title)}|{re.escape(words[-1])})\s(?-i:[a-z]+)\b", first)
    return Topic(f"the {title}" if first.startswith("The ") else title, frozenset()) if opening else None


def topic_references(sentences: Sequence[str], topic: Topic) -> dict[int, str]:
    """For each sentence (by position) that calls the topic by a pronoun or one of its nouns
    without naming it, the words that do: "It" when it opens the sentence and the sentence
    before had the topic for its subject, or "the river" (unless the two sentences before, or
    its own before it, use the noun for something else: "ABC created two companies: ... The
    company has been sold ..." is not ABC)."""
    out: dict[int, str] = {}
    kinds = "|".join(sorted(topic.kinds)) or "(?!)"  # (known by its name only: never "the <noun>")
    called = re.compile(rf"\b[Tt]he\s(?:{kinds})\b(?!['’]|\s(?:of|in)\s[A-Z])")
    plurals = {f"{k[:-1]}ies" if k.endswith("y") else f"{k}s" for k in topic.kinds}  # ("companies")
    any_use = re.compile(rf"\b(?:{'|'.join(sorted(topic.kinds | plurals))})\b", re.I) if topic.kinds else None
    others: list[int] = []  # per sentence, its uses of the nouns for other things
    subject_before = True  # (the first sentence defines it: it is its subject)
    for i, text in enumerate(sentences):
        # (the first sentence defines the topic by its noun: "The Velora is the longest river")
        uses = len(any_use.findall(text.replace(topic.name, ""))) if any_use and i else 0
        if i == 0:
            others.append(uses)
            continue
        named = names_topic(text, topic)
        it = _IT_SUBJECT.match(text)
        if it and subject_before and not named:
            out[i] = it.group("it")
        elif not named and (m := called.search(text)):
            elsewhere = sum(others[max(i - 2, 0) : i]) or (any_use and any_use.search(text, 0, m.start()))
            if not elsewhere:
                out[i] = m.group()
                uses -= 1
        others.append(uses)
        opening = re.match(rf"(?:{re.escape(topic.name)}|[Tt]he\s(?:{kinds}))", text)
        subject_before = bool(it and i in out) or bool(opening and _SUBJECT_VERB.match(text, opening.end()))
    return out


# "It" as a sentence's subject, at its start or after a participle's phrase ("Founded in 1611 by
# a charter, it is ..."), not "It is clear that ..." (which points forward)
_IT_SUBJECT = re.compile(
    r"(?:[A-Z][a-z]+(?:ed|ing)\b[^,;]{0,80},\s)?(?P<it>[Ii]t)\s(?!(?:is|was)\s(?:\w+\s){1,3}(?:that|to)\b)"
)


def names_topic(text: str, topic: Topic) -> bool:
    """Whether ``text`` names the topic (by its first capitalised word: "Velora"; by the last
    when the topic is somebody)."""
    # (a topic numbered among its kind, "Super Bowl 50", "World War II", is named with its number:
    # "their third Super Bowl title" is not of Super Bowl 50)
    numbers = [w for w in topic.name.split() if _NUMBERED.fullmatch(w)]
    if numbers and not all(has_phrase(text, w) for w in numbers):
        return False
    # (by a word not of its kind: "Kessel" of "the University of Kessel", which "University
    # President" does not name)
    capitalised = [w for w in topic.name.split() if w[0].isupper() and w != "The"]
    own = [w for w in capitalised if w.lower() not in topic.kinds] or capitalised
    # (and somebody by surname: "Martin Luther" is not named by "Martin Brecht")
    first_word = (own[-1] if topic.is_person else own[0]) if own else topic.name
    # (... where the capitalised words around it are the topic's: "Super Bowl Week" is not
    # "Super Bowl 50")
    words = {w.strip("'’s") for w in topic.name.split()}
    for m in re.finditer(rf"\b{re.escape(first_word)}\b", text):  # (not "Victorian")
        run = _CAPITALISED_AROUND.search(text, max(0, m.start() - 60), m.start())
        before = run.group().split() if run else []
        after = _NAME_RUN.match(text, m.start())
        said = {w.strip("'’s") for w in [*before, *(after.group().split() if after else [])]}
        if said - NOT_NAMES <= words:  # (not "In", "The" opening the sentence)
            return True
    return False


_NUMBERED = re.compile(r"\d+|[IVXLC]+")
# The capitalised words right before a place in a text (searched up to it).
_CAPITALISED_AROUND = re.compile(r"(?:[A-Z][\w'’-]*\s+)+$")


def with_topic(text: str, reference: str, name: str) -> str:
    """``text`` naming the topic where it calls it ``reference``: "It rises ..." -> "[The
    Velora] rises ...", "... the river rises" -> "... the river [the Velora] rises"; with no
    ``reference``, ``text`` as it is."""
    if not reference:
        return text
    if reference in ("It", "it"):
        it = _IT_SUBJECT.match(text)
        if it is None:
            return text
        said = f"{name[0].upper()}{name[1:]}" if reference == "It" else name
        return f"{text[: it.start('it')]}[{said}]{text[it.end('it') :]}"
    at = text.find(reference)
    return text if at < 0 else f"{text[: at + len(reference)]} [{name}]{text[at + len(reference) :]}"
