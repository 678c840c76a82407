"""Rank the questions of each source and select what the exports carry.

A teacher hands out ten questions from an article, not a hundred: the best ones.
``score`` weighs signals that hold in any genre (see ``Weights``):

- how central the answer is to its source: named in the headline or title, in the
  opening sentences, named again and again;
- what kind of fact it is: a power, a right, a requirement, an office, a decision,
  a law, a figure weigh more than a venue, a date in passing or a remark;
- how many sources state it;
- how sound the question is on its own: whether it needed the sentence before it or
  points back to what only earlier sentences say, how long its stem is, whether its
  options come from the article itself.

Questions are ranked within the source of their first citation (1 = ask first).
A founding document (a constitution, a statute, a declaration, an essay of principles:
its facts carry the ``founding`` slot, see ``extract/legal.py``) gets one question per
``WORDS_PER_LEGAL_QUESTION`` words, not per ``WORDS_PER_QUESTION``: every article,
amendment or section states a power, a right or a requirement of its own in a sentence
or two, so its text holds a question a teacher wants about three times as densely as a
news report's, whose paragraphs retell one story; and it is taught over several lessons,
so its cap is ``MAX_PER_LEGAL_SOURCE``, not ``MAX_PER_SOURCE``. Only questions scoring
``Weights.min_score`` or more fill it.
The best ``per_source`` of each are ``selected``: none that scores below
``Weights.min_score`` (but a long article, an encyclopedia's, is filled up to
``MIN_PER_LONG_ARTICLE`` from those scoring ``Weights.lesson_score``), none on a figure the
sources dispute, each answer once, each
sentence once (but in a founding document, whose one sentence may grant several
powers). They rank first; the bank keeps every question. (A worksheet, read whole,
leaves off what another printed question or its title gives away: ``clash.keep_apart``.)
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from quizgen.discourse import LONG_ARTICLE_WORDS, read_source
from quizgen.extract.legal import number_value
from quizgen.extract.numbers import NUMBER_WORDS
from quizgen.extract.people import PERSON_KINDS
from quizgen.extract.speech import SPEECH_KINDS
from quizgen.lexicon import (
    COMMENTING_ROLES,
    COUNTING_BODIES,
    FAMILY_WORDS,
    FIGURE_VERBS,
    FUNCTION_WORDS,
    GAME_STATISTICS,
    JOURNEY_WORDS,
    MANY_HOLD,
    MONTHS,
    OCCUPATIONS,
    ORG_HEADS,
    ORIGIN_WORDS,
    PEOPLE_FROM,
    PUBLIC_OFFICE_HEADS,
    RANKING_WORDS,
    ROLE_HEADS,
    SPEECH_VERBS,
    WEEKDAYS,
    parties_in,
)
from quizgen.models import Fact, Question, Source
from quizgen.rules import Draft, asks_outright, without_story
from quizgen.standalone import stem_leans_on

# How many questions one lesson asks of one article; a long document (a constitution,
# an encyclopedia article) gets one more per this many words, up to ``MAX_PER_SOURCE``.
MIN_PER_SOURCE = 10
WORDS_PER_QUESTION = 125
# ... and a founding document, whose every clause states a rule of its own, one per this many,
# up to this many: its articles or amendments are taught over several lessons, not one
WORDS_PER_LEGAL_QUESTION = 70
MAX_PER_LEGAL_SOURCE = 45
# (a long article's questions past its best fifteen ask side details: one lesson is enough)
MAX_PER_SOURCE = 15
# A long article gives a lesson at least this many, where it has them (``Weights.lesson_score``).
MIN_PER_LONG_ARTICLE = 4
# A speech is asked for who gave it, its lines and the few things it names: a handful.
SPEECH_PER_SOURCE = 6

_FIGURE = re.compile(r"\d[\d,.]*")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SMALL = frozenset("the a an of and or in on at to for by with from as is are was were be".split())


@dataclass(frozen=True)
class Weights:
    """What each signal adds to a question's score."""

    kinds: dict[str, float] = field(
        default_factory=lambda: {
            "power": 3.0,
            "line_speaker": 2.5,  # who gave a speech, asked by the line it is remembered for
            "speech_line": 2.2,  # the key phrase of a speech's memorable line
            "line_date": 2.0,  # when a speech was given, asked by one of its lines
            "right": 3.0,
            "requirement": 3.0,
            "principle": 2.5,
            "law": 2.0,
            "person_role": 1.5,
            "organization": 1.3,
            # what a civic act was done to ("signed ___", "lost ___"): read blind in sessions
            # 21-27, 2 of 10 such blanks were acceptable (a generic "the draft law" the verb
            # predicts, or a clause-long span many answers fit)
            "event": -0.5,
            "percent": 1.2,
            "money": 1.1,
            "quantity": 1.0,
            "number": 0.9,
            "date": 0.9,
            # a word of art a text names ("a course of study which is called the curriculum")
            "term": 1.2,
            # a place is seldom what a story is about (where a match, a death, a sale was; a
            # country said as a modifier): read blind in sessions 21-24, 11 of 38 places asked
            # from news reports were worth asking, 1 of 7 scoring 2.5 or more
            "place": -0.8,
            # "How did X describe Y?": another option is often said of Y too, and two such
            # questions on one sheet share their options
            "description": -0.5,
            # "Who said ...?": read blind in sessions 21-23, the options of 18 of 39 such
            # questions did not fit (another field, another trade) and 10 were good; of 37 in
            # news reports, 7 (a speech's speaker is asked as ``line_speaker``)
            "quote_speaker": -1.5,
        }
    )
    other_kind: float = 1.0
    # the answer is named in the headline or title (a long article's own subject is not
    # asked: ``gates._given_by_title``)
    in_title: float = 2.0
    in_lead: float = 1.0  # asked from the opening sentences
    lead_sentences: int = 3
    # ... and more from the very first two: read blind, four in five questions from a report's
    # first two sentences were worth asking, against two in five from its later ones
    in_opening: float = 0.5
    opening_sentences: int = 1
    # A report's fact past its lead whose answer neither the headline nor the first two
    # sentences name (a match's scorer, a poll's year, a side voice): the story is told there
    detail_after_opening: float = -1.2
    # A person a report's headline and first two sentences do not name (a scorer, a witness, a
    # fellow nominee), unless an office or a party speaks through them: read blind in sessions
    # 21-23, 15% of 102 such people were worth asking, against nine in ten of those the opening
    # names and 60% of 34 office holders it does not
    side_person: float = -1.5
    # A date in a report (the year of an award, of a release, of the report itself): read blind
    # in sessions 21-23, 30% of 59 were worth asking and 61% acceptable, against half and four
    # in five of its other figures
    report_date: float = -1.0
    # A date saying when a figure was counted ("a population of 1,345,596 in 2010", "As of
    # 2015, its population was ..."): the figure is the fact, its year a footnote to it
    date_of_a_figure: float = -1.5
    # asked from a sentence that names what the title is about ("the Velora", "the 2031 Ostland Cup"):
    # in a long article, a sentence that never names its subject tells a side detail
    on_subject: float = 0.5
    # In a long document (an encyclopedia article) what its first fifth tells is what it is
    # taught for; past its first third come the side details (a gallery's holdings, a
    # festival's month): read blind, 65% of questions from the first fifth were worth asking,
    # 38% from the second, fewer than 25% after two fifths (one in five of 82 in sessions
    # 21-23), and 2 of 28 from between a third and two fifths (sessions 21-24)
    long_source_words: int = LONG_ARTICLE_WORDS
    early_in_long_source: float = 1.0
    early_share: float = 0.2
    late_in_long_source: float = -2.0
    # ... and past its first fifth, a sentence that does not name the subject tells of
    # something else (a founder's father, a palm-lined road): read blind in sessions 21-23,
    # one in five of 70 such questions was worth asking, against half of those naming it
    aside_in_long_source: float = -1.0
    late_share: float = 1 / 3
    # ... and whatever its length, what a long article tells past its first 750 words is
    # further from what it is read for than its opening is: read blind in sessions 21-25, of
    # the questions exported from the first 250 words 79% were worth asking, from 250 to 750
    # words 58%, past 750 words 40% (31 questions). (A little: most of those are asides too,
    # and more would leave a long article fewer than four questions.)
    opening_words: int = 750
    past_opening: float = -0.3
    # ... and a sentence of its subject's family ("the fourth of five children", "his father
    # went to Maribor"): read blind in sessions 21-26, none of 5 such was worth asking
    family_in_long_source: float = -1.0
    # ... and a sentence of a ranking in a poll or an award ("was voted England's finest street",
    # "came 3rd in the ... awards": words.yaml ``ranking_words``), or an answer in brackets that
    # remark on what they follow ("(stylized in its logo as abc since 1957)", "(1st century
    # BC)"; not the dates of a life that follow the subject's name): read blind in sessions
    # 24-27, none of 6 such questions was worth asking; in session 29 the logo's year above,
    # from an article's opening sentence, was failed again, so an answer in such brackets
    # falls below ``min_score`` even there
    ranking_in_long_source: float = -1.0
    bracketed_in_long_source: float = -2.5
    # ... and the date of a thing the sentence brings in by "a" ("a scale introduced in ___"),
    # a count of a class its subject is one of ("one of the ___ megaregions"), or a wage by
    # the month ("___ florins a month"): read blind in sessions 24-27, each was failed as
    # incidental by three readers or more
    side_thing_in_long_source: float = -1.0
    # ... and the date its subject began ("Harvard was formed in ___", "It was founded in ___":
    # words.yaml ``origin_words``), the first a class asks of an institution, a town or a person:
    # read blind in sessions 20-28, 3 of 3 such dates were worth asking, against a third of a
    # long article's other dates and none of 3 on the founding of something else it names (a
    # market, a bridge, a fort)
    subject_origin: float = 0.6
    per_mention: float = 0.4  # each further mention of the answer in its source ...
    max_mentions: int = 3  # ... counted up to this many
    per_source: float = 1.0  # each further source that states the fact
    # A sentence of many figures (a table in prose: census counts, results) asks a detail.
    crowded_figures: int = 4
    crowded: float = -1.5
    # A count in a sentence of a game's statistics ("five solo tackles", "two tries": words.yaml
    # ``game_statistics``): read blind in sessions 21-25, 5 of 31 such figures were worth
    # asking, against half of the others
    game_statistic: float = -1.5
    own_options: float = 0.6  # times the share of wrong options the source itself names
    needs_context: float = -1.0  # shown after the sentence before its own
    # each thing the stem points back to that only earlier sentences say ("the commission",
    # "Mr Okafor", "last year": ``discourse.leans_on``, the gates' test too), counted up to
    # two: read blind, a stem that leans on what the student cannot see was the commonest
    # fault, so one such reference puts a question below ``min_score`` whatever else it has
    refers_back: float = -3.0
    # In a speech, a name, figure, date or place said in passing (a teacher of the speaker's
    # youth, the months since a war began) is seldom what the speech is taught for: its lines are.
    speech_detail: float = -1.0
    speech_detail_kinds: frozenset[str] = frozenset(
        (
            "person_role",
            "quote_speaker",
            "number",
            "quantity",
            "percent",
            "money",
            "date",
            "place",
            "description",
        )
    )
    # A word of one item of a litany ("much to heal, much to build, and much to ___", "in
    # toil patiently sustained, in ___ calmly borne"): any of its fellows' words would do,
    # and read blind, such blanks tested wording, not an idea
    litany_item: float = -1.5
    # An item of a long list of parallel clauses (a declaration's charges: fact slot ``series``)
    # is one among many: a class asks a few of them, those naming what self-government is
    # made of (slot ``civic``: how many such words, counted up to three), not each grievance.
    minor_series_item: float = -1.0
    per_civic_word: float = 0.3
    max_per_series: int = 9
    # In a founding document, a place, date or figure the general readers find ("the King of
    # Ostland", a date in a preamble) is background: its clauses are what is taught.
    founding_detail: float = -1.0
    founding_detail_kinds: frozenset[str] = frozenset(
        ("place", "date", "number", "quantity", "percent", "money")
    )
    # A month or a day of a year neither the answer nor the stem names ("Car sales
    # fell in ___", "by 9 June"): read alone, of which year? It is a side detail of its story.
    yearless_date: float = -3.0
    # A year asked whose wrong options are all earlier ("2004" among 2001, 2002, 2003): the
    # latest is the report's own year, picked without reading, and seldom its point (a long
    # article tells of many years, none its own: there the latest is one of four as often
    # as the earliest)
    latest_of_options: float = -2.0
    # A count whose items the sentence lists ("divided into ___ districts: Upper Vale,
    # Lowmoor, ... and Coastal"): read off the stem.
    counted_list: float = -3.0
    # A place somebody travelled to, stayed in or came from ("back from her holiday in
    # ___", "Ms Okafor, from ___,"): where a person went, seldom what the story is about.
    place_in_passing: float = -2.0
    # A country or a continent asked: its sentence nearly always gives it away ("the ___ state
    # of Florida", "other Commonwealth countries including Australia", a firm of Shanghai, "the
    # largest port in ___"): read blind, 9 of 23 country clozes were not guessable and 5 worth
    # asking, against half of other clozes
    country: float = -1.5
    # A place said as a modifier of a noun after its determiner ("the Ostland captain", "its
    # Norland counterpart", "the US box office"): whose captain, not where something is
    place_as_modifier: float = -1.0
    # A person whose role comments on the story ("an analyst", "a spokesman": data
    # ``commenting_roles``), named once and not in its opening: read blind, who said a remark
    # was the commonest question teachers did not want.
    # ... or anybody who only speaks in the sentence asked ("..., said Ana Ruiz, of the
    # Velora Trust"): a voice on the story, named once
    commentator: float = -1.5
    # Who gave a sentence's figure ("Pew Research estimated that 3.6% ...", "..., according to
    # the Census Bureau"): the figure is what the sentence tells; read blind, a pollster's or a
    # counting office's name was asked "rather than the figure"
    figure_source: float = -1.5
    # A person asked as whose government it is ("___'s government", "___'s administration"):
    # its head, whom the report's time gives away, and seldom the point (read blind twice)
    head_of_what_is_named: float = -1.5
    # A figure or a date of a report's body, said once and neither in its title nor in its
    # opening (a survey's share of over-65s, a study's year, an estate's acres): read blind,
    # "Which figure completes the sentence?" on such details was what teachers did not want;
    # the figures a story turns on are in its headline or opening, or said again.
    figure_in_passing: float = -0.7
    figure_kinds: frozenset[str] = frozenset(("number", "quantity", "percent", "money", "date"))
    long_stem_words: int = 40
    long_stem: float = -1.0
    cloze: float = -0.3  # a cloze is recalled, not recognised: a little harder to mark
    asks_outright: float = 0.5  # a question ("Which president visited ...?"), not a sentence to complete
    # Below this a question is not exported even where its source has room: read blind,
    # such questions (a remark, a side detail, a stem that leans on what came before) were
    # the ones teachers rejected. In sessions 21-24, questions of reports scoring below 2.5
    # were worth asking less than half the time, those above it about three times in four,
    # whether or not they were the best their source had: a report with nothing above the
    # bar exports nothing (the bank keeps its questions, ranked; ``--all`` exports them).
    min_score: float = 2.5
    # ... but a long article (an encyclopedia's) gives a lesson ``MIN_PER_LONG_ARTICLE`` questions
    # where it has them scoring this much: a teacher who hands one out wants a few questions
    # of it, and read blind in sessions 20-29, 88% of an encyclopedia article's 16 questions
    # scoring 2.25 to 2.5 were acceptable and 56% worth asking, against 36% of 14 from 2.0 to
    # 2.25 (a sample of 8 filled from 2.0 was read blind in session 29: 3 worth asking)
    lesson_score: float = 2.25


