"""Ranking and selection: what the exports carry of each source."""

import json
from collections import Counter, defaultdict

from quizgen.bank import exported
from quizgen.build import Settings, build
from quizgen.rank import per_source_default
from tests.conftest import RULES, SEEDS


def _first_source(q: dict) -> str:
    return q["sources"][0]["source_id"]


def test_ranks_run_from_one_within_each_source(seeds_bank):
    ranks = defaultdict(list)
    for q in seeds_bank["questions"]:
        ranks[_first_source(q)].append(q["rank"])
    for source, found in ranks.items():
        assert sorted(found) == list(range(1, len(found) + 1)), source


def test_the_best_ranked_are_selected(seeds_bank):
    for q in seeds_bank["questions"]:
        words = next(s["words"] for s in seeds_bank["sources"] if s["source_id"] == _first_source(q))
        assert q["selected"] == (q["rank"] <= per_source_default(words))


def test_per_source_caps_and_all_exports_everything(tmp_path):
    build(Settings(seeds=SEEDS, out=tmp_path / "three", rules=RULES, per_source=3))
    bank = json.loads((tmp_path / "three" / "bank.json").read_text(encoding="utf-8"))
    per_source = Counter(_first_source(q) for q in exported(bank))
    assert per_source and max(per_source.values()) <= 3
    assert all(q["selected"] == (q["rank"] <= 3) for q in bank["questions"])
    build(Settings(seeds=SEEDS, out=tmp_path / "all", rules=RULES, everything=True))
    bank = json.loads((tmp_path / "all" / "bank.json").read_text(encoding="utf-8"))
    assert all(q["selected"] for q in bank["questions"])


def test_a_long_document_gets_more_questions_up_to_a_cap():
    assert per_source_default(400) == 10
    assert per_source_default(2500) == 20
    assert per_source_default(100_000) == 30
