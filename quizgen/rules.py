"""Question rules: YAML files in ``question_bank/``, rendered in Jinja2's sandbox.

A rule names the kind of fact it applies to, the question type it makes, a
Jinja2 stem template and how distractors are chosen. The engine here only loads,
checks and renders rules; what questions look like is entirely in the files, so
a teacher adds a question kind without touching Python.
"""

from __future__ import annotations

import hashlib
import html
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

import yaml
from jinja2 import StrictUndefined, Template, TemplateError, nodes
from jinja2.sandbox import SandboxedEnvironment

from quizgen.check_settings import CHECKS_FILE
from quizgen.clean import has_editorial_markup, without_markup
from quizgen.discourse import with_topic
from quizgen.distractors import STRATEGIES, WANTED, Pool, pick_distractors
from quizgen.errors import RuleError
from quizgen.extract import FACT_KINDS
from quizgen.extract.numbers import FIGURE_KINDS, SIGN_OF_CURRENCY
from quizgen.extract.orgs import acronyms_of
from quizgen.extract.people import PERSON_KINDS, PRONOUN_SUBJECT, SHORT_TITLE
from quizgen.lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    LOWER_RANK,
    ONE_HOLDER_OFFICES,
    WHEN_HELD,
    article_for,
    countries_of_places,
    load_yaml,
    party_forms,
    party_of,
    related_forms,
)
from quizgen.models import Fact, Question, Sentence, Source, SourceRef
from quizgen.review import REVIEW_FILE

QUESTION_TYPES = ("mcq", "cloze")
DISTRACTOR_STRATEGIES = tuple(STRATEGIES)
BLANK = "_____"
# (a currency sign may stand between: "an £___ bid" reads "an eight million pound bid")
_ARTICLE_BEFORE_BLANK = re.compile(rf"\b([Aa]n?) ((?:[A-Z]{{0,3}}[$£€¥])?){BLANK}")
# "an ___ stake in": an article, the blank, one noun, then a preposition or the clause's end
_FIGURE_BEFORE_NOUN = re.compile(
    rf"\b([Aa]n?) {BLANK} ([a-z]{{3,}})(\s+(?:in|of|on|for|to|from|at|with|by|over|after)\b|[,.;:]|$)"
)
_BARE_FIGURE = re.compile(r"^[£$€]?\d[\d,.]*(?:%|bn|m|k)?$")
_LEADING_CONJUNCTION = re.compile(r"^(?:But|And|However,)\s+(\w)")
_KEYS = {
    "id",
    "description",
    "kind",
    "type",
    "priority",
    "requires",
    "when",
    "stem",
    "distractors",
    "explanation",
}
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
# Every name a stem template may use; slots a fact lacks render as ''.
CONTEXT_NAMES = (
    "answer",
    "sentence",
    "blanked",
    "cloze",
    "source_title",
    "from_story",
    "name",
    "role",
    "predicate",
    "speaker",
    "quote",
    "full_utterance",
    "unit",
    "form",
    "place_kind",
    "org_type",
    "body",
    "subject",
    "topic",
    "named",
    "titled",
    "verb",
    "disputed",
    "reported",
    "lead",
    # founding documents (extract/legal.py): the question a clause answers, the part of the
    # document it sits in, the document's title, the clause blanked and as a cloze
    "ask",
    "part",
    "document",
    "clause",
    "clause_cloze",
    "line",
    "line_cloze",
    "figure",
    "speech",
    "speech_speaker",
    "speech_kind",
    "speech_occasion",
    "speech_date",
    "speech_year",
    "speech_office",
    "story",
)


_NO_SLOTS = dict.fromkeys(CONTEXT_NAMES, "")  # (copied for each draft, not built again)


@dataclass(frozen=True)
class Rule:
    """One question rule as written in its YAML file (see question_bank/README.md)."""

    id: str
    file: str
    kinds: tuple[str, ...]
    type: str
    stem: str
    distractors: str
    priority: int = 0
    requires: tuple[str, ...] = ()
    when: tuple[tuple[str, str], ...] = ()  # slot -> required value
    explanation: str = ""
    description: str = ""


def make_environment() -> SandboxedEnvironment:
    """The sandbox every rule template renders in: no Python internals, no undefined names."""
    return SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)


_GLOBALS = dict(
    make_environment().globals
)  # range, dict, namespace ...: what a template sees besides its context