WEIGHTS = Weights()


def _in_a_litany(text: str, at: int) -> bool:
    """Whether the clause of ``text`` holding ``at`` opens on the same word as two others of
    its sentence, as a litany's items do ("much to heal, much to build, and much to gain")."""
    clauses = [(m.start(), m.group()) for m in _CLAUSE.finditer(text)]
    firsts = [_first_word(c) for _, c in clauses]
    here = next((i for i, (start, c) in enumerate(clauses) if start <= at < start + len(c)), None)
    return here is not None and bool(firsts[here]) and firsts.count(firsts[here]) >= 3


_CLAUSE = re.compile(r"[^,;:—–]+")
_LITANY_GLUE = frozenset(("and", "or", "but", "nor"))


def _first_word(clause: str) -> str:
    """A clause's first word, lowercased, past a joining "and" ("and much to gain": "much")."""
    words = [w for w in re.findall(r"[\w'’]+", clause.lower()) if w not in _LITANY_GLUE]
    return words[0] if words else ""


def _only_speaks(fact: Fact) -> bool:
    """Whether a person asked in a sentence does nothing in it but speak ("..., said Ana Ruiz,
    of the Velora Trust", "Ana Ruiz told Radio Norte ..."): a voice on the story, asked as a
    commentator is, whatever their role."""
    if fact.kind not in PERSON_KINDS or fact.answer_start < 0:
        return False
    text, s = fact.sentence.text, fact.answer_start
    before = _WORD.findall(text[max(0, s - 60) : s])[-4:]
    after = _WORD.findall(text[s + len(fact.answer) : s + len(fact.answer) + 80])
    # (the verb before the name, after its title; or after the name, after a role in commas)
    comma = text.startswith(",", s + len(fact.answer))
    if after[:1] in (["was"], ["is"]):
        return False  # "Grainger was said to have found ...": said of them, not by them
    return bool(SPEECH_VERBS & {w.lower() for w in before} or SPEECH_VERBS & set(after[: 8 if comma else 2]))


