"""Training settings: mlx-lm's LoRA options with the original bot's defaults.

The names are mlx_lm.lora's, so an mlx-lm YAML config is read unchanged; only its nested
`lora_parameters` is spread into `rank`, `scale`, `dropout` and `lora_keys`, which keeps
bobby.toml's `[train]` table and the BOBBY_TRAIN_* variables flat. Precedence, lowest
first: defaults, bobby.toml, environment, the `--config` YAML, flags (`bobby.config`). The
YAML sits above the ambient settings because it is named on this very command line.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from bobby import config
from bobby.config import SEED, at_least, between
from bobby.errors import InputError
from bobby.models import DEFAULT_MODEL
from bobby.prompt import MAX_SEQ_LENGTH


@dataclass
class TrainOptions:
    """Everything that decides a training run (saved in adapter_config.json)."""

    model: str = DEFAULT_MODEL
    data: Path = Path("data")
    adapter_path: Path = Path("adapters/default")
    fine_tune_type: Literal["lora", "dora"] = "lora"
    num_layers: int = field(default=16, metadata=between(-1, 1000))
    rank: int = field(default=8, metadata=between(1, 4096))
    scale: float = 20.0
    dropout: float = field(default=0.0, metadata=between(0, 1))
    lora_keys: list[str] | None = None
    optimizer: Literal["adam", "adamw", "muon", "sgd", "adafactor"] = "adam"
    optimizer_config: dict[str, Any] = field(default_factory=dict)
    learning_rate: float = field(default=1e-5, metadata=between(0, 10))
    lr_schedule: dict[str, Any] | None = None
    batch_size: int = field(default=1, metadata=at_least(1))
    grad_accumulation_steps: int = field(default=8, metadata=at_least(1))
    iters: int = field(default=1000, metadata=at_least(1))
    max_seq_length: int = field(default=MAX_SEQ_LENGTH, metadata=at_least(1))
    mask_prompt: bool = True
    val_batches: int = field(default=25, metadata=at_least(-1))
    steps_per_report: int = field(default=10, metadata=at_least(1))
    steps_per_eval: int = field(default=200, metadata=at_least(1))
    save_every: int = field(default=100, metadata=at_least(1))
    grad_checkpoint: bool = False
    # Posts the new adapter writes at the end, to learn the bot's style score from
    # (bobby.style: it chooses among candidates); 0 learns none.
    style_samples: int = field(default=64, metadata=between(0, 512))
    clear_cache_threshold: int = field(default=0, metadata=at_least(0))
    seed: int = field(default=0, metadata=SEED)
    prompt_feature: str = "prompt"
    completion_feature: str = "completion"
    chat_feature: str = "messages"
    text_feature: str = "text"
    # Where each value that is not a plain default came from (the progress header says).
    origins: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        config.check(self)
        self.data = Path(self.data)
        self.adapter_path = Path(self.adapter_path)
        if self.num_layers == 0:
            raise config.SettingError("num_layers", 0, "must be -1 (all blocks) or at least 1")
        self.learning_rate, self.scale = float(self.learning_rate), float(self.scale)

    def lora_parameters(self) -> dict[str, Any]:
        """The `lora_parameters` table mlx-lm expects."""
        parameters: dict[str, Any] = {
            "rank": self.rank,
            "scale": self.scale,
            "dropout": self.dropout,
        }
        if self.lora_keys:
            parameters["keys"] = list(self.lora_keys)
        return parameters

    def to_mlx_lm(self) -> dict[str, Any]:
        """The settings under mlx_lm.lora's names (what adapter_config.json holds)."""
        values = {
            f.name: getattr(self, f.name)
            for f in dataclasses.fields(self)
            if f.init and f.name not in _SPREAD
        }
        values.update(
            data=str(self.data),
            adapter_path=str(self.adapter_path),
            lora_parameters=self.lora_parameters(),
        )
        return values


# mlx_lm.lora keys spread into flat fields, and keys it accepts that mean nothing here
# (which run to do, where to report) and are therefore ignored rather than refused.
_SPREAD = {"rank", "scale", "dropout", "lora_keys"}
_IGNORED = {
    "train",
    "test",
    "test_batches",
    "report_to",
    "project_name",
    "trust_remote_code",
    "config",
    "resume_adapter_file",
    "wandb",
    "hf_dataset",
    "bobby",
}

