"""People, the offices they hold, and where each is mentioned.

A capitalised run of words is taken for a person only with evidence: a title
before it ("Home Secretary Ana Ruiz", "Mr Velden"), a role in apposition
("Ruiz, the home secretary," / "the home secretary, Ana Ruiz,"), a verb
of speech next to it ("Ruiz said"), or a verb right after a full name
("Tomas Velden has apologised"). A surname alone is resolved to the full name
introduced earlier in the same article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container
from dataclasses import dataclass

from quizgen.extract.tokens import (
    NAME_PARTICLES,
    Token,
    capitalised,
    in_quotation,
    is_name_word,
    lower_words,
    may_hold,
    tokenize,
)
from quizgen.lexicon import (
    CONTINENTS,
    COUNTRY_OF_DEMONYM,
    DEMONYM_WORDS,
    FAITH_WORDS,
    FEMALE_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    JOURNALIST_WORDS,
    LAW_HEADS,
    MALE_WORDS,
    MONTHS,
    NAME_GLUE,
    NOT_NAMES,
    NOT_PERSON_WORDS,
    OCCUPATIONS,
    OFFICE_WORDS,
    ORG_HEADS,
    PARTY_NAMES,
    ROLE_MODIFIERS,
    SPEECH_VERB_PATTERN,
    SPEECH_VERBS,
    WEEKDAYS,
    gazetteer,
)
from quizgen.models import Fact, Sentence

# Honorifics that say nothing about an office ("Mr Velden" has no role).
PLAIN_HONORIFICS = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lady Lord Rev Rev. Revd Reverend".split()
)
PORTFOLIO_WORDS = frozenset(
    """foreign home interior health defence defense finance justice education trade
    industry culture transport environment energy agriculture economy treasury work
    pensions security affairs development state family women children housing
    constitutional international local communities sport media science families people
    skills employment immigration equality tourism arts heritage veterans citizenship""".split()
)
_NOT_PERSON = frozenset(
    {w.capitalize() for w in ORG_HEADS}
    | DEMONYM_WORDS
    | set(MONTHS)
    | set(WEEKDAYS)
    | FAITH_WORDS
    # (a continent's words: "General Foundries Europe" is no General Foundries Europe)
    | {w for name in CONTINENTS for w in name.split() if w[0].isupper()}
    | NOT_PERSON_WORDS
    | {w.capitalize() for w in LAW_HEADS}
)
_VERBISH = frozenset(
    """has have had is was were are will would could can may might must should shall did
    does do also has not""".split()
)
_AUX = re.compile(r"[a-z]+ed$")
# What may stand between the words of a name: web pages often use a no-break space.
SPACES = (" ", "\u00a0")


@dataclass(frozen=True)
class Mention:
    """A person named in a sentence. Offsets are inside the sentence text."""

    sentence: Sentence
    start: int  # of the name as written (without title)
    end: int
    name: str  # canonical full name
    role: str  # the role stated in this sentence, '' if none
    role_start: int  # where the role phrase begins (== start when none precedes)
    after: int  # offset just past the name and any appositive role
    speaker: bool  # next to a verb of speech


def _is_verbish(token: Token | None) -> bool:
    if token is None:
        return False
    word = token.text
    return (
        word in _VERBISH
        or word in SPEECH_VERBS
        or bool(_AUX.match(word))
        or (word.endswith("s") and word.islower() and len(word) > 3 and not word.endswith("ss"))
    )


def _is_role_word(word: str) -> bool:
    low = word.lower()
    return low in OFFICE_WORDS or low in ROLE_MODIFIERS or low in PORTFOLIO_WORDS


def _office_of(text: str, tokens: list[Token], i: int) -> int:
    """The office word of a title that names its portfolio or country after "of" or
    "for" ("Minister of Health", "President of Brazil") right before token ``i``; -1 if none."""
    j = i - 1
    while j > 0 and i - j <= 7 and text[tokens[j - 1].end : tokens[j].start] in SPACES:
        word = tokens[j].text
        if not (word[0].isupper() or word in ("of", "for", "and")) or tokens[j].possessive:
            return -1
        office = tokens[j - 1].text
        if word in ("of", "for") and office.lower() in OFFICE_WORDS and office[0].isupper():
            return j - 1
        j -= 1
    return -1


def _role_before(text: str, tokens: list[Token], i: int) -> tuple[str, int]:
    """The title phrase that ends right before token ``i`` ("Home Secretary"), if any."""
    if i == 0:
        return "", -1
    last = tokens[i - 1]
    if text[last.end : tokens[i].start] not in SPACES:
        return "", -1
    j = i - 1
    if last.text not in HONORIFICS and last.text.lower() not in OFFICE_WORDS:
        j = _office_of(text, tokens, i)  # "Minister of Health ___"
        if j < 0:
            return "", -1
    while j > 0:
        prev = tokens[j - 1]
        if text[prev.end : tokens[j].start] not in SPACES:
            break
        word = prev.text
        # "Trade and Industry Secretary", "Secretary of State"; not "adviser to President ___"
        # nor "Secretary Ana Ruiz and Minister ___" (a title of someone else)
        before = tokens[j - 2].text if j >= 2 else ""
        joins = before[:1].isupper() and (
            (_is_role_word(before) and _is_role_word(tokens[j].text))
            # "Association of Rural Councils president ___": the body's name goes on
            or (word == "of" and before.lower() in ORG_HEADS)
        )
        if word in ("and", "of", "for") and joins:
            j -= 1
            continue
        if word in NOT_NAMES and word not in ("Labour", "Tory", "Conservative"):
            break
        if _is_role_word(word) or (word[0].isupper() and not prev.possessive):
            j -= 1
            continue
        break
    while j < i - 1 and tokens[j].text in ("and", "of", "for"):
        j += 1
    if last.text in PLAIN_HONORIFICS:
        # "shadow home secretary Mr Okafor": the office is what stands before "Mr";
        # "told the BBC Mr Velden": "BBC" is none
        before = text[tokens[j].start : tokens[i - 2].end] if j < i - 1 else ""
        if not _has_office(before):
            return "", last.start
        return before, tokens[j].start
    return text[tokens[j].start : last.end], tokens[j].start


# (", and the Chilean leader, ..." is the next person's role, not an aside about this one)
_APPOSITIVE_AFTER = re.compile(
    r"^,\s+(?!(?:and|or|but|nor)\s)(?:(?:the|a|an|his|her|their|its)\s+)?((?:[\w'’-]+\s+){0,9}?[\w'’-]+)"
    r"\s*(?:,|\.$|$|(?=\s(?:said|says|told|added|warned)\b))"
)
_APPOSITIVE_BEFORE = re.compile(
    r"(?:^|\b(?:the|The|a|A|an|his|her|His|Her|their)\s+)"
    r"((?:(?!(?:the|a|an|his|her|their)\s)[\w'’-]+\s+){0,8}?[\w'’-]+),\s+$"
)
# Peers are named by title and one name: "Lord Velden" is a full name.
PEERAGE = ("Lord", "Lady", "Baroness", "Baron")
# Words that cannot be inside a role phrase: a role is a noun phrase, not a clause.
_NOT_IN_ROLE = frozenset(
    """to with in on at by from into as is was were are be been has have had will would
    that which who said says told it its he she they we i you plans met""".split()
)


def _has_office(phrase: str) -> bool:
    words = [w.lower() for w in re.findall(r"[\w'’-]+", phrase)]
    return any(w in OFFICE_WORDS for w in words) and not any(
        w in SPEECH_VERBS or w in _NOT_IN_ROLE for w in words
    )


# A capitalised run after these is the object of a preposition: a verb after it is not its own.
_GOVERNING = frozenset("of for with from at by".split())
# Kinds of body a name may follow: "the law firm ___", "the campaign group ___".
_BODY_NOUNS = ORG_HEADS | frozenset(
    """firm company charity newspaper paper magazine group band broadcaster auditor auditors
    agency film movie album show series project studio label website""".split()
)
# A capitalised run after these with no role names a place or thing: "in Marvik Bay".
_BEFORE_A_THING = frozenset("in at near into inside outside across the The".split())


def _ends_with_name(phrase: str) -> bool:
    """ "former Labour MP Ana Ruiz" ends with a person's name: it is not a role.

    "chief executive of Clean Rivers Norland" ends with where the role is held.
    """
    words = phrase.split()
    i = len(words)
    while i > 0 and words[i - 1][:1].isupper() and words[i - 1].lower() not in OFFICE_WORDS:
        i -= 1
    if i == len(words) or words[-1] in HONORIFICS:
        return False
    return i == 0 or words[i - 1].lower() not in ("of", "at", "for", "the", "in")


def _name_runs(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Token index ranges ``[a, b)`` of capitalised runs that could be a person's name."""
    runs: list[tuple[int, int]] = []
    after = 0  # the first token after the last run found
    # (a capital first, what ``is_name_word`` asks first, is known of every word at once: most
    # words have none, and only the others are looked at one by one)
    for i in capitalised(text):
        if i < after or not is_name_word(tokens[i]) or _breaks_name(tokens[i]):
            continue
        j = i + 1
        while j < len(tokens) and not tokens[j - 1].possessive:
            gap = text[tokens[j - 1].end : tokens[j].start]
            if gap not in SPACES:
                break
            if (
                (is_name_word(tokens[j]) and not _breaks_name(tokens[j]))
                or (tokens[j].text in NAME_PARTICLES and _name_follows(tokens, j + 1))
                or _joined_particle(tokens[j].text)
            ):
                j += 1
                continue
            break
        runs.append((i, j))
        after = j
    return runs


