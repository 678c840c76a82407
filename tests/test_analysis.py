"""Per-article analysis: parallel workers and the cache never change an output."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen import analysis
from quizgen.analysis import MIN_PARALLEL, Cache, analyse_articles
from quizgen.cli import main
from quizgen.sources import read_article_files
from tests.conftest import RULES
from tests.helpers import seed_variants

N_ARTICLES = MIN_PARALLEL + 6  # enough that --jobs 2 really starts workers


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return seed_variants(tmp_path / "seeds", N_ARTICLES)


def _build(seeds: Path, out: Path, *options: str) -> dict[str, bytes]:
    args = ["build", "--seeds", str(seeds), "--out", str(out), "--rules", str(RULES), "--quiet", *options]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def test_jobs_2_gives_byte_identical_outputs_to_jobs_1(corpus: Path, tmp_path: Path) -> None:
    one = _build(corpus, tmp_path / "one", "--jobs", "1", "--no-cache")
    two = _build(corpus, tmp_path / "two", "--jobs", "2", "--no-cache")
    decks = [n for n in one if n.endswith(".apkg")]
    assert len(decks) == 1  # named after the articles
    assert set(one) - set(decks) == {
        ".quizgen-output",
        "bank.json",
        "report.md",
        "worksheet.html",
        "moodle.xml",
        "questions.gift",
        "qti.zip",
    }
    assert one == two  # every file, the Anki deck included


def test_cached_rebuild_is_identical_and_redoes_only_the_changed_article(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = _build(corpus, tmp_path / "a", "--jobs", "1", "--cache-dir", str(cache))
    assert len(list(cache.rglob("*.json"))) == N_ARTICLES

    analysed: list[str] = []
    real = analysis.analyse_article

    def counting(name: str, data: bytes) -> dict:
        analysed.append(name)
        return real(name, data)

    monkeypatch.setattr(analysis, "analyse_article", counting)
    again = _build(corpus, tmp_path / "b", "--jobs", "1", "--cache-dir", str(cache))
    assert analysed == [] and again == first

    changed = sorted(corpus.iterdir())[3]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe minister resigned in 1999.\n", "utf-8")
    edited = _build(corpus, tmp_path / "c", "--jobs", "1", "--cache-dir", str(cache))
    assert analysed == [changed.name]
    fresh = _build(corpus, tmp_path / "d", "--jobs", "1", "--no-cache")
    assert edited == fresh


def test_a_damaged_cache_entry_is_analysed_again(corpus: Path, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    articles, _ = read_article_files(corpus)
    reference = analyse_articles(articles, 1, cache, lambda items, n, label: items)
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text('{"title": ', encoding="utf-8")
    assert analyse_articles(articles, 1, cache, lambda items, n, label: items) == reference


def test_the_cache_key_changes_with_the_bytes_and_the_name(corpus: Path) -> None:
    articles, _ = read_article_files(corpus)
    cache = Cache(None)
    a = articles[0]
    keys = {
        cache.key(a),
        cache.key(type(a)(a.name, a.data + b" ", a.mtime)),
        cache.key(type(a)("other.txt", a.data, a.mtime)),
    }
    assert len(keys) == 3
    assert cache.key(type(a)(a.name, a.data, a.mtime + 60)) == cache.key(a)  # touching is no change
