"""A post as the merge step needs it: a few sort and count keys, and its finished line.

Hundreds of thousands of posts pass from the parsing workers to the merge. As dicts they
would cost about a kilobyte each and the main process would unpickle and serialize every
one; packed, the workers serialize each post once (orjson, in parallel) and the main
process sorts and counts small tuples and writes the lines as they are.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import NamedTuple

import orjson

from bobby.posts import Post


class Packed(NamedTuple):
    created_at: str
    id: str
    source: str
    kind: str
    reply_to_id: str | None
    lang: str | None
    line: bytes  # the post, one line of posts.jsonl without the newline


def pack(posts: Iterable[Post]) -> list[Packed]:
    dumps = orjson.dumps
    return [
        Packed(
            p["created_at"], p["id"], p["source"], p["kind"], p["reply_to_id"], p["lang"], dumps(p)
        )
        for p in posts
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
