"""Spreading a CPU-bound map over the machine's cores, in order, with bounded memory.

Parsing and normalizing a large tweets.js is pure CPU work in Python, which one process
does on one core. Its chunks are independent, so worker processes take them as they are
read from the (possibly zipped) archive; at most two chunks per worker are in flight, so
memory stays flat however large the file. Small inputs are mapped in-process: starting
workers costs more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def workers() -> int:
    """Cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS
        return os.cpu_count() or 1


def map_ordered(
    func: Callable[[T], R],
    items: Iterable[T],
    parallel: bool,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[R]:
    """`map(func, items)`, in worker processes when `parallel` and more than one core.

    `initializer(*initargs)` runs once in each worker (and once here when not parallel)
    to set the state `func` reads, so that state is not sent with every item.
    """
    count = workers()
    if not parallel or count < 2:
        if initializer:
            initializer(*initargs)
        yield from map(func, items)
        return
    # fork is cheap and inherits the imported modules; macOS and Windows need spawn.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with ProcessPoolExecutor(
        count, mp_context=context, initializer=initializer, initargs=initargs
    ) as pool:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(func, item))
            if len(pending) >= 2 * count:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
