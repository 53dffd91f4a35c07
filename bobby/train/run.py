"""One training run: the adapter folder checked, the model loaded and put in its training
form, the loop (`bobby.train.loop`), and the adapter folder written.
"""

from __future__ import annotations

import contextlib
import dataclasses
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bobby import __version__, style
from bobby.adapters import CHECKPOINTS, CONFIG, LOSS_PLOT, METRICS, WEIGHTS, AdapterDir
from bobby.errors import InputError, ModelError
from bobby.files import read_jsonl, sha256_file
from bobby.layout import PREP
from bobby.progress import Report, TrainStart, ignore, stage
from bobby.train import checkpoints, form, ranks
from bobby.train.options import TrainOptions

if TYPE_CHECKING:
    from bobby.models import Loaded


@dataclass
class TrainResult:
    """What a run did and where its files are."""

    adapter_path: str
    step: int
    total: int
    interrupted: bool
    train_loss: float | None
    val_loss: float | None  # of the adapter kept
    first_val_loss: float | None
    kept_step: int | None  # the best validation's step, where its adapter was kept, not the last
    seconds: float
    files: list[str]


def _check_adapter_folder(
    options: TrainOptions, resume: bool, force: bool
) -> dict[str, Any] | None:
    """Refuse to overwrite an adapter silently (checked before a model is loaded, which
    can mean a download); returns the folder's saved config when training goes on in it."""
    folder = options.adapter_path
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: is a file; --adapter-path names a folder")
    saved = AdapterDir(folder).read_config()
    if saved is None or force:
        if resume:
            raise InputError(f"{folder}: nothing to resume (no {CONFIG})")
        return None
    if resume and checkpoints.latest(folder) is None:
        raise InputError(f"{folder}: no checkpoint to resume from")
    if not resume and ((folder / WEIGHTS).exists() or checkpoints.latest(folder)):
        raise InputError(
            f"{folder}: already holds a trained adapter; --resume continues it, --force starts over"
        )
    return saved


def _check_same_base(options: TrainOptions, saved: dict[str, Any] | None, source: str) -> None:
    """Refuse to mix two base models in one adapter folder."""
    if saved is None:
        return
    saved_model = saved.get("model")
    saved_source = (saved.get("bobby") or {}).get("base_model")
    if options.model not in (saved_model, saved_source) and source not in (
        saved_model,
        saved_source,
    ):
        raise ModelError(
            f"{options.adapter_path}: belongs to base model {saved_model}, not {options.model}; choose another --adapter-path (or --force to replace it)"
        )


def _adapter_config(options: TrainOptions, source: str) -> dict[str, Any]:
    """mlx-lm's adapter_config.json, plus what bobby needs to find the base again."""
    prep = options.data / PREP
    config = options.to_mlx_lm()
    config["model"] = options.model
    config["bobby"] = {
        "version": __version__,
        "base_model": source,
        "prep_sha256": sha256_file(prep) if prep.is_file() else None,
    }
    return config


def _optimizer(options: TrainOptions) -> Any:
    import mlx.optimizers as optim
    from mlx_lm.tuner.utils import build_schedule

    classes = {
        "adam": optim.Adam,
        "adamw": optim.AdamW,
        "muon": optim.Muon,
        "sgd": optim.SGD,
        "adafactor": optim.Adafactor,
    }
    name = options.optimizer.lower()
    rate = build_schedule(options.lr_schedule) if options.lr_schedule else options.learning_rate
    return classes[name](learning_rate=rate, **options.optimizer_config.get(name, {}))


def _continue(folder: Path, model: Any, optimizer: Any) -> tuple[int, Any, list[dict[str, Any]]]:
    """Load the last checkpoint; keep the metrics up to its step (later ones are redone)."""
    start, grad = checkpoints.restore(checkpoints.latest(folder), model, optimizer)
    metrics = []
    if (folder / METRICS).exists():
        metrics = [r for r in read_jsonl(folder / METRICS) if r.get("step", 0) <= start]
    return start, grad, metrics


def _clear(folder: Path) -> tuple[int, None, list[dict[str, Any]]]:
    """Remove what an earlier run left (allowed by --force), so no file mixes two runs;
    the adapter's config goes first, so a folder never holds it without its weights."""
    stale = (CONFIG, WEIGHTS, METRICS, LOSS_PLOT, f"{CHECKPOINTS}/*.safetensors")
    for path in [found for pattern in stale for found in folder.glob(pattern)]:
        path.unlink()
    return 0, None, []


@contextlib.contextmanager
def _stop_on_sigint(stop: threading.Event) -> Iterator[None]:
    """Ctrl-C sets `stop` (the loop saves and ends); a second Ctrl-C interrupts at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT) or signal.default_int_handler

    def handler(signum: int, frame: Any) -> None:
        stop.set()
        signal.signal(signal.SIGINT, previous)

    signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _plot(folder: Path, metrics: list[dict[str, Any]], model: str) -> Path:
    """loss.png: the run's losses so far, titled with the adapter and its base model."""
    from bobby.plot import loss_chart, named

    return loss_chart(folder / LOSS_PLOT, metrics, f"{named(str(folder))} on {named(model)}")


