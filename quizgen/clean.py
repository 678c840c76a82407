"""Tell article text from web boilerplate, without changing a single offset.

Web pages pasted as text carry paywall nags, donation appeals, photo captions,
bylines, datelines and section headings, and sometimes readers' comments after
the article. None of it should ever be cited by a question. ``mark_blocks``
labels each line of the original text; the sentence splitter then only looks
inside ``body`` lines. The rules below are general signals of page furniture,
never phrases of any particular outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quizgen.lexicon import JOURNALIST_WORDS

# A sentence ends with one of these, possibly followed by closing quotes/brackets.
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*\s*$|[\"”’»]\s*$")
_STOPS, _CLOSERS, _CLOSING_QUOTES = ".!?…", "\"'”’»)]", '"”’»'


def _ends_a_sentence(line: str) -> bool:
    """Whether ``_TERMINAL`` matches ``line``: read from its end, where the pattern, searched
    for, was tried at every full stop of a paragraph."""
    line = line.rstrip()  # (the pattern's spaces: ``\s`` and ``str.isspace`` are the same)
    return line.endswith(tuple(_CLOSING_QUOTES)) or line.rstrip(_CLOSERS).endswith(tuple(_STOPS))


# The patterns written in lower case are matched against the lowercased line:
# far faster than re.IGNORECASE, which makes the engine fold every character it tries.

# Photo captions and credits: "Photo by ...", "Credit: ...", "(Getty Images)".
_CAPTION = re.compile(
    r"\b(photo|picture|image|photograph)s?\s*(by|credit|:)|\bcredit\s*:"
    r"|\b(getty images|reuters|afp|ap photo|epa|shutterstock)\W*$"
)

# Paywall, donation and sharing furniture.
_NAG = re.compile(
    r"\b(subscribe|subscription|sign up|newsletter|register\b.{0,20}\b(access|read|comment)"
    r"|full access|donat(e|ing|ion)|contribution|readers like you|please help us"
    r"|comments are closed|all rights reserved|cookies?\b|advertisement|click here"
    r"|share this|follow us|read more|you have read|articles? this month"
    r"|news ?letter|breaking news updates|never miss)"
)
# Programme listings: "- The Debate can be seen on BBC Two on Sunday at 2200 GMT."
_LISTING = re.compile(
    r"\b(?:can be (?:seen|heard|watched)|(?:is|are|will be) (?:being )?(?:shown|broadcast|screened|aired))"
    r"\s+(?:live\s+)?on\b"
)
_SUPPORT_US = re.compile(r"^\W*(support|back|join)\s+(us|[A-Z][\w.]*)\W*$")

# "Jane Doe is the Paper's diplomatic reporter" and "By Jane Doe".
_BYLINE = re.compile(
    r"^(by\s+[A-Z][\w'’-]+(\s+[A-Z][\w'’-]+){0,3}\s*$"
    r"|[A-Z][\w'’-]+(\s+[A-Z][\w'’-]+){1,3}\s+is\s+(a|an|the)\b.{0,80}"
    rf"\b({'|'.join((*JOURNALIST_WORDS, 'writer'))})\.?\s*$)",
)

# "May 30. (AGENCY) –", "LONDON (Reuters) -": a dateline line ends with a dash.
_DASHES = ("-", "–", "—")

LEAD_MIN_WORDS = 12  # the first body paragraph is at least this long
HEADING_MAX_WORDS = 25
NAG_GAP = 4  # lines between two nags may be part of the same appeal
SHORT_LINE = 8
_READER = re.compile(r"\b(you|your|our|us|we)\b", re.I)


@dataclass(frozen=True)
class Block:
    """A line of the original text with what it is: body, title, heading or boilerplate."""

    start: int
    end: int
    role: str
    why: str = ""


def _lines(text: str) -> list[tuple[int, int]]:
    """The spans of the text's lines, without their spaces, a paragraph wrapped over several
    lines taken as one (``_unwrapped``)."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        if stripped:
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line)
    return _unwrapped(text, spans)


WRAPPED_MIN = 2  # lines going on in small letters after a line cut mid-sentence: a text wrapped
WRAPPED_WIDTH = 0.6  # ... and how long a line of it is, of its longest, to be cut by the width


def _unwrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each paragraph of a text wrapped to a width (a legal code, a plain-text
    book: "the consent of the governed, and are⏎established to protect ...") taken as one
    span: a line not ending a sentence, and the next right after it, going on in small
    letters or cut by the width. Without it, every line of such a text read as a heading.

    A text is read as wrapped where at least ``WRAPPED_MIN`` lines go on in small letters
    after a line cut mid-sentence; another text's lines are left as they are."""

    # (each line that stops mid-sentence with the next right below it, no blank line between)
    going = [
        i
        for i, (a, b) in enumerate(zip(spans, spans[1:], strict=False))
        if text.count("\n", a[1], b[0]) == 1 and not _ends_a_sentence(text[a[0] : a[1]])
    ]
    cut = [i for i in going if text[spans[i + 1][0]].islower()]
    if len(cut) < WRAPPED_MIN:
        return spans
    width = max(e - s for s, e in spans)
    joined = set(cut) | {i for i in going if spans[i][1] - spans[i][0] >= WRAPPED_WIDTH * width}
    out: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(spans):
        if i - 1 in joined:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# Words each pattern cannot match without: looking for them first is far cheaper