def _line_of(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    return f"line {mark.line + 1}: " if mark is not None else ""


def parse_rule(path: Path, env: SandboxedEnvironment) -> tuple[Rule | None, list[str]]:
    """Read and check one rule file; return the rule or the list of what is wrong with it."""
    name = path.name
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))  # (libyaml's parser, where there is one)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return None, [f"{name}: {_line_of(exc)}YAML syntax error ({problem})"]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [f"{name}: cannot read it ({exc})"]
    if not isinstance(data, dict):
        return None, [f"{name}: a rule file must be a mapping of keys (id, kind, type, stem ...)"]
    problems = [f"{name}: unknown key {key!r}" for key in sorted(set(data) - _KEYS)]
    # The id, never the file name, is what question ids are made from: renaming a file keeps them.
    rule_id = str(data.get("id") or "")
    if not rule_id:
        problems.append(f"{name}: no 'id'; add a line 'id: {path.stem}' (question ids are made from it)")
    elif not _ID.match(rule_id):
        problems.append(f"{name}: id {rule_id!r} must be lowercase letters, digits, - or _")
    kind, qtype = data.get("kind"), data.get("type")
    kinds = tuple(kind) if isinstance(kind, list) else (kind,)
    for k in kinds:
        if k not in FACT_KINDS:
            problems.append(f"{name}: unknown fact kind {k!r} (one of {', '.join(FACT_KINDS)})")
    if qtype not in QUESTION_TYPES:
        problems.append(f"{name}: unknown type {qtype!r} (one of {', '.join(QUESTION_TYPES)})")
    strategy = data.get("distractors", "none" if qtype == "cloze" else None)
    if strategy not in DISTRACTOR_STRATEGIES:
        problems.append(
            f"{name}: unknown distractors {strategy!r} (one of {', '.join(DISTRACTOR_STRATEGIES)})"
        )
    stem = data.get("stem")
    if not isinstance(stem, str) or not stem.strip():
        problems.append(f"{name}: 'stem' must be a Jinja2 template string")
    else:
        try:
            template = env.from_string(stem)
            template.render({k: "x" for k in CONTEXT_NAMES})
        except TemplateError as exc:
            line = getattr(exc, "lineno", None)
            where = f"line {line} of the stem: " if line else ""
            problems.append(f"{name}: {where}template error ({exc.message or exc})")
    requires = data.get("requires") or []
    when = data.get("when") or {}
    if not isinstance(requires, list) or not isinstance(when, dict):
        problems.append(f"{name}: 'requires' must be a list and 'when' a mapping")
    if problems:
        return None, problems
    return Rule(
        id=rule_id,
        file=name,
        kinds=kinds,
        type=qtype,
        stem=stem,
        distractors=strategy,
        priority=int(data.get("priority", 0)),
        requires=tuple(str(r) for r in requires),
        when=tuple((str(k), str(v)) for k, v in when.items()),
        explanation=str(data.get("explanation", "")),
        description=str(data.get("description", "")),
    ), []


RULE_GLOB = "*.y*ml"  # the files of a rules folder that hold rules, but the review


def rule_files(folder: Path) -> list[Path]:
    """The rule files of ``folder`` in name order: its YAML files but the teacher's review and
    checks settings."""
    return sorted(p for p in folder.glob(RULE_GLOB) if p.name not in (REVIEW_FILE, CHECKS_FILE))


def load_rules(folder: Path) -> tuple[Rule, ...]:
    """Every rule of ``folder``, highest priority first; all broken files reported at once."""
    if not folder.is_dir():
        raise RuleError([f"{folder}: no rules folder; run 'quizgen init' or pass --rules DIR"])
    env = make_environment()
    rules: list[Rule] = []
    problems: list[str] = []
    for path in rule_files(folder):
        if path.stem == Path(REVIEW_FILE).stem:  # review.yml: a review the build would not read
            problems.append(f"{path.name}: the review is read from {REVIEW_FILE}; rename it")
            continue
        rule, errs = parse_rule(path, env)
        problems.extend(errs)
        if rule is not None:
            rules.append(rule)
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            problems.append(f"{rule.file}: id {rule.id!r} is already used by {seen[rule.id]}")
        seen[rule.id] = rule.file
    if problems:
        raise RuleError([f"{folder}/{p}" for p in problems])
    if not rules:
        raise RuleError([f"{folder}: no rule files (*.yaml); run 'quizgen init' to get the built-in ones"])
    return tuple(sorted(rules, key=lambda r: (-r.priority, r.id)))


def applies(rule: Rule, fact: Fact) -> bool:
    """Whether a rule can ask about a fact: same kind, required slots set, conditions met."""
    if fact.kind not in rule.kinds:
        return False
    # (a loop, not ``any`` of a generator, and ``all`` only where the rule has conditions (one
    # rule has): asked of every rule of a fact's kind for each fact drafted)
    for name in rule.requires:
        if not fact.slot(name):
            return False
    return not rule.when or all(fact.slot(name) == value for name, value in rule.when)


def asks_outright(q: Question) -> bool:
    """A multiple-choice stem that asks for the answer instead of blanking it out of the sentence."""
    return q.type == "mcq" and BLANK not in q.prompt


@lru_cache(maxsize=65536)  # (a fact's slots, its sentence and its lead are read for each draft of it)
def as_read(text: str) -> str:
    """Article text as a student reads it: "fianc&#233;e" is "fiancée" (some sources keep HTML
    entities), an encyclopedia's "[citation needed]" or "( listen)" is not shown, spaces run
    together are one, a currency sign written out before its figure is a sign again ("pounds
    1,250", "pounds ___"), and a figure's conversion in brackets ("$100m (£52m)") is not
    shown (``_CONVERSION``)."""
    text = without_markup(html.unescape(text) if "&" in text else text)
    if "  " in text:  # (a line of a wrapped paragraph indented: "to be free⏎    from")
        text = _SPACES.sub(" ", text)
    if _has_currency_word(text):
        text = _SIGN_WRITTEN_OUT.sub(_as_sign, text)
    return _CONVERSION.sub(r"\1", text) if "(" in text else text