_SMALL_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’]+\b(?!-)")
_SMALL_AFTER_HYPHEN = re.compile(r"\w-[a-z]")
_OPENING_MARKS = frozenset(('"', "“", "‘", "'", "("))


def _in_a_title(tokens: list[Token], k: int, written_small: Callable[[str], bool]) -> bool:
    """Whether the token at ``k``, just before a run, makes the run part of a work's title: a
    word written small, capitalised inside a sentence ("It's A Wonderful Life", "All Shook
    Up"), not opening it nor a quotation, nor one's own ("United's Brown")."""
    if k <= 0 or tokens[k - 1].text in _OPENING_MARKS:
        return False
    word = tokens[k]
    if not word.text[:1].isupper() or word.possessive or _breaks_name(word):
        return False  # (nor a title: "(later Major General) Ana Ruiz")
    return word.bare.lower() in FUNCTION_WORDS or written_small(word.bare)


def _name_follows(tokens: list[Token], j: int) -> bool:
    """Whether a name word comes at ``j``, after any more particles ("de la Cruz")."""
    while j < len(tokens) and tokens[j].text in NAME_PARTICLES:
        j += 1
    return j < len(tokens) and is_name_word(tokens[j])


def _joined_particle(word: str) -> bool:
    """A particle joined to the name it precedes: "al-Hamdani", "el-Sayed" end a name."""
    if "-" not in word:
        return False  # (most words: no particle joined)
    particle, _, rest = word.partition("-")
    return particle in NAME_PARTICLES and rest[:1].isupper()


def _breaks_name(token: Token) -> bool:
    """Titles and office words end a name: "Secretary Ana Ruiz" is a title and a name."""
    word = token.text
    return word in HONORIFICS or word.removesuffix("s") in HONORIFICS or _is_role_word(word)


