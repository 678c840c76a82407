"""Whether a question stands alone: what its stem leans on that the student has not read.

The gates drop a question that leans (``gates.gate_context``) and the ranking counts what a
kept one leans on (``rank``): both read the stem as the student sees it (the sentence shown
first, the names the stem adds in brackets, the headline or subject it opens with) against the
article's discourse reading (``discourse.read_source``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from quizgen.discourse import (
    LEANS,
    OPENING,
    Reading,
    findings,
    leans_on,
    names_something,
    stands_alone,
    with_topic,
)
from quizgen.extract.legal import LEGAL_KINDS, person_said
from quizgen.extract.numbers import FIGURE_KINDS
from quizgen.extract.people import PERSON_KINDS, PRONOUN_SUBJECT
from quizgen.extract.speech import SPEECH_KINDS, of_the_occasion
from quizgen.extract.tokens import at_word_boundary, in_quotation
from quizgen.models import Fact
from quizgen.rules import BLANK, Draft, asks_outright, shows_headline, without_story
from quizgen.surroundings import PATTERNS


def _leans(found: Iterable[tuple[str, str]]) -> bool:
    return any(kind in LEANS for kind, _ in found)


def needs_context(d: Draft, r: Reading, told: bool | None = None) -> bool:
    """Whether the question, as the student reads it, leans on what they have not read: a
    pointer, pronoun or description whose thing the stem does not name (``discourse.leans_on``).
    ``told``: see ``stem_leans_on``."""
    q, fact = d.question, d.fact
    if fact.kind in SPEECH_KINDS:  # a speech's line is shown alone: it must stand alone
        # (but "this ground", "this day" are where and when the speech named in the stem is given)
        return _leans(x for x in findings(fact.slot("line")) if not of_the_occasion(x[1]))
    if fact.slot("speech") and (
        PATTERNS["they"].search(PATTERNS["quoted_part"].sub(" ", fact.sentence.text))
        or PATTERNS["elided"].search(fact.sentence.text)
    ):
        return True  # the stem says whose "we" it is, not who "they" are
    if fact.kind in LEGAL_KINDS:  # a clause is read alone: it must not point back at one not shown
        return _leans(legal_leans_on(d))
    if asks_outright(q) and (quote := fact.slot("quote")):  # (an opening "It is ..." points forward)
        opens = not quote.startswith(("It ", "It's", "It’s")) and OPENING.match(quote)
        if opens or PATTERNS["answers_back"].match(quote) or PATTERNS["ends_on_a_pointer"].search(quote):
            return True
    if (
        (lead := fact.slot("lead"))
        and fact.before is not None
        and not stands_alone(lead, r, fact.before.start)
    ):
        return True  # the sentence shown first must stand alone
    if (fact.kind in FIGURE_KINDS or fact.kind == "date") and not names_something(_shown_text(d), r):
        return True  # a figure of nothing named: where? whose?
    return _leans(_stem_findings(d, r, told))  # (stops at the first that leans)


def _shown_text(d: Draft) -> str:
    """What the student reads of the sentence without its answer: the sentence shown first,
    the sentence, and the names the stem adds ("About the Velora: ", "the agency [...]", the
    speech it is from)."""
    fact = d.fact
    text, s = fact.sentence.text, fact.answer_start
    said = text[:s] + " " + text[s + len(fact.answer) :] if s >= 0 else text
    added = " ".join(name for _, name in _named_by(fact))
    return f"{fact.slot('lead')} {said} {added} {fact.slot('speech')}"


def _named_by(fact: Fact) -> tuple[tuple[str, str], ...]:
    """The (reference, name) pairs the stem shows in brackets: the article's subject ("the
    river|the Velora", ``topic``) and a thing it named before ("the agency|...", ``named``)."""
    return _pairs(fact.slot("topic", "|"), fact.slot("named", "|"))


@lru_cache(maxsize=4096)  # (read several times for each draft, most of them of no topic: "|", "|")
def _pairs(*slots: str) -> tuple[tuple[str, str], ...]:
    """The (reference, name) pair of each "reference|name" slot value."""
    pairs = (slot.split("|", 1) for slot in slots)
    return tuple((reference, name) for reference, name in pairs)


def stem_leans_on(d: Draft, r: Reading, told: bool | None = None) -> tuple[tuple[str, str], ...]:
    """What a stem leans on that the student has not read, for the gates and the ranking alike.

    ``told``: whether the story's headline shown first names what an "it" of the stem stands
    for, when already known (True: as if it did, where what leans does not hang on it); by
    default read from the prompt. The headline is shown or not by the options
    (``rules._gives_away``); a stem that blanks its answer depends on its prompt by this alone."""
    return tuple(_stem_findings(d, r, told))


