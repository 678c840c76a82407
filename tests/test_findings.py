"""The gates' test of what a stem leans on stops at the first finding that leans
(``discourse.findings``, ``standalone.needs_context``): it must decide as the whole list of
findings does (``leans_on``, which the ranking reads), whichever is asked first."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen import discourse
from quizgen.analysis import analyse_article, from_record
from quizgen.discourse import LEANS, _BoundedMemo, _read, findings, leans_on, read_source
from quizgen.distractors import build_pool
from quizgen.gates import Screen
from quizgen.rules import draft_questions, load_rules
from quizgen.standalone import _leans, _stem_findings, stem_leans_on
from tests.conftest import RULES, SEEDS

ARTICLE = (
    "Council tax to rise in Leeds\n\n"
    "Leeds City Council has approved a rise in council tax of 4.9% from April.\n"
    "He said the decision would pay for such a move last year.\n"
    "The council said the rise would pay for adult social care.\n"
)
SHOWN = "He said the decision would pay for such a move last year."


def test_findings_read_whole_are_those_of_leans_on_in_the_same_order():
    reading = read_source(ARTICLE, "Council tax to rise in Leeds")
    whole = tuple(_read(SHOWN, reading, ARTICLE.index(SHOWN), ""))
    assert len(whole) > 2 and {k for k, _ in whole} - LEANS  # (leaning ones, and a "time" too)
    assert tuple(findings(SHOWN, reading, ARTICLE.index(SHOWN))) == whole
    assert leans_on(SHOWN, reading, ARTICLE.index(SHOWN)) == whole


def test_a_reader_that_stops_early_leaves_the_rest_to_the_next_reader(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(discourse, "_READ", _BoundedMemo(8))
    reading = read_source(ARTICLE, "Council tax to rise in Leeds")
    start = ARTICLE.index(SHOWN)
    whole = tuple(_read(SHOWN, reading, start, ""))
    first = next(iter(findings(SHOWN, reading, start)))  # (stops at the first, memoised so far)
    assert first == whole[0]
    assert discourse._READ.get((SHOWN, reading, start, "")) == (False, whole[:1])
    assert tuple(findings(SHOWN, reading, start)) == whole  # (the rest read again past it)
    assert leans_on(SHOWN, reading, start) == whole
    assert discourse._READ.get((SHOWN, reading, start, "")) == (True, whole)


def test_the_memo_is_bounded_and_lets_go_of_the_least_recently_used():
    memo = _BoundedMemo(2)
    memo.put("a", 1)
    memo.put("b", 2)
    assert memo.get("a") == 1  # ("b" is now the oldest)
    memo.put("c", 3)
    assert (memo.get("a"), memo.get("b"), memo.get("c")) == (1, None, 3)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_the_context_test_decides_as_the_whole_list_of_findings(path: Path):
    rules = load_rules(RULES)
    article = from_record(path.name, path.read_bytes(), analyse_article(path.name, path.read_bytes()))
    sources = {article.source.source_id: article.source}
    screen = Screen(sources=sources)
    drafts = draft_questions(article.facts, rules, build_pool(list(article.facts)), 1, sources)
    leaning = 0
    for d in drafts:
        reading = screen.reading(d)
        for told in (None, True):
            discourse._READ.entries.clear()  # the early test first, from a cold memo ...
            early = _leans(_stem_findings(d, reading, told))
            whole = stem_leans_on(d, reading, told)
            assert early is _leans(whole)
            discourse._READ.entries.clear()  # ... and after the whole list was read
            assert stem_leans_on(d, reading, told) == whole
            assert _leans(_stem_findings(d, reading, told)) is early
            leaning += early
    assert leaning > 0  # (the samples have stems that lean)
