"""Exporters: each turns the bank document into the bytes of one kind of output."""

from __future__ import annotations

import re
from typing import Any


def split_lead(text: str, q: dict[str, Any]) -> tuple[str, str, str]:
    """``text`` cut around the sentence shown before the question's own (its ``context``):
    (what comes before it, that sentence, the rest). Exporters set that sentence apart,
    so that a student reads it as what leads in, not as what is asked; ('', '', text)
    when the question shows none."""
    lead = one_line((q.get("context") or {}).get("sentence", ""))
    i = text.find(lead) if lead else -1
    if i < 0:
        return "", "", text
    return text[:i], lead, text[i + len(lead) :]


# A cloze deletion as the bank writes it (Anki's markup), with an optional hint.
CLOZE = re.compile(r"\{\{c1::(.*?)(?:::.*?)?\}\}", re.S)


def cloze_parts(q: dict[str, Any]) -> tuple[str, str]:
    """A cloze prompt cut around its deletion: (the text before the blank, the text
    after it). The blank's answer is the question's key, ``q["answer"]``."""
    m = CLOZE.search(q["prompt"])
    if m is None:
        return q["prompt"], ""
    return q["prompt"][: m.start()], q["prompt"][m.end() :]


def source_id_of(q: dict[str, Any]) -> str:
    """The source a question belongs to: that of its first citation, where it is ranked."""
    return q["sources"][0]["source_id"] if q["sources"] else ""


def titles_of(document: dict[str, Any]) -> dict[str, str]:
    """Each source's title (headline) by source id."""
    return {s["source_id"]: s["title"] for s in document["sources"]}


def by_source(
    document: dict[str, Any], questions: list[dict[str, Any]]
) -> list[tuple[str, list[dict[str, Any]]]]:
    """``questions`` grouped by their source (``source_id_of``): the sources in bank
    order, each with its questions in bank order; sources without questions left out."""
    groups: dict[str, list[dict[str, Any]]] = {s["source_id"]: [] for s in document["sources"]}
    for q in questions:
        groups.setdefault(source_id_of(q), []).append(q)
    return [(sid, qs) for sid, qs in groups.items() if qs]


def citations(q: dict[str, Any], titles: dict[str, str]) -> list[tuple[str, str]]:
    """What a question cites, as (sentence, source title) pairs, for feedback."""
    return [(one_line(r["sentence"]), titles.get(r["source_id"], r["file"])) for r in q["sources"]]


def one_line(text: str) -> str:
    """A cited sentence as shown: the file's line breaks in it (a paragraph wrapped to a width)
    and the spaces around them read as one space."""
    return _LINE_BREAK.sub(" ", text) if "\n" in text or "\r" in text else text


_LINE_BREAK = re.compile(r"[ \t]*[\r\n]+[ \t]*")


# Characters XML 1.0 cannot hold at all, even escaped (most C0 controls, U+FFFE, U+FFFF).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` with the characters XML cannot carry replaced by U+FFFD, so an odd byte
    in an article can never make an XML export unreadable."""
    return _NOT_XML.sub("\ufffd", text)
