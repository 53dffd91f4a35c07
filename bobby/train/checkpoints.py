"""An adapter folder's files: adapter weights, settings and resumable checkpoints.

The folder is mlx-lm's: `adapters.safetensors` and `adapter_config.json`, so
`mlx_lm.load(base, adapter_path=folder)` works on it, plus bobby's `metrics.jsonl`,
`loss.png` and `checkpoints/`. A checkpoint is one safetensors file holding everything a
run needs to go on as if never stopped: the adapter, the optimizer's state (its step
count drives the learning-rate schedule) and gradients accumulated since the last
update. Each file is written beside its target and renamed into place, so a crash or a
second Ctrl-C never leaves half a checkpoint.

Reading an adapter checks what mlx-lm would trip over (a hand-edited config with wrong
types or missing keys, a truncated weights file, weights that do not fit the config or
the model), so each is one line naming the file instead of a traceback.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from bobby.adapters import CHECKPOINTS, CONFIG, WEIGHTS
from bobby.errors import InputError
from bobby.files import write_json

KEEP = 2  # checkpoints kept; older ones are removed once a newer one is written


def _save_arrays(
    path: Path, arrays: dict[str, Any], metadata: dict[str, str] | None = None
) -> None:
    import mlx.core as mx

    tmp = path.with_name(f".{path.stem}.tmp.safetensors")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mx.save_safetensors(str(tmp), arrays, metadata=metadata or {})
        with open(tmp, "rb") as handle:  # on disk before the rename makes it the file
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as err:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if isinstance(err, (OSError, RuntimeError)):  # a full disk, a read-only folder
            raise InputError(
                f"{path}: cannot write it ({getattr(err, 'strerror', None) or err})"
            ) from None
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


def state_arrays(model: Any, optimizer: Any, grad: Any | None) -> dict[str, Any]:
    """Everything a run needs to go on, as flat named arrays: `adapter.*`, `optimizer.*`
    and, between updates, the accumulated `grad.*` (what a checkpoint holds)."""
    from mlx.utils import tree_flatten

    arrays = {f"adapter.{key}": value for key, value in adapter_weights(model).items()}
    arrays.update({f"optimizer.{key}": value for key, value in tree_flatten(optimizer.state)})
    if grad is not None:
        arrays.update({f"grad.{key}": value for key, value in tree_flatten(grad)})
    return arrays


def load_state(source: Path, arrays: dict[str, Any], model: Any, optimizer: Any) -> Any | None:
    """Put `state_arrays` back into `model` and `optimizer`; returns the accumulated grad.

    The adapter's names and shapes must be the model's (a checkpoint of another adapter
    shape is refused, naming `source`). The optimizer keeps its own learning rate (a
    schedule recomputes it from the restored step count anyway).
    """
    from mlx.utils import tree_map_with_path, tree_unflatten

    parts: dict[str, list[tuple[str, Any]]] = {"adapter": [], "optimizer": [], "grad": []}
    for key, value in arrays.items():
        kind, _, name = key.partition(".")
        parts.setdefault(kind, []).append((name, value))
    expected = {key: value.shape for key, value in adapter_weights(model).items()}
    if {key: value.shape for key, value in parts["adapter"]} != expected:
        raise InputError(f"{source}: its adapter weights do not fit this model and adapter shape")
    model.load_weights(parts["adapter"], strict=False)
    state = tree_unflatten(parts["optimizer"])
    state.pop("learning_rate", None)
    state["learning_rate"] = optimizer.learning_rate
    optimizer.state = state
    if not parts["grad"]:
        return None
    # Shaped like the model's trainable tree (frozen branches included), as the step expects.
    saved = dict(parts["grad"])
    return tree_map_with_path(lambda path, _: saved[path], model.trainable_parameters())


def save(
    folder: Path, step: int, model: Any, optimizer: Any, grad: Any | None, config: dict[str, Any]
) -> Path:
    """Write a checkpoint for `step`, adapters.safetensors, then adapter_config.json; keep
    the newest KEEP checkpoints.

    In that order, each file renamed into place whole, an adapter folder never holds a
    config without its weights (a run killed before its first save leaves no adapter,
    and mlx-lm and bobby recognise an adapter by its config).
    """
    path = checkpoint_path(folder, step)
    _save_arrays(path, state_arrays(model, optimizer, grad), {"step": str(step)})
    save_adapters(folder, model)
    write_json(folder / CONFIG, config)
    for old in sorted((folder / CHECKPOINTS).glob("[0-9]*.safetensors"))[:-KEEP]:
        old.unlink()
    return path


BEST = "best.safetensors"


def save_best(folder: Path, step: int, model: Any) -> Path:
    """Keep the adapter of the best validation so far (`keep_best` makes it the adapter)."""
    path = folder / CHECKPOINTS / BEST
    _save_arrays(path, adapter_weights(model), {"step": str(step)})
    return path


def keep_best(folder: Path, model: Any) -> bool:
    """Make the best validation's adapter the folder's adapters.safetensors and `model`'s
    own (what is learnt after training, the style score, comes from the adapter kept); the
    newest checkpoint stays as it was, so `--resume` goes on from the last step. False
    where there is none (a run resumed from a folder an older bobby wrote)."""
    import mlx.core as mx

    best = folder / CHECKPOINTS / BEST
    if not best.is_file():
        return False
    arrays = mx.load(str(best))
    _save_arrays(folder / WEIGHTS, arrays)
    model.load_weights(list(arrays.items()), strict=False)
    return True


def restore(path: Path, model: Any, optimizer: Any) -> tuple[int, Any | None]:
    """Load a checkpoint into `model` and `optimizer`; returns (step, accumulated grad)."""
    import mlx.core as mx

    try:
        arrays, metadata = mx.load(str(path), return_metadata=True)
        step = int(metadata["step"])
        mx.eval(arrays)
    except (OSError, RuntimeError, ValueError, KeyError) as err:
        raise InputError(f"{path}: not a readable bobby checkpoint ({err})") from None
    return step, load_state(path, arrays, model, optimizer)
