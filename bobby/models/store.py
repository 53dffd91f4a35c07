"""bobby's model cache: `cache_dir()/models/<name>/`, one mlx-lm folder per model.

Models are shared between bots, so they live in the user's cache folder rather than in a
bot's working folder. Every entry is created whole by a rename (see `import_gguf`), so a
folder with a config.json is a complete model, and two processes importing the same file
at once simply end up using whichever finished first.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import orjson

from bobby.errors import ModelError
from bobby.models.gguf import import_gguf
from bobby.paths import cache_dir
from bobby.progress import Report


def models_dir() -> Path:
    """The folder holding every fetched or imported model."""
    return cache_dir() / "models"


def is_model_dir(path: Path) -> bool:
    return (path / "config.json").is_file()


def cache_name(gguf: Path, sha256: str) -> str:
    """A cache folder name that is readable and unique per file content."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", gguf.stem).strip("-.") or "model"
    return f"{stem}-{sha256[:12]}"


def import_once(
    gguf: Path,
    target: Path,
    progress: Report | None = None,
    *,
    sha256: str,
    origin: str | None = None,
) -> Path:
    """Import `gguf` into `target` unless it is already there (or appears meanwhile)."""
    if is_model_dir(target):
        return target
    try:
        return import_gguf(gguf, target, progress, sha256=sha256, origin=origin)
    except (ModelError, OSError):
        if is_model_dir(target):  # another process finished the same import first
            return target
        raise


@dataclass(frozen=True)
class ModelInfo:
    """A cached model as `bobby model list` shows it."""

    name: str
    path: str
    size: int
    quantization: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _bits(setting: dict[str, Any] | bool) -> str:
    return f"{setting['bits']}-bit" if isinstance(setting, dict) else "unquantized"


def describe_quantization(config: dict[str, Any]) -> str:
    """'4-bit (group 32), embed_tokens 8-bit' from a config's quantization entry."""
    quantization = config.get("quantization")
    if not quantization:
        return "none"
    text = f"{quantization['bits']}-bit (group {quantization['group_size']})"
    exceptions = {
        key: value
        for key, value in quantization.items()
        if key not in ("bits", "group_size", "mode")
    }
    if 0 < len(exceptions) <= 3:
        parts = [
            f"{key.removeprefix('model.')} {_bits(value)}" for key, value in exceptions.items()
        ]
        text += ", " + ", ".join(parts)
    elif exceptions:
        text += f", {len(exceptions)} layers differ"
    return text


def _read(path: Path) -> dict[str, Any]:
    try:
        return orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}


def list_models() -> list[ModelInfo]:
    """Every complete model in the cache, by name."""
    folder = models_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or not is_model_dir(path):
            continue
        size = sum(item.stat().st_size for item in path.iterdir() if item.is_file())
        source = _read(path / "source.json").get("gguf", "")
        found.append(
            ModelInfo(
                path.name,
                str(path),
                size,
                describe_quantization(_read(path / "config.json")),
                source,
            )
        )
    return found
