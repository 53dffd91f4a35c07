"""The one way bobby loads a model: find, prepare the backend, load, fit, attach.

Training, generation, evaluation and serving all load through `load`, so each of them
accepts the same `--model` values (`bobby.models.model_source`), gets the same speed-ups on the
device (`bobby.backend`) and shows the same progress, a first-use download included. It
is also the only place that knows the rule MLX imposes: OpenBLAS must be loaded
(`backend.prepare()`) before anything imports mlx, or it cannot take over the CPU's
matrix products.

`reuse` makes another model from a loaded one's weights without reading them again
(`bobby eval`'s four models of one base).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bobby.errors import ModelError
from bobby.models.source import first_line, model_source
from bobby.progress import Report, stage

if TYPE_CHECKING:
    from bobby.adapters import AdapterDir
    from bobby.backend import Backend


@dataclass
class Loaded:
    """A model ready to use.

    Attributes:
        model: the mlx-lm model, fitted to the device, with the adapter (if any) applied
            at run time over the base's own weights.
        tokenizer: mlx-lm's TokenizerWrapper.
        name: the model as the user named it (`smollm2`, a folder, a hub id).
        source: what mlx-lm loaded: an absolute folder, or the hub id.
        adapter: the adapter applied at run time, or None.
        backend: the device and BLAS in use.
        notes: remarks for the user (a speed hint, what fitting to the device changed).
    """

    model: Any
    tokenizer: Any
    name: str
    source: str
    adapter: AdapterDir | None
    backend: Backend
    notes: list[str] = field(default_factory=list)


def load(
    spec: str,
    adapter: AdapterDir | None = None,
    progress: Report | None = None,
    *,
    fit: bool = True,
    generating: bool = False,
) -> Loaded:
    """Load the model `spec` names, with `adapter` applied at run time (never fused).

    Args:
        spec: anything `--model` takes (see `bobby.models.model_source`).
        adapter: an adapter folder to apply at run time, or None for the base alone.
        progress: told about fetching, importing, loading and attaching.
        fit: make the model fast on the device (`bobby.backend.fit_to_device`); False
            for a caller that changes the weights first (evaluation's fused rows) and
            fits afterwards.
        generating: only what generation needs, without importing transformers
            (`bobby.models.mlx_lm_code`): bobby's own tokenizer where it reads the
            model's exactly (`bobby.models.chat_tokenizer`), else mlx-lm's. Training and
            evaluation keep mlx-lm's tokenizer, which their data code calls.

    Raises:
        ModelError: the model cannot be found, downloaded or loaded, or the adapter does
            not fit it.
    """
    from bobby import backend as devices

    backend = devices.prepare()
    notes = [backend.hint] if backend.hint else []
    source = model_source(spec, progress)
    if Path(source).exists():
        source = str(Path(source).resolve())
    model, tokenizer = _mlx_load(spec, source, generating, progress)
    return _ready(
        Loaded(model, tokenizer, spec, source, None, backend, notes), adapter, fit, progress
    )


def reuse(
    loaded: Loaded,
    adapter: AdapterDir | None = None,
    progress: Report | None = None,
    *,
    fit: bool = True,
) -> Loaded:
    """What `load(loaded.name, adapter, fit=fit)` returns, made from `loaded`'s weights
    instead of reading and dequantizing them again; `loaded` is left as it is.

    `bobby eval` measures four models of one base: the base's arrays (4-bit as read, or
    already dequantized by `fit`) are shared, and each model gets its own modules, so
    that an adapter attached or fused into one never reaches the others.

    Args:
        loaded: a model `load` returned without an adapter.
        adapter, progress, fit: as for `load`; fitting a model that is fitted already
            changes nothing.
    """
    if loaded.adapter is not None:
        raise ValueError("reuse needs a model without an adapter")
    fresh = replace(loaded, model=_modules_anew(loaded.model), notes=list(loaded.notes))
    return _ready(fresh, adapter, fit, progress)


def _ready(
    loaded: Loaded, adapter: AdapterDir | None, fit: bool, progress: Report | None
) -> Loaded:
    """Fit a freshly made model to the device (if `fit`), then attach `adapter`."""
    from bobby import backend as devices

    if fit:
        stage(progress, f"Fitting {loaded.name} to the device")
        if note := devices.fit_to_device(loaded.model):
            loaded.notes.append(note)
    if adapter is not None:
        from bobby import runtime

        stage(progress, f"Applying {adapter}")
        try:
            runtime.attach(loaded.model, adapter.path)
        except (ValueError, KeyError, FileNotFoundError) as err:
            raise ModelError(f"{adapter}: does not fit {loaded.name} ({err})") from None
        loaded.adapter = adapter
    return loaded


def _modules_anew(value: Any) -> Any:
    """A copy of a module tree whose modules, lists, dicts and sets are new and whose
    arrays (never changed in place by bobby or mlx-lm: updates replace them) are shared.
    What a model keeps for itself beside its modules (`bobby.decode`'s compiled steps,
    which compute with the original) is left behind."""
    import mlx.nn as nn

    from bobby.decode import STEPS

    if isinstance(value, nn.Module):
        module = type(value).__new__(type(value))
        dict.update(module, {key: _modules_anew(item) for key, item in value.items()})
        module.__dict__.update(
            {key: _modules_anew(item) for key, item in vars(value).items() if key != STEPS}
        )
        return module
    if type(value) in (list, tuple, set):
        return type(value)(map(_modules_anew, value))
    if type(value) is dict:
        return {key: _modules_anew(item) for key, item in value.items()}
    return value


def _mlx_load(spec: str, source: str, generating: bool, progress: Report | None) -> tuple[Any, Any]:
    from bobby.models import mlx_lm_code

    try:
        if not generating:
            stage(progress, f"Loading {spec}")
            from mlx_lm import load as mlx_load

            return mlx_load(source)
        # in stages, so that --debug shows where a cold start waits
        stage(progress, "Importing MLX and mlx-lm's model code")
        mlx_lm_code.mlx_lm_utils()
        stage(progress, f"Reading {spec}")
        model, config, path = mlx_lm_code.load_model(source)
        stage(progress, f"Reading {spec}'s tokenizer")
        return model, mlx_lm_code.load_tokenizer(path, config)
    except OSError as err:
        if Path(source).exists():
            raise ModelError(
                f"{source}: mlx-lm cannot load this model ({first_line(err)})"
            ) from None
        raise ModelError(
            f"{spec}: no local folder of that name, and mlx-lm cannot get it from Hugging Face "
            f"({first_line(err)}); without network access use 'smollm2', a local mlx-lm folder or a .gguf file"
        ) from None
    except (ValueError, RuntimeError, TypeError, KeyError) as err:
        raise ModelError(f"{source}: mlx-lm cannot load this model ({first_line(err)})") from None
