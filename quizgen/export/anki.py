"""The Anki deck: one note per question, updated in place when the teacher rebuilds.

Model and deck ids are constants (or derived from the deck's name), and a note's
GUID comes from the question's stable id, so re-importing a rebuilt deck updates
the notes students already have instead of duplicating them. Every field is
HTML: article text is escaped before it goes in.
"""

from __future__ import annotations

import hashlib
import html
import io
import itertools
import re
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import genanki

from quizgen.bank import exported
from quizgen.export import one_line, split_lead

# Chosen once; never change them, or Anki makes a second note type.
MCQ_MODEL_ID = 1_607_392_319
CLOZE_MODEL_ID = 1_607_392_320

CSS = """
.card { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  font-size: 20px; line-height: 1.45; color: #111; background: #fff;
  max-width: 40em; margin: 0 auto; padding: 0.5em; text-align: left; }
.stem { font-weight: 600; margin-bottom: 0.6em; }
ol.options { list-style: upper-alpha; padding-left: 1.6em; margin: 0; }
ol.options li { margin: 0.25em 0; }
ol.options li.correct { font-weight: 700; color: #0a5c2c; }
ol.options li.correct::after { content: " \\2713"; }
.answer { margin-top: 0.6em; font-weight: 700; }
.citation { margin-top: 0.8em; font-size: 0.85em; color: #333;
  border-left: 3px solid #999; padding-left: 0.6em; }
.citation mark { background: #fff3a0; }
.source { font-size: 0.8em; color: #555; margin-top: 0.3em; font-style: italic; }
.cloze { font-weight: 700; color: #0645ad; }
.nightMode .card, .night_mode .card { color: #eee; background: #222; }
.nightMode .citation, .night_mode .citation { color: #ccc; }
@media (max-width: 480px) { .card { font-size: 18px; } }
"""

MCQ_MODEL = genanki.Model(
    MCQ_MODEL_ID,
    "quizgen Multiple Choice",
    fields=[
        {"name": n}
        for n in ("Stem", "Options", "OptionsMarked", "Answer", "Citation", "Source", "QuestionId")
    ],
    templates=[
        {
            "name": "Card 1",
            "qfmt": '<div class="stem">{{Stem}}</div>{{Options}}',
            "afmt": '<div class="stem">{{Stem}}</div>{{OptionsMarked}}'
            '<div class="citation">{{Citation}}</div><div class="source">{{Source}}</div>',
        }
    ],
    css=CSS,
)

CLOZE_MODEL = genanki.Model(
    CLOZE_MODEL_ID,
    "quizgen Cloze",
    fields=[{"name": n} for n in ("Text", "Citation", "Source", "QuestionId")],
    templates=[
        {
            "name": "Cloze",
            "qfmt": "{{cloze:Text}}",
            "afmt": '{{cloze:Text}}{{#Citation}}<div class="citation">{{Citation}}</div>{{/Citation}}'
            '<div class="source">{{Source}}</div>',
        }
    ],
    css=CSS,
    model_type=genanki.Model.CLOZE,
)

_CLOZE = re.compile(r"\{\{c1::(.*?)\}\}", re.S)


def deck_file_name(deck_name: str) -> str:
    """The .apkg file name for a deck: its name with unsafe characters replaced."""
    safe = re.sub(r"[^\w.-]+", "_", deck_name).strip("_") or "quizgen"
    return f"{safe}.apkg"


def deck_id(name: str) -> int:
    """A stable deck id from the deck's name."""
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest()[:12], 16) % (1 << 31) + (1 << 30)


def highlight(sentence: str, answer: str) -> str:
    """The cited sentence as HTML, the answer marked; everything escaped."""
    i = sentence.find(answer)
    if i < 0:
        return html.escape(sentence)
    return (
        html.escape(sentence[:i])
        + "<mark>"
        + html.escape(answer)
        + "</mark>"
        + html.escape(sentence[i + len(answer) :])
    )


def _with_lead(text: str, q: dict[str, Any], escape: Callable[[str], str]) -> str:
    """``text`` escaped, the sentence shown before the question's own in italics."""
    ask, lead, rest = split_lead(text, q)
    return escape(ask) + (f'<i class="lead">{escape(lead)}</i>' if lead else "") + escape(rest)


