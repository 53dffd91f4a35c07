"""Opening an archive the way the user has it: the .zip X sends, its extracted folder,
or a folder one level above or below the archive's root.

Both kinds are reduced to the same small interface (list the files, open one as a
stream), so the format readers never care where the bytes come from. A zip is read
member by member without extracting it, so a multi-gigabyte archive with media costs no
disk space and no memory beyond the file being parsed.

Whatever a member is, opening it cannot hang or run away: a folder's files are opened
only if they are regular files (a FIFO named data/tweets.js would block forever), and a
zip member is checked before it is read: not encrypted, compressed in a way Python can
read, and not expanding far beyond what any real archive does (a zip bomb).
"""

from __future__ import annotations

import functools
import lzma
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import IO

from bobby.errors import InputError
from bobby.files import open_regular

# A file that marks the root of an archive, for each generation of the format.
ROOT_MARKERS = (
    "data/manifest.js",
    "data/tweets.js",
    "data/tweet.js",
    "data/tweets-part1.js",
    "data/deleted-tweets.js",
    "data/js/tweet_index.js",
    "data/js/tweets",
    "tweets.csv",
)


class Archive:
    """Files of an archive, addressed by their path inside it (`data/tweets.js`)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def files(self) -> list[str]:
        raise NotImplementedError

    def _open(self, name: str) -> IO[bytes]:
        raise NotImplementedError

    def size(self, name: str) -> int:
        """Uncompressed size of a member, in bytes."""
        raise NotImplementedError

    @functools.cached_property
    def names(self) -> frozenset[str]:
        return frozenset(self.files())

    def has(self, name: str) -> bool:
        return name in self.names

    def glob(self, pattern: str) -> list[str]:
        """Names matching a glob pattern, sorted naturally (part2 before part10)."""
        found = [name for name in self.names if PurePosixPath(name).match(pattern)]
        return sorted(found, key=_natural_key)

    @contextmanager
    def open(self, name: str) -> Iterator[IO[bytes]]:
        """Open a member as a binary stream; read errors name the archive and the member."""
        try:
            with self._open(name) as handle:
                yield handle
        except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError) as err:
            raise InputError(f"{self.path}: {name} is corrupt ({err})") from None
        except OSError as err:  # a failing disk, or a bzip2 member's corrupt stream
            raise InputError(f"{self.path}: {name} cannot be read ({err})") from None

    def read(self, name: str) -> bytes:
        with self.open(name) as handle:
            return handle.read()

    def close(self) -> None:
        """Release the underlying file, if any."""


class FolderArchive(Archive):
    def __init__(self, path: Path, root: Path) -> None:
        super().__init__(path)
        self.root = root

    def files(self) -> list[str]:
        names = []
        for folder, dirs, files in os.walk(self.root):
            dirs[:] = [
                d for d in dirs if not d.endswith("_media")
            ]  # media folders can hold 10^5 files
            rel = Path(folder).relative_to(self.root)
            names += [(rel / name).as_posix() for name in files]
        return names

    def _open(self, name: str) -> IO[bytes]:
        return open_regular(self.root / name, f"{self.path}: {name}")

    def size(self, name: str) -> int:
        return (self.root / name).stat().st_size


class ZipArchive(Archive):
    def __init__(self, path: Path, zf: zipfile.ZipFile, prefix: str, handle: IO[bytes]) -> None:
        super().__init__(path)
        self.zf = zf
        self.prefix = prefix
        self.handle = handle

    def files(self) -> list[str]:
        cut = len(self.prefix)
        return [
            info.filename[cut:]
            for info in self.zf.infolist()
            if info.filename.startswith(self.prefix) and not info.is_dir()
        ]

    def _open(self, name: str) -> IO[bytes]:
        return self.zf.open(self._member(name))

    def size(self, name: str) -> int:
        return self.zf.getinfo(self.prefix + name).file_size

    def _member(self, name: str) -> zipfile.ZipInfo:
        """The member, once it is known that reading it can work and cannot run away."""
        info = self.zf.getinfo(self.prefix + name)
        where = f"{self.path}: {name}"
        if info.flag_bits & 0x1:
            raise InputError(
                f"{where} is encrypted (a password-protected zip); extract it with its "
                "password and give bobby the folder"
            )
        if info.compress_type not in _READABLE:
            method = _METHODS.get(info.compress_type, f"compression method {info.compress_type}")
            raise InputError(
                f"{where} is compressed with {method}, which Python cannot read; extract the "
                "zip with another tool (7-Zip, unzip, the system's file manager) and give "
                "bobby the folder"
            )
        limit = max_expansion()
        if info.file_size > BOMB_FLOOR and info.file_size > limit * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise InputError(
                f"{where} would expand {ratio:,} times, from {info.compress_size:,} to "
                f"{info.file_size:,} bytes, past the limit of {limit:,} times that guards "
                f"against zip bombs; if the archive is genuine, raise it with "
                f"{EXPANSION_VARIABLE}={ratio + 1}"
            )
        return info

    def close(self) -> None:
        self.zf.close()
        self.handle.close()


# Compression methods Python's zipfile reads, and the names of some it does not.
_READABLE = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
_METHODS = {9: "Deflate64", 10: "PKWARE DCL Implode", 93: "Zstandard", 95: "xz", 98: "PPMd",
            99: "WinZip AES encryption"}  # fmt: skip

# Pretty-printed tweets compress 10 to 20 times; a member that expands more than
# `max_expansion()` times is refused, unless it stays small whatever its ratio.
EXPANSION_VARIABLE = "BOBBY_EXPORT_MAX_EXPANSION"
DEFAULT_EXPANSION = 100
BOMB_FLOOR = 64 << 20


def max_expansion() -> int:
    """How many times its compressed size a zip member may expand to."""
    raw = os.environ.get(EXPANSION_VARIABLE, "").strip()
    if not raw:
        return DEFAULT_EXPANSION
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise InputError(
            f"environment variable {EXPANSION_VARIABLE}={raw!r} is not a whole number of at least 1"
        )
    return value


def _natural_key(name: str) -> list[object]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def _find_root(names: set[str]) -> str | None:
    """The prefix under which an archive's marker files sit, shortest first."""
    best: str | None = None
    for name in names:
        for marker in ROOT_MARKERS:
            at = name.find(marker)
            if at >= 0 and (at == 0 or name[at - 1] == "/"):
                prefix = name[:at]
                if best is None or len(prefix) < len(best):
                    best = prefix
    return best