def per_source_default(words: int, founding: bool = False) -> int:
    """How many questions the exports carry from a source of ``words`` words; ``founding``:
    from a document in the language of law or principle (see the module's docstring)."""
    if founding:
        return max(MIN_PER_SOURCE, min(MAX_PER_LEGAL_SOURCE, math.ceil(words / WORDS_PER_LEGAL_QUESTION)))
    return max(MIN_PER_SOURCE, min(MAX_PER_SOURCE, math.ceil(words / WORDS_PER_QUESTION)))


@lru_cache(maxsize=65536)  # a source's title, once for all its questions; answers, roles, sentences
def _content_words(text: str) -> frozenset[str]:
    """The words of ``text`` but the small ones, lowercased, a name's own without its "'s"
    ("Harvard's endowment" names Harvard)."""
    return frozenset(_POSSESSIVE.sub("", w.lower()) for w in _WORD.findall(text)) - _SMALL


_POSSESSIVE = re.compile(r"['’]s$")


def _small_count(answer: str) -> bool:
    """Whether ``answer`` is a count under a hundred alone ("five", "12")."""
    return " " not in answer and 0 < number_value(answer) < 100


@lru_cache(maxsize=4096)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case: no name's."""
    return frozenset(w for w in _WORD.findall(text) if w.islower())


