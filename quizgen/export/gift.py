"""GIFT: the questions the exports carry as a text file Moodle's GIFT import reads.

One question a line, blank lines between: ``::<id>::[plain] stem {=right ~wrong ...
####citation}`` for multiple choice, and for a cloze the missing-word form, the
answer braces where the blank is (``... {=answer ####citation} ...``). A
``$CATEGORY:`` line opens the questions of each source.

In every piece of text GIFT's special characters ``~ = # { } :`` and the backslash
are escaped with a backslash (Moodle's ``escapedchar_pre``), and a line break is
written ``\\n``, so article text can never end an answer or a question. Texts are
marked ``[plain]``: Moodle shows them as written (never as HTML) and compares a
typed answer with the answer exactly as the article says it.
"""

from __future__ import annotations

from typing import Any

from quizgen.bank import exported
from quizgen.export import by_source, citations, cloze_parts, titles_of
from quizgen.export.moodle import category_path

SPECIAL = "\\~=#{}:"


def escape(text: str) -> str:
    """``text`` as GIFT text: each special character after a backslash, line breaks as ``\\n``."""
    # One replace per special character, the backslash first (the backslashes put in after it
    # are not escaped again): str.translate with a table of strings took three and a half
    # times as long, and an export escapes every stem, option and citation.
    for c in SPECIAL:
        if c in text:
            text = text.replace(c, "\\" + c)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _feedback(q: dict[str, Any], titles: dict[str, str]) -> str:
    cited = "\n".join(f"“{sentence}” ({title})" for sentence, title in citations(q, titles))
    return f" ####{escape(cited)}"


def question_line(q: dict[str, Any], titles: dict[str, str]) -> str:
    """One question as one GIFT line."""
    head = f"::{escape(q['id'])}::[plain] "
    if q["type"] == "mcq":
        choices = " ".join(
            ("=" if i == q["answer_index"] else "~") + escape(option) for i, option in enumerate(q["options"])
        )
        return f"{head}{escape(q['prompt'])} {{{choices}{_feedback(q, titles)}}}"
    before, after = cloze_parts(q)
    # A typed answer is graded by Moodle's short-answer matcher, where ``*`` is a wildcard.
    answer = escape(q["answer"]).replace("*", "\\*")
    return f"{head}{escape(before)}{{={answer}{_feedback(q, titles)}}}{escape(after)}"


def category_line(title: str) -> str:
    """``$CATEGORY: $course$/quizgen/<title>``. Moodle takes the rest of this line as the
    category path without undoing GIFT escapes, so the title is written as it is (on
    one line; its slashes doubled as in Moodle XML)."""
    return f"$CATEGORY: {category_path(title)}"


def write_gift(document: dict[str, Any]) -> bytes:
    """The bytes of ``questions.gift``: every question ``bank.exported`` gives, once,
    after the category of its source."""
    titles = titles_of(document)
    blocks = []
    for source_id, questions in by_source(document, exported(document)):
        blocks.append(category_line(titles.get(source_id, source_id)))
        blocks += [question_line(q, titles) for q in questions]
    return ("\n\n".join(blocks) + "\n").encode("utf-8")
