"""A post as the merge step needs it: a few sort and count keys, and its finished line.

Hundreds of thousands of posts pass from the parsing workers to the merge. As dicts they
would cost about a kilobyte each and the main process would unpickle and serialize every
one; packed, the workers serialize each post once (orjson, in parallel) and the main
process sorts and counts small tuples and writes the lines as they are.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import orjson

from bobby.errors import InputError
from bobby.files import atomic_write
from bobby.posts import ExportedPost


class Packed(NamedTuple):
    created_at: str
    id: str
    source: str
    kind: str
    reply_to_id: str | None
    lang: str | None
    line: bytes  # the post, one line of posts.jsonl without the newline


def pack(posts: Iterable[ExportedPost]) -> list[Packed]:
    """Posts with their lines. orjson returns each line in a buffer of at least 4 KiB, ten
    times a typical post, so the lines are joined and split again into bytes of their
    exact size (JSON escapes newlines: a line holds none)."""
    posts = list(posts)
    if not posts:
        return []
    dumps = orjson.dumps
    lines = b"\n".join([dumps(p) for p in posts]).split(b"\n")
    return [
        Packed(p["created_at"], p["id"], p["source"], p["kind"], p["reply_to_id"], p["lang"], line)
        for p, line in zip(posts, lines, strict=True)
    ]


def to_bytes(posts: list[Packed]) -> tuple[bytes, bytes]:
    """Packed posts as two byte strings (keys as JSON, the lines joined), which a worker
    process sends back far faster than tuples: bytes pickle as one copy."""
    keys = orjson.dumps([post[:6] for post in posts])
    return keys, b"\n".join(post.line for post in posts)


def from_bytes(keys: bytes, lines: bytes) -> list[Packed]:
    """What `to_bytes` made, unpacked in the merging process; the few distinct sources,
    kinds and languages are shared rather than repeated half a million times."""
    if keys == b"[]":
        return []
    intern = sys.intern
    return [
        Packed(created, id, intern(source), intern(kind), reply_to, lang and intern(lang), line)
        for (created, id, source, kind, reply_to, lang), line in zip(
            orjson.loads(keys), lines.split(b"\n"), strict=True
        )
    ]


def as_thread(post: Packed) -> Packed:
    """The same post, marked as part of the author's own thread.

    Replacing the bytes is exact: orjson writes `"kind":"reply"` once, as the key and its
    value, and the same characters inside a text would be escaped (`\\"kind\\"`).
    """
    line = post.line.replace(b'"kind":"reply"', b'"kind":"self_reply"', 1)
    return post._replace(kind="self_reply", line=line)


def write(path: Path, posts: Iterable[Packed]) -> None:
    """posts.jsonl, whole or not at all: each post's line as it is."""
    with atomic_write(path) as handle:
        for post in posts:
            handle.write(post.line)
            handle.write(b"\n")


def read(path: Path) -> list[Packed]:
    """The posts of a posts.jsonl (none if it does not exist yet), packed again, so that
    more can be merged into it (`bobby sync`); a line that is not a post is an error
    naming it."""
    if not path.exists():
        return []
    try:
        lines = path.read_bytes().splitlines()
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror or err})") from None
    posts = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            post = orjson.loads(line)
            keys = [post[key] for key in ("created_at", "id", "source", "kind")]
            optional = [post.get(key) for key in ("reply_to_id", "lang")]
        except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError) as err:
            raise InputError(
                f"{path}, line {number}: not a post of `bobby export` ({err})"
            ) from None
        if not all(isinstance(key, str) for key in keys) or not all(
            isinstance(value, str | None) for value in optional
        ):
            raise InputError(f"{path}, line {number}: not a post of `bobby export`")
        posts.append(Packed(*keys, *optional, line))
    return posts
