"""Benchmark ``quizgen build`` on ../shared/corpora but its evaluation set (run on demand, not in CI).

    python benchmarks/bench_build.py [--jobs 2] [--scales 1,2,4] [--repeat 1] [--corpora ../shared/corpora]

For each scale (the corpus copied 1, 2, 4 times) it runs ``quizgen build`` from a
cold start (no cache) as a user does, and prints words per second end to end
(all exports included, start and exit of the process too), the seconds per stage
the build prints, peak memory (RSS of the build and its workers together,
sampled) and questions made. At 1x one more build samples PSS as well, which
slows it. Then it times warm rebuilds at 1x: with nothing changed but a file's
time (``touch``), and after one article was edited.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_corpus(corpora: Path, dest: Path, copies: int) -> int:
    """Copy every article of ``corpora``'s folders flat into ``dest``, ``copies`` times; return words."""
    dest.mkdir(parents=True)
    words = 0
    # (an evaluation set, "*-test", is never built while developing: not even to time it)
    for folder in sorted(p for p in corpora.iterdir() if p.is_dir() and not p.name.endswith("-test")):
        for path in sorted(folder.glob("*.txt")):
            data = path.read_bytes()
            for k in range(copies):
                (dest / f"{k}-{folder.name}-{path.name}").write_bytes(data)
                words += len(data.split())
    return words


def _tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (Linux /proc)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def _memory_kb(pids: list[int], field: str, file: str) -> int:
    """One memory field summed over processes, in kB."""
    total = 0
    for p in pids:
        try:
            text = Path(f"/proc/{p}/{file}").read_text()
        except OSError:
            continue
        total += sum(int(line.split()[1]) for line in text.splitlines() if line.startswith(field))
    return total


def run_build(seeds: Path, out: Path, jobs: int, cache: Path | None, pss: bool = False) -> dict:
    """Run ``quizgen build`` as a user does; return its stage times, wall time and peak memory.

    With ``pss``, PSS is sampled too; that slows the build (see ``sample``), so
    such a run measures memory, not time.
    """
    args = [sys.executable, "-m", "quizgen", "build", "--seeds", str(seeds), "--out", str(out)]
    args += ["--rules", str(ROOT / "question_bank"), "--jobs", str(jobs)]
    args += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    start = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_rss = peak_pss = 0

    def sample() -> None:
        # Forked workers share the parent's pages until they write to them. RSS counts
        # a shared page once in every process, so the RSS sum overstates the memory
        # used; PSS splits each shared page among its sharers, so the PSS sum is what
        # the build takes from the machine. PSS costs the kernel a walk of every page
        # table (4 ms for a 300 MB process): read every 0.2 s, it slowed a 1x build
        # by 0.3 s (5%) on two cores, so timed runs read RSS alone.
        nonlocal peak_rss, peak_pss
        n = 0
        while child.poll() is None:
            pids = _tree(child.pid)
            peak_rss = max(peak_rss, _memory_kb(pids, "VmRSS:", "status"))
            if pss and n % 5 == 0:
                peak_pss = max(peak_pss, _memory_kb(pids, "Pss:", "smaps_rollup"))
            n += 1
            time.sleep(0.04)

    sampler = threading.Thread(target=sample)
    sampler.start()
    stdout, stderr = child.communicate()
    wall = time.perf_counter() - start
    sampler.join()
    if child.returncode != 0:
        sys.exit(f"build failed:\n{stderr}")
    # "Questions: 17416 (...)." and "Built in 5.93 s (load 0.07, extract 2.31, ...)."
    questions = re.search(r"^Questions: (\d+)", stdout, re.M)
    stages = re.search(r"^Built in [\d.]+ s \((.*)\)\.$", stdout, re.M)
    if not (questions and stages):
        sys.exit(f"unexpected output of quizgen build:\n{stdout}")
    seconds = {k: float(v) for k, v in (part.split() for part in stages.group(1).split(", "))}
    result = {"questions": int(questions.group(1)), "seconds": seconds}
    return {**result, "wall": wall, "peak_rss_mb": peak_rss / 1024, "peak_pss_mb": peak_pss / 1024}


def report(label: str, words: int, r: dict) -> None:
    stages = ", ".join(f"{k} {v:.2f}" for k, v in r["seconds"].items())
    memory = f"{r['peak_rss_mb']:.0f} MB RSS summed over processes"
    if r["peak_pss_mb"]:
        memory = f"{r['peak_pss_mb']:.0f} MB PSS ({memory})"
    print(
        f"{label}: {words:,} words in {r['wall']:.2f} s = {words / r['wall']:,.0f} words/s; "
        f"peak memory {memory}; {r['questions']:,} questions\n    stages (s): {stages}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--scales", default="1,2,4")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="cold builds per scale; the fastest counts (the machine is noisy)",
    )
    options = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="quizgen-bench-"))
    try:
        times: dict[int, float] = {}
        for scale in (int(s) for s in options.scales.split(",")):
            seeds = tmp / f"seeds-{scale}x"
            words = make_corpus(options.corpora, seeds, scale)
            runs = []
            for k in range(options.repeat):
                runs.append(run_build(seeds, tmp / f"dist-{scale}x-{k}", options.jobs, None))
                report(f"{scale}x cold, --jobs {options.jobs}", words, runs[-1])
            times[scale] = min(r["wall"] for r in runs)
            if options.repeat > 1:
                best = times[scale]
                print(f"{scale}x fastest of {options.repeat}: {best:.2f} s = {words / best:,.0f} words/s")
            if scale == 1:
                memory = run_build(seeds, tmp / "dist-1x-memory", options.jobs, None, pss=True)
                report("1x cold, memory run (PSS sampled too, which slows it)", words, memory)
        if 1 in times:
            for scale, t in sorted(times.items()):
                print(f"time at {scale}x / time at 1x: {t / times[1]:.2f}")
            seeds, cache = tmp / "seeds-1x", tmp / "cache"
            run_build(seeds, tmp / "warm", options.jobs, cache)  # fills the cache
            one = sorted(seeds.iterdir())[len(list(seeds.iterdir())) // 2]
            os.utime(one)
            rebuild = run_build(seeds, tmp / "warm", options.jobs, cache)
            report("1x rebuild after touching one file", words_in(seeds), rebuild)
            one.write_text(one.read_text(encoding="utf-8") + "\nThe committee met again in May.\n", "utf-8")
            rebuild = run_build(seeds, tmp / "warm", options.jobs, cache)
            report("1x rebuild after editing one file", words_in(seeds), rebuild)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words_in(folder: Path) -> int:
    return sum(len(p.read_bytes().split()) for p in folder.iterdir())


if __name__ == "__main__":
    main()