_SPACES = re.compile(r"  +")


def _has_currency_word(text: str) -> bool:
    """Whether ``text`` may hold a currency written out ("pounds 1,250"): every such word ends
    in "s"; then a plain test (for ASCII, ignoring case is lowercasing, ``discourse._lowered``)."""
    if "s " not in text:
        return False
    return not text.isascii() or any(map(text.lower().__contains__, SIGN_OF_CURRENCY))


def _as_sign(m: re.Match[str]) -> str:
    return (m.group(1) or "") + SIGN_OF_CURRENCY[m.group(2).lower()]


# Where the answer stands in a sentence read as a student reads it (``template_context``).
_ANSWER_MARK = "\x00"
# A figure restated in brackets in another currency or unit, right after it: "$100m (£52m)",
# "300 miles (480 km)", "250 yuan (dollars 30; pounds 16)". The bracket says again what the
# figure says, so a stem asking the figure would give it away (or leave it out): it is not
# shown. A bracket holding the answer itself stays (and the gates drop that question).
# A currency before a figure, as a sign or written out ("US$", "£", "dollars "), and a figure
# with its scale ("52m", "1.5 billion"): read here and by ``gates._change_told``.
CURRENCY = rf"(?:[A-Z]{{0,3}}[$£€¥]\s?|(?:{'|'.join(SIGN_OF_CURRENCY)})\s)"
AMOUNT = r"\d[\d.,]*\s?(?:bn|m|k|tn|million|billion|trillion)?"
# (a bracket going on in words is an aside, not a unit: "3 games (2 at home)")
_NOT_A_UNIT = "(?:at|in|on|up|down|from|of|to|the|a|an|and|or|for|per|with|by|than|more|less)"
_CONVERSION = re.compile(
    rf"((?:{AMOUNT}|{_ANSWER_MARK})(?:\s[^\W\d]+\.?){{0,2}})"
    rf"\s\((?:about |approx\.? |c\. |~|roughly |around |some )?{CURRENCY}?{AMOUNT}"
    rf"(?:\s?(?!{_NOT_A_UNIT}\b)[^\W\d]+\.?){{0,2}}(?:\s*[;,/]\s*[^(){_ANSWER_MARK}]*)?\)",
    re.I,
)
# (before a figure, or at the end of the text before a blank; a country's letters may come
# first: "USdollars 42 million" is "US$42 million")
_SIGN_WRITTEN_OUT = re.compile(
    rf"\b((?-i:[A-Z]{{1,3}}))?({'|'.join(SIGN_OF_CURRENCY)})\s(?=\d|$|{_ANSWER_MARK})", re.I
)


def read_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text before and after ``text[start:end]`` (an answer), each as a student reads it
    (``as_read``), read as one: markup or a conversion around the answer ("(German: ;
    10 November 1483 – ...)", "$___ (£52m)") is taken out whole, not left half on either side."""
    before, _, after = as_read(f"{text[:start]}{_ANSWER_MARK}{text[end:]}").partition(_ANSWER_MARK)
    return before, after


def _without_one_holder_title(before: str) -> str:
    """``before`` without the title it ends on, where that is the title of an office one person
    holds at a time ("Prime Minister ", "Russian President "; not "Vice President ", "former
    President "): see titles.yaml ``one_holder_offices``."""
    m = _ONE_HOLDER_TITLE.search(before)
    if m is None:
        return before
    held = (before[: m.start()].split() or [""])[-1].lower()
    if held in WHEN_HELD or held in LOWER_RANK or LOWER_RANK & set(m.group().lower().split()):
        return before
    return _THE_AT_END.sub("", before[: m.start()])  # ("met the ___", not "met the Ana Ruiz")


_THE_AT_END = re.compile(r"\b[Tt]he\s+$")


# A title ending the text: country words and the office ("UK Prime Minister ", "President ")
_ONE_HOLDER_TITLE = re.compile(
    r"(?:\b[A-Z][\w.]*\s+)*?\b(?:"
    + "|".join(" ".join(w.capitalize() for w in o.split()) for o in ONE_HOLDER_OFFICES)
    + r")\s+$"
)