def _looks_like_person(words: list[str], places: Container[str]) -> bool:
    if not _NOT_PERSON.isdisjoint(words) or " ".join(words) in places:
        return False
    return not (len(words) == 1 and words[0] in places)


def _names_a_side(tokens: list[Token], a: int, b: int) -> bool:
    """ "a Plaid Cymru MP", "Plaid Cymru's Tomas Velden": the run names the side a person is
    on (a party, a body), not a person; no one writes "a John Smith MP"."""
    nxt = tokens[b] if b < len(tokens) else None
    if nxt is None:
        return False
    if a > 0 and tokens[a - 1].text.lower() in ("a", "an") and _is_role_word(nxt.text):
        return True
    # ... or the many it is a side of: "Eurovision performers", "Velora councillors" (no one
    # writes "Ana Ruiz performers")
    plural = nxt.text.islower() and nxt.text.endswith("s") and not tokens[b - 1].possessive
    if plural and (nxt.text[:-1] in OCCUPATIONS or _is_role_word(nxt.text[:-1])):
        # (a noun, not a verb: "players had", "stars Matt Lucas and ...", not "chairs the", "stars in")
        then = tokens[b + 1].text if b + 1 < len(tokens) else ""
        return then[:1].isupper() or then in _PLURAL_SUBJECT_VERBS
    # a full name right after the possessive: the person is the one after it
    after = tokens[b + 1] if b + 1 < len(tokens) else None
    return (
        tokens[b - 1].possessive
        and b - a >= 2
        and is_name_word(nxt)
        and not _breaks_name(nxt)
        and after is not None
        and is_name_word(after)
    )


_PLURAL_SUBJECT_VERBS = frozenset("have had are were include included said say will would".split())
_FOR_A_PARTY = re.compile(rf",\s+for\s+the\s+(?:{'|'.join(sorted(PARTY_NAMES, key=len, reverse=True))}),")
# Words a role cannot end on: what follows them is still the role ("MP for Marvik and ...").
_ROLE_GOES_ON = frozenset("and of for the in at to".split())


