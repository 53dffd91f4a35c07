"""An adapter folder: every file name in it, and how to find an adapter and its base.

The folder is mlx-lm's (`adapters.safetensors`, `adapter_config.json`, so that
`mlx_lm.load(base, adapter_path=folder)` works on it) plus bobby's metrics, loss plot,
evaluation and resumable checkpoints. Training writes it, generation, evaluation and
serving read it; all of them name its files through this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bobby.errors import InputError
from bobby.files import read_json

CONFIG = "adapter_config.json"
WEIGHTS = "adapters.safetensors"
METRICS = "metrics.jsonl"
LOSS_PLOT = "loss.png"
EVAL = "eval.json"
CHECKPOINTS = "checkpoints"


@dataclass(frozen=True)
class AdapterDir:
    """One adapter folder (adapters/NAME)."""

    path: Path

    def __str__(self) -> str:
        return str(self.path)

    @property
    def config_file(self) -> Path:
        return self.path / CONFIG

    @property
    def weights(self) -> Path:
        return self.path / WEIGHTS

    @property
    def metrics(self) -> Path:
        return self.path / METRICS

    @property
    def loss_plot(self) -> Path:
        return self.path / LOSS_PLOT

    @property
    def eval_report(self) -> Path:
        return self.path / EVAL

    @property
    def checkpoints(self) -> Path:
        return self.path / CHECKPOINTS

    def read_config(self) -> dict[str, Any] | None:
        """adapter_config.json, or None if there is none."""
        if not self.config_file.exists():
            return None
        config = read_json(self.config_file)
        if not isinstance(config, dict):
            raise InputError(f"{self.config_file}: not an adapter config (expected a JSON object)")
        return config

    def config(self) -> dict[str, Any]:
        """adapter_config.json of a trained adapter (one line if missing or not an object)."""
        config = self.read_config()
        if config is None:
            raise InputError(f"{self.path}: not an adapter folder (no {CONFIG})")
        return config

    def base_model(self) -> str:
        """The base model the adapter was trained on, as `--model` would name it."""
        config = self.config()
        source = (config.get("bobby") or {}).get("base_model")
        if isinstance(source, str) and Path(source).is_dir():
            return source
        model = config.get("model")
        if not isinstance(model, str) or not model:
            raise InputError(
                f"{self.config_file} does not name its base model; pass the model (--model)"
            )
        return model

    def trained(self) -> bool:
        return self.weights.is_file() and self.config_file.is_file()


def newest(root: Path) -> AdapterDir | None:
    """The most recently trained adapter under `root` (adapters/NAME)."""
    found = [AdapterDir(p.parent) for p in Path(root).glob(f"*/{WEIGHTS}")]
    found = [adapter for adapter in found if adapter.config_file.is_file()]
    return max(found, key=lambda a: a.weights.stat().st_mtime, default=None)


def locate(path: Path | None, model: str | None, root: Path) -> tuple[AdapterDir | None, str]:
    """(adapter or None, base model): the adapter named by `path`, else the newest under
    `root`, and the base it names unless `model` is given.

    Raises:
        InputError: `path` is not a trained adapter, or there is neither an adapter nor a
            model to generate with.
    """
    adapter = AdapterDir(Path(path)) if path is not None else newest(root)
    if adapter is not None and not adapter.weights.is_file():
        raise InputError(f"{adapter}: not an adapter folder (no {WEIGHTS})")
    if adapter is None and model is None:
        raise InputError(
            f"no adapter under {root}/ (train one with `bobby train`), and no model named to generate with"
        )
    return adapter, model or adapter.base_model()
