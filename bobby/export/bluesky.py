"""Bluesky repository exports: the .car file `com.atproto.sync.getRepo` returns (what
"Export my data" in the Bluesky app saves).

A repository is a content-addressed tree (a Merkle search tree) of records keyed by
`collection/rkey`; the posts are the `app.bsky.feed.post` records. The tree is walked
from the signed commit so every post gets its real record key, and with it an at:// URI
that later steps can compare with what bobby posts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bobby.errors import InputError
from bobby.export import timefmt
from bobby.export.twitter import Stats
from bobby.files import open_regular
from bobby.posts import ExportedPost

POST = "app.bsky.feed.post"
_MEDIA = {"app.bsky.embed.images", "app.bsky.embed.video"}
_QUOTES = {"app.bsky.embed.record", "app.bsky.embed.recordWithMedia"}


def is_car(head: bytes) -> bool:
    """A CAR v1 file starts with a varint length and a CBOR map holding `roots`."""
    return len(head) > 8 and head[0] < 0x80 and b"roots" in head[: head[0] + 1]


# A repository's tree is about log16 of its record count deep: 6 levels hold 10^7 records.
MAX_DEPTH = 64


class _BadTree(Exception):
    """The tree is not one a repository can have (a node reached twice, or too deep), or a
    block is not what its CID says."""


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """The unsigned LEB128 number at `at` and where it ends."""
    value = shift = 0
    while True:
        if at >= len(data) or shift > 63:
            raise _BadTree("the file ends inside a number")
        byte = data[at]
        value |= (byte & 0x7F) << shift
        at, shift = at + 1, shift + 7
        if byte < 0x80:
            return value, at


def _check_blocks(data: bytes) -> None:
    """Every block's bytes hash to the digest its CID names (CIDv1, sha256), as in every
    repository: a block whose CID does not match its bytes was altered or forged, and
    the tree built on it says nothing true. libipld trusts the CIDs; this does not."""
    length, at = _varint(data, 0)
    at += length  # the header
    while at < len(data):
        length, start = _varint(data, at)
        at = start + length
        if at > len(data):
            raise _BadTree("the file ends inside a block")
        version, cursor = _varint(data, start)
        _codec, cursor = _varint(data, cursor)
        code, cursor = _varint(data, cursor)
        size, cursor = _varint(data, cursor)
        if version != 1 or code != 0x12 or size != 32:
            raise _BadTree("a block's CID is not a CIDv1 with a sha256 digest")
        if hashlib.sha256(data[cursor + size : at]).digest() != data[cursor : cursor + size]:
            raise _BadTree("a block's bytes do not match its CID")


def _walk(blocks: dict[bytes, Any], root: bytes, partial: bool) -> Iterator[tuple[str, bytes]]:
    """(key, record CID) for every entry of the tree under `root`, in key order.

    Each node holds a left subtree and entries whose keys are compressed against the
    previous key (`p` bytes shared, then `k`), each followed by its right subtree. In a
    `partial` repository a subtree that is absent did not change, and is passed over.

    A real tree reaches each node once; a crafted file can point many entries at the
    same subtree, which a plain walk expands exponentially (a few kilobytes standing for
    billions of entries), or nest nodes deeper than any repository. Each node is visited
    at most once and the depth is bounded, so the walk is linear in the file's size.
    """
    seen: set[bytes] = set()
    # A stack of what is left to do, last first: (node CID, depth) to expand into its
    # left subtree, entries and right subtrees, or (key, record CID) to yield.
    stack: list[tuple[bytes, int] | tuple[str, bytes]] = [(root, 0)]
    while stack:
        item = stack.pop()
        if isinstance(item[0], str):
            yield item  # type: ignore[misc]
            continue
        cid, depth = item
        if partial and cid not in blocks:
            continue
        if cid in seen:
            raise _BadTree("a tree node is reached twice")
        if depth > MAX_DEPTH:
            raise _BadTree(f"the tree is deeper than {MAX_DEPTH} levels")
        seen.add(cid)
        node = blocks[cid]
        expanded: list[tuple[bytes, int] | tuple[str, bytes]] = []
        if node.get("l"):
            expanded.append((node["l"], depth + 1))
        key = b""
        for entry in node["e"]:
            key = key[: entry["p"]] + entry["k"]
            expanded.append((key.decode(), entry["v"]))
            if entry.get("t"):
                expanded.append((entry["t"], depth + 1))
        stack += reversed(expanded)


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


def normalize(did: str, rkey: str, record: dict[str, Any]) -> ExportedPost:
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
    posts: list[ExportedPost]


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
        _check_blocks(data)
        header, blocks = libipld.decode_car(data)
        commit = blocks[header["roots"][0]]
        if not isinstance(commit, dict) or not {"did", "data"} <= commit.keys():
            raise TypeError("its root is not a signed commit (no did and data)")
        did, rev = commit["did"], commit.get("rev")
        if not isinstance(did, str) or not isinstance(rev, str | None):
            raise TypeError("the commit's did or rev is not a string")
        entries = list(_walk(blocks, commit["data"], partial))
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, _BadTree) as err:
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


def read(path: Path, stats: Stats) -> list[ExportedPost]:
    """Every post in a repository export."""
    with open_regular(path) as handle:
        data = handle.read()
    return decode(data, str(path), stats).posts