def _mentions(answer: str, kind: str, source: Source) -> int:
    """How often the source names the answer: a person by surname too ("Velden" after "Tomas
    Velden"), a body by its name without the head word of its kind ("Capital Cities" after
    "Capital Cities Communications") where two words or more are left."""
    if kind in PERSON_KINDS and " " in answer:
        answer = answer.rsplit(" ", 1)[1]
    if kind == "organization":
        first, _, head = answer.rpartition(" ")
        if " " in first and head.lower() in ORG_HEADS:
            answer = first
    if kind == "speech_line":
        # a speech's theme is a word it comes back to ("freedom"), not a phrase said once
        # ("a river that never rests")
        words = [w for w in _content_words(answer) if len(w) > 3]
        return max((_count_word(w, source.text.lower()) for w in words), default=1)
    return source.text.count(answer) if len(answer) > 2 else 1


def _count_word(word: str, text: str) -> int:
    return len(_word_start(word).findall(text))


@lru_cache(maxsize=4096)
def _word_start(word: str) -> re.Pattern[str]:
    """A pattern of ``word`` at a word's start, compiled once per word (left to ``re``'s cache
    of 512, patterns made for words push out the fixed ones: see ``gates._LONG_WORD``)."""
    return re.compile(rf"\b{re.escape(word)}")


# A place in a ranking: "came 3rd", "ranked 12th", "was voted England's finest street".
_RANKED = re.compile(
    r"\b(?:came|finished|placed|ranked|ranks|rated)\s(?:\w+\s)?\d+(?:st|nd|rd|th)\b"
    r"|\b(?:voted|named)\s(?:\S+\s){0,2}(?:best|finest|greatest|worst|top)\b"
)


def _bracketed_aside(text: str, at: int, subject: Collection[str]) -> bool:
    """Whether the answer at ``at`` stands inside round brackets that remark on what they
    follow: not the dates of a life or a time just after the subject's name ("Ana Velden
    (1483 – 1546)", but not "the Velora (renamed in 1957)")."""
    if "(" not in text[:at]:
        return False  # (most sentences: no bracket opens before the answer)
    opened = at
    depth = 0
    while opened > 0:
        opened -= 1
        if text[opened] == ")":
            depth += 1
        elif text[opened] == "(":
            if depth == 0:
                break
            depth -= 1
    else:
        return False
    before = _WORD.findall(text[:opened][-40:])
    if not (before and before[-1].lower() in subject):
        return True
    close = text.find(")", at)
    told = text[opened + 1 : close if close >= 0 else len(text)].rsplit(";", 1)[-1]
    return any(w.islower() for w in _WORD.findall(told))  # (a remark, not dates alone)


def _side_thing(fact: Fact) -> bool:
    """Whether what comes around an answer makes it a side thing's (``side_thing_in_long_source``):
    a date after a thing brought in by "a" and what was done to it, a count after "one of the",
    a sum or a count paid by the day, week, month or hour."""
    if fact.answer_start < 0:
        return False
    text, start = fact.sentence.text, fact.answer_start
    if fact.kind == "date":
        return _BROUGHT_IN.search(text, 0, start) is not None
    if fact.kind not in ("number", "quantity", "money"):
        return False
    return _ONE_OF_THE.search(text, 0, start) is not None or bool(
        _BY_THE.match(text, start + len(fact.answer))
    )


