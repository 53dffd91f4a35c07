"""`bobby profile --bot-label`: tell Bluesky, and everyone who sees the account, that it is a bot.

The label is a self-label: the value "bot" in the `labels` of the account's own profile
record (app.bsky.actor.profile, key "self"), as `com.atproto.label.defs#selfLabels`.
Apps show it on the profile and the posts. The record is read and written back as raw
JSON with only the labels changed, so the display name, description, avatar and any field
bobby does not know survive. The write (putRecord) is the whole record, so repeating it
after a server error is harmless. An account without a profile record gets one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bobby.bluesky import xrpc
from bobby.bluesky.session import Account, BlueskyOptions, connect

PROFILE = "app.bsky.actor.profile"
SELF_LABELS = "com.atproto.label.defs#selfLabels"
BOT = "bot"


@dataclass
class ProfileReport:
    """The account's self-labels after the run, and whether the run changed the profile."""

    handle: str
    labels: list[str]
    changed: bool


def _read(account: Account) -> dict[str, Any] | None:
    """The profile record, or None if the account has none."""
    try:
        found = account.query(
            "com.atproto.repo.getRecord",
            "read the profile",
            repo=account.did,
            collection=PROFILE,
            rkey="self",
        )
    except xrpc.Refused as err:
        if err.error == "RecordNotFound":
            return None
        raise
    return found["value"]


def _values(record: dict[str, Any] | None) -> list[dict[str, Any]]:
    labels = (record or {}).get("labels") or {}
    return list(labels.get("values") or []) if labels.get("$type") == SELF_LABELS else []


def bot_label(options: BlueskyOptions, on: bool | None) -> ProfileReport:
    """Add (on=True) or remove (on=False) the self-label "bot", or only report the
    self-labels (on=None)."""
    account = connect(options)
    record = xrpc.retrying(lambda: _read(account))
    values = _values(record)
    has_bot = any(value.get("val") == BOT for value in values)
    if on is None or on == has_bot:
        return ProfileReport(account.handle, [value.get("val") for value in values], changed=False)
    values = [value for value in values if value.get("val") != BOT] + ([{"val": BOT}] if on else [])
    updated = dict(record or {"$type": PROFILE})
    if values:
        updated["labels"] = {"$type": SELF_LABELS, "values": values}
    else:
        updated.pop("labels", None)
    body = {"repo": account.did, "collection": PROFILE, "rkey": "self", "record": updated}
    xrpc.retrying(
        lambda: account.procedure("com.atproto.repo.putRecord", "update the profile", body)
    )
    return ProfileReport(account.handle, [value["val"] for value in values], changed=True)
