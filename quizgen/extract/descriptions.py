"""How somebody described something: 'Senator Ruiz branded the plan "reckless and cruel"'.

A description is a speaker's words for a subject, asked as "How did Senator Ruiz
describe the plan?". The question asks whose verdict it was and on what, never
whether it is true. The shapes:

- naming: ``X described Y as Z``, ``X branded / called / dubbed / labelled Y "Z"``;
- judging: ``X said Y was "Z"``, where the quoted words are the whole judgement;
- an aside: ``met Y, whom he described as "Z"``;
- the passive: ``Y has been branded "Z" by X``;
- a quotation that is one: ``"Ostland is a calming influence in the region ...," X said``.

The speaker is the person the sentence opens with, a "he" or "she" found safely
(see ``people.antecedent``), or the speaker of the quotation.
"""

from __future__ import annotations

import re

from quizgen.extract.people import Discourse, Mention, antecedent, full_name
from quizgen.extract.tokens import lower_words
from quizgen.lexicon import SPEECH_VERB_PATTERN, SPEECH_VERBS
from quizgen.models import Fact, Sentence

MAX_DESCRIPTION_WORDS = 8  # longer, and it is a clause to recall rather than a description
MAX_SUBJECT_WORDS = 12

_PRONOUN = re.compile(r"(?:(?:But|And|However|Meanwhile|Earlier|Later|Now)\s+)?(He|She)\b")
# Between the speaker and the verb: an aside and adverbs ("Mr X, who chairs Y, has also ...").
_BETWEEN = re.compile(
    r"\s*(?:,[^,“”\"]{1,120},\s*|,\s*who\s+)?"
    r"(?:(?:has|had|have|also|later|then|now|once|yesterday|today|earlier|himself|herself|itself)\s+)*"
)
# A subject that is no thing a student can be asked about: a pronoun, or a
# particle that makes another verb ("called for", "branded as").
_NOT_SUBJECT = r"(?!(?:for|on|in|off|up|out|back|it|them|him|her|this|that|these|those|as|such|there|here)\b)"
_SUBJECT = rf"{_NOT_SUBJECT}(?P<subject>[^,;:“”\"]{{2,60}}?)"
# After "said", a long subject is a clause of its own ("said the vote laid to rest any fear the Senate").
_SHORT_SUBJECT = rf"{_NOT_SUBJECT}(?P<subject>[^,;:“”\"]{{2,40}}?)"
_QUOTE = r"[“\"](?P<description>[^“”\"]{2,80}?)[,.!?]?[”\"]"
_NAMING_VERBS = r"describ(?:ed|es)|brand(?:ed|s)|call(?:ed|s)|dub(?:bed|s)|label(?:l?ed|s)"
_NAMING_PARTICIPLES = r"described|branded|called|dubbed|labell?ed"
_NAMING = re.compile(rf"\b(?P<verb>{_NAMING_VERBS})\s+{_SUBJECT}\s+(?:as\s+)?(?:(?:a|an)\s+)?{_QUOTE}")
# "described the tax code as a leaking old boat and welcomed ...": unquoted.
_DESCRIBED_AS = re.compile(
    rf"\b(?P<verb>describ(?:ed|es))\s+{_SUBJECT}\s+as\s+(?P<description>(?:an?|the)\s+[a-z][\w -]{{2,60}}?)"
    r"(?=\s*[,;:.]|\s+(?:and|but|while|which|who|that|because|after|before|for|in|on|at)\b|$)"
)
_COPULA = r"(?:was|is|were|are|had been|has been|would be|will be)"
_JUDGING = re.compile(
    rf"\b(?P<verb>{SPEECH_VERB_PATTERN})\s+(?:that\s+)?{_SHORT_SUBJECT}\s+{_COPULA}"
    rf"\s+(?:(?:a|an)\s+)?{_QUOTE}(?=\s*[.,;]|\s+(?:and|but)\b|\s*$)"
)
# "Plans to ... have been branded "plainly reckless" by the Greens"
_PASSIVE = re.compile(
    rf"^(?P<subject>[A-Z][^,;:“”\"]{{2,100}}?)\s+(?:has|have|had)\s+been"
    rf"\s+(?P<verb>{_NAMING_PARTICIPLES})\s+(?:as\s+)?(?:(?:a|an)\s+)?{_QUOTE}\s+by\s+(?:[Tt]he\s+)?"
)
_ASIDE = re.compile(
    rf"(?P<subject>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}),\s+whom\s+(?:he|she)"
    rf"\s+(?P<verb>{_NAMING_VERBS})\s+(?:as\s+)?{_QUOTE}"
)
# A quotation that describes its first words: "Visiting Ostland is a great honour for me ..."
_QUOTED_VERDICT = re.compile(
    r"^(?P<subject>(?!(?:It|This|That|There|Here|We|I|He|She|They|What|Our|My|Your|Its"
    r"|If|Unless|When|While|As|Although|Because|Since|Until|Whether|How|Why|Where)\b)[A-Z][\w’' -]{1,40}?)"
    r"\s+(?:is|was|are|were)\s+(?P<description>(?:a|an)\s+[^,;:]{3,100})"
)
# Where a description in a quotation ends: its own clause and the speaker's asides.
_DESCRIPTION_ENDS = re.compile(
    r"\s+(?:that|which|who|seeking|working|and I|and we|for me|for my|for us|for our|to me|to us)\b|[,;]"
)
# Words that show a subject is a clause, not a noun phrase.
_CLAUSE_WORDS = frozenset(
    "is was are were has have had will would could should said says that which who "
    "and but or not it they he she we i".split()
)
# "the situation", "the move": which one, only the sentences before say.
_BARE = re.compile(r"^(?:the|this|that|these|those|such)\s+[a-z][\w-]*$")


