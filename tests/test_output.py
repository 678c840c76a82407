"""Atomic outputs: a build killed at any moment leaves the previous outputs whole."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from quizgen.build import Settings, build
from quizgen.errors import OutputError
from quizgen.export import anki
from quizgen.output import recover
from tests.conftest import ROOT, RULES
from tests.helpers import seed_variants


def snapshot(folder: Path, tmp: Path) -> dict[str, bytes]:
    """Every output's bytes; the deck by its notes, since genanki stamps the time into it."""
    files = {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
    for name in [n for n in files if n.endswith(".apkg")]:
        with zipfile.ZipFile(folder / name) as deck:
            assert deck.testzip() is None  # complete, not cut short
            db = tmp / "notes.anki2"
            db.write_bytes(deck.read("collection.anki2"))
        rows = sqlite3.connect(db).execute("select guid, flds from notes order by guid").fetchall()
        files[name] = repr(rows).encode("utf-8")
    return files


def workers_left(mark: str, wait: float = 15.0) -> list[int]:
    """Processes whose command line names ``mark`` still running after ``wait`` seconds (Linux /proc).

    Workers look for their parent every 0.5 s; on a busy machine (CI running two suites at once
    beside other work) they took more than 3 s to go, so the wait is long: it ends as soon as none
    is left."""
    deadline = time.monotonic() + wait
    while True:
        left = []
        for proc in Path("/proc").iterdir():
            try:
                named = proc.name.isdigit() and mark in (proc / "cmdline").read_text(errors="replace")
                if named and (proc / "stat").read_text().split(") ")[-1][:1] != "Z":  # not a zombie
                    left.append(int(proc.name))
            except OSError:
                continue
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.1)


def test_a_build_killed_mid_way_leaves_old_or_new_outputs_never_a_mix(tmp_path: Path):
    seeds = seed_variants(tmp_path / "seeds", 40)
    out = tmp_path / "dist"
    build(Settings(seeds=seeds, out=out, rules=RULES))
    old = snapshot(out, tmp_path)
    # The new outputs: one more article changes every file.
    seed_variants(seeds, 41, first=40)
    reference = tmp_path / "reference"
    build(Settings(seeds=seeds, out=reference, rules=RULES))
    new = snapshot(reference, tmp_path)
    assert old != new
    command = [
        sys.executable,
        "-m",
        "quizgen",
        "build",
        "--seeds",
        str(seeds),
        "--out",
        str(out),
        "--rules",
        str(RULES),
        "--quiet",
    ]
    old_dir = tmp_path / "old"
    shutil.copytree(out, old_dir)
    # One whole build, timed: the kills fall at shares of its length, early and late however busy
    # the machine is (fixed delays once let a loaded machine kill every build before its end).
    began = time.monotonic()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    whole = time.monotonic() - began
    assert snapshot(out, tmp_path) == new
    outcomes = set()
    for delay in (whole * share for share in (0.04, 0.1, 0.18, 0.26, 0.36, 0.5, 0.7, 2.0)):
        shutil.rmtree(out)
        shutil.copytree(old_dir, out)
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        if not out.is_dir():
            # Killed between the two renames of a swap: the next build puts the old outputs back.
            recover(out)
        now = snapshot(out, tmp_path)
        assert now in (old, new), f"killed after {delay:.1f}s: a mix of outputs or a partial file"
        assert not workers_left(str(seeds)), f"killed after {delay:.1f}s: worker processes left running"
        outcomes.add("new" if now == new else "old")
    # Early kills leave the old outputs; later ones find the build finished.
    assert outcomes == {"old", "new"}, outcomes


def test_a_build_from_unchanged_inputs_leaves_dist_alone_and_any_change_rebuilds(tmp_path: Path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    out = tmp_path / "dist"

    def run(**options: object) -> bool:
        settings = Settings(seeds=seeds, out=out, rules=rules, cache=tmp_path / "cache")
        report = build(Settings(**{**settings.__dict__, **options}))
        assert report.sources == 5 and sum(report.questions_by_type.values()) > 0
        return report.up_to_date

    assert not run()
    written = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    article = sorted(seeds.iterdir())[0]
    os.utime(article, (time.time() + 60, time.time() + 60))  # touched: same bytes
    assert run()
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == written  # nothing rewritten

    assert not run(seed=2)  # an option that changes the outputs
    assert not run()  # and back
    (out / "worksheet.html").write_text("edited by hand", encoding="utf-8")
    assert not run()  # a damaged output is made again
    assert (out / "worksheet.html").read_text(encoding="utf-8") != "edited by hand"
    article.write_text(article.read_text(encoding="utf-8") + "\nThe senate voted in 1999.\n", "utf-8")
    assert not run()
    rule = sorted(rules.glob("*.yaml"))[0]
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# a teacher's note\n", encoding="utf-8")
    assert not run()
    assert run()
    assert not run(cache=None)  # no cache: everything is built again


def test_a_build_failing_while_it_writes_leaves_the_old_outputs_and_no_staging(tmp_path: Path, monkeypatch):
    seeds = seed_variants(tmp_path / "seeds", 12)
    out = tmp_path / "dist"
    build(Settings(seeds=seeds, out=out, rules=RULES, jobs=2))
    old = snapshot(out, tmp_path)
    seed_variants(seeds, 13, first=12)

    def full_disk(*args: object) -> bytes:
        raise OutputError(f"{out}: cannot write outputs (No space left on device); pick another --out")

    # The deck is written last, by a helper process, after the bank and worksheet were staged.
    monkeypatch.setattr(anki, "write_deck", full_disk)
    with pytest.raises(OutputError, match="No space left"):
        build(Settings(seeds=seeds, out=out, rules=RULES, jobs=2))
    assert snapshot(out, tmp_path) == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist", "notes.anki2", "seeds"]
