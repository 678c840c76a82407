"""The corpus suite: checks on whole articles of the shared corpora beside the clone (``../shared``).

A user's clone has no ``../shared``: ``bash tests/run.sh`` runs this suite only when it is
there, and says so when it is not. Run by hand, ``pytest tests_corpus`` without ``../shared``
stops at once with that message instead of failing test by test.
"""

from __future__ import annotations

import pytest

from tests.conftest import (  # noqa: F401  (the fixtures the two suites share)
    ROOT,
    RULES,
    SEEDS,
    _own_cache_dir,
    seeds_bank,
    seeds_build,
)

SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpora" / "bbc-politics-dev"
JUDGE = SHARED / "tools" / "judge.py"

if not DEV.is_dir() or not JUDGE.is_file():
    pytest.exit(f"{SHARED} not found (or incomplete): the corpus suite needs the shared corpora", 4)


def dev_article(name: str) -> str:
    """The text of one development-corpus article (never the evaluation set)."""
    return (DEV / name).read_text(encoding="utf-8")
