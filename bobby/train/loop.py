"""The training loop: mlx-lm's compiled LoRA step, with bobby's reports, saves and stop.

The step itself is mlx_lm.tuner.trainer.train's (value and grad of mlx-lm's
`default_loss`, gradients accumulated over `grad_accumulation_steps` micro-batches, all
inside one `mx.compile`), so bobby trains exactly as fast as mlx_lm.lora does. The loop
around it is bobby's because mlx-lm's cannot be resumed with its optimizer state, stopped
between steps, or watched without its own console output: here every step reports to a
callback, and a stop request (Ctrl-C) ends the run at the next step boundary with a
checkpoint. Under `mlx.launch` the processes share the work as bobby.train.ranks says;
only rank 0 reports and writes.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from bobby.adapters import METRICS
from bobby.files import write_jsonl
from bobby.progress import Report, TrainStep
from bobby.train import checkpoints, ranks
from bobby.train.data import Split, batches, validation_batches
from bobby.train.options import TrainOptions
from bobby.train.ranks import World

PHASES = {"train": "Training", "validate": "Validating", "save": "Saving"}


@dataclass
class _Window:
    """Steps since the last report: their mean loss and throughput."""

    losses: list[float] = field(default_factory=list)
    tokens: int = 0
    seconds: float = 0.0

    def add(self, loss: float, tokens: int, seconds: float) -> None:
        self.losses.append(loss)
        self.tokens += tokens
        self.seconds += seconds

    @property
    def loss(self) -> float | None:
        return sum(self.losses) / len(self.losses) if self.losses else None

    @property
    def rate(self) -> float | None:
        return self.tokens / self.seconds if self.seconds else None


def validation_loss(
    model: Any, chosen: list[tuple[Any, Any]], world: World = ranks.SINGLE
) -> float:
    """Mean loss per target token over the validation batches (of all processes)."""
    import mlx.core as mx
    from mlx_lm.tuner.trainer import default_loss

    model.eval()
    total, count = 0.0, 0
    for batch, lengths in chosen:
        loss, tokens = default_loss(model, batch, lengths)
        mx.eval(loss, tokens)
        total += loss.item() * tokens.item()
        count += tokens.item()
    model.train()
    total, count = ranks.sum_over(world, [total, count])
    return total / max(count, 1)


@dataclass
class Outcome:
    """How a loop ended: the last step done, and whether it was asked to stop early."""

    step: int
    stopped: bool
    train_loss: float | None
    val_loss: float | None


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
    `save_every` steps, at the end and when stopped. On several processes (`world`), all
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
    loss_and_grad = nn.value_and_grad(model, ranks.loss_function(world))
    state = [model.state, optimizer.state, mx.random.state]

    @partial(mx.compile, inputs=state, outputs=state)
    def step(batch: Any, lengths: Any, previous: Any, update: bool) -> tuple[Any, Any, Any]:
        (loss, tokens), gradient = loss_and_grad(model, batch, lengths)
        if previous is not None:
            gradient = tree_map(lambda x, y: x + y, gradient, previous)
        if update:
            gradient = average_gradients(gradient)
            if accumulate > 1:
                gradient = tree_map(lambda x: x / accumulate, gradient)
            optimizer.update(model, gradient)
            gradient = None
        return loss, tokens, gradient

    chosen = (
        validation_batches(
            valid_split,
            options.batch_size,
            options.max_seq_length,
            options.val_batches,
            options.seed,
            world,
        )
        if valid_split
        else []
    )
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

    def tell(at: int, phase: str, loss: float | None = None, rate: float | None = None) -> None:
        if not world.main:
            return
        peak = mx.get_peak_memory() / 1e9
        progress(
            TrainStep(
                what=PHASES[phase],
                done=at,
                total=options.iters,
                phase=phase,
                train_loss=train_loss if loss is None else loss,
                val_loss=val_loss,
                tokens_per_second=rate,
                peak_memory_gb=peak,
            )
        )

    def validate(at: int) -> float:
        tell(at, "validate")
        tic = time.perf_counter()
        loss = validation_loss(model, chosen, world)
        report({"step": at, "val_loss": loss, "val_seconds": round(time.perf_counter() - tic, 3)})
        return loss

    model.train()
    if start == 0 and chosen:
        val_loss = validate(0)
    window = _Window()
    done = start
    for done, (batch, lengths) in zip(
        range(start + 1, options.iters + 1),
        batches(
            train_split, options.batch_size, options.max_seq_length, options.seed, start, world
        ),
        strict=False,
    ):
        # Seeded by step, so dropout draws the same masks in a resumed run (and other
        # masks on each process).
        mx.random.seed((options.seed * 1_000_003 + done) * world.size + world.rank)
        tic = time.perf_counter()
        loss, tokens, grad = step(batch, lengths, grad, done % accumulate == 0)
        mx.eval(state, loss, tokens, grad)
        if options.clear_cache_threshold and mx.get_cache_memory() > options.clear_cache_threshold:
            mx.clear_cache()
        window.add(ranks.mean_over(world, loss.item()), tokens.item(), time.perf_counter() - tic)
        last = done == options.iters
        tell(done, "train", window.loss, window.rate)
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
    return Outcome(done, False, train_loss, val_loss)
