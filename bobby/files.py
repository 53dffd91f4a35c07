"""Reading and writing the pipeline's files, whole or not at all.

Each step's output is written to a temporary file beside its target and renamed into
place only once it is complete, so an interrupted or failed run never leaves a truncated
file and an existing one stays as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from bobby.errors import InputError


def _permissions(target: Path) -> int:
    """The mode the file would get from a plain open(): the old file's, else 0666 less
    the umask (mkstemp's 0600 would make data files private by surprise)."""
    try:
        return target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "wb") -> Iterator[IO[Any]]:
    """Open a temporary file that replaces `path` only if the block finishes without error.

    It has the permissions a plain write would give; a caller that needs others (a
    secret) sets them on the handle with os.fchmod before writing.
    """
    target = Path(path)
    if target.is_dir():
        raise InputError(f"{target}: is a folder; give a file name")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.chmod(tmp, _permissions(target))
    except OSError as err:
        raise InputError(f"{target}: cannot write it here ({err.strerror or err})") from None
    try:
        with os.fdopen(fd, mode) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` atomically."""
    with atomic_write(path) as handle:
        handle.write(data)


def write_json(path: str | os.PathLike[str], value: Any) -> None:
    """Write `value` as indented JSON, atomically."""
    write_bytes(path, orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n")


def write_jsonl(path: str | os.PathLike[str], records: Iterable[Any]) -> int:
    """Write one JSON document per line, atomically; returns the number of lines."""
    count = 0
    with atomic_write(path) as handle:
        for record in records:
            handle.write(orjson.dumps(record))
            handle.write(b"\n")
            count += 1
    return count


def read_json(path: str | os.PathLike[str]) -> Any:
    """Read one JSON document, naming the file in the error if it is missing or invalid."""
    path = Path(path)
    try:
        return orjson.loads(path.read_bytes())
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except orjson.JSONDecodeError as err:
        raise InputError(f"{path}: not valid JSON ({err})") from None


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[Any]:
    """Yield each line of a JSONL file; a bad line is an error naming its number."""
    path = Path(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield orjson.loads(line)
            except orjson.JSONDecodeError as err:
                raise InputError(f"{path}, line {number}: not valid JSON ({err})") from None


def sha256_file(path: str | os.PathLike[str]) -> str:
    """Hex sha256 of a file, read in chunks so large files cost no memory."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
