"""Gates: drop the questions a teacher would reject, and say why.

Each gate is a small function returning the reason a draft fails, or ''. The
build report counts the reasons, so a teacher can see why a fact gave no
question.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from quizgen.check_settings import CheckSettings, load_check_settings
from quizgen.discourse import EVERYBODY_KNOWS, Reading, read_source
from quizgen.extract.legal import LEGAL_KINDS
from quizgen.extract.numbers import FIGURE_KINDS
from quizgen.extract.orgs import acronyms_of
from quizgen.extract.people import (
    PERSON_KINDS,
    PLAIN_HONORIFICS,
    PRONOUN_SUBJECT,
    REPORTER_BEFORE,
    REPORTER_WORDS,
    SHORT_TITLE,
)
from quizgen.extract.speech import SPEECH_KINDS
from quizgen.extract.tokens import has_phrase, in_quotation, lower_words
from quizgen.lexicon import (
    CONTINENTS,
    DEMONYM_WORDS,
    HONORIFICS,
    KIN_WORDS,
    MONTHS,
    NAME_GLUE,
    NOT_NAMES,
    OCCUPATIONS,
    OFFICE_WORDS,
    PARTY_NAMES,
    PARTY_WORDS,
    SPEECH_VERB_PATTERN,
    WEEKDAYS,
    country_of_capital,
    names_of_its_own,
    on_the_continent,
    party_forms,
    related_forms,
)
from quizgen.merge import figure_value
from quizgen.models import Fact, Question, Source
from quizgen.rules import BLANK, Draft, as_read, with_lead

# Within one rule priority, which facts make the better question when a sentence
# can give only two: names, then figures (the point of most sentences that hold one),
# then dates, before places, bodies, quoted words and events.
KIND_ORDER = (
    "person_role",
    "quote_speaker",
    "percent",
    "money",
    "number",
    "quantity",
    "date",
    "place",
    "organization",
    "law",
    "event",
    "term",
)

# Sentences that open with these need the previous sentence to be understood.
_NEEDS_CONTEXT = re.compile(
    r"^[\"“‘']?(?:(?:but|and|yet|so|however,?|meanwhile,?)\s+)?(?:he|she|they|it|its|his|her|their|them|this|these|those|that|such|"
    r"both|neither|the (?:move|plan|plans|decision|proposal|proposals|announcement|scheme|"
    r"deal|changes|idea|issue|row|latter|former|same|two|pair|group|report|bill|figures?|"
    r"shake-up|measures|reforms|cuts|trip|visit|talks|rise|increase|fall|cut|party|study|survey|"
    r"research|document|letter|company|firm|devices|picture|minister|spokesman|spokeswoman|"
    r"watchdog|committee|court|judge|agency|body|paper|newspaper|mps|officials|ministers|campaigners|men|women|peer|"
    r"families|couple|victims|suspects|detainees)"
    r"|the (?!(?:government|country|nation|world|public)\b)(?-i:[a-z]+)['’]s"  # "The agency's chief ..."
    r"|the \d+-year-old"  # "The 39-year-old was educated at ...": who?
    # "During the following three days ...", "In the same month ...": after what?
    r"|(?:(?:in|during|on|by|over|for|at) )?the (?:following|previous|same) "
    r"(?:(?:two|three|four|five|few|\d+) )?"
    r"(?:day|week|month|year|decade|morning|evening|night|weekend)s?(?! as\b)"
    # "An identical letter has been sent to ...": identical to which?
    r"|an? (?:identical|similar)"
    # "All were arrested because ...": all of whom? ("Some are worried" is some people)
    r"|(?:all|none)(?= (?:of them )?(?:were|are|was|is|have|had|will|would)\b))\b"
    r"(?! (?:is|was) (?:\w+ ){1,3}that\b)",  # "It is an open secret that ..." leans on nothing
    re.I,
)
# "The e-mail was sent ...", "The much trailed decision was ratified ...": a sentence that
# opens on a thing by "the" and goes straight on to its verb has named it before. (Not "the
# prime minister", "the government": one office, one body everybody knows; not "the rise in
# costs", "the barrister who ...": the words after say which.)
_THE_VERBS = (
    "is|was|were|are|has|have|had|will|would|could|can|should|may|might|must|said|says"
    "|comes?|came|follows?|followed|includes?|included|shows?|showed|suggests?|suggested|claims?|claimed"
    "|prompted|sparked|used|took|made|began|continued|faces?|faced|found|revealed|amounted|described"
)
_THE_WORD = (
    r"(?!(?:who|which|that|whose|of|in|on|at|for|to|with|by|from|about|over|under|into|between|did|does|"
    rf"{_THE_VERBS})\b)(?-i:[a-z][\w-]*)"
)
_THE_THING = re.compile(
    r"^[\"“‘']?(?:(?:but|and|yet|so|however,?|meanwhile,?)\s+)?"
    rf"(?P<np>the (?:{_THE_WORD}\s){{0,2}}{_THE_WORD})"
    rf"(?=\s+(?:(?:also|now|still|already|then|only|reportedly)\s+)?(?:{_THE_VERBS})\b)",
    re.I,
)
# Offices held by many at once: "The mayor said ...", "The cardinal used ...": which one?
_ONE_OF_MANY = frozenset(
    """prince princess cardinal bishop archbishop judge mayor imam rabbi cleric ambassador envoy
    doctor surgeon professor lecturer economist analyst author historian expert scientist
    researcher campaigner activist candidate official officials negotiator delegate commentator""".split()
)


def _the_thing(text: str) -> str:
    """The thing a sentence opens on that it must have named before ("The e-mail"), or ''."""
    m = _THE_THING.match(text)
    if not m:
        return ""
    words = m.group("np").lower().split()
    head = words[-1]
    if head in EVERYBODY_KNOWS or (head not in _ONE_OF_MANY and any(w in OFFICE_WORDS for w in words)):
        return ""
    return m.group("np")


# Nouns that after "the", "this" or "that" point back ("the move", "this plan") ...
_POINTER_NOUNS = "move plan decision proposal announcement scheme idea latter former".split()
# ... and nouns that do unless the words after say which ("the ban on hunting")
_UNSAID_NOUNS = """ban deal bill settlement policy proposals plans changes reforms legislation measures
    agreement treaty project case initiative package offer bid row dispute ruling verdict programme
    campaign strategy review research report study findings survey claims allegations comments remarks
    document speech statement cuts couple suspects victims issue matter figure figures situation
    question incident scandal affair crisis controversy system contract men women group agency watchdog
    closure talks meeting attack attacks crash inquiry probe charity company firm organisation
    organization body union council committee peer trio action""".split()
_GROUP_NOUNS = "organisation organization group company body charity union campaign".split()
_GOING_VERBS = """sent went go goes going gone taken moved flown lived lives stayed arrived based held
    died killed travelled traveled returned work worked working""".split()
# The search runs at every position of every sentence: each branch starts with "t" or "o",
# and a position that starts neither is passed over at once.
_ANAPHORA = re.compile(
    r"\b(?=[to])(?:"
    rf"(?:the|this|that) (?:{'|'.join(_POINTER_NOUNS)})\b"
    # "lifting the ban", "the bill is introduced": which one? (but "the ban on hunting" says)
    rf"|the (?:government(?:['’]s)? )?(?:{'|'.join(_UNSAID_NOUNS)})\b"
    # "the ban on hunting", "the cuts proposed by ...", "the law banning ...": said which
    r"(?!['’]s|,?\s+(?:of|to|for|against|that|which|who|where|between|with|in|into|from|over|at)\b"
    rf"|,?\s+on\s+(?!(?:{'|'.join(WEEKDAYS)})\b)"  # "the plans on Monday evening": when, not which
    r"|,?\s+by\s+(?![\d]|(?:the end|next|last|early|late)\b)"  # "by the council" says, "by 2006" does not
    r"|\s+(?-i:[a-z]+(?:ed|ing))\b)"
    rf"|of the (?:{'|'.join(_GROUP_NOUNS)})\b"
    # "this message", "these terms": which? (but "this year" is clear enough)
    r"|(?:this|these) (?!(?:year|week|month|morning|afternoon|evening|weekend|summer|spring|"
    r"autumn|winter|time|century|decade|term|session|is|was|has|had|will|would|could|can|should|"
    r"must|may|might|means|shows)\b)(?-i:[a-z]{3,})"
    # "those reports": which? (but "those who voted", "those polled", "those homes affected" say)
    r"|those (?!(?:who|whom|whose|which|that|with|in|on|of|for|from|at|responsible)\b)"
    r"(?-i:[a-z]{3,})\b(?<!ed)(?<!ing)(?!\s+(?:who|which|that|with|in|of|from|for|(?-i:[a-z]+(?:ed|ing)))\b)"
    r")",
    re.I,
)
_REFLEXIVE_OPENING = re.compile(
    r"^\W*(?:\w+\s+){1,3}(?:himself|herself|themselves)\b", re.I
)  # "Sir ___ himself"
# "he was sent there", "died there": where? (but "there is", "there were" point nowhere)
_GONE_THERE = re.compile(rf"\b(?:{'|'.join(_GOING_VERBS)})\s+there\b", re.I)
# Every match of each pattern holds one of its words: a sentence with none is not searched
# (most sentences; the search is the costliest step of the gates).
ANAPHORA_WORDS = frozenset([*_POINTER_NOUNS, *_UNSAID_NOUNS, *_GROUP_NOUNS, "this", "these", "those"])
REFLEXIVES = frozenset(("himself", "herself", "themselves"))


def _points_back(text: str) -> bool:
    """ "the move", "this plan", "sent there": a reference to something named before."""
    words = lower_words(text)
    return bool(
        (not ANAPHORA_WORDS.isdisjoint(words) and _ANAPHORA.search(text))
        or ("there" in words and _GONE_THERE.search(text))
        or (not REFLEXIVES.isdisjoint(words) and _REFLEXIVE_OPENING.match(text))
    )


# In a sentence the student reads (not in a quotation, where "this" and "such" are the
# speaker's): "this would save ...", "such a move could ...": what would?
_THIS_OR_SUCH = re.compile(
    r"(?<=\w )(?:this (?:is|was|has|had|will|would|could|can|should|must|may|might|means|shows)\b"
    r"|such an? (?!(?-i:[a-z]+) as\b)"
    r"|such (?-i:[a-z]{3,}s)\b(?! as\b)"  # "the time had come for such shortlists": such as which?
    r"|(?:any|no) such (?!as\b)"  # "if any such meeting was relevant": which meeting?
    r"|similar (?-i:[a-z]+)(?! to\b)"  # "more than 1,000 similar claims": similar to what?
    # "while the four were in ...": which four?
    r"|the (?:two|three|four|five|six|seven|eight|nine|ten) (?:were|are|was|had|have|will|would)\b"
    r"|both (?:countries|sides|men|women|leaders|parties|nations|governments|sides)\b"  # which two?
    r"|that (?:year|month|week|day|time)\b"  # "did not raise duty that year": which year?
    # "in that six-week war", "before that general election": which? (not "in that there is ...")
    r"|\b(?:in|during|after|before|since|at|for|until) that "
    r"(?!(?:the|a|an|there|it|he|she|they|we|you|i|this|is|was|are|were|has|had|have|will|would)\b)(?-i:[a-z_])"
    # "Care has since closed down ...": since what? (but "... and has since paid ...")
    r"|(?<!\band )\b(?:has|have|had) since (?-i:[a-z]+ed)\b"
    # "said that would be impossible": "that" stands for something said before
    r"|(?:said|says) that (?:would|will|could|should|might|may|must|was|is)\b"
    # "a target of 1.5 million more by 2010": more than what? (but "2,000 more police officers")
    r"|\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand|bn|m))?\s+(?:more|fewer)"
    r"(?=[,.;]|\s+(?:by|in|on|at|to|for|over|from|were|will|would|are|is|was|have|had|could|should)\b))"
    # "said ___'s comment was ill-advised": which comment? (but "his comments on ...")
    r"|\w['’]s (?:comment|comments|decision|move|claim|claims)\b(?!\s+(?:on|about|that|to)\b)",
    re.I,
)


# An "it" the sentence never says: "In Northern Ireland it was just over 66,000", "said it
# was a recognition, before ...", "Mr Sands' book suggests it was actually written by ...".
# (Not "it was time to ...", "it is important that ...": those "it"s point at what follows.)
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


# "he", "his", "her" mid-sentence point at a person the sentence must have named:
# by a name (any capitalised word after the first), an office or a person noun.
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|himself|herself)\b")
_OFFICE = rf"\b(?i:{'|'.join(sorted(OFFICE_WORDS))})\b"
_PERSON_MENTION = re.compile(
    rf"(?<=.)\b[A-Z][\w'’-]*|{_OFFICE}"
    r"|\b(?i:woman|man|mother|father|wife|husband|girl|boy|son|daughter|who)\b",
    re.S,
)
# Capitalised words that name nobody: "Yet in January he ...", "Elected in a safe Labour
# seat in 2001 his previous job ...": who?
# ("“We repay loans ...,” he said": the capital opening a quotation is nobody either.)
_NOBODY = NOT_NAMES | frozenset((*MONTHS, *WEEKDAYS, *PARTY_WORDS, *DEMONYM_WORDS))
# "the Sunday Times poll ... his former lover": a name after "the" is a body or a paper,
# not a person, unless it holds an office ("the Prime Minister").
_THE_NAME = re.compile(r"\b[Tt]he (?:[A-Z][\w'’&-]*\s?)+")
_OFFICE_WORD = re.compile(_OFFICE)


def _names_a_person(text: str) -> bool:
    """Whether ``text`` names somebody a later "he" or "his" may stand for."""
    bodies = _THE_NAME.sub(lambda m: m.group() if _OFFICE_WORD.search(m.group()) else " ", text)
    return any(m.group() not in _NOBODY for m in _PERSON_MENTION.finditer(bodies))


# "..., he said." or "..., he said, and ..." needs a person named in full before it (a
# country or body, "UK", "G8", is not one); "..., it said." a body named by its name.
_HE_SAID = re.compile(
    r",\s+(?:he|she|it)\s+(?:said|added|argued|warned|claimed|insisted|told \w+)(?:\W*$|,\s)"
)
_FULL_NAME = re.compile(
    r"\b[A-Z][a-z’'-]+\s[A-Z][a-z’'-]+"
    rf"|(?<!\w)(?:{'|'.join(re.escape(h) for h in sorted(PLAIN_HONORIFICS, key=len, reverse=True))})\s[A-Z]"
)
_LIST_ITEM = re.compile(r"^[-–•*]\s")
# "___ journalist Hamish X said": the paper of a journalist who comments (but "likened an
# ___ journalist to a guard" is what the story is about)
_REPORTER_AFTER = re.compile(
    rf"^(?:['’]s)?\s+(?:\w+\s+)?{REPORTER_WORDS.pattern}(?:,?\s+[A-Z][\w'’-]*)*,?\s+"
    r"(?:said|says|told|tells|added|wrote|writes|believes|believed|thinks|thought)\b"
)
# "Lord Scarman's nephew ___", "___, his wife,": somebody's relative, not a public figure.
_KIN = "|".join(KIN_WORDS)
_KIN_BEFORE = re.compile(rf"\b(?:{_KIN}),?\s+$", re.I)
_KIN_AFTER = re.compile(rf"^,\s+(?:his|her|their|the\s+\S+['’]s|\S+['’]s)\s+(?:\S+\s+)?(?:{_KIN})\b", re.I)
# A quotation that stops on one of these was cut off mid-sentence by unbalanced marks.
_CUT_OFF = frozenset("that the a an and or to of for with by from as than".split())
_POLL = r"\b(?i:sample of|survey of|poll of|polled|questioned|interviewed|surveyed)\s+"
_POLLED = re.compile(_POLL + r"(?i:some |about |around |more than |over |nearly |almost )?$")
# "interviewed 401 people before ... and ___ afterwards": the second count is the sample too
_POLLED_COUNT = re.compile(_POLL + r"[\d,]+\s")
_TRIVIAL = frozenset("a an the and or of to in on at by for he she it they we i".split())


_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@lru_cache(maxsize=65536)  # the same answers and sentences are compared again and again
def norm(text: str) -> str:
    """Lowercase, accents and curly quotes folded, spaces collapsed: for comparisons."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_FOLD))
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split()).lower()


