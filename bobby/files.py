"""Reading and writing the pipeline's files, whole or not at all.

Each step's output is written to a temporary file beside its target and renamed into
place only once it is complete, so an interrupted or failed run never leaves a truncated
file and an existing one stays as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, BinaryIO

import orjson

from bobby.errors import BobbyError, InputError

# What a write fails with when the disk (or the quota, or the file size limit) is full.
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


class DiskFullError(BobbyError):
    """A file could not be written for lack of space; what was there is unchanged."""


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
    with _temporary(target, mode) as (handle, tmp):
        yield handle
    try:
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def _temporary(target: Path, mode: str) -> Iterator[tuple[IO[Any], str]]:
    """A temporary file beside `target`, complete on disk when the block ends; removed if
    the block fails. A full disk, met while writing or flushing, is one clear error."""
    if target.is_dir():
        raise InputError(f"{target}: is a folder; give a file name")
    if target.exists() and not target.is_file():  # renaming over it would replace the node
        raise InputError(f"{target}: is not a regular file (a pipe or a device); give a file name")
    import tempfile

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.chmod(tmp, _permissions(target))
    except OSError as err:
        raise InputError(f"{target}: cannot write it here ({err.strerror or err})") from None
    try:
        with os.fdopen(fd, mode) as handle:
            yield handle, tmp
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException as err:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(err, OSError) and err.errno in _FULL:
            raise DiskFullError(
                f"{target}: cannot write it ({err.strerror}); "
                "the file that was there is unchanged, free some space and run again"
            ) from None
        raise


def write_all(files: Mapping[str | os.PathLike[str], bytes | None]) -> None:
    """Replace several files as one unit: each is written to a temporary file first, and
    only once all are complete are they renamed into place (a `None` removes a file).

    A failure while writing (a full disk) leaves every old file as it was, so a step's
    outputs never mix two runs. Renames do not need space and do not fail that way.
    """
    written: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            if data is None:
                continue
            with _temporary(Path(path), "wb") as (handle, tmp):
                handle.write(data)
            written.append((tmp, Path(path)))
    except BaseException:
        for tmp, _ in written:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise
    for tmp, target in written:
        os.replace(tmp, target)
    for path, data in files.items():
        if data is None:
            Path(path).unlink(missing_ok=True)


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


def open_regular(path: str | os.PathLike[str], name: str | None = None) -> BinaryIO:
    """Open a file for reading, refusing anything but a regular file.

    Opening a FIFO blocks until something writes to it, and a device such as /dev/zero
    never ends, so the file is opened without blocking, checked, and only then read.

    Args:
        path: the file.
        name: how to call it in errors (default: the path).
    """
    label = name or str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError(f"{label}: no such file") from None
    except OSError as err:
        raise InputError(f"{label}: cannot be read ({err.strerror or err})") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        what = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a pipe or a device)"
        raise InputError(f"{label}: is {what}, not a file bobby can read")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def sha256_file(path: str | os.PathLike[str]) -> str:
    """Hex sha256 of a file, read in chunks so large files cost no memory."""
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
