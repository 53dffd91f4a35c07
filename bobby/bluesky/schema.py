"""What bobby reads from a PDS, an AppView or the PLC directory, checked once, here.

Anything on the network can answer anything: a broken or hostile server, and, inside an
honest answer, records that other accounts wrote (a mention's text, its reply refs, its
author's labels). So no code of bobby reads a field of an answer directly: every answer
passes through one function of this module, which returns typed values or raises
`Malformed`. Within a list (a page of notifications, posts), an item that is not what
the lexicon says is skipped and returned with its reason (`Skipped`), and the others are
kept; an answer that is wrong as a whole (not an object, no list) is `Malformed`, which
callers treat as a failed request: reported in one line, tried again later.

Strings are bounded here too, so that a 10 MB mention never reaches a prompt: a post's
text by the lexicon's limit (`MAX_TEXT` bytes), every other string by `MAX_STRING`
bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bobby.bluesky import MAX_BYTES
from bobby.errors import BlueskyError

MAX_TEXT = MAX_BYTES  # bytes of a post's text (app.bsky.feed.post's maxLength)
MAX_STRING = 2048  # bytes of a URI, CID, DID, handle, time, cursor or label


class Malformed(BlueskyError):
    """A server's answer that is not what the lexicon says, as a whole."""


class _Bad(Exception):
    """One field is wrong: where, and how (the reason an item is skipped)."""


@dataclass(frozen=True)
class Skipped:
    """An item of a list left out: its URI when it had a readable one, and why."""

    uri: str | None
    reason: str


@dataclass(frozen=True)
class PostView:
    """A post as the AppView shows it (app.bsky.feed.defs#postView), reduced to what bobby
    uses: its strong ref, its author (DID, handle, self-labels' values), its text and, for
    a reply, the strong ref of its thread's root (`root_uri`, `root_cid`)."""

    uri: str
    cid: str
    author: str
    handle: str
    labels: tuple[str, ...]
    text: str
    root_uri: str | None
    root_cid: str | None


@dataclass(frozen=True)
class Notification(PostView):
    """A notification (app.bsky.notification.listNotifications): the post that caused it,
    why (`reason`) and when the AppView saw it (`indexed_at`)."""

    reason: str
    indexed_at: str


@dataclass(frozen=True)
class Page:
    """One page of a list: the items that passed, those skipped, and the next cursor."""

    items: list[Any]
    skipped: list[Skipped]
    cursor: str | None


def _string(value: Any, where: str, limit: int = MAX_STRING) -> str:
    if not isinstance(value, str):
        raise _Bad(f"{where} is {_kind(value)}, not a string")
    if len(value) > limit:
        raise _Bad(f"{where} is longer than {limit:,} characters")
    if len(value.encode()) > limit:  # the SDK's JSON parser lets no lone surrogate through
        raise _Bad(f"{where} is longer than {limit:,} bytes")
    return value


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(f"{where} is {_kind(value)}, not an object")
    return value


def _kind(value: Any) -> str:
    return "null" if value is None else f"a {type(value).__name__}"


def _post_fields(item: Any) -> dict[str, Any]:
    """The fields of a PostView from one item of a post view or a notification."""
    item = _object(item, "the item")
    author = _object(item.get("author"), "author")
    record = _object(item.get("record"), "record")
    labels = author.get("labels") or []
    if not isinstance(labels, list):
        raise _Bad(f"author.labels is {_kind(labels)}, not a list")
    root_uri = root_cid = None
    if record.get("reply") is not None:
        root = _object(_object(record["reply"], "record.reply").get("root"), "record.reply.root")
        root_uri = _string(root.get("uri"), "record.reply.root.uri")
        root_cid = _string(root.get("cid"), "record.reply.root.cid")
    return {
        "uri": _string(item.get("uri"), "uri"),
        "cid": _string(item.get("cid"), "cid"),
        "author": _string(author.get("did"), "author.did"),
        "handle": _string(author.get("handle", ""), "author.handle"),
        "labels": tuple(
            _string(_object(label, "a label").get("val"), "a label's val") for label in labels
        ),
        "text": _string(record.get("text", ""), "record.text", MAX_TEXT),
        "root_uri": root_uri,
        "root_cid": root_cid,
    }


def _page(answer: Any, key: str, what: str, read: Any) -> Page:
    """The items of list `key` of `answer` through `read`, each bad one skipped."""
    if not isinstance(answer, dict) or not isinstance(answer.get(key), list):
        raise Malformed(f"could not {what}: the server's answer is not a list of {key}")
    cursor = answer.get("cursor")
    if cursor is not None and not (isinstance(cursor, str) and len(cursor) <= MAX_STRING):
        raise Malformed(
            f"could not {what}: the server's answer has a cursor that is {_kind(cursor)}"
        )
    items, skipped = [], []
    for item in answer[key]:
        try:
            items.append(read(item))
        except _Bad as bad:
            skipped.append(Skipped(_readable_uri(item), str(bad)))
    return Page(items, skipped, cursor)


def _readable_uri(item: Any) -> str | None:
    """The URI of an item skipped, to record it by, if it has one that is a string."""
    try:
        return _string(_object(item, "the item").get("uri"), "uri")
    except _Bad:
        return None


def _notification(item: Any) -> Notification:
    fields = _post_fields(item)
    return Notification(
        **fields,
        reason=_string(item.get("reason"), "reason"),
        indexed_at=_string(item.get("indexedAt"), "indexedAt"),
    )


def notifications(answer: Any) -> Page:
    """A page of app.bsky.notification.listNotifications: `Notification`s."""
    return _page(answer, "notifications", "read notifications", _notification)


def post_views(answer: Any) -> Page:
    """app.bsky.feed.getPosts: `PostView`s (a post that is gone is simply absent)."""
    return _page(answer, "posts", "read posts", lambda item: PostView(**_post_fields(item)))


def string(answer: Any, name: str, what: str) -> str:
    """The string `name` of an answer that is one object (resolveHandle's `did`,
    getLatestCommit's `rev`), checked."""
    try:
        return _string(_object(answer, "the answer").get(name), name)
    except _Bad as bad:
        raise Malformed(f"could not {what}: the server's answer is not usable ({bad})") from None


def strong_ref(answer: Any, what: str) -> dict[str, Any]:
    """{uri, cid} (and `value`, the record, when getRecord gave it) of an answer that
    names a record: createRecord's, one result of applyWrites, getRecord's."""
    ref = {"uri": string(answer, "uri", what), "cid": string(answer, "cid", what)}
    value = answer.get("value")
    return ref | ({"value": value} if isinstance(value, dict) else {})


def results(answer: Any, what: str) -> list[Any]:
    """applyWrites' `results`, at least one."""
    found = answer.get("results") if isinstance(answer, dict) else None
    if not isinstance(found, list) or not found:
        raise Malformed(f"could not {what}: the server's answer has no results")
    return found
