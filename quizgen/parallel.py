"""Run whole-build stages on several cores without changing what they produce.

The stages after extraction (drafting questions, exporting) work on data the
build already holds in memory. Forked children see that data as it is, so only
results travel back (pickled through a pipe). Each task's result lands in the
task's place, so the output never depends on how many processes ran.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def can_fork() -> bool:
    """Whether this platform forks (Linux, macOS); elsewhere everything runs in one process."""
    return "fork" in multiprocessing.get_all_start_methods()


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def split(items: Sequence[T], parts: int) -> list[Sequence[T]]:
    """``items`` cut into at most ``parts`` contiguous runs of nearly equal length."""
    parts = max(1, min(parts, len(items)))
    size, extra = divmod(len(items), parts)
    runs, start = [], 0
    for k in range(parts):
        end = start + size + (k < extra)
        runs.append(items[start:end])
        start = end
    return runs


def deal(items: Sequence[T], parts: int) -> list[Sequence[T]]:
    """``items`` dealt out in turn into at most ``parts`` hands: the first to the first hand,
    the second to the second, and so on round."""
    parts = max(1, min(parts, len(items)))
    return [items[k::parts] for k in range(parts)]


def _child(fn: Callable[[Any], Any], run: Sequence[Any], out: Connection, others: list[Connection]) -> None:
    # The fork copied the reading ends of the pipes too. Closed here, a pipe's only
    # reader is the parent: if it is killed, sending fails instead of blocking forever.
    for receiving in others:
        receiving.close()
    try:
        result: tuple[bool, Any] = (True, [fn(t) for t in run])
    except Exception as exc:  # handed to the parent, which raises it: a user's error stays one line
        result = (False, exc)
    try:
        out.send(result)
    except Exception as exc:  # a result or error that cannot be pickled
        out.send((False, RuntimeError(f"a worker's result could not be sent back ({exc})")))
    out.close()


class Helper:
    """A process forked while this one is still small, to run one task for it later.

    A child forked late starts with all its parent's memory, and the system counts
    those pages once in each (RSS); a helper forked at the start of a build holds
    only what its task is sent. Where the platform cannot fork, or when
    ``enabled`` is false, the task runs in this process when its result is asked for.
    """

    def __init__(self, enabled: bool = True) -> None:
        self._task: tuple[Callable[..., Any], tuple[Any, ...]] | None = None
        self._process: Any = None
        if not (enabled and can_fork()):
            return
        context = multiprocessing.get_context("fork")
        task_in, self._task_out = context.Pipe(duplex=False)
        self._result_in, result_out = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_helper, args=(task_in, result_out, [self._task_out, self._result_in]), daemon=True
        )
        self._process.start()
        task_in.close()
        result_out.close()

    def submit(self, fn: Callable[..., R], *args: Any) -> None:
        """Hand ``fn(*args)`` to the helper (pickled: ``fn`` must be a module's function)."""
        if self._process is None:
            self._task = (fn, args)
        else:
            self._task_out.send((fn, args))

    def result(self) -> Any:
        """The submitted task's result; its error is raised here."""
        if self._process is None:
            assert self._task is not None, "submit a task first"
            fn, args = self._task
            return fn(*args)
        return _collect(self._process, self._result_in)[0]

    def __enter__(self) -> Helper:
        return self

    def __exit__(self, error: type[BaseException] | None, *exc: object) -> None:
        if self._process is not None:
            self._task_out.close()  # a helper given no task sees the pipe end and exits
            if error is None:
                self._process.join(timeout=1)
            if self._process.is_alive():
                self._process.terminate()  # the build failed: its task is not wanted
                self._process.join()


def _helper(tasks: Connection, out: Connection, others: list[Connection]) -> None:
    for end in others:  # the parent's ends: closed here, the helper sees EOF when the parent goes
        end.close()
    try:
        fn, args = tasks.recv()
    except EOFError:  # the build ended (or died) without a task for it
        return
    _child(lambda a: fn(*a), [args], out, [])


def in_child(fn: Callable[[], R]) -> R:
    """``fn()``, computed in a forked child where the platform forks.

    For a function that makes much short-lived data on the way to a small result
    (the gazetteer reads 70 MB of JSON to keep 4 MB): memory a process frees is
    seldom given back to the system, and every process forked later would count
    it again.
    """
    if not can_fork():
        return fn()
    return _collect(*_fork(lambda _: fn(), [None], []))[0]


class Background(Generic[R]):
    """``fn()`` computed in a forked child while this process goes on with other work.

    For a step that must be done before the next stage and that nothing else waits
    for meanwhile (the distractor pool, while this process merges the facts): its
    result is pickled back when first asked for (``result``). Where the platform cannot
    fork, or when ``enabled`` is false, ``fn`` runs in this process then instead.
    Used as a context manager, a child whose result was never asked for is ended.
    """

    def __init__(self, fn: Callable[[], R], enabled: bool = True) -> None:
        self._fn: Callable[[], R] | None = fn
        self._child = _fork(lambda _: fn(), [None], []) if enabled and can_fork() else None
        self._value: R

    def result(self) -> R:
        """What ``fn()`` returned (waiting for the child to finish); its error is raised here."""
        if self._fn is not None:
            fn, child, self._fn, self._child = self._fn, self._child, None, None
            self._value = fn() if child is None else _collect(*child)[0]
        return self._value

    def __enter__(self) -> Background[R]:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._child is not None and self._child[0].is_alive():
            self._child[0].terminate()  # the build failed before it asked: the result is not wanted
            self._child[0].join()


def _fork(fn: Callable[[Any], Any], run: Sequence[Any], readers: list[Connection]) -> tuple[Any, Connection]:
    """A forked child computing ``[fn(t) for t in run]``, and the end its results arrive on.

    ``readers`` are the receiving ends of children started before, which it closes.
    """
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(fn, run, send, [*readers, receive]), daemon=True)
    process.start()
    send.close()
    return process, receive


