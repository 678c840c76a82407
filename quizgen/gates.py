"""Gates: drop the questions a teacher would reject, and say why (report.md counts the reasons).

A check is a small function of a draft, its article's discourse reading and the settings that
returns why the draft fails, or ''; its word lists and patterns, and the checks by what stands
around the answer, are data (``data/surroundings.yaml``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import permutations
from typing import Protocol

from quizgen import lexicon
from quizgen.check_settings import ChecksError, CheckSettings, load_check_settings
from quizgen.discourse import LONG_ARTICLE_WORDS, Reading, read_source, stands_alone
from quizgen.extract.legal import LEGAL_KINDS, words_shown
from quizgen.extract.numbers import FIGURE_KINDS, NUMBER_WORDS
from quizgen.extract.orgs import acronyms_of, may_abbreviate
from quizgen.extract.people import PERSON_KINDS
from quizgen.extract.speech import SPEECH_KINDS
from quizgen.extract.tokens import has_phrase, in_quotation, norm, one_of
from quizgen.merge import figure_value
from quizgen.models import Fact, Source
from quizgen.rules import (
    AMOUNT,
    CURRENCY,
    Draft,
    Hopeless,
    as_read,
    asks_outright,
    settled,
    shows_headline,
    with_lead,
    without_story,
)
from quizgen.standalone import needs_context
from quizgen.surroundings import PATTERNS, SURROUNDINGS, checks_with_records, surrounded

# Which facts win a sentence that can give only two questions, within one rule priority:
# names, figures (most sentences' point), dates, then places, bodies, quoted words, events.
KIND_ORDER = tuple(
    "person_role quote_speaker percent money number quantity date place organization law event term".split()
)


@lru_cache(maxsize=65536)  # (an answer, an option or a headline is read for each draft of it)
def _words_of(text: str) -> frozenset[str]:
    """The words of ``text`` as ``norm`` writes them, so they match a normed stem, without the
    marks around them ("Fresno," of "Fresno, California" is "fresno")."""
    return frozenset(w.strip(_MARKS) for w in norm(text).split()) - {""}


_MARKS = ".,;:!?()[]\"'“”‘’"

# The value a figure states (``merge.figure_value``), read once per text: every check and
# every draft of a fact reads its answer's, and the figures of its sentence.
_figure_value = lru_cache(maxsize=65536)(figure_value)


def _read_around(d: Draft) -> str:
    """What the student reads around the blank: the sentence shown before, the rest of its own."""
    text, s = d.fact.sentence.text, d.fact.answer_start
    return f"{d.fact.slot('lead')} {text[:s]} {text[s + len(d.fact.answer) :]}"


def _given_by_title(d: Draft, r: Reading) -> bool:
    """Whether the title gives the answer away. A long article named after its subject is
    about it in every line, and its stems say so ("About Fresno: ..."): its subject, a name
    sharing a word with it ("The ___ program" of "Apollo program", "Hans ___" of "Martin
    Luther"), its acronym ("ABC" of "American Broadcasting Company"), a name holding it
    ("University of Chicago Press"), a figure of its title ("50" of "Super Bowl 50"). In a
    report, the place its headline names ("___ have not won at Kessel" under "Ostland seek
    first win in Kessel"). A speech's speaker and a founding document's own words are asked
    by their own rules."""
    fact = d.fact
    if fact.slot("speech") or fact.slot("founding"):
        return False
    short = r.words < LONG_ARTICLE_WORDS
    if short and fact.kind != "place":
        return False  # (before the answer's words are read: most drafts are of reports)
    answer = d.question.answer
    named = {w for w in _words_of(answer) if len(w) > 3 or w[:1].isdigit()}
    title = _words_of(r.title)
    figure = fact.kind in FIGURE_KINDS or fact.kind == "date"
    if short:
        return bool(named) and named <= title
    if figure or fact.kind == "place":
        return bool(named) and named <= title
    name = _subject_name(r.title)
    return bool(named & title) or answer in acronyms_of(name) or name in answer


@lru_cache(maxsize=4096)  # (a title, once for all the drafts of its article)
def _subject_name(title: str) -> str:
    """What a title names before a comma or a bracket ("Fresno" of "Fresno, California")."""
    return re.split(r"\s*[,(]", title, maxsplit=1)[0]


def _counted_after(fact: Fact) -> bool:
    """Whether the sentence tells the count after it: a list of as many things after a dash
    or colon ("three bodies of water: the Obersee, the Untersee and the Seerhein"; one more
    or fewer, as a list's last item may run on), or figures that add up to it ("three
    parks, two in the city and one in county land")."""
    value = _figure_value(fact.answer)
    if value is None or value < 2:
        return False
    rest = fact.sentence.text[fact.answer_start + len(fact.answer) :]
    parts = [_figure_value(f) for f in _FIGURE_OR_NUMBER_WORD.findall(rest)]
    if len(parts) > 1 and None not in parts and sum(parts) == value:
        return True
    m = PATTERNS["list_after_count"].match(rest)
    if m is None:
        return False
    items = PATTERNS["list_separator"].split(_BRACKETED.sub("", m.group(1)).rstrip(". "))
    return len(items) > 1 and abs(len(items) - value) <= 1


def _rest_of_a_whole(fact: Fact) -> bool:
    """Whether a share asked is what the sentence's other shares leave of the whole: "_____
    white, 3.3% black and 2.7% Asian" is 100% less the others (not "from 40% to ___")."""
    value = _figure_value(fact.answer)
    text, s = fact.sentence.text, fact.answer_start
    others = [
        _figure_value(m.group())
        for m in _SHARE.finditer(text)
        if not m.start() <= s < m.end() and m.end() != s + len(fact.answer)
    ]
    if value is None or not others or None in others or _CHANGE_BETWEEN.search(text):
        return False
    return abs(value + sum(others) - 100) < 0.15  # (shares rounded to a tenth)


_SHARE = re.compile(r"\b\d+(?:\.\d+)?(?:%| per ?cent\b)")
_CHANGE_BETWEEN = re.compile(r"\bfrom\b[^.;]*\d[^.;]*\bto\b")


_FIGURE_OR_NUMBER_WORD = re.compile(rf"(?i)\b(?:\d[\d,]*(?:\.\d+)?|{one_of(NUMBER_WORDS)})\b")
_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _names_giving_away(answer: str, kind: str, place_kind: str) -> list[str]:
    """The answer and the other names that give it away wherever a stem says them: a place's
    own names, a country's other names, people and capital ("met leaders in Lima" gives Peru),
    a capital's country ("the tower in ___, Taiwan"), a person's surname."""
    names = [answer]
    if place_kind == "country":
        names += lexicon.related_forms(answer)
    elif place_kind == "city" and (country := lexicon.country_of_capital(answer)):
        names += [*lexicon.related_forms(country), *lexicon.names_of_its_own(country)]
    if kind == "place":
        names += lexicon.names_of_its_own(answer)
    if kind in PERSON_KINDS and " " in norm(answer):
        names.append(norm(answer).split()[-1])
    return names


def _spelled_around(fact: Fact, around: str) -> bool:
    """Whether an acronym asked stands beside the words it stands for ("the ___ ... to enforce
    child support payments" of the CSA, the Child Support Agency): two of its name's words
    besides the kind of body it is ("agency")."""
    spelled = fact.slot("spelled")
    if not spelled:
        return False
    words = {w for w in _words_of(spelled) if len(w) > 3} - _KIND_HEADS - lexicon.NAME_GLUE
    return len(words & _words_of(around)) >= 2


def _holds_a_place_named(country: str, around: str) -> bool:
    """Whether the stem names a city or a region of the country asked ("a city in the ___ state
    of California", "Köln, ___"): its country is what is known of such a place."""
    asked = lexicon.gazetteer().places.get(country)
    if asked is None or asked.kind != "country":
        return False
    return asked.country in lexicon.countries_of_places(around)


def _name_word_said(d: Draft, around: str) -> bool:
    """Whether a word of a body's name is said as a name around its blank ("United Paramount
    Theatres ... separating itself from ___" of Paramount Pictures): not a word of its kind
    ("Union", "Pictures" of any studio), nor one said lowercase ("a national strike"), nor
    where it is ("European", "China": which parliament, which bank, is what is asked)."""
    kind = _not_its_own(d)
    words = [w for w in _CAPITALISED.findall(d.question.answer) if w.lower() not in kind | _WHERE]
    return any(has_phrase(around, w) and not lexicon.countries_of_places(w) for w in words)


def _composed_around(d: Draft, read: str) -> bool:
    """Whether a body's name is made of words said around its blank (``read``: normed), in any
    case, but its kind ("specialised film ... across the UK, said the head of ... at the ___"
    of the UK Film Council): two words or more of its own, each read there, put it together."""
    words = {w for w in _words_of(d.question.answer) if w not in _not_its_own(d)}
    return len(words) >= 2 and all(has_phrase(read, w) for w in words)


def _not_its_own(d: Draft) -> frozenset[str]:
    """The words of a body's name that say no more than what kind of body it is."""
    return _kind_words(d) | _KIND_HEADS | lexicon.NAME_GLUE


def _kind_words(d: Draft) -> frozenset[str]:
    """The words of what kind of body the answer is, and of which ("union", "studio")."""
    return _words_of(f"{d.fact.slot('org_type')} {d.fact.slot('body')}")


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]{3,}")


def _kin_said(answer: str, around: str) -> bool:
    """Whether a word of the answer's own making stands around its blank: a word asked
    ("right", "Children Act", "Crossrail Link Bill") beside a word it opens or that opens it
    ("self-righteousness", "a child in their care", "a cross-London rail link"), which gives
    it away as wordplay does. Words shorter than five letters open too many others to be read
    so ("part", "party"), the head of a body's or a place's name ("committee") says no more
    than its kind, and a nation's adjective ("a Chilean judge of the Supreme Court of ___")
    no more than where a body is (a place asked is read for its people by ``_says_its_people``).
    A phrase of more than three words ("according to their respective numbers") is asked for
    its wording, which one kindred word does not give."""
    if len(answer.split()) > 3:
        return False
    # (a name's words run together open a word around: "BankAmericard" of "Bank of America")
    named = [w for w in _LETTERS.findall(answer.lower()) if w not in lexicon.NAME_GLUE]
    glued = "".join(named)
    said = _LONG_WORD.findall(around.lower())
    if len(named) > 1 and len(glued) >= 6 and any(w.startswith(glued) for w in said):
        return True
    asked = {w for w in _LONG_WORD.findall(answer.lower()) if w not in _KIND_HEADS}
    if not asked:
        return False  # (a figure, a date: the words around need not be read)
    # (a word opening another of five letters or more shares its first five: only a word
    # around that does with a word asked is compared with each)
    heads = {p[:5] for p in asked}
    return any(
        w not in asked and (w.startswith(p) or p.startswith(w))
        for w in said
        if w[:5] in heads and w not in _NATIONS
        for p in asked
    )


_KIND_HEADS = lexicon.ORG_HEADS | lexicon.PLACE_NOUNS
# (compiled here, not left to ``re``'s cache of 512 patterns, which the patterns made for one
# name or word empty: the gates read every draft)
_LONG_WORD = re.compile(r"[a-z]{5,}")
_LETTERS = re.compile(r"[a-z]+")
_NATIONS = frozenset(w.lower() for w in lexicon.DEMONYM_WORDS)
_WHERE = _NATIONS | {w.lower() for w in lexicon.CONTINENT_ADJECTIVES}


def _says_its_people(place: str, around: str) -> bool:
    """Whether ``around`` says a place's people or adjective by the first letters of its name
    ("Chilean" of Chile; not irregular ones). Its pattern is compiled only where those letters
    are there (a plain test: most stems do not have them)."""
    if " " in place or len(place) < 5 or place[:5] not in around:
        return False
    return _its_people(place).search(around) is not None


@lru_cache(maxsize=4096)
def _its_people(place: str) -> re.Pattern[str]:
    """The pattern of ``_says_its_people`` for a place of one word of five letters or more."""
    return re.compile(rf"\b{re.escape(place[:5])}(?-i:[a-z]*)(?:ans?|ians?|ers?|ese|is?|ites?)\b")


def gate_leak(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """The answer can be read in the stem (or in an option other than itself)."""
    q, kind, place_kind = d.question, d.fact.kind, d.fact.slot("place_kind")
    if (document := d.fact.slot("document")) and q.type == "cloze":
        # a founding document's stem names the document: an answer of its words is given away
        named = {w for w in _words_of(q.answer) if len(w) > 3}
        titled = _words_of(document)
        if named and named <= titled:
            return "answer in stem"
        # ... or a long word of its kin: "a Sovereign Republic" under "the Charter of Sovereignty"
        if any(len(w) >= 6 and any(t[:6] == w[:6] and t != w for t in titled) for w in named):
            return "answer in stem"
    around = _read_around(d)
    if kind == "place" and _says_its_people(q.answer, around):
        return "answer in stem"
    if _given_by_title(d, r):
        return "answer in the title"
    if kind in ("number", "quantity") and _counted_after(d.fact):
        return "answer in stem"  # a count by the things it counts, or by its parts
    if kind == "percent" and _rest_of_a_whole(d.fact):
        return "answer in stem"  # a share by the others of its whole
    if place_kind == "country" and _holds_a_place_named(q.answer, around):
        return "answer in stem"
    if _spelled_around(d.fact, around):
        return "answer in stem"
    forms = _names_giving_away(q.answer, kind, place_kind)
    if q.type != "mcq":
        # a cloze shows the rest of its sentence: the answer said again there, or by another name
        read = norm(around)
        given = any(has_phrase(read, norm(g)) for g in forms) or _kin_said(q.answer, around)
        named = kind in ("organization", "law")
        given = given or named and (_name_word_said(d, around) or _composed_around(d, read))
        return "answer in stem" if given else ""
    # a continent by a country on it; a word of the answer's own making ("the Chalcedonian
    # Creed of the ___" of the Council of Chalcedon), as in a cloze
    if place_kind == "continent" and lexicon.on_the_continent(around, lexicon.CONTINENTS.get(q.answer, "")):
        return "answer in stem"
    if _kin_said(q.answer, around):
        return "answer in stem"
    # the answer by another name in the stem, or (a party) by its names and adjectives
    if q.answer in lexicon.PARTY_NAMES:
        forms += lexicon.party_forms(lexicon.PARTY_NAMES[q.answer])
    if kind in ("organization", "law"):
        if _composed_around(d, norm(around)):
            return "answer in stem"
        # a word of a body's own name elsewhere in the stem, but not one the other options share
        shared = set().union(*(_words_of(o) for o in q.options if o != q.answer), lexicon.NAME_GLUE)
        shared |= _kind_words(d)
        forms += [w for w in _words_of(q.answer) if len(w) > 3 and w not in shared]
    prompt = norm(q.prompt)
    return "answer in stem" if any(has_phrase(prompt, norm(g)) for g in forms) else ""


def gate_context(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """The question leans on what the student has not read (``standalone.needs_context``)."""
    return "needs context" if needs_context(d, r) else ""


def gate_length(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """Too long to read in an exam, too short to say anything, or cut off mid-clause."""
    words = len((d.fact.slot("line") or d.fact.sentence.text).split())  # (a speech's line, alone)
    if d.fact.kind in LEGAL_KINDS:  # a clause is read alone, or only the question it answers
        shown = "" if asks_outright(d.question) else d.fact.slot("clause")
        clause = len(shown.split())
        if clause > cfg.max_sentence_words or len(d.question.prompt.split()) > cfg.max_stem_words:
            return "too long"
        if shown and words_shown(shown) - 1 < cfg.min_clause_words:  # (less the blank)
            return "too short"  # so few words besides the blank that any item of a list fits
        return "too short" if max(clause, words) < cfg.min_sentence_words else ""
    lead = len(d.fact.slot("lead").split())  # the sentence shown before, counted on its own
    stem = len(without_story(d.question.prompt, d.fact).split()) - lead
    if words > cfg.max_sentence_words or stem > cfg.max_stem_words or lead > cfg.max_lead_words:
        return "too long"
    if words < cfg.min_sentence_words and d.fact.kind not in SPEECH_KINDS:  # (a line may be short)
        return "too short"
    plain_words, cut_short = _how_it_reads(d.fact.sentence.text)
    if plain_words < cfg.min_plain_words:
        return "a list, not a statement"  # "Ruiz, Berg, Okafor, Lima, Velden, ..."
    return "sentence cut short" if cut_short else ""


@lru_cache(maxsize=65536)  # (a sentence gives several facts, each drafted and judged apart)
def _how_it_reads(sentence: str) -> tuple[int, bool]:
    """What ``gate_length`` reads of a sentence whatever is asked of it: how many words in
    small letters it has, and whether it ends mid-clause."""
    plain_words = len(PATTERNS["plain_word"].findall(sentence))
    return plain_words, PATTERNS["ends_mid_clause"].search(sentence) is not None


def gate_trivial(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """An answer its sentence states twice, a piece of a longer name ("CD:___", "___:UK"), or a
    short report asked outright that names nothing."""
    text, s, e = d.fact.sentence.text, d.fact.answer_start, d.fact.answer_start + len(d.fact.answer)
    if s >= 0 and (_GLUED_BEFORE.search(text, 0, s) or _GLUED_AFTER.match(text, e)):
        return "part of a name"
    answer, blanked = norm(d.question.answer), not asks_outright(d.question)
    legal = d.fact.kind in LEGAL_KINDS  # (a founding document's clause is read alone, already blanked)
    if blanked and norm(d.fact.slot("clause") if legal else d.fact.sentence.text).count(answer) > 1 - legal:
        return "answer twice in sentence"
    said = d.fact.slot("predicate") or d.fact.sentence.text[d.fact.answer_start + len(d.question.answer) :]
    report = m.group(1) if not blanked and (m := PATTERNS["said_what"].match(said.strip())) else ""
    short = len(report.split()) < cfg.min_report_words
    return "says too little" if report and short and not PATTERNS["names_something"].search(report) else ""


# A letter or a digit touching the answer, or a colon between it and one ("CD:UK"; not a
# colon that ends a clause: "... Trial by Jury: For ...")
_GLUED_BEFORE = re.compile(r"[^\W_]:?$")
_GLUED_AFTER = re.compile(r":?[^\W_]")


def gate_quote_fact(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """A blank inside a quotation tests an opinion as a fact (a sentence from the middle of one
    shows itself by a closing mark alone, or by "I", "we", "you" outside marks, not a speech's)."""
    if d.fact.kind in LEGAL_KINDS:
        return ""  # a founding document speaks in its own voice: no quotation
    quote = d.fact.slot("quote").strip(" .,;:'\"’”")  # (one cut short is a record)
    if quote and len(quote.split()) < cfg.min_quoted_words:
        # a few common words point to no one speaker, a whole utterance's too ("I am quite confident")
        return "quotation too short to place"
    if asks_outright(d.question) or d.fact.kind == "term":
        return ""  # a term is the quoted words themselves, asked as whose words they are
    text, speech, prompt = d.fact.sentence.text, d.fact.slot("speech"), d.question.prompt
    unquoted, quoting, first_person = _quoting(text)
    if d.fact.kind == "description":  # what somebody called something, asked in the sentence that says who
        return "" if d.fact.slot("speaker").split()[-1] in unquoted else "speaker not in the sentence"
    if (
        in_quotation(text, d.fact.answer_start)
        or quoting
        or (first_person and not (speech and as_read(speech) in prompt))
    ):
        return "inside a quotation"
    return ""


@lru_cache(maxsize=65536)  # (a sentence gives several facts, each drafted and judged apart)
def _quoting(sentence: str) -> tuple[str, bool, bool]:
    """What ``gate_quote_fact`` reads of a sentence whatever is asked of it: its words outside
    quotation marks; whether it is part of a quotation (it closes one it does not open, or a
    mark stands unpaired outside the quoted parts); whether a speaker's "I", "we" or "you"
    stands outside the marks."""
    unquoted = PATTERNS["quoted_part"].sub(" ", sentence)
    quoting = (
        bool(PATTERNS["closes_a_quotation"].search(sentence) and sentence.count('"') % 2)
        or "”" in unquoted
        or '"' in unquoted
    )
    return unquoted, quoting, PATTERNS["first_person"].search(unquoted) is not None


def gate_split_name(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """A name blanked beside its own acronym (blanks that cut a longer name in two are records)."""
    text, s, name = d.fact.sentence.text, d.fact.answer_start, d.fact.answer
    names = d.fact.kind in (*PERSON_KINDS, "organization", "law", "place")
    if not names or asks_outright(d.question) or " " not in name:
        return ""
    elsewhere = text[:s] + " " + text[s + len(name) :]
    if any(has_phrase(elsewhere, a) for a in acronyms_of(name)):
        return "acronym gives it away"
    # ... or a short form in brackets just after it or before it: "___ (Wada)", "ICBC (___"
    beside = _BRACKETED_AFTER.match(text, s + len(name)) or _BRACKET_AFTER.search(text[:s])
    return "acronym gives it away" if beside and may_abbreviate(beside.group(1), name) else ""


_BRACKETED_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")
_BRACKET_AFTER = re.compile(r"\b([A-Z][A-Za-z&]{1,9})\s*\(\s*$")


def gate_computable(d: Draft, r: Reading, cfg: CheckSettings) -> str:
    """The stem computes the answer: two years whose difference is asked, the century of a year
    it states, a figure all but one the sentence states, an acronym spelled out."""
    if d.fact.answer_start < 0:
        return ""
    figure = d.fact.kind in FIGURE_KINDS or d.fact.kind == "quantity"
    value = _figure_value(d.fact.answer) if figure else None
    text, end = d.fact.sentence.text, d.fact.answer_start + len(d.fact.answer)
    years = {int(y) for y in PATTERNS["year"].findall(_read_around(d))} if value else set()
    if value and PATTERNS["in_years"].match(text, end) and any(b - a == value for a in years for b in years):
        return "computable from the stem"
    if value and _near_another(d.fact, value, cfg.nearby_figure_percent / 100):
        return "computable from the stem"
    if value and d.fact.kind == "money" and _sum_of_two(d, value):
        return "computable from the stem"  # "$434m" beside "in $300m profit revision": 732m
    if value and PATTERNS["in_century"].match(text, end) and value in {(y - 1) // 100 + 1 for y in years}:
        return "computable from the stem"  # "signed in 1891, ... in the ___ century"
    if value and d.fact.kind == "percent" and _change_told(text[end:], value):
        return "computable from the stem"  # "sales rose ___ to $11.1bn from $10.9bn"
    answer = d.question.answer  # an acronym beside its own spelling out (see also ``gate_split_name``)
    if not (answer.isupper() and 2 <= len(answer) <= 8):
        return ""
    spelled = (acronyms_of(m.group()) for m in PATTERNS["capitalised"].finditer(_read_around(d)))
    return "computable from the stem" if any(answer in a for a in spelled) else ""


def _change_told(after: str, percent: float) -> bool:
    """Whether the words after a share of change state where it went and whence ("___ to
    $11.1bn from $10.9bn", "___ from 120 to 150"), which compute it (to its rounding)."""
    m = _CHANGE_ENDS.match(after)
    if m is None:
        return False
    ends = _figure_value(m["a"]), _figure_value(m["b"])
    if None in ends or 0 in ends:
        return False
    new, old = ends if m["first"] == "to" else ends[::-1]
    change = abs(new - old) / old * 100
    return abs(change - percent) <= max(0.6, percent / 10)


_CHANGE_ENDS = re.compile(
    rf"\W{{0,3}}(?:\w+\s){{0,2}}?(?P<first>to|from)\s{CURRENCY}?(?P<a>{AMOUNT})"
    rf"[^;]{{0,40}}?\b(?:to|from)\s{CURRENCY}?(?P<b>{AMOUNT})"
)


def _near_another(fact: Fact, value: float, within: float) -> bool:
    """Whether the sentence states another figure of the answer's form within ``within`` of it
    (a share of it): "rose to $61.20 before closing at $___" leaves the answer near $61."""
    text, s = fact.sentence.text, fact.answer_start
    form = _form(text, s, s + len(fact.answer))
    for m in _FIGURE.finditer(text):
        if s <= m.start() < s + len(fact.answer) or _form(text, m.start(), m.end()) != form:
            continue
        other = _figure_value(m.group())
        if other and other != value and abs(other - value) <= within * value:
            return True
    return False


def _sum_of_two(d: Draft, value: float) -> bool:
    """Whether two sums the stem shows (its headline too) add up to the answer, or one less
    the other does, to within 1%: "made $434m, ... a $___ profit" under "Nortel in $300m
    profit revision"."""
    fact = d.fact
    text, s = fact.sentence.text, fact.answer_start
    values = _sums_in(text[:s] + " " * len(fact.answer) + text[s + len(fact.answer) :])
    if shows_headline(d.question.prompt, fact):
        values += _sums_in(fact.slot("story"))
    near = 0.01 * value
    return any(abs(a + b - value) <= near or abs(a - b - value) <= near for a, b in permutations(values, 2))


def _sums_in(text: str) -> list[float]:
    """The amounts of money ``text`` writes ("$434m", "dollars 300m")."""
    found = (m for m in _FIGURE.finditer(text) if _form(text, m.start(), m.end())[2])
    return [v for m in found if (v := _figure_value(m.group()))]


def _form(text: str, start: int, end: int) -> tuple[bool, bool, bool]:
    """How a figure is written: with decimals, as a percentage, as money ("21" of "21 March"
    is no form of "20%")."""
    figure = text[start:end]
    money = bool(_MONEY_BEFORE.search(text[max(0, start - 8) : start]))
    percent = figure.endswith("%") or text.startswith(("%", " per"), end)
    return "." in figure, percent, money or figure[:1] in "$£€¥"


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?(?:\s?(?:bn|billion|m|million|k|tn|trillion)\b)?")
_MONEY_BEFORE = re.compile(r"(?:[$£€¥]|dollars |pounds |euros )$")


# Each check: its name and its function, if any; its records (data/surroundings.yaml) are read
# first, or last for RECORDS_LAST (a name beside its acronym says more than a name cut in two).
Check = Callable[[Draft, Reading, CheckSettings], str]
GATES: tuple[tuple[str, Check | None], ...] = (
    ("leak", gate_leak),
    ("computable", gate_computable),
    ("context", gate_context),
    ("length", gate_length),
    ("trivial", gate_trivial),
    ("quote", gate_quote_fact),
    ("split name", gate_split_name),
    *((name, None) for name in ("list", "reporter", "relative", "home", "affiliation", "addressed")),
)
RECORDS_LAST = frozenset(("split name",))
# The checks after the gates, over the drafts that passed them all (``select_drafts``).
SELECTING = ("once", "crowding")
# The checks that judge how a rule asks a fact (its stem, its options), not the fact: when
# one of them drops a draft, the next rule that fits the fact may ask it well.
FORM_CHECKS = frozenset(("leak", "length", "context"))
CHECK_NAMES = (*(name for name, _ in GATES), *SELECTING)
SKIPPABLE = (*(name for name, _ in GATES), "crowding")  # ("once" drops a duplicate: always on)
DEFAULT_SETTINGS = load_check_settings(None, SKIPPABLE)
if unknown := sorted({r.check for r in SURROUNDINGS.records} - set(CHECK_NAMES)):
    raise ChecksError(f"surroundings.yaml: checks: no check is named {', '.join(unknown)}")


@dataclass(frozen=True)
class Screen:
    """The checks' settings, and the sources read as discourse (else a draft's own sentences)."""

    settings: CheckSettings = DEFAULT_SETTINGS
    sources: Mapping[str, Source] = field(default_factory=dict)

    def reading(self, d: Draft) -> Reading:
        if (source := self.sources.get(d.fact.sentence.source_id)) is not None:
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
    kept, dropped, by_check = [], Counter[str](), Counter[str]()
    for part in parts:
        kept += part.kept
        dropped.update(part.dropped)
        by_check.update(part.by_check)
    return Gated(tuple(kept), dict(dropped), dict(by_check))


def judge(d: Draft, screen: Screen | None = None) -> tuple[str, str]:
    """The first check a draft fails and why, or ('', '') when it passes them all."""
    return next((found for found in _reasons(d, screen or Screen(), GATES) if found[1]), ("", ""))


def passes(d: Draft, screen: Screen) -> bool:
    """Whether a draft passes every check (``judge`` finds nothing), asked where that alone
    matters, not which check drops it: of a draft shown after the sentence before, the context
    check first, which drops most of them (each check is a pure function: their order changes
    nothing but the cost)."""
    return not any(reason for _, reason in _reasons(d, screen, _CONTEXT_FIRST))


_CONTEXT_FIRST = tuple(sorted(GATES, key=lambda gate: gate[0] != "context"))  # (else in their order)


def _reasons(
    d: Draft, screen: Screen, checks: Iterable[tuple[str, Check | None]]
) -> Iterator[tuple[str, str]]:
    """Each of ``checks`` not skipped, in turn, with why it drops ``d`` ('' if it does not)."""
    reading, cfg = screen.reading(d), screen.settings
    recorded = checks_with_records(d.fact.kind)
    for name, check in checks:
        if name in cfg.skip:
            continue
        # (the second is read only when the first finds nothing: each is a pure function;
        # a check with no records for the fact's kind finds nothing by them)
        if name in RECORDS_LAST:
            yield (
                name,
                (check(d, reading, cfg) if check else "")
                or (surrounded(name, d) if name in recorded else ""),
            )
        else:
            yield (
                name,
                (surrounded(name, d) if name in recorded else "")
                or (check(d, reading, cfg) if check else ""),
            )


def _can_lead(d: Draft, screen: Screen) -> bool:
    """Whether ``d`` may be shown after the sentence before its own (which must stand alone)."""
    b, outright = d.fact.before, asks_outright(d.question)
    return b is not None and not outright and stands_alone(b.text, screen.reading(d), b.start)


def dropped_whatever_its_options(plain: Draft, led: Callable[[], Draft | None], screen: Screen) -> bool:
    """Whether the gates drop a multiple-choice draft whatever options it gets, for a check
    that has ``screen_drafts`` try the fact's next rule (``FORM_CHECKS``), and its form with
    the sentence before shown first too, where that is tried: then the draft's options need
    not be picked (the costliest part of drafting), and the next rule is drafted at once.
    Asked where a fact is first drafted (``first_drafts``) and where it is drafted again
    (``screen_drafts``): whether such a rule fills its options changes nothing kept, only
    which draft a fact no rule asks well is counted by.

    ``plain`` is the draft without its options, its prompt the stem they do not change, and
    ``led()`` the same for the fact with the sentence before it (None where the rule does not
    ask it). Each must blank its answer whatever the options (the caller tells): the context
    check then reads the prompt only for whether the story's headline is shown, which the
    options decide (``standalone.stem_leans_on``), and is asked as if it were, which leans
    least. The checks before it but ``computable`` give a reason to try the next rule; that
    one, which does not read the options, must pass."""
    cfg = screen.settings
    if "context" in cfg.skip or asks_outright(plain.question):
        return False
    reading = screen.reading(plain)
    # (the context check first: most drafts do not lean, and the computable check is then not
    # asked; each is a pure function, so their order changes nothing but the cost)
    if not needs_context(plain, reading, told=True):
        return False
    if "computable" not in cfg.skip and (
        ("computable" in checks_with_records(plain.fact.kind) and surrounded("computable", plain))
        or gate_computable(plain, reading, cfg)
    ):
        return False
    if not _can_lead(plain, screen):
        return True  # (the form with the sentence before is not tried)
    shown_first = led()
    if shown_first is None:
        return True
    return not asks_outright(shown_first.question) and needs_context(
        shown_first, screen.reading(shown_first), told=True
    )


def leaks_whatever_its_options(plain: Draft, screen: Screen) -> bool:
    """Whether the leak check drops a multiple-choice draft whatever options it gets: ``plain``
    is the draft without them, its prompt the one they leave (``rules.settled``). The check
    reads the options only for a body's or a law's name (a word of it the other options share
    gives nothing away): for those it is not asked.

    For redrafting (``screen_drafts``): a draft dropped for its form (a leak is one) has the
    fact's next rule tried, as a rule that cannot fill its options does, so its options need
    not be picked. (Not for a first draft: its reason is the one report.md counts where no rule
    asks the fact well, and a rule that cannot fill its options gives no first draft.)"""
    cfg, kind = screen.settings, plain.fact.kind
    if "leak" in cfg.skip or kind in ("organization", "law") or not settled(plain):
        return False
    if "leak" in checks_with_records(kind) and surrounded("leak", plain):
        return True
    return bool(gate_leak(plain, screen.reading(plain), cfg))


class Redraft(Protocol):
    """``rules.draft_questions`` for some facts, each from its own rule on (``starts``),
    passing over the multiple-choice rules ``hopeless`` says are dropped whatever options."""

    def __call__(
        self, facts: Sequence[Fact], starts: Sequence[int], hopeless: Hopeless | None = None
    ) -> list[Draft]: ...


def screen_drafts(
    drafts: Sequence[Draft],
    redraft: Redraft | None = None,
    screen: Screen | None = None,
) -> Gated:
    """The drafts that pass every check, and how many each check dropped. With ``redraft``
    (``rules.draft_questions``), a draft dropped for its form is tried again with the sentence
    before shown first (if that stands alone), then by each next rule that fits; a fact no rule
    asks well counts once, by its first draft. Parts of a build can be screened apart.

    Drafting a fact again by its next rule, a multiple-choice rule whose draft would be
    dropped whatever its options is passed over (``leaks_whatever_its_options``,
    ``dropped_whatever_its_options``): the fact goes on to the rule after it, as it would once
    that draft, and its form with the sentence before, were dropped; its options are not
    picked. (Not where the sentence before is tried: only that rule's draft is read there.)"""
    screen, drafts = screen or Screen(), list(drafts)

    def hopeless(plain: Draft, led: Callable[[], Draft | None]) -> bool:
        # (the leak check first: most drafts passed over here leak, as the fact's draft before did)
        return leaks_whatever_its_options(plain, screen) or dropped_whatever_its_options(plain, led, screen)

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
                if d.rule_at == drafts[i].rule_at and passes(d, screen):
                    # (the original fact: what comes after the gates asks which fact, not how it was shown)
                    drafts[i], verdict[i] = replace(d, fact=drafts[i].fact), ""
        failed = [i for i in failed if verdict[i]]
        if not failed:
            break
        place = {id(drafts[i].fact): i for i in failed}
        again = redraft([drafts[i].fact for i in failed], [drafts[i].rule_at + 1 for i in failed], hopeless)
        failed = []
        for d in again:
            i = place[id(d.fact)]
            check, verdict[i] = judge(d, screen)
            drafts[i] = d
            if check in FORM_CHECKS:
                failed.append(i)
    lost = [first[i] for i, v in enumerate(verdict) if v]
    kept = tuple(d for d, v in zip(drafts, verdict, strict=True) if not v)
    return Gated(kept, dict(Counter(v[1] for v in lost)), dict(Counter(v[0] for v in lost)))


def first_drafts(facts: Sequence[Fact], draft: Redraft, screen: Screen) -> list[Draft]:
    """The first draft of each fact, for ``screen_drafts``: by its first rule that fits, passing
    over the multiple-choice rules the gates would drop whatever their options
    (``dropped_whatever_its_options``) before those are picked, as redrafting does.

    What is kept is the same as without passing over: such a rule's draft, with the sentence
    before too, would be dropped for its form, and the fact redrafted by the rules after it,
    which is what passing over does at once. What a fact no rule asks well is counted as
    (report.md) is the reason of its first draft the gates read: a later rule's where the
    first was passed over, so a reason may differ. A fact all of whose rules are passed over
    is drafted again without passing over (as it was), so that every fact is still counted."""
    passed_over: set[int] = set()  # (the facts, by id)

    def hopeless(plain: Draft, led: Callable[[], Draft | None]) -> bool:
        if dropped_whatever_its_options(plain, led, screen):
            passed_over.add(id(plain.fact))
            return True
        return False

    drafts = draft(facts, [0] * len(facts), hopeless)
    drafted = {id(d.fact) for d in drafts}
    if unasked := [f for f in facts if id(f) in passed_over and id(f) not in drafted]:
        drafts += draft(unasked, [0] * len(unasked))
        order = {id(f): n for n, f in enumerate(facts)}
        drafts.sort(key=lambda d: order[id(d.fact)])  # (in the facts' order: it breaks ties later)
    return drafts


def apply_gates(drafts: Sequence[Draft], screen: Screen | None = None) -> Gated:
    """Screen the drafts, then keep one question per fact and sentence (``select_drafts``)."""
    return select_drafts(screen_drafts(drafts, screen=screen), (screen or Screen()).settings)


def select_drafts(screened: Gated, cfg: CheckSettings = DEFAULT_SETTINGS) -> Gated:
    """Drop duplicates, facts asked from another source, and crowding (``max_per_sentence``,
    ``max_per_answer``) from the drafts that passed the gates."""
    drafts, crowding = screened.kept, "crowding" not in cfg.skip
    dropped, by_check = Counter(screened.dropped), Counter(screened.by_check)
    per_sentence, per_answer, kept = Counter[tuple](), Counter[tuple](), list[int]()
    seen, groups, quoted = set(), set(), set()  # (quoted: the lines a question shows whole)
    rank = {k: i for i, k in enumerate(KIND_ORDER)}.get
    ranked = ((-d.priority, -len(d.fact.sentences), rank(d.fact.kind, 99), n) for n, d in enumerate(drafts))
    for *_, i in sorted(ranked):  # facts several sources state win a crowded sentence
        fact, answer = drafts[i].fact, norm(drafts[i].question.answer)
        key = (answer, norm(fact.sentence.text))
        # (a founding document's long sentence is asked clause by clause)
        place = (fact.sentence.source_id, fact.sentence.index, fact.slot("clause_at"))
        asked = (fact.sentence.source_id, fact.kind, answer)
        if key in seen:
            reason = "duplicate"
        elif fact.group and fact.group in groups:
            reason = "asked from another source"
        elif crowding and per_sentence[place] >= cfg.max_per_sentence:
            reason = "sentence already asked about"
        elif crowding and per_answer[asked] >= cfg.max_per_answer:
            reason = "answer already asked in this article"
        elif fact.kind == "speech_line" and place in quoted:
            reason = "line asked as whose it is"  # "Who said: '<line>'?" shows the line whole
        else:
            seen.add(key)
            groups.add(fact.group)
            per_sentence[place] += 1
            per_answer[asked] += 1
            if fact.kind in ("line_speaker", "line_date"):
                quoted.add(place)
            kept.append(i)
            continue
        dropped[reason] += 1
        by_check["crowding" if reason.startswith(("sentence", "answer")) else "once"] += 1
    return Gated(
        tuple(drafts[i] for i in sorted(kept)), dict(sorted(dropped.items())), dict(sorted(by_check.items()))
    )
