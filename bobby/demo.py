"""`bobby demo`: the whole pipeline on the embedded model, in one folder, in minutes.

A first-time user (and CI) should see every step work before giving bobby their own
archive: the packaged sample archive (an invented lighthouse keeper, see bobby.sample) is
exported, prepared, trained on with SmolLM2-135M, evaluated, generated from, and posted
with --dry-run. The settings are the demo's own, not the user's bobby.toml: a short,
fast-learning training run (a learning rate 50 times the real default, 50 steps of 4
samples on the last 8 blocks, where the validation loss is lowest; at 100 it is already
rising again) that fits in about three minutes on a 2-core CPU and moves the model
clearly towards the voice
(a small model's defaults, `bobby.train.options.defaults_for`, over fewer steps).

`run` yields each step twice, as it starts and once it is done, so that the CLI (or any
caller) can show a title, then the step's progress, then its result. Ctrl-C stops the
whole demo (training's own Ctrl-C would only end training early, and the later steps
would then measure an adapter nobody meant to keep), and `Stopped` says where.

The demo marks the folder it writes (`MARKER`): a folder it made itself it may write again
(the Quick start run twice), a folder holding someone's bot it refuses without --force.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bobby.errors import InputError, Stopped
from bobby.evaluate import EvalOptions, evaluate
from bobby.export import export
from bobby.gate import GateOptions
from bobby.generate import GenerateOptions, generate
from bobby.layout import Layout
from bobby.models import DEFAULT_MODEL
from bobby.post import post
from bobby.prep import PrepOptions, prep
from bobby.progress import Report
from bobby.train import TrainOptions, train
from bobby.train.options import defaults_for

STEPS = 6
MARKER = ".bobby-demo"  # in a folder the demo wrote: it may write there again


@dataclass
class DemoStep:
    """One step of the demo: `result` is None while it runs, then what the library
    returned; `produced` and `where` say it in words, `seconds` how long it took."""

    number: int
    name: str
    title: str
    result: Any = None
    produced: str = ""
    where: str = ""
    seconds: float = 0.0


@dataclass
class Demo:
    """Where each step of the demo writes, and with which settings."""

    folder: Path
    fast: bool = False

    @property
    def layout(self) -> Layout:
        return Layout.of(self.folder)

    @property
    def adapter(self) -> Path:
        return self.layout.adapters / "demo"

    def prep(self) -> PrepOptions:
        return PrepOptions(posts=self.layout.posts, out_dir=self.layout.data, seed=1)

    def train(self) -> TrainOptions:
        """A small model's defaults (`defaults_for`), over fewer steps: where the sample's
        validation loss is lowest."""
        iters = 20 if self.fast else 50
        return TrainOptions(
            **{
                **defaults_for(DEFAULT_MODEL),
                "model": DEFAULT_MODEL,
                "data": self.layout.data,
                "adapter_path": self.adapter,
                "iters": iters,
                "num_layers": 8,  # half the blocks: the same loss at step 50, 0.59x a step's time
                "val_batches": -1,
                "steps_per_eval": iters,  # validate at the start and the end only
                "save_every": iters,
                # the style score learns from fewer of the adapter's posts: seconds, not a minute
                "style_samples": 8 if self.fast else 32,
            }
        )

    def eval(self) -> EvalOptions:
        return EvalOptions(
            adapter_path=self.adapter,
            data=self.layout.data,
            samples=4 if self.fast else 8,
            seed=1,
        )

    def generate(self) -> GenerateOptions:
        return GenerateOptions(
            adapter_path=self.adapter,
            data=self.layout.data,
            n=2 if self.fast else 4,
            seed=3,
            max_tokens=80,
        )


def run(
    folder: Path, fast: bool = False, force: bool = False, progress: Report | None = None
) -> Iterator[DemoStep]:
    """The demo in `folder`: each step as it starts, then as it ended.

    Raises:
        InputError: `folder` already holds a bot's data (unless `force`, or the demo made it).
        GateRejected: no generated candidate passed the gate.
        Stopped: Ctrl-C, in any step.
    """
    from bobby.bluesky.session import BlueskyOptions
    from bobby.sample import archive_path

    plan = Demo(Path(folder), fast)
    layout = plan.layout
    marker = plan.folder / MARKER
    if (found := layout.holds_bot()) and not (force or marker.is_file()):
        names = ", ".join(str(path) for path in found)
        raise InputError(
            f"{folder} already holds a bot's data ({names}); the demo would replace it. "
            "Choose another --dir, or --force to replace it"
        )
    plan.folder.mkdir(parents=True, exist_ok=True)
    marker.write_text("Written by bobby demo, which may write this folder again.\n")

    results: dict[str, Any] = {}

    def step(number: int, name: str, title: str, work) -> Iterator[DemoStep]:
        yield DemoStep(number, name, title)
        tic = time.perf_counter()
        try:
            results[name], produced, where = work()
        except (KeyboardInterrupt, Stopped) as stop:
            detail = f", {stop}" if str(stop) else ""
            raise Stopped(
                f"the demo at step {number}/{STEPS}, {name}{detail}. "
                f"Its files so far are in {folder}; `bobby demo` starts over"
            ) from None
        yield DemoStep(
            number, name, title, results[name], produced, where, time.perf_counter() - tic
        )

    def exported():
        summary = export([archive_path()], layout.posts)
        return summary, f"{summary.posts} posts", str(layout.posts)

    def prepared():
        report = prep(plan.prep(), progress)
        s = report.samples
        return (
            report,
            f"{s['train']} train, {s['valid']} valid, {s['test']} test samples",
            str(layout.data),
        )

    def trained():
        result = train(plan.train(), force=True, progress=progress)
        if result.interrupted:
            raise Stopped(f"training stopped at step {result.step}/{result.total}")
        loss = f"validation loss {result.first_val_loss:.2f} → {result.val_loss:.2f}"
        return result, f"{result.step} steps, {loss}", str(plan.adapter)

    def evaluated():
        report = evaluate(plan.eval(), GateOptions(), progress)
        base, runtime = report.score("base"), report.score("runtime")
        produced = (
            f"perplexity {base.perplexity:.1f} (base) → {runtime.perplexity:.1f} (runtime adapter)"
        )
        voice = runtime.voice
        if voice is not None and voice.auc is not None and voice.auc2 is not None:
            produced += f"; voice AUC {voice.auc:.2f} / {voice.auc2:.2f} (two judges, 0.5: you)"
        return report, produced, str(Path(report.adapter) / "eval.json")

    def generated():
        generation = generate(plan.generate(), GateOptions(), layout.state_db, progress)
        best = generation.best()
        produced = f"{len(best)} of {len(generation.candidates)} candidates passed"
        return generation, produced, str(layout.state_db)

    def posted():
        best = results["generate"].best()
        report = post(best, BlueskyOptions(), dry_run=True, layout=layout)
        record = report.record
        return (
            report,
            f"{len(record['text'])} characters, langs {record.get('langs')}",
            "(nothing sent)",
        )

    yield from step(
        1, "export", "bobby export: the sample archive (an invented lighthouse keeper)", exported
    )
    yield from step(2, "prep", "bobby prep: posts into training data", prepared)
    yield from step(
        3, "train", "bobby train: a LoRA adapter on SmolLM2-135M (fetched on first use)", trained
    )
    yield from step(4, "eval", "bobby eval: does the fine-tune survive deployment?", evaluated)
    yield from step(
        5, "generate", "bobby generate: posts in the voice, checked by the quality gate", generated
    )
    yield from step(
        6,
        "post --dry-run",
        "bobby post --dry-run: the exact record that would go to Bluesky",
        posted,
    )
