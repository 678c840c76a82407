"""Organisations: parties, ministries, courts, parliaments, agencies, unions, companies.

An organisation is a capitalised name whose last word is an institution type
("Court of Appeal" is the exception the connector rule allows: a head word
followed by "of X"). Acronyms given in brackets after the name are kept apart.
"""

from __future__ import annotations

import re

from quizgen.lexicon import NOT_NAMES, ORG_HEADS
from quizgen.models import Fact, Sentence

_CAP = r"[A-Z][\w'’&-]*"
_CONNECT = r"(?:\s(?:of|for|and|the|of the|for the|and the)\s|\s)"
ORG = re.compile(rf"\b{_CAP}(?:{_CONNECT}{_CAP}){{0,7}}")
MIN_WORDS = 2


def _head(words: list[str]) -> str:
    """The institution type of a name: its last word, or the word before "of X"."""
    caps = [w for w in words if w[:1].isupper()]
    for w in reversed(caps):
        if w.lower().rstrip("'s’") in ORG_HEADS:
            return w.lower()
    return ""


def extract_orgs(sentences: list[Sentence]) -> list[Fact]:
    """A fact per organisation named in a sentence, with its type (court, party ...)."""
    facts = []
    for sentence in sentences:
        text = sentence.text
        for m in ORG.finditer(text):
            name = m.group()
            words = name.split()
            while words and (words[0] in NOT_NAMES or words[0].lower() in ("of", "for", "and")):
                words = words[1:]
            while words and words[-1].lower() in ("of", "for", "and", "the", "on"):
                words = words[:-1]
            if len(words) < MIN_WORDS or words[0] in ("Act", "Bill"):
                continue
            head = _head(words)
            if not head:
                continue
            # The name must end with the head or with "<head> of X".
            tail = " ".join(words).split(" of ")[0].split()
            if tail[-1].lower() != head and words[-1].lower() != head:
                continue
            org = " ".join(words)
            s = text.find(org, m.start())
            if org.endswith(("'s", "’s")):
                org = org[:-2]
            facts.append(Fact("organization", org, s, sentence, (("org_type", head.rstrip("'s’")),)))
    return facts
