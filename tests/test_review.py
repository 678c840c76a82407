"""The teacher's review (question_bank/review.yaml) and ``quizgen list``."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner, Result

from quizgen.bank import bank_schema
from quizgen.cli import main
from quizgen.models import Question, SourceRef
from quizgen.review import DROPPED, EDITED, Entry, ReviewError, apply_review, dropped_ids, parse_review
from tests.conftest import RULES
from tests.own_articles import write_articles

QID = "0123456789abcdef"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x: [unclosed\n", "review.yaml: line 2: YAML syntax error"),
        ("- a list\n", "review.yaml: must map question ids"),
        ("1234567890123456:\n  drop: true\n", "1234567890123456 is not a question id; quote"),
        ('"not-an-id":\n  drop: true\n', "'not-an-id' is not a question id"),
        (f'"{QID}":\n  dorp: true\n', f"review.yaml: {QID}: unknown key 'dorp'"),
        (f'"{QID}":\n  drop: yes please\n', f"{QID}: 'drop' must be true or false"),
        (f'"{QID}":\n  prompt: ""\n', f"{QID}: 'prompt' must be the question's text"),
        (f'"{QID}":\n  options: [a, b]\n', f"{QID}: give 3 to 6 options, not 2"),
        (f'"{QID}":\n  options: [a, b, c, d, e, f, g]\n', f"{QID}: give 3 to 6 options, not 7"),
        (f'"{QID}":\n  options: [a, b, a]\n', f"{QID}: an option is given twice"),
        (f'"{QID}":\n  drop: true\n  prompt: "Why?"\n', f"{QID}: either drop the question or edit it"),
        (f'"{QID}": true\n', f"{QID}: give 'drop: true', or a 'prompt'"),
    ],
)
def test_a_wrong_entry_is_one_line_naming_the_file_and_id(text: str, message: str):
    with pytest.raises(ReviewError) as info:
        parse_review(text, "question_bank/review.yaml")
    assert message in info.value.message
    assert info.value.message.startswith("question_bank/review.yaml")
    assert "\n" not in info.value.message


def test_unquoted_years_are_options_as_written():
    entries = parse_review(f'"{QID}":\n  options: [1993, 1994, 1995, "the year after"]\n', "review.yaml")
    assert entries[QID].options == ("1993", "1994", "1995", "the year after")


def test_an_empty_review_file_changes_nothing():
    assert parse_review("", "review.yaml") == {}
    assert parse_review("# nothing reviewed yet\n", "review.yaml") == {}


def _question(qid: str, source: str, rank: int, selected: bool, qtype: str = "mcq") -> Question:
    ref = SourceRef(source, f"{source}.txt", 0, 10, "A sentence.")
    if qtype == "cloze":
        return Question(qid, "cloze", "A {{c1::sentence}}.", "sentence", (ref,), "term", "cloze",
                        rank=rank, selected=selected)  # fmt: skip
    return Question(qid, "mcq", f"Question {qid}?", "right", (ref,), "place", "place-mcq",
                    ("wrong1", "right", "wrong2", "wrong3"), 1, rank=rank, selected=selected)  # fmt: skip


def test_a_dropped_question_stays_in_the_bank_unselected_and_marked():
    qs = [_question("a" * 16, "one", 1, True), _question("b" * 16, "one", 2, True)]
    entries = parse_review(f'"{"a" * 16}":\n  drop: true\n"{"b" * 16}":\n  drop: false\n', "r.yaml")
    assert dropped_ids(entries) == {"a" * 16}
    result = apply_review(qs, entries, "r.yaml")
    assert [q.id for q in result.questions] == [q.id for q in qs]  # bank order kept
    assert result.questions[0] == replace(qs[0], selected=False, reviewed=DROPPED)
    assert result.questions[1] == qs[1]  # drop: false changes nothing
    assert (result.dropped, result.edited, result.unknown) == (1, 0, ())


def test_edited_options_recompute_the_answer_index_and_a_missing_answer_is_refused():
    q = _question(QID, "one", 1, True)
    options = ("right", "wrong1", "wrong2", "wrong3", "wrong4")
    entry = Entry(QID, prompt="Asked my way?", options=options)
    (new,) = apply_review([q], {QID: entry}, "review.yaml").questions
    assert (new.prompt, new.options, new.answer_index, new.reviewed) == ("Asked my way?", options, 0, EDITED)
    assert (new.id, new.rank, new.selected, new.answer) == (q.id, q.rank, q.selected, q.answer)
    with pytest.raises(ReviewError, match=f"review.yaml: {QID}: the answer 'right' must be one of"):
        apply_review([q], {QID: Entry(QID, options=("x", "y", "z"))}, "review.yaml")


def test_a_cloze_edit_keeps_its_deletion_and_takes_no_options():
    q = _question(QID, "one", 1, True, "cloze")
    (new,) = apply_review([q], {QID: Entry(QID, prompt="In my words, {{c1::sentence}}.")}, "r.yaml").questions
    assert new.prompt == "In my words, {{c1::sentence}}." and new.reviewed == EDITED
    with pytest.raises(ReviewError, match="keep the deleted answer as {{c1::sentence}}"):
        apply_review([q], {QID: Entry(QID, prompt="No deletion.")}, "r.yaml")
    with pytest.raises(ReviewError, match="a cloze question has no options"):
        apply_review([q], {QID: Entry(QID, options=("a", "b", "sentence"))}, "r.yaml")


def test_ids_the_build_did_not_make_are_returned():
    q = _question(QID, "one", 1, True)
    gone = "f" * 16
    result = apply_review([q], {gone: Entry(gone, drop=True)}, "r.yaml")
    assert result.unknown == (gone,) and result.questions == [q]


# --- whole builds ------------------------------------------------------------------------


def _build(root: Path, *extra: str) -> Result:
    # (every question exported: the article is short, and a review edits what is exported)
    args = ["build", "--seeds", str(root / "seeds"), "--out", str(root / "dist"), "--rules", str(root / "qb")]
    args.append("--all")
    result = CliRunner().invoke(main, [*args, "--jobs", "1", *extra])
    assert "Traceback" not in result.output
    return result


def _bank(root: Path) -> dict:
    return json.loads((root / "dist" / "bank.json").read_text(encoding="utf-8"))


def _deck_fields(root: Path, tmp: Path) -> dict[str, str]:
    """QuestionId -> every field of its note, from the deck the build wrote."""
    (deck,) = (root / "dist").glob("*.apkg")
    with zipfile.ZipFile(deck) as z:
        db = tmp / "collection.anki2"
        db.write_bytes(z.read("collection.anki2"))
    rows = sqlite3.connect(db).execute("select flds from notes").fetchall()
    return {flds.split("\x1f")[-1]: flds for (flds,) in rows}


@pytest.fixture
def reviewed_build(tmp_path: Path) -> tuple[Path, dict, str, str, bytes]:
    """A build of one article, reviewed: one exported question dropped, another edited.

    Returns the folder, the bank before the review, the dropped and edited ids and
    the review file's bytes.
    """
    write_articles(tmp_path / "seeds", "election")
    shutil.copytree(RULES, tmp_path / "qb")
    assert _build(tmp_path).exit_code == 0
    before = _bank(tmp_path)
    mcqs = [q for q in before["questions"] if q["selected"] and q["type"] == "mcq"]
    dropped, edited = mcqs[0], mcqs[1]
    options = [o for o in edited["options"] if o != edited["answer"]][:2] + [edited["answer"]]
    review = (
        f'"{dropped["id"]}":\n  drop: true\n'
        f'"{edited["id"]}":\n  prompt: "A question in the teacher\'s words?"\n'
        f"  options: {json.dumps(options)}\n"
        '"ffffffffffffffff":\n  drop: true\n'
    ).encode()
    (tmp_path / "qb" / "review.yaml").write_bytes(review)
    return tmp_path, before, dropped["id"], edited["id"], review


def test_every_output_follows_the_review(reviewed_build, tmp_path: Path):
    root, before, dropped, edited, review = reviewed_build
    result = _build(root)
    assert result.exit_code == 0, result.output
    assert "up to date" not in result.output  # the review is an input: editing it rebuilds
    bank = _bank(root)
    jsonschema.validate(bank, bank_schema())
    by_id = {q["id"]: q for q in bank["questions"]}
    assert by_id[dropped]["reviewed"] == "dropped" and by_id[dropped]["selected"] is False
    assert by_id[edited]["prompt"] == "A question in the teacher's words?"
    assert by_id[edited]["options"][by_id[edited]["answer_index"]] == by_id[edited]["answer"]
    assert len(by_id[edited]["options"]) == 3 and by_id[edited]["reviewed"] == "edited"
    # Every other question exported before still is; any newcomer steps into the dropped one's place.
    was = {q["id"] for q in before["questions"] if q["selected"]}
    now = {q["id"] for q in bank["questions"] if q["selected"]}
    assert was - {dropped} <= now and len(now - was) <= 1
    html = (root / "dist" / "worksheet.html").read_text(encoding="utf-8")
    assert "A question in the teacher&#39;s words?" in html or "A question in the teacher's words?" in html
    assert by_id[dropped]["prompt"] not in html.replace("&#39;", "'")
    deck = _deck_fields(root, tmp_path)
    assert dropped not in deck and edited in deck
    assert "teacher&#x27;s words" in deck[edited] or "teacher's words" in deck[edited]
    for lms in ("moodle.xml", "questions.gift"):  # every later export reads the bank too
        text = (root / "dist" / lms).read_text(encoding="utf-8")
        assert dropped not in text and edited in text and "teacher" in text, lms
    # A stale id is a warning, printed and in the report; the review file is never written.
    stale = [line for line in result.output.splitlines() if "ffffffffffffffff" in line]
    assert len(stale) == 1 and stale[0].startswith("warning: ")
    assert "ffffffffffffffff" in (root / "dist" / "report.md").read_text(encoding="utf-8")
    assert (root / "qb" / "review.yaml").read_bytes() == review


def test_an_edit_survives_adding_an_article(reviewed_build):
    root, _, dropped, edited, review = reviewed_build
    write_articles(root / "seeds", "library")
    assert _build(root).exit_code == 0
    by_id = {q["id"]: q for q in _bank(root)["questions"]}
    assert by_id[edited]["prompt"] == "A question in the teacher's words?"
    assert by_id[dropped]["selected"] is False
    assert any(q["sources"][0]["source_id"] == "library" for q in by_id.values())
    assert (root / "qb" / "review.yaml").read_bytes() == review


def test_a_review_whose_answer_is_not_an_option_stops_the_build_naming_file_and_id(reviewed_build):
    root, before, _, _, _ = reviewed_build
    q = next(q for q in before["questions"] if q["type"] == "mcq")
    (root / "qb" / "review.yaml").write_text(f'"{q["id"]}":\n  options: [x, y, z]\n', encoding="utf-8")
    result = _build(root)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "review.yaml" in lines[0] and q["id"] in lines[0], result.output
    assert "must be one of the options" in lines[0]


def test_list_prints_a_line_per_question_with_its_mark(reviewed_build):
    root, _, dropped, edited, _ = reviewed_build
    assert _build(root).exit_code == 0
    result = CliRunner().invoke(main, ["list", "--out", str(root / "dist")])
    assert result.exit_code == 0
    bank = _bank(root)
    lines = result.output.splitlines()
    assert len(lines) == len(bank["questions"])
    assert {line.split()[0] for line in lines} == {q["id"] for q in bank["questions"]}
    by_id = {line.split()[0]: line for line in lines}
    assert by_id[dropped].split()[1] == "x"
    assert by_id[edited].split()[1] == "*e" and "A question in the teacher's words?" in by_id[edited]
    marks = [line.split()[1] for line in lines]
    assert marks.count("*") + marks.count("*e") == sum(q["selected"] for q in bank["questions"])
    assert all(len(line) < 160 for line in lines)
    ranks = [int(line.split()[3].lstrip("#")) for line in lines]  # one source: best first
    assert ranks == sorted(ranks)


def test_list_without_a_build_says_what_to_do(tmp_path: Path):
    result = CliRunner().invoke(main, ["list", "--out", str(tmp_path / "dist")])
    assert result.exit_code == 1
    assert "bank.json: no question bank there; run 'quizgen build' first" in result.output