_BROUGHT_IN = re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+){1,2}[a-z]+ed\s+(?:in|on|since)\s+$")
_ONE_OF_THE = re.compile(r"\bone of the\s+$", re.I)
_BY_THE = re.compile(r"(?:\s+[a-z]+)?\s+(?:a|an|per)\s+(?:day|week|month|hour)\b")


def _centrality(fact: Fact, answer: str, source: Source, weights: Weights, article: bool) -> float:
    """What a sentence's place says of a report's or an article's fact: whether it names the
    title's subject; in a long document (``article``), how far into it the sentence lies; in a report,
    whether a fact past its opening is of what its opening tells (``answer``: the question's),
    and whether it is a date."""
    value = 0.0
    subject = {w for w in _content_words(source.title) if len(w) > 3}
    # (a topic slot of a sentence that does not name the subject says how it calls it, "It" or
    # "the river", before the bar; with nothing before it, it only names the subject for the stem)
    on_subject = bool(subject & _content_words(fact.sentence.text) or fact.slot("topic").split("|")[0])
    if on_subject:
        value += weights.on_subject  # (or calls it "It", "the river": ``discourse.topic_references``)
    if article:
        share = fact.sentence.start / max(1, len(source.text))
        if share < weights.early_share:
            value += weights.early_in_long_source
        elif share > weights.late_share:
            value += weights.late_in_long_source
        if share >= weights.early_share and not on_subject:
            value += weights.aside_in_long_source
        if fact.sentence.start >= _opening_end(source.text, weights.opening_words):
            value += weights.past_opening
        words = _lower_case_words(fact.sentence.text)
        if not FAMILY_WORDS.isdisjoint(words):
            value += weights.family_in_long_source  # (not "Scissor Sisters": a name)
        # (an article on an award or a ranking is about it in every line)
        if not (RANKING_WORDS - subject).isdisjoint(words) or _RANKED.search(fact.sentence.text):
            value += weights.ranking_in_long_source
        if _bracketed_aside(fact.sentence.text, fact.answer_start, subject):
            value += weights.bracketed_in_long_source
        if _side_thing(fact):
            value += weights.side_thing_in_long_source
        if _subject_origin(fact, subject):
            value += weights.subject_origin
        return value
    if fact.kind == "date":
        value += weights.report_date
    if fact.sentence.index > weights.opening_sentences:
        if fact.kind in PERSON_KINDS and " " in answer:
            answer = answer.rsplit(" ", 1)[1]  # (named again by surname)
        if answer not in _opening(source.text, source.title):
            if fact.sentence.index > weights.lead_sentences:
                value += weights.detail_after_opening
            if fact.kind in PERSON_KINDS and not _holds_office(fact.slot("role")):
                value += weights.side_person
    return value


def _subject_origin(fact: Fact, subject: set[str]) -> bool:
    """Whether a date asked is when the title's subject began: a word of origin just before
    the blank ("was founded in ___", "an incorporated city in ___") in a clause that opens on
    the subject or on what the article calls it ("Harvard was formed in ___", "It was
    founded in ___"; not "The Theatre Royal in Harvard was opened in ___", nor "Harvard Hall,
    opened in ___,": a participle after a comma tells of the name before it)."""
    if fact.kind != "date" or fact.answer_start < 0:
        return False
    words = _WORD.findall(fact.sentence.text[: fact.answer_start])
    at = next((i for i, w in enumerate(words) if w.lower() in ORIGIN_WORDS), None)
    if at is None or len(words) - at > _ORIGIN_TO_DATE or not 0 < at <= _ORIGIN_SUBJECT:
        return False
    if "," in fact.sentence.text[: fact.answer_start].rsplit(words[at], 1)[0]:
        return False
    opening = words[1] if words[0] == "The" and at > 1 else words[0]
    called = fact.slot("topic").split("|")[0]
    return opening.lower() in subject or (bool(called) and " ".join(words).startswith(called + " "))


_ORIGIN_TO_DATE = 4  # words from the word of origin to the blank: "founded in", "an incorporated city in"
_ORIGIN_SUBJECT = 6  # words before it: the subject and its verb ("The university was")


_WHOSE_GOVERNMENT = re.compile(r"['’]s (?:government|administration|cabinet|premiership|presidency|regime)\b")
_ACCORDING_TO = re.compile(r"\baccording to(?: the)?\s*$", re.IGNORECASE)


def _gives_a_figure(fact: Fact) -> bool:
    """Whether the person or body asked is who gives its sentence's figure: the subject of
    a verb of counting (words.yaml ``figure_verbs``: "Pew Research estimated that 3.6% ...")
    or a counting office whatever its verb (``counting_bodies``: "the Census Bureau reported
    ..."), with a figure after it; or named after "according to"."""
    if fact.kind not in (*PERSON_KINDS, "organization") or fact.answer_start < 0:
        return False
    text, start = fact.sentence.text, fact.answer_start
    end = start + len(fact.answer)
    if _ACCORDING_TO.search(text[:start]):
        return bool(_FIGURE.search(text[:start]) or _FIGURE.search(text, end))
    verbs = {w.lower() for w in _WORD.findall(text[end : end + 30])[:2]}
    counting = not COUNTING_BODIES.isdisjoint(_content_words(fact.answer))
    return (counting or not FIGURE_VERBS.isdisjoint(verbs)) and bool(_FIGURE.search(text, end))


def _one_of_counts(fact: Fact) -> bool:
    """Whether a count asked is one item of a list of three counts or more ("some 150 Nobel
    laureates, ___ Fields Medalists and 13 Turing Award winners"): a table in prose too."""
    if fact.kind not in ("number", "quantity") or fact.answer_start < 0:
        return False
    items = _LIST_ITEM.split(fact.sentence.text)
    counted = [_COUNT_FIRST.match(item) is not None for item in items]
    at = len(_LIST_ITEM.split(fact.sentence.text[: fact.answer_start])) - 1
    return sum(counted) >= 3 and counted[at]


