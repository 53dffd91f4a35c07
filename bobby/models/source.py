"""What `--model` accepts, with errors a user can act on.

Every command that takes `--model` passes the user's text to `model_source` (or `load`), so
all of them accept the same things: `smollm2`, the name of a cached model, a local
mlx-lm folder, a .gguf file, or a Hugging Face id.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from bobby.errors import ModelError
from bobby.files import sha256_file
from bobby.models import SMOLLM2
from bobby.models.fetch import fetch_smollm2
from bobby.models.store import cache_name, import_once, is_model_dir, models_dir
from bobby.progress import Report

# owner/name, as the Hugging Face hub spells repository ids
HF_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*")


def import_cached(gguf: Path, progress: Report | None = None) -> Path:
    """Import a .gguf file into the cache once; the same bytes reuse the same folder."""
    if not gguf.is_file():
        raise ModelError(
            f"{gguf}: {'is a folder, not a .gguf file' if gguf.is_dir() else 'no such file'}"
        )
    digest = sha256_file(gguf)
    return import_once(gguf, models_dir() / cache_name(gguf, digest), progress, sha256=digest)


def model_source(spec: str, progress: Report | None = None) -> str:
    """Turn a `--model` value into what `mlx_lm.load` takes: a folder or a hub id.

    - `smollm2`: the embedded default, fetched and imported on first use;
    - an existing folder: used as it is, if it has a config.json;
    - an existing file: imported as GGUF into the cache (once per file content);
    - the name of a model in the cache (`bobby model list`);
    - `owner/name`: a Hugging Face id, returned unchanged for mlx-lm to download.

    Raises:
        ModelError: a folder without config.json, a missing path, a file that cannot be
            imported, or text that is none of the above.
    """
    if spec == SMOLLM2:
        return str(fetch_smollm2(progress))
    path = Path(spec).expanduser()
    if path.is_dir():
        if not is_model_dir(path):
            raise ModelError(f"{spec}: not a model folder (no config.json)")
        return str(path)
    if path.is_file():
        return str(import_cached(path, progress))
    if os.sep not in spec and is_model_dir(models_dir() / spec):
        return str(models_dir() / spec)
    if HF_ID.fullmatch(spec) and not spec.lower().endswith(".gguf"):
        return spec
    if spec.startswith((".", "/", "~")) or os.sep in spec or spec.lower().endswith(".gguf"):
        raise ModelError(f"{spec}: no such file or folder")
    raise ModelError(
        f"{spec}: not a file, a folder, a cached model (bobby model list) or a Hugging Face id (owner/name)"
    )


def first_line(err: BaseException) -> str:
    lines = str(err).strip().splitlines()
    line = lines[0] if lines else type(err).__name__
    return line if len(line) <= 160 else line[:157] + "..."