def asks_outright(q: Question) -> bool:
    """A multiple-choice stem that asks for the answer instead of blanking it out of the sentence."""
    return q.type == "mcq" and BLANK not in q.prompt


def _words_of(text: str) -> set[str]:
    """The words of ``text`` as ``norm`` writes them, so they match a normed stem."""
    return set(norm(text).split())


def _read_around(d: Draft) -> str:
    """What the student reads around the blank: the sentence before, when shown, and
    the rest of the answer's sentence."""
    text, s = d.fact.sentence.text, d.fact.answer_start
    return f"{d.fact.slot('lead')} {text[:s]} {text[s + len(d.fact.answer) :]}"


# What follows a count: a few words, a dash or colon, then the things counted.
_LIST_AFTER_COUNT = re.compile(r"[\w\s-]{0,40}?\s[-–—:]\s+(.+)")
_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _counted_after(fact: Fact) -> bool:
    """Whether the sentence lists, after the count, as many names as it says."""
    end = fact.answer_start + len(fact.answer)
    m = _LIST_AFTER_COUNT.match(fact.sentence.text, end)
    value = figure_value(fact.answer)
    if m is None or value is None:
        return False
    items = _LIST_SEPARATOR.split(m.group(1).rstrip(". "))
    return all(i[:1].isupper() for i in items) and len(items) == value