def _subject_ok(subject: str) -> bool:
    words = subject.split()
    return (
        0 < len(words) <= MAX_SUBJECT_WORDS
        and not _CLAUSE_WORDS & {w.lower() for w in words}
        and not _BARE.match(subject)
        and not any(w[:1].isdigit() for w in words[:1])
    )


def _description_ok(description: str) -> bool:
    words = description.split()
    return 0 < len(words) <= MAX_DESCRIPTION_WORDS and any(c.isalpha() for c in description)


Speaker = tuple[int, int, str]  # where a speaker's name (with any title) begins and ends, and the name


def _with_the(body: Fact) -> str:
    """A body's name as the sentence says it: "the Ostland Council of Churches"."""
    the = body.sentence.text[: body.answer_start].endswith(("the ", "The "))
    return f"the {body.answer}" if the else body.answer


def _speakers(here: list[Mention], orgs: list[Fact]) -> list[Speaker]:
    """The people and bodies named in a sentence, as speakers a description can have."""
    people = [(m.role_start, m.after, full_name(m)) for m in here]
    bodies = [(f.answer_start, f.answer_start + len(f.answer), _with_the(f)) for f in orgs]
    return sorted(s for s in (*people, *bodies) if s[2])


def _speaker_before(text: str, speakers: list[Speaker], verb_at: int) -> str:
    """The person or body that is the subject of the verb at ``verb_at``: named right before it."""
    # the nearest whose words run on to the verb: "X, from the Y institute, called ..." is X's
    for _start, end, name in reversed(speakers):
        if end <= verb_at and _BETWEEN.fullmatch(text[end:verb_at]):
            return name
    return ""


def _speaker_at(speakers: list[Speaker], at: int) -> str:
    """The person or body named at offset ``at`` ("... by the Greens")."""
    return next((name for start, _end, name in speakers if start in (at, at - 4)), "")


def _fact(
    sentence: Sentence, speaker: str, subject: str, start: int, description: str, reported: bool
) -> Fact:
    if subject.split()[0] in ("The", "A", "An") or subject.split()[0].endswith("ing"):
        subject = subject[0].lower() + subject[1:]  # "the plans", "visiting Ostland"
    slots = (("speaker", speaker), ("subject", subject), ("reported", "yes" if reported else "no"))
    return Fact("description", description, start, sentence, slots)


