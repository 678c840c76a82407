"""Paths and builds for the self-contained suite: the samples in ``seeds/`` and sentences written
for the tests. Nothing here reads ``../shared``: checks on the shared corpora live in ``tests_corpus/``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizgen.build import Settings, build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
RULES = ROOT / "question_bank"


@pytest.fixture(autouse=True)
def _own_cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """``quizgen build`` caches under $XDG_CACHE_HOME: never the user's own, in tests."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples built once into a temporary folder; tests read its outputs."""
    out = tmp_path_factory.mktemp("seeds") / "dist"
    build(Settings(seeds=SEEDS, out=out, rules=RULES, seed=1))
    return out


@pytest.fixture(scope="session")
def seeds_bank(seeds_build: Path) -> dict:
    return json.loads((seeds_build / "bank.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seeds_all_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples built with ``--all``: every question exported, led and cloze ones too."""
    out = tmp_path_factory.mktemp("seeds-all") / "dist"
    build(Settings(seeds=SEEDS, out=out, rules=RULES, seed=1, everything=True))
    return out


@pytest.fixture(scope="session")
def seeds_all_bank(seeds_all_build: Path) -> dict:
    return json.loads((seeds_all_build / "bank.json").read_text(encoding="utf-8"))