# mlx-lm's loader: YAML 1.1 reads 1e-5 as a string; this resolver makes it a float.
_FLOAT = re.compile(
    r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |\.[0-9_]+(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""",
    re.X,
)


def read_yaml(path: Path) -> dict[str, Any]:
    """An mlx_lm.lora YAML config as TrainOptions fields (flat, unknown keys refused)."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_implicit_resolver("tag:yaml.org,2002:float", _FLOAT, list("-+0123456789."))
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader) or {}
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(
            f"{path}: cannot read it ({getattr(err, 'strerror', None) or err})"
        ) from None
    except yaml.YAMLError as err:
        raise InputError(f"{path}: not valid YAML ({str(err).splitlines()[0]})") from None
    return from_mlx_lm(path, raw)


def from_mlx_lm(source: Path, raw: Any) -> dict[str, Any]:
    """mlx_lm.lora settings (a YAML config, an adapter_config.json) as TrainOptions fields."""
    if not isinstance(raw, dict):
        raise InputError(f"{source}: expected a mapping of mlx_lm.lora settings")
    known = {f.name for f in dataclasses.fields(TrainOptions) if f.init} - _SPREAD
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key in _IGNORED:
            continue
        if key == "lora_parameters":
            values.update(_spread_lora(source, value))
        elif key in known:
            values[key] = value
        else:
            raise InputError(f"{source}: unknown mlx_lm.lora setting {key!r}")
    return values


def _spread_lora(path: Path, table: Any) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise InputError(f"{path}: lora_parameters must be a mapping of rank, scale, dropout, keys")
    names = {"rank": "rank", "scale": "scale", "dropout": "dropout", "keys": "lora_keys"}
    unknown = set(table) - set(names)
    if unknown:
        hint = " (mlx-lm uses scale, not alpha)" if "alpha" in unknown else ""
        raise InputError(f"{path}: unknown lora_parameters {', '.join(sorted(unknown))}{hint}")
    return {names[key]: value for key, value in table.items()}


# A small model (SmolLM2-135M, anything under a billion parameters) learns a voice in
# minutes at a high learning rate with small, frequent steps; the defaults above are the
# original bot's for an 8B model on a Mac (1e-5, 1,000 steps), at which a small model
# still writes like a generic assistant after an hour on a CPU (measured with the demo).
SMALL_MODEL = {
    "learning_rate": 5e-4,
    "batch_size": 4,
    "grad_accumulation_steps": 1,
    "iters": 100,
    "steps_per_eval": 25,
    "save_every": 50,
}
SMALL_PARAMETERS = 1e9


def defaults_for(model: str) -> dict[str, Any]:
    """The settings that suit `model` better than the general defaults, if any: those of a
    small model when its size can be read without fetching anything."""
    from bobby.models import SMOLLM2, models_dir

    if model == SMOLLM2:
        return dict(SMALL_MODEL)
    for folder in (Path(model).expanduser(), models_dir() / model):
        parameters = _parameters(folder / "config.json")
        if parameters is not None:
            return dict(SMALL_MODEL) if parameters < SMALL_PARAMETERS else {}
    return {}


def _parameters(path: Path) -> float | None:
    """About how many parameters a model's config.json describes (None if unreadable)."""
    from bobby.files import read_json

    try:
        config = read_json(path) if path.is_file() else None
        hidden, layers = config["hidden_size"], config["num_hidden_layers"]
        return 12 * layers * hidden**2 + config.get("vocab_size", 0) * hidden
    except (InputError, KeyError, TypeError):
        return None


# What shapes the adapter itself: a resumed run must keep it.
FIXED_ON_RESUME = ("fine_tune_type", "num_layers", "rank", "lora_keys")


def train_settings(
    flags: dict[str, Any], config_file: Path | None = None, resume: bool = False
) -> TrainOptions:
    """The settings of a run.

    A new run: defaults < bobby.toml [train] < BOBBY_TRAIN_* < `config_file` < flags.
    A resumed run: the settings saved in the adapter folder's adapter_config.json <
    `config_file` < flags, so that the schedule goes on as it was; what shapes the
    adapter (FIXED_ON_RESUME) cannot change.

    Args:
        flags: values given on the command line; None means not given.
        config_file: an mlx_lm.lora YAML config, or None.
        resume: continue the run saved in the adapter folder.
    """
    from bobby.adapters import CONFIG, read_adapter_config

    files = [(str(config_file), read_yaml(config_file))] if config_file is not None else []
    options = config.resolve(TrainOptions, "train", flags, files)
    if model_defaults := defaults_for(options.model):
        source = f"defaults for {options.model}"
        options = config.resolve(TrainOptions, "train", flags, files, [(source, model_defaults)])
    if not resume:
        return options
    given = {key: value for _, layer in files for key, value in layer.items()}
    given.update({key: value for key, value in flags.items() if value is not None})
    if not (options.adapter_path / CONFIG).exists():
        raise InputError(f"{options.adapter_path}: nothing to resume (no {CONFIG})")
    saved = read_adapter_config(options.adapter_path)
    saved_fields = from_mlx_lm(options.adapter_path / CONFIG, saved)
    for name in FIXED_ON_RESUME:
        if name in given and name in saved_fields and given[name] != saved_fields[name]:
            raise InputError(
                f"{options.adapter_path}: was trained with {name}={saved_fields[name]!r}; a resumed run cannot change it to {given[name]!r}"
            )
    origins = {key: f"{options.adapter_path / CONFIG}: {key}" for key in saved_fields}
    return config.make(
        TrainOptions, {**saved_fields, **given, "adapter_path": options.adapter_path}, origins
    )
