import os
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.errors import RuleError
from quizgen.parallel import Background, Helper, can_fork, fork_map, in_child, split


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


def _pid_and_sum(*numbers: int) -> tuple[int, int]:
    return os.getpid(), sum(numbers)


def _vmrss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))


def test_a_helper_forked_early_runs_its_task_later_in_its_own_process():
    if not can_fork():
        pytest.skip("this platform cannot fork")
    with Helper() as helper:
        helper.submit(_pid_and_sum, 1, 2, 3)
        pid, total = helper.result()
    assert total == 6 and pid != os.getpid()


def test_a_helper_does_not_hold_memory_taken_after_it_was_forked():
    if not (can_fork() and os.path.exists("/proc/self/status")):
        pytest.skip("needs fork and Linux's /proc to read a process's resident memory")
    with Helper() as helper:
        ballast = bytearray(80 * 2**20)
        ballast[::4096] = b"x" * len(range(0, len(ballast), 4096))  # touch every page
        assert _vmrss_kb(helper._process.pid) < _vmrss_kb(os.getpid()) - 60 * 1024
        helper.submit(_pid_and_sum)
        helper.result()
    del ballast


def test_a_disabled_helper_runs_its_task_here():
    with Helper(enabled=False) as helper:
        helper.submit(_pid_and_sum, 4, 5)
        assert helper.result() == (os.getpid(), 9)


def _fails() -> None:
    raise RuleError(["deck: cannot be written"])


def test_a_helper_hands_its_error_back():
    with Helper() as helper, pytest.raises(RuleError, match="deck: cannot be written"):
        helper.submit(_fails)
        helper.result()


def test_a_helper_given_no_task_ends_with_the_build():
    if not can_fork():
        pytest.skip("this platform cannot fork")
    with Helper() as helper:
        process = helper._process
    assert not process.is_alive() and process.exitcode == 0


def test_in_child_returns_what_the_function_returns():
    assert in_child(lambda: {"pid": os.getpid(), "squares": [n * n for n in range(5)]})["squares"] == [
        0,
        1,
        4,
        9,
        16,
    ]
    if can_fork():
        assert in_child(os.getpid) != os.getpid()


def test_a_background_task_runs_in_another_process_while_this_one_goes_on():
    if not can_fork():
        pytest.skip("this platform cannot fork")
    data = list(range(10))  # a closure over local data: only the result is pickled
    with Background(lambda: (os.getpid(), sum(data))) as task:
        here = sum(n * n for n in data)
        pid, total = task.result()
    assert (here, total) == (285, 45) and pid != os.getpid()
    assert task.result() == (pid, total), "asked again, the same result"


def test_a_disabled_background_task_runs_here_when_asked():
    calls: list[int] = []
    with Background(lambda: calls.append(os.getpid()) or len(calls), enabled=False) as task:
        assert calls == []
        assert task.result() == 1 and task.result() == 1
    assert calls == [os.getpid()]


def test_a_background_task_hands_its_error_back():
    with Background(_fails) as task, pytest.raises(RuleError, match="deck: cannot be written"):
        task.result()


def test_a_background_task_not_asked_for_ends_with_its_block():
    if not can_fork():
        pytest.skip("this platform cannot fork")
    with Background(lambda: time.sleep(30)) as task:
        process = task._child[0]
    assert not process.is_alive()
