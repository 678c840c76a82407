"""The worksheet, printed to PDF by a real headless Chromium and read back with pdftotext."""

import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest
from markupsafe import escape

from quizgen.bank import exported
from quizgen.build import Settings, build
from quizgen.errors import QuizgenError
from quizgen.export import worksheet
from quizgen.export.worksheet import layout, printable, render_worksheet
from tests.conftest import RULES, SEEDS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def print_pdf(html: Path, tmp: Path) -> Path:
    assert CHROMIUM, "chromium is not installed: .ci/run installs Debian's chromium"
    pdf = tmp / (html.stem + ".pdf")
    subprocess.run(
        [
            CHROMIUM,
            *worksheet.CHROMIUM_FLAGS,
            f"--user-data-dir={tmp / 'profile'}",
            f"--print-to-pdf={pdf}",
            html.resolve().as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert pdf.exists() and pdf.stat().st_size > 1000
    return pdf


def pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


def test_printed_worksheet_has_every_printable_question_and_key_on_its_own_page(
    tmp_path, seeds_build, seeds_bank
):
    pdf = print_pdf(seeds_build / "worksheet.html", tmp_path)
    texts = pages(pdf)
    n = len(printable(exported(seeds_bank)))
    key_page = next(i for i, t in enumerate(texts) if "Answer key" in t)
    assert texts[key_page].lstrip().startswith("Answer key")
    numbers = set()
    for t in texts[:key_page]:
        numbers |= {int(m) for m in re.findall(r"(?m)^\s*(\d+)\.\s", t)}
    assert set(range(1, n + 1)) <= numbers
    # No question is split: its number and its last words sit on the same page. (Laid out
    # under the build's title, which leaves off the questions it gives away.)
    html = (seeds_build / "worksheet.html").read_text(encoding="utf-8")
    title = unescape(re.search(r"<title>(.*?)</title>", html).group(1))
    sheet = layout(seeds_bank, 1, "", title)
    for q in (q for g in sheet["groups"] for q in g["questions"]):
        page = next(i for i, t in enumerate(texts[:key_page]) if re.search(rf"(?m)^\s*{q['number']}\.\s", t))
        ending = q["options"][-1] if q["type"] == "mcq" else (q["after"] or q["before"])
        tail = " ".join(ending.split()[-2:])
        assert tail in re.sub(r"\s+", " ", texts[page]), (q["number"], page, tail)


def test_versions_shuffle_the_same_questions_and_keys_match(seeds_bank):
    # (every question exported, as with --all: enough on the sheet for two orders to differ)
    seeds_bank = {**seeds_bank, "questions": [{**q, "selected": True} for q in seeds_bank["questions"]]}
    a, b = layout(seeds_bank, 1, "A"), layout(seeds_bank, 1, "B")
    ids_a = [q["id"] for g in a["groups"] for q in g["questions"]]
    ids_b = [q["id"] for g in b["groups"] for q in g["questions"]]
    assert sorted(ids_a) == sorted(ids_b) and ids_a != ids_b
    by_id = {q["id"]: q for q in seeds_bank["questions"]}
    for sheet in (a, b):
        for g in sheet["groups"]:
            for q, k in zip(
                g["questions"],
                [k for k in sheet["key"] if k["id"] in {x["id"] for x in g["questions"]}],
                strict=True,
            ):
                assert k["number"] == q["number"] and k["id"] == q["id"]
                if q["type"] == "mcq":
                    assert q["options"]["ABCDEF".index(k["letter"])] == by_id[q["id"]]["answer"]


def test_versions_flag_writes_one_file_per_version(tmp_path):
    build(Settings(seeds=SEEDS, out=tmp_path / "o", rules=RULES, versions=2))
    assert (tmp_path / "o" / "worksheet-A.html").exists()
    assert (tmp_path / "o" / "worksheet-B.html").exists()


def test_article_markup_is_shown_as_text(seeds_bank):
    bank = dict(seeds_bank)
    bank["sources"] = [dict(s, title="<script>alert(1)</script>") for s in seeds_bank["sources"]]
    html = render_worksheet(bank, "T <b>", 1)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "T &lt;b&gt;" in html


def test_pdf_flag_prints_each_version(tmp_path):
    build(Settings(seeds=SEEDS, out=tmp_path / "o", rules=RULES, versions=2, pdf=True))
    for v in "AB":
        text = "\n".join(pages(tmp_path / "o" / f"worksheet-{v}.pdf"))
        assert f"version {v}" in text and "Answer key" in text


def test_pdf_without_chromium_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(worksheet.shutil, "which", lambda name: None)
    with pytest.raises(QuizgenError, match="apt-get install chromium"):
        build(Settings(seeds=SEEDS, out=tmp_path / "o", rules=RULES, pdf=True))
    assert not (tmp_path / "o").exists()  # nothing half-written


def test_no_question_on_a_sheet_gives_another_away(seeds_all_bank):
    # The seeds tell one story: its names and figures recur in stem after stem.
    seeds_bank = seeds_all_bank
    questions = seeds_bank["questions"]
    sheet = printable(questions)
    assert 0 < len(sheet) < len(questions)

    def shown(q):
        return re.sub(r"\{\{c1::.*?\}\}", " ", q["prompt"]).lower()

    def gives_away(a, b):  # a's stem says b's answer (a person's surname says it too)
        answer = (
            b["answer"].split()[-1] if b["fact_kind"] in ("person_role", "quote_speaker") else b["answer"]
        )
        return re.search(rf"(?<!\w){re.escape(answer.lower())}(?!\w)", shown(a)) is not None

    def same_answer(a, b):
        return gives_away(a, b) is False and a["answer"].lower() == b["answer"].lower()

    for a in sheet:
        assert not any(gives_away(a, b) or gives_away(b, a) for b in sheet if b is not a), a["prompt"]
        assert not any(same_answer(a, b) for b in sheet if b is not a), a["prompt"]
    # ... and a question is left off only for one printed that it clashes with or asks the same
    ids = {q["id"] for q in sheet}
    for q in questions:
        if q["id"] not in ids:
            assert any(gives_away(q, b) or gives_away(b, q) or same_answer(q, b) for b in sheet), q["prompt"]
    # the key says how many are left off, and where to find them
    html = render_worksheet(seeds_bank, "Seeds", 1)
    assert f"{len(questions) - len(sheet)} questions of the bank are not on this sheet" in html


def test_the_sentence_shown_before_a_question_is_set_apart(seeds_all_bank):
    seeds_bank = seeds_all_bank
    sheet = layout(seeds_bank, 1, "")
    led = [q for g in sheet["groups"] for q in g["questions"] if q["lead"]]
    assert led and sheet["leads"]
    by_id = {q["id"]: q for q in seeds_bank["questions"]}
    html = render_worksheet(seeds_bank, "Seeds", 1)
    for q in led:
        lead = by_id[q["id"]]["context"]["sentence"]
        assert q["lead"] == lead and lead not in q["stem" if q["type"] == "mcq" else "before"]
        assert f'<span class="lead">{escape(lead)}</span>' in html
    assert "A sentence in <i>italics</i> is the one just before" in html
