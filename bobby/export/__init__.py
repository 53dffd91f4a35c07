"""`bobby export`: every archive a person has, as one canonical posts file.

Sources are read one at a time into canonical posts (see `bobby.posts`), merged without
duplicates (the same tweet can be in two archives of the same account, taken years
apart), given their thread structure, sorted by time and written atomically.
"""

from __future__ import annotations

import contextlib
import gc
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bobby import bot_posts
from bobby.errors import InputError
from bobby.export import bluesky, grailbird, packed, twitter
from bobby.export.archive import open_folder, open_zip
from bobby.export.packed import Packed, as_thread, pack
from bobby.export.twitter import Stats
from bobby.posts import KINDS


@dataclass
class SourceSummary:
    path: str
    format: str
    posts: int


@dataclass
class Summary:
    """What an export wrote and what it left out."""

    out: str
    posts: int
    first: str | None
    last: str | None
    by_kind: dict[str, int]
    by_year: dict[str, int]
    by_lang: dict[str, int]
    skipped: dict[str, int]
    long_notes_joined: int
    sources: list[SourceSummary] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_source(path: Path, include_deleted: bool, stats: Stats) -> tuple[str, list[Packed]]:
    """(format, posts) of one archive, whatever form it comes in."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        archive = open_folder(path)
    else:
        with path.open("rb") as handle:
            head = handle.read(64)
        if bluesky.is_car(head):
            return "Bluesky repository", pack(bluesky.read(path, stats))
        if not head.startswith(b"PK"):
            raise InputError(
                f"{path}: not a Twitter/X archive (.zip or folder) or a Bluesky repository (.car)"
            )
        archive = open_zip(path)
    try:
        if twitter.is_current(archive):
            return "Twitter/X archive", twitter.read(archive, include_deleted, stats)
        if grailbird.is_grailbird(archive):
            return "Twitter archive (Grailbird, before 2019)", pack(grailbird.read(archive, stats))
        raise InputError(f"{path}: no tweets found in this archive")
    finally:
        archive.close()


def merge(posts: list[Packed], stats: Stats) -> list[Packed]:
    """Drop repeated posts, mark replies to one's own posts as threads, sort by time."""
    unique: dict[tuple[str, str], Packed] = {}
    for post in posts:
        key = (post.source, post.id)
        if key in unique:
            stats.skip("duplicate (in more than one source)")
        else:
            unique[key] = post
    merged = [
        as_thread(post)
        if post.kind == "reply" and (post.source, post.reply_to_id) in unique
        else post
        for post in unique.values()
    ]
    merged.sort()
    return merged


def summarize(
    posts: list[Packed], out: Path, stats: Stats, sources: list[SourceSummary]
) -> Summary:
    kinds = Counter(post.kind for post in posts)
    return Summary(
        out=str(out),
        posts=len(posts),
        first=posts[0].created_at if posts else None,
        last=posts[-1].created_at if posts else None,
        by_kind={kind: kinds[kind] for kind in KINDS if kinds[kind]},
        by_year=dict(sorted(Counter(post.created_at[:4] for post in posts).items())),
        by_lang=dict(Counter(post.lang or "unknown" for post in posts).most_common()),
        skipped=dict(sorted(stats.skipped.items(), key=lambda item: -item[1])),
        long_notes_joined=stats.notes_joined,
        sources=sources,
    )


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Parsing creates millions of containers and no reference cycles; the cyclic
    collector would scan the growing heap again and again for nothing (30% of the time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def export(
    sources: Sequence[Path],
    out: Path,
    include_deleted: bool = False,
    on_source: Callable[[Path], None] | None = None,
) -> Summary:
    """Read every source and write one sorted, de-duplicated posts file.

    Args:
        sources: archives (.zip or folder, any generation) and Bluesky .car exports.
        out: the posts.jsonl to write; replaced only once everything was read.
        include_deleted: keep the tweets of `deleted-tweets.js`.
        on_source: called with each source before it is read, for progress displays.

    Returns:
        Counts by kind, year and language, and what was skipped and why.
    """
    if not sources:
        raise InputError("no archive given")
    stats = Stats()
    posts: list[Packed] = []
    read: list[SourceSummary] = []
    with _no_gc():
        for path in sources:
            if on_source:
                on_source(path)
            fmt, found = read_source(Path(path), include_deleted, stats)
            read.append(SourceSummary(str(path), fmt, len(found)))
            posts += found
    posts, own = bot_posts.leave_out(posts, bot_posts.load())
    if own:
        stats.skip(bot_posts.REASON, own)
    posts = merge(posts, stats)
    if not posts:
        skipped = "; ".join(f"{count} {reason}" for reason, count in stats.skipped.items())
        raise InputError(
            f"{', '.join(map(str, sources))}: no posts found"
            + (f" (skipped: {skipped})" if skipped else "")
        )
    packed.write(out, posts)
    return summarize(posts, out, stats, read)
