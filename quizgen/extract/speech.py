"""Speeches: who gave one, when, and the lines it is remembered for.

A speech is told in the first person, names few people and dates, and is remembered
for a few lines. Two things make it askable:

- **Its title**, when it says who spoke and on what occasion ("Name: Inaugural Address,
  1961", "Speech by Name at the Party Conference, 12 May 2004", "Name's address to the
  nation (1940)"). ``parse_speech_title`` reads those shapes; every fact of the source
  then carries a ``speech`` slot ("Name's 1961 inaugural address") so that a stem can
  say whose "we" and "our nation" it is.
- **Its memorable lines**, found by rhetorical structure alone, never by words of any
  one speech: antithesis ("not as adversaries, but as neighbours", "ask not what X --
  ask what Y"), "the only X is Y", and anaphora/tricolon (three or more short parallel
  phrases opening on the same word: "in toil ..., in help ..., in sacrifice ...").
  Each gives a ``speech_line`` fact whose answer is the KEY phrase (the contrasted or
  last parallel term, what "the only thing" is) for a cloze, and the best line of a
  speech a ``line_speaker`` fact (answer: the speaker) for "Who said ...?".

Nothing here fires on a source whose title does not read as a speech: a news story's
"not a U-turn but a clarification" or an encyclopedia's list stays what it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.models import Fact, Sentence, Source

TITLE_INDEX = -1  # the index of a title's Sentence: before every sentence of the body

# Words that name a speech as a genre, in any country: the title must hold one.
SPEECH_WORDS = frozenset(
    """address speech remarks statement lecture sermon oration eulogy keynote broadcast
    message homily talk""".split()
)
# Words of an occasion that are no proper name: lowercased in a stem ("Inaugural Address"
# -> "inaugural address"); anything else keeps its capitals ("State of the Union").
_GENERIC = SPEECH_WORDS | frozenset(
    """inaugural farewell victory concession acceptance nomination annual opening closing
    first second third final christmas new year's radio televised television national
    nation to the of at on before a an and by from in for joint session general debate
    commencement opening closing""".split()
)
# An office a title may name before the speaker ("President X", "King X", "Prime Minister X").
TITLE_OFFICES = (
    "President",
    "Vice President",
    "Vice-President",
    "Prime Minister",
    "Chancellor",
    "King",
    "Queen",
    "Emperor",
    "Empress",
    "Governor",
    "Mayor",
    "Premier",
    "Secretary-General",
    "Secretary General",
    "Chief Justice",
    "Senator",
    "Pope",
)
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_DATE = (
    rf"(?:\d{{1,2}}\s+(?:{'|'.join(_MONTHS)})\s+)?(?:(?:{'|'.join(_MONTHS)})\s+(?:\d{{1,2}},?\s+)?)?"
    r"(?:1[0-9]{3}|20[0-9]{2})"
)
_NAME_WORD = r"(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.|(?:de|da|dos|van|von|der|la|le|bin|al)(?=\s[A-Z]))"
_NAME = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,4}}(?:,?\s(?:Jr\.|Sr\.|II|III|IV))?"
_OFFICE = rf"(?:(?P<office>{'|'.join(TITLE_OFFICES)})\s+)?"
# "Name: Inaugural Address, 1961" / "President Name - Address to the Nation (12 May 1940)"
_NAME_FIRST = re.compile(
    rf"^{_OFFICE}(?P<speaker>{_NAME})\s*(?::|\s[-–—]\s)\s*(?P<occasion>[^,()]+?)"
    rf"(?:\s*,\s*|\s*\(\s*|\s+of\s+|\s+on\s+)(?P<date>{_DATE})\)?\.?$"
)
# "Name's address to the nation (1940)", "Name's 2004 speech to the party conference"
_POSSESSIVE = re.compile(
    rf"^{_OFFICE}(?P<speaker>{_NAME})['’]s?\s+(?:(?P<year>1[0-9]{{3}}|20[0-9]{{2}})\s+)?"
    rf"(?P<occasion>[^,()]+?)(?:(?:\s*,\s*|\s*\(\s*|\s+on\s+)(?P<date>{_DATE})\)?)?\.?$"
)
# "Speech by Name at the Conference, 12 May 2004", "Inaugural address of Name (1961)"
_NAME_AFTER = re.compile(
    rf"^(?P<before>[^,()]*?)\s+(?:by|of)\s+{_OFFICE}(?P<speaker>{_NAME})"
    rf"(?P<after>\s+(?:at|to|on|before|in)\s+[^,()]+?)?(?:\s*,\s*|\s*\(\s*|\s+on\s+)(?P<date>{_DATE})\)?\.?$"
)


@dataclass(frozen=True)
class SpeechTitle:
    """Who gave a speech and on what occasion, as its title says."""

    speaker: str  # "John Smith"
    occasion: str  # "inaugural address", "speech at the Party Conference"
    date: str  # "1961", "12 May 2004"
    office: str = ""  # "president", when the title names one

    @property
    def year(self) -> str:
        """The year of the date."""
        return self.date[-4:]

    @property
    def label(self) -> str:
        """How a stem names the speech: "John Smith's 1961 inaugural address", or with a
        full date "John Smith's speech at the Party Conference (12 May 2004)"."""
        who = f"{self.office.title()} {self.speaker}" if self.office else self.speaker
        owner = f"{who}’" if who.endswith("s") else f"{who}’s"
        if self.date == self.year:
            return f"{owner} {self.year} {self.occasion}"
        return f"{owner} {self.occasion} ({self.date})"

    @property
    def kind(self) -> str:
        """The occasion without where or to whom: "inaugural address" for "inaugural address
        to Congress". Speakers of the same kind are each other's wrong options."""
        return re.split(r"\s+(?:at|to|on|before|in|of)\s+", self.occasion, maxsplit=1)[0]


