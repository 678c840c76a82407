"""Exporters: each turns the bank document into the bytes of one kind of output."""

from __future__ import annotations

from typing import Any


def split_lead(text: str, q: dict[str, Any]) -> tuple[str, str, str]:
    """``text`` cut around the sentence shown before the question's own (its ``context``):
    (what comes before it, that sentence, the rest). Exporters set that sentence apart,
    so that a student reads it as what leads in, not as what is asked; ('', '', text)
    when the question shows none."""
    lead = (q.get("context") or {}).get("sentence", "")
    i = text.find(lead) if lead else -1
    if i < 0:
        return "", "", text
    return text[:i], lead, text[i + len(lead) :]