_LIST_ITEM = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_COUNT_FIRST = re.compile(
    rf"(?:(?:some|about|around|nearly|over|more than|almost)\s+)?(?:\d|(?:{'|'.join(NUMBER_WORDS)})\b)", re.I
)


# "1,345,596 in ", "12% by ", "9 million people as of " before a date; "As of " opening one
# (a count, a share or a sum: "Apollo 11 in July 1969" names a craft, "1620–21, and again in" years)
_COUNTED = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:%|\s+(?:million|billion|thousand)\b))"
_FIGURE_THEN = re.compile(rf"{_COUNTED}(?:\s+[a-z]+){{0,2}}\s+(?:in|as of|by)\s+$")
# ... and one anywhere in a clause: a count, share or sum, not a year ("1,232", "3.6%")
_COUNT = re.compile(rf"\b{_COUNTED}")
_AS_OF = re.compile(r"\bas of\s+$", re.IGNORECASE)


def _a_figure_s_period(fact: Fact) -> bool:
    """Whether a time asked is the period a figure is counted over ("growth in the ___ to
    September", "sales in the ___ ending in June", "in the last ___ of 2004"): the figure is
    the fact, its period a footnote to it (and the other periods are no reports a body makes)."""
    end = fact.answer_start + len(fact.answer)
    return fact.answer_start >= 0 and bool(_PERIOD_ENDS.match(fact.sentence.text, end))


_PERIOD_ENDS = re.compile(
    rf"\s+(?:(?:to|ending(?:\s+in)?|ended)\s+(?:{'|'.join(MONTHS)})\b|of\s+(?:(?:19|20)\d\d|the year)\b)"
)


def _dates_a_figure(fact: Fact) -> bool:
    """Whether a date asked says when its sentence's figure was counted: right after the
    figure ("a population of 1,345,596 in ___"), "As of ___," before it, or at the end of
    the clause that says who gave the figure ("it was estimated at 1,232 km by the agency in ___")."""
    text, start = fact.sentence.text, fact.answer_start
    if start < 0:
        return False
    before = text[max(0, start - 40) : start]
    if _FIGURE_THEN.search(before):
        return True
    if _AS_OF.search(before):
        return bool(_FIGURE.search(text, start + len(fact.answer)))
    clause = re.split(r"[;:]", text[:start])[-1]
    verbs = {w.lower() for w in _WORD.findall(clause)}
    return bool(verbs & FIGURE_VERBS) and bool(_COUNT.search(clause))


@lru_cache(maxsize=256)  # (a source's, once for all its questions)
def _opening_end(text: str, words: int) -> int:
    """The offset in ``text`` where its word after the first ``words`` starts (its length
    when it has no more)."""
    ends = _WORD_RUN.finditer(text)
    return next((m.start() for k, m in enumerate(ends) if k == words), len(text))


_WORD_RUN = re.compile(r"\S+")


def _holds_office(role: str) -> bool:
    """Whether a person's role is a public office or a party's ("foreign secretary", "Tory
    leader", "Lib Dem MP"): their office or party speaks through them."""
    return bool(_content_words(role) & PUBLIC_OFFICE_HEADS or parties_in(role))


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")


@lru_cache(maxsize=4096)  # a report's, once for all its questions
def _opening(text: str, title: str) -> str:
    """A report's headline and its first two sentences: where it tells its story."""
    body = read_source(text, title).body
    end = body
    for _ in range(2):
        m = _SENTENCE_END.search(text, end)
        end = m.end() if m else len(text)
    return f"{title}\n{text[body:end]}"


# (from 1000, not ``extract.dates.YEAR``'s 1500: "9 June" in a stem naming 1284 has its year)
_YEAR = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b")
# What "this year" matters to: a figure is of its time (a date names its own year).
_TIMED_KINDS = frozenset(("number", "quantity", "percent", "money"))
_MONTHS_AND_DAYS = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _yearless(answer: str) -> bool:
    """Whether ``answer`` is a month or a day ("March", "14 March", "Tuesday") with no year."""
    words = set(re.findall(r"[A-Za-z]+", answer))
    return bool(words & _MONTHS_AND_DAYS) and not _YEAR.search(answer)


def _latest_of(answer: str, options: Sequence[str]) -> bool:
    """Whether ``answer`` names a later year than every other option does (each names one)."""
    year = _YEAR.search(answer)
    others = [_YEAR.search(o) for o in options if o != answer]
    if year is None or not others or None in others:
        return False
    return all(int(o.group()) < int(year.group()) for o in others if o is not None)


# A list of names: "Upper Vale, Lowmoor, North Coast and Inland".
_NAME = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}"
_LIST_OF_NAMES = re.compile(rf"(?:{_NAME},\s)+{_NAME},?\s(?:and|or)\s{_NAME}")


def _listed(text: str) -> int:
    """How many names the longest list of ``text`` holds (0 when it lists none)."""
    return max((len(re.findall(_NAME, m.group())) for m in _LIST_OF_NAMES.finditer(text)), default=0)


_FROM_HOME = re.compile(r"(?:,|\b[A-Z][\w'’-]+)\s+from\s+$")


# What ends the clause of a place said as a venue: "in ___ on Thursday.", "in ___, adding ..."
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:]|$|on \w+day\b|yesterday\b|today\b|last \w+|this \w+)")


