"""Run whole-build stages on several cores without changing what they produce.

The stages after extraction (drafting questions, exporting) work on data the
build already holds in memory. Forked children see that data as it is, so only
results travel back (pickled through a pipe). Each task's result lands in the
task's place, so the output never depends on how many processes ran.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def can_fork() -> bool:
    """Whether this platform forks (Linux, macOS); elsewhere everything runs in one process."""
    return "fork" in multiprocessing.get_all_start_methods()


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


def fork_map(fn: Callable[[T], R], tasks: Sequence[T], jobs: int) -> list[R]:
    """``[fn(t) for t in tasks]``, the tasks shared among ``jobs`` processes (this one and forks).

    Runs in this process alone when ``jobs`` is 1, there is one task, or the
    platform cannot fork. ``fn`` may be a closure: a forked child needs nothing
    pickled but its results. An exception in a child is raised again here.
    """
    if jobs <= 1 or len(tasks) <= 1 or not can_fork():
        return [fn(t) for t in tasks]
    runs = split(tasks, jobs)
    context = multiprocessing.get_context("fork")
    children = []
    for run in runs[1:]:
        receive, send = context.Pipe(duplex=False)
        readers = [r for _, r in children] + [receive]
        process = context.Process(target=_child, args=(fn, run, send, readers), daemon=True)
        process.start()
        send.close()
        children.append((process, receive))
    try:
        results = [fn(t) for t in runs[0]]
        for process, receive in children:
            try:
                ok, value = receive.recv()  # before join: a child blocks until its results are read
            except EOFError:
                ok, value = False, RuntimeError(f"a worker process died (exit code {process.exitcode})")
            process.join()
            if not ok:
                raise value
            results += value
    finally:
        for process, _ in children:
            if process.is_alive():
                process.terminate()
    return results
