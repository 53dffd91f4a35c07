"""FIFOs for tests of code that must refuse them rather than wait on them."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def fifo(path: Path, release_after: float = 10.0) -> Iterator[Path]:
    """Make a FIFO at `path`. Should the code under test wait on it, its other end is
    opened and closed after `release_after` seconds, so that a regression fails the
    test (the reader sees an empty file) instead of hanging the run."""
    path.unlink(missing_ok=True)
    os.mkfifo(path)

    def release() -> None:
        with contextlib.suppress(OSError):  # nobody is reading: nothing to release
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))

    timer = threading.Timer(release_after, release)
    timer.start()
    try:
        yield path
    finally:
        timer.cancel()
