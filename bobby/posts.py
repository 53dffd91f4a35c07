"""The canonical post record: what `bobby export` writes and every later step reads.

One JSON object per line in data/posts.jsonl, sorted by time. Sources differ wildly
(three generations of Twitter archives, Bluesky repositories); this is the one shape the
rest of the pipeline has to understand.
"""

from __future__ import annotations

from typing import Literal, TypedDict

Kind = Literal["post", "reply", "self_reply", "quote", "retweet"]
KINDS: tuple[Kind, ...] = ("post", "reply", "self_reply", "quote", "retweet")


class ExportedPost(TypedDict):
    """One post, whatever its source.

    `text` is what the person wrote, made readable: HTML entities unescaped, t.co links
    replaced by the address they stand for, the trailing link of attached media removed,
    the full text of long posts restored. `reply_to_id` is the id of the post replied to
    (null for a reply addressed to a person rather than a post). Counts are null where the
    source has none (Bluesky repositories do not store likes).
    """

    id: str
    source: Literal["twitter", "bluesky"]
    created_at: str  # ISO 8601 in UTC, to the second: 2024-11-09T12:14:18Z
    text: str
    kind: Kind
    reply_to_id: str | None
    lang: str | None
    urls: list[str]
    mentions: list[str]
    hashtags: list[str]
    has_media: bool
    like_count: int | None
    repost_count: int | None
