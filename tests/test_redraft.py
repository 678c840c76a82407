"""Redrafting passes over a multiple-choice rule the gates would drop whatever its options
(``gates.dropped_whatever_its_options``) without changing what is kept or why a draft is dropped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from quizgen import gates
from quizgen.analysis import analyse_article, from_record
from quizgen.distractors import build_pool
from quizgen.gates import Gated, Screen, dropped_whatever_its_options, first_drafts, screen_drafts
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


def _first_round(path: Path, passing_over_first: bool) -> Gated:
    """One sample article drafted (passing over hopeless rules where it is first drafted too, or
    only when redrafting, as before) and screened."""
    rules = load_rules(RULES)
    article = from_record(path.name, path.read_bytes(), analyse_article(path.name, path.read_bytes()))
    sources = {article.source.source_id: article.source}
    pool = build_pool(list(article.facts))
    screen = Screen(sources=sources)

    def redraft(
        facts: Sequence[Fact], starts: Sequence[int] | None = None, hopeless: Hopeless | None = None
    ) -> list[Draft]:
        return draft_questions(facts, rules, pool, 1, sources, starts, hopeless)

    first = first_drafts(article.facts, redraft, screen) if passing_over_first else redraft(article.facts)
    return screen_drafts(first, redraft, screen)


def test_passing_over_hopeless_rules_where_a_fact_is_first_drafted_keeps_the_same_drafts():
    # (a fact no rule asks well is still counted once, by the first of its drafts the gates
    # read: one of a rule after those passed over, so its reason may be another, ``first_drafts``)
    for path in sorted(SEEDS.glob("*.txt")):
        fast, slow = _first_round(path, True), _first_round(path, False)
        assert [(d.question, d.fact, d.rule_at) for d in fast.kept] == [
            (d.question, d.fact, d.rule_at) for d in slow.kept
        ]
        assert sum(fast.dropped.values()) == sum(slow.dropped.values())
        assert sum(fast.by_check.values()) == sum(slow.by_check.values())


def test_redrafting_passes_over_rules_whose_drafts_leak_whatever_their_options(monkeypatch):
    # (the gates' own passing over while redrafting: a draft that leaks has the fact's next rule
    # tried, as a rule with too few options does; what is kept and why nothing else is, is the same)
    leaking = 0
    leaks = gates.leaks_whatever_its_options

    def counted(plain: Draft, screen: Screen) -> bool:
        nonlocal leaking
        leaking += leaks(plain, screen)
        return leaks(plain, screen)

    monkeypatch.setattr(gates, "leaks_whatever_its_options", counted)
    for path in sorted(SEEDS.glob("*.txt")):
        (slow, _), fast = _screened(path, False), _first_round(path, False)
        assert [d.question for d in fast.kept] == [d.question for d in slow.kept]
        assert (fast.dropped, fast.by_check) == (slow.dropped, slow.by_check)
    assert leaking > 0  # (the samples have drafts that leak when redrafted)