def find_mentions(sentences: list[Sentence]) -> list[Mention]:
    """Every mention of a person in an article's sentences, with names made canonical."""
    raw: list[tuple[Sentence, int, int, list[str], str, int, int, bool, bool]] = []
    confirmed_full: list[str] = []
    bodies: set[str] = set()
    places = gazetteer().places
    # the words the article writes in small letters: one of them opening a sentence before a
    # name ("Defiant Ana Ruiz said") is no part of it (read once, where first asked: few runs are)
    small: frozenset[str] | None = None

    def written_small(word: str) -> bool:
        nonlocal small
        if small is None:
            small = frozenset(w for sentence in sentences for w in _SMALL_WORD.findall(sentence.text))
        return word.lower() in small

    for sentence in sentences:
        text = sentence.text
        tokens = tokenize(text)
        born_here = "-born" in text  # (a plain test first: a name after where one was born is rare)
        hyphens = "-" in text  # (likewise: most sentences have no hyphen for a word to run on after)
        for a, b in _name_runs(text, tokens):
            # a word run on in small letters after a hyphen is no name's: "Fly-half Ana Ruiz"
            # (a trade, then the name), "the Grand Slam-winning side" (the run ends before it)
            cut = (
                next((k for k in range(a, b) if _SMALL_AFTER_HYPHEN.search(tokens[k].bare)), None)
                if hyphens
                else None
            )
            if cut == a:
                a += 1
            elif cut is not None:
                b = cut
            after_of = a > 0 and tokens[a - 1].text in ("of", "for")
            opening = a == 0 or tokens[a - 1].text in _OPENING_MARKS
            if b - a >= 3 and after_of and tokens[a].bare in places:
                a += 1  # "President of Brazil Ana Ruiz": the country ends the title
            elif b - a >= 2 and tokens[a].bare.lower() in OCCUPATIONS:
                a += 1  # "Farmer Tomas Velden", "Rapper Vexa": a trade, then the name
            elif b - a >= 3 and tokens[a].bare in DEMONYM_WORDS:
                a += 1  # "Ostlander Tomas Velden", "American Ana Ruiz": a nationality, then the name
            elif b - a >= 3 and opening and written_small(tokens[a].bare):
                a += 1  # "Defiant Tomas Velden", "Eventually Ana Ruiz": a word the article writes small
            born = [k for k in range(a, b) if tokens[k].bare.endswith("-born")] if born_here else []
            if born:
                a = born[-1] + 1  # "South Africa-born Okafor": where he was born, then the name
            if a >= b:
                continue
            words = [t.bare for t in tokens[a:b]]
            if len(words) > 4 or not _looks_like_person(words, places) or words[0].endswith("ing"):
                continue
            if _names_a_side(tokens, a, b):
                continue
            start, end = tokens[a].start, tokens[b - 1].start + len(tokens[b - 1].bare)
            role, role_start = _role_before(text, tokens, a)
            if role.endswith((" of", " for")):
                continue  # "the Director of Public Prosecutions": the run names the office, not a person
            honorific = role_start >= 0
            if role_start < 0:
                role_start = start
            after = end
            rest = text[end:]
            m = _APPOSITIVE_AFTER.match(rest) if rest[:1] == "," else None  # (it opens with one)
            if not role and m and _has_office(m.group(1)) and not _ends_with_name(m.group(1)):
                role, after = m.group(1), end + m.end(1)
                if after < len(text) and text[after] == ",":
                    after += 1
            if not role and not honorific:
                before = text[:start]
                # the pattern ends with ", " before the name: look for that first
                m2 = _APPOSITIVE_BEFORE.search(before) if before.rstrip().endswith(",") else None
                if m2 and _has_office(m2.group(1)) and (end == len(text) or text[end] in ",."):
                    role, role_start = m2.group(1), m2.start()
                    after = end + 1
            if role and role.split()[-1] in _ROLE_GOES_ON:
                continue  # "Labour MP for Marvik and East Vale": the run ends the role's seat
            nxt = tokens[b] if b < len(tokens) else None
            # (the last token ending before the role or the name)
            k = a - 1
            while k >= 0 and tokens[k].end > role_start:
                k -= 1
            prev = tokens[k] if k >= 0 else None
            if not role and not honorific and prev is not None and prev.text in _BEFORE_A_THING:
                continue  # "in Marvik Bay", "reopening the Velora Line": a place or thing, not a person
            if not role and not honorific and _in_a_title(tokens, k, written_small):
                continue  # "the film It's A Wonderful Life", "takes of All Shook Up": a work's title
            # "the law firm Haddad Brandvold", "the Harbour Gate project": a body or a work named by
            # its kind, here and everywhere in the article
            named_kind = (
                prev is not None and prev.text.lower() in _BODY_NOUNS and text[prev.end : start] in SPACES
            ) or (nxt is not None and nxt.text in _BODY_NOUNS and text[end:].startswith(" "))
            if not role and not honorific and named_kind:
                bodies.add(" ".join(words))
                continue
            # "Smith said", "said Smith"; not "..., chief executive of X, said", whose speaker is named before
            # "partner of Haddad Brandvold said", "his work with Haddad Brandvold did not": after a
            # preposition the verb belongs to the noun before it; the run may be a firm
            governed = not role and not honorific and prev is not None and prev.text in _GOVERNING
            speaker = (
                (nxt is not None and nxt.text in SPEECH_VERBS and text[end : nxt.start] in SPACES)
                or (
                    prev is not None
                    and prev.text in SPEECH_VERBS
                    and prev.text not in _ADDRESSING  # "She told Good Morning Norland": who was told
                    and text[prev.end : role_start] in SPACES
                )
            )
            speaker = speaker and not governed
            verb_follows = _is_verbish(nxt) and text[end : end + 1] == " " and not governed
            # "Ana Ruiz, for the Liberal Democrats, accused ...": who speaks for a party
            for_a_party = len(words) >= 2 and bool(_FOR_A_PARTY.match(rest))
            evidence = bool(role) or honorific or speaker or (len(words) >= 2 and verb_follows) or for_a_party
            raw.append((sentence, start, end, words, role, role_start, after, speaker, evidence))
            if evidence and len(words) >= 2:
                confirmed_full.append(" ".join(words))
    bodies |= _called_it(raw)
    raw = [r for r in raw if " ".join(r[3]) not in bodies]
    confirmed_full = [full for full in confirmed_full if full not in bodies]
    # "Tomas Lindqvist" with no evidence of its own is confirmed by a later "Mr Lindqvist said".
    confirmed_surnames = {r[3][-1] for r in raw if r[8]}
    for r in raw:
        full = " ".join(r[3])
        if len(r[3]) >= 2 and r[3][-1] in confirmed_surnames and full not in confirmed_full:
            confirmed_full.append(full)
    by_surname: dict[str, str] = {}
    for full in confirmed_full:
        by_surname.setdefault(full.split()[-1], full)
    mentions = []
    for sentence, start, end, words, role, role_start, after, speaker, evidence in raw:
        joined = " ".join(words)
        if len(words) >= 2 and joined in confirmed_full:
            name = joined
        elif words[-1] in by_surname and (len(words) == 1 or evidence):
            name = by_surname[words[-1]]
        elif evidence:
            name = joined
        else:
            continue
        mentions.append(Mention(sentence, start, end, name, role, role_start, after, speaker))
    return mentions


def _called_it(raw: list[tuple[Sentence, int, int, list[str], str, int, int, bool, bool]]) -> set[str]:
    """The runs the article calls "its" and never "he", "she", nor by a role or title: a
    sentence opening on the run says "its" with nothing else named between ("Norland Rail
    added that its cash ...", "Velden Foods could have to restate its earnings"): a body."""
    its: set[str] = set()
    personal: set[str] = set()
    # sentence index -> its pronouns, found once for all its runs
    pronouns: dict[int, _Pronouns] = {}
    for sentence, start, end, words, role, role_start, _, _, _ in raw:
        name, text = " ".join(words), sentence.text
        if role or role_start < start:  # (a role or a title before it says a person)
            personal.add(name)
        if (found := pronouns.get(sentence.index)) is None:
            found = pronouns[sentence.index] = _Pronouns.of(text)
        # (a pronoun is a whole word: those after the run are those found from its end)
        if found.last_personal >= end:  # a "he", "his" ... after the run
            personal.add(name)
        elif (
            (first := found.first_from(end)) >= 0
            and not text[:start].strip(" \"“‘'")
            and not _SOMETHING_NAMED.search(text, end, first)
        ):
            its.add(name)
    return its - personal


_PRONOUN_WORDS = frozenset(("its", "he", "she", "his", "her", "him", "himself", "herself"))


@dataclass(frozen=True)
class _Pronouns:
    """Where a sentence says its pronouns (``_PRONOUN_AFTER``), as ``_called_it`` asks of each
    run: where the first one after the run is, and whether one after it is not "its".

    Read once per sentence, so each of its runs is answered without going over them all.
    """

    starts: tuple[int, ...]  # where each pronoun starts, in order
    last_personal: int  # where the last that is not "its" starts; -1 if none

    @staticmethod
    def of(text: str) -> _Pronouns:
        # (each pronoun is a whole run of letters: a sentence without one among its
        # ``lower_words``, as most are, has none to look for)
        if _PRONOUN_WORDS.isdisjoint(lower_words(text)):
            return _NO_PRONOUNS
        found = [(m.start(), m.group()) for m in _PRONOUN_AFTER.finditer(text)]
        last = max((at for at, word in found if word != "its"), default=-1)
        return _Pronouns(tuple(at for at, _ in found), last)

    def first_from(self, at: int) -> int:
        """Where the first pronoun at or after offset ``at`` starts; -1 if none."""
        k = bisect_left(self.starts, at)
        return self.starts[k] if k < len(self.starts) else -1


