import json
import os
import re
from pathlib import Path

from click.testing import CliRunner

from quizgen.cli import main
from tests.conftest import RULES, SEEDS

ARTICLE = (
    "Court rules on election\n\nThe Supreme Court of Brazil ruled in March 2022 that the "
    "election law was valid, President Jair Bolsonaro said on Tuesday.\n"
)


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_build_prints_a_summary_and_writes_outputs(tmp_path: Path):
    out = tmp_path / "dist"
    result = run("build", "--seeds", str(SEEDS), "--out", str(out), "--rules", str(RULES))
    assert result.exit_code == 0
    assert "Read 5 sources (0 warnings)" in result.output
    assert "Questions:" in result.output and "mcq" in result.output and "cloze" in result.output
    timings = r"^Built in [\d.]+ s \(load [\d.]+, extract [\d.]+, .*write [\d.]+\)\.$"
    assert re.search(timings, result.output, re.M)
    assert {"bank.json", "worksheet.html", "report.md"} <= set(os.listdir(out))
    # "seeds" says nothing: the deck is named after the first headline
    assert len(list(out.glob("*_and_more.apkg"))) == 1
    # the build says how many sources export nothing, as the bank tells
    bank = json.loads((out / "bank.json").read_text(encoding="utf-8"))
    exporting = {q["sources"][0]["source_id"] for q in bank["questions"] if q["selected"]}
    unexported = len(bank["sources"]) - len(exporting)
    said = f"{unexported} of 5 sources had no question strong enough to export"
    assert (said in result.output) == (unexported > 0)
    report = (out / "report.md").read_text(encoding="utf-8")
    assert f"Sources with no question strong enough to export: {unexported}" in report


def test_errors_are_one_line_without_traceback(tmp_path: Path):
    result = CliRunner().invoke(
        main,
        ["build", "--seeds", str(tmp_path / "missing"), "--out", str(tmp_path / "o"), "--rules", str(RULES)],
    )
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: ")
    assert "no such folder" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_out_with_foreign_files_is_refused(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["build", "--out", str(tmp_path), "--seeds", str(SEEDS), "--rules", str(RULES)]
    )
    assert result.exit_code == 1 and "did not write" in result.output
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_init_copies_rules_and_never_overwrites(tmp_path: Path):
    target = tmp_path / "qb"
    assert run("init", "--rules", str(target)).exit_code == 0
    assert sorted(p.name for p in target.glob("*.yaml")) == sorted(p.name for p in RULES.glob("*.yaml"))
    (target / "cloze.yaml").write_text("# my edit\n", encoding="utf-8")
    again = CliRunner().invoke(main, ["init", "--rules", str(target)])
    assert again.exit_code == 1 and "would overwrite" in again.output
    assert (target / "cloze.yaml").read_text(encoding="utf-8") == "# my edit\n"