def template_context(fact: Fact, source_title: str, options: tuple[str, ...] = ()) -> dict[str, Any]:
    """What a stem template sees: the fact's slots and the sentence in three forms.

    ``options`` are the question's choices, when it has them: an article before
    the blank ("an ___") stays only where every option takes it.
    """
    text, s = fact.sentence.text, fact.answer_start
    e = s + len(fact.answer)
    context: dict[str, Any] = dict(_NO_SLOTS)
    context.update((k, as_read(v)) for k, v in fact.slots)
    before, after = read_around(text, s, e) if s >= 0 else ("", "")
    # (a quotation the sentence opens and the next goes on with is closed where it is cut)
    closing = _closing_mark(text)
    after += closing
    blanked = before + BLANK + after if s >= 0 else ""
    # (a cloze leaves out the title of an office one person holds at a time right before a
    # person's blank: "Prime Minister ___" names whom everybody of that time knows)
    a_person = fact.kind in PERSON_KINDS and before[-1:] == " "
    cloze_before = _without_one_holder_title(before) if a_person else before
    cloze = cloze_before + "{{c1::" + fact.answer + "}}" + after if s >= 0 else ""
    # (Each rewrite is tried only where a cheap test says it can apply: drafting is
    # done tens of thousands of times in a large build.)
    if s > 0 and _LEADING_CONJUNCTION.match(text):
        # "But just ___ was spent": the contrast is with a sentence the student has not seen.
        blanked, cloze = _without_conjunction(blanked), _without_conjunction(cloze)
    # (a cloze keeps its own "a" or "an": read back with its answer, "a(n) House of Lords
    # ruling" was failed as ungrammatical twice, where "an ___" hinting at a vowel was once)
    article_before = s > 0 and _article_before_blank(fact)
    if article_before and len({article_for(o) for o in options}) != 1:
        # "towards an ___ employment rate": "an" would say the answer starts with a vowel
        # (unless every option starts with one); a bare figure goes after its noun instead
        # ("bought an ___ stake in" -> "bought a stake of ___ in"), else "a(n) ___"
        moved = _FIGURE_BEFORE_NOUN.sub(lambda m: f"{m[1][0]} {m[2]} of {BLANK}{m[3]}", blanked, count=1)
        if _BARE_FIGURE.match(fact.answer) and moved != blanked:
            blanked = moved
        else:
            blanked = _ARTICLE_BEFORE_BLANK.sub(lambda m: f"{m[1][0]}(n) {m[2]}{BLANK}", blanked)
    subject = fact.slot("subject")
    if subject and s > 0:
        # "He said ..." -> "[Ana Ruiz] said ...": the student is told who "he" is.
        blanked, cloze = (PRONOUN_SUBJECT.sub(f"[{subject}]", x, count=1) for x in (blanked, cloze))
    about = ""
    if topic := fact.slot("topic"):
        # "The river rises ..." -> "The river [the Velora] rises ...": which river; a sentence
        # that does not name it says what it is about ("About Marvik: The festival held here ...",
        # before the sentence shown first, if any)
        reference, name = topic.split("|", 1)
        about = "" if reference else f"About {name}: "
        blanked, cloze = (with_topic(x, reference, name) if x else x for x in (blanked, cloze))
    if named := fact.slot("named"):
        # "the agency" -> "the agency [the Norland Water Agency]": the article named it before
        blanked, cloze = (with_topic(x, *named.split("|", 1)) if x else x for x in (blanked, cloze))
    said_story = ""
    if (story := fact.slot("story")) and not fact.slot("disputed"):
        # A report's sentence says which story it is from by its headline ("From “Ostland narrowly
        # avoids recession”: ..."): "the deficit", "the firm", "this year" are of that story; a
        # headline naming the answer or an option is shown with their words blanked
        if _gives_away(story, fact.answer, options, role := fact.slot("role")):
            # (not a figure's or a date's: "Guantanamo _____ free" reads as a second blank)
            named = fact.kind not in FIGURE_KINDS and fact.kind != "date"
            story = masked_story(story, fact.answer, options, role) if named else ""
        if story:
            about = said_story = from_story(story)
    if (titled := fact.slot("titled")) and s >= 0:
        # "Sir Tomas was made ..." -> "Sir Tomas [Velden] was made ...": which Sir Tomas
        short, surname = titled.rsplit(" ", 1)
        at = SHORT_TITLE.search(text)
        if at is not None and text.find(short) == at.start() and not at.start() <= s < at.end():
            blanked, cloze = (x.replace(short, f"{short} [{surname}]", 1) for x in (blanked, cloze))
    if lead := fact.slot("lead"):
        # The sentence before, shown first: "The move followed ..." after what the move was.
        lead = _without_conjunction(as_read(lead))
        blanked, cloze = (f"{lead} {x}" if x else x for x in (blanked, cloze))
    if about:
        blanked, cloze = (f"{about}{x}" if x else x for x in (blanked, cloze))
    if fact.slot("disputed"):
        # Sources disagree on this figure: the question says whose figure it asks for.
        blanked, cloze = (f"According to “{source_title}”: {x}" for x in (blanked, cloze))
    context.update(
        answer=fact.answer,
        sentence=as_read(text) + closing,
        blanked=blanked,
        cloze=cloze,
        source_title=source_title,
        from_story=said_story,
    )
    return context


def _closing_mark(text: str) -> str:
    """The mark that closes a quotation ``text`` opens and does not close (the speaker goes on
    in the next sentence: 'Ana Ruiz said: "We will appeal.'), else ''."""
    if "“" in text and text.count("“") > text.count("”"):
        return "”"
    last = text.rfind('"')
    opens = last >= 0 and text.count('"') % 2 and (last == 0 or not text[last - 1].isalnum())
    return '"' if opens and text[last + 1 : last + 2].isalnum() else ""


@lru_cache(maxsize=4096)  # (a headline is read for each draft of its story, by the gates and the ranking too)
def from_story(headline: str) -> str:
    """What opens a report's question to say which story it is from: "From “<headline>”: "."""
    return f"From “{as_read(headline).translate(_INNER_QUOTES)}”: "


