"""mlx-lm's model code and loader, imported without transformers.

mlx-lm's package `__init__` imports its generation and conversion modules, and its
`utils` (the loader, which `tuner.utils`, the adapter layers, imports too) imports its
tokenizer module, which imports transformers at the top: seconds of a cold start (1.8 s
on a 2-core CPU, 8.3 s on an H100 host with the 8B model, BENCHMARKS.md) for a tokenizer
that `bobby generate` reads itself (`bobby.models.chat_tokenizer`).

So the generate path imports the parts it runs (`mlx_lm.models.*`, `mlx_lm.utils`'s
`load_model`, `mlx_lm.tuner`'s LoRA layers) with two packages' `__init__` (`mlx_lm`,
`mlx_lm.tuner`) run on first use of a name they define, and `mlx_lm.utils` given
stand-ins for its tokenizer module and for the Hugging Face hub (whose
`snapshot_download` it imports at the top: 0.1-0.2 s on that CPU for the hub's HTTP
client and API, which a model already on disk never calls), whose functions import the
real ones when called. The stand-ins are dropped from `sys.modules` at once: any later
`import mlx_lm.tokenizer_utils` or `huggingface_hub` (training, `mlx_lm.load`, a
download) gets the real module. The model code, weights and adapter layers are mlx-lm's
own, unchanged.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

DEFERRED = ("mlx_lm", "mlx_lm.tuner")
TOKENIZER_MODULE = "mlx_lm.tokenizer_utils"
# What `mlx_lm.utils` imports at its top and the generate path calls late or never.
STANDING_IN = (TOKENIZER_MODULE, "huggingface_hub")


def _defer(name: str) -> None:
    """Put package `name` in sys.modules without running its `__init__`, which runs when
    a name of its own is first asked for (`from mlx_lm import load`); submodules import
    as usual meanwhile."""
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(f"no module named {name!r}")
    package = importlib.util.module_from_spec(spec)

    def first_use(attribute: str) -> Any:
        del package.__getattr__
        spec.loader.exec_module(package)
        return getattr(package, attribute)

    package.__getattr__ = first_use  # type: ignore[method-assign]
    sys.modules[name] = package


def _stand_in(module_name: str) -> types.ModuleType:
    """Module `module_name` whose every name is a function calling the real one."""
    module = types.ModuleType(module_name)

    def forward(name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            return getattr(importlib.import_module(module_name), name)(*args, **kwargs)

        return call

    module.__getattr__ = forward  # type: ignore[method-assign]
    return module


def mlx_lm_utils() -> Any:
    """`mlx_lm.utils`, imported (once) without transformers or the hub's client where they
    are not yet imported."""
    if "mlx_lm.utils" in sys.modules:
        return sys.modules["mlx_lm.utils"]
    for name in DEFERRED:
        _defer(name)
    standing = [name for name in STANDING_IN if name not in sys.modules]  # else: no saving
    sys.modules.update({name: _stand_in(name) for name in standing})
    try:
        return importlib.import_module("mlx_lm.utils")
    finally:
        for name in standing:
            del sys.modules[name]


def load_model(source: str) -> tuple[Any, dict[str, Any], Path]:
    """An mlx-lm model (the weights read), its config and its folder, from a folder or a
    hub id (downloaded as mlx-lm downloads it), as `mlx_lm.load` makes them."""
    utils = mlx_lm_utils()
    path = Path(utils._download(source))
    model, config = utils.load_model(path)
    return model, config, path


def load_tokenizer(path: Path, config: dict[str, Any]) -> Any:
    """The model's tokenizer: bobby's (`chat_tokenizer`) where it reads it exactly, else
    mlx-lm's (which imports transformers), with the model's end-of-sequence ids."""
    from bobby.models import chat_tokenizer

    eos = config.get("eos_token_id")
    eos = [eos] if isinstance(eos, int) else list(eos or [])
    defaults = getattr(mlx_lm_utils(), "_tokenizer_defaults", lambda path: None)(path)
    if not defaults and (tokenizer := chat_tokenizer.read(path, eos)) is not None:
        return tokenizer
    return mlx_lm_utils().load_tokenizer(path, eos_token_ids=config.get("eos_token_id"))