def _in_passing(before: str, after: str) -> bool:
    """Whether a place said between ``before`` and ``after`` is where somebody went, spoke or
    came from: a word of a journey among the four before it, a verb of saying before an "in"
    or "at" whose clause ends with the place ("announced the decision in ___ on Thursday", not
    "said the plant in ___ would close"), "Ms Okafor, from ___", "a man from ___"."""
    words = before.split()
    near = {w.lower() for w in words[-4:]}
    home = len(words) > 1 and words[-1] == "from" and words[-2].lower() in PEOPLE_FROM
    said_there = bool(words) and words[-1] in ("in", "at") and bool(near & SPEECH_VERBS)
    said_there = said_there and _CLAUSE_ENDS.match(after) is not None
    return bool(near & JOURNEY_WORDS) or said_there or home or bool(_FROM_HOME.search(before))


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b")


def _modifies(text: str, start: int, length: int) -> bool:
    """Whether a name at ``start`` modifies the lowercase word after it (no function word):
    after a determiner ("the Ostland captain", not "the Ostland of 1900"), or in a title
    before a person's or a firm's name ("Ostland captain Ana Ruiz", "UK retail giant Velo")."""
    if start < 0:
        return False
    after = _NOUN_AFTER.match(text, start + length)
    if after is None or after.group(1) in FUNCTION_WORDS:
        return False
    if _DETERMINER_BEFORE.search(text, 0, start):
        return True
    title = _TITLE_THEN_NAME.match(text, start + length)
    return title is not None and title.group(1) in _KIND_NOUNS


# One or two lowercase words and a name after them: "captain Ana Ruiz", "advertising giant WPP".
_TITLE_THEN_NAME = re.compile(r"(?:\s+[a-z][a-z-]+)?\s+([a-z][a-z-]+)\s+[A-Z]")
# Nouns of what somebody or a body is ("captain", "giant", "minister"): a title's last word.
_KIND_NOUNS = ROLE_HEADS | OCCUPATIONS | MANY_HOLD


def score(draft: Draft, source: Source, weights: Weights = WEIGHTS) -> float:
    """How much a teacher would want this question, from signals that hold in any genre."""
    q, fact = draft.question, draft.fact
    value = weights.kinds.get(fact.kind, weights.other_kind)
    answer_words = _content_words(q.answer)
    title_words = _content_words(source.title)
    article = read_source(source.text, source.title).words >= weights.long_source_words and not (
        fact.slot("speech") or fact.slot("founding")
    )
    # (a long article named after its subject is about it in every line: no sign there)
    if not article and answer_words:
        if answer_words <= title_words:
            value += weights.in_title
        elif answer_words & title_words and fact.kind not in ("number", "date"):
            value += weights.in_title / 2
    if fact.sentence.index <= weights.lead_sentences and not fact.slot("speech"):
        value += weights.in_lead  # (a speech opens on greetings and thanks, not on its news)
        if fact.sentence.index <= weights.opening_sentences:
            value += weights.in_opening
    if fact.slot("series"):
        civic = int(fact.slot("civic", "0"))
        value += weights.per_civic_word * min(civic, 3) if civic else weights.minor_series_item
    if fact.kind == "number" and number_value(q.answer) == _listed(fact.sentence.text) > 1:
        value += weights.counted_list
    if fact.kind == "place":
        if fact.slot("place_kind") in ("country", "continent"):
            value += weights.country
        text, start = fact.sentence.text, fact.answer_start
        if _in_passing(text[:start], text[start + len(fact.answer) :]):
            value += weights.place_in_passing
        if _modifies(text, start, len(q.answer)):
            value += weights.place_as_modifier
    if fact.kind == "date" and _dates_a_figure(fact) or fact.kind == "quantity" and _a_figure_s_period(fact):
        value += weights.date_of_a_figure
    if fact.kind == "date" and _yearless(q.answer) and not _YEAR.search(q.prompt):
        value += weights.yearless_date
    if fact.kind == "date" and q.type == "mcq" and not article and _latest_of(q.answer, q.options):
        value += weights.latest_of_options
    if fact.slot("founding") and fact.kind in weights.founding_detail_kinds:
        value += weights.founding_detail
    if fact.slot("speech") and fact.kind in weights.speech_detail_kinds:
        value += weights.speech_detail
    if fact.kind == "speech_line" and _in_a_litany(fact.sentence.text, fact.answer_start):
        value += weights.litany_item
    # (a speech's lines, a charter's clauses stand alone)
    if not (fact.slot("speech") or fact.slot("founding")):
        value += _centrality(fact, q.answer, source, weights, article)
    again = _mentions(q.answer, fact.kind, source) - 1
    if not _small_count(q.answer):  # ("five" said again is mostly of other things)
        value += weights.per_mention * min(max(again, 0), weights.max_mentions)
    late = fact.sentence.index > weights.lead_sentences
    # (a report's: in a long article, where it lies says more, and read blind, its figures and
    # dates said once were worth asking as often as those said again, or more often)
    passing = fact.kind in weights.figure_kinds and again <= 0 and late and not article
    if passing and not (answer_words & _content_words(source.title)) and not fact.slot("founding"):
        value += weights.figure_in_passing
    role = fact.slot("role")
    # (a party's spokesman speaks for it on a brief, as a minister would: no commentator)
    commenting = (
        fact.kind in PERSON_KINDS and bool(_content_words(role) & COMMENTING_ROLES) and not parties_in(role)
    )
    # (... and one who only speaks, unless their office or party speaks through them; in a
    # long article, whoever only speaks: its lines tell what happened, a remark is an aside)
    speaks = _only_speaks(fact)
    if (article and speaks) or again <= 0 and late and (commenting or not _holds_office(role) and speaks):
        value += weights.commentator
    asked_at = fact.answer_start + len(fact.answer)
    if (
        fact.kind in PERSON_KINDS
        and fact.answer_start >= 0
        and _WHOSE_GOVERNMENT.match(fact.sentence.text, asked_at)
    ):
        value += weights.head_of_what_is_named
    if _gives_a_figure(fact):
        value += weights.figure_source
    if len(_FIGURE.findall(fact.sentence.text)) > weights.crowded_figures or _one_of_counts(fact):
        value += weights.crowded
    if fact.kind in ("number", "quantity") and _content_words(fact.sentence.text) & GAME_STATISTICS:
        value += weights.game_statistic
    wrong = [o for o in q.options if o != q.answer]
    # (not a date's: most articles name years near any other, and read blind in sessions 20-29,
    # an encyclopedia's date questions with options it names were worth asking 27% of 63
    # times, against 52% of 31 with none)
    if wrong and fact.kind != "date":
        value += weights.own_options * sum(o in source.text for o in wrong) / len(wrong)
    value += weights.per_source * (len({s.source_id for s in fact.sentences}) - 1)
    if q.context is not None:
        value += weights.needs_context
    if fact.kind not in SPEECH_KINDS:  # (a speech's line is quoted as its own, not read in place)
        back = stem_leans_on(draft, read_source(source.text, source.title))
        if fact.kind not in _TIMED_KINDS:
            back = tuple(b for b in back if b[0] != "now")  # (see ``discourse.leans_on``)
        value += weights.refers_back * min(len(back), 2)
    if len(without_story(q.prompt, fact).split()) > weights.long_stem_words:
        value += weights.long_stem
    if q.type == "cloze":
        value += weights.cloze
    elif asks_outright(q):
        value += weights.asks_outright
    return value