_NO_PRONOUNS = _Pronouns((), -1)


# Pronouns after a name: "its" says a thing, "he" or "her" a person ...
_PRONOUN_AFTER = re.compile(r"\b(?:its|he|she|his|her|him|himself|herself)\b")
# ... unless something else is named between them ("said it was the right of a company to ensure its")
_SOMETHING_NAMED = re.compile(r"\b(?:the|a|an|this|that|these|those)\s+[a-z]|\s[A-Z]")


# Verbs of speech whose object is who was spoken to ("told the BBC", "asked Mr Velden").
_ADDRESSING = frozenset("told tells asked asks urged urges reminded informed assured".split())
PERSON_KINDS = ("person_role", "quote_speaker")  # the fact kinds whose answer is a person
PRONOUN_SUBJECT = re.compile(r"^(?:He|She)\b")
LOOKBACK = 2  # sentences searched for the person a "he" or "she" refers to


def mentions_by_sentence(mentions: list[Mention]) -> dict[int, list[Mention]]:
    """Sentence index -> the mentions of people in that sentence, in order."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence.index, []).append(m)
    return by_sentence


def first_roles(mentions: list[Mention]) -> dict[str, str]:
    """Name -> the first role the article gives that person ("Home Secretary")."""
    roles: dict[str, str] = {}
    for m in mentions:
        if m.role:
            roles.setdefault(m.name, m.role)
    return roles


# People who report or present the story are not what a civics quiz is about.
REPORTER_WORDS = re.compile(rf"\b(?:{'|'.join((*JOURNALIST_WORDS, 'presenter', 'interviewer'))})s?\b", re.I)
REPORTER_BEFORE = re.compile(rf"{REPORTER_WORDS.pattern},?\s+$", re.I)  # "BBC political correspondent ___"
_REPORTER_AFTER = re.compile(rf"^,\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}{REPORTER_WORDS.pattern}", re.I)


def reporters(mentions: list[Mention]) -> frozenset[str]:
    """People the article introduces as its journalists ("The BBC's home affairs
    correspondent, Lena Okafor, said ..."): who reports the story is not in it,
    even where a later sentence names them alone ("Lena Okafor said ...")."""
    return frozenset(
        m.name
        for m in mentions
        # (not "... to a Welsh reporter, Tory MP ___ has insisted": a role of their own between)
        if (
            m.role_start == m.start
            and REPORTER_BEFORE.search(m.sentence.text[max(0, m.start - 60) : m.start])
        )
        or _REPORTER_AFTER.match(m.sentence.text[m.end : m.end + 60])
    )


def _title_before(m: Mention) -> str:
    """The word right before a mention's name ("Lord" of "Lord Velden"), or ''."""
    words = m.sentence.text[: m.start].split()
    return words[-1] if words else ""


def peer_name(m: Mention) -> str:
    """ "Lord Velden" for a peer named by title and one name; '' for anybody else."""
    title = _title_before(m)
    if " " not in m.name and title in PEERAGE and m.sentence.text[m.start - 1] == " ":
        return f"{title} {m.name}"
    return ""


def full_name(m: Mention) -> str:
    """The name a question can give a person by: a full name, or a peer's title and name."""
    return m.name if " " in m.name else peer_name(m)


_MALE = frozenset("Mr Mr. Sir Lord Baron King Prince".split())
_FEMALE = frozenset("Mrs Mrs. Ms Ms. Miss Dame Lady Baroness Queen Princess".split())


def genders(mentions: list[Mention]) -> dict[str, str]:
    """Name -> "he" or "she", for people the article gives a title or a role that says which
    ("Mrs", "actress")."""
    out = {}
    for m in mentions:
        title, role = _title_before(m), {w.lower() for w in m.role.split()}
        if title in _MALE or role & MALE_WORDS:
            out.setdefault(m.name, "he")
        elif title in _FEMALE or role & FEMALE_WORDS:
            out.setdefault(m.name, "she")
    return out


# A sentence that is one quotation and nothing else.
WHOLLY_QUOTED = re.compile(r"^[“\"][^“\"”]+[”\"]?\s*$")
# Nouns for a person (not "head", "member", "executive": parts and bodies too)
_PERSON_NOUNS = sorted(
    (OFFICE_WORDS | OCCUPATIONS | {"source", "colleague", "friend", "insider"})
    - {"prime", "head", "member", "executive", "general", "chief", "justice", "lord", "speaker", "watchdog"}
    - {"mps", "officials", "ministers", "sources"}  # "he" is none of several
)
# "A spokesman for the Home Office defended ...", "The prime minister stepped up ...",
# '"...," said the chairman of ...': a person not named is who the sentence is about,
# and a later "he" or "she" may be that person.
# (a phrase of when may come first: "On Monday the Chilean president met ...")
_OPENER = (
    r"(?:(?:But|And|However|Meanwhile|Earlier|Later|Yet|Still|Now),?\s+)?"
    r"(?:(?:On|In|At|During|After|Before|Since|Last|This|Earlier|Later)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,?\s+)?"
)
_DETERMINER = r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
_UNNAMED_PERSON = re.compile(
    rf"(?:^[“\"‘']?{_OPENER}|\b(?:{SPEECH_VERB_PATTERN})\s+){_DETERMINER}\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?P<noun>(?i:{'|'.join(_PERSON_NOUNS)}))\b(?![\w'’-])"
)
_DETERMINER_FIRST = re.compile(rf"^\W*{_OPENER}{_DETERMINER}\b")  # where the pattern can match at all
# The letters each noun opens with ("vice" of "vice-president"): the pattern's noun stands after
# a space, so a sentence that does not hold one of them (``may_hold``) has no match.
_PERSON_NOUN_LETTERS = frozenset(re.findall(r"[a-z]+", noun)[0] for noun in _PERSON_NOUNS)
# (not "would be admitted": a passive names nobody who speaks)
# (the looks behind asked only at a word's start that opens a verb: the same matches, searched
# three times as fast as with them asked first, at every place of a sentence)
_SPEAKS = re.compile(
    rf"\b(?=[{''.join(sorted({verb[0] for verb in SPEECH_VERBS}))}])"
    rf"(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?:{SPEECH_VERB_PATTERN})\b"
)
_PRONOUN_SAYS = re.compile(
    rf"\b(?:[Hh]e|[Ss]he)\s+(?:\w+\s+)?(?:{SPEECH_VERB_PATTERN})\b|\b(?:{SPEECH_VERB_PATTERN})\s+(?:he|she)\b"
)
_HE_OR_SHE = frozenset(("he", "she"))


def _pronoun_says(text: str) -> bool:
    """Whether ``_PRONOUN_SAYS`` finds a "he" or "she" speaking in ``text``.

    Its pronoun is a whole run of letters, so a sentence without one among its
    ``lower_words`` (most) has no match: the pattern, which tries its verbs at every
    word, is searched only in the others."""
    return not _HE_OR_SHE.isdisjoint(lower_words(text)) and _PRONOUN_SAYS.search(text) is not None


# "the chairman of the Commons transport committee, Labour MP Ana Ruiz", "An
# engineer from an early age, Mr Okafor ...", "The Attorney General, Lord Velden":
# the name comes after the noun
_NAME_AFTER = re.compile(
    r"(?:\s+(?:of|for|at|to|in|from)\b[^;“\"”]{0,80}?)?,\s+(?:[\w'’.-]+\s+){0,4}"
    r"|(?:\s+[A-Z][\w'’.-]*,?)*\s+"
)
MAX_QUOTED_SKIPPED = 3  # sentences of a quotation read past to reach who opened it
_QUOTE_MARK = re.compile(r"[“”\"]")
_MARKED = re.compile(r"[“\"”](?!\W*$)")  # a quote mark with words after it


def quotation_run_on(sentences: list[Sentence]) -> frozenset[int]:
    """Sentences that only carry on a quotation: one opened in an earlier sentence and
    not yet closed ("But we simply do not know yet."), or a sentence that is a quotation
    and nothing else. Nobody new is introduced in them, so "he" looks past them."""
    out = set()
    open_, unmarked = False, 0
    for sentence in sentences:
        text = sentence.text.strip()
        if sentence.role != "body":
            open_ = False
            continue
        # (most sentences hold no quote mark: then none of the patterns below can match)
        quoted = '"' in text or "“" in text or "”" in text
        marked = quoted and _MARKED.search(text) is not None
        unmarked = 0 if marked else unmarked + 1
        if unmarked > MAX_QUOTED_SKIPPED:
            open_ = False  # a stray quote mark must not open the rest of the text
        if (quoted and WHOLLY_QUOTED.match(text)) or (open_ and not marked):
            out.add(sentence.index)
        if not quoted:
            continue
        # A paragraph of a quotation opens again with a quote mark: still open, not closed.
        if open_ and text[:1] in '“"':
            text = text[1:]
        for c in _QUOTE_MARK.findall(text):
            if c == '"':
                open_ = not open_
            elif c in "“”":
                open_ = c == "“"
    return frozenset(out)


@dataclass(frozen=True)
class Discourse:
    """Who one article names where: what a "he" or "she" can safely stand for."""

    by_sentence: dict[int, list[Mention]]
    gender_of: dict[str, str]  # name -> "he" or "she", where a title says which
    role_words: dict[str, frozenset[str]]  # name -> the words of every role given, lower case
    run_on: frozenset[int]  # sentences that only carry on a quotation
    unnamed: dict[int, frozenset[str]]  # sentence -> how it names people it does not name
    others_speak: frozenset[int]  # sentences where somebody other than a "he" or "she" speaks


def _unnamed_people(sentence: Sentence, here: list[Mention]) -> frozenset[str]:
    """How ``sentence`` refers to people it does not name ("spokesman", "prime minister"),
    outside quotations."""
    text = sentence.text
    out: set[str] = set()
    if not (_DETERMINER_FIRST.match(text) or not SPEECH_VERBS.isdisjoint(lower_words(text))):
        return frozenset()  # the pattern cannot match: most sentences
    if not may_hold(text, _PERSON_NOUN_LETTERS):
        return frozenset()  # nor without one of its nouns: most of the others
    for m in _UNNAMED_PERSON.finditer(text):
        if in_quotation(text, m.start()):
            continue
        if any(p.start >= m.end() and _NAME_AFTER.fullmatch(text[m.end() : p.start]) for p in here):
            continue  # the noun stands before a name
        out.add(m.group("noun").lower())
    return frozenset(out)


def role_words(role: str) -> frozenset[str]:
    """A role's words, a demonym read as its country: "Chilean president" ~ "president of Chile"."""
    words = (COUNTRY_OF_DEMONYM.get(w, w) for w in role.split())
    return frozenset(w.lower() for w in words if w.lower() not in ("the", "of"))


def read_discourse(sentences: list[Sentence], mentions: list[Mention]) -> Discourse:
    """What ``antecedent`` needs to know about one article."""
    by_sentence = mentions_by_sentence(mentions)
    held: dict[str, frozenset[str]] = {}
    for m in mentions:
        held[m.name] = (
            held.get(m.name, frozenset()) | role_words(m.role) | ({"peer"} if peer_name(m) else set())
        )
    unnamed = {s.index: u for s in sentences if (u := _unnamed_people(s, by_sentence.get(s.index, [])))}
    others_speak = frozenset(
        s.index
        for s in sentences
        if not SPEECH_VERBS.isdisjoint(lower_words(s.text))
        and (v := _SPEAKS.search(s.text))
        and not in_quotation(s.text, v.start())
        and not (PRONOUN_SUBJECT.match(s.text) or _pronoun_says(s.text))
    )
    return Discourse(by_sentence, genders(mentions), held, quotation_run_on(sentences), unnamed, others_speak)


def _people_in(
    d: Discourse, window: list[int], pronoun: str, resolved: dict[int, tuple[Mention, str]] | None
) -> list[tuple[int, Mention]]:
    """(sentence, person) for each person named outside quotations in ``window`` whose
    gender (where known) fits ``pronoun``, in order; where nobody is named, the people
    the window's own "he" (or "she") were found to be."""
    named = [
        (k, m)
        for k in window
        for m in d.by_sentence.get(k, [])
        if not in_quotation(m.sentence.text, m.start)
        # (a "she" goes back only to a woman the article says is one: news names more men, and
        # "[Tomas Velden] starred as the lead" for "She starred ..." is false)
        and d.gender_of.get(m.name, "" if pronoun == "she" else pronoun) == pronoun
    ]
    if named or not resolved or any(k not in resolved and k in d.others_speak for k in window):
        return named  # ("But Lena Okafor, who ..., warned": somebody not taken in speaks)
    return [(k, resolved[k][0]) for k in window if k in resolved and resolved[k][1] in (pronoun, "")]


def antecedent(
    discourse: Discourse, index: int, pronoun: str, resolved: dict[int, tuple[Mention, str]] | None = None
) -> Mention | None:
    """The person a "he" or "she" (``pronoun``) of sentence ``index`` is, where that is
    safe: the only person of that gender named in the ``LOOKBACK`` sentences before it.

    A name inside a quotation is somebody the speaker talks about ("during
    (Velden's) visit," he argued), not a speaker "he" can go back to. ``resolved``
    gives, per earlier sentence, the person its own pronoun (given too) was found to
    be: "X said ... . He added ... . He also stressed ..." all go back to X. Where the
    sentences before only carry on a quotation, the one that opened it is read too.
    A person mentioned without a name after the one found ("a spokeswoman said",
    "the prime minister", unless the one found holds that office), or anybody else
    speaking after, makes it unsafe.
    """
    d = discourse
    if index in d.run_on:
        return None  # "He simply ran out of time ...": the quoted speaker's "he"
    window = list(range(max(index - LOOKBACK, 0), index))
    people = _people_in(d, window, pronoun, resolved)
    if not people:
        k = index - 1
        while k in d.run_on and k >= index - LOOKBACK - MAX_QUOTED_SKIPPED:
            k -= 1
        if 0 <= k < index - LOOKBACK:
            window = [k, *window]
            people = _people_in(d, [k], pronoun, resolved)
    if len({m.name for _, m in people}) != 1:
        return None
    last_at, last = people[-1]
    held = d.role_words.get(last.name, frozenset())
    if any(
        d.unnamed.get(k, frozenset()) - held or (k > last_at and k in d.others_speak)
        for k in window
        if k >= last_at
    ):
        return None  # ("But Tomas Lindqvist, a spokesman for Fair Courts, told ...": somebody else speaks)
    return last


def resolve_pronoun_subjects(sentences: list[Sentence], discourse: Discourse) -> dict[int, str]:
    """For sentences opening with "He" or "She": the person meant, where that is safe
    (see ``antecedent``) and the sentence names nobody itself. Returns sentence
    index -> full name."""
    resolved: dict[int, tuple[Mention, str]] = {}
    out = {}
    for sentence in sentences:
        pronoun = PRONOUN_SUBJECT.match(sentence.text)
        if not pronoun or sentence.index in discourse.by_sentence:
            continue
        said = pronoun.group().lower()
        person = antecedent(discourse, sentence.index, said, resolved)
        if person is not None and (name := full_name(person)):
            resolved[sentence.index] = (person, said)
            out[sentence.index] = name
    return out


# "Sir Tomas Velden" in full, and "Sir Tomas" alone (not "Sir Tomas Velden", "Sir Jon Brandvold's").
_KNIGHT_IN_FULL = re.compile(r"\b(?:Sir|Dame) [A-Z][a-z]+ [A-Z][\w'’-]*[a-z]")
SHORT_TITLE = re.compile(r"\b(?:Sir|Dame) [A-Z][a-z]+\b(?!\s+[A-Z]|-)")


def resolve_short_titles(sentences: list[Sentence]) -> dict[int, str]:
    """For sentences naming a knight by title and first name ("Sir Tomas was made ..."),
    the full name the article gives ("Sir Tomas Velden"), where only one fits. Returns
    sentence index -> full name; a student has not read the sentence that said which."""
    # (both patterns need "Sir " or "Dame ": a plain test skips most sentences first)
    knighted = [s for s in sentences if "Sir " in s.text or "Dame " in s.text]
    full: dict[str, set[str]] = {}
    for sentence in knighted:
        for m in _KNIGHT_IN_FULL.finditer(sentence.text):
            name = re.sub(r"['’]s$", "", m.group())
            full.setdefault(" ".join(name.split()[:2]), set()).add(name)
    out = {}
    for sentence in knighted:
        m = SHORT_TITLE.search(sentence.text)
        if m and len(names := full.get(m.group(), set())) == 1:
            out[sentence.index] = next(iter(names))
    return out


# "..., Green leader Ana Ruiz has said": attribution, not predicate.
_ATTRIBUTION = re.compile(r",\s+[^,]{3,80}?\s+(?:has |have |had )?(?:said|says|told \w+|warned|claimed)$")
# "..., he said", "..., Tomas Velden pledged as he unveiled ...": somebody else's words.
_SPEAKER_AFTER = re.compile(r",\s+(?:he|she|they|[A-Z]\w+ [A-Z]\w+)\s+(?:\w+ed|said|says|told)\b")


# "..., it has been confirmed": how the news came out, not part of what was done.
_CONFIRMED = re.compile(r",\s+it (?:has been|was|is) (?:confirmed|announced|revealed|reported|understood)$")


def predicate_after(text: str, after: int) -> str:
    """The verb phrase after a sentence's subject, up to the end of its main clause."""
    rest = text[after:].strip()
    rest = re.sub(r"[.!?]+[\"'”’]?$", "", rest).strip()
    cut = re.search(r",\s+(?:who|which|where|while|as|but|and|although|though)\b|;|\s[-–—]\s", rest)
    if cut and len(rest[: cut.start()].split()) >= 4:
        rest = rest[: cut.start()]
    rest = _CONFIRMED.sub("", rest)
    if _ATTRIBUTION.search(rest) or _SPEAKER_AFTER.search(rest):
        return ""
    # "will also provide ...": asked alone, there is nothing for "also" to add to
    rest = re.sub(r"^((?:\w+ )?)also ", r"\1", rest)
    quotes = sum(rest.count(q) for q in '"“”')
    if quotes % 2:
        return ""
    return rest


_PERSONS_AIDE = re.compile(
    rf"(?:{'|'.join(map(re.escape, sorted(PLAIN_HONORIFICS)))})\s+[A-Z][\w'’-]*['’]s\b"
)


def stem_role(role: str) -> str:
    """A role as it reads after "Which": office words in lower case ("Home Secretary" ->
    "home secretary"), names of parties, countries and bodies kept ("Home Office
    minister", "chief executive of Marvik Local Health Board"). Somebody's deputy ("Ms
    Ruiz's deputy") is no office to ask after: ''."""
    if _PERSONS_AIDE.match(role):
        return ""
    words = role.split()
    opens = len(words) > 1 and words[1].islower() and words[1] not in NAME_GLUE
    if opens and (words[0].lower() in ORG_HEADS or words[0].endswith("ed")):
        # capitalised only by opening the sentence: "Committee chairman", "Distinguished surgeon"
        words[0] = words[0].lower()
    # A run of capitalised words that does not end on an office word is a proper name
    # ("Home Office", "Marvik Local Health Board"): it keeps its capitals.
    proper: set[int] = set()
    k = 0
    while k < len(words):
        end = k
        while end < len(words) and words[end][:1].isupper():
            end += 1
        if end > k and not _is_role_word(words[end - 1]):
            proper.update(range(k, end))
        k = end + 1
    out = []
    for k, w in enumerate(words):
        if w.startswith("Ex-"):
            out.append("ex-" + w[3:])  # "Ex-Labour minister"
        elif (w.isupper() and len(w) > 1) or k in proper:
            out.append(w)  # an acronym ("MP", "MEP") keeps its capitals, a name its own
        elif w in PLAIN_HONORIFICS:
            continue
        elif _is_role_word(w):
            out.append(w.lower())
        else:
            out.append(w)
    while out and out[-1] in ("lord", "lady", "baroness", "baron"):
        out.pop()  # "former Labour MP Lord Velden": the title is part of the name
    phrase = " ".join(out)
    # "Labour peer and a farm union leader": the first role reads as one after "Which"
    phrase = re.split(r"\s+and\s+(?:a|an|the)\s+", phrase, maxsplit=1)[0]
    phrase = re.sub(r"^(the|a|an|his|her|their)\s+", "", phrase, flags=re.I)
    # "the party's treasury spokesman": which party is in a sentence the student has not seen
    return re.sub(r"^[a-z][\w-]*['’]s\s+", "", phrase)


def extract_people(mentions: list[Mention]) -> list[Fact]:
    """Facts "this person, with this role, did this", from mentions by full name.

    Only mentions that spell out the full name make facts, so that answers and
    distractors read alike ("Tomas Velden", never "Mr Velden").
    """
    roles = first_roles(mentions)
    journalists = reporters(mentions)
    facts = []
    for m in mentions:
        text = m.sentence.text
        if text[m.start : m.end].replace("\u00a0", " ") != m.name:
            continue
        start, answer = m.start, text[m.start : m.end]
        if " " not in m.name:
            answer = peer_name(m)
            if not answer:
                continue
            start = m.start - len(answer) + len(m.name)
        predicate = ""
        lead = text[: m.role_start].strip()
        if lead in ("", "The", "the") and text[m.after : m.after + 1] == " ":
            nxt = tokenize(text[m.after :])[:1]
            if nxt and _is_verbish(nxt[0]) and not nxt[0].text[0].isupper():
                predicate = predicate_after(text, m.after)
        slots = [("name", answer), ("role", stem_role(m.role or roles.get(m.name, "")))]
        if predicate:
            slots.append(("predicate", predicate))
        if m.name in journalists:
            slots.append(("reporter", "yes"))
        facts.append(Fact("person_role", answer, start, m.sentence, tuple(slots)))
    return facts