# than running the pattern over every line.
_CAPTION_WORDS = ("photo", "picture", "image", "credit", "getty", "reuters", "afp", "epa", "shutterstock")
_NAG_WORDS = (
    "subscri", "sign up", "register", "full access", "donat", "contribution", "readers like you",
    "please help us", "comments are closed", "all rights reserved", "cookie", "advertisement",
    "click here", "share this", "follow us", "read more", "you have read", "article", "news", "never miss",
)  # fmt: skip
_LISTING_WORDS = ("seen", "heard", "watched", "shown", "broadcast", "screened", "aired")


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (``map`` asks each in C, unlike a generator)."""
    return any(map(text.__contains__, words))


def _furniture(line: str) -> str:
    """Why a line is page furniture, or '' when it may be article text."""
    low = line.lower()
    if _holds_any(low, _CAPTION_WORDS) and _CAPTION.search(low):
        return "caption"
    if _BYLINE.match(line):
        return "byline"
    if (_holds_any(low, _NAG_WORDS) and _NAG.search(low)) or _SUPPORT_US.match(line):
        return "nag"
    if _holds_any(low, _LISTING_WORDS) and _LISTING.search(low) and len(line.split()) <= HEADING_MAX_WORDS:
        return "listing"
    if line.rstrip().endswith(_DASHES) and len(line.split()) <= 8:
        return "dateline"
    return ""


@lru_cache(maxsize=2)  # the title is read from the same blocks the sentences come from
@lru_cache(maxsize=8)  # (an article's lines are read for its title, then for its sentences)
def mark_blocks(text: str) -> tuple[Block, ...]:
    """Label every non-empty line of ``text`` as body, title, heading or boilerplate.

    The first line is the title. Lines before the lead paragraph (subtitles,
    bylines, captions) and short lines without a full stop (section headings) are
    headings: kept for the reader, never quoted. Captions, nags, bylines, datelines
    and lines repeated verbatim (captions shown twice) are boilerplate.
    """
    spans = _lines(text)
    counts: dict[str, int] = {}
    for s, e in spans:
        counts[text[s:e]] = counts.get(text[s:e], 0) + 1
    roles: list[tuple[str, str]] = []
    in_front = True
    for i, (s, e) in enumerate(spans):
        line = text[s:e]
        words = len(line.split())
        why = _furniture(line)
        if not why and counts[line] > 1 and words >= 3:
            why = "repeated"
        if why:
            roles.append(("boilerplate", why))
        elif i == 0:
            roles.append(("title", "first line"))
        elif in_front and (words < LEAD_MIN_WORDS or not _ends_a_sentence(line)):
            roles.append(("heading", "before the lead"))
        elif (
            not _ends_a_sentence(line) and words <= HEADING_MAX_WORDS and not _goes_on(text, spans, roles, i)
        ):
            roles.append(("heading", "no full stop"))
        else:
            in_front = False
            roles.append(("body", ""))
    # Lines sandwiched between nags that are short or speak to the reader ("Ostland is
    # at war.", "Every gift you make ...") belong to the same appeal.
    nags = [i for i, (_, why) in enumerate(roles) if why == "nag"]
    for a, b in zip(nags, nags[1:], strict=False):
        if b - a <= NAG_GAP:
            for j in range(a + 1, b):
                line = text[spans[j][0] : spans[j][1]]
                if len(line.split()) < SHORT_LINE or _READER.search(line):
                    roles[j] = ("boilerplate", "between nags")
    # A speech speaks for itself from first to last line: no readers' comments follow it.
    # (Imported here: the extractors import this module.)
    from quizgen.extract.speech import parse_speech_title

    if not (roles and roles[0][0] == "title" and parse_speech_title(text[spans[0][0] : spans[0][1]])):
        _mark_comments(text, spans, roles)
    return tuple(Block(s, e, role, why) for (s, e), (role, why) in zip(spans, roles, strict=True))


def _goes_on(text: str, spans: list[tuple[int, int]], roles: list[tuple[str, str]], i: int) -> bool:
    """Whether line ``i`` opens a list with a colon or a semicolon, as a sentence does, not a
    heading ("He has joined with others ... false Decrees:"), or is an item of a list its body
    line before opened, ending on one itself ("For levying Duties on our grain without our
    Vote:"): a clause of that sentence."""
    line = text[spans[i][0] : spans[i][1]].rstrip()
    if i == 0 or not line.endswith((":", ";")) or roles[i - 1][0] != "body":
        return False
    opens = len(line.split()) >= LEAD_MIN_WORDS
    return opens or text[spans[i - 1][0] : spans[i - 1][1]].rstrip().endswith((":", ";"))


# Readers' comments pasted after an article speak to or for someone ("I", "you", "let's"),
# exclaim or ask, and quote no one; the article's own paragraphs nearly always say who
# said what.
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|tells|according to|announced|added|reported|claimed|warned|argued"
    r"|insisted|stated)\b|[\"“”]"
)
# (Case matters: "US" is a country and "My Summer in Marvik" a title.)
_SPEAKS_FOR_ITSELF = re.compile(
    r"[!?]|\b(?:I|I'm|I've|my|me|we|us|our|you|your|let's)\b|(?:^|[.!?]\s+)(?:We|You|Our|Let's)\b"
)
COMMENTS_MIN = 3  # closing paragraphs like that: fewer may be the article's own ending


