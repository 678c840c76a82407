"""Speeches: who gave one, when, and the lines it is remembered for.

A speech is told in the first person, names few people and dates, and is remembered
for a few lines. Two things make it askable:

- **Its title**, when it says who spoke and on what occasion ("Name: Inaugural Address,
  1961", "Speech by Name at the Party Conference, 12 May 2004", "Name's address to the
  nation (1940)"). ``parse_speech_title`` reads those shapes; every fact of the source
  then carries a ``speech`` slot ("Name's 1961 inaugural address") so that a stem can
  say whose "we" and "our nation" it is.
- **Its memorable lines**, found by rhetorical structure alone, never by words of any
  one speech: antithesis ("not as rivals, but as partners", "seek not what X --
  seek what Y", "pride -- without scorn"), "the only X is Y", parallel phrases
  (three or more short ones opening on the same word: "in field ..., in forge ..., in
  harbour ...", or two on the same three: "we stand as X, we stand as Y") and refrains
  (sentences in a row opening on the same words).
  Each gives a ``speech_line`` fact whose answer is the KEY phrase (the contrasted or
  last parallel term, what "the only thing" is) for a cloze, the best line of a speech
  a ``line_speaker`` fact (answer: the speaker) for "Who said ...?", and another line a
  ``line_date`` fact (answer: the year) for "In which year was this line spoken ...?". A key whose
  words the rest of the line repeats ("by the weight of our word") is no blank: such a
  line is asked as whose it is.

Nothing here fires on a source whose title does not read as a speech: a news story's
"not a retreat but a pause" or an encyclopedia's list stays what it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from quizgen.lexicon import MONTHS, OCCASION_NOUNS
from quizgen.models import Fact, Sentence, Source

SPEECH_KINDS = ("speech_line", "line_speaker", "line_date")  # the fact kinds this module makes
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
    commencement""".split()
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
_DATE = (
    rf"(?:\d{{1,2}}\s+(?:{'|'.join(MONTHS)})\s+)?(?:(?:{'|'.join(MONTHS)})\s+(?:\d{{1,2}},?\s+)?)?"
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
# "Speech by Name at the Conference, 12 May 2004", "Inaugural address of Name (1961)",
# "Address at the Harbour, by President Name, 14 June 1962"
_NAME_AFTER = re.compile(
    rf"^(?P<before>[^,()]*?),?\s+(?:by|of)\s+{_OFFICE}(?P<speaker>{_NAME})"
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
_HEDGES = r"(?:(?:just|only|merely|simply|so much|even|primarily|mainly)\s+)?"
# "not X, but Y": X and Y open on the same word ("not as rivals, but as partners")
_NOT_BUT = re.compile(
    rf"\bnot\s+{_HEDGES}(?P<open>[A-Za-z]+)\s+(?P<x>[^;:.!?—–]{{1,60}}?),?\s+but\s+(?:also\s+|rather\s+)?"
    r"(?P<open2>(?P=open))\s+(?P<y>(?:(?!--)[^,;:.!?—–\[]){1,60})",
    re.I,
)
# "is not whether X; it is whether Y", "not because X, but because Y": two clauses opposed
_CLAUSES_NOT_BUT = re.compile(
    r"\bnot\s+(?P<open>whether|because|that|what|how|who|when|where)\s+[^;:.!?]{3,80}?"
    r"\s*[,;]\s*(?:but|it is|it was|rather)\s+(?P=open)\s+[^;:.!?]{3,80}",
    re.I,
)
# "seek not what X -- seek what Y": a verb denied, then the same verb granted
_VERB_NOT = re.compile(
    r"\b(?P<verb>[a-z]+)\s+not\s+(?P<wh>what|how|who|whether|where|why|if)\s+(?P<x>[^;:.!?]{3,60}?)"
    r"\s*(?:[,;]|--+|—|–)\s*(?:but\s+|(?P=verb)\s+)(?P=wh)\s+(?P<y>[^;:.!?\[]{3,60})",
    re.I,
)
# "May we know pride -- without scorn": a short line that grants one thing and denies
# its excess
_WITHOUT = re.compile(
    r"^(?=(?:\S+\s+){2,9}\S+[.!?]?$)(?:\S+\s+){1,6}?\S+\s*(?:--+|—|–|,)\s*without\s+(?P<y>[^.!?,;]+)"
)
# "the only debt we cannot repay is the debt of trust"
_ONLY = re.compile(
    r"\b[Tt]he only (?P<x>[a-z][\w\s'’-]{2,40}?) (?:is|was|are|were) (?P<y>[^,;:.!?—–\[]{2,50})"
)
# Words after which a key phrase stops: a clause or a further phrase begins.
_KEY_STOP = frozenset(
    """who which that where when while whose we you they he she it i in with to for at on by
    because though although if as and but or so""".split()
)
# "not because X but because Y": two clauses, no phrase to ask
_CLAUSE_OPENERS = frozenset(
    "because that if when while since whether so what how who which where why".split()
)
# A line with one of these points at what the speech said before: who is "she", what is "it"?
# ("it is", "it was" open on what follows: "it is whether we leave enough"; "this" and
# "these" before a noun of the speech's own place and time, ``OCCASION_NOUNS``, point at where
# and when it is given, which the stem names: "this ground", "this day")
_UNRESOLVED = re.compile(
    r"\b(?:he|she|him|his|her|it(?! is\b| was\b)|its|they|them|their|such"
    rf"|(?:this|these)(?!\s(?:{'|'.join(sorted(OCCASION_NOUNS))})\b))\b",
    re.I,
)


def of_the_occasion(words: str) -> bool:
    """Whether a description is "this" or "these" and a noun of the speech's own place or
    time (``OCCASION_NOUNS``: "this ground", "this country's"), which the stem naming the
    speech says: the same words ``_UNRESOLVED`` lets a line hold."""
    parts = re.sub(r"['’]s$", "", words.lower()).split()
    return len(parts) == 2 and parts[0] in ("this", "these") and parts[1] in OCCASION_NOUNS


# Words a line may open on that only join it to what came before.
_JOINER = re.compile(r"^(?:(?:and|but|so|yet|finally|thus|then|now),?\s+)+", re.I)
MAX_LINE_WORDS = 30
MAX_KEY_WORDS = 4
MAX_PARALLEL_KEY_WORDS = 2  # a parallel term is a word or two ("much to mend", "in harbour")
MAX_TRICOLON_ITEM_WORDS = 6
MIN_TRICOLON = 3
MAX_SHARED_OBJECT_WORDS = 3
_NOT_OPENERS = frozenset("and or but the a an that which who to it".split())


@dataclass(frozen=True)
class Line:
    """A memorable line of a sentence: where it is, its figure, and its key phrase."""

    sentence: Sentence
    start: int  # the line (a clause of the sentence) within the sentence
    end: int
    figure: str  # antithesis | only | parallel | tricolon | refrain
    key_start: int  # the key phrase, within the sentence; -1 when none can be asked
    key: str


def _trim_key(text: str) -> str:
    """The key phrase of a contrasted or parallel term: its words up to a clause or a
    further phrase ("Farmers joined in a common fight" -> "Farmers"), at most four."""
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
    return " ".join(words).strip(',.;:!?"“”')


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


def _last_phrase(text: str) -> tuple[int, str]:
    """Where the closing phrase of ``text`` starts, and the phrase: the object of its first
    preposition that leaves four words or fewer ("what together we can build for the children
    of tomorrow" -> "the children of tomorrow")."""
    for m in re.finditer(r"\b(?:for|of|to|with|from|by|in|on)\s+", text):
        if len(text[m.end() :].split()) <= MAX_KEY_WORDS:
            return m.end(), text[m.end() :]
    return 0, text


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
        # the last phrase of what is granted: "what you can give to your town" -> "your town"
        y_at, key = _last_phrase(y.rstrip(" ,"))
        out.append(_keyed(sentence, m.start(), m.end(), "antithesis", m.start("y") + y_at, key))
    for m in _CLAUSES_NOT_BUT.finditer(text):  # no phrase to blank: asked as whose it is
        out.append(_keyed(sentence, m.start(), m.end(), "antithesis", -1, ""))
    for m in _WITHOUT.finditer(text):
        out.append(_keyed(sentence, m.start(), m.end(), "antithesis", m.start("y"), m.group("y")))
    for m in _ONLY.finditer(text):
        out.append(_keyed(sentence, m.start(), m.end(), "only", m.start("y"), m.group("y")))
    return out


_ITEM = re.compile(r"[^,;:—–]+")
_AND = re.compile(r"^\s*(?:and|or|nor)\s+", re.I)


def _opening(item: str, n: int) -> tuple[str, ...]:
    """The first ``n`` words of a phrase, lowercased, without a joining "and"."""
    return tuple(w.lower().strip(".!?") for w in _AND.sub("", item).split()[:n])


def _parallel_key(sentence: Sentence, at: int, item: str, shared: int) -> tuple[int, str]:
    """The key of the last parallel phrase: its words after the ``shared`` opening words and
    any function words ("much to mend, much to sow, and much to reap" -> "reap")."""
    body = _AND.sub("", item)
    offset = at + (len(item) - len(body))
    words = list(re.finditer(r"\S+", body))
    i = shared
    while i < len(words) and words[i].group().lower().strip(".,") in _SMALL:
        i += 1
    if i >= len(words):
        return -1, ""
    # the term itself, when more follows it: "we are all fishermen of the coast" -> "fishermen"
    key = _trim_key(body[words[i].start() :])
    if not key or len(key.split()) > MAX_PARALLEL_KEY_WORDS:
        key = words[i].group().strip(",.;:!?")
    return offset + words[i].start(), key


def _parallels(sentence: Sentence) -> list[Line]:
    """Short phrases in a row that open alike: three or more on the same word (a tricolon:
    "in field ..., in forge ..., in harbour ..."), or two on the same three words or more
    ("we stand as X, we stand as Y"). Items of a list that open on "and", "the" or "to" are
    a list, not a figure; long items are an enumeration, not a line."""
    text = sentence.text
    # ("--" is a dash as "—" is: its second hyphen opens no phrase; same length, same offsets)
    items = [(m.start(), m.group()) for m in _ITEM.finditer(text.replace("--", "— ")) if m.group().strip()]
    out: list[Line] = []
    i = 0
    while i < len(items):
        at, item = items[i]
        opener = _opening(item, 1)
        j = i + 1
        if opener and opener[0] not in _NOT_OPENERS and len(item.split()) <= MAX_TRICOLON_ITEM_WORDS:
            while (
                j < len(items)
                and _opening(items[j][1], 1) == opener
                and len(items[j][1].split()) <= MAX_TRICOLON_ITEM_WORDS + 1
            ):
                j += 1
        run = items[i:j]
        # the words every phrase of the run opens on ("we will not fence -- we will not
        # sell -- we will not spoil"): the term after them is what the figure varies
        shared = max(
            1, min(_shared_opening([_AND.sub("", x) for _, x in run]), *(len(x.split()) - 1 for _, x in run))
        )
        if len(run) == 2:
            a, b = (_AND.sub("", x).strip(" .!?").lower() for _, x in run)
            alike = _opening(a, 3) == _opening(b, 3) and a != b and min(len(a.split()), len(b.split())) > 3
            shared = 3 if alike else 0
        if len(run) >= MIN_TRICOLON or (len(run) == 2 and shared):
            last_at, last = run[-1]
            key_at, key = _parallel_key(sentence, last_at, last, shared)
            start = at + len(item) - len(item.lstrip())
            end = last_at + len(last.rstrip(" .!?"))
            if j == len(items) - 1 and len(items[j][1].split()) <= MAX_SHARED_OBJECT_WORDS:
                # what every phrase of the run acts on, closing the sentence: "... we will not
                # spoil -- this land"
                end = items[j][0] + len(items[j][1].rstrip(" .!?"))
            figure = "tricolon" if len(run) >= MIN_TRICOLON else "parallel"
            out.append(_keyed(sentence, start, end, figure, key_at, key))
            i = j
        else:
            i += 1
    return out


# Two sentences in a row that open on these ("We have ...", "It is ...") are plain prose;
# three are a refrain ("I see ... I see ... I see ...").
_PLAIN_SUBJECTS = frozenset("it i we he she they there".split())


def _shared_opening(texts: list[str]) -> int:
    """How many opening words all of ``texts`` share."""
    words = [[w.lower().strip(",.;:!?") for w in t.split()] for t in texts]
    n = 0
    while all(len(w) > n + 1 and w[n] == words[0][n] for w in words):
        n += 1
    return n


def _refrains(sentences: list[Sentence]) -> list[Line]:
    """Sentences in a row that open on the same two words or more (anaphora: "Let every town
    ... Let every town ..."). Each is a line; where the refrain is three words or more and
    what follows it short ("Freedom is a harvest, ... Freedom is a promise."), that is the key.
    ("We can ___" leaves too little to recall a line by.)"""
    out = []
    openings = [_opening(s.text, 2) for s in sentences]
    for i, s in enumerate(sentences):
        opening = openings[i]
        if len(opening) < 2 or opening[0] in _NOT_OPENERS:
            continue
        # the sentences in a row around this one that open alike
        lo, hi = i, i
        while lo > 0 and openings[lo - 1] == opening:
            lo -= 1
        while hi + 1 < len(sentences) and openings[hi + 1] == opening:
            hi += 1
        if hi - lo + 1 < (MIN_TRICOLON if opening[0] in _PLAIN_SUBJECTS else 2):
            continue
        end = len(s.text.rstrip(" .!?"))
        words = list(re.finditer(r"\S+", s.text[:end]))
        # what the refrain's sentences share ("Freedom is a ..."), and what follows it here
        shared = _shared_opening([sentences[j].text for j in range(lo, hi + 1)])
        key_at, key = -1, ""
        rest = s.text[words[shared].start() : end] if len(words) > shared else ""
        if rest and len(rest.split()) <= MAX_KEY_WORDS and not _BREAK.search(rest) and shared >= 3:
            key_at, key = words[shared].start(), rest
        out.append(_keyed(s, 0, end, "refrain", key_at, key))
    return out


def memorable_lines(sentences: list[Sentence]) -> list[Line]:
    """The lines of a speech its rhetoric marks out, in sentence order, one per sentence."""
    found: dict[int, list[Line]] = {}
    for line in _refrains(sentences):
        found.setdefault(line.sentence.index, []).append(line)
    for s in sentences:
        found.setdefault(s.index, []).extend(_antitheses(s) + _parallels(s))
    out = []
    for s in sentences:
        if lines := found.get(s.index):
            # a line with a key to ask beats one without; then the shortest
            out.append(min(lines, key=lambda ln: (ln.key_start < 0, ln.end - ln.start)))
    return out


_FIGURE_STRENGTH = {"antithesis": 0, "only": 0, "parallel": 1, "tricolon": 1, "refrain": 2}


# A line that opens on these after a break continues a sentence ("... calmly -- not
# because we are weak, but because ..."): a fragment, quoted alone.
_FRAGMENT = re.compile(r"^(?:not|but|and|or|nor|because|which|who|that|though|although)\b")


def _strength(line: Line) -> tuple[bool, bool, int, int, int]:
    """Which line of a speech to ask as "Who said ...?": one with no key to ask as a cloze
    (its words repeat: "seek not what X can give you -- seek what you can give X"), no
    fragment of a sentence, an antithesis, short, early."""
    fragment = bool(_FRAGMENT.match(line.sentence.text[line.start : line.end]))
    figure = _FIGURE_STRENGTH[line.figure]
    return (line.key_start >= 0, fragment, figure, line.end - line.start, line.sentence.index)


def title_sentence(source: Source) -> Sentence | None:
    """The source's title line as a ``Sentence`` (role "title", index ``TITLE_INDEX``), so that
    a question whose answer only the title gives (who gave a speech) can cite it."""
    at = source.text.find(source.title) if source.title else -1
    if at < 0:
        return None
    return Sentence(source.source_id, TITLE_INDEX, at, at + len(source.title), source.title, "title")


def _whole_line(kind: str, answer: str, line: Line, title: Sentence) -> Fact:
    """A fact that quotes a line whole and whose answer the title gives (who, when): it
    cites the line and the title."""
    quoted = _capitalised(line.sentence.text[line.start : line.end])
    return Fact(kind, answer, -1, line.sentence, (("line", quoted), ("figure", line.figure)), also=(title,))


def _capitalised(line: str) -> str:
    """A line quoted on its own opens with a capital: "seek not ..." -> "Seek not ..."."""
    return line[:1].upper() + line[1:]


def extract_speech(sentences: list[Sentence], title: Sentence | None) -> list[Fact]:
    """The facts of a speech's lines (none when ``title`` does not read as a speech's):
    a ``speech_line`` for each line with a key phrase to ask; a ``line_speaker`` (who said
    it) for its strongest line; a ``line_date`` (in which year) for another line that no
    cloze asks. The last two cite the title too: it says who and when."""
    if title is None:
        return []
    info = parse_speech_title(title.text)
    # (a title that reads as no speech's is known before the lines are looked for: reading
    # every sentence for its rhetoric is a fifth of analysing a news article)
    if info is None and not _SPEECH_NAMED.search(title.text):
        return []
    lines = [
        ln
        for ln in memorable_lines(sentences)
        if 5 <= len(ln.sentence.text[ln.start : ln.end].split()) <= MAX_LINE_WORDS
        and not _UNRESOLVED.search(ln.sentence.text[ln.start : ln.end])
    ]
    if info is None:
        # a speech whose title names it but not who gave it ("The Marvik Address"): its
        # lines are asked, naming it
        named = ("speech", "the " + title.text[4:] if title.text.startswith("The ") else title.text)
        return [replace(f, slots=(*f.slots, named)) for f in _line_facts(lines)]
    facts = _line_facts(lines)
    ranked = sorted(lines, key=_strength)
    if ranked:  # who gave it, asked by its strongest line
        facts.append(_whole_line("line_speaker", info.speaker, ranked[0], title))
    # when, asked by another line that no cloze asks (its words repeat, or it has no key)
    others = [ln for ln in ranked[1:] if ln.key_start < 0]
    if others and info.date == info.year:
        facts.append(_whole_line("line_date", info.year, others[0], title))
    return facts


# A title that names a speech by its kind: "The Marvik Address", "Speech to the Convention".
_SPEECH_NAMED = re.compile(r"\b(?:Address|Speech|Oration|Sermon|Remarks|Lecture)\b")


def _line_facts(lines: list[Line]) -> list[Fact]:
    """A ``speech_line`` fact for each line with a key phrase to ask."""
    facts = []
    for ln in lines:
        if ln.key_start < 0:
            continue
        text = ln.sentence.text
        if ln.start > 0 and _FRAGMENT.match(text[ln.start : ln.end]):
            continue  # "... -- not only with the taxes we pay, but with ___": its main clause is left out
        at = ln.key_start - ln.start
        clause = _capitalised(text[ln.start : ln.end])
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
    return facts


def speech_slots(info: SpeechTitle) -> tuple[tuple[str, str], ...]:
    """What every fact of a speech learns from its title, for stems to name the speech."""
    slots = (
        ("speech", info.label),
        ("speech_speaker", info.speaker),
        ("speech_kind", info.kind),
        ("speech_occasion", f"{'an' if info.kind[:1].lower() in 'aeiou' else 'a'} {info.kind}"),
        ("speech_date", info.date),
        ("speech_year", info.year),
    )
    return (*slots, ("speech_office", info.office)) if info.office else slots
