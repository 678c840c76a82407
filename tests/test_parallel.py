import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.errors import RuleError
from quizgen.parallel import can_fork, fork_map, split


@given(st.lists(st.integers()), st.integers(min_value=1, max_value=9))
def test_split_cuts_into_contiguous_runs_of_nearly_equal_length(items: list[int], parts: int):
    runs = split(items, parts)
    assert [x for run in runs for x in run] == items
    assert len(runs) == max(1, min(parts, len(items)))
    assert max(map(len, runs)) - min(map(len, runs)) <= 1


def test_results_come_back_in_task_order_from_other_processes():
    if not can_fork():
        pytest.skip("this platform cannot fork: fork_map runs in one process, as tested below")
    parent = os.getpid()
    # A closure over local data: a forked child needs nothing pickled but its results.
    offset = 100
    results = fork_map(lambda n: (n + offset, os.getpid()), list(range(7)), jobs=2)
    assert [r for r, _ in results] == list(range(100, 107))
    assert {pid for _, pid in results[:4]} == {parent}
    assert {pid for _, pid in results[4:]} - {parent}, "the last run ran in this process too"


def test_one_job_runs_everything_here():
    parent = os.getpid()
    assert fork_map(lambda n: os.getpid(), [1, 2, 3], jobs=1) == [parent] * 3


def test_a_task_failing_in_a_child_raises_its_error_here():
    if not can_fork():
        pytest.skip("this platform cannot fork")

    def fail_on_three(n: int) -> int:
        if n == 3:
            raise RuleError(["bad.yaml: template error ('role' is undefined)"])
        return n

    # A user's error keeps its type and message, so the CLI still prints one line.
    with pytest.raises(RuleError, match="bad.yaml: template error"):
        fork_map(fail_on_three, [1, 2, 3], jobs=2)
