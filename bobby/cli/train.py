"""`bobby train`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bobby.cli import options, ui
from bobby.models.language import language_warning, posts_language
from bobby.train.options import SMALL_MODEL, TrainOptions

if TYPE_CHECKING:
    from rich.table import Table

# Every setting of a run, as flags; small models get other defaults (`defaults_for`).
TRAIN = options.Group(
    cls=TrainOptions,
    section="train",
    helps={
        "model": "Base model: smollm2, a cached model, a local mlx-lm folder, a .gguf file or a Hugging Face id.",
        "data": "Folder with train.jsonl and valid.jsonl from bobby prep.",
        "adapter_path": "Folder the adapter is written to.",
        "iters": "Training steps (micro-batches).",
        "fine_tune_type": "lora or dora.",
        "num_layers": "Adapt the last N blocks (-1: all).",
        "rank": "LoRA rank.",
        "scale": "LoRA scale.",
        "dropout": "LoRA dropout.",
        "learning_rate": "Adam learning rate.",
        "batch_size": "Examples per micro-batch.",
        "grad_accumulation_steps": "Micro-batches per optimizer update.",
        "max_seq_length": "Longer examples are cut.",
        "mask_prompt": "Learn the replies only, not the prompts.",
        "steps_per_report": "Steps per metrics line.",
        "steps_per_eval": "Steps per validation.",
        "val_batches": "Validation batches (-1: all).",
        "save_every": "Steps per checkpoint.",
        "style_samples": "Posts the new adapter writes for its style score, which ranks candidates (0: none).",
        "seed": "Random seed.",
    },
    short={"model": ("-m",), "adapter_path": ("-a",)},
    panel="Training settings",
    small=SMALL_MODEL,
)


@options.settings(TRAIN)
def train(
    flags: options.Flags,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            "-c",
            help="An mlx_lm.lora YAML config; flags override it.",
            show_default=False,
        ),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Continue from the adapter folder's last checkpoint.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Start over in a folder that already holds an adapter.")
    ] = False,
    json: options.Json = False,
) -> None:
    """Train a LoRA adapter on your prepared posts (writes adapters/NAME).

    Every setting also comes from bobby.toml [train] and BOBBY_TRAIN_*. Where a model
    under a billion parameters (smollm2, the default) trains otherwise, each default says
    both: `[default: 1000; smollm2: 100]`.

    Under `mlx.launch -n N` (or --hosts), N processes train data-parallel; rank 0 writes
    and reports, the others print only errors.
    """
    from bobby.train import train_settings
    from bobby.train.ranks import world

    main = world().main
    if not main:
        ui.settings.quiet = True
    options = train_settings(flags.values(TRAIN), config, resume=resume and main)
    result = run_with_display(options, resume=resume, force=force)
    if not main:
        raise typer.Exit(130 if result.interrupted else 0)
    if json:
        ui.print_json(vars(result))
    if result.interrupted:
        ui.note(
            f"Stopped at step {result.step}/{result.total}; checkpoint saved. Continue with: bobby train --adapter-path {result.adapter_path} --resume"
        )
        raise typer.Exit(130)
    ui.show(render(result))


def run_with_display(options, resume: bool = False, force: bool = False):
    """Train with the live display: step, losses, tokens/s, memory and the time left.

    Once the first steps are timed, one line says how long the whole run will take; each
    validation's result gets a line of its own (the plain log shows it once, not on
    every line after it).
    """
    from bobby.train import train as run

    with TrainDisplay.track(options.iters) as tracker:
        return run(options, resume=resume, force=force, progress=TrainDisplay(tracker).progress)


class TrainDisplay:
    """Training's progress events on a progress display (`ui.track(..., *FIELDS)`): what
    the run is about to do, once, then each step with the time left; any other event as
    it comes. Once the first steps are timed, a line says how long the run will take;
    each validation's loss gets a line of its own, so the plain log (no terminal) says it
    once rather than on every line after it."""

    FIELDS = ("loss", "val", "rate", "memory", "left")

    @classmethod
    def track(cls, total: int):
        """Training's own bar: the step count, then FIELDS, then its own time left (the
        memory gives way on a narrow terminal)."""
        return ui.track("Loading", total, *cls.FIELDS, time_left=False, spare=("memory",))

    def __init__(self, tracker: ui.Tracker) -> None:
        self.tracker = tracker
        self.ranks = ""
        self.steps = 0
        self.validated_at: int | None = None
        self.val_loss: float | None = None
        self.estimated = False

    def progress(self, event) -> None:
        from bobby.progress import TrainStart, TrainStep

        if isinstance(event, TrainStart):
            self.started(event)
        elif isinstance(event, TrainStep):
            self.step(event)
        else:
            self.tracker.report(event)

    def step(self, event) -> None:
        if event.phase == "validate":
            self.validated_at = event.step
        elif self.validated_at is not None and event.val_loss != self.val_loss:
            self.val_loss = event.val_loss
            self.tracker.note(f"Validation loss at step {self.validated_at}: {event.val_loss:.3f}")
        self.steps += event.phase == "train"
        if (
            not self.estimated
            and event.seconds_left is not None
            and self.steps >= min(ESTIMATE_AFTER, event.total)
        ):
            self.estimated = True
            self.tracker.note(
                f"About {duration(event.seconds_left)} to go (from the first {self.steps} steps' speed)"
            )
        what = event.what
        if event.phase == "validate" and event.val_batches:
            what += f" {event.val_batch}/{event.val_batches}"
        left = event.seconds_left
        self.tracker.update(
            event.step,
            event.total,
            description=what + self.ranks,
            loss=f"loss {event.train_loss:.3f}" if event.train_loss is not None else "",
            val=f"val {event.val_loss:.3f}"
            if event.val_loss is not None and self.tracker.live
            else "",
            rate=f"{event.tokens_per_second:,.0f} tok/s" if event.tokens_per_second else "",
            memory=f"{event.peak_memory_gb:.2f} GB" if event.peak_memory_gb is not None else "",
            left=f"{duration(left)} left" if left is not None else "",
        )

    def started(self, start) -> None:
        options = start.options
        if start.backend.hint:
            ui.note(f"[yellow]Hint:[/] {start.backend.hint}")
        if start.device_note:
            ui.note(f"Base model: {start.device_note}")
        if warning := language_warning(options.model, posts_language(options.data)):
            ui.note(f"[yellow]Note:[/] {warning}")
        what = f"{start.train_examples:,} {start.data_format} examples, {start.valid_examples:,} for validation"
        if start.truncated:
            what += f", {start.truncated:,} cut to {options.max_seq_length} tokens"
        ui.note(
            f"Training {start.trainable_parameters / 1e6:.3f}M of {start.total_parameters / 1e6:.1f}M parameters on {what}"
        )
        ui.note("Settings: " + ", ".join(_sourced(options, name) for name in HEADER))
        if start.processes > 1:
            self.ranks = f" ×{start.processes}, batch {options.batch_size}"
            ui.note(
                f"On {start.processes} processes: global batch {options.batch_size} ({options.batch_size // start.processes} per process)"
            )
        if start.start_step:
            ui.note(f"Resuming at step {start.start_step}")


# The settings the progress header names, each with where its value came from.
HEADER = ("learning_rate", "iters", "batch_size", "grad_accumulation_steps", "num_layers", "rank")


def _sourced(options, name: str) -> str:
    source = options.origins.get(name, "default")
    return f"{name} {getattr(options, name):g} ({source})"


# Steps timed before the run's length is estimated: the first carries one-off work.
ESTIMATE_AFTER = 3


def duration(seconds: float) -> str:
    """45 s, 3 min 20 s, 1 h 05 min: a time left, to the precision that matters."""
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


def render(result) -> Table:
    """Losses and the files written."""
    table = ui.facts(f"Adapter trained: {result.adapter_path}")
    table.add_row("steps", f"{result.step:,} of {result.total:,} in {result.seconds:,.0f} s")
    if result.train_loss is not None:
        table.add_row("train loss", f"{result.train_loss:.3f}")
    if result.val_loss is not None:
        kept = f" (step {result.kept_step}'s adapter, the best)" if result.kept_step else ""
        table.add_row(
            "validation loss", f"{result.first_val_loss:.3f} → {result.val_loss:.3f}{kept}"
        )
    table.add_row("files", ", ".join(Path(path).name for path in result.files))
    return table