def _learn_style(loaded: Loaded, options: TrainOptions, progress: Report | None) -> Path | None:
    """The bot's style score (`bobby.style`), learnt from the training posts and
    `style_samples` posts the just-trained adapter writes, saved beside the adapter."""
    import random

    import mlx.core as mx

    from bobby.gate import Gate, GateOptions
    from bobby.generate import GenerateOptions, Generator, split_texts
    from bobby.layout import Layout

    stage(progress, f"Learning your style from {options.style_samples} posts of the adapter")
    loaded.model.eval()
    mx.random.seed(options.seed)
    layout = Layout(options.data)
    generator = Generator(loaded, layout, Gate(GateOptions()))
    written = generator.round(
        GenerateOptions(seed=options.seed), random.Random(options.seed), options.style_samples
    )
    real = split_texts(layout, "train")
    score = style.fit(real, [candidate.text for candidate in written], options.seed)
    return score.save(options.adapter_path) if score else None


def train(
    options: TrainOptions,
    *,
    resume: bool = False,
    force: bool = False,
    progress: Report | None = None,
    stop: threading.Event | None = None,
) -> TrainResult:
    """Train an adapter as `options` say, writing it into `options.adapter_path`.

    Args:
        options: the run's settings (see `train_settings`).
        resume: continue from the folder's last checkpoint with the same schedule.
        force: start over in a folder that already holds an adapter.
        progress: told about loading (a first-use download included), then `TrainStart`
            once the model and data are ready, then a `TrainStep` after every step and
            while validating or saving.
        stop: set it (Ctrl-C does) to end the run at the next step with a checkpoint.

    Returns:
        What was done; `interrupted` is true if `stop` ended the run early.
    """
    # numpy, the model loader and the training loop: imported here, not with the package,
    # whose options every `bobby` command imports (`bobby.cli.train`)
    from bobby.backend import fit_to_device
    from bobby.models import load
    from bobby.train.data import check_folder, load_splits
    from bobby.train.loop import run_steps

    tic = time.perf_counter()
    world = ranks.world()
    options = ranks.share_options(world, options)
    ranks.check_batch(world, options.batch_size)
    check_folder(options.data)
    saved = _check_adapter_folder(options, resume, force) if world.main else None
    loaded = load(options.model, progress=progress, fit=False)
    import mlx.core as mx
    from mlx.utils import tree_flatten
    from mlx_lm.tuner.utils import linear_to_lora_layers
    from mlx_lm.utils import get_total_parameters

    model, tokenizer, source = loaded.model, loaded.tokenizer, loaded.source
    _check_same_base(options, saved, source)
    train_split, valid_split = load_splits(options, tokenizer)
    if options.num_layers > len(model.layers):
        raise InputError(
            f"num_layers {options.num_layers}: {options.model} has only {len(model.layers)} layers"
        )

    plan = form.choose(model, options.num_layers, options.batch_size * options.max_seq_length)
    if plan is None:
        note = fit_to_device(model, training=True)
    else:  # a CUDA GPU: the fastest form that fits (bobby.train.form)
        note = plan.why
        if plan.form != "quantized":
            note += f"; {fit_to_device(model, plan.form)}"
    checkpoint = options.grad_checkpoint or (plan is not None and plan.checkpoint)
    total_parameters = get_total_parameters(model)
    mx.random.seed(options.seed)
    model.freeze()
    linear_to_lora_layers(
        model,
        options.num_layers,
        options.lora_parameters(),
        use_dora=options.fine_tune_type == "dora",
    )
    optimizer = _optimizer(options)
    folder = options.adapter_path
    start, grad, metrics = 0, None, []
    if world.main:
        start, grad, metrics = _continue(folder, model, optimizer) if resume else _clear(folder)
        (folder / style.FILE).unlink(missing_ok=True)  # it belongs to the weights that change
    start, grad = ranks.share_state(world, model, optimizer, start, grad)

    if progress is not None and world.main:
        progress(
            TrainStart(
                what="Training",
                options=options,
                backend=world.backend,
                device_note=note,
                start_step=start,
                data_format=train_split.format,
                train_examples=len(train_split.examples),
                valid_examples=len(valid_split.examples) if valid_split else 0,
                truncated=train_split.truncated,
                trainable_parameters=sum(
                    value.size for _, value in tree_flatten(model.trainable_parameters())
                ),
                total_parameters=total_parameters,
                processes=world.size,
            )
        )
    stop = stop or threading.Event()
    with _stop_on_sigint(stop):
        outcome = run_steps(
            model,
            optimizer,
            dataclasses.replace(options, grad_checkpoint=checkpoint),
            train_split,
            valid_split,
            start=start,
            grad=grad,
            metrics=metrics,
            progress=progress or ignore,
            stop=stop,
            adapter_config=_adapter_config(options, source),
            world=world,
        )
    files = [folder / WEIGHTS, folder / CONFIG, folder / METRICS]
    if world.main:  # on Ctrl-C too: the curve so far says whether to resume
        files.append(_plot(folder, metrics, options.model))
    if world.main and not outcome.stopped and options.style_samples:
        files.append(_learn_style(loaded, options, progress))
    first_val = next((record["val_loss"] for record in metrics if "val_loss" in record), None)
    return TrainResult(
        adapter_path=str(folder),
        step=outcome.step,
        total=options.iters,
        interrupted=outcome.stopped,
        train_loss=outcome.train_loss,
        val_loss=outcome.val_loss,
        first_val_loss=first_val,
        kept_step=outcome.kept_step,
        seconds=time.perf_counter() - tic,
        files=[str(path) for path in files if path is not None and path.exists()],
    )