def without_story(prompt: str, fact: Fact) -> str:
    """``prompt`` less the headline that says which story it is from (``from_story``), whole
    or blanked (``masked_story``): what is read as the question, when its length is weighed
    and what it leans on is read."""
    return without_headline(prompt, story) if (story := fact.slot("story")) else prompt


def shows_headline(prompt: str, fact: Fact) -> bool:
    """Whether ``prompt`` shows the fact's story's headline whole (not blanked, not left off)."""
    return bool(story := fact.slot("story")) and from_story(story) in prompt


def without_headline(prompt: str, headline: str) -> str:
    """``prompt`` less the "From “<headline>”: " that opens its stem, whole or blanked."""
    if (told := from_story(headline)) in prompt:
        return prompt.replace(told, "", 1)
    return _MASKED_STORY.sub("", prompt, count=1)


_MASKED_STORY = re.compile(rf"From “[^”]*{BLANK}[^”]*”: ")


def masked_story(headline: str, answer: str, options: tuple[str, ...] = (), role: str = "") -> str:
    """``headline`` with each word that says the answer or an option blanked ("___ leads Bafta
    race"), where what is left gives neither away (``_gives_away``) and still names two things;
    else '' (not shown). Read blind, a question whose headline was left off for naming its answer
    often said neither what nor when ("nominated in 11 categories": for what?)."""
    if _says_office(headline, role) or any(c.isdigit() for x in (answer, *options) for c in x):
        return ""  # (a figure is written in pieces a word's blank would split: "$1.8bn")
    said = frozenset().union(*(_told_words(x) for x in (answer, *options)))

    def says(word: str) -> bool:
        w = _figure_of(word.lower())  # (either word may be the other said longer: "Chile", "Chilean")
        return any(w == t or min(len(t), len(w)) >= 4 and (w.startswith(t) or t.startswith(w)) for t in said)

    blanked = [w for w in _WORD.findall(headline) if says(w)]
    named = {w.lower() for w in _WORD.findall(answer)}
    if answer != answer.lower() and any(w.islower() and w not in named for w in blanked):
        # (a common word akin to a word of a name: "Giving financial gifts to ___" above "its new
        # {{Child Trust Fund}}" was read as blanking the answer, which cannot fill it)
        return ""
    masked = _RUN_OF_BLANKS.sub(BLANK, _WORD.sub(lambda m: BLANK if says(m.group()) else m.group(), headline))
    if _TITLE_THEN_NAME.search(masked) and any(w in HONORIFICS for w in blanked):
        # (the title of the answer blanked before somebody else's name: "_____ Scarman" above
        # "{{Lord Falconer}} paid tribute", failed blind: the answer cannot fill it)
        return ""
    left = [w for w in _WORD.findall(masked) if w.lower() not in FUNCTION_WORDS]
    # (two blanks the answer cannot both fill: "_____ in EU tariff chaos _____ row" was failed)
    once = masked.count(BLANK) == 1
    return masked if once and len(left) >= 2 and not _gives_away(masked, answer, options, role) else ""


_TITLE_THEN_NAME = re.compile(rf"{BLANK} [A-Z]")
_RUN_OF_BLANKS = re.compile(rf"{BLANK}(?:[\s'’-]+{BLANK})+")


# (the drafting asks it of a question's options, and its context asks again with the same ones)
@lru_cache(maxsize=65536)
def _gives_away(headline: str, answer: str, options: tuple[str, ...], role: str = "") -> bool:
    """Whether ``headline`` says a word of the answer or of an option, or of another name of
    it ("Iranian" of Iran, ``related_forms``; "Tory" of the Tories), other than a function word,
    or a place inside it ("Guantanamo" of Cuba), or the office of the person asked (``role``:
    "says PM" of a prime minister): shown before the question, it would give the answer away or
    rule an option out. A word said longer counts ("recessions", "Labourites"), a figure
    however it ends ("18s" of "18th"), and an acronym its words spell.

    Asked of each name apart (``_says``): a question's options are its own, but each of them
    is offered for many questions, and the answer is asked with several sets of options."""
    return _says_office(headline, role) or any(_says(headline, x) for x in (answer, *options))


@lru_cache(maxsize=65536)
def _says(headline: str, name: str) -> bool:
    """Whether ``headline`` says ``name``, an answer or an option, as ``_gives_away`` tells."""
    if not _headline_reads(headline).isdisjoint(_told_words(name)):
        return True
    if name.isupper() and 2 < len(name) <= 8 and _spells(headline, name):
        return True  # "Tsunami to hit Sri Lanka banks" spells most of "SLBA"
    if not _headline_words(headline).isdisjoint(acronyms_of(name)):
        return True  # "Police probe BNP leaflet" before "the British National Party"
    if _shortens(headline, name):
        return True  # "Man Utd stroll to Cup win" before "Manchester United"
    return not _places_in(headline).isdisjoint(_countries_named(name))


def _shortens(headline: str, name: str) -> bool:
    """Whether ``headline`` says ``name`` (two capitalised words or more) by a short form of
    each of them in turn, each opening on the word's first letter and spelling some of its
    letters in order ("Man Utd" of "Manchester United", "Natl Gallery" of "National Gallery")."""
    words = [w for w in name.split() if w[:1].isupper()]
    if len(words) < 2 or len(words) != len(name.split()):
        return False
    said = _CAPITALISED_WORD.findall(headline)
    return any(
        said[i : i + len(words)] != words
        and all(
            _abbreviates(short, word) for short, word in zip(said[i : i + len(words)], words, strict=True)
        )
        for i in range(len(said) - len(words) + 1)
    )


