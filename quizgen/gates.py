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

from quizgen.check_settings import CheckSettings, load_check_settings, load_surroundings
from quizgen.discourse import LEANS, OPENING, Reading, leans_on, read_source, stands_alone
from quizgen.extract.legal import LEGAL_KINDS, person_said, words_shown
from quizgen.extract.numbers import FIGURE_KINDS
from quizgen.extract.orgs import acronyms_of
from quizgen.extract.people import (
    PERSON_KINDS,
    PRONOUN_SUBJECT,
    REPORTER_WORDS,
)
from quizgen.extract.speech import SPEECH_KINDS
from quizgen.extract.tokens import has_phrase, in_quotation
from quizgen.lexicon import (
    CONTINENTS,
    HONORIFICS,
    JOURNALIST_WORDS,
    KIN_WORDS,
    MONTHS,
    NAME_GLUE,
    NOT_NAMES,
    OCCUPATIONS,
    OFFICE_WORDS,
    PARTY_NAMES,
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

# A quotation that stops on one of these was cut off mid-sentence by unbalanced marks.
_CUT_OFF = frozenset("that the a an and or to of for with by from as than".split())
_TRIVIAL = frozenset("a an the and or of to in on at by for he she it they we i".split())


_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@lru_cache(maxsize=65536)  # the same answers and sentences are compared again and again
def norm(text: str) -> str:
    """Lowercase, accents and curly quotes folded, spaces collapsed: for comparisons."""
    if not text.isascii():
        text = text.translate(_FOLD)
        if not text.isascii():  # (most are, once their curly quotes and dashes are folded)
            text = unicodedata.normalize("NFKD", text)
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
    """A place's people or adjective by the first letters of its name: "Londoners",
    "Parisian" (not irregular ones)."""
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
        return "answer in stem"  # the place's people named by the first letters of its name
    if q.type != "mcq":
        if d.fact.kind in PERSON_KINDS and " " in q.answer:  # the surname alone says who
            return "answer in stem" if has_phrase(norm(_read_around(d)), norm(q.answer.split()[-1])) else ""
        if d.fact.kind != "place":
            return ""
        # a cloze shows the rest of its sentence: a parliament's members name its country
        rest = norm(_read_around(d))
        return "answer in stem" if any(has_phrase(rest, norm(g)) for g in names_of_its_own(q.answer)) else ""
    stem, answer = norm(q.prompt), norm(q.answer)
    give_aways = {answer}
    if d.fact.slot("place_kind") == "country":
        give_aways |= {norm(f) for f in related_forms(q.answer)}  # the country by another name
    elif d.fact.slot("place_kind") == "city" and (country := country_of_capital(q.answer)):
        give_aways |= {norm(f) for f in related_forms(country)}  # a capital by its country's name
        # ... or by the country's own places and institutions
        give_aways |= {norm(f) for f in names_of_its_own(country)}
    if d.fact.kind == "place":  # its parliament's members, its people's adjective
        give_aways |= {norm(g) for g in names_of_its_own(q.answer)}
    # a continent given away by a country on it
    if d.fact.slot("place_kind") == "continent" and on_the_continent(
        _read_around(d), CONTINENTS.get(q.answer, "")
    ):
        return "answer in stem"
    if d.fact.kind == "number" and _counted_after(d.fact):
        return "answer in stem"  # a count of the names listed after it
    if d.fact.kind in PERSON_KINDS and " " in answer:
        give_aways.add(answer.split()[-1])  # the surname alone
    if q.answer in PARTY_NAMES:  # a party by its other names and adjectives
        give_aways |= {norm(n) for n in party_forms(PARTY_NAMES[q.answer])}
    if d.fact.kind in ("organization", "law"):
        # a word of a body's own name elsewhere in the stem
        # (a word the other options share gives nothing away)
        shared = set().union(*(_words_of(o) for o in q.options if o != q.answer))
        kind_words = _words_of(f"{d.fact.slot('org_type')} {d.fact.slot('body')}") | NAME_GLUE | shared
        give_aways |= {w for w in _words_of(q.answer) if len(w) > 3 and w not in kind_words}
    if any(has_phrase(stem, g) for g in give_aways):
        return "answer in stem"
    return ""


# In a quotation asked as whose it is, these answer what was said before it ("In fact, it
# would ...", "However, we ..."), as does a closing "it" or "this" ("an investigation into it").
_ANSWERS_BACK = re.compile(r"^[\"“‘']?(?:in fact|indeed|of course|however|but|on the contrary)\b", re.I)
_ENDS_ON_A_POINTER = re.compile(
    r"\b(?:into|with|about|on|of|for|against|over|from|to|do|does|did|support|oppose|back)"
    r"\s+(?:it|this|that|them)\b(?:\s*[,.!?;]|$)"
)
# In a speech, "they" the stem does not say, or a closing verb whose object was said before
# ("For many years, we have.").
_THEY = re.compile(r"\b(?:[Tt]hey|them)\b")
_ELIDED = re.compile(r"\b(?:have|has|had|do|does|did|will|can|must|shall|are|is|was|were)[.!?]?$")
_QUOTED_PART = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


def _leans(found: Iterable[tuple[str, str]], *ignored: str) -> str:
    return "needs context" if any(kind in LEANS and kind not in ignored for kind, _ in found) else ""


def gate_context(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """The question leans on what the student has not read (``discourse.leans_on``)."""
    q, fact = d.question, d.fact
    text = fact.sentence.text
    if fact.kind in SPEECH_KINDS:  # a speech's line is shown alone: it must stand alone
        return _leans(leans_on(fact.slot("line")))
    if fact.slot("speech") and (_THEY.search(_QUOTED_PART.sub(" ", text)) or _ELIDED.search(text)):
        return "needs context"  # the stem says whose "we" it is, not who "they" are
    if fact.kind in LEGAL_KINDS:
        return _legal_context(d)
    if asks_outright(q):
        quote = fact.slot("quote")
        opens = quote and not quote.startswith(("It ", "It's", "It’s")) and OPENING.match(quote)
        if quote and (opens or _ANSWERS_BACK.match(quote) or _ENDS_ON_A_POINTER.search(quote)):
            return "needs context"  # ("It is important that ..." points forward)
    lead = fact.slot("lead")
    if lead and fact.before is not None and not stands_alone(lead, r, fact.before.start):
        return "needs context"  # the sentence shown first must stand alone
    return _leans(stem_leans_on(d, r))


def stem_leans_on(d: Draft, r: Reading) -> tuple[tuple[str, str], ...]:
    """What a question's stem leans on that the student has not read (``discourse.leans_on``
    over what the student reads), for the gates and the ranking alike."""
    q, fact = d.question, d.fact
    lead = fact.slot("lead") or (q.context.sentence if q.context is not None else "")
    start = q.context.start if q.context is not None else fact.sentence.start
    if fact.kind in LEGAL_KINDS:
        return legal_leans_on(d)
    if asks_outright(q):
        # (the person asked for is who a "he" in the stem stands for)
        person = ("person",) if fact.kind in PERSON_KINDS else ()
        return tuple(f for f in leans_on(q.prompt, r, start) if f[0] not in person)
    # What the student reads: the sentence shown first, if any, then the question's own with
    # its blank (a name in the blank introduces nobody for a "he" to stand for; a person or
    # a count stays, as the blank is one).
    text, s = fact.sentence.text, fact.answer_start
    if fact.kind not in PERSON_KINDS and fact.kind not in FIGURE_KINDS:
        text = text[:s] + BLANK + text[s + len(fact.answer) :]
    if (subject := fact.slot("subject")) and PRONOUN_SUBJECT.match(text):
        text = subject + text[text.index(" ") :]  # the stem names who "He" is
    ignored = ("knight",) if fact.slot("titled") else ()
    return tuple(f for f in leans_on(text, r, start, lead) if f[0] not in ignored)


_OPENS_ON_A_PRONOUN = re.compile(r"^(?:He|She|It|They|His|Her|Their|This|These|Such)\b")
_CUT_CLAUSE_POINTS = re.compile(r"\b(?:it|them|they)\b(?!\s(?:is|was)\s(?:the|their)\s(?:right|duty)\b)")


def _legal_context(d: Draft) -> str:
    """A clause of a founding document is read alone (its stem names the part and the
    document): it must not point back at a clause the student does not see ("such
    number", "the same", "he")."""
    return _leans(legal_leans_on(d))


def legal_leans_on(d: Draft) -> tuple[tuple[str, str], ...]:
    """What a founding document's clause, as its question shows it, leans on: the gates
    drop it, the ranking scores it down (``stem_leans_on``)."""
    q = d.question
    if d.fact.kind == "principle" and d.fact.slot("class") not in ("concept", "charge"):
        # the document's own voice ("We hold these truths"), named by the stem; but not a
        # "He has ..." whose "he" the clause does not say
        clause = d.fact.slot("clause")
        if (m := _OPENS_ON_A_PRONOUN.match(clause)) and not _OWN_OPENING.match(clause):
            return (("opening", m.group()),)
        # a clause cut from a long sentence has lost what its "it" stands for
        if clause.startswith("…") and (m := _CUT_CLAUSE_POINTS.search(clause)):
            return (("opening", m.group()),)
        return ()
    read = q.prompt if asks_outright(q) else d.fact.slot("clause")
    if actor := d.fact.slot("actor"):
        # "He [the present King of ...] has ...": the charge says whom it accuses
        read = read.replace(actor.split(" [", 1)[0], "The accused", 1)
    if target := d.fact.slot("target"):
        # "her [woman]": the charge says whom it wrongs
        read = read.replace(target, target.split(" [", 1)[1].rstrip("]"), 1)
    read = read.replace("{{c1::", "").replace("}}", "")
    # "the accused ... for his defence": the clause's own person; "They [all men] are ...": a
    # bracket says who; "These United Colonies": the document's own
    ignored = {"person"} if person_said(read) else set()
    if _OWN_OPENING.match(read):
        ignored.add("opening")
    return tuple(f for f in leans_on(read) if f[0] not in ignored)


# an opening pronoun a bracket explains, or a demonstrative of the document's own named
# things ("These United Colonies", "This Constitution")
_OWN_OPENING = re.compile(r"^(?:(?:He|She|It|They)\s\[|(?:These|This|Those)\s(?:[a-z]+\s)?[A-Z])")


def gate_length(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """Too long to read in an exam, too short to say anything, or cut off mid-clause."""
    # (a speech's line is shown without the rest of its sentence)
    words = len((d.fact.slot("line") or d.fact.sentence.text).split())
    if d.fact.kind in LEGAL_KINDS:
        # a clause of a founding document is asked alone: the student reads the clause, or
        # only the question it answers
        shown = "" if asks_outright(d.question) else d.fact.slot("clause")
        clause = len(shown.split())
        if clause > cfg.max_sentence_words or len(d.question.prompt.split()) > cfg.max_stem_words:
            return "too long"
        if shown and words_shown(shown) - 1 < cfg.min_clause_words:  # (less the blank)
            return "too short"  # "He has _____.", "He has denied her _____.": any item of its list fits
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
        return "sentence cut short"  # ending on "on", "the", "and": what followed was lost
    return ""


_ENDS_MID_CLAUSE = re.compile(r"\b(?:on|to|at|of|for|the|a|an|and|or|by|with|from|in)\s*$", re.I)


# A short report with no name or figure in it ("Which party said many tests were done?")
# tells too little for the student to know what is asked.
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
    blanked = not asks_outright(d.question)
    # (a founding document's clause is read alone, already blanked)
    legal = d.fact.kind in LEGAL_KINDS
    if blanked and norm(d.fact.slot("clause") if legal else d.fact.sentence.text).count(answer) > 1 - legal:
        return "answer twice in sentence"
    said = d.fact.slot("predicate") or d.fact.sentence.text[d.fact.answer_start + len(d.question.answer) :]
    if not blanked and _says_too_little(said.strip(), cfg.min_report_words):
        return "says too little"
    return ""


_SPEECH = re.compile(r"\b(?:I|me|my|we|our|us|you|your)\b")
# A straight mark after the closing stop is a closing one, whatever its count says.
_CLOSES_A_QUOTATION = re.compile(r"[.!?]\"\s*$")


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
        return "quotation too short to place"  # a few common words point to no one speaker
    if asks_outright(q) or d.fact.kind == "term":
        return ""  # a term is the quoted words themselves, asked as whose words they are
    if d.fact.kind == "description":
        # what somebody called something, asked in the sentence that says who
        surname = d.fact.slot("speaker").split()[-1]
        return "" if surname in _QUOTED_PART.sub(" ", d.fact.sentence.text) else "speaker not in the sentence"
    text = d.fact.sentence.text
    if in_quotation(text, d.fact.answer_start) or (_CLOSES_A_QUOTATION.search(text) and text.count('"') % 2):
        return "inside a quotation"  # a closing mark without an opening one: the end of one
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


def gate_home(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """The place the whole build is set in ("Which country ...?" "the UK" in British news):
    guessed, not known."""
    return "the build's home country" if d.fact.slot("home") else ""


def gate_reporter(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """A journalist named as the one who reports, by the extractor or by the role it read
    (the words around the answer are records of ``data/surroundings.yaml``)."""
    reporter = d.fact.slot("reporter") or REPORTER_WORDS.search(d.fact.slot("role"))
    return "a reporter, not the story" if d.fact.kind in PERSON_KINDS and reporter else ""


def gate_split_name(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """A blank that cuts a longer name in two ("___ Radio 4", "the ___ Commission").

    What is left of the name gives the answer away or makes no sense.
    """
    q = d.question
    if d.fact.kind not in _NAME_KINDS or asks_outright(q):
        return ""
    text, s = d.fact.sentence.text, d.fact.answer_start
    rest = text[s + len(d.fact.answer) :]
    if " " in d.fact.answer:  # a name beside its acronym
        elsewhere = text[:s] + " " + rest
        if any(has_phrase(elsewhere, a) for a in acronyms_of(d.fact.answer)):
            return "acronym gives it away"
    if _PEER.match(d.fact.answer) and _TITLE_PLACE.match(rest):
        return "part of a longer name"  # "Lord ___ of <place>": a peer's title goes on
    if d.fact.kind in ("organization", "law") and _NAME_GOES_ON.match(rest):
        return "part of a longer name"  # "the ___ on <Subject>": the name goes on
    if re.match(r"['’](?!s\b)", rest):
        return "part of a longer name"  # a plural's apostrophe left over after the blank
    after = _NAME_AFTER.match(rest)
    if after and after.group().split()[-1] not in NOT_NAMES:
        return "part of a longer name"
    before = _NAME_BEFORE.search(text[max(0, s - 30) : s])
    word = before.group().split()[0] if before else ""
    title = word in HONORIFICS or word.lower() in OFFICE_WORDS  # "Minister ___" is a title, not a name
    # a weekday's or month's possessive before the blank is no name's first word
    owner = word[:-2] in (*WEEKDAYS, *MONTHS) and word.endswith(("'s", "’s"))
    if word and s - len(before.group()) > 0 and word not in NOT_NAMES and not title and not owner:
        return "part of a longer name"
    return ""


_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of|the|and|for|de|du|des|la|le)?\s*[A-Z][\w'’-]*)+")


def gate_computable(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """The stem holds what gives the answer without knowing it: the same figure in another
    unit, two years whose difference is asked, or an acronym's own spelling out."""
    text, s = d.fact.sentence.text, d.fact.answer_start
    if s < 0:
        return ""
    after = text[s + len(d.fact.answer) :]
    if d.fact.kind in FIGURE_KINDS or d.fact.kind == "quantity":
        value = figure_value(d.fact.answer)
        if value and re.match(r"\s*(?:years?|decades?)\b", after.lower()):
            years = sorted({int(y) for y in _YEAR.findall(_read_around(d))})
            if any(b - a == value for a in years for b in years):
                return "computable from the stem"
    # an acronym beside its own spelling out (the other way round is ``gate_split_name``'s)
    answer = d.question.answer
    spelled = answer.isupper() and 2 <= len(answer) <= 8  # (what is read around, only then)
    if spelled and any(answer in acronyms_of(m.group()) for m in _CAPITALISED.finditer(_read_around(d))):
        return "computable from the stem"
    return ""


Check = Callable[[Draft, Reading, CheckSettings], str]
# Each check: its name and its function, if any, then its records in data/surroundings.yaml.
GATES: tuple[tuple[str, Check | None], ...] = (
    ("leak", gate_leak),
    ("computable", gate_computable),
    ("context", gate_context),
    ("length", gate_length),
    ("trivial", gate_trivial),
    ("quote", gate_quote_fact),
    ("split name", gate_split_name),
    ("list", None),
    ("reporter", gate_reporter),
    ("relative", None),
    ("home", gate_home),
    ("affiliation", None),
    ("addressed", None),
)
# The checks after the gates, over the drafts that passed them all (``select_drafts``).
SELECTING = ("once", "crowding")
# The checks that judge how a rule asks a fact (its stem, its options), not the fact: when
# one of them drops a draft, the next rule that fits the fact may ask it well.
FORM_CHECKS = frozenset(("leak", "length", "context"))
CHECK_NAMES = (*(name for name, _ in GATES), *SELECTING)
SKIPPABLE = (*(name for name, _ in GATES), "crowding")  # ("once" drops a duplicate: always on)
DEFAULT_SETTINGS = load_check_settings(None, SKIPPABLE)
_LISTS = {
    "kin_words": KIN_WORDS,
    "office_words": OFFICE_WORDS,
    "occupations": OCCUPATIONS,
    "journalist_words": JOURNALIST_WORDS,
}
SURROUNDINGS = load_surroundings(_LISTS, CHECK_NAMES)
_BY_CHECK = {name: tuple(r for r in SURROUNDINGS if r.check == name) for name in CHECK_NAMES}


def surrounded(name: str, d: Draft) -> str:
    """The reason of the first record of check ``name`` that what stands around the answer
    matches (``data/surroundings.yaml``), or ''."""
    records = _BY_CHECK.get(name, ())
    if not records or d.fact.answer_start < 0:
        return ""
    before, after = _around(d.fact.sentence.text, d.fact.answer_start, len(d.fact.answer))
    kind, outright = d.fact.kind, asks_outright(d.question)
    for rec in records:
        if (
            (rec.kinds and kind not in rec.kinds)
            or (rec.blanked and outright)
            or (rec.slot and not d.fact.slot(rec.slot))
        ):
            continue
        fits = rec.answer is None or rec.answer.fullmatch(norm(d.question.answer))
        fits = fits and (rec.before is None or rec.before.search(before))
        if fits and (rec.after is None or rec.after.match(after)):
            return rec.reason
    return ""


@lru_cache(maxsize=16384)  # every check of a draft reads the same words around its answer
def _around(text: str, start: int, length: int) -> tuple[str, str]:
    return as_read(text[max(0, start - 120) : start]), text[start + length :]


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
        text = ""  # the draft's own sentences, where they stand in their article
        for s in (d.fact.before, d.fact.sentence):
            if s is not None:
                text = text.ljust(s.start)[: s.start] + s.text
        return read_source(text)


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
        if name not in cfg.skip and (reason := surrounded(name, d) or (check and check(d, reading, cfg))):
            return name, reason
    return "", ""


def judge_draft(d: Draft, screen: Screen | None = None) -> str:
    """Why a draft fails the checks, or '' when it passes them all."""
    return judge(d, screen or Screen())[1]


def _can_lead(d: Draft, screen: Screen) -> bool:
    """Whether ``d`` may be shown after the sentence before its own."""
    before = d.fact.before
    if before is None or asks_outright(d.question):
        return False
    return stands_alone(before.text, screen.reading(d), before.start)


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
        leaning = [i for i in failed if verdict[i] == "needs context" and _can_lead(drafts[i], screen)]
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