# The words ``_NAMING`` and ``_DESCRIBED_AS`` need (as written), and those ``_JUDGING`` needs,
# each a whole run of small letters: a verb of speech and a copula.
_NAMING_STEMS = ("describ", "brand", "call", "dub", "label")
_SPEECH_VERB_WORDS = frozenset(SPEECH_VERBS)
_COPULA_WORDS = frozenset(("was", "is", "were", "are", "been", "be"))


def _worth_trying(text: str) -> list[re.Pattern[str]]:
    """Of ``_NAMING``, ``_DESCRIBED_AS`` and ``_JUDGING``, in that order, those that may match
    ``text``: a plain test for the words each needs skips the others (most sentences that
    quote somebody call nothing anything), which were searched at every word."""
    words = lower_words(text)
    return [
        pattern
        for pattern, worth in (
            (_NAMING, any(map(text.__contains__, _NAMING_STEMS))),
            (_DESCRIBED_AS, "describ" in text),
            (_JUDGING, not _SPEECH_VERB_WORDS.isdisjoint(words) and not _COPULA_WORDS.isdisjoint(words)),
        )
        if worth
    ]


def extract_descriptions(
    sentences: list[Sentence], discourse: Discourse, orgs: list[Fact], quotes: list[Fact]
) -> list[Fact]:
    """A fact per description whose speaker is known: the description is the answer."""
    by_sentence = discourse.by_sentence
    orgs_by_sentence: dict[int, list[Fact]] = {}
    for f in orgs:
        orgs_by_sentence.setdefault(f.sentence.index, []).append(f)
    facts: list[Fact] = []
    for sentence in sentences:
        text = sentence.text
        if '"' not in text and "“" not in text and "describ" not in text:
            continue  # (every shape quotes its description, but "described ... as": most sentences)
        named = _speakers(by_sentence.get(sentence.index, []), orgs_by_sentence.get(sentence.index, []))
        speakers = named
        if pronoun := _PRONOUN.match(text):
            # "She also described ... by Mr Velden": the names after the pronoun are no antecedent
            person = antecedent(discourse, sentence.index, pronoun.group(1).lower())
            if person is not None and (name := full_name(person)):
                speakers = [(0, pronoun.end(), name), *named]
        found: list[tuple[re.Match[str], str]] = []
        for pattern in _worth_trying(text):
            found += [(m, _speaker_before(text, speakers, m.start("verb"))) for m in pattern.finditer(text)]
        # "X, whom he described as ...": the "he" is the first person the sentence names
        if "whom" in text:
            found += [(m, named[0][2]) for m in _ASIDE.finditer(text) if named]
        if "been" in text:
            found += [(m, _speaker_at(named, m.end())) for m in _PASSIVE.finditer(text)]
        for m, speaker in found:
            subject, description = m.group("subject").strip(), m.group("description").strip(" .,")
            if speaker and _subject_ok(subject) and _description_ok(description) and speaker not in subject:
                start = text.find(description, m.start("description"))
                facts.append(_fact(sentence, speaker, subject, start, description, True))
    for q in quotes:
        quote = q.slot("quote")
        m = _QUOTED_VERDICT.match(quote)
        if not m:
            continue
        description = _DESCRIPTION_ENDS.split(m.group("description"), maxsplit=1)[0].strip(" .")
        subject = m.group("subject")
        text = q.sentence.text
        at = text.find(quote)
        if (
            at < 0
            or " " not in q.slot("speaker")
            or not _subject_ok(subject)
            or not _description_ok(description)
        ):
            continue
        fact = _fact(q.sentence, q.slot("speaker"), subject, at + m.start("description"), description, False)
        facts.append(Fact(fact.kind, fact.answer, fact.answer_start, fact.sentence, fact.slots, q.also))
    return facts