def _collect(process: Any, receive: Connection) -> list[Any]:
    """A child's results (raising its error), once it has sent them and ended."""
    try:
        ok, value = receive.recv()  # before join: a child blocks until its results are read
    except EOFError:
        ok, value = False, RuntimeError(f"a worker process died (exit code {process.exitcode})")
    process.join()
    if not ok:
        raise value
    return value


def fork_map(fn: Callable[[T], R], tasks: Sequence[T], jobs: int, dealt: bool = False) -> list[R]:
    """``[fn(t) for t in tasks]``, the tasks shared among ``jobs`` processes (this one and forks).

    Each process takes a run of the tasks, or with ``dealt`` a hand of them dealt out in
    turn (``deal``): where the tasks' costs drift along the list (one genre's articles,
    then another's), each process then gets a share of each and none waits for the last.
    The results come back in the tasks' order either way.

    Runs in this process alone when ``jobs`` is 1, there is one task, or the
    platform cannot fork. ``fn`` may be a closure: a forked child needs nothing
    pickled but its results. An exception in a child is raised again here.
    """
    if jobs <= 1 or len(tasks) <= 1 or not can_fork():
        return [fn(t) for t in tasks]
    runs = deal(tasks, jobs) if dealt else split(tasks, jobs)
    children: list[tuple[Any, Connection]] = []
    for run in runs[1:]:
        children.append(_fork(fn, run, [receive for _, receive in children]))
    try:
        by_run = [[fn(t) for t in runs[0]]]
        for process, receive in children:
            by_run.append(_collect(process, receive))
    finally:
        for process, _ in children:
            if process.is_alive():
                process.terminate()
    if dealt:  # task i is the (i // hands)-th of hand i % hands
        return [by_run[i % len(runs)][i // len(runs)] for i in range(len(tasks))]
    return [result for results in by_run for result in results]
