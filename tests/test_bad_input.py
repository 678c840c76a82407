"""What quizgen does with bad input: one test per row of the table below.

| input                                   | quizgen                                        | exit |
|-----------------------------------------|------------------------------------------------|------|
| empty seeds/                            | error naming the folder                        | 1    |
| missing seeds/                          | error naming the folder                        | 1    |
| an empty file                           | skipped, one warning naming it                 | 0    |
| a binary file (PDF renamed to .txt)     | skipped, one warning naming it                 | 0    |
| invalid UTF-8 / a cp1252 file           | read as cp1252, one warning naming it          | 0    |
| a UTF-16 file (with BOM)                | read, no warning                               | 0    |
| a 50 MB file                            | skipped as too large, one warning              | 0    |
| a file with no sentences                | one warning: no sentences to ask about         | 0    |
| a file whose every line is boilerplate  | one warning: no sentences to ask about         | 0    |
| HTML saved as .txt                      | skipped, one warning naming it                 | 0    |
| rule YAML with a syntax error           | error naming the file and line                 | 1    |
| rule naming an unknown fact kind        | error naming the file and the kind             | 1    |
| Jinja2 template with a syntax error     | error naming the file                          | 1    |
| template reaching Python internals      | the sandbox refuses it; error naming the file  | 1    |
| article with <script> and {{ }}         | shown as text in worksheet and deck            | 0    |
| --out not writable                      | error naming the folder                        | 1    |
| --out inside question_bank/ or seeds/   | refused, error naming the folder               | 1    |

Every message is one line, and no traceback is ever printed.
"""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from quizgen.cli import main
from tests.conftest import RULES

ARTICLE = (
    "Court rules on election\n\nThe Supreme Court of Brazil ruled in March 2022 that the "
    "election law was valid, President Jair Bolsonaro said on Tuesday.\n"
)


def build(seeds: Path, out: Path, rules: Path = RULES) -> Result:
    result = CliRunner().invoke(
        main, ["build", "--seeds", str(seeds), "--out", str(out), "--rules", str(rules), "--quiet"]
    )
    assert "Traceback" not in result.output + result.stderr
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    return result


