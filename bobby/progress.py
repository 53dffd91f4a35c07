"""Progress events: the one shape in which every long step of the library says where it is.

Library functions never print. A function that takes long (fetching a model, reading
archives, preparing data, loading a model, generating, evaluating, training) accepts a
`progress` callback and calls it with `Progress` events; the CLI renders them with Rich
(`bobby.cli.ui.Tracker.report`), a Python user can log them or ignore them. Training's
steps carry more (losses, speed), so they are the `TrainStep` subclass of the same event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    """What a step is doing now and, where it can be counted, how far it is.

    Attributes:
        what: a short description for people ("Loading smollm2", "Generating (round 2)").
        done: units finished so far, or None when the work cannot be counted.
        total: units in all, or None when not known.
    """

    what: str
    done: float | None = None
    total: float | None = None


Report = Callable[[Progress], None]


def ignore(_event: Progress) -> None:
    """The callback of a caller that does not watch."""


def stage(report: Report | None, what: str) -> None:
    """Tell `report` (if any) that a new stage begins."""
    if report is not None:
        report(Progress(what))
