"""Quotations and who said them.

Three shapes, before or after the quote: ``Clarke said: "..."``, ``"...," Clarke
said`` and ``"...," said Clarke``. A bare "he said" is resolved to the only
person named in the sentences just before it, or left alone when that is not
safe (two people named, or none).
"""

from __future__ import annotations

import re

from quizgen.extract.people import Mention, first_roles, mentions_by_sentence, sole_person_before, stem_role
from quizgen.lexicon import SPEECH_VERBS
from quizgen.models import Fact, Sentence

_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# Spans of quoted text: curly pairs, straight pairs, or an opening quote running to the end.
_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"|[“\"]([^”\"]+)$")
_PRONOUN_SPEAKER = re.compile(
    rf"^,?[”\"]?\s*(?:he|she)\s+(?:{_VERBS})\b|^,?[”\"]?\s*(?:{_VERBS})\s+(?:he|she)\b"
)
MIN_QUOTE_WORDS = 4
MAX_QUOTE_WORDS = 40


def _quotes(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, words)`` of each quotation in a sentence, quote marks excluded."""
    out = []
    for m in _QUOTED.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        out.append((m.start(group), m.end(group), m.group(group)))
    return out


def _speaker_near(text: str, qs: int, qe: int, mentions: list[Mention]) -> Mention | None:
    """The person named next to a verb of speech right before or after the quotation."""
    for m in mentions:
        if not m.speaker:
            continue
        before = text[m.end : qs]
        after = text[qe : m.start]
        if m.end <= qs and re.fullmatch(
            rf"(?:,[^,]*,)?\s*(?:{_VERBS})\b[^“\"]{{0,40}}[:,]?\s*[“\"]?", before
        ):
            return m
        if m.start >= qe and re.fullmatch(rf"[,.!?]?[”\"]?,?\s*(?:(?:{_VERBS})\s+)?(?:the\s+\w+\s+)?", after):
            return m
        if m.role_start >= qe and re.fullmatch(
            rf"[,.!?]?[”\"]?,?\s*(?:{_VERBS})\s+", text[qe : m.role_start]
        ):
            return m
    return None


# Single words that name an office a question can ask after ("Which minister said ...?");
# "head" or "official" alone says nothing.
_OFFICES_ALONE = frozenset("president chancellor minister premier mayor senator governor judge".split())


def _stem_worthy(role: str) -> str:
    """The speaker's office as a stem can name it, or '' when it is too vague to help."""
    role = stem_role(role)
    words = role.split()
    return role if len(words) >= 2 or (words and words[0] in _OFFICES_ALONE) else ""


def extract_quotes(sentences: list[Sentence], mentions: list[Mention]) -> list[Fact]:
    """A fact per quotation whose speaker is named (or safely resolved from "he said")."""
    by_sentence = mentions_by_sentence(mentions)
    roles = first_roles(mentions)
    intro: dict[str, Mention] = {}
    for m in mentions:
        if m.sentence.text[m.start : m.end] == m.name:
            intro.setdefault(m.name, m)
    facts = []
    for sentence in sentences:
        text = sentence.text
        here = by_sentence.get(sentence.index, [])
        for qs, qe, words in _quotes(text):
            n = len(words.split())
            if not MIN_QUOTE_WORDS <= n <= MAX_QUOTE_WORDS:
                continue
            speaker = _speaker_near(text, qs, qe, here)
            also: tuple[Sentence, ...] = ()
            if speaker is None and not here and _PRONOUN_SPEAKER.match(text[qe:]):
                speaker = sole_person_before(by_sentence, sentence.index)
                if speaker is not None:
                    also = (speaker.sentence,)
            if speaker is None:
                continue
            name, start = speaker.name, text.find(speaker.name)
            if start < 0:
                first = intro.get(name)
                if first is not None and first.sentence.index != sentence.index:
                    also = (*also, first.sentence) if first.sentence not in also else also
                elif speaker.sentence.index == sentence.index:
                    name, start = text[speaker.start : speaker.end], speaker.start
                else:
                    continue
            slots = (
                ("speaker", name),
                ("quote", words.strip().rstrip(",")),
                ("full_utterance", "yes" if words[:1].isupper() else "no"),
                *((("role", role),) if (role := _stem_worthy(roles.get(speaker.name, ""))) else ()),
            )
            facts.append(Fact("quote_speaker", name, start, sentence, slots, also))
    return facts
