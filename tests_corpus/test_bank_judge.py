"""judge.py (in ``../shared/tools``) on the samples' bank and on a built slice of bbc-politics-dev."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

from quizgen.build import Settings, build
from tests_corpus.conftest import DEV, JUDGE, RULES, SEEDS, SHARED


def judge(bank: Path, sources: Path, gold: Path) -> dict:
    out = subprocess.run(
        [sys.executable, str(JUDGE), str(bank), str(sources), str(gold)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_judge_finds_no_problem_on_samples(seeds_build):
    summary = judge(seeds_build / "bank.json", SEEDS, SHARED / "gold" / "seeds")
    assert summary["questions_with_problems"] == 0, summary


def test_judge_finds_no_problem_on_a_dev_slice(tmp_path: Path):
    part = tmp_path / "dev"
    part.mkdir()
    gold = SHARED / "gold" / "bbc-politics-dev"
    for g in sorted(gold.glob("*.yaml")):
        shutil.copy(DEV / f"{g.stem}.txt", part)
    build(Settings(seeds=part, out=tmp_path / "out", rules=RULES))
    summary = judge(tmp_path / "out" / "bank.json", part, gold)
    assert summary["questions_with_problems"] == 0, summary
    assert summary["questions"] > 100
