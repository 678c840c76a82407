"""The plain records that flow between stages.

Each stage is a pure function from some of these to others:
``Source`` -> ``Sentence`` -> ``Fact`` -> ``Question``. All are frozen so that a
stage can never change what an earlier stage produced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Source:
    """One article as read from disk: ``text`` is the decoded file (BOM removed)."""

    source_id: str  # the file's stem; unique within a build
    file: str  # the file's name inside the seeds folder
    title: str
    text: str
    encoding: str = "utf-8"

    @cached_property
    def words(self) -> int:
        """How many words ``text`` holds (split on white space), counted on first use and kept
        beside the fields (like ``Fact._slot_values``): ranking and the bank both read it, and
        a count is a pass over the whole text."""
        return len(self.text.split())


@dataclass(frozen=True)
class Sentence:
    """A sentence of a source; ``source.text[start:end] == text`` always holds, but for a
    line break, read as a space (``sentences.flat``)."""

    source_id: str
    index: int  # position among the source's sentences
    start: int
    end: int
    text: str
    role: str = "body"  # body | title | heading | boilerplate


@dataclass(frozen=True)
class Fact:
    """Something a sentence states that a question can ask about.

    ``answer`` is the exact span of the sentence that carries the fact and
    ``answer_start`` its offset inside the sentence. ``slots`` hold what the
    extractor learned around it (a role, a quotation, the predicate after a
    subject ...) as ``(name, value)`` pairs, which rule templates can use.
    """

    kind: str
    answer: str
    answer_start: int
    sentence: Sentence
    slots: tuple[tuple[str, str], ...] = ()
    also: tuple[Sentence, ...] = ()  # further sentences that state the same fact
    # Facts of one group state the same thing in different sources: each is a way
    # to ask it, and the gates keep the first that makes a good question.
    group: str = ""
    # The sentence just before, with nothing but space between: a question whose sentence
    # leans on it can show it first ("The move followed ..." after what the move was).
    before: Sentence | None = None

    def slot(self, name: str, default: str = "") -> str:
        """The value of slot ``name``, or ``default`` when the extractor set none."""
        return self._slot_values.get(name, default)

    @cached_property
    def _slot_values(self) -> dict[str, str]:
        """``slots`` by name, the first value of a name winning; built on first use and kept
        beside the fields (not one of them: equality, hashing and ``replace`` ignore it).
        ``slot`` is read over a million times in a large build, a scan of the pairs each time."""
        return dict(reversed(self.slots))

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence that states this fact, the first one first."""
        return (self.sentence, *self.also)


@dataclass(frozen=True)
class SourceRef:
    """A citation: the exact sentence of a source a question came from."""

    source_id: str
    file: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class Question:
    """One question of the bank, ready to export."""

    id: str
    type: str  # mcq | cloze
    prompt: str
    answer: str
    sources: tuple[SourceRef, ...]
    fact_kind: str
    rule_id: str
    options: tuple[str, ...] = ()
    answer_index: int | None = None
    explanation: str = ""
    tags: tuple[str, ...] = field(default=())
    # The sentence shown before the question's own, which it leans on ("The move followed
    # ..."): part of the prompt, not a source of the answer.
    context: SourceRef | None = None
    # Set by ``rank``: 1 = ask first among the questions citing the same source first;
    # ``selected``: carried by the exports (the deck, worksheets, LMS files).
    rank: int = 0
    selected: bool = True
    # Set by ``review``: "dropped" or "edited" by the teacher's review.yaml; "" otherwise.
    reviewed: str = ""
