"""Redrafting passes over a multiple-choice rule the gates would drop whatever its options
(``gates.dropped_whatever_its_options``) without changing what is kept or why a draft is dropped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from quizgen.analysis import analyse_article, from_record
from quizgen.distractors import build_pool
from quizgen.gates import Gated, Screen, dropped_whatever_its_options, screen_drafts
from quizgen.models import Fact
from quizgen.rules import Draft, Hopeless, draft_questions, load_rules, shows_blanked
from tests.conftest import RULES, SEEDS


@pytest.mark.parametrize(
    "stem, shows",
    [
        ("Which figure completes the sentence? {{ blanked }}", True),
        ("{{ from_story }}Which place? {{ blanked }}", True),
        ("{% if role %}{{ blanked }}{% endif %}", False),  # (only where a slot is set)
        ("{{ blanked|upper }}", False),  # (a filter may change the blank)
        ("{{ from_story }}Which party {{ predicate }}?", False),
        ("{{ ask }}", False),
    ],
)
def test_a_stem_shows_the_blanked_sentence_only_outside_any_condition_or_filter(stem: str, shows: bool):
    assert shows_blanked(stem) is shows


def _screened(path: Path, passing_over: bool) -> tuple[Gated, int]:
    """One sample article drafted and screened, passing over hopeless rules or not; with how
    many drafts were passed over."""
    rules = load_rules(RULES)
    article = from_record(path.name, path.read_bytes(), analyse_article(path.name, path.read_bytes()))
    sources = {article.source.source_id: article.source}
    pool = build_pool(list(article.facts))
    screen = Screen(sources=sources)
    passed_over = 0

    def counted(plain: Draft, led: Callable[[], Draft | None]) -> bool:
        nonlocal passed_over
        hopeless = dropped_whatever_its_options(plain, led, screen)
        passed_over += hopeless
        return hopeless

    def redraft(
        facts: Sequence[Fact], starts: Sequence[int] | None = None, hopeless: Hopeless | None = None
    ) -> list[Draft]:
        passes_over = counted if hopeless is not None and passing_over else None
        return draft_questions(facts, rules, pool, 1, sources, starts, passes_over)

    return screen_drafts(redraft(article.facts), redraft, screen), passed_over


def test_passing_over_hopeless_rules_keeps_and_drops_the_same_drafts_for_the_same_reasons():
    passed_over = 0
    for path in sorted(SEEDS.glob("*.txt")):
        (fast, skipped), (slow, _) = _screened(path, True), _screened(path, False)
        assert [d.question for d in fast.kept] == [d.question for d in slow.kept]
        assert (fast.dropped, fast.by_check) == (slow.dropped, slow.by_check)
        passed_over += skipped
    assert passed_over > 0  # (the samples have drafts to pass over)