@lru_cache(maxsize=4096)
def _its_people(place: str) -> re.Pattern[str]:
    """A place's people or adjective by the first letters of its name: "Liverpudlians",
    "Londoners", "Parisian" (not irregular ones: "Mancunian")."""
    if " " in place or len(place) < 5:
        return re.compile("(?!)")
    return re.compile(rf"\b{re.escape(place[:5])}(?-i:[a-z]*)(?:ans?|ians?|ers?|ese|is?|ites?)\b")


def gate_leak(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """The answer can be read in the stem (or in an option other than itself)."""
    q = d.question
    if (document := d.fact.slot("document")) and q.type == "cloze":
        # "From Amendments to the Constitution of the United States: ... to the {{Constitution of
        # the United States}}": a founding document's stem names the document
        named = {w for w in _words_of(q.answer) if len(w) > 3}
        if named and named <= _words_of(document):
            return "answer in stem"
    if d.fact.kind == "place" and _its_people(q.answer).search(_read_around(d)):
        return "answer in stem"  # "grieving Liverpudlians ... drunken ___ football fans"
    if q.type != "mcq":
        if d.fact.kind in PERSON_KINDS and " " in q.answer:  # "Mr Smith ... {{c1::Alan Smith}}"
            return "answer in stem" if has_phrase(norm(_read_around(d)), norm(q.answer.split()[-1])) else ""
        if d.fact.kind != "place":
            return ""
        # a cloze shows the rest of its sentence: "Ecologists are warning MSPs that {{Scotland}} ..."
        rest = norm(_read_around(d))
        return "answer in stem" if any(has_phrase(rest, norm(g)) for g in names_of_its_own(q.answer)) else ""
    stem, answer = norm(q.prompt), norm(q.answer)
    give_aways = {answer}
    if d.fact.slot("place_kind") == "country":
        give_aways |= {norm(f) for f in related_forms(q.answer)}  # "___ ... the UK": Britain by another name
    elif d.fact.slot("place_kind") == "city" and (country := country_of_capital(q.answer)):
        give_aways |= {norm(f) for f in related_forms(country)}  # "___ is represented by Spain's ..."
        # "met Tony Blair at 10 Downing Street, on his first official visit to ___"
        give_aways |= {norm(f) for f in names_of_its_own(country)}
    if d.fact.kind == "place":  # "warning MSPs that ___ may have to ...", "Welsh patients in ___"
        give_aways |= {norm(g) for g in names_of_its_own(q.answer)}
    # "visited Kenya's biggest shantytown as he opened a week-long visit to ___"
    if d.fact.slot("place_kind") == "continent" and on_the_continent(
        _read_around(d), CONTINENTS.get(q.answer, "")
    ):
        return "answer in stem"
    if d.fact.kind == "number" and _counted_after(d.fact):
        return "answer in stem"  # "those of ___ other barristers - Nicholas Blake QC, ... and Tom de la Mare"
    if d.fact.kind in PERSON_KINDS and " " in answer:
        give_aways.add(answer.split()[-1])  # the surname alone
    if q.answer in PARTY_NAMES:  # "Which party ... the Tory manifesto?": "Tory" is "Conservatives"
        give_aways |= {norm(n) for n in party_forms(PARTY_NAMES[q.answer])}
    if d.fact.kind in ("organization", "law"):
        # "the 60-employee ___, set up to promote potato markets": the Potato Council's own word
        # (a word the other options share gives nothing away)
        shared = set().union(*(_words_of(o) for o in q.options if o != q.answer))
        kind_words = _words_of(f"{d.fact.slot('org_type')} {d.fact.slot('body')}") | NAME_GLUE | shared
        give_aways |= {w for w in _words_of(q.answer) if len(w) > 3 and w not in kind_words}
    if any(has_phrase(stem, g) for g in give_aways):
        return "answer in stem"
    return ""


# A sentence that opens on one of these carries on from the one before ("In addition,
# pounds 13.4m will come from ..."); "instead of X" and "as a result of X" say what from.
_CARRIES_ON = re.compile(
    r"^[\"“‘']?(?:in addition(?! to)|also|furthermore|moreover|instead(?! of)|similarly|likewise"
    r"|as a result(?! of)|nevertheless|even so|otherwise|therefore|thus|hence)\b",
    re.I,
)
# In a quotation these answer what was said before it, too ("In fact, it would ...", "However, we ...").
_ANSWERS_BACK = re.compile(r"^(?:in fact|indeed|of course|however|but|on the contrary)\b", re.I)


# "I'm not organising a specific investigation into it", "The sooner we get on with
# this, the better": what "it" and "this" are was said before the quotation.
_ENDS_ON_A_POINTER = re.compile(
    r"\b(?:into|with|about|on|of|for|against|over|from|to|do|does|did|support|oppose|back)"
    r"\s+(?:it|this|that|them)\b(?:\s*[,.!?;]|$)"
)


def _quote_leans(quote: str) -> bool:
    """ "That is why next year is a test", "This is an incredible gaffe", "In fact, it
    would ...": the quotation points at what came before it. An opening "It is" is
    nearly always "it is important that ..." and stands alone."""
    if _CARRIES_ON.match(quote) or _ANSWERS_BACK.match(quote) or _ENDS_ON_A_POINTER.search(quote):
        return True
    return bool(_NEEDS_CONTEXT.match(quote)) and not quote.startswith(("It ", "It's", "It’s"))


# "it" as the object of what was done: what is "it"?
_IT_UNSAID = re.compile(
    r"\b(?:against|for|on|about|oppose|opposes|opposed|support|supports|supported|back|backs|backed"
    r"|reject|rejects|rejected|scrap|scrapped|defend|defended|criticised|criticized)\s+it\b"
    r"(?!\s+(?:is|was|would|will|had|has|could|should|must|may|might)\b)"
)


def gate_context(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """The question depends on a sentence that leans on the one before it."""
    q = d.question
    if d.fact.kind in SPEECH_KINDS:  # a speech's line is shown alone: it must stand alone
        return "needs context" if _context_signals(d.fact.slot("line"))[0] else ""
    if d.fact.slot("speech") and (
        _THEY.search(_QUOTED_PART.sub(" ", d.fact.sentence.text)) or _ELLIPSIS.search(d.fact.sentence.text)
    ):
        # the stem says whose "we" it is, not who "they" are ("In 1826 ... they both died")
        # nor what "we have" done ("For more than 200 years, we have.")
        return "needs context"
    if d.fact.kind in LEGAL_KINDS:
        return _legal_context(d)
    if asks_outright(q):
        quote = d.fact.slot("quote")
        leans = _points_back(q.prompt) or (quote and _quote_leans(quote))
        # The sentence's own words: "Which office has said ... if any such meeting was
        # relevant?", "Which party says they will vote against it unless ...?"
        if predicate := d.fact.slot("predicate"):
            leans = leans or bool(_THIS_OR_SUCH.search(q.prompt) or _IT_UNSAID.search(predicate))
        if d.fact.kind == "organization" and _context_signals(q.prompt)[1] >= 0:
            leans = True  # "Which party said he had ...": who is "he"?
        return "needs context" if leans else ""
    text = d.fact.sentence.text
    # The sentence before, when the question shows it: what the sentence leans on is
    # there to read, so long as it leans on nothing itself.
    lead = d.fact.slot("lead")
    if lead and not _stands_alone(lead):
        return "needs context"
    if _LIST_ITEM.match(text) or _CARRIES_ON.match(text):
        return "needs context"  # "- Detain asylum seekers ...": an item of a list introduced before
    if (
        not lead
        and d.fact.kind in _COUNTS_AND_SUMS
        and _the_figure_refers_back(text, d.fact.answer_start, d.fact.answer)
    ):
        return "needs context"
    if d.fact.kind not in PERSON_KINDS:
        # what the student reads: a name inside the blank ("In the ___ he has been
        # regarded as ...", Labour Party) introduces nobody for a "he" to stand for
        s = d.fact.answer_start
        text = text[:s] + BLANK + text[s + len(d.fact.answer) :]
    if (
        (short := SHORT_TITLE.search(text))
        and not d.fact.slot("titled")
        and not in_quotation(text, short.start())
    ):
        return "needs context"  # "Sir John was made permanent secretary in ___": which Sir John?
    if d.fact.slot("subject") and PRONOUN_SUBJECT.match(text):
        text = text.split(None, 1)[-1]  # the stem names who "He" is
    leans, pronoun_at, said_unnamed = _context_signals(text)
    if leans and not (lead and _lead_holds(text, lead)):
        return "needs context"
    if pronoun_at >= 0:
        answer_before = d.fact.kind in PERSON_KINDS and d.fact.answer_start < pronoun_at
        if not answer_before and not d.fact.slot("subject") and not (lead and _names_a_person(lead)):
            return "needs context"  # "Almost a quarter (___) said he should return": who?
    if said_unnamed and not d.fact.slot("subject") and not (lead and _FULL_NAME.search(lead)):
        return "needs context"  # "... better UK immigration controls, he argued.": who did?
    return ""


_OPENS_ON_A_PRONOUN = re.compile(r"^(?:He|She|It|They|His|Her|Their|This|These|Such)\b")
_CUT_CLAUSE_POINTS = re.compile(r"\b(?:it|them|they)\b(?!\s(?:is|was)\s(?:the|their)\s(?:right|duty)\b)")


def _legal_context(d: Draft) -> str:
    """A clause of a founding document is read alone (its stem names the part and the
    document): it must not point back at a clause the student does not see ("such
    number", "the same", "he")."""
    q = d.question
    if d.fact.kind == "principle" and d.fact.slot("class") not in ("concept", "charge"):
        # the document's own voice ("We hold these truths"), named by the stem; but not a
        # "He has ..." whose "he" the clause does not say
        clause = d.fact.slot("clause")
        if _OPENS_ON_A_PRONOUN.match(clause):
            return "needs context"
        # "… it is the right of those who suffer from it to ___": a clause cut from a long
        # sentence has lost what its "it" stands for
        return "needs context" if clause.startswith("…") and _CUT_CLAUSE_POINTS.search(clause) else ""
    read = q.prompt if asks_outright(q) else d.fact.slot("clause")
    if actor := d.fact.slot("actor"):
        # "He [the present King of Great Britain] has ...": the charge says whom it accuses
        read = read.replace(actor.split(" [", 1)[0], "The accused", 1)
    if target := d.fact.slot("target"):
        # "her [woman]": the charge says whom it wrongs
        read = read.replace(target, target.split(" [", 1)[1].rstrip("]"), 1)
    leans, pronoun_at, _ = _context_signals(read.replace("{{c1::", "").replace("}}", ""))
    return "needs context" if leans or pronoun_at >= 0 else ""


_PEOPLE_PRONOUNS = frozenset("he she his her him".split())
_THEY = re.compile(r"\b(?:[Tt]hey|them)\b")
_ELLIPSIS = re.compile(r"\b(?:have|has|had|do|does|did|will|can|must|shall|are|is|was|were)[.!?]?$")


def _lead_holds(text: str, lead: str) -> bool:
    """Whether the sentence shown before holds what ``text`` points back at: a person for
    "He", the noun itself (or a word of its stem) for "the case", "The e-mail"."""
    m = _NEEDS_CONTEXT.match(text) or _ANAPHORA.search(text)
    thing = "" if m else _the_thing(text)
    words = (m.group() if m else thing).lower().replace("’", "'").removesuffix("'s").split()
    if not words:
        return True  # "such a", "it was just over ...": no word of it says what
    word = words[-1]
    if word in _PEOPLE_PRONOUNS or word.endswith("-year-old"):
        return _names_a_person(lead)
    if not (word in ANAPHORA_WORDS or thing) or word in ("this", "these", "those"):
        return True  # "It", "They", "The two", "In the same month": what the sentence before said
    stem = word[:5]
    return any(w.startswith(stem) for w in lower_words(lead))


def _stands_alone(sentence: str) -> bool:
    """Whether a sentence shown before a question is whole by itself: it leans on no
    sentence before it and is no fragment of a quotation ("It's a day I never thought
    would come.\"")."""
    if sentence.count('"') % 2 or sentence.count("“") != sentence.count("”"):
        return False
    if _LIST_ITEM.match(sentence) or _CARRIES_ON.match(sentence) or SHORT_TITLE.search(sentence):
        return False
    leans, pronoun_at, said_unnamed = _context_signals(sentence)
    return not (leans or pronoun_at >= 0 or said_unnamed)


_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]ll)\s+$")  # "All ___ men, along with four others, are ..."
# A length ("the two-day visit") describes what it stands before; a count or a sum after
# "the" stands for something already introduced.
_COUNTS_AND_SUMS = frozenset(FIGURE_KINDS) - {"quantity"}
# "the 20 biggest projects", "the four Britons freed from US custody", "the pounds 2bn cost
# of the runway": the words after say which
_SAYS_WHICH = re.compile(
    r"^\s+(?:(?:[a-z-]+est|worst|best|most|least)\b"
    r"|(?:(?!of\b)[\w-]+\s+){0,2}?(?:(?:[a-z]+(?:ed|ing)|spent|paid|held|made|given|won|sold|set|built)"
    # "the eight men held an impromptu news conference": a verb with its object, not a description
    r"(?!\s+(?:a|an|the|their|his|her|its)\b)"
    # ("accused the three men of being ...": "of" + a verb says what they did, not which)
    r"|of(?!\s+[a-z]+ing\b)|for|which|that|who|where)\b)"
)


