"""Moodle XML: the questions the exports carry, for Moodle's question bank import.

Moodle's XML format has no schema; what it reads is in Moodle's own importer
(``question/format/xml``). Each source gets a ``category`` pseudo-question
(``$course$/quizgen/<title>``) and its questions follow it. A multiple choice
question is ``multichoice`` with one answer at fraction 100; a cloze is Moodle's
embedded-answers ``cloze`` question, the blank written as ``{1:SHORTANSWER:=...}``
in the question text. What each question cites is its general feedback.

Texts are HTML (``format="html"``): article text is HTML-escaped first, then escaped
again for XML (``xmltext``, as ``xml.etree`` escapes), so nothing in an article can
become markup or break the file.
"""

from __future__ import annotations

import html
from typing import Any

from quizgen.bank import exported
from quizgen.export import by_source, citations, cloze_parts, split_lead, titles_of, xml_safe
from quizgen.export.xmltext import document as xml_document
from quizgen.export.xmltext import leaf

CATEGORY_ROOT = "$course$/quizgen"
# Inside an embedded answer these end the answer or mean something to Moodle's cloze
# syntax (Moodle's documentation lists ``} # ~ / " \``), and ``*`` is a wildcard to
# Moodle's short-answer grading; each is written with a backslash before it.
EMBEDDED_SPECIAL = '\\}#~/"*'


def category_path(title: str) -> str:
    """``$course$/quizgen/<title>``, the title's own slashes doubled as Moodle's
    importer reads them (``split_category_path``) so that it stays one category."""
    name = " ".join(xml_safe(title).split()).replace("/", "//") or "untitled"
    if name.startswith("/"):
        name = " " + name
    if name.endswith("/"):
        name += " "
    return f"{CATEGORY_ROOT}/{name}"


def embedded_answer(answer: str) -> str:
    """An answer as it goes inside ``{1:SHORTANSWER:=...}``: Moodle's special characters
    backslash-escaped, then HTML-escaped like the text around it (no quote entities:
    their ``#`` would end the answer)."""
    escaped = "".join("\\" + c if c in EMBEDDED_SPECIAL else c for c in answer)
    return html.escape(xml_safe(escaped), quote=False)


def _text_html(text: str) -> str:
    """Plain text as HTML, braces made entities so Moodle's cloze parser never sees
    an embedded answer in article text."""
    return html.escape(xml_safe(text), quote=False).replace("{", "&#123;").replace("}", "&#125;")


def _with_lead(text: str, q: dict[str, Any]) -> str:
    """``text`` as HTML, the sentence shown before the question's own in italics."""
    ask, lead, rest = split_lead(text, q)
    return _text_html(ask) + (f"<i>{_text_html(lead)}</i>" if lead else "") + _text_html(rest)


def _feedback_html(q: dict[str, Any], titles: dict[str, str]) -> str:
    return "<br>".join(
        f"“{_text_html(sentence)}” <i>({_text_html(title)})</i>" for sentence, title in citations(q, titles)
    )


_HTML = ' format="html"'


def _question(lines: list[str], q: dict[str, Any], titles: dict[str, str]) -> None:
    """One question's element, its lines as ``ET.indent`` lays them out (under ``<quiz>``)."""
    kind = "multichoice" if q["type"] == "mcq" else "cloze"
    if kind == "multichoice":
        questiontext = f"<p>{_with_lead(q['prompt'], q)}</p>"
    else:
        before, after = cloze_parts(q)
        blank = "{1:SHORTANSWER:=" + embedded_answer(q["answer"]) + "}"
        questiontext = f"<p>{_with_lead(before, q)}{blank}{_text_html(after)}</p>"
    ident = xml_safe(q["id"])
    lines += [
        f'  <question type="{kind}">',
        "    <name>",
        leaf("      ", "text", ident),
        "    </name>",
        f"    <questiontext{_HTML}>",
        leaf("      ", "text", questiontext),
        "    </questiontext>",
        f"    <generalfeedback{_HTML}>",
        leaf("      ", "text", _feedback_html(q, titles)),
        "    </generalfeedback>",
        "    <defaultgrade>1</defaultgrade>",
        "    <penalty>0.3333333</penalty>",
        "    <hidden>0</hidden>",
        leaf("    ", "idnumber", ident),
    ]
    if kind == "multichoice":
        lines += [
            "    <single>true</single>",
            "    <shuffleanswers>true</shuffleanswers>",
            "    <answernumbering>abc</answernumbering>",
        ]
        for i, option in enumerate(q["options"]):
            fraction = "100" if i == q["answer_index"] else "0"
            lines += [
                f'    <answer{_HTML} fraction="{fraction}">',
                leaf("      ", "text", _text_html(option)),
                f"      <feedback{_HTML}>",
                "        <text />",
                "      </feedback>",
                "    </answer>",
            ]
    lines.append("    <tags>")
    for tag in (f"quizgen-{q['fact_kind']}", f"quizgen-{q['rule_id']}"):
        lines += ["      <tag>", leaf("        ", "text", xml_safe(tag)), "      </tag>"]
    lines += ["    </tags>", "  </question>"]


def write_moodle(document: dict[str, Any]) -> bytes:
    """The bytes of ``moodle.xml``: every question ``bank.exported`` gives, once, each
    after the category of its source. Equal banks give equal bytes."""
    titles = titles_of(document)
    lines = ["<quiz>"]
    for source_id, questions in by_source(document, exported(document)):
        lines += [
            '  <question type="category">',
            "    <category>",
            leaf("      ", "text", category_path(titles.get(source_id, source_id))),
            "    </category>",
            "  </question>",
        ]
        for q in questions:
            _question(lines, q, titles)
    if len(lines) == 1:
        lines = ["<quiz />"]
    else:
        lines.append("</quiz>")
    return xml_document(lines)
