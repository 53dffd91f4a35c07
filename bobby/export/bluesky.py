"""Bluesky repository exports: the .car file `com.atproto.sync.getRepo` returns (what
"Export my data" in the Bluesky app saves).

A repository is a content-addressed tree (a Merkle search tree) of records keyed by
`collection/rkey`; the posts are the `app.bsky.feed.post` records. The tree is walked
from the signed commit so every post gets its real record key, and with it an at:// URI
that later steps can compare with what bobby posts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bobby.errors import InputError
from bobby.export import timefmt
from bobby.export.twitter import Stats
from bobby.posts import Post

POST = "app.bsky.feed.post"
_MEDIA = {"app.bsky.embed.images", "app.bsky.embed.video"}
_QUOTES = {"app.bsky.embed.record", "app.bsky.embed.recordWithMedia"}


def is_car(head: bytes) -> bool:
    """A CAR v1 file starts with a varint length and a CBOR map holding `roots`."""
    return len(head) > 8 and head[0] < 0x80 and b"roots" in head[: head[0] + 1]


def _walk(blocks: dict[bytes, Any], cid: bytes, partial: bool) -> Iterator[tuple[str, bytes]]:
    """(key, record CID) for every entry of the tree under `cid`, in key order.

    Each node holds a left subtree and entries whose keys are compressed against the
    previous key (`p` bytes shared, then `k`), each followed by its right subtree. In a
    `partial` repository a subtree that is absent did not change, and is passed over.
    """
    if partial and cid not in blocks:
        return
    node = blocks[cid]
    if node.get("l"):
        yield from _walk(blocks, node["l"], partial)
    key = b""
    for entry in node["e"]:
        key = key[: entry["p"]] + entry["k"]
        yield key.decode(), entry["v"]
        if entry.get("t"):
            yield from _walk(blocks, entry["t"], partial)


def _facet_text(
    text: str, facets: list[dict[str, Any]]
) -> tuple[str, list[str], list[str], list[str]]:
    """Replace shortened link text by the full link; collect links, mentions and tags.

    Facets address the text by UTF-8 byte offsets, so the work is done on bytes.
    """
    raw = text.encode()
    urls: list[str] = []
    mentions: list[str] = []
    tags: list[str] = []
    replacements = []
    for facet in facets:
        index = facet.get("index") or {}
        start, end = index.get("byteStart"), index.get("byteEnd")
        if (
            not isinstance(start, int)
            or not isinstance(end, int)
            or not 0 <= start <= end <= len(raw)
        ):
            continue
        for feature in facet.get("features") or ():
            kind = feature.get("$type", "")
            if kind.endswith("#link") and feature.get("uri"):
                urls.append(feature["uri"])
                replacements.append((start, end, feature["uri"].encode()))
            elif kind.endswith("#mention"):
                mentions.append(raw[start:end].decode(errors="replace").lstrip("@"))
            elif kind.endswith("#tag") and feature.get("tag"):
                tags.append(feature["tag"])
    for start, end, uri in sorted(replacements, reverse=True):
        raw = raw[:start] + uri + raw[end:]
    return raw.decode(errors="replace"), urls, mentions, tags


def normalize(did: str, rkey: str, record: dict[str, Any]) -> Post:
    text, urls, mentions, tags = _facet_text(record["text"], record.get("facets") or [])
    embed = record.get("embed") or {}
    embed_type = embed.get("$type")
    media_type = (embed.get("media") or {}).get("$type")
    if embed_type == "app.bsky.embed.external":
        uri = (embed.get("external") or {}).get("uri")
        if uri and uri not in urls:
            urls.append(uri)
    parent = ((record.get("reply") or {}).get("parent") or {}).get("uri")
    if parent:
        kind = "self_reply" if parent.startswith(f"at://{did}/") else "reply"
    elif embed_type in _QUOTES:
        kind = "quote"
    else:
        kind = "post"
    langs = record.get("langs") or []
    return {
        "id": f"at://{did}/{POST}/{rkey}",
        "source": "bluesky",
        "created_at": timefmt.iso(record["createdAt"]),
        "text": text,
        "kind": kind,
        "reply_to_id": parent,
        "lang": langs[0] if langs and isinstance(langs[0], str) else None,
        "urls": urls,
        "mentions": mentions,
        "hashtags": tags,
        "has_media": embed_type in _MEDIA or media_type in _MEDIA,
        "like_count": None,
        "repost_count": None,
    }


@dataclass
class Repository:
    """The posts of a repository, whose it is (`did`) and the revision they are as of
    (`rev`: a sync asks for what changed since it next time; None in old repositories)."""

    did: str
    rev: str | None
    posts: list[Post]


def decode(data: bytes, where: str, stats: Stats, partial: bool = False) -> Repository:
    """The posts of a repository in CAR form, as `com.atproto.sync.getRepo` sends it.

    Args:
        data: the CAR file's bytes.
        where: what to call it in an error message (a path, an account).
        stats: counts malformed records.
        partial: the CAR holds only the blocks written since a revision (getRepo with
            `since`): the signed commit, the tree nodes on the paths that changed and the
            new records; the rest of the tree, and records that did not change, are absent.

    Raises:
        InputError: it is not a repository (no signed commit naming a DID, no tree).
    """
    import libipld  # atproto's CAR and CBOR decoder

    try:
        header, blocks = libipld.decode_car(data)
        commit = blocks[header["roots"][0]]
        did, rev = commit["did"], commit.get("rev")
        if not isinstance(did, str) or not isinstance(rev, str | None):
            raise TypeError("the commit's did or rev is not a string")
        entries = list(_walk(blocks, commit["data"], partial))
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError) as err:
        raise InputError(f"{where}: not a readable Bluesky repository ({err})") from None
    posts = []
    for key, cid in entries:
        collection, _, rkey = key.partition("/")
        if collection != POST or (partial and cid not in blocks):
            continue
        try:
            posts.append(normalize(did, rkey, blocks[cid]))
        except (KeyError, TypeError, ValueError, AttributeError):
            stats.skip("malformed record")
    return Repository(did, rev, posts)


def read(path: Path, stats: Stats) -> list[Post]:
    """Every post in a repository export."""
    return decode(path.read_bytes(), str(path), stats).posts