def _select(
    drafts: Sequence[Draft],
    scores: Sequence[float],
    founding: bool,
    never: Collection[str],
    passes: Sequence[tuple[float, int]],
) -> list[int]:
    """Which of one source's ``drafts`` (best first, with their ``scores``) to export, by
    position: in each pass, those scoring its floor or more, until its number is picked. Each
    answer once, each sentence once (a founding document's sentence may hold several clauses),
    no disputed figure, none the review dropped (``never``), a few of a series."""
    picked: list[int] = []
    asked: set[str] = set()  # one question per answer: "Africa" asked twice asks one thing
    # ... and per sentence: a second question on it shows the first's answer in its stem
    cited: set[int] = set()
    in_series: dict[str, int] = {}
    for floor, limit in passes:
        for n, d in enumerate(drafts):
            # (a constitution's clauses ask different things with one answer, "the people" who
            # elect Senators and to whom powers are reserved: one question per answer and kind)
            kind = d.fact.slot("class") if founding else ""
            answer = f"{d.question.answer.lower()}|{kind}"
            series = d.fact.slot("series")
            # (a figure the sources dispute is asked "according to <headline>": no quiz question)
            # A question the review dropped is never picked: the next best takes its place.
            eligible = (
                scores[n] >= floor
                and n not in picked
                and not d.fact.slot("disputed")
                and d.question.id not in never
                and (not series or in_series.get(series, 0) < WEIGHTS.max_per_series)
            )
            start = d.fact.sentence.start
            fresh = answer not in asked and (founding or start not in cited)
            if eligible and fresh and len(picked) < limit:
                picked.append(n)
                asked.add(answer)
                cited.add(start)
                if series:
                    in_series[series] = in_series.get(series, 0) + 1
    return picked


def rank_questions(
    drafts: Sequence[Draft],
    sources: dict[str, Source],
    per_source: int | None = None,
    everything: bool = False,
    never: Collection[str] = (),
    scores: Sequence[float] | None = None,
) -> list[Question]:
    """The drafts' questions in bank order, each with its ``rank`` and ``selected`` set.

    ``per_source``: how many each source contributes to the exports (default: by its
    length and register, ``per_source_default``); ``everything``: select every question;
    ``never``: ids no export may carry (the teacher's review dropped them): they are ranked
    among the questions not exported, and the next best of their source take their places;
    ``scores``: each draft's ``score``, where already computed (the build's draft workers do).
    """
    by_source: dict[str, list[int]] = {}
    for i, d in enumerate(drafts):
        by_source.setdefault(d.question.sources[0].source_id, []).append(i)
    ranks: dict[int, int] = {}
    chosen: set[int] = set()
    for source_id, members in by_source.items():
        source = sources[source_id]
        scored = {i: score(drafts[i], source) if scores is None else scores[i] for i in members}
        # Ties are broken by the question's id, which comes from its content: stable across builds.
        order = sorted(members, key=lambda i: (-scored[i], drafts[i].question.id))
        founding = any(drafts[i].fact.slot("founding") for i in members)
        limit = per_source if per_source is not None else per_source_default(source.words, founding)
        speech = drafts[members[0]].fact.slot("speech")
        if per_source is None and speech:
            limit = min(limit, SPEECH_PER_SOURCE)
        # (a long article, an encyclopedia's, is then filled up to a lesson's few: see ``Weights``)
        long_article = not (founding or speech) and read_source(source.text, source.title).words >= (
            WEIGHTS.long_source_words
        )
        passes = [(WEIGHTS.min_score, limit)]
        if per_source is None and long_article:
            passes.append((WEIGHTS.lesson_score, min(limit, MIN_PER_LONG_ARTICLE)))
        picked = _select([drafts[i] for i in order], [scored[i] for i in order], founding, never, passes)
        picked = [order[n] for n in picked]
        chosen.update(picked)
        # The selected first, best first; then the rest in the order of their scores.
        taken = set(picked)
        ranked = picked + [i for i in order if i not in taken]
        ranks.update((i, r) for r, i in enumerate(ranked, start=1))
    return [
        replace(d.question, rank=ranks[i], selected=i in chosen or everything and d.question.id not in never)
        for i, d in enumerate(drafts)
    ]
