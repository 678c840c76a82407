"""Words in quotation marks, and events: what was signed, passed, announced ...

Two kinds of fact that are phrases rather than names or figures:

- ``term``: a short phrase someone is quoted as using inside a sentence that
  reports it ('branded the plan "reckless and cruel"', 'plans for "toll
  zones"'), or a name in lower case the text gives to what it has just described
  ("a process known as continuing professional development", "a course of study
  which is called the curriculum"). Whole quoted utterances are quotations (see
  ``quotes``), not terms.
- ``event``: the object of a civic act, found by a verb of the act followed by
  a noun phrase whose head is a civic noun ("signed an accord on fishery
  quotas", "overturned the convictions of the Marvik Three").
"""

from __future__ import annotations

import re

from quizgen.extract.tokens import lower_words, may_hold
from quizgen.lexicon import WEEKDAYS
from quizgen.models import Fact, Sentence

MIN_TERM_WORDS = 2
MAX_TERM_WORDS = 6
MAX_EVENT_WORDS = 7  # a longer blank is a clause to recall, not a fact
# A term worth asking has a word of some weight: "creative accounting", "protected budgets".
MIN_LONG_WORD = 7
# A quoted phrase is a term when the text introduces it as a name: 'a so-called
# "rainy-day fund"', 'what are called "free trade corridors"', 'known as ...',
# 'the term ...'. Elsewhere, in news, quoted words are nearly always somebody's
# verdict ('branded a "shameful mess"', 'a "fair account"'): a cloze on them
# would test the wording of an opinion, so they give no term.
_NAMED_AS = re.compile(
    r"(?:so-called|known as|referred to as|(?:is|are|was|were|be|been|being|now|often|also|commonly|widely)"
    r" (?:called|dubbed|termed|labelled|labeled|named)|(?:the|a|an) (?:term|phrase|word|name|slogan|motto))"
    r"\s*$",
    re.I,
)
# The words ``_NAMED_AS`` ends on, each a whole run of letters (after "-" or a space, before the
# quote mark): a sentence holding none of them names no term (``may_hold``).
_NAMED_AS_LAST = frozenset(
    "called as dubbed termed labelled labeled named term phrase word name slogan motto".split()
)
# ... and, without quotation marks, the name in lower case a text gives to what it has just
# described ("known as remittances", "which is called the curriculum", "are often referred to
# as pedagogy"), up to the end of its clause: a word of art, not a proper name (one asked as
# a name is its own kind), a verb's particle ("called for", "called on") nor a kind of thing
# ("was known as a residential area").
_NAMED_PLAIN = re.compile(
    r"(?:\bknown as|\breferred to as|\b(?:is|are|was|were|often|also|commonly|sometimes|usually)"
    r" called)\s+(?:the\s+)?"
    r"(?P<term>(?!(?:an?|for|on|in|into|off|up|out|to|by|as|at|upon|back|after|but)\b)"
    r"[a-z][a-z-]*(?:\s(?!or\b|and\b)[a-z][a-z-]*){0,3})(?=[.,;:)]|\s+or\b)"
)
_QUOTED = re.compile(r"“([^“”]+)”|\"([^\"]+)\"|(?<![\w])‘([^‘’]+)’(?!\w)")

