"""`bobby export`: every archive a person has, as one canonical posts file.

Sources are read one at a time into canonical posts (see `bobby.posts`), merged without
duplicates (the same tweet can be in two archives of the same account, taken years
apart), given their thread structure, sorted by time and written atomically. A folder
that holds several archives side by side (a Downloads folder) gives all of them.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import orjson

from bobby import bot_posts
from bobby.errors import InputError
from bobby.export import bluesky, grailbird, packed, twitter
from bobby.export.archive import NOT_AN_ARCHIVE, folder_root, is_archive_zip, open_folder, open_zip
from bobby.export.packed import Packed, as_thread, pack
from bobby.export.twitter import Stats
from bobby.files import open_regular
from bobby.posts import KINDS
from bobby.progress import Report, stage


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


def _is_car(path: Path) -> bool:
    with open_regular(path) as handle:
        return bluesky.is_car(handle.read(64))


def find_archives(path: Path) -> list[Path]:
    """The archives a path names: itself, or, for a folder that is not an archive, every
    archive in it (extracted folders, .zip files, .car files), so none is left out.

    Raises:
        InputError: the path does not exist, or is a folder with no archive in it.
    """
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if not path.is_dir() or folder_root(path) is not None:
        return [path]
    found = [
        child
        for child in sorted(path.iterdir())
        if (child.is_dir() and folder_root(child) is not None)
        or (child.suffix.lower() == ".zip" and child.is_file() and is_archive_zip(child))
        or (child.suffix.lower() == ".car" and child.is_file() and _is_car(child))
    ]
    if not found:
        raise InputError(f"{path}: not a Twitter/X archive ({NOT_AN_ARCHIVE}, nor in its folders)")
    return found


def read_source(path: Path, include_deleted: bool, stats: Stats) -> tuple[str, list[Packed]]:
    """(format, posts) of one archive, whatever form it comes in."""
    if path.is_dir():
        archive = open_folder(path)
    else:
        with open_regular(path) as handle:
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
            return "Twitter archive (Grailbird, before 2019)", grailbird.read(archive, stats)
        raise InputError(f"{path}: no tweets found in this archive")
    finally:
        archive.close()


def _text_rank(post: dict[str, Any]) -> tuple[int, int]:
    """Whole before cut (a long post restored from its note), then the longer text."""
    text = post["text"]
    return (not text.rstrip().endswith("…"), len(text))


def _count_rank(post: dict[str, Any]) -> tuple[int, int]:
    """Counts only grow with time (almost always): the higher are the newer."""
    return (post["like_count"] or -1, post["repost_count"] or -1)


def fuller(first: Packed, second: Packed) -> Packed:
    """One record of a post found in two sources, whichever order they came in: the
    text of the one with the whole text, the counts of the one with the newer counts.

    An older archive can hold a long post cut to 280 characters (X had not yet exported
    its note) and older like counts; a newer one the joined text and newer counts.
    """
    if first.line == second.line:
        return first
    a, b = sorted((first, second), key=lambda post: post.line)  # the order given is no tie-break
    records = orjson.loads(a.line), orjson.loads(b.line)
    text = max(records, key=_text_rank)
    counts = max(records, key=_count_rank)
    best = text | {"like_count": counts["like_count"], "repost_count": counts["repost_count"]}
    return pack([best])[0]


def merge(posts: list[Packed], stats: Stats) -> list[Packed]:
    """Drop repeated posts (keeping the fuller record), mark replies to one's own posts
    as threads, sort by time."""
    unique: dict[tuple[str, str], Packed] = {}
    for post in posts:
        key = (post.source, post.id)
        if (seen := unique.get(key)) is not None:
            stats.skip("duplicate (in more than one source)")
            unique[key] = fuller(seen, post)
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


def settle(posts: list[Packed], stats: Stats) -> None:
    """Count, once all sources are merged, what the sets of `stats` leave out: deleted
    tweets that no source exported, and long notes no source found a tweet for."""
    exported = {post.id for post in posts if post.source == "twitter"}
    stats.skip("deleted (keep with --include-deleted)", len(stats.deleted - exported))
    stats.skip("long-post note without its tweet", len(stats.notes - stats.matched))


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
        long_notes_joined=len(stats.joined),
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
    progress: Report | None = None,
) -> Summary:
    """Read every source and write one sorted, de-duplicated posts file.

    Args:
        sources: archives (.zip or folder, any generation), folders holding several, and
            Bluesky .car exports.
        out: the posts.jsonl to write; replaced only once everything was read.
        include_deleted: keep the tweets of `deleted-tweets.js`.
        progress: told as each archive is read.

    Returns:
        Counts by kind, year and language, and what was skipped and why.
    """
    if not sources:
        raise InputError("no archive given")
    stats = Stats()
    posts: list[Packed] = []
    read: list[SourceSummary] = []
    archives = list(itertools.chain.from_iterable(find_archives(Path(path)) for path in sources))
    with _no_gc():
        for path in archives:
            stage(progress, f"Reading {path}")
            fmt, found = read_source(path, include_deleted, stats)
            read.append(SourceSummary(str(path), fmt, len(found)))
            posts += found
    posts, own = bot_posts.leave_out(posts, bot_posts.gather())
    if own:
        stats.skip(bot_posts.REASON, own)
    posts = merge(posts, stats)
    settle(posts, stats)
    if not posts:
        skipped = "; ".join(f"{count} {reason}" for reason, count in stats.skipped.items())
        raise InputError(
            f"{', '.join(map(str, sources))}: no posts found"
            + (f" (skipped: {skipped})" if skipped else "")
        )
    packed.write(out, posts)
    return summarize(posts, out, stats, read)
