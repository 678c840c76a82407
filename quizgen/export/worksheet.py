"""The printable worksheet with its answer key, one HTML file per version.

Templates are Jinja2 with autoescaping, so article text can never become markup.
A cloze deletion prints as a blank of fixed width: its length must not hint at
the answer. With several versions, question and option order are shuffled per
version (seeded), each version with its own key.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from quizgen.bank import exported
from quizgen.clash import Asked, keep_apart
from quizgen.errors import QuizgenError
from quizgen.export import by_source, one_line, source_id_of, split_lead
from quizgen.rules import without_headline

_CLOZE = re.compile(r"\{\{c1::(.*?)(?:::.*?)?\}\}", re.S)
HEADINGS = {"mcq": "Multiple choice", "cloze": "Fill in the blank"}
VERSION_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("quizgen", "export/templates"),
        autoescape=select_autoescape(default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _citations(q: dict[str, Any], titles: dict[str, str]) -> list[dict[str, str]]:
    out = []
    for r in q["sources"]:
        sentence = one_line(r["sentence"])
        i = sentence.find(q["answer"])
        before, answer, after = (
            (sentence[:i], q["answer"], sentence[i + len(q["answer"]) :]) if i >= 0 else (sentence, "", "")
        )
        out.append(
            {
                "before": before,
                "answer": answer,
                "after": after,
                "title": titles.get(r["source_id"], r["file"]),
            }
        )
    return out


def printable(questions: list[dict[str, Any]], printed: Sequence[str] = ()) -> list[dict[str, Any]]:
    """The questions one sheet can print without one giving another away (``clash.keep_apart``).

    ``printed`` are the other texts the sheet shows a student (its title: a lesson's
    is its article's headline): a question whose answer one of them says is left off.
    """
    asked = [Asked(q["answer"], q["fact_kind"], q["prompt"]) for q in questions]
    return [questions[i] for i in keep_apart(asked, printed)]


def layout(
    document: dict[str, Any], seed: int, version: str, title: str = "", source_id: str | None = None
) -> dict[str, Any]:
    """The printable questions (``printable``, the sheet's ``title`` printed with them)
    numbered and grouped by type; shuffled when ``version`` is set. With ``source_id``,
    only that source's questions (a lesson's sheet)."""
    titles = {s["source_id"]: s["title"] for s in document["sources"]}
    rng = random.Random(f"{seed}:worksheet:{version}")
    groups, key, number = [], [], 0
    carried = exported(document)
    if source_id is not None:
        # a lesson's sheet is titled by its article's headline: no question repeats it
        carried = [
            {**q, "prompt": without_headline(q["prompt"], titles[source_id])}
            for q in carried
            if source_id_of(q) == source_id
        ]
    sheet = printable(carried, [title])
    for qtype in ("mcq", "cloze"):
        questions = [q for q in sheet if q["type"] == qtype]
        if version:
            rng.shuffle(questions)
        items = []
        for q in questions:
            number += 1
            item: dict[str, Any] = {"number": number, "type": qtype, "id": q["id"]}
            letter = ""
            if qtype == "mcq":
                options = list(q["options"])
                if version:
                    rng.shuffle(options)
                ask, lead, stem = split_lead(q["prompt"], q)
                item.update(ask=ask, lead=lead, stem=stem, options=options)
                letter = "ABCDEF"[options.index(q["answer"])]
            else:
                m = _CLOZE.search(q["prompt"])
                before, after = (q["prompt"][: m.start()], q["prompt"][m.end() :]) if m else (q["prompt"], "")
                ask, lead, before = split_lead(before, q)
                item.update(ask=ask, lead=lead, before=before, after=after)
            items.append(item)
            key.append(
                {
                    "number": number,
                    "letter": letter,
                    "answer": q["answer"],
                    "id": q["id"],
                    "citations": _citations(q, titles),
                }
            )
        if items:
            groups.append({"heading": HEADINGS[qtype], "questions": items})
    leads = any(q["lead"] for group in groups for q in group["questions"])
    left_off = len(carried) - len(sheet)
    return {"groups": groups, "key": key, "leads": leads, "left_off": left_off}


def render_worksheet(
    document: dict[str, Any],
    title: str,
    seed: int,
    version: str = "",
    source_id: str | None = None,
    sheet: dict[str, Any] | None = None,
) -> str:
    """One worksheet (and its key) as an HTML page; with ``source_id``, a lesson's: only
    that source's questions, sources and disagreements. ``sheet``: its ``layout``, where
    already made."""
    template = _environment().get_template("worksheet.html.j2")
    chosen = [s for s in document["sources"] if source_id is None or s["source_id"] == source_id]
    sources = [{"title": s["title"], "file": s["file"]} for s in chosen]
    conflicts = [
        c
        for c in document.get("conflicts", [])
        if source_id is None
        or any(r["source_id"] == source_id for side in c["sides"] for r in side["sources"])
    ]
    return template.render(
        title=title,
        version=version,
        sources=sources,
        conflicts=conflicts,
        **(sheet or layout(document, seed, version, title, source_id)),
    )


def render_lessons(document: dict[str, Any], seed: int) -> dict[str, bytes]:
    """``lessons/<source_id>.html``: a worksheet and key per source that has exported
    questions, titled by that article's headline; none for a source whose every question
    its headline gives away (a sheet with nothing on it)."""
    titles = {s["source_id"]: s["title"] for s in document["sources"]}
    sheets: dict[str, bytes] = {}
    for source_id, _ in by_source(document, exported(document)):
        title = titles.get(source_id) or source_id
        if (sheet := layout(document, seed, "", title, source_id))["groups"]:
            page = render_worksheet(document, title, seed, source_id=source_id, sheet=sheet)
            sheets[f"lessons/{source_id}.html"] = page.encode("utf-8")
    return sheets


def render_worksheets(document: dict[str, Any], title: str, seed: int, versions: int = 1) -> dict[str, bytes]:
    """``worksheet.html``, or ``worksheet-A.html`` ... one per shuffled version."""
    if versions <= 1:
        return {"worksheet.html": render_worksheet(document, title, seed).encode("utf-8")}
    return {
        f"worksheet-{v}.html": render_worksheet(document, title, seed, v).encode("utf-8")
        for v in VERSION_LETTERS[:versions]
    }


CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
)


def print_to_pdf(html: bytes) -> bytes:
    """Print a worksheet page to PDF with headless Chromium, as a browser's print would."""
    chromium = next((p for n in CHROMIUM_NAMES if (p := shutil.which(n))), None)
    if chromium is None:
        raise QuizgenError(
            "--pdf needs Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium), "
            "or build without --pdf and print worksheet.html from a browser"
        )
    with tempfile.TemporaryDirectory() as tmp:
        page, pdf = Path(tmp) / "worksheet.html", Path(tmp) / "worksheet.pdf"
        page.write_bytes(html)
        args = [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={Path(tmp) / 'profile'}",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ]
        try:
            subprocess.run(args, capture_output=True, timeout=180, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise QuizgenError(f"Chromium could not print the worksheet ({exc})") from exc
        # Chromium exits 0 even when it wrote nothing: the file is the only proof.
        if not pdf.exists() or pdf.stat().st_size == 0:
            raise QuizgenError("Chromium did not write a PDF; print worksheet.html from a browser")
        return pdf.read_bytes()