EVENT_VERBS = frozenset(
    (
        "sign signed signs signing ratify ratified ratifies pass passed passes approve approved "
        "approves reject rejected rejects announce announced announces launch launched launches "
        "introduce introduced introduces unveil unveiled unveils propose proposed proposes adopt "
        "adopted adopts veto vetoed vetoes win won wins lose lost loses hold held holds call called "
        "calls abolish abolished abolishes overturn overturned overturns quash quashed quashes "
        "publish published publishes scrap scrapped scraps back backed backs oppose opposed opposes "
        "order ordered orders impose imposed imposes lift lifted lifts"
    ).split()
)
# Head nouns of the things civic acts are done to.
EVENT_NOUNS = frozenset(
    """agreement agreements treaty treaties deal deals accord accords law laws bill bills act
    amendment amendments referendum election elections vote votes motion budget reform reforms
    ban bans inquiry review plan plans strategy policy policies measures sanctions ceasefire
    constitution ruling verdict sentence sentences appeal petition resolution report manifesto
    summit talks tax taxes cuts scheme schemes legislation charter memorandum investigation
    boycott strike protocol pact""".split()
)
# Words that end an event's noun phrase.
_STOP = frozenset(
    """that which who whom whose after before during by when while because with since as at
    and but or if than until unless following amid despite from into""".split()
)
_COMPLEMENT = ("on", "of", "for", "to", "against", "over", "with")
_PREPOSITIONS = frozenset((*_COMPLEMENT, "in", "at", "into", "from", "about", "under", "between"))
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]")
_DETERMINERS = ("a", "an", "the", "its", "his", "her", "their", "new")
_GENERIC = frozenset("next last first previous recent latest general same".split())  # with _DETERMINERS
# Words that cannot open the object of a verb: particles of a phrasal verb, pronouns, modals.
_NOT_AN_OBJECT = frozenset("off up out down away it he she they we i you would will could should".split())
# "Friday's vote", "today's talks": which one depends on the article's date.
_DAY_BOUND = re.compile(rf"^(?:{'|'.join((*WEEKDAYS, 'today', 'tomorrow', 'yesterday'))})['’]s\b", re.I)