def _the_figure_refers_back(text: str, start: int, answer: str) -> bool:
    """ "vowed the ___ men would remain in prison", "The ___ settlement includes ...": a figure
    after "the" names something the article introduced before (which nine men?)."""
    return bool(_THE_BEFORE.search(text[:start])) and not _SAYS_WHICH.match(text[start + len(answer) :])


@lru_cache(maxsize=16384)  # a sentence gives several drafts: read it once
def _context_signals(text: str) -> tuple[bool, int, bool]:
    """What in a sentence may lean on the one before: an opening or a reference that
    points back; a "he" or "she" with no person named before it (its offset, or -1);
    a closing "he said" with no full name before it."""
    leans = bool(_NEEDS_CONTEXT.match(text) or _THIS_OR_SUCH.search(text)) or _points_back(text)
    leans = leans or bool(_the_thing(text))
    leans = leans or bool("it" in lower_words(text) and _IT_STANDS_FOR.search(text))
    pronoun = _PERSONAL_PRONOUN.search(text, 1)
    unnamed = pronoun is not None and not _names_a_person(text[: pronoun.start()])
    said = _HE_SAID.search(text)
    said_unnamed = said is not None and not _FULL_NAME.search(text[: said.start()])
    return leans, pronoun.start() if pronoun is not None and unnamed else -1, said_unnamed


