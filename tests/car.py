"""Writing Bluesky repository exports (CAR files) for tests.

A real repository: records addressed by CIDs (sha256 of their DAG-CBOR encoding), a
Merkle search tree of `collection/rkey` keys with prefix-compressed entries and left
and right subtrees, and a commit naming the DID, in CAR v1 framing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import libipld


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


class Blocks:
    def __init__(self) -> None:
        self.blocks: dict[bytes, bytes] = {}

    def put(self, value: Any) -> bytes:
        data = libipld.encode_dag_cbor(value)
        cid = bytes([1, 0x71, 0x12, 0x20]) + hashlib.sha256(data).digest()
        self.blocks[cid] = data
        return cid


def _node(blocks: Blocks, keys: list[str], cids: dict[str, bytes], fanout: int) -> bytes:
    """A tree node over sorted `keys`: a left subtree, then entries with right subtrees."""
    if len(keys) <= fanout:
        left, groups = None, [(key, []) for key in keys]
    else:
        step = len(keys) // (fanout + 1) + 1
        separators = keys[step::step][:fanout]
        left_keys = [k for k in keys if k < separators[0]]
        left = _node(blocks, left_keys, cids, fanout) if left_keys else None
        groups = []
        for i, sep in enumerate(separators):
            upper = separators[i + 1] if i + 1 < len(separators) else None
            groups.append((sep, [k for k in keys if sep < k and (upper is None or k < upper)]))
    entries = []
    previous = b""
    for key, right in groups:
        raw = key.encode()
        shared = 0
        while shared < min(len(raw), len(previous)) and raw[shared] == previous[shared]:
            shared += 1
        entries.append(
            {
                "p": shared,
                "k": raw[shared:],
                "v": cids[key],
                "t": _node(blocks, right, cids, fanout) if right else None,
            }
        )
        previous = raw
    return blocks.put({"l": left, "e": entries})


def write_car(did: str, records: dict[str, dict[str, Any]], fanout: int = 4) -> bytes:
    """A repository export holding `records` ({"app.bsky.feed.post/rkey": record})."""
    blocks = Blocks()
    cids = {key: blocks.put(record) for key, record in records.items()}
    return _car(did, blocks, _node(blocks, sorted(records), cids, fanout))


def shared_subtrees_car(did: str, levels: int) -> bytes:
    """A hostile export: every node's left subtree and its entry's right subtree are the
    same node, so a walk that does not remember what it visited sees 2**levels entries
    in a file of a few kilobytes."""
    blocks = Blocks()
    record = blocks.put(post("the same post", "2024-01-01T00:00:00Z"))
    node = blocks.put({"l": None, "e": [_entry("app.bsky.feed.post/a", record, None)]})
    for level in range(levels):
        node = blocks.put({"l": node, "e": [_entry(f"app.bsky.feed.post/b{level}", record, node)]})
    return _car(did, blocks, node)


def deep_car(did: str, depth: int) -> bytes:
    """A hostile export: a chain of `depth` nodes, each the left subtree of the next."""
    blocks = Blocks()
    record = blocks.put(post("deep down", "2024-01-01T00:00:00Z"))
    node = None
    for level in range(depth):
        node = blocks.put(
            {"l": node, "e": [_entry(f"app.bsky.feed.post/{level:06d}", record, None)]}
        )
    assert node is not None
    return _car(did, blocks, node)


def _entry(key: str, value: bytes, right: bytes | None) -> dict[str, Any]:
    return {"p": 0, "k": key.encode(), "v": value, "t": right}


def _car(did: str, blocks: Blocks, root: bytes) -> bytes:
    """A repository export of `blocks`: a commit naming `did` and the tree at `root`."""
    commit = blocks.put(
        {
            "did": did,
            "version": 3,
            "data": root,
            "rev": "3l000000000002",
            "prev": None,
            "sig": b"\x00" * 64,
        }
    )
    return _frame(blocks, commit)


def _frame(blocks: Blocks, root: bytes) -> bytes:
    """The blocks in CAR v1 framing, `root` first."""
    header = libipld.encode_dag_cbor({"roots": [root], "version": 1})
    out = bytearray(_varint(len(header)) + header)
    for block_cid in [root, *(c for c in blocks.blocks if c != root)]:
        data = blocks.blocks[block_cid]
        out += _varint(len(block_cid) + len(data)) + block_cid + data
    return bytes(out)


def write_other_car(root: Any) -> bytes:
    """A well-formed CAR file whose root block is `root`: not a repository unless `root`
    is a commit."""
    blocks = Blocks()
    return _frame(blocks, blocks.put(root))


def without(car: bytes, drop: Callable[[Any], bool]) -> bytes:
    """The same CAR file without the blocks `drop` is true of (the root is always kept):
    the shape of what getRepo sends with `since`, which leaves out what did not change."""
    header, decoded = libipld.decode_car(car)
    root = header["roots"][0]
    blocks = Blocks()
    for value in decoded.values():
        if value is decoded[root] or not drop(value):
            blocks.put(value)
    return _frame(blocks, root)


def post(text: str, created: str, **fields: Any) -> dict[str, Any]:
    """An app.bsky.feed.post record."""
    return {"$type": "app.bsky.feed.post", "text": text, "createdAt": created, **fields}


def link_facet(text: str, shown: str, uri: str) -> dict[str, Any]:
    """A link facet over the first occurrence of `shown`, by UTF-8 byte offsets."""
    start = len(text[: text.index(shown)].encode())
    return {
        "index": {"byteStart": start, "byteEnd": start + len(shown.encode())},
        "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}],
    }
