"""Opening an archive the way the user has it: the .zip X sends, its extracted folder,
or a folder one level above or below the archive's root.

Both kinds are reduced to the same small interface (list the files, open one as a
stream), so the format readers never care where the bytes come from. A zip is read
member by member without extracting it, so a multi-gigabyte archive with media costs no
disk space and no memory beyond the file being parsed.
"""

from __future__ import annotations

import functools
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import IO

from bobby.errors import InputError

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
        except (zipfile.BadZipFile, zlib.error, EOFError) as err:
            raise InputError(f"{self.path}: {name} is corrupt ({err})") from None

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
        return (self.root / name).open("rb")

    def size(self, name: str) -> int:
        return (self.root / name).stat().st_size


class ZipArchive(Archive):
    def __init__(self, path: Path, zf: zipfile.ZipFile, prefix: str) -> None:
        super().__init__(path)
        self.zf = zf
        self.prefix = prefix

    def files(self) -> list[str]:
        cut = len(self.prefix)
        return [
            info.filename[cut:]
            for info in self.zf.infolist()
            if info.filename.startswith(self.prefix) and not info.is_dir()
        ]

    def _open(self, name: str) -> IO[bytes]:
        return self.zf.open(self.prefix + name)

    def size(self, name: str) -> int:
        return self.zf.getinfo(self.prefix + name).file_size

    def close(self) -> None:
        self.zf.close()


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


def open_folder(path: Path) -> Archive:
    """An extracted archive: the folder itself, its `data` folder, or a folder holding it."""
    candidates = [path, path.parent] if path.name == "data" else [path]
    candidates += [child for child in sorted(path.iterdir()) if child.is_dir()]
    for root in candidates:
        if any((root / marker).exists() for marker in ROOT_MARKERS):
            return FolderArchive(path, root)
    raise InputError(
        f"{path}: not a Twitter/X archive (no data/tweets.js, data/tweet.js or tweets.csv in it)"
    )


def open_zip(path: Path) -> Archive:
    """The .zip that X sends, or one made from its extracted folder."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError) as err:
        raise InputError(f"{path}: not a valid zip file, truncated or corrupt ({err})") from None
    prefix = _find_root({info.filename for info in zf.infolist()})
    if prefix is None:
        zf.close()
        raise InputError(
            f"{path}: zip file is not a Twitter/X archive (no data/tweets.js, data/tweet.js or tweets.csv in it)"
        )
    return ZipArchive(path, zf, prefix)