def cloze_html(prompt: str, q: dict[str, Any] | None = None) -> str:
    """A cloze prompt as HTML: text escaped, braces outside the deletion made inert, the
    sentence shown before (``q``'s context) in italics."""

    def inert(text: str) -> str:
        return html.escape(text).replace("{", "&#123;").replace("}", "&#125;")

    m = _CLOZE.search(prompt)
    if m is None:
        return _with_lead(prompt, q or {}, html.escape)
    inner = inert(m.group(1)).replace(":", "&#58;")
    return (
        _with_lead(prompt[: m.start()], q or {}, inert) + "{{c1::" + inner + "}}" + inert(prompt[m.end() :])
    )


def _tag(text: str) -> str:
    return re.sub(r"[^\w:-]+", "_", text).strip("_")


def _citation(q: dict[str, Any], skip_first: bool = False) -> str:
    refs = q["sources"][1:] if skip_first else q["sources"]
    return "<br>".join(highlight(one_line(r["sentence"]), q["answer"]) for r in refs)


def _source_titles(q: dict[str, Any], titles: dict[str, str]) -> str:
    return "; ".join(html.escape(titles.get(r["source_id"], r["file"])) for r in q["sources"])


def build_notes(document: dict[str, Any]) -> list[genanki.Note]:
    """One note per question the exports carry (``bank.exported``), in bank order."""
    titles = {s["source_id"]: s["title"] for s in document["sources"]}
    notes = []
    for q in exported(document):
        tags = [f"source:{_tag(r['source_id'])}" for r in q["sources"]]
        tags += [f"kind:{_tag(q['fact_kind'])}", f"rule:{_tag(q['rule_id'])}"]
        guid = genanki.guid_for(q["id"])
        if q["type"] == "mcq":
            items = [html.escape(o) for o in q["options"]]
            front = "".join(f"<li>{o}</li>" for o in items)
            back = "".join(
                f'<li class="correct">{o}</li>' if i == q["answer_index"] else f"<li>{o}</li>"
                for i, o in enumerate(items)
            )
            letter = chr(65 + q["answer_index"])
            fields = [
                _with_lead(q["prompt"], q, html.escape),
                f'<ol class="options">{front}</ol>',
                f'<ol class="options">{back}</ol>',
                f"{letter}. {html.escape(q['answer'])}",
                _citation(q),
                _source_titles(q, titles),
                q["id"],
            ]
            notes.append(genanki.Note(model=MCQ_MODEL, fields=fields, guid=guid, tags=tags))
        else:
            # The cloze itself is the first cited sentence: the back adds only the others.
            fields = [
                cloze_html(q["prompt"], q),
                _citation(q, skip_first=True),
                _source_titles(q, titles),
                q["id"],
            ]
            notes.append(genanki.Note(model=CLOZE_MODEL, fields=fields, guid=guid, tags=tags))
    return notes


def write_deck(document: dict[str, Any], deck_name: str, timestamp: float) -> bytes:
    """The bytes of an .apkg holding every question of the bank.

    ``timestamp`` stamps the notes: Anki updates a note the student already has
    only when the imported one is newer, so the build passes the time of its
    newest input. Given the same timestamp, the bytes are the same.
    """
    deck = genanki.Deck(deck_id(deck_name), deck_name)
    for note in build_notes(document):
        deck.add_note(note)
    package = genanki.Package(deck)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(db)
        # A scratch file, read once and deleted: it need not survive a crash, and each statement
        # of genanki's schema would otherwise wait for the disk (three quarters of the deck's
        # time). The database's bytes are the same either way.
        conn.execute("PRAGMA synchronous=OFF")
        package.write_to_db(conn.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
        conn.commit()
        conn.close()
        # genanki's own writer stamps the zip entries with the clock; these carry the timestamp.
        stamp = time.gmtime(max(timestamp, 315532800))[:6]  # zip dates start in 1980
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zf:
            zf.writestr(zipfile.ZipInfo("collection.anki2", stamp), db.read_bytes())
            zf.writestr(zipfile.ZipInfo("media", stamp), "{}")
        return out.getvalue()
