"""`bobby demo`: the whole pipeline on the embedded model, in one folder, in minutes.

A first-time user (and CI) should see every step work before giving bobby their own
archive: the packaged sample archive (an invented lighthouse keeper, see bobby.sample) is
exported, prepared, trained on with SmolLM2-135M, evaluated, generated from, and posted
with --dry-run. The settings are the demo's own, not the user's bobby.toml: a short,
fast-learning training run (a learning rate 50 times the real default, 50 steps of 4
samples, where the validation loss is lowest; at 100 it is already rising again) that
fits in under three minutes on a 2-core CPU and moves the model clearly towards the voice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bobby.evaluate import EvalOptions
from bobby.gate import GateOptions
from bobby.generate import GenerateOptions
from bobby.models import DEFAULT_MODEL
from bobby.prep import PrepOptions


@dataclass
class Demo:
    """Where each step of the demo writes, and with which settings."""

    folder: Path
    fast: bool = False

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def posts(self) -> Path:
        return self.data / "posts.jsonl"

    @property
    def adapter(self) -> Path:
        return self.folder / "adapters" / "demo"

    @property
    def state_db(self) -> Path:
        return self.data / "state.db"

    def archive(self) -> Path:
        from bobby.sample import archive_path

        return archive_path()

    def prep(self) -> PrepOptions:
        return PrepOptions(posts=self.posts, out_dir=self.data, seed=1)

    def train(self) -> Any:
        from bobby.train.options import TrainOptions

        iters = 20 if self.fast else 50
        return TrainOptions(
            model=DEFAULT_MODEL,
            data=self.data,
            adapter_path=self.adapter,
            learning_rate=5e-4,
            batch_size=4,
            grad_accumulation_steps=1,
            iters=iters,
            val_batches=-1,
            steps_per_eval=iters // 2,
            save_every=iters,
        )

    def eval(self) -> EvalOptions:
        return EvalOptions(
            adapter_path=self.adapter, data=self.data, samples=4 if self.fast else 8, seed=1
        )

    def generate(self) -> GenerateOptions:
        return GenerateOptions(
            adapter_path=self.adapter,
            data=self.data,
            n=2 if self.fast else 4,
            seed=3,
            max_tokens=80,
        )

    def gate(self) -> GateOptions:
        return GateOptions()