def _abbreviates(short: str, word: str) -> bool:
    """Whether ``short`` is ``word`` or a short form of it: its first letter, then some of its
    letters in order ("Utd" of "United", "Man" of "Manchester")."""
    if len(short) < 2 or short[0] != word[0] or len(short) > len(word):
        return False
    rest = iter(word[1:].lower())
    return all(c in rest for c in short[1:].lower())


_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’-]*")


@lru_cache(maxsize=65536)
def _says_office(headline: str, role: str) -> bool:
    """Whether ``headline`` says the office ``role``, by its words or an acronym ("PM")."""
    if not role:
        return False
    return role.lower() in headline.lower() or not _headline_words(headline).isdisjoint(acronyms_of(role))


@lru_cache(maxsize=4096)
def _places_in(headline: str) -> frozenset[str]:
    """The countries of the places ``headline`` names, any place inside them counting."""
    return countries_of_places(headline)


@lru_cache(maxsize=65536)
def _countries_named(name: str) -> frozenset[str]:
    """The countries ``name`` names by their own names."""
    return countries_of_places(name, inside=False)


def _spells(headline: str, acronym: str) -> bool:
    """Whether words of ``headline`` in a row begin with the acronym's first three letters."""
    return acronym[:3] in _initials(headline)


@lru_cache(maxsize=4096)
def _headline_words(headline: str) -> frozenset[str]:
    return frozenset(_WORD.findall(headline))


@lru_cache(maxsize=4096)
def _initials(headline: str) -> str:
    return "".join(w[0] for w in _WORD.findall(headline)).upper()


@lru_cache(maxsize=4096)  # (an article's headline is read for each draft of its story)
def _headline_reads(headline: str) -> frozenset[str]:
    """What a word must be for ``headline`` to say it: one of its words, or the first four
    letters or more of one ("recession" is said by "recessions"). A set of them, so that
    ``_gives_away`` tests each word of the options once, not against every word of the headline."""
    said = [_figure_of(w) for w in _WORD.findall(headline.lower())]
    return frozenset(said) | {h[:k] for h in said for k in range(4, len(h) + 1)}


@lru_cache(maxsize=65536)  # (an answer or option is read for each question of it)
def _said_words(name: str) -> frozenset[str]:
    """The lowercased words of ``name`` and of its other names (``related_forms``, a party's)."""
    forms = related_forms(name) | (party_forms(party) if (party := party_of(name)) else set())
    return frozenset(_figure_of(w) for form in forms for w in _WORD.findall(form.lower()))


@lru_cache(maxsize=65536)  # (an answer or option is read against many headlines)
def _told_words(name: str) -> frozenset[str]:
    """``_said_words`` of ``name`` but function words: the words a headline gives it away by."""
    return _said_words(name) - FUNCTION_WORDS


_WORD = re.compile(r"[^\W_]+")
_FIGURE_ENDING = re.compile(r"(?<=\d)(?:s|st|nd|rd|th|bn|m|k)$")


def _figure_of(word: str) -> str:
    """A word as compared: a figure without its ending ("18th", "18s" -> "18")."""
    return _FIGURE_ENDING.sub("", word) if word[:1].isdigit() else word


# A headline shown in quotation marks has its own quotations in single marks.
_INNER_QUOTES = str.maketrans({"“": "‘", "”": "’", '"': "'"})


def _without_conjunction(text: str) -> str:
    """``text`` without an opening "But", "And" or "However,"."""
    return _LEADING_CONJUNCTION.sub(lambda m: m.group(1).upper(), text)


def render_stem(env: SandboxedEnvironment, rule: Rule, context: dict[str, Any]) -> str:
    """The rule's stem for one fact, whitespace tidied. Raises ``RuleError`` if it fails."""
    return _render(_compile(env, rule.stem), rule, context)


@dataclass(frozen=True)
class Compiled:
    """A rule's template compiled, and what it joins where it only joins text and names of
    the context ("Which date completes the sentence? {{ blanked }}", as most stems do)."""

    template: Template
    # (text, whether it is a name of the context), in order; None: the template does more
    # (a condition, a filter ...). Such a template renders to its pieces joined, each name
    # as its value (the text Jinja writes of a string), without making a Jinja context.
    joined: tuple[tuple[str, bool], ...] | None = None
    names: frozenset[str] = frozenset()  # the names it joins


def _compile(env: SandboxedEnvironment, template: str) -> Compiled:
    joined = _pieces(env.parse(template))
    names = frozenset(x for x, is_name in joined or () if is_name)
    return Compiled(env.from_string(template), joined, names)


def _pieces(template: nodes.Template) -> tuple[tuple[str, bool], ...] | None:
    """What a template joins (``Compiled.joined``), or None where it does more."""
    pieces: list[tuple[str, bool]] = []
    for node in template.body:
        if not isinstance(node, nodes.Output):
            return None
        for child in node.nodes:
            if isinstance(child, nodes.TemplateData):
                pieces.append((child.data, False))
            elif isinstance(child, nodes.Name) and child.name in CONTEXT_NAMES:
                pieces.append((child.name, True))
            else:
                return None
    return tuple(pieces)


