"""Token lengths of the samples, as the model that will be trained on them counts them.

Posts are short, but joined threads and long posts are not, and `mlx_lm.lora` cuts
every sample at `max_seq_length` tokens: a post cut there teaches the model posts that
stop mid-sentence. Lengths are measured with mlx-lm's own dataset classes, so they are
the sequences training will see, chat template and all.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import orjson

from bobby.errors import ModelError


def load_tokenizer(model: str) -> Any:
    """The tokenizer of `model` exactly as `mlx_lm.lora` loads it (a `TokenizerWrapper`).

    `model` is anything `--model` accepts (`bobby.models.model_source`), or a folder holding
    just a tokenizer; for a Hugging Face id only the tokenizer files are fetched.
    """
    from bobby.models import model_source

    where = model if Path(model).is_dir() else model_source(model)
    path = Path(where)
    from mlx_lm.utils import _download
    from mlx_lm.utils import load_tokenizer as mlx_load_tokenizer

    try:
        if not path.exists():
            path = _download(
                where, allow_patterns=["*.json", "*.model", "*.tiktoken", "*.txt", "*.jinja"]
            )
    except Exception as err:  # the hub client raises many kinds; all mean "cannot get it"
        raise ModelError(
            f"{model}: cannot fetch its tokenizer ({str(err).splitlines()[0] if str(err) else type(err).__name__})"
        ) from None
    if not (path / "tokenizer_config.json").is_file() and not (path / "tokenizer.json").is_file():
        raise ModelError(
            f"{model}: not a model folder with a tokenizer (tokenizer.json, tokenizer_config.json)"
        )
    try:
        return mlx_load_tokenizer(path)
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise ModelError(f"{model}: cannot load its tokenizer ({err})") from None


def max_seq_length(option: int | None) -> int:
    """--max-seq-length, else the one training will use (bobby.toml [train], the
    environment, else its default of 256)."""
    if option is not None:
        return option
    from bobby.config import setting
    from bobby.prompt import MAX_SEQ_LENGTH

    return setting("train", "max_seq_length", int, MAX_SEQ_LENGTH)


def _percentile(ordered: list[int], share: float) -> int:
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def token_stats(
    splits: dict[str, list[dict[str, Any]]], tokenizer: Any, limit: int
) -> dict[str, Any]:
    """Length statistics of every written sample, and how many exceed `limit`.

    Args:
        splits: the records of each file, as written.
        tokenizer: from `load_tokenizer`.
        limit: the max_seq_length training will use.
    """
    from mlx_lm.tuner.datasets import create_dataset

    config = SimpleNamespace(mask_prompt=False)
    seen: dict[bytes, int] = {}  # weighted training sets repeat samples
    lengths: list[int] = []
    over: dict[str, int] = {}
    for name, records in splits.items():
        if not records:
            continue
        dataset = create_dataset(records, tokenizer, config)
        over[name] = 0
        for record in records:
            key = orjson.dumps(record)
            if key not in seen:
                seen[key] = len(dataset.process(record)[0])
            lengths.append(seen[key])
            over[name] += seen[key] > limit
    ordered = sorted(lengths)
    return {
        "max_seq_length": limit,
        "samples": len(ordered),
        "mean": round(sum(ordered) / len(ordered), 1),
        "median": _percentile(ordered, 0.5),
        "p95": _percentile(ordered, 0.95),
        "max": ordered[-1],
        "total": sum(ordered),
        "over_max_seq_length": sum(over.values()),
        "over_by_split": over,
    }
