"""An adapter folder's files: adapter weights, settings and resumable checkpoints.

The folder is mlx-lm's: `adapters.safetensors` and `adapter_config.json`, so
`mlx_lm.load(base, adapter_path=folder)` works on it, plus bobby's `metrics.jsonl`,
`loss.png` and `checkpoints/`. A checkpoint is one safetensors file holding everything a
run needs to go on as if never stopped: the adapter, the optimizer's state (its step
count drives the learning-rate schedule) and gradients accumulated since the last
update. Each file is written beside its target and renamed into place, so a crash or a
second Ctrl-C never leaves half a checkpoint.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from bobby.adapters import CHECKPOINTS, WEIGHTS
from bobby.errors import InputError

KEEP = 2  # checkpoints kept; older ones are removed once a newer one is written


def _save_arrays(
    path: Path, arrays: dict[str, Any], metadata: dict[str, str] | None = None
) -> None:
    import mlx.core as mx

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.tmp.safetensors")
    try:
        mx.save_safetensors(str(tmp), arrays, metadata=metadata or {})
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def adapter_weights(model: Any) -> dict[str, Any]:
    """The trainable (adapter) parameters by their mlx-lm names."""
    from mlx.utils import tree_flatten

    return dict(tree_flatten(model.trainable_parameters()))


def save_adapters(folder: Path, model: Any) -> Path:
    """Write adapters.safetensors, the file mlx-lm loads."""
    path = folder / WEIGHTS
    _save_arrays(path, adapter_weights(model))
    return path


def checkpoint_path(folder: Path, step: int) -> Path:
    return folder / CHECKPOINTS / f"{step:07d}.safetensors"


def latest(folder: Path) -> Path | None:
    """The newest checkpoint in an adapter folder, or None."""
    found = sorted((folder / CHECKPOINTS).glob("[0-9]*.safetensors"))
    return found[-1] if found else None


def save(folder: Path, step: int, model: Any, optimizer: Any, grad: Any | None) -> Path:
    """Write a checkpoint for `step` and adapters.safetensors; keep the newest KEEP."""
    from mlx.utils import tree_flatten

    arrays = {f"adapter.{key}": value for key, value in adapter_weights(model).items()}
    arrays.update({f"optimizer.{key}": value for key, value in tree_flatten(optimizer.state)})
    if grad is not None:
        arrays.update({f"grad.{key}": value for key, value in tree_flatten(grad)})
    path = checkpoint_path(folder, step)
    _save_arrays(path, arrays, {"step": str(step)})
    save_adapters(folder, model)
    for old in sorted((folder / CHECKPOINTS).glob("[0-9]*.safetensors"))[:-KEEP]:
        old.unlink()
    return path


def restore(path: Path, model: Any, optimizer: Any) -> tuple[int, Any | None]:
    """Load a checkpoint into `model` and `optimizer`; returns (step, accumulated grad).

    The optimizer keeps its own learning rate (a schedule recomputes it from the
    restored step count anyway).
    """
    import mlx.core as mx
    from mlx.utils import tree_map_with_path, tree_unflatten

    try:
        arrays, metadata = mx.load(str(path), return_metadata=True)
        step = int(metadata["step"])
    except (OSError, RuntimeError, ValueError, KeyError) as err:
        raise InputError(f"{path}: not a readable bobby checkpoint ({err})") from None
    parts: dict[str, list[tuple[str, Any]]] = {"adapter": [], "optimizer": [], "grad": []}
    for key, value in arrays.items():
        kind, _, name = key.partition(".")
        parts.setdefault(kind, []).append((name, value))
    model.load_weights(parts["adapter"], strict=False)
    state = tree_unflatten(parts["optimizer"])
    state.pop("learning_rate", None)
    state["learning_rate"] = optimizer.learning_rate
    optimizer.state = state
    grad = None
    if parts["grad"]:
        # Shaped like the model's trainable tree (frozen branches included), as the step expects.
        saved = dict(parts["grad"])
        grad = tree_map_with_path(lambda path, _: saved[path], model.trainable_parameters())
    return step, grad
