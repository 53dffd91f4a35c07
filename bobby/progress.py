"""Progress events: the one shape in which every long step of the library says where it is.

Library functions never print. A function that takes long (fetching a model, reading
archives, preparing data, loading a model, generating, evaluating, training) accepts a
`progress` callback and calls it with `Progress` events; the CLI renders them with Rich
(`bobby.cli.ui.Tracker.report`), a Python user can log them or ignore them. Training
says more (its set-up, then losses and speed at each step), so its events are the
`TrainStart` and `TrainStep` subclasses of the same event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


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


@dataclass(frozen=True, kw_only=True)
class TrainStart(Progress):
    """What a training run is about to do, reported once before its first step."""

    options: Any  # bobby.train.TrainOptions
    backend: Any  # bobby.backend.Backend
    device_note: str | None
    start_step: int
    data_format: str
    train_examples: int
    valid_examples: int
    truncated: int
    trainable_parameters: int
    total_parameters: int
    processes: int = 1


@dataclass(frozen=True, kw_only=True)
class TrainStep(Progress):
    """Where a training run is: after each step, and while it validates or saves
    (`phase`); `done` of `total` steps."""

    phase: str = "train"  # "train", "validate" or "save"
    train_loss: float | None = None
    val_loss: float | None = None
    tokens_per_second: float | None = None
    peak_memory_gb: float | None = None
    val_batch: int | None = None  # while validating: batches done, of val_batches
    val_batches: int | None = None
    seconds_left: float | None = None  # to the run's end, from its own speed so far

    @property
    def step(self) -> int:
        return int(self.done or 0)