def seeds_with(tmp_path: Path, name: str, data: bytes) -> Path:
    """A seeds folder with one good article and the file under test."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / name).write_bytes(data)
    return seeds


def warnings_of(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("warning:")]


def error_of(result: Result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr  # one line, no traceback
    return lines[0]


def test_empty_seeds_folder(tmp_path: Path):
    (tmp_path / "seeds").mkdir()
    result = build(tmp_path / "seeds", tmp_path / "dist")
    assert result.exit_code == 1
    assert "seeds: no .txt or .md articles found" in error_of(result)


def test_missing_seeds_folder(tmp_path: Path):
    result = build(tmp_path / "nowhere", tmp_path / "dist")
    assert result.exit_code == 1
    assert "nowhere: no such folder" in error_of(result)


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "empty.txt: skipped, empty file"),
        ("scan.txt", b"%PDF-1.7\n\x00\x01\x02binary" * 50, "scan.txt: skipped, binary file"),
        (
            "page.txt",
            b"<!DOCTYPE html><html><body><p>Hi</p></body></html>",
            "page.txt: skipped, looks like HTML",
        ),
        (
            "word.txt",
            ARTICLE.replace("Brazil", "Brazil’s café").encode("cp1252"),
            "word.txt: not UTF-8, read as Windows-1252",
        ),
        (
            "broken.txt",
            ARTICLE.encode().replace(b"valid", b"valid \xff\xfe\xfa"),
            "broken.txt: not UTF-8, read as Windows-1252",
        ),
        ("nothing.txt", b"12345\n\n----\n\n***\n", "nothing.txt: no sentences to ask about"),
        (
            "nags.txt",
            b"Subscribe now\n\nSupport us today.\n\nSign up for our newsletter.\n\nAdvertisement\n",
            "nags.txt: no sentences to ask about",
        ),
    ],
)
def test_bad_files_are_skipped_with_one_warning(tmp_path: Path, name: str, data: bytes, message: str):
    result = build(seeds_with(tmp_path, name, data), tmp_path / "dist")
    assert result.exit_code == 0
    warnings = warnings_of(result)
    assert len(warnings) == 1 and message in warnings[0], result.stderr
    assert (tmp_path / "dist" / "bank.json").is_file()


def test_utf16_file_is_read_without_warning(tmp_path: Path):
    result = build(seeds_with(tmp_path, "utf16.txt", ARTICLE.encode("utf-16")), tmp_path / "dist")
    assert result.exit_code == 0 and warnings_of(result) == []
    assert '"source_id": "utf16"' in (tmp_path / "dist" / "bank.json").read_text(encoding="utf-8")


def test_a_50_mb_file_is_skipped_as_too_large(tmp_path: Path):
    seeds = seeds_with(tmp_path, "huge.txt", b"")
    with (seeds / "huge.txt").open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    result = build(seeds, tmp_path / "dist")
    assert result.exit_code == 0
    assert warnings_of(result) == ["warning: huge.txt: skipped, 50 MB is too large for an article"]


def rules_with(tmp_path: Path, name: str, text: str) -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    (rules / name).write_text(text, encoding="utf-8")
    return rules


@pytest.mark.parametrize(
    "text, message",
    [
        ("kind: date\ntype: cloze\nstem: [unclosed\n", "typo.yaml: line 4: YAML syntax error"),
        ("kind: verdict\ntype: cloze\nstem: '{{ cloze }}'\n", "typo.yaml: unknown fact kind 'verdict'"),
        ("kind: date\ntype: cloze\nstem: '{{ cloze }'\n", "typo.yaml: line 1 of the stem: template error"),
        ("kind: date\ntype: cloze\nstem: \"{{ ''.__class__ }}\"\n", "typo.yaml: template error"),
        ('kind: date\ntype: cloze\nstem: "{{ cycler.__init__.__globals__ }}"\n', "typo.yaml: template error"),
    ],
)
def test_broken_rule_files_stop_the_build_naming_the_file(tmp_path: Path, text: str, message: str):
    seeds = seeds_with(tmp_path, "other.txt", ARTICLE.encode())
    result = build(seeds, tmp_path / "dist", rules_with(tmp_path, "typo.yaml", text))
    assert result.exit_code == 1
    assert message in error_of(result)
    assert not (tmp_path / "dist").exists()  # nothing written


def test_script_and_template_syntax_in_an_article_stay_text(tmp_path: Path):
    article = (
        "Court rules on election\n\n"
        "The Supreme Court of Brazil ruled in March 2022 that <script>alert(1)</script> was "
        "not valid, President Jair Bolsonaro said on Tuesday.\n\n"
        "The Senate of Brazil voted in May 2021 that {{ 7*7 }} and {% raw %} were valid, "
        "Senator Maria Silva said on Monday.\n"
    )
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "attack.txt").write_text(article, encoding="utf-8")
    out = tmp_path / "dist"
    assert build(seeds, out).exit_code == 0
    html = (out / "worksheet.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in html
    with zipfile.ZipFile(next(out.glob("*.apkg"))) as deck:
        db = tmp_path / "collection.anki2"
        db.write_bytes(deck.read("collection.anki2"))
    fields = " ".join(row[0] for row in sqlite3.connect(db).execute("select flds from notes"))
    assert "<script>" not in fields and "&lt;script&gt;" in fields
    assert "{{ 7*7 }}" in fields or "{{c1::" in fields  # a template is never rendered from article text


def test_out_not_writable(tmp_path: Path):
    # A folder under a plain file cannot be created, even by root (CI may run as root,
    # which ignores permission bits).
    seeds = seeds_with(tmp_path, "other.txt", ARTICLE.encode())
    (tmp_path / "locked").write_text("a file, not a folder", encoding="utf-8")
    result = build(seeds, tmp_path / "locked" / "dist")
    assert result.exit_code == 1
    assert "locked/dist" in error_of(result)


@pytest.mark.parametrize("inside", ["rules", "seeds"])
def test_out_inside_rules_or_seeds_is_refused(tmp_path: Path, inside: str):
    seeds = seeds_with(tmp_path, "other.txt", ARTICLE.encode())
    rules = rules_with(tmp_path, "extra.yaml", "kind: date\ntype: cloze\nstem: '{{ cloze }}'\n")
    before = sorted(p.name for p in (tmp_path / inside).iterdir())
    result = build(seeds, tmp_path / inside / "dist", rules)
    assert result.exit_code == 1
    assert "dist" in error_of(result)
    assert sorted(p.name for p in (tmp_path / inside).iterdir()) == before