def _occasion(text: str) -> str:
    """An occasion as a stem says it: generic words lowercased, names kept ("Address to the
    National Congress" -> "address to the National Congress")."""
    words = text.strip(" .").split()
    out = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        in_name = w[:1].isupper() and nxt[:1].isupper() and nxt.lower() not in _GENERIC
        out.append(w if in_name or w.lower() not in _GENERIC else w.lower())
    return " ".join(out)


def _is_speech(occasion: str) -> bool:
    return any(w.lower().strip(".,") in SPEECH_WORDS for w in occasion.split())


def parse_speech_title(title: str) -> SpeechTitle | None:
    """The speaker, occasion and date a speech's title gives, or None when it is no speech
    title (a headline, an article's name) or leaves out who or when."""
    title = " ".join(title.split())
    m = _NAME_FIRST.match(title)
    if m and _is_speech(m.group("occasion")):
        return SpeechTitle(m.group("speaker"), _occasion(m.group("occasion")), m.group("date"), _office(m))
    m = _POSSESSIVE.match(title)
    if m and _is_speech(m.group("occasion")) and (m.group("year") or m.group("date")):
        date = m.group("date") or m.group("year")
        return SpeechTitle(m.group("speaker"), _occasion(m.group("occasion")), date, _office(m))
    m = _NAME_AFTER.match(title)
    if m and _is_speech(m.group("before")) and len(m.group("before").split()) <= 6:
        occasion = _occasion(m.group("before") + (m.group("after") or ""))
        return SpeechTitle(m.group("speaker"), occasion, m.group("date"), _office(m))
    return None


def _office(m: re.Match[str]) -> str:
    return (m.group("office") or "").lower()


# ---- memorable lines -------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# Clause breaks inside a sentence: a line is read within one.
_BREAK = re.compile(r"\s*(?:;|:|--+|—|–|\s-\s)\s*")
_SMALL = frozenset(
    """a an the and or but nor of to in on at by for from with as is are was were be been it its
    this that these those we our us you your i my me he his she her they their them not so
    than then also just only merely simply all any every much more most no""".split()
)
_PREPOSITIONS = frozenset("of to in on at by for from with as upon into through".split())
_HEDGES = r"(?:(?:just|only|merely|simply|so much|even|primarily|mainly)\s+)?"
# "not X, but Y": X and Y open on the same word ("not as adversaries, but as neighbours")
_NOT_BUT = re.compile(
    rf"\bnot\s+{_HEDGES}(?P<open>[A-Za-z]+)\s+(?P<x>[^;:.!?—–]{{1,60}}?),?\s+but\s+(?:also\s+|rather\s+)?"
    r"(?P<open2>(?P=open))\s+(?P<y>(?:(?!--)[^,;:.!?—–\[]){1,60})",
    re.I,
)
# "ask not what X -- ask what Y": a verb denied, then the same verb granted
_VERB_NOT = re.compile(
    r"\b(?P<verb>[a-z]+)\s+not\s+(?P<wh>what|how|who|whether|where|why|if)\s+(?P<x>[^;:.!?]{3,60}?)"
    r"\s*(?:[,;]|--+|—|–)\s*(?:but\s+)?(?P=verb)\s+(?P=wh)\s+(?P<y>[^;:.!?\[]{3,60})",
    re.I,
)
# "the only thing we have to fear is fear itself"
_ONLY = re.compile(r"\b[Tt]he only (?P<x>[a-z][\w\s'’-]{2,40}?) (?:is|was|are|were) (?P<y>[^,;:.!?—–\[]{2,50})")
# Words after which a key phrase stops: a clause or a further phrase begins.
_KEY_STOP = frozenset(
    """who which that where when while whose we you they he she it i in with to for at on by
    because though although if as and but or so""".split()
)
# "not because X but because Y": two clauses, no phrase to ask
_CLAUSE_OPENERS = frozenset("because that if when while since whether so".split())
# A line with one of these points at what the speech said before: who is "she", what is "it"?
_UNRESOLVED = re.compile(r"\b(?:he|she|him|his|her|it|its|they|them|their|this|these|such)\b", re.I)
# Words a line may open on that only join it to what came before.
_JOINER = re.compile(r"^(?:(?:and|but|so|yet|finally|thus|then|now),?\s+)+", re.I)
MAX_LINE_WORDS = 30
MAX_KEY_WORDS = 4
MAX_TRICOLON_ITEM_WORDS = 6
MIN_TRICOLON = 3
_NOT_OPENERS = frozenset("and or but the a an that which who to it".split())


