"""The deck, imported headlessly into the real Anki engine (the ``anki`` package)."""

import html
import json
import re
import shutil
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from quizgen.bank import exported
from quizgen.build import Settings, build
from quizgen.export.anki import cloze_html
from tests.conftest import RULES, SEEDS
from tests.helpers import WRITTEN_REPORT


def deck_in(out: Path) -> Path:
    """The one deck a build wrote into ``out`` (named after its articles)."""
    (deck,) = out.glob("*.apkg")
    return deck


def import_deck(col: Collection, apkg: Path):
    options = ImportAnkiPackageOptions(merge_notetypes=True, with_scheduling=False, with_deck_configs=False)
    return col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg), options=options)).log


def test_deck_holds_a_note_per_selected_question(tmp_path: Path, seeds_build, seeds_bank):
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        import_deck(col, deck_in(seeds_build))
        selected = {q["id"] for q in seeds_bank["questions"] if q["selected"]}
        assert 0 < len(selected) < len(seeds_bank["questions"])
        assert {col.get_note(n)["QuestionId"] for n in col.find_notes("")} == selected
    finally:
        col.close()


def test_deck_with_all_imports_with_a_note_per_question(tmp_path: Path, seeds_all_build, seeds_all_bank):
    seeds_bank = seeds_all_bank
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        log = import_deck(col, deck_in(seeds_all_build))
        questions = seeds_bank["questions"]
        assert len(log.new) == col.note_count() == len(questions)
        by_type = {"quizgen Multiple Choice": 0, "quizgen Cloze": 0}
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            by_type[note.note_type()["name"]] += len(note.cards())
        assert by_type == {
            "quizgen Multiple Choice": sum(q["type"] == "mcq" for q in questions),
            "quizgen Cloze": sum(q["type"] == "cloze" for q in questions),
        }
        by_id = {q["id"]: q for q in questions}
        seen = set()
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            q = by_id[note["QuestionId"]]
            card = note.cards()[0]
            front, back = card.question(), card.answer()
            title = next(
                s["title"] for s in seeds_bank["sources"] if s["source_id"] == q["sources"][0]["source_id"]
            )
            if q["type"] == "mcq":
                assert q["prompt"].split()[1] in front and q["options"][0] in front
                assert f'class="correct">{q["answer"]}<' in back
                assert "<mark>" in back and 'class="citation"' in back
            else:
                # (the text the student sees: Anki keeps the deletion in a data-cloze attribute)
                shown = re.sub(r"<[^>]*>", "", front.split("</style>")[-1])
                assert "[...]" in shown and q["answer"] not in shown
                spaced = r"[\s\xa0]".join(map(re.escape, q["answer"].split()))  # (Anki may write &nbsp;)
                assert re.search(rf'class="cloze"[^>]*>{spaced}<', back)
            assert title in back
            if q.get("context"):  # the sentence shown before, set apart in italics
                assert f'<i class="lead">{html.escape(q["context"]["sentence"])}</i>' in front
                seen.add("lead")
            seen.add(q["type"])
        assert seen == {"mcq", "cloze", "lead"}
    finally:
        col.close()


def test_rebuild_after_adding_an_article_updates_in_place(tmp_path: Path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        build(Settings(seeds=seeds, out=tmp_path / "one", rules=RULES))
        first = import_deck(col, deck_in(tmp_path / "one"))
        ids_before = set(col.find_notes(""))
        (seeds / "council_report.txt").write_text(WRITTEN_REPORT, encoding="utf-8")
        build(Settings(seeds=seeds, out=tmp_path / "two", rules=RULES))
        second = import_deck(col, deck_in(tmp_path / "two"))
        bank = json.loads((tmp_path / "two" / "bank.json").read_text(encoding="utf-8"))
        carried = exported(bank)
        added = [q for q in carried if any(r["source_id"] == "council_report" for r in q["sources"])]
        assert added
        assert len(second.new) == len(added)
        assert col.note_count() == len(carried) == len(first.new) + len(added)
        assert ids_before <= set(col.find_notes(""))
    finally:
        col.close()


def test_article_markup_is_escaped_in_cloze_fields():
    html = cloze_html("<script>alert(1)</script> {{c2::x}} won {{c1::40%}} of seats")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "{{c2::" not in html and html.count("{{c1::") == 1
