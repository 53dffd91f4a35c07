"""The training loop: mlx-lm's LoRA step, with bobby's reports, estimates, saves and stop.

The step is mlx_lm.tuner.trainer.train's (value and grad of the loss, gradients
accumulated over `grad_accumulation_steps` micro-batches, one `mx.compile` around it), with
two changes for speed that leave its values as they were: the loss projects onto the
vocabulary only where it scores (bobby.train.loss), and on the CPU the step is not
compiled. MLX compiles CPU kernels by running the system's C++ compiler (tens of seconds
the first time on a machine, and a new trace for every new batch width), for about a
tenth off a step of SmolLM2: a loss for a run of tens of steps such as the demo's, and
what lets batches be padded to their own length rather than to a multiple of 32
(BENCHMARKS.md). The loop around the step is bobby's because mlx-lm's cannot be resumed
with its optimizer state, stopped between steps, or watched without its own console
output: here every step and every validation batch reports to a callback with an
estimate of the time left, and a stop request (Ctrl-C) ends the run at the next step
boundary with a checkpoint. Under `mlx.launch` the processes share the work as
bobby.train.ranks says; only rank 0 reports and writes.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from bobby.adapters import METRICS
from bobby.files import write_jsonl
from bobby.progress import Report, TrainStep
from bobby.train import checkpoints, loss, ranks
from bobby.train.data import Batch, Split, batches, validation_batches
from bobby.train.options import TrainOptions
from bobby.train.ranks import World

PHASES = {"train": "Training", "validate": "Validating", "save": "Saving"}

# Widths of compiled steps are rounded up to this many tokens (mlx-lm's choice), so that
# a compiled step is traced for a few shapes only.
COMPILED_MULTIPLE = 32


@dataclass
class _Window:
    """Steps since the last report: their mean loss and throughput."""

    losses: list[float] = field(default_factory=list)
    tokens: int = 0
    seconds: float = 0.0

    def add(self, value: float, tokens: int, seconds: float) -> None:
        self.losses.append(value)
        self.tokens += tokens
        self.seconds += seconds

    @property
    def loss(self) -> float | None:
        return sum(self.losses) / len(self.losses) if self.losses else None

    @property
    def rate(self) -> float | None:
        return self.tokens / self.seconds if self.seconds else None


@dataclass
class Clock:
    """This run's timings, and the time left they predict.

    A step costs the median of the steps timed so far (the first one left out once
    there are others: it carries one-off work), a validation batch the mean of the
    batches timed so far.
    """

    total: int
    steps_per_eval: int
    val_batches: int
    step_seconds: list[float] = field(default_factory=list)
    batch_seconds: list[float] = field(default_factory=list)

    def _validations_after(self, step: int) -> int:
        if not self.val_batches:
            return 0
        every = self.total // self.steps_per_eval - step // self.steps_per_eval
        return every + (step < self.total and self.total % self.steps_per_eval != 0)

    def left(self, step: int, batches_left: int = 0) -> float | None:
        """Seconds to the end, from just after `step` (with `batches_left` of a
        validation in progress still to do)."""
        if not self.step_seconds:
            return None
        timed = self.step_seconds[1:] or self.step_seconds
        per_batch = statistics.fmean(self.batch_seconds) if self.batch_seconds else 0.0
        batches = batches_left + self._validations_after(step) * self.val_batches
        return (self.total - step) * statistics.median(timed) + batches * per_batch


def validation_loss(
    model: Any,
    chosen: list[Batch],
    world: World = ranks.SINGLE,
    on_batch: Callable[[int, float], None] = lambda done, seconds: None,
) -> float:
    """Mean loss per target token over the validation batches (of all processes);
    `on_batch` is told after each batch (how many are done, and how long that one took)."""
    import mlx.core as mx

    score = step_loss(model, world)
    model.eval()
    total, count = 0.0, 0
    for number, batch in enumerate(chosen, 1):
        tic = time.perf_counter()
        value, tokens = score(model, batch.tokens, batch.lengths, batch.start)
        mx.eval(value, tokens)
        total += value.item() * tokens.item()
        count += tokens.item()
        on_batch(number, time.perf_counter() - tic)
    model.train()
    total, count = ranks.sum_over(world, [total, count])
    return total / max(count, 1)


def step_loss(model: Any, world: World) -> loss.Loss:
    """bobby's loss on one process (bobby.train.loss); on several, mlx-lm's share of the
    global mean (bobby.train.ranks), which scores the whole sequence."""
    if world.size == 1:
        return loss.for_model(model)
    shared = ranks.loss_function(world)
    return lambda model, batch, lengths, start: shared(model, batch, lengths)


@dataclass
class Outcome:
    """How a loop ended: the last step done, and whether it was asked to stop early."""

    step: int
    stopped: bool
    train_loss: float | None
    val_loss: float | None  # of the adapter kept: the best validation's, where it was not the last
    kept_step: int | None = None  # the step whose adapter was kept, where not the last


def run_steps(
    model: Any,
    optimizer: Any,
    options: TrainOptions,
    train_split: Split,
    valid_split: Split | None,
    *,
    start: int,
    grad: Any | None,
    metrics: list[dict[str, Any]],
    progress: Report,
    stop: threading.Event,
    adapter_config: dict[str, Any],
    world: World = ranks.SINGLE,
) -> Outcome:
    """Train from step `start` to `options.iters`, or until `stop` is set.

    Reports go to `metrics` (and metrics.jsonl) every `steps_per_report` steps,
    validation every `steps_per_eval` steps and at the start and end, checkpoints every
    `save_every` steps, at the end and when stopped. A run that ends keeps the adapter of
    its best validation, not its last: a small model overfits a few hundred posts within
    the default steps (a new user's bot: validation loss 3.16 at step 75, 3.43 at 100). On several processes (`world`), all
    run the same steps and stop at the same one; only rank 0 reports and writes.
    """
    import mlx.core as mx
    import mlx.nn as nn
    from mlx.nn.utils import average_gradients
    from mlx.utils import tree_map
    from mlx_lm.tuner.trainer import grad_checkpoint
    from mlx_lm.utils import maybe_set_recommended_wired_limit

    maybe_set_recommended_wired_limit()  # on Metal, as mlx-lm's loop does; elsewhere nothing
    folder = options.adapter_path
    accumulate = options.grad_accumulation_steps
    if options.grad_checkpoint:
        grad_checkpoint(model.layers[0])
    loss_and_grad = nn.value_and_grad(model, step_loss(model, world))
    state = [model.state, optimizer.state, mx.random.state]

    def update(
        inputs: Any, lengths: Any, start: int, previous: Any, apply: bool
    ) -> tuple[Any, Any, Any]:
        (value, tokens), gradient = loss_and_grad(model, inputs, lengths, start)
        if previous is not None:
            gradient = tree_map(lambda x, y: x + y, gradient, previous)
        if apply:
            gradient = average_gradients(gradient)
            if accumulate > 1:
                gradient = tree_map(lambda x: x / accumulate, gradient)
            optimizer.update(model, gradient)
            gradient = None
        return value, tokens, gradient

    compiled = mx.default_device() != mx.cpu
    multiple = COMPILED_MULTIPLE if compiled else 1
    step = partial(mx.compile, inputs=state, outputs=state)(update) if compiled else update

    chosen = (
        validation_batches(
            valid_split,
            options.batch_size,
            options.max_seq_length,
            options.val_batches,
            options.seed,
            world,
            multiple,
        )
        if valid_split
        else []
    )
    clock = Clock(options.iters, options.steps_per_eval, len(chosen))
    trained = max((record.get("trained_tokens", 0) for record in metrics), default=0)
    val_loss = next(
        (record["val_loss"] for record in reversed(metrics) if "val_loss" in record), None
    )
    train_loss = next(
        (record["train_loss"] for record in reversed(metrics) if "train_loss" in record), None
    )

    def report(record: dict[str, Any]) -> None:
        metrics.append(record)
        if world.main:
            write_jsonl(folder / METRICS, metrics)

    def tell(at: int, phase: str, **fields: Any) -> None:
        if not world.main:
            return
        fields.setdefault("train_loss", train_loss)
        fields.setdefault("seconds_left", clock.left(at))
        progress(
            TrainStep(
                what=PHASES[phase],
                done=at,
                total=options.iters,
                phase=phase,
                val_loss=val_loss,
                peak_memory_gb=mx.get_peak_memory() / 1e9,
                **fields,
            )
        )

    validated = [(r["val_loss"], r["step"]) for r in metrics if "val_loss" in r and r["step"]]
    best = min(validated, default=None)

    def validate(at: int) -> float:
        def batch_done(done: int, seconds: float) -> None:
            clock.batch_seconds.append(seconds)
            left = clock.left(at, len(chosen) - done)
            tell(at, "validate", val_batch=done, val_batches=len(chosen), seconds_left=left)

        tell(at, "validate", val_batch=0, val_batches=len(chosen))
        tic = time.perf_counter()
        value = validation_loss(model, chosen, world, batch_done)
        report({"step": at, "val_loss": value, "val_seconds": round(time.perf_counter() - tic, 3)})
        nonlocal best
        if at and (best is None or value < best[0]):
            best = (value, at)
            if world.main:
                checkpoints.save_best(folder, at, model)
        return value

    model.train()
    if start == 0 and chosen:
        val_loss = validate(0)
    window = _Window()
    done = start
    for done, batch in zip(
        range(start + 1, options.iters + 1),
        batches(
            train_split,
            options.batch_size,
            options.max_seq_length,
            options.seed,
            start,
            world,
            multiple,
        ),
        strict=False,
    ):
        # Seeded by step, so dropout draws the same masks in a resumed run (and other
        # masks on each process).
        mx.random.seed((options.seed * 1_000_003 + done) * world.size + world.rank)
        tic = time.perf_counter()
        value, tokens, grad = step(
            batch.tokens, batch.lengths, batch.start, grad, done % accumulate == 0
        )
        mx.eval(state, value, tokens, grad)
        if options.clear_cache_threshold and mx.get_cache_memory() > options.clear_cache_threshold:
            mx.clear_cache()
        seconds = time.perf_counter() - tic
        clock.step_seconds.append(seconds)
        window.add(ranks.mean_over(world, value.item()), tokens.item(), seconds)
        last = done == options.iters
        tell(done, "train", train_loss=window.loss, tokens_per_second=window.rate)
        if done % options.steps_per_report == 0 or last:
            trained += window.tokens
            train_loss = window.loss
            report(
                {
                    "step": done,
                    "train_loss": train_loss,
                    "learning_rate": optimizer.learning_rate.item(),
                    "tokens_per_second": window.rate,
                    "trained_tokens": trained,
                    "peak_memory_gb": mx.get_peak_memory() / 1e9,
                }
            )
            window = _Window()
        if chosen and (done % options.steps_per_eval == 0 or last):
            val_loss = validate(done)
        stopping = ranks.any_of(world, stop.is_set())  # every process stops at the same step
        if world.main and (done % options.save_every == 0 or last or stopping):
            tell(done, "save")
            checkpoints.save(folder, done, model, optimizer, grad, adapter_config)
        if stopping and not last:
            return Outcome(done, True, train_loss, val_loss)
    if best is None or val_loss is None or best[0] >= val_loss:
        return Outcome(done, False, train_loss, val_loss)
    if world.main and not checkpoints.keep_best(folder, model):
        return Outcome(done, False, train_loss, val_loss)
    if world.main:
        report({"step": done, "kept_step": best[1], "kept_val_loss": best[0]})
    return Outcome(done, False, train_loss, best[0], best[1])
