"""Which questions can be read together without one giving another away.

Each card of a deck is seen alone, but a sheet or a quiz is read whole: a stem that
says "Transport Secretary Ana Ruiz" answers "Which transport secretary said ...?"
three questions on, and a sheet titled "Velden heads to Ostland" answers "Which
president visited Ostland?". Two questions clash when
the answer of one is in the words the other shows; a question clashes with a printed
text (a title) that says its answer. A set asks each answer once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.extract.people import PERSON_KINDS

_CLOZE = re.compile(r"\{\{c1::(.*?)(?:::.*?)?\}\}", re.S)
# Words as a student reads them: "1,400", "9%", "six-week" and "Shi’ite" are one word each.
_WORDS = re.compile(r"[\w%£$€]+(?:[.,'’][\w%]+|-(?=[^\W\d])[\w%]+)*")  # (but "2016-2020" is two)
_POSSESSIVE = re.compile(r"['’]s$")  # "Lisbon’s wine exports" says "Lisbon"


@dataclass(frozen=True)
class Asked:
    """What of a question a reader sees and what it asks."""

    answer: str
    fact_kind: str
    prompt: str  # a cloze's deletion is not shown


def _words(text: str) -> tuple[str, ...]:
    return tuple(_POSSESSIVE.sub("", w) for w in _WORDS.findall(text.lower()))


class _Clashes:
    """The answers each question asks and the answers its stem shows."""

    def __init__(self, questions: Sequence[Asked], printed: Sequence[str]) -> None:
        # A person is given away by their surname too: "Velden plans to meet ..." answers
        # "Which president headed to Ostland ...?" (Tomas Velden).
        self.answers = [
            _words(q.answer)[-1:] if q.fact_kind in PERSON_KINDS else _words(q.answer) for q in questions
        ]
        self.whole = [_words(q.answer) for q in questions]  # ("tomas", "velden") is not ("ana", "velden")
        self._lengths: dict[str, set[int]] = {}
        for a in self.answers:
            if a:
                self._lengths.setdefault(a[0], set()).add(len(a))
        self._known = set(self.answers)
        self.shown = [self.said_in(q.prompt) for q in questions]
        self.said_around = set().union(*(self.said_in(text) for text in printed))
        self.stems_saying = Counter(a for said in self.shown for a in said)

    def said_in(self, text: str) -> set[tuple[str, ...]]:
        """The answers among the words of ``text`` (the blank left blank)."""
        words = _words(_CLOZE.sub(" ", text))
        found = (words[k : k + n] for k, w in enumerate(words) for n in self._lengths.get(w, ()))
        return {phrase for phrase in found if phrase in self._known}


def keep_apart(
    questions: Sequence[Asked],
    printed: Sequence[str] = (),
    order: Sequence[int] | None = None,
    limit: int | None = None,
) -> list[int]:
    """The positions (ascending) of the questions that can be read together.

    Questions are taken in ``order`` (best first) when given, up to ``limit``; else
    those that clash least first, so a name every stem says does not crowd out the
    rest. ``printed`` are the other texts the reader sees (a title).
    """
    c = _Clashes(questions, printed)
    if order is None:
        answering = Counter(c.answers)
        # How many questions each one clashes with, both ways
        pairs = zip(c.answers, c.shown, strict=True)
        clashes = [c.stems_saying[a] + sum(answering[b] for b in said) for a, said in pairs]
        order = sorted(range(len(questions)), key=lambda i: (clashes[i], i))
    kept: list[int] = []
    kept_whole: set[tuple[str, ...]] = set()
    kept_answers: set[tuple[str, ...]] = set()
    kept_shown: set[tuple[str, ...]] = set()
    for i in order:
        if limit is not None and len(kept) == limit:
            break
        a = c.answers[i]
        given_away = a in kept_shown or a in c.said_around or not kept_answers.isdisjoint(c.shown[i])
        if given_away or c.whole[i] in kept_whole:
            continue
        kept.append(i)
        kept_whole.add(c.whole[i])
        kept_answers.add(a)
        kept_shown |= c.shown[i]
    return sorted(kept)