NOT_AN_ARCHIVE = "no data/tweets.js, data/tweet.js or tweets.csv in it"


def folder_root(path: Path) -> Path | None:
    """The root of the extracted archive `path` is (or whose `data` folder it is), if any."""
    candidates = [path, path.parent] if path.name == "data" else [path]
    for root in candidates:
        if any((root / marker).exists() for marker in ROOT_MARKERS):
            return root
    return None


def open_folder(path: Path) -> Archive:
    """An extracted archive: the folder itself or its `data` folder."""
    root = folder_root(path)
    if root is None:
        raise InputError(f"{path}: not a Twitter/X archive ({NOT_AN_ARCHIVE})")
    return FolderArchive(path, root)


def _zip_file(path: Path, handle: IO[bytes]) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as err:
        raise InputError(f"{path}: not a valid zip file, truncated or corrupt ({err})") from None


def is_archive_zip(path: Path) -> bool:
    """Whether a zip file holds a Twitter/X archive (read from its directory only)."""
    try:
        with open_regular(path) as handle, _zip_file(path, handle) as zf:
            return _find_root(set(zf.namelist())) is not None
    except InputError:
        return False


def open_zip(path: Path) -> Archive:
    """The .zip that X sends, or one made from its extracted folder."""
    handle = open_regular(path)
    try:
        zf = _zip_file(path, handle)
        prefix = _find_root({info.filename for info in zf.infolist()})
        if prefix is None:
            zf.close()
            raise InputError(f"{path}: zip file is not a Twitter/X archive ({NOT_AN_ARCHIVE})")
    except BaseException:
        handle.close()
        raise
    return ZipArchive(path, zf, prefix, handle)