# A thing named only by whose it is: "oppose the council's plans" (which plans?)
_POSSESSIVE = re.compile(r"(?:its|his|her|their|our|my|your)\s+", re.I)
_WHOSE_ALONE = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+['’]s\s+[\w-]+$", re.I)


def extract_terms(sentences: list[Sentence]) -> list[Fact]:
    """Short phrases in quotation marks that the sentence introduces as a name ("so-called"),
    and names in lower case it gives to what it describes ("known as remittances")."""
    facts = []
    for sentence in sentences:
        text = sentence.text
        if not may_hold(text, _NAMED_AS_LAST):
            continue  # (no word that introduces a name: most sentences)
        for m in _NAMED_PLAIN.finditer(text):
            words = m.group("term").split()
            if any(len(w) >= MIN_LONG_WORD or "-" in w for w in words):
                facts.append(Fact("term", m.group("term"), m.start("term"), sentence))
        if not ("“" in text or '"' in text or "‘" in text):
            continue  # (no quote mark, or no word that introduces a name: most sentences)
        for m in _QUOTED.finditer(text):
            group = next(g for g in (1, 2, 3) if m.group(g) is not None)
            phrase = m.group(group).strip().rstrip(".,;:!?").strip()
            start = text.find(phrase, m.start(group))
            words = phrase.split()
            if not MIN_TERM_WORDS <= len(words) <= MAX_TERM_WORDS:
                continue
            before = text[: m.start()]
            last_words = before.split()
            if len(last_words) < 3 or not any(c.isalpha() for c in phrase):
                continue  # an utterance that opens the sentence is a quotation, not a term
            if re.search(r"[.!?]\s", phrase):
                continue
            if not any(len(w) >= MIN_LONG_WORD or "-" in w for w in words):
                continue  # "once in a while", "case by case basis": everyday words, guessable
            if not _NAMED_AS.search(before):
                continue
            facts.append(Fact("term", phrase, start, sentence))
    return facts


def _event_phrase(words: list[re.Match[str]]) -> tuple[int, int] | None:
    """The span of a civic noun phrase at the start of ``words``, or None."""
    i = 0
    if not words or words[0].group().lower() in _NOT_AN_OBJECT | _PREPOSITIONS:
        # "called off the strike", "(an order) it would act", "held under rules ...",
        # "unveiled in the next manifesto": no object follows the verb
        return None
    if words[0].group().lower() in _DETERMINERS:
        i = 1
    head = None
    for j in range(i, min(len(words), i + 5)):
        w = words[j].group().lower()
        if w in _STOP or w in _COMPLEMENT:
            break
        if w in EVENT_NOUNS:
            head = j
    if head is None:
        return None
    end = head
    if head + 1 < len(words) and words[head + 1].group().lower() in _COMPLEMENT:
        k = head + 2
        while k < len(words) and words[k].group().lower() not in _STOP:
            if words[k].group().endswith("ing") and k > head + 2:
                break  # "plans for toll roads calling them ...": a new clause begins
            if k > head + 4:
                if words[k].group().lower() == "of":
                    return None  # "plans to cap the number | of new mines": a noun cut in two
                if words[k].group().lower() in _PREPOSITIONS:
                    break  # "plans to allow private firms | to build ...": cut before a new phrase
                return None  # a cut here would split a noun: "ban on fishing in coastal | waters"
            k += 1
        # A name is never cut in two: "talks with Deputy Prime Minister Ana Ruiz".
        while (
            k < len(words)
            and k <= head + 8
            and words[k - 1].group()[0].isupper()
            and words[k].group()[0].isupper()
        ):
            k += 1
        if k > head + 2:
            end = k - 1
        while words[end].group().lower() in _PREPOSITIONS:
            end -= 1  # "a landmark appeal over army actions in | closing ...": no dangling "in"
    return words[0].start(), words[end].end()


_TO_BE_DONE = re.compile(r"\s+to be\b")


def _when_at(words: list[re.Match[str]], k: int) -> bool:
    """Whether a time starts at ``words[k]``: "this week", "last month", "on Saturday", "Monday"."""
    word = words[k].group()
    after = words[k + 1].group() if k + 1 < len(words) else ""
    return (
        word in WEEKDAYS
        or word.lower() in ("this", "last", "next")
        and after in _TIME_UNITS
        or word == "on"
        and after in WEEKDAYS
    )


_TIME_UNITS = frozenset("week month year weekend morning afternoon evening".split())
_PAIR_CUT = re.compile(r"\bboth\s+\S+$")
# "announce detailed policies on roads, rail, ports and water": the first of a list
_LIST_GOES_ON = re.compile(r",\s+[a-z]+(?:,|\s+and\b)")


def extract_events(sentences: list[Sentence]) -> list[Fact]:
    """What a civic act was done to: the noun phrase after "signed", "passed", "announced" ..."""
    facts = []
    for sentence in sentences:
        text = sentence.text
        if EVENT_VERBS.isdisjoint(lower_words(text)):
            continue
        words = list(_WORD.finditer(text))
        for i, w in enumerate(words):
            if w.group().lower() not in EVENT_VERBS:
                continue
            # The phrase must follow the verb directly, within one clause.
            rest = words[i + 1 : i + 12]
            if not rest or _CLAUSE_BREAK.search(text[w.end() : rest[0].start()]):
                continue
            gaps = (text[rest[k - 1].end() : rest[k].start()] for k in range(1, len(rest)))
            cut = next(
                (k for k, gap in enumerate(gaps, 1) if _CLAUSE_BREAK.search(gap) or "." in gap), len(rest)
            )
            # (and before a time: "talks with the exchange | this week", "| on Saturday")
            cut = next((k for k in range(cut) if _when_at(rest, k)), cut)
            span = _event_phrase(rest[:cut])
            if span is None:
                continue
            s, e = span
            if own := _POSSESSIVE.match(text, s):
                s = own.end()  # "launched their {clean rivers plan}": whose it is stays shown
            if _TO_BE_DONE.match(text, e) or _LIST_GOES_ON.match(text, e):
                continue  # "rejected plans for the island's waters | to be shared ...": cut in two
            if _PAIR_CUT.search(text, s, e) and text.startswith(" and ", e):
                continue  # "membership talks with both Iraq | and Afghanistan": a pair cut in two
            phrase = text[s:e]
            content = [x for x in phrase.lower().split() if x not in _DETERMINERS and x not in _GENERIC]
            if len(content) < 2 or _DAY_BOUND.match(phrase) or _WHOSE_ALONE.search(phrase):
                # "the next election", "a new bill", "Friday's vote", "the council's
                # plans": which one is not said
                continue
            if (
                not 2 <= len(phrase.split()) <= MAX_EVENT_WORDS
                or phrase.lower().split()[0] in ("the", "this")
                and len(phrase.split()) < 3
            ):
                continue  # "the plan" alone needs the sentence before
            facts.append(Fact("event", phrase, s, sentence, (("verb", w.group().lower()),)))
    return facts
