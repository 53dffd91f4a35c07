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

from bobby.errors import InputError, ModelError
from bobby.files import read_json

CONFIG = "adapter_config.json"
WEIGHTS = "adapters.safetensors"
METRICS = "metrics.jsonl"
LOSS_PLOT = "loss.png"
EVAL = "eval.json"
EVAL_PLOT = "eval.png"
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
    def eval_plot(self) -> Path:
        return self.path / EVAL_PLOT

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
        if not isinstance(config.get("bobby", {}), dict):  # what bobby adds; readers use .get
            raise InputError(f'{self.config_file}: "bobby" must be a JSON object')
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


_LEAVES = ("lora_a", "lora_b", "m")  # the parameters mlx-lm's adapter layers add


def _kind(value: Any, kind: type | tuple[type, ...]) -> bool:
    return isinstance(value, kind) and not isinstance(value, bool)


def read_adapter_config(folder: Path) -> dict[str, Any]:
    """adapter_config.json with the settings mlx-lm applies an adapter by, each checked.

    Raises:
        InputError: no config, or a setting missing or of the wrong type or range.
    """
    path = folder / CONFIG
    config = AdapterDir(folder).config()
    parameters = config.get("lora_parameters")
    checks = [
        ("fine_tune_type", config.get("fine_tune_type", "lora") in ("lora", "dora"), "lora or dora"),
        ("num_layers", _kind(config.get("num_layers"), int) and (config["num_layers"] == -1 or config["num_layers"] >= 1), "-1 (all blocks) or a count of blocks"),
        ("lora_parameters", isinstance(parameters, dict), "a table of rank, scale and dropout"),
    ]  # fmt: skip
    if isinstance(parameters, dict):
        keys = parameters.get("keys")
        checks += [
            ("lora_parameters.rank", _kind(parameters.get("rank"), int) and parameters["rank"] >= 1, "a whole number of at least 1"),
            ("lora_parameters.scale", _kind(parameters.get("scale"), (int, float)), "a number"),
            ("lora_parameters.dropout", _kind(parameters.get("dropout"), (int, float)) and 0 <= parameters["dropout"] < 1, "a number from 0 to below 1"),
            ("lora_parameters.keys", keys is None or (isinstance(keys, list) and all(isinstance(k, str) for k in keys)), "a list of layer names"),
        ]  # fmt: skip
    for name, ok, expected in checks:
        if not ok:
            head, _, leaf = name.rpartition(".")
            value = (parameters if head else config).get(leaf, "missing")
            raise InputError(f"{path}: {name} must be {expected}, not {value!r}")
    return config


def read_weights(path: Path) -> dict[str, Any]:
    """The arrays of a safetensors file; a missing, truncated or foreign file is one line."""
    import mlx.core as mx

    try:
        return mx.load(str(path), format="safetensors")
    except (OSError, RuntimeError, ValueError) as err:
        reason = "no such file" if not path.exists() else f"not a complete safetensors file ({err})"
        raise ModelError(f"{path}: {reason}") from None


def load_adapter(model: Any, folder: Path) -> None:
    """Apply the adapter in `folder` to `model` in place, as mlx-lm's `load_adapters`
    does, once its config, its weights and the model are known to fit together.

    Raises:
        InputError: the config is wrong (see `read_adapter_config`) or asks for more
            blocks than the model has.
        ModelError: the weights file is unreadable or does not match the config and model.
    """
    from mlx.utils import tree_flatten
    from mlx_lm.tuner.utils import linear_to_lora_layers

    config = read_adapter_config(folder)
    blocks = len(model.layers)
    if config["num_layers"] > blocks:
        raise InputError(
            f"{folder / CONFIG}: num_layers {config['num_layers']}, but the model has {blocks} blocks"
        )
    weights = read_weights(folder / WEIGHTS)
    linear_to_lora_layers(
        model,
        config["num_layers"],
        config["lora_parameters"],
        use_dora=config.get("fine_tune_type") == "dora",
    )
    expected = {
        name: value.shape
        for name, value in tree_flatten(model.parameters())
        if name.rpartition(".")[2] in _LEAVES
    }
    found = {name: value.shape for name, value in weights.items()}
    if found != expected:
        missing, extra = sorted(expected.keys() - found), sorted(found.keys() - expected)
        wrong = sorted(name for name in expected.keys() & found if expected[name] != found[name])
        first = (missing or extra or wrong)[0]
        raise ModelError(
            f"{folder / WEIGHTS}: does not fit {CONFIG} on this model "
            f"({len(missing)} adapter weights missing, {len(extra)} unknown, {len(wrong)} of another shape; first: {first})"
        )
    model.load_weights(list(weights.items()), strict=False)
