"""Build ``Sentence`` records from literal text, for extractor tests."""

from __future__ import annotations

from quizgen.models import Sentence, Source
from quizgen.sentences import split_block


def sentences_of(text: str, source_id: str = "t") -> list[Sentence]:
    """Split ``text`` (one paragraph per line) into sentences, as the pipeline would."""
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        for s, e in split_block(text, pos, pos + len(line)):
            out.append(Sentence(source_id, len(out), s, e, text[s:e]))
        pos += len(line) + 1
    return out


def source_of(text: str, source_id: str = "t") -> Source:
    return Source(source_id, f"{source_id}.txt", "A title", text)
