"""Parallel analysis on 30 different stories of bbc-politics-dev: --jobs never changes an output.

tests/test_analysis.py checks the same on articles made from seeds/ (five reports of one story)."""

import shutil
from pathlib import Path

from click.testing import CliRunner

from quizgen.analysis import MIN_PARALLEL
from quizgen.cli import main
from tests_corpus.conftest import DEV, RULES


def _build(seeds: Path, out: Path, *options: str) -> dict[str, bytes]:
    args = ["build", "--seeds", str(seeds), "--out", str(out), "--rules", str(RULES), "--quiet", *options]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def test_jobs_2_gives_byte_identical_outputs_to_jobs_1_on_many_stories(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in sorted(DEV.glob("*.txt"))[: MIN_PARALLEL + 6]:  # enough that --jobs 2 really starts workers
        shutil.copy(path, seeds / path.name)
    one = _build(seeds, tmp_path / "one", "--jobs", "1", "--no-cache")
    two = _build(seeds, tmp_path / "two", "--jobs", "2", "--no-cache")
    assert {"bank.json", "worksheet.html"} <= set(one)  # tests/ checks the whole list
    assert any(name.endswith(".apkg") for name in one)
    assert one == two  # every file, the Anki deck included