def _render(compiled: Compiled, rule: Rule, context: dict[str, Any]) -> str:
    if compiled.joined is not None and compiled.names <= context.keys():
        out = "".join(str(context[x]) if is_name else x for x, is_name in compiled.joined)
    else:
        try:
            # What Template.render does, less copying the environment's globals out of a
            # chain of mappings for every draft: they are merged in from a plain dict.
            template = compiled.template
            ctx = template.new_context({**_GLOBALS, **context}, shared=True)
            out = template.environment.concat(template.root_render_func(ctx))  # type: ignore[attr-defined]
        except TemplateError as exc:
            raise RuleError([f"{rule.file}: template error ({exc})"]) from exc
    return " ".join(out.split())  # runs of white space made one space


def question_id(rule: Rule, fact: Fact) -> str:
    """A stable id from what the question asks, never from its position in a build.

    The rule, the answer and the words of the cited sentence identify a question:
    adding an article, reordering files or editing another paragraph keeps it.
    """
    key = f"{rule.id}|{fact.answer.lower()}|{fact.sentence.source_id}|{_words_of(fact.sentence.text)}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# (a sentence gives several drafts, and they come fact by fact, not sentence by sentence)
@lru_cache(maxsize=65536)
def _words_of(text: str) -> str:
    return " ".join(_WORD_CHARS.findall(text.lower()))


_WORD_CHARS = re.compile(r"\w+")  # (compiled here: see ``gates._LONG_WORD``)


def _cite(sentence: Sentence, sources: dict[str, Source]) -> SourceRef:
    """The citation of ``sentence``: the file's own text, line breaks and all."""
    source = sources[sentence.source_id]
    return SourceRef(
        sentence.source_id,
        source.file,
        sentence.start,
        sentence.end,
        source.text[sentence.start : sentence.end],
    )


def _led_without_options(
    rule: Rule, at: int, fact: Fact, prompt: str, sources: dict[str, Source]
) -> Draft | None:
    """``_without_options`` for ``fact`` with the sentence before shown first (``with_lead``),
    or None where ``rule`` does not ask that. (Its prompt is the plain one's: a stem that
    shows the blanked sentence is read for whether it blanks the answer alone, ``Hopeless``.)"""
    led = with_lead(fact)
    return _without_options(rule, at, led, prompt, sources) if applies(rule, led) else None


def with_lead(fact: Fact) -> Fact:
    """``fact``, asked with the sentence before it shown first (see ``Fact.before``)."""
    if fact.before is None:
        return fact
    return replace(fact, slots=(*fact.slots, ("lead", fact.before.text)))


@lru_cache(maxsize=1024)
def _compiled(template: str) -> Compiled:
    """A rule's template compiled in the sandbox, once per text (``draft_questions`` is called
    again for the drafts the gates dropped, and compiling costs far more than rendering)."""
    return _compile(_SANDBOX, template)


_SANDBOX = make_environment()


@dataclass(frozen=True)
class Draft:
    """A question with the fact it came from, for the gates to judge."""

    question: Question
    fact: Fact
    priority: int = 0  # the rule's priority: when a sentence can give only two questions, these win
    rule_at: int = 0  # the rule's place in the rules tried (highest priority first)


# Whether a multiple-choice draft, given without its options, and (asked for when needed) its
# form with the sentence before shown first, are dropped whatever options they get
# (``gates.dropped_whatever_its_options``).
Hopeless = Callable[[Draft, Callable[[], "Draft | None"]], bool]


def _without_options(rule: Rule, at: int, fact: Fact, prompt: str, sources: dict[str, Source]) -> Draft:
    """A stand-in for the multiple-choice draft of ``rule`` for ``fact`` before its options are
    picked, for ``Hopeless``, with ``prompt`` (the stem shown without options)."""
    question = Question(
        id="",
        type=rule.type,
        prompt=prompt,
        answer=fact.answer,
        sources=(),
        fact_kind=fact.kind,
        rule_id=rule.id,
        context=_cite(fact.before, sources) if fact.before and fact.slot("lead") else None,
    )
    return Draft(question, fact, rule.priority, at)


def _article_before_blank(fact: Fact) -> bool:
    """Whether "a" or "an" stands just before the answer, or before its currency ("an £8m bid",
    "an pounds 8m bid"): the options may make it "a(n)"."""
    before = fact.sentence.text[max(0, fact.answer_start - 24) : fact.answer_start]
    return before.endswith(("a ", "A ", "an ", "An ")) or bool(_ARTICLE_AND_CURRENCY.search(before))


# An article and a currency, sign or word, at the end of the text before an answer
_ARTICLE_AND_CURRENCY = re.compile(rf"\b[Aa]n? {CURRENCY}$")


def settled(plain: Draft) -> bool:
    """Whether ``plain``, a multiple-choice draft before its options are picked (its stem
    showing the blanked sentence, ``shows_blanked``), says the answer's words wherever it
    will whatever they are (the leak check reads them). The options change a stem only by
    "a(n)" before the blank and by the story's headline: they blank their own words in it
    (``masked_story``), or leave off a figure's or a date's headline naming one of them;
    neither takes out a word of the answer's, which a headline shown without options
    never says (it is blanked or left off already). (Checked: builds are byte-identical
    with this and with "no headline shown" as the test.)"""
    return not _article_before_blank(plain.fact)