def _mark_comments(text: str, spans: list[tuple[int, int]], roles: list[tuple[str, str]]) -> None:
    """Mark readers' comments at the end of an article as boilerplate.

    A closing run of at least ``COMMENTS_MIN`` body paragraphs that quote no one and
    speak for themselves is comments; so are the unattributed paragraphs right
    before it, where the comments begin ("This is exactly what the planners wanted.").
    """
    body = [i for i, (role, _) in enumerate(roles) if role == "body"]

    def plain(i: int) -> bool:  # read from the end, as far as needed: most articles stop at once
        return not _ATTRIBUTION.search(text[spans[i][0] : spans[i][1]])

    run = 0
    for i in reversed(body):
        if not (plain(i) and _SPEAKS_FOR_ITSELF.search(text[spans[i][0] : spans[i][1]])):
            break
        run += 1
    if run < COMMENTS_MIN or run == len(body):
        return  # (a text that speaks for itself throughout is a speech or a letter, not comments)
    start = len(body) - run
    while start > 1 and plain(body[start - 1]):  # never the lead paragraph
        start -= 1
    for i in body[start:]:
        roles[i] = ("boilerplate", "opinion, not reported")


def document_title(text: str) -> str:
    """The article's title: its first line of page furniture-free front matter.

    Headlines rarely end with a full stop, so a line without one is preferred to a
    slogan such as "Stand with our newsroom." that precedes the real headline.
    """
    front = []
    for block in mark_blocks(text):
        if block.role == "body":
            break
        if block.role != "boilerplate":
            front.append(text[block.start : block.end])
    plain = [line for line in front if not line.endswith(".")]
    return (plain or front or [""])[0]


# Editorial markup an encyclopedia leaves in its text: notes to editors ("[citation
# needed]", "[when?]", "As of 2011[update]"), footnote marks ("[12]", "[note 3]"),
# pronunciations ("/vəˈlɔːrə/", "[ˈɔstlant]"), the audio link's leftover "( listen)", and
# a transcript's stage directions ("[Applause]").
# A bracket that holds words of the quotation itself ("[his]", "[the harbour]") stays.
_IPA = "ˈˌːəɪʊʌɛæɑɒɔθðʃʒŋɐɜɲʎʁχɣβɸ"
_EDITORIAL = re.compile(
    r"\s*\[(?:\d{1,3}|[a-z]+\s\d{1,3}|update|[a-z][a-z ]{1,40}(?:needed|given|\?))\]"
    r"|\s*\(\s*listen\s*\)"
    # a footnote's page left after its mark was taken out ("near Ostland.:12", "in 1871,:28–30")
    r"|(?<=[.,;])\:\d{1,4}(?:[–-]\d{1,4})?(?=\s|$)"
    # a transcript's stage directions: "[Applause]", "[Laughter]", "[At this point, the band plays ...]"
    r"|\s*\[(?:[Aa]pplause|[Ll]aughter|[Cc]heers|[Ii]naudible|[Cc]rosstalk|[Bb]oos|[Ss]ilence|At this point"
    r"|The (?:President|Speaker|Prime Minister) (?:resumed|paused))[^\]]{0,120}\]"
    rf"|/[^/\s][^/]*[{_IPA}][^/]*/"
    rf"|\[[^\]]*[{_IPA}][^\]]*\]"
)
# What a pronunciation leaves behind: "( or ; Dutch:  ; 3 May 1721 – ...)", "(MAR-vik; Danish: )".
_EMPTY_OPENING = re.compile(r"\(\s*(?:(?:or|[A-Z]\w*:)\s*|;\s*)*(?=[^\s;])")
_EMPTY_CLOSING = re.compile(r"(?:\s*;\s*(?:or\s+)?(?:[A-Z]\w*:)?)+\s*\)")
_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")


def has_editorial_markup(text: str) -> bool:
    """Whether ``text`` holds an encyclopedia's editorial markup (see ``without_markup``)."""
    return ("[" in text or "(" in text or "/" in text or ".:" in text or ",:" in text or ";:" in text) and (
        _EDITORIAL.search(text) is not None
    )


def without_markup(text: str) -> str:
    """``text`` as a reader should see it: editorial notes, footnote marks and
    pronunciations taken out. Only for what is shown (stems, options); citations
    keep the original text, whose offsets they give."""
    if not has_editorial_markup(text):
        return text
    text = _EDITORIAL.sub("", text)
    text = _EMPTY_CLOSING.sub(")", _EMPTY_OPENING.sub("(", text))
    text = _EMPTY_BRACKETS.sub("", text)
    return re.sub(r"  +", " ", text)