@dataclass(frozen=True)
class Line:
    """A memorable line of a sentence: where it is, its figure, and its key phrase."""

    sentence: Sentence
    start: int  # the line (a clause of the sentence) within the sentence
    end: int
    figure: str  # antithesis | only | tricolon
    key_start: int  # the key phrase, within the sentence; -1 when none can be asked
    key: str


def _trim_key(text: str) -> str:
    """The key phrase of a contrasted or parallel term: its words up to a clause or a
    further phrase ("Americans united in a common cause" -> "Americans"), at most four."""
    words: list[str] = []
    for i, w in enumerate(text.split()):
        bare = w.strip(",.;:!?\"“”'’")
        if i and (bare.lower() in _KEY_STOP or (bare.islower() and bare.endswith(("ed", "ing")))):
            break
        words.append(w)
        if w != bare and not w.endswith(("'", "’")):  # punctuation closes the phrase
            break
    if len(words) > MAX_KEY_WORDS:
        return ""
    return " ".join(words).strip(",.;:!?\"“”")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` around ``start``-``end``: from the break before to the break after."""
    lo = 0
    for m in _BREAK.finditer(text):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            return lo, m.start()
    return lo, len(text.rstrip(" .!?"))


def _guessable(key: str, line: str, key_at: int) -> bool:
    """Whether the rest of the line gives the key away: one of its content words is there."""
    rest = (line[:key_at] + " " + line[key_at + len(key) :]).lower()
    words = {w.lower() for w in _WORD.findall(key)} - _SMALL
    return not words or any(re.search(rf"\b{re.escape(w[:5])}", rest) for w in words)


def _keyed(sentence: Sentence, start: int, end: int, figure: str, y_at: int, y: str) -> Line:
    """A line whose key is the phrase at ``y_at`` (or none, when it is not a good blank)."""
    key = _trim_key(y)
    lo, hi = _clause(sentence.text, start, end)
    if joiner := _JOINER.match(sentence.text[lo:hi]):
        lo += joiner.end()
    line = sentence.text[lo:hi]
    if not key or _guessable(key, line, y_at - lo):
        return Line(sentence, lo, hi, figure, -1, "")
    return Line(sentence, lo, hi, figure, y_at, key)


def _antitheses(sentence: Sentence) -> list[Line]:
    text = sentence.text
    out = []
    for m in _NOT_BUT.finditer(text):
        if len(m.group("x").split()) > 8 or m.group("open").lower() in _CLAUSE_OPENERS:
            continue
        y_at = m.start("y")
        y = m.group("y")
        if m.group("open").lower() in ("a", "an", "the"):  # keep the article: "a celebration ..."
            y_at, y = m.start("open2"), text[m.start("open2") : m.end("y")]
        out.append(_keyed(sentence, m.start(), m.end(), "antithesis", y_at, y))
    for m in _VERB_NOT.finditer(text):
        y = m.group("y")
        # the last phrase of what is granted: "what you can do for your country" -> "your country"
        tail = re.search(r"\b(?:for|of|to|with|from|by)\s+((?:\S+\s+){0,2}\S+)\s*$", y.rstrip(" ,"))
        y_at = m.start("y") + tail.start(1) if tail else m.start("y")
        out.append(_keyed(sentence, m.start(), m.end(), "antithesis", y_at, tail.group(1) if tail else y))
    for m in _ONLY.finditer(text):
        out.append(_keyed(sentence, m.start(), m.end(), "only", m.start("y"), m.group("y")))
    return out


_ITEM = re.compile(r"(?:(?!--)[^,;:—–])+")


def _tricolons(sentence: Sentence) -> list[Line]:
    """Three or more short phrases in a row opening on the same word: "in toil ..., in help
    ..., in sacrifice ...". (Items of a list that open on "and", "the" or "to" are a list,
    not a figure.)"""
    text = sentence.text
    items = [(m.start(), m.group()) for m in _ITEM.finditer(text) if m.group().strip()]
    out: list[Line] = []
    run: list[tuple[int, str]] = []

    def first(item: str) -> str:
        words = item.split()
        if words and words[0].lower() == "and" and len(words) > 1:
            words = words[1:]
        return words[0].lower() if words else ""

    def close() -> None:
        if len(run) >= MIN_TRICOLON:
            last_at, last = run[-1]
            words = last.split()
            opener = first(last)
            skip = 1 + (words[0].lower() == "and")
            rest = [w for w in words[skip:]]
            lead = 0
            while lead < len(rest) and rest[lead].lower().strip(".,") in _SMALL:
                lead += 1
            key_words = rest[lead:]
            if key_words and opener:
                key = " ".join(key_words).strip(".,!?")
                at = last_at + last.find(key)
                start = run[0][0] + len(run[0][1]) - len(run[0][1].lstrip())
                out.append(_keyed(sentence, start, last_at + len(last.rstrip()), "tricolon", at, key))
        run.clear()

    for at, item in items:
        words = item.split()
        opener = first(item)
        fits = 1 <= len(words) <= MAX_TRICOLON_ITEM_WORDS and opener and opener not in _NOT_OPENERS
        if fits and run and first(run[-1][1]) == opener:
            run.append((at, item))
            continue
        close()
        if fits:
            run.append((at, item))
    close()
    return out


def memorable_lines(sentences: list[Sentence]) -> list[Line]:
    """The lines of a speech its rhetoric marks out, in sentence order, one per sentence."""
    out = []
    for s in sentences:
        lines = _antitheses(s) + _tricolons(s)
        if lines:
            # a line with a key to ask beats one without; then the shortest
            out.append(min(lines, key=lambda ln: (ln.key_start < 0, ln.end - ln.start)))
    return out


def _strength(line: Line) -> tuple[int, int, int]:
    """Which line of a speech to ask as "Who said ...?": an antithesis, short, early."""
    figure = {"antithesis": 0, "only": 0, "tricolon": 1}[line.figure]
    return (figure, line.end - line.start, line.sentence.index)


def title_sentence(source: Source) -> Sentence | None:
    """The source's title line as a ``Sentence`` (role "title", index ``TITLE_INDEX``), so that
    a question whose answer only the title gives (who gave a speech) can cite it."""
    at = source.text.find(source.title) if source.title else -1
    if at < 0:
        return None
    return Sentence(source.source_id, TITLE_INDEX, at, at + len(source.title), source.title, "title")


def extract_speech(sentences: list[Sentence], title: Sentence | None) -> list[Fact]:
    """The ``speech_line`` and ``line_speaker`` facts of a speech (none when ``title`` does
    not read as one). "Who said ...?" cites the title too: it says who."""
    info = parse_speech_title(title.text) if title is not None else None
    if info is None:
        return []
    lines = [
        ln
        for ln in memorable_lines(sentences)
        if 5 <= len(ln.sentence.text[ln.start : ln.end].split()) <= MAX_LINE_WORDS
        and not _UNRESOLVED.search(ln.sentence.text[ln.start : ln.end])
    ]
    facts = []
    for ln in lines:
        if ln.key_start < 0:
            continue
        text = ln.sentence.text
        at = ln.key_start - ln.start
        clause = text[ln.start : ln.end]
        facts.append(
            Fact(
                "speech_line",
                ln.key,
                ln.key_start,
                ln.sentence,
                (
                    ("line", clause),
                    ("line_cloze", clause[:at] + "{{c1::" + ln.key + "}}" + clause[at + len(ln.key) :]),
                    ("figure", ln.figure),
                ),
            )
        )
    if lines:
        best = min(lines, key=_strength)
        facts.append(
            Fact(
                "line_speaker",
                info.speaker,
                -1,
                best.sentence,
                (("line", best.sentence.text[best.start : best.end]), ("figure", best.figure)),
                also=(title,),
            )
        )
    return facts


def speech_slots(info: SpeechTitle) -> tuple[tuple[str, str], ...]:
    """What every fact of a speech learns from its title, for stems to name the speech."""
    slots = (
        ("speech", info.label),
        ("speech_speaker", info.speaker),
        ("speech_kind", info.kind),
        ("speech_occasion", f"{'an' if info.kind[:1].lower() in 'aeiou' else 'a'} {info.kind}"),
        ("speech_date", info.date),
    )
    return (*slots, ("speech_office", info.office)) if info.office else slots