def gate_length(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """Too long to read in an exam, too short to say anything, or cut off mid-clause."""
    # (a speech's line is shown without the rest of its sentence)
    words = len((d.fact.slot("line") or d.fact.sentence.text).split())
    if d.fact.kind in LEGAL_KINDS:
        # a clause of a founding document is asked alone: the student reads the clause, or
        # only the question it answers
        clause = 0 if asks_outright(d.question) else len(d.fact.slot("clause").split())
        if clause > cfg.max_sentence_words or len(d.question.prompt.split()) > cfg.max_stem_words:
            return "too long"
        return "too short" if max(clause, words) < cfg.min_sentence_words else ""
    lead = len(d.fact.slot("lead").split())  # the sentence shown before, counted on its own
    if (
        words > cfg.max_sentence_words
        or len(d.question.prompt.split()) - lead > cfg.max_stem_words
        or lead > cfg.max_lead_words
    ):
        return "too long"
    if words < cfg.min_sentence_words and d.fact.kind not in SPEECH_KINDS:  # (a line may be short)
        return "too short"
    if _ENDS_MID_CLAUSE.search(d.fact.sentence.text):
        return "sentence cut short"  # "... contact Sergeant Keith McDonald on" (a number lost)
    return ""


_ENDS_MID_CLAUSE = re.compile(r"\b(?:on|to|at|of|for|the|a|an|and|or|by|with|from|in)\s*$", re.I)


# Every body and spokesman says this; it tells nothing about the one who did.
_NO_COMMENT = re.compile(
    r"\b(?:(?:could|would|will|did|does|do) not|cannot|can't|won't|didn't|declined to|refused to)"
    r" (?:comment|discuss|confirm or deny)\b|\b(?:un|not )available for comment\b"
)
# "Which party said many tests were already done?": said of what? A short report with no
# name or figure in it tells too little for the student to know what is asked.
_SAID_WHAT = re.compile(rf"^(?:(?:has|have|had) )?(?:{SPEECH_VERB_PATTERN})\s+(?:that\s+)?(.+)$")


def _says_too_little(predicate: str, least: int) -> bool:
    m = _SAID_WHAT.match(predicate)
    if not m:
        return False
    report = m.group(1)
    return len(report.split()) < least and not re.search(r"[A-Z0-9]", report)


def gate_trivial(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """Deleting a function word, a poll's sample size, or an answer stated twice in its sentence."""
    answer = norm(d.question.answer)
    if answer in _TRIVIAL or len(answer) < 2:
        return "trivial answer"
    s = d.fact.answer_start
    if answer in ("10", "ten", "100", "hundred") and d.fact.sentence.text[:s].endswith("out of "):
        return "trivial answer"  # "nine out of ___ separations"
    before = d.fact.sentence.text[:s]
    if (d.fact.kind in FIGURE_KINDS and _POLLED.search(before)) or (
        d.fact.kind == "number" and _POLLED_COUNT.search(before)
    ):
        return "size of a poll's sample"  # "YouGov polled a weighted sample of ___ voters": method, not news
    blanked = not asks_outright(d.question)
    # (a founding document's clause is read alone, already blanked)
    legal = d.fact.kind in LEGAL_KINDS
    if blanked and norm(d.fact.slot("clause") if legal else d.fact.sentence.text).count(answer) > 1 - legal:
        return "answer twice in sentence"
    # (what the answer did, however it is asked: the rest of the sentence when it is the subject)
    said = d.fact.slot("predicate") or d.fact.sentence.text[d.fact.answer_start + len(d.question.answer) :]
    if _NO_COMMENT.search(said):
        return "says nothing"  # "Which office said it could not comment on individual cases?"
    if not blanked and _says_too_little(said.strip(), cfg.min_report_words):
        return "says too little"
    return ""


_SPEECH = re.compile(r"\b(?:I|me|my|we|our|us|you|your)\b")
# A straight mark after the closing stop is a closing one, whatever its count says.
_CLOSES_A_QUOTATION = re.compile(r"[.!?]\"\s*$")
_QUOTED_PART = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


def _names_the_speech(d: Draft) -> bool:
    """Whether the stem says whose speech its sentence is from ("From Name's 1961 inaugural
    address: ..."), so that its "I", "we" and "our" are the speaker's."""
    speech = d.fact.slot("speech")
    return bool(speech) and as_read(speech) in d.question.prompt


def gate_quote_fact(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """A blank inside quotation marks would test an opinion as if it were a fact.

    Sentences from the middle of a long quotation have no opening mark of their
    own; they show themselves by a closing mark without an opening one, or by
    "I", "we" and "you" outside any quotation marks.
    """
    q = d.question
    if d.fact.kind in LEGAL_KINDS:
        return ""  # a founding document speaks in its own voice ("We hold ..."): no quotation
    quote = d.fact.slot("quote").strip(" .,;:'\"’”")
    if quote and quote.split()[-1].lower() in _CUT_OFF:
        return "quotation cut short"
    if quote and d.fact.slot("full_utterance") != "yes" and len(quote.split()) < cfg.min_quoted_words:
        return "quotation too short to place"  # 'Who used the words "quite a long time"?
    if asks_outright(q) or d.fact.kind == "term":
        return ""  # a term is the quoted words themselves, asked as whose words they are
    if d.fact.kind == "description":
        # what somebody called something, asked in the sentence that says who
        surname = d.fact.slot("speaker").split()[-1]
        return "" if surname in _QUOTED_PART.sub(" ", d.fact.sentence.text) else "speaker not in the sentence"
    text = d.fact.sentence.text
    if in_quotation(text, d.fact.answer_start) or (_CLOSES_A_QUOTATION.search(text) and text.count('"') % 2):
        return "inside a quotation"  # '... thought Iraq was a very serious threat."': the end of one
    unquoted = _QUOTED_PART.sub(" ", text)
    # A speech's "I" and "we" are its speaker's, and its rules name the speech in the stem.
    if "”" in unquoted or '"' in unquoted or (_SPEECH.search(unquoted) and not _names_the_speech(d)):
        return "inside a quotation"
    return ""


_NAME_KINDS = frozenset(("organization", "law", "person_role", "quote_speaker", "place"))
_NAME_AFTER = re.compile(r"^(?:'s|’s)?\s[A-Z0-9][\w’'-]*")
_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*\s$")
_PEER = re.compile(r"(?:Lord|Lady|Baroness|Baron|Viscount|Earl)\s")
_TITLE_PLACE = re.compile(r"\s+of\s+[A-Z]")
_NAME_GOES_ON = re.compile(rf"\s+(?:on|of|for)\s+(?!(?:{'|'.join((*MONTHS, *WEEKDAYS))})\b)[A-Z]")


# "Tony Blair and ___", "___ and Mohammed Kazi" (a comma alone may open an apposition).
_LIST_BEFORE = re.compile(r"[A-Z][\w’'-]+,? and\s$")
_LIST_AFTER = re.compile(
    r"^(?:,?\s(?:and|or)\s[A-Z][\w’'-]+\s[A-Z]"
    r"|,\s[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)+(?:,| and ))"  # "___, Martin Mubanga, Feroz Abbasi and ..."
)


# "England and ___", "visits Manchester, ___, Leicester": places and bodies listed together.
_PLACE_LIST_BEFORE = re.compile(r"[A-Z][\w’'-]+,? (?:and|or)\s(?:the\s)?$")
_PLACE_LIST_AFTER = re.compile(
    r"^(?:,? (?:and|or) (?:the )?[A-Z]|, [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?(?:,| and ))"
)


# "Carl Emmerson, from the ___, told BBC News: ...", "Andy Williams, chief executive of
# ___, had said ...": the organisation only says who the speaker is.
_AFFILIATION_BEFORE = re.compile(r",\s+(?:[\w'’-]+\s+){0,4}(?:from|of|at|for)\s+(?:the\s+)?$")
_SAYS = r"(?:said|says|told|tells|added|warned|argued|insisted|claimed|explained)\b"
_SPOKESMAN_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:spokesman|spokeswoman|spokesperson|official|officials|source|sources)\s+(?:\w+\s+)?"
    + _SAYS
)
# ", from the ___, said", ", from the ___ union said"
_SPEAKS_AFTER = re.compile(r"^(?:\s[a-z]+)?,?\s+(?:\w+\s+){0,2}" + _SAYS)
# "Professor John Curtice, of the ___, is sceptical ...": an aside on a person's name.
_NAME_ASIDE_BEFORE = re.compile(r"[A-Z][\w'’-]+ [A-Z][\w'’-]+,\s+(?:of|from|at)\s+(?:the\s+)?$")
# "The chairman of the ___'s public affairs committee, Sher Khan, said ...": the body of a
# committee a named speaker chairs.
_OWNER_OF_SPEAKERS_POST = re.compile(r"^['’]s\s[^,]{1,60},\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)+,\s+" + _SAYS)


# Who a place describes: "Edinburgh architect, Dominic Stephenson, ...", "London mayor Ken
# Livingstone".
_PEOPLE_NOUNS = (
    OFFICE_WORDS
    | OCCUPATIONS
    | frozenset(KIN_WORDS)
    | frozenset("man woman boy girl resident student pensioner teenager veteran businessman".split())
)
_PERSON_NAMED_AFTER = re.compile(r",?\s[A-Z][\w'’-]+\s[A-Z][\w'’-]+")
_LOWER_WORDS = re.compile(r"((?:\s[a-z][\w-]*){1,2})")


def _describes_a_person(after: str) -> bool:
    m = _LOWER_WORDS.match(after)
    return bool(m and m.group(1).split()[-1] in _PEOPLE_NOUNS and _PERSON_NAMED_AFTER.match(after[m.end() :]))


def gate_affiliation(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """An organisation named only to say where a speaker comes from: asking for it is
    asking who employs a spokesman, not what happened. A place before a person's trade
    ("___ architect, Dominic Stephenson") is where somebody comes from, too."""
    text, s = d.fact.sentence.text, d.fact.answer_start
    before, after = text[max(0, s - 60) : s], text[s + len(d.fact.answer) :]
    if d.fact.kind == "place" and _describes_a_person(after):
        return "where a person comes from"
    if d.fact.kind != "organization":
        return ""
    if _AFFILIATION_BEFORE.search(before) and _SPEAKS_AFTER.match(after):
        return "a speaker's organisation"
    if _SPOKESMAN_AFTER.match(after) or _OWNER_OF_SPEAKERS_POST.match(after):
        return "a speaker's organisation"  # "The ___ spokesman added: ..."
    if _NAME_ASIDE_BEFORE.search(before) and after.startswith(","):
        return "a speaker's organisation"
    return ""


def gate_home(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """The place the whole build is set in ("Which country ...?" "the UK" in British news):
    guessed, not known."""
    return "the build's home country" if d.fact.slot("home") else ""


def gate_reporter(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """A journalist named as the one who reports ("BBC political correspondent ___ said",
    "The BBC's home affairs correspondent, ___, said"), or the paper they write for
    ("___ journalist Hamish X said")."""
    text, s = d.fact.sentence.text, d.fact.answer_start
    if d.fact.kind == "organization":
        after = text[s + len(d.fact.answer) : s + len(d.fact.answer) + 80]
        return "a reporter, not the story" if _REPORTER_AFTER.match(after) else ""
    if d.fact.kind not in PERSON_KINDS:
        return ""
    before = text[max(0, s - 40) : s]
    if (
        d.fact.slot("reporter")
        or REPORTER_WORDS.search(d.fact.slot("role"))
        or REPORTER_BEFORE.search(before)
    ):
        return "a reporter, not the story"
    return ""


def gate_relative(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """A person named as somebody's relative ("Lord X's nephew ___ said", "___, his wife,"):
    a name no civics lesson asks for."""
    if d.fact.kind not in PERSON_KINDS:
        return ""
    text, s = d.fact.sentence.text, d.fact.answer_start
    before, after = text[max(0, s - 30) : s], text[s + len(d.fact.answer) : s + len(d.fact.answer) + 40]
    before = as_read(before)  # "his fianc&#233;e ___"
    return "a relative, not the story" if _KIN_BEFORE.search(before) or _KIN_AFTER.match(after) else ""


def gate_list_name(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """A name blanked out of a list of names ("against Muhammad X, ___ and Y", "England and
    ___"): any other name of the list fits as well, so the answer is a guess."""
    q = d.question
    if d.fact.kind not in _NAME_KINDS or asks_outright(q):
        return ""
    text, s = d.fact.sentence.text, d.fact.answer_start
    before, after = text[max(0, s - 40) : s], text[s + len(d.fact.answer) :]
    if d.fact.kind in PERSON_KINDS:
        listed = _LIST_BEFORE.search(before) or _LIST_AFTER.match(after)
    else:
        listed = _PLACE_LIST_BEFORE.search(before) or _PLACE_LIST_AFTER.match(after)
    return "one of a list of names" if listed else ""


def gate_split_name(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """A blank that cuts a longer name in two ("___ Radio 4", "the ___ Commission").

    What is left of the name gives the answer away or makes no sense.
    """
    q = d.question
    if d.fact.kind not in _NAME_KINDS or asks_outright(q):
        return ""
    text, s = d.fact.sentence.text, d.fact.answer_start
    rest = text[s + len(d.fact.answer) :]
    if " " in d.fact.answer:  # "the ___ (QCA)", "resigned the ___ whip ... after criticising UKIP"
        elsewhere = text[:s] + " " + rest
        if any(has_phrase(elsewhere, a) for a in acronyms_of(d.fact.answer)):
            return "acronym gives it away"
    if _PEER.match(d.fact.answer) and _TITLE_PLACE.match(rest):
        return "part of a longer name"  # "___ of Birkenhead": a peer's title goes on
    if d.fact.kind in ("organization", "law") and _NAME_GOES_ON.match(rest):
        return "part of a longer name"  # "the ___ on Human Rights" gives "European Convention" away
    if re.match(r"['’](?!s\b)", rest):
        return "part of a longer name"  # "Launching the ___' plan": the plural's apostrophe is left over
    after = _NAME_AFTER.match(rest)
    if after and after.group().split()[-1] not in NOT_NAMES:
        return "part of a longer name"
    before = _NAME_BEFORE.search(text[max(0, s - 30) : s])
    word = before.group().split()[0] if before else ""
    title = word in HONORIFICS or word.lower() in OFFICE_WORDS  # "Minister ___" is a title, not a name
    # "Thursday's ___ newspaper": a day's possessive, not a name's first word (but "the People's ___")
    owner = word[:-2] in (*WEEKDAYS, *MONTHS) and word.endswith(("'s", "’s"))
    if word and s - len(before.group()) > 0 and word not in NOT_NAMES and not title and not owner:
        return "part of a longer name"
    return ""


# A figure beside the same figure in another unit: "1,802 miles (2,900 km)", "(about ___ km)".
# (A currency may be written as a word: "pounds 4.6bn (dollars 8.6bn)".)
_IN_OTHER_UNITS = (
    r"\(\s*(?:about |approx\.? |c\. |~)?(?:[A-Z]{0,3}[$£€¥]|(?:dollars|pounds|euros|yen|rupees) )?"
)
_CONVERSION_AFTER = re.compile(rf"^\s*[^\W\d]*\.?\s*{_IN_OTHER_UNITS}\d")
_CONVERSION_BEFORE = re.compile(rf"\d[\d.,]*\s*[^\W\d]*\.?\s*{_IN_OTHER_UNITS}$")
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of|the|and|for|de|du|des|la|le)?\s*[A-Z][\w'’-]*)+")


# In a speech, "as upon a like moment ___ ago", "in the last ___", "___ hence": a span of
# time counted from the day it was given, a remark on the occasion, not what it is about.
# (An encyclopedia's "11,700 years ago" dates an age; only a speech speaks of its own day.)
_FROM_NOW_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:ago|hence|from now|before now)\b", re.I)
_FROM_NOW_BEFORE = re.compile(r"\b(?:the|these|those)\s+(?:last|past|next|coming)\s+$", re.I)


def _counted_from_now(d: Draft) -> bool:
    text, s = d.fact.sentence.text, d.fact.answer_start
    if d.fact.kind not in ("quantity", "number") or s < 0 or not d.fact.slot("speech"):
        return False
    return bool(_FROM_NOW_AFTER.match(text[s + len(d.fact.answer) :]) or _FROM_NOW_BEFORE.search(text[:s]))


def gate_computable(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """The stem holds what gives the answer without knowing it: the same figure in another
    unit, two years whose difference is asked, or an acronym's own spelling out."""
    text, s = d.fact.sentence.text, d.fact.answer_start
    if s < 0:
        return ""
    before, after = text[:s], text[s + len(d.fact.answer) :]
    if d.fact.kind in FIGURE_KINDS or d.fact.kind == "quantity":
        if _CONVERSION_AFTER.match(after) or _CONVERSION_BEFORE.search(before):
            return "computable from the stem"
        if _counted_from_now(d):
            return "time counted from when it was said"
        value = figure_value(d.fact.answer)
        if value and re.match(r"\s*(?:years?|decades?)\b", after.lower()):
            years = sorted({int(y) for y in _YEAR.findall(_read_around(d))})
            if any(b - a == value for a in years for b in years):
                return "computable from the stem"
    # "delegates of ___, the North Atlantic Treaty Organization" (a name beside its own
    # acronym the other way round is ``gate_split_name``'s)
    answer = d.question.answer
    spelled = answer.isupper() and 2 <= len(answer) <= 8  # (what is read around, only then)
    if spelled and any(answer in acronyms_of(m.group()) for m in _CAPITALISED.finditer(_read_around(d))):
        return "computable from the stem"
    return ""


# "Senator ___, God bless you and welcome back.": a name that opens a sentence (after a title
# at most) and is spoken to
_OPENS_WITH_TITLE = re.compile(r"^[\"“‘']?(?:[A-Z][\w.'’-]*\s+){0,2}$")
_SPOKEN_TO = re.compile(r"\b(?:you|your|yours)\b", re.I)


def gate_addressed(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """A person spoken to ("Senator ___, God bless you"), not told about: a greeting in a
    speech or a transcript asks nothing a lesson needs."""
    if d.fact.kind not in PERSON_KINDS or asks_outright(d.question):
        return ""
    text, s = d.fact.sentence.text, d.fact.answer_start
    after = text[s + len(d.fact.answer) :]
    if _OPENS_WITH_TITLE.match(text[:s]) and after.startswith(",") and _SPOKEN_TO.search(after):
        return "spoken to, not told about"
    return ""


Check = Callable[[Draft, Reading, CheckSettings], str]
GATES: tuple[tuple[str, Check], ...] = (
    ("leak", gate_leak),
    ("computable", gate_computable),
    ("context", gate_context),
    ("length", gate_length),
    ("trivial", gate_trivial),
    ("quote", gate_quote_fact),
    ("split name", gate_split_name),
    ("list", gate_list_name),
    ("reporter", gate_reporter),
    ("relative", gate_relative),
    ("home", gate_home),
    ("affiliation", gate_affiliation),
    ("addressed", gate_addressed),
)
# The checks after the gates, over the drafts that passed them all (``select_drafts``).
SELECTING = ("once", "crowding")
# The checks that judge how a rule asks a fact (its stem, its options), not the fact: when
# one of them drops a draft, the next rule that fits the fact may ask it well.
FORM_CHECKS = frozenset(("leak", "length", "context"))
CHECK_NAMES = (*(name for name, _ in GATES), *SELECTING)
SKIPPABLE = (*(name for name, _ in GATES), "crowding")  # ("once" drops a duplicate: always on)
DEFAULT_SETTINGS = load_check_settings(None, SKIPPABLE)


@dataclass(frozen=True)
class Screen:
    """What the checks read besides a draft: their settings, and the sources whose
    discourse reading says what a sentence leans on (a draft of a source not given is
    read with only its own sentences)."""

    settings: CheckSettings = DEFAULT_SETTINGS
    sources: Mapping[str, Source] = field(default_factory=dict)

    def reading(self, d: Draft) -> Reading:
        source = self.sources.get(d.fact.sentence.source_id)
        if source is not None:
            return read_source(source.text, source.title)
        return read_source(" ".join(s.text for s in (d.fact.before, d.fact.sentence) if s is not None))


@dataclass(frozen=True)
class Gated:
    """What passed the gates; how many drafts each reason dropped, and each check."""

    kept: tuple[Draft, ...]
    dropped: dict[str, int]
    by_check: dict[str, int] = field(default_factory=dict)


def combine(parts: Iterable[Gated]) -> Gated:
    """Parts of a build screened apart, as if screened together."""
    kept: list[Draft] = []
    dropped: Counter[str] = Counter()
    by_check: Counter[str] = Counter()
    for part in parts:
        kept += part.kept
        dropped.update(part.dropped)
        by_check.update(part.by_check)
    return Gated(tuple(kept), dict(dropped), dict(by_check))


def judge(d: Draft, screen: Screen) -> tuple[str, str]:
    """The first check a draft fails and why, or ('', '') when it passes them all."""
    reading, cfg = screen.reading(d), screen.settings
    for name, check in GATES:
        if name not in cfg.skip and (reason := check(d, reading, cfg)):
            return name, reason
    return "", ""


def judge_draft(d: Draft, screen: Screen | None = None) -> str:
    """Why a draft fails the checks, or '' when it passes them all."""
    return judge(d, screen or Screen())[1]


def _can_lead(d: Draft) -> bool:
    """Whether ``d`` may be shown after the sentence before its own."""
    return d.fact.before is not None and not asks_outright(d.question) and _stands_alone(d.fact.before.text)


def screen_drafts(
    drafts: Sequence[Draft],
    redraft: Callable[[Sequence[Fact], Sequence[int]], list[Draft]] | None = None,
    screen: Screen | None = None,
) -> Gated:
    """The drafts that pass every check, and how many each check dropped.

    With ``redraft`` (``rules.draft_questions`` over some facts, each from the rule at a
    given place), a dropped draft is tried again: when its sentence leans on the one
    before, by the same rule with that sentence shown first; then by the next rule that
    fits its fact, and so on. A fact no rule asks well is counted once, by what dropped
    its first draft. Each check judges one draft alone, so parts of a build can be
    screened apart (in other processes) and their results added up.
    """
    screen = screen or Screen()
    drafts = list(drafts)
    first = [judge(d, screen) for d in drafts]
    verdict = [v[1] for v in first]
    failed = [i for i, v in enumerate(first) if v[0] in FORM_CHECKS]
    while redraft is not None and failed:
        leaning = [i for i in failed if verdict[i] == "needs context" and _can_lead(drafts[i])]
        if leaning:
            led = [with_lead(drafts[i].fact) for i in leaning]
            place = {id(f): i for f, i in zip(led, leaning, strict=True)}
            for d in redraft(led, [drafts[i].rule_at for i in leaning]):
                i = place[id(d.fact)]
                if d.rule_at == drafts[i].rule_at and not judge(d, screen)[1]:
                    # (the original fact: what comes after the gates asks which fact, not how it was shown)
                    drafts[i], verdict[i] = replace(d, fact=drafts[i].fact), ""
        failed = [i for i in failed if verdict[i]]
        if not failed:
            break
        place = {id(drafts[i].fact): i for i in failed}
        again = redraft([drafts[i].fact for i in failed], [drafts[i].rule_at + 1 for i in failed])
        failed = []
        for d in again:
            i = place[id(d.fact)]
            check, verdict[i] = judge(d, screen)
            drafts[i] = d
            if check in FORM_CHECKS:
                failed.append(i)
    lost = [i for i, v in enumerate(verdict) if v]
    return Gated(
        tuple(d for d, v in zip(drafts, verdict, strict=True) if not v),
        dict(Counter(first[i][1] for i in lost)),
        dict(Counter(first[i][0] for i in lost)),
    )


def apply_gates(drafts: Sequence[Draft], screen: Screen | None = None) -> Gated:
    """Screen the drafts, then keep one question per fact and sentence (``select_drafts``)."""
    return select_drafts(screen_drafts(drafts, screen=screen), (screen or Screen()).settings)


def select_drafts(screened: Gated, cfg: CheckSettings = DEFAULT_SETTINGS) -> Gated:
    """Drop duplicates, facts already asked from another source and crowding (more than
    two blanks per sentence) from drafts that passed the gates."""
    drafts = screened.kept
    dropped: Counter[str] = Counter(screened.dropped)
    by_check: Counter[str] = Counter(screened.by_check)
    kept: list[int] = []
    seen: set[tuple[str, str]] = set()
    per_sentence: Counter[tuple[str, int, str]] = Counter()
    per_answer: Counter[tuple[str, str, str]] = Counter()
    asked_groups: set[str] = set()
    quoted_lines: set[tuple[str, int, str]] = set()  # lines a question quotes whole
    rank = {k: i for i, k in enumerate(KIND_ORDER)}
    crowding = "crowding" not in cfg.skip
    # Facts several sources state are the story's core: they win a crowded sentence.
    order = sorted(
        range(len(drafts)),
        key=lambda i: (
            -drafts[i].priority,
            -len(drafts[i].fact.sentences),
            rank.get(drafts[i].fact.kind, 99),
            i,
        ),
    )
    for i in order:
        d = drafts[i]
        key = (norm(d.question.answer), norm(d.fact.sentence.text))
        # (a founding document's long sentence is asked clause by clause: at most two per clause)
        place = (d.fact.sentence.source_id, d.fact.sentence.index, d.fact.slot("clause_at"))
        asked = (d.fact.sentence.source_id, d.fact.kind, key[0])
        if key in seen:
            reason = "duplicate"
        elif d.fact.group in asked_groups:
            reason = "asked from another source"
        elif crowding and per_sentence[place] >= cfg.max_per_sentence:
            reason = "sentence already asked about"
        elif crowding and per_answer[asked] >= cfg.max_per_answer:
            reason = "answer already asked in this article"
        elif d.fact.kind == "speech_line" and place in quoted_lines:
            reason = "line asked as whose it is"  # "Who said: '<line>'?" shows the line whole
        else:
            reason = ""
        if reason:
            dropped[reason] += 1
            by_check["crowding" if reason.startswith(("sentence", "answer")) else "once"] += 1
            continue
        seen.add(key)
        if d.fact.group:
            asked_groups.add(d.fact.group)
        per_sentence[place] += 1
        per_answer[asked] += 1
        if d.fact.kind in ("line_speaker", "line_date"):
            quoted_lines.add(place)
        kept.append(i)
    return Gated(
        tuple(drafts[i] for i in sorted(kept)), dict(sorted(dropped.items())), dict(sorted(by_check.items()))
    )
