"""Split the body lines of an article into sentences, keeping exact offsets.

Offsets are never recovered by searching: every sentence is a slice of the
original text, so ``flat(source.text[s.start:s.end]) == s.text`` by construction
(``flat``: a paragraph wrapped over several lines reads on across them).
"""

from __future__ import annotations

import re

from quizgen.clean import Block, mark_blocks
from quizgen.models import Sentence, Source

# Words that end with a full stop without ending a sentence ("Mr. Smith", "No. 10").
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sr jr gen gov sen rep rev lt col capt sgt maj cpl adm cmdr
    hon pres supt insp det fr messrs mme mlle no nos vs v etc inc ltd co corp plc bros
    dept est approx fig al jan feb mar apr jun jul aug sep sept oct nov dec mt ft
    a.m p.m e.g i.e u.s u.k u.n e.u u.s.a d.c""".split()
)

# A candidate boundary: terminal punctuation, closing quotes or brackets, an encyclopedia's
# notes in square brackets after it ("1974.[not in citation given] The", "end.[12] The"), space.
_BOUNDARY = re.compile(r"(?P<stop>[.!?…]+)[\"'”’»)\]]*(?:\[[^\[\]\n]{1,40}\])*(?=\s+)")
# "roads.Norland": a full stop with the space missing between two words. (The full stop is
# matched first and the letters before it looked back at: a pattern opening with a plain
# character is searched for far faster than one opening by looking behind at every place.)
_GLUED = re.compile(r"\.(?<=[a-z]{2}\.)(?=[A-Z][a-z])")
_NEXT_STARTS = re.compile(r"\s+[\"'“‘«(\[]?[A-Z0-9]")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial."""
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if word in ABBREVIATIONS:
        return True
    # Single letters are initials ("Ana M. Ruiz"), but not units ("pounds 310m.");
    # dotted acronyms ("U.S.").
    if len(word) == 1:
        return j == 0 or not text[j - 1].isalnum()
    return "." in word and len(word) <= 6


def _boundaries(text: str) -> list[int]:
    ends = []
    for m in _BOUNDARY.finditer(text):
        if m.group("stop") == "." and _is_abbreviation(text, m.start()):
            continue
        if not _NEXT_STARTS.match(text, m.end()):
            continue  # "said 3 p.m. on ..." or a lowercase continuation
        ends.append(m.end())
    ends.extend(m.start() + 1 for m in _GLUED.finditer(text))
    return sorted(set(ends))


def split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` inside ``text[start:end]``, trimmed of spaces."""
    chunk = text[start:end]
    spans, pos = [], 0
    for cut in [*_boundaries(chunk), len(chunk)]:
        piece = chunk[pos:cut]
        lead = len(piece) - len(piece.lstrip())
        stripped = piece.strip()
        if stripped:
            spans.append((start + pos + lead, start + pos + lead + len(stripped)))
        pos = cut
    return spans


def flat(text: str) -> str:
    """``text`` with its line breaks read as spaces, each as one (its offsets kept): a sentence
    of a paragraph wrapped to a width (``clean``) reads on across its lines."""
    return text.replace("\r", " ").replace("\n", " ") if "\n" in text or "\r" in text else text


def split_sentences(source: Source, blocks: tuple[Block, ...] | None = None) -> list[Sentence]:
    """Every sentence of the article's body lines, in order, with offsets into its text.

    Titles, headings and boilerplate lines are left out: nothing may cite them.
    """
    if blocks is None:
        blocks = mark_blocks(source.text)
    sentences: list[Sentence] = []
    for block in blocks:
        if block.role != "body":
            continue
        for s, e in split_block(source.text, block.start, block.end):
            sentences.append(Sentence(source.source_id, len(sentences), s, e, flat(source.text[s:e])))
    return sentences


def sentence_before(sentences: list[Sentence], text: str) -> dict[int, Sentence]:
    """Each sentence's index -> the sentence just before it, where only space (no
    heading, caption or boilerplate line) comes between: what a reader read last."""
    return {
        s.index: prev
        for prev, s in zip(sentences, sentences[1:], strict=False)
        if not text[prev.end : s.start].strip()
    }