def _stem_findings(d: Draft, r: Reading, told: bool | None = None) -> Iterator[tuple[str, str]]:
    """``stem_leans_on``'s findings one at a time, in its order (``discourse.findings``): the
    gates' test stops at the first that leans."""
    q, fact = d.question, d.fact
    lead = fact.slot("lead") or (q.context.sentence if q.context is not None else "")
    start = q.context.start if q.context is not None else fact.sentence.start
    if fact.kind in LEGAL_KINDS:
        yield from legal_leans_on(d)
        return
    asked = without_story(q.prompt, fact)  # (the headline is read as a title, not as the stem)
    # ... but it names the story's subject, as an article's own subject is named ("About the
    # Velora: "): what an "it" with nothing before it stands for (unless that subject is somebody)
    # (not an "it" a speaker says: "We think it's a big injury" is of what the speaker saw)
    if told is None:
        # (a headline blanked for naming the answer is no word of what "it" is)
        told = (
            shows_headline(q.prompt, fact)
            and _says_something(fact.slot("story"), r)
            and not _it_quoted(asked)
        )
    subject = bool(fact.slot("topic")) and not fact.slot("topic_person")
    ignored = {"thing"} if told or subject else set()
    if asks_outright(q):  # (the person asked for is who a "he" in the stem stands for)
        ignored |= {"person"} if fact.kind in PERSON_KINDS else set()
        yield from (f for f in findings(asked, r, start) if f[0] not in ignored)
        return
    # The sentence shown first, if any, then the question's own with its blank: a name in the
    # blank introduces nobody for a "he" to stand for; a person or a count stays, as it is one,
    # and a date, which says when, not which ("the league in 1946": which league?)
    text, s = fact.sentence.text, fact.answer_start
    if fact.kind not in PERSON_KINDS and fact.kind not in FIGURE_KINDS and fact.kind != "date":
        text = text[:s] + BLANK + text[s + len(fact.answer) :]
    if (subject := fact.slot("subject")) and PRONOUN_SUBJECT.match(text):
        text = subject + text[text.index(" ") :]  # the stem names who "He" is
    for reference, name in _named_by(fact):  # ... and which river "the river" is
        text = with_topic(text, reference, name)
    if fact.slot("titled"):
        ignored.add("knight")
    found = []
    for f in findings(text, r, start, lead):
        if f[0] not in ignored:
            found.append(f)
            yield f
    if fact.kind in PERSON_KINDS and "thing" not in ignored and " it" in text and s >= 0:
        # ... but a person asked for is no thing an "it" stands for ("___ writes that it concluded")
        nobody = text[:s] + "somebody" + text[s + len(fact.answer) :]
        yield from (f for f in findings(nobody, r, start, lead) if f[0] == "thing" and f not in found)


def _says_something(headline: str, r: Reading) -> bool:
    """Whether a headline says something of something it names first ("Norland puts cash
    behind rail push"), not only what an article is on ("Judge", "Water mill") nor what
    a plain word opens ("Steel firm to cut jobs"): what its "it" may stand for."""
    return len(headline.split()) >= HEADLINE_WORDS and _opens_on_a_name(headline, r.text)


@lru_cache(maxsize=4096)  # (asked of every draft of a story, by the gates and the ranking)
def _opens_on_a_name(headline: str, text: str) -> bool:
    """Whether a headline's first word is a name: ``text`` writes it capitalised inside a sentence,
    after a small letter or a comma and a space (what ``[a-z,] <word>\\b`` finds, searched as plain
    text: a pattern compiled for each headline cost more than the search)."""
    first = headline.split(maxsplit=1)[0].strip("\"'‘“")
    at = text.find(" " + first, 1)
    while at >= 0:
        if text[at - 1] in _SMALL_OR_COMMA and at_word_boundary(text, at + 1 + len(first)):
            return True
        at = text.find(" " + first, at + 1)
    return False


_SMALL_OR_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,")


def _it_quoted(text: str) -> bool:
    """Whether an "it" or "its" of ``text`` stands inside a quotation."""
    return any(in_quotation(text, m.start()) for m in _IT_WORD.finditer(text))


_IT_WORD = re.compile(r"(?=[Ii])\b[Ii]ts?\b")  # (the look ahead passes over other places at once)


# (a news headline is a short sentence; an encyclopedia article's title, a name of a few words)
HEADLINE_WORDS = 4


def legal_leans_on(d: Draft) -> tuple[tuple[str, str], ...]:
    """What a founding document's clause, as its question shows it, leans on (``stem_leans_on``)."""
    q, fact = d.question, d.fact
    if fact.kind == "principle" and fact.slot("class") not in ("concept", "charge"):
        # the document's own voice, named by the stem, but no pointer whose thing the clause lost
        m = PATTERNS["lost_pointer"].search(fact.slot("clause"))
        return (("opening", m.group(m.lastindex or 0)),) if m else ()
    read = q.prompt if asks_outright(q) else fact.slot("clause")
    if actor := fact.slot("actor"):  # a charge says whom it accuses ("He [the accused] ...")
        read = read.replace(actor.split(" [", 1)[0], "The accused", 1)
    if target := fact.slot("target"):  # ... and whom it wrongs, by its bracket
        read = read.replace(target, target.split(" [", 1)[1].rstrip("]"), 1)
    read = read.replace("{{c1::", "").replace("}}", "")
    # the clause's own person, a pronoun a bracket explains, the document's own named things
    ignored = {"person"} if person_said(read) else set()
    if PATTERNS["own_opening"].match(read):
        ignored.add("opening")
    return tuple(f for f in leans_on(read) if f[0] not in ignored)
