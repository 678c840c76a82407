"""Quotations and who said them.

Three shapes, before or after the quote: ``Ruiz said: "..."``, ``"...," Ruiz
said`` and ``"...," said Ruiz``. A bare "he said" is resolved to the only
person named in the sentences just before it, or left alone when that is not
safe (two people named, or none).
"""

from __future__ import annotations

import re

from quizgen.extract.people import (
    WHOLLY_QUOTED,
    Discourse,
    Mention,
    antecedent,
    first_roles,
    reporters,
    role_words,
    stem_role,
)
from quizgen.lexicon import OFFICE_WORDS, SPEECH_VERB_PATTERN
from quizgen.models import Fact, Sentence

_VERBS = SPEECH_VERB_PATTERN
# Spans of quoted text: curly pairs, straight pairs, an opening quote running to the
# end, or a closing quote whose opening is in the sentence before.
_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"|[“\"]([^”\"]+)$|^([^“”\"]+)”")
_PRONOUN_SPEAKER = re.compile(
    rf"^,?[”\"]?\s*(?:he|she)\s+(?:{_VERBS})\b|^,?[”\"]?\s*(?:{_VERBS})\s+(?:he|she)\b"
)
# "He also warned that ... “...”", "In addition, she argued that “...”": the
# speaker is a pronoun before the quotation.
_LEAD = r"^(?:[A-Z][\w ]{0,20},\s*)?"  # "In addition, "
_UP_TO_THE_QUOTATION = r"(?P<rest>[^“\"”]{0,120})$"
_PRONOUN_BEFORE = re.compile(rf"{_LEAD}(?:he|she|He|She)\s+(?:also\s+)?(?:{_VERBS})\b{_UP_TO_THE_QUOTATION}")
# “...,” said the Chilean president. / The home secretary said: “...”
_ROLE_AFTER = re.compile(rf"^[,.!?]?[”\"]?,?\s*(?:{_VERBS})\s+the\s+([a-zA-Z -]{{3,40}}?)\s*(?:[.,;].*)?$")
_ROLE_BEFORE = re.compile(
    rf"{_LEAD}[Tt]he\s+([a-zA-Z -]{{3,40}}?)\s+(?:also\s+|has\s+|had\s+)?(?:{_VERBS})\b{_UP_TO_THE_QUOTATION}"
)
MIN_QUOTE_WORDS = 4
MAX_QUOTE_WORDS = 40


def _quotes(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, words)`` of each quotation in a sentence, quote marks excluded."""
    out: list[tuple[int, int, str]] = []
    if '"' not in text and "“" not in text and "”" not in text:
        return out  # (each shape needs a quote mark: most sentences hold none)
    for m in _QUOTED.finditer(text):
        group = next(g for g in (1, 2, 3, 4) if m.group(g) is not None)
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


_HE_OR_SHE = re.compile(r"\b(he|she)\b", re.I)
# Verbs of saying that name a speaker of their own: "He said the guard shouted: ..."
_SPEECH_VERB = re.compile(rf"\b(?:{_VERBS}|shout\w*|yell\w*|scream\w*|cr(?:y|ied)|chant\w*|wr(?:ote|ites))\b")


def _before(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern`` matched on the words before a quotation, unless a second verb of speech
    stands between ("He said the guard shouted: ..." is the guard's quotation)."""
    m = pattern.match(text)
    return m if m and not _SPEECH_VERB.search(m.group("rest")) else None


def _person_in_role(phrase: str, roles_of: dict[str, frozenset[str]]) -> str:
    """The one person of the article whose roles take in ``phrase`` ("the Chilean president")."""
    words = role_words(phrase)
    if not words & OFFICE_WORDS:
        return ""
    holders = [name for name, role in roles_of.items() if words <= role]
    return holders[0] if len(holders) == 1 else ""


# Single words that name an office a question can ask after ("Which minister said ...?");
# "head" or "official" alone says nothing.
_OFFICES_ALONE = frozenset("president chancellor minister premier mayor senator governor judge".split())


def _stem_worthy(role: str) -> str:
    """The speaker's office as a stem can name it, or '' when it is too vague to help."""
    role = stem_role(role)
    words = role.split()
    if words and words[-1] == "counterpart":
        return ""  # somebody's counterpart is no office a stem can name
    return role if len(words) >= 2 or (words and words[0] in _OFFICES_ALONE) else ""


def extract_quotes(sentences: list[Sentence], mentions: list[Mention], discourse: Discourse) -> list[Fact]:
    """A fact per quotation whose speaker is named (or safely resolved from "he said")."""
    by_sentence = discourse.by_sentence
    roles = first_roles(mentions)
    journalists = reporters(mentions)
    intro: dict[str, Mention] = {}
    roles_of: dict[str, frozenset[str]] = {}
    for m in mentions:
        if m.sentence.text[m.start : m.end] == m.name:
            intro.setdefault(m.name, m)
        if m.role:
            roles_of[m.name] = roles_of.get(m.name, frozenset()) | role_words(m.role)
    facts = []
    resolved: dict[int, tuple[Mention, str]] = {}  # sentence index -> who its "he" or "she" is
    quoted: dict[int, Mention] = {}  # sentence index -> the speaker of its quotation
    for sentence in sentences:
        text = sentence.text
        here = by_sentence.get(sentence.index, [])
        for qs, qe, words in _quotes(text):
            n = len(words.split())
            if not MIN_QUOTE_WORDS <= n <= MAX_QUOTE_WORDS:
                continue
            speaker = _speaker_near(text, qs, qe, here)
            also: tuple[Sentence, ...] = ()
            if speaker is None and not here:
                pronoun = _PRONOUN_SPEAKER.search(text[qe:]) or _before(
                    _PRONOUN_BEFORE, text[: max(qs - 1, 0)]
                )
                if pronoun:
                    said = m.group(1).lower() if (m := _HE_OR_SHE.search(pronoun.group())) else "he"
                    speaker = antecedent(discourse, sentence.index, said, resolved)
                    if speaker is not None:
                        resolved[sentence.index] = (speaker, said)
                elif role := _ROLE_AFTER.match(text[qe:]) or _before(_ROLE_BEFORE, text[: max(qs - 1, 0)]):
                    # "said the Chilean president": the article's only Chilean president
                    speaker = intro.get(_person_in_role(role.group(1), roles_of))
                    if speaker is not None:
                        resolved[sentence.index] = (speaker, "")
                elif WHOLLY_QUOTED.match(text) and sentence.index - 1 in quoted:
                    # A quotation running on from the sentence before, without a new speaker.
                    speaker = quoted[sentence.index - 1]
                if speaker is not None:
                    also = (speaker.sentence,)
            if speaker is None:
                continue
            quoted[sentence.index] = speaker
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
                *((("reporter", "yes"),) if speaker.name in journalists else ()),
            )
            facts.append(Fact("quote_speaker", name, start, sentence, slots, also))
    return facts
