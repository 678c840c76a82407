"""A first run in a folder holding nothing but articles, and rule ids that survive renaming."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from quizgen.build import Settings, build
from quizgen.cli import main
from quizgen.errors import RuleError
from quizgen.init import builtin_rules_dir
from quizgen.rules import load_rules
from tests.conftest import RULES, SEEDS
from tests.own_articles import ELECTION_HEADLINE, LIBRARY, LIBRARY_HEADLINE, write_articles


def quizgen(*args: str) -> Result:
    result = CliRunner().invoke(main, [*args, "--jobs", "1"] if args[0] == "build" else list(args))
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def empty_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder, as a teacher's first run would have (no question_bank/)."""
    here = tmp_path / "lesson"
    here.mkdir()
    monkeypatch.chdir(here)
    return here


def title_of(out: Path) -> str:
    html = (out / "worksheet.html").read_text(encoding="utf-8")
    return re.search(r"<h1>(.*?)</h1>", html).group(1)


def only_deck(out: Path) -> str:
    (deck,) = out.glob("*.apkg")
    return deck.name


def test_one_article_builds_with_the_built_in_rules_and_its_headline(empty_folder: Path):
    Path("library.txt").write_text(LIBRARY, encoding="utf-8")
    result = quizgen("build", "--seeds", "library.txt")
    assert result.exit_code == 0, result.output
    notices = [line for line in result.output.splitlines() if "built-in rules" in line]
    assert notices == [
        "No question_bank/ here: using the built-in rules ('quizgen init' copies them to edit)."
    ]
    assert title_of(Path("dist")) == LIBRARY_HEADLINE
    assert only_deck(Path("dist")) == LIBRARY_HEADLINE.replace(" ", "_") + ".apkg"
    bank = json.loads(Path("dist/bank.json").read_text(encoding="utf-8"))
    assert bank["questions"] and {s["file"] for s in bank["sources"]} == {"library.txt"}
    assert Path("library.txt").read_text(encoding="utf-8") == LIBRARY
    assert sorted(os.listdir(".")) == ["dist", "library.txt"]  # no question_bank/ made


def test_a_generic_folder_is_titled_by_its_first_headline_and_how_many_more(empty_folder: Path):
    write_articles(Path("seeds"), "library", "election")
    assert quizgen("build").exit_code == 0
    # "election.txt" sorts first
    assert title_of(Path("dist")) == f"{ELECTION_HEADLINE} and 1 more"
    # the deck's name leaves the count out, so adding an article keeps the student's deck
    assert only_deck(Path("dist")) == ELECTION_HEADLINE.replace(" ", "_") + "_and_more.apkg"


def test_a_named_folder_titles_the_build_and_title_options_win(empty_folder: Path):
    write_articles(Path("local_government"), "library", "election")
    assert quizgen("build", "--seeds", "local_government").exit_code == 0
    assert title_of(Path("dist")) == "Local Government"
    assert only_deck(Path("dist")) == "Local_Government.apkg"
    result = quizgen("build", "--seeds", "local_government", "--title", "Unit 4", "--deck-name", "Civics")
    assert result.exit_code == 0
    assert title_of(Path("dist")) == "Unit 4" and only_deck(Path("dist")) == "Civics.apkg"


def test_a_rules_folder_here_is_used_and_init_copies_the_built_in_rules(empty_folder: Path):
    write_articles(Path("seeds"), "library")
    assert quizgen("init").exit_code == 0
    assert sorted(p.name for p in Path("question_bank").glob("*.yaml")) == sorted(
        p.name for p in builtin_rules_dir().glob("*.yaml") if p.name != "review.yaml"
    )
    result = quizgen("build")
    assert result.exit_code == 0 and "built-in rules" not in result.output


def test_a_rules_folder_holding_only_a_review_says_to_run_init(empty_folder: Path):
    write_articles(Path("seeds"), "library")
    Path("question_bank").mkdir()
    Path("question_bank/review.yaml").write_text("# nothing yet\n", encoding="utf-8")
    result = quizgen("build")
    assert result.exit_code == 1
    assert "question_bank: no rule files (*.yaml); run 'quizgen init'" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--seeds", "."],
            "dist: refusing to write outputs into or over ., which holds articles or rules; "
            "pass --out DIR outside it",
        ),  # fmt: skip
        (["--seeds", "seeds", "--out", "seeds/dist"], "pass --out DIR outside it"),
        (["--seeds", "nowhere"], "nowhere: no such folder; put articles (.txt or .md) there, or pass"),
        (["--seeds", "notes.docx"], "notes.docx: not a .txt or .md article; save it as plain text"),
    ],
)
def test_every_refusal_says_what_to_do(empty_folder: Path, args: list[str], message: str):
    write_articles(Path("seeds"), "library")
    Path("notes.docx").write_bytes(b"PK\x03\x04")
    result = quizgen("build", *args)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1 and message in lines[0], result.output
    assert not Path("dist").exists() and not Path("seeds/dist").exists()


def test_the_built_in_rules_are_found_in_this_installation():
    # An editable install finds them beside the package, a wheel inside it.
    folder = builtin_rules_dir()
    assert sorted(p.name for p in folder.glob("*.yaml")) == sorted(p.name for p in RULES.glob("*.yaml"))


# --- rule ids (issue 26) ------------------------------------------------------------------


def test_every_built_in_rule_declares_its_id_as_its_file_stem():
    for rule in load_rules(RULES):
        text = (RULES / rule.file).read_text(encoding="utf-8")
        assert f"\nid: {rule.id}\n" in text and rule.id == Path(rule.file).stem


def test_a_review_under_another_suffix_is_not_read_as_a_rule(tmp_path: Path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    (rules / "review.yml").write_text('"0123456789abcdef":\n  drop: true\n', encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules(rules)
    assert info.value.message == f"{rules}/review.yml: the review is read from review.yaml; rename it"
    (rules / "review.yml").rename(rules / "review.yaml")
    assert load_rules(rules) == load_rules(RULES)


def test_a_rule_without_an_id_is_an_error_naming_the_file(tmp_path: Path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    (rules / "mine.yaml").write_text("kind: date\ntype: cloze\nstem: '{{ cloze }}'\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules(rules)
    expected = f"{rules}/mine.yaml: no 'id'; add a line 'id: mine' (question ids are made from it)"
    assert info.value.message == expected


def test_renaming_every_rule_file_keeps_every_question_id(tmp_path: Path, seeds_bank):
    renamed = tmp_path / "renamed"
    renamed.mkdir()
    for i, path in enumerate(sorted(RULES.glob("*.yaml"))):
        shutil.copy(path, renamed / f"rule-{i:02d}.yaml")
    build(Settings(seeds=SEEDS, out=tmp_path / "dist", rules=renamed, seed=1))
    bank = json.loads((tmp_path / "dist" / "bank.json").read_text(encoding="utf-8"))
    assert [q["id"] for q in bank["questions"]] == [q["id"] for q in seeds_bank["questions"]]
    assert len(bank["questions"]) > 20