@lru_cache(maxsize=1024)
def shows_blanked(stem: str) -> bool:
    """Whether a stem template shows the sentence with its answer blanked (``{{ blanked }}``)
    whatever its context: outside any condition, loop or filter. Its prompt then blanks the
    answer wherever the sentence holds it, whatever the options: they change ``blanked`` only
    by "a(n)" before the blank and by the story's headline before it (``template_context``).
    (``draft_questions`` asks it of each multiple-choice rule it tries while redrafting.)"""
    return any(
        isinstance(node, nodes.Output)
        and any(isinstance(n, nodes.Name) and n.name == "blanked" for n in node.nodes)
        for node in _SANDBOX.parse(stem).body
    )


def draft_questions(
    facts: Sequence[Fact],
    rules: tuple[Rule, ...],
    pool: Pool,
    seed: int,
    sources: dict[str, Source],
    starts: Sequence[int] | None = None,
    hopeless: Hopeless | None = None,
) -> list[Draft]:
    """Apply the first rule that fits each fact; a rule that cannot fill its options is skipped.

    ``starts``: for each fact, the place in ``rules`` to start from (the gates dropped the
    draft of the rules before it, see ``gates.screen_drafts``); from the first by default.
    ``hopeless``: a multiple-choice rule whose draft it says the gates drop whatever its
    options is skipped too, before they are picked (``gates.first_drafts``, ``gates.screen_drafts``).

    Option order and distractors come from a generator seeded with the build's seed
    and the question's id, so a question does not change when others are added.
    """
    # Compiled once per build: compiling a template costs far more than rendering it.
    stems = {r.id: _compiled(r.stem) for r in rules}
    explanations = {r.id: _compiled(r.explanation) for r in rules if r.explanation}
    # The rules of each kind of fact, with their places: a fact is tried only against those.
    by_kind: dict[str, list[tuple[int, Rule]]] = {}
    for at, rule in enumerate(rules):
        for kind in dict.fromkeys(rule.kinds):
            by_kind.setdefault(kind, []).append((at, rule))
    drafts = []
    for n, fact in enumerate(facts):
        if has_editorial_markup(fact.answer):
            continue  # "1990[12]": no answer a student could write or pick
        source = sources[fact.sentence.source_id]
        start = starts[n] if starts is not None else 0
        plain: dict[str, Any] | None = None  # the fact's context without options, for each rule tried
        for at, rule in by_kind.get(fact.kind, ()):
            if at < start or not applies(rule, fact):
                continue
            options: tuple[str, ...] = ()
            answer_index = None
            shown = qid = ""
            if rule.type == "mcq":
                # what the student reads rules options out: those it names are no options
                if plain is None:
                    plain = template_context(fact, source.title)
                context = plain
                shown = _render(stems[rule.id], rule, context)
                # (passed over before its options are picked, where redrafting and the gates would
                # drop it whatever they are: its stem must blank the answer whatever they are)
                if (
                    hopeless is not None
                    and fact.answer_start >= 0
                    and shows_blanked(rule.stem)
                    and hopeless(
                        _without_options(rule, at, fact, shown, sources),
                        partial(_led_without_options, rule, at, fact, shown, sources),
                    )
                ):
                    continue
                # (the id and the generator made only now: a rule passed over needs neither)
                qid = question_id(rule, fact)
                rng = random.Random(f"{seed}:{qid}")
                wrong = pick_distractors(rule.distractors, fact, pool, rng, shown)
                if len(wrong) < WANTED or any(map(has_editorial_markup, wrong)):
                    continue
                options = (fact.answer, *wrong)
                order = list(range(len(options)))
                rng.shuffle(order)
                options = tuple(options[i] for i in order)
                answer_index = order.index(0)
            prompt = shown
            # (only "a(n) ___" and a story's headline, which an option's name may be in, depend
            # on the options: otherwise the stem is the one shown)
            article = _article_before_blank(fact)
            told = bool(options) and plain is not None and bool(plain["from_story"])
            story, role = fact.slot("story"), fact.slot("role")
            if not shown or article or told and _gives_away(story, fact.answer, options, role):
                if plain is not None and not options:
                    context = plain
                else:
                    context = template_context(fact, source.title, options)
                if rule.type == "cloze" and not context["cloze"]:
                    continue
                prompt = _render(stems[rule.id], rule, context)
            refs = tuple(_cite(s, sources) for s in fact.sentences)
            question = Question(
                id=qid or question_id(rule, fact),
                type=rule.type,
                prompt=prompt,
                answer=fact.answer,
                sources=refs,
                fact_kind=fact.kind,
                rule_id=rule.id,
                options=options,
                answer_index=answer_index,
                explanation=_render(explanations[rule.id], rule, context) if rule.id in explanations else "",
                context=_cite(fact.before, sources) if fact.before and fact.slot("lead") else None,
            )
            drafts.append(Draft(question, fact, rule.priority, at))
            break
    return drafts
