"""A worksheet per lesson (``--lessons``), and sheets that give nothing away: printed by a
real headless Chromium and read back with pdftotext and lxml."""

import json
import re
from pathlib import Path

import lxml.html
from click.testing import CliRunner
from markupsafe import escape

from quizgen.bank import exported
from quizgen.build import Settings, build
from quizgen.cli import main
from quizgen.export import CLOZE, source_id_of
from quizgen.export.worksheet import layout, printable, render_worksheet
from quizgen.rules import from_story, without_headline
from tests.conftest import RULES, SEEDS
from tests.helpers import bank_of, cloze_record, mcq_record
from tests.test_export_worksheet import pages


def shown(q: dict) -> str:
    """What a student reads of a question's stem (the blank left out)."""
    return " ".join(CLOZE.sub(" ", q["prompt"]).split())


def _plain(text: str) -> str:
    """Words only: a blank printed inside quotation marks ("“_____”") reads as the gap it is."""
    return " ".join(re.findall(r"\w+", text))


def student_and_key(html: str) -> tuple[str, str]:
    i = html.index('<section class="key">')
    return html[:i], html[i:]


def test_lessons_print_each_source_with_its_printable_questions_and_key_on_a_new_page(tmp_path: Path):
    out = tmp_path / "dist"
    args = ["build", "--seeds", str(SEEDS), "--out", str(out), "--rules", str(RULES), "--no-cache"]
    result = CliRunner().invoke(main, [*args, "--lessons", "--pdf"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    bank = json.loads((out / "bank.json").read_text(encoding="utf-8"))
    headlines = {s["source_id"]: s["title"] for s in bank["sources"]}
    carried = exported(bank)

    def printed_on_its_sheet(sid: str) -> list[dict]:
        # (the sheet's title is the headline: no stem repeats it as "From “<headline>”: ",
        # whole or with words blanked)
        ours = [
            {**q, "prompt": without_headline(q["prompt"], headlines[sid])}
            for q in carried
            if source_id_of(q) == sid
        ]
        return printable(ours, [headlines[sid]])

    # a lesson for each source with a question its sheet can print: none with nothing on it
    lessons = sorted(sid for sid in {source_id_of(q) for q in carried} if printed_on_its_sheet(sid))
    assert sorted(p.name for p in (out / "lessons").glob("*.html")) == [f"{sid}.html" for sid in lessons]
    assert len(lessons) > 1
    for sid in lessons:
        expected = printed_on_its_sheet(sid)
        html = (out / "lessons" / f"{sid}.html").read_text(encoding="utf-8")
        doc = lxml.html.fromstring(html)
        assert doc.findtext(".//h1").strip() == headlines[sid]
        printed = [" ".join(li.text_content().split()) for li in doc.find_class("question")]
        assert len(printed) == len(expected)
        assert not any("From “" in p for p in printed)
        for q in expected:  # exactly the source's printable questions, each once
            assert sum(_plain(shown(q)) in _plain(p) for p in printed) == 1, q["prompt"]
        texts = pages(out / "lessons" / f"{sid}.pdf")
        key = next(i for i, t in enumerate(texts) if "Answer key" in t)
        assert key > 0 and texts[key].lstrip().startswith("Answer key")
        numbers = {int(n) for t in texts[:key] for n in re.findall(r"(?m)^\s*(\d+)\.\s", t)}
        assert set(range(1, len(expected) + 1)) <= numbers
        student = re.sub(r"\s+", " ", " ".join(texts[:key]))
        assert "Sources" not in student and "Sources" in " ".join(texts[key:])


def test_student_pages_show_no_source_and_no_citation(seeds_build: Path, seeds_bank: dict):
    student, key = student_and_key((seeds_build / "worksheet.html").read_text(encoding="utf-8"))
    # The sheet's own title may be a headline (a build's default title comes from its
    # articles; the title counts in the clash check): every other mention is what is checked.
    sheet_title = lxml.html.fromstring(student).findtext(".//h1").strip()
    student = student.replace(str(escape(sheet_title)), "").replace(sheet_title, "")
    # ... and a report's headline is shown only where a question says it is from that story
    stories = [from_story(s["title"]) for s in seeds_bank["sources"]]
    assert any(story in q["prompt"] for q in exported(seeds_bank) for story in stories)
    for story in stories:
        student = student.replace(str(escape(story)), "")
    titles = [s["title"] for s in seeds_bank["sources"]]
    assert titles
    for title in titles:
        assert title not in student and str(escape(title)) not in student
        assert title in lxml.html.fromstring(key).text_content()
    assert "Sources" not in student and "<mark>" not in student
    for q in exported(seeds_bank):
        for ref in q["sources"]:
            # a cited sentence is shown to a student only as the question's own stem
            if ref["sentence"] in lxml.html.fromstring(student).text_content():
                assert ref["sentence"] in q["prompt"]


def _small_bank() -> dict:
    return bank_of(
        [("s", "An article")],
        [
            mcq_record(
                "000000000000000a",
                "Which country hosted the talks?",
                ["Zorbania", "Quux", "Vell", "Ost"],
                0,
                "s",
                "Zorbania hosted the talks.",
            ),
            mcq_record(
                "000000000000000b",
                "Who chaired the council?",
                ["Ada Quimby", "Bo Lark", "Cy Fenn", "Di Moss"],
                0,
                "s",
                "Ada Quimby chaired the council.",
            ),
            cloze_record("000000000000000c", "The council met in ", "Blorpton", " last spring.", "s"),
        ],
    )


def test_a_title_that_says_an_answer_leaves_that_question_off_the_sheet():
    bank = _small_bank()
    bank["questions"][1]["fact_kind"] = "person_role"  # a person is given away by a surname too

    def on_sheet(title: str) -> list[str]:
        return [q["id"] for g in layout(bank, 1, "", title)["groups"] for q in g["questions"]]

    assert on_sheet("Civics quiz") == ["000000000000000a", "000000000000000b", "000000000000000c"]
    assert on_sheet("Zorbania talks") == ["000000000000000b", "000000000000000c"]
    assert on_sheet("What Quimby said") == ["000000000000000a", "000000000000000c"]
    assert on_sheet("Spring in Blorpton") == ["000000000000000a", "000000000000000b"]
    html = render_worksheet(bank, "Zorbania talks", 1)
    student, key = student_and_key(html)
    assert "Which country hosted the talks?" not in student and "Who chaired the council?" in student
    assert "1 question of the bank is not on this sheet" in key and "or by the title" in key


def test_lessons_option_is_part_of_what_the_outputs_are_built_from(tmp_path: Path):
    out, cache = tmp_path / "dist", tmp_path / "cache"
    first = build(Settings(seeds=SEEDS, out=out, rules=RULES, cache=cache))
    assert not (out / "lessons").exists() and not first.up_to_date
    second = build(Settings(seeds=SEEDS, out=out, rules=RULES, cache=cache, lessons=True))
    assert not second.up_to_date and any((out / "lessons").glob("*.html"))
    assert build(Settings(seeds=SEEDS, out=out, rules=RULES, cache=cache, lessons=True)).up_to_date
