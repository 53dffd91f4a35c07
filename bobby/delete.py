"""`bobby delete`: remove one of the bot's posts from Bluesky, with its gates, once, recorded.

Bluesky's developer guidelines ask bots for a way to take content down on request. The
post and its threadgate and postgate (which share its record key) are removed with
com.atproto.repo.deleteRecord, which the PDS treats as done when the record is already
gone: a run that stopped half-way is simply run again. The post's row in the state
database then gets `deleted_at`, so `bobby history` shows it and `--last` does not pick
an older post instead: asked twice, `--last` says there is nothing to delete.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from bobby import bot_posts, state
from bobby.bluesky.session import BlueskyOptions, connect
from bobby.errors import InputError
from bobby.layout import Layout
from bobby.post import COLLECTION, POSTGATE, THREADGATE

_URI = re.compile(r"at://(did:[a-z]+:[A-Za-z0-9._:%-]+)/app\.bsky\.feed\.post/([A-Za-z0-9._~:-]+)")


@dataclass
class DeleteReport:
    """What `delete` did: the post's URI and row (None: not in the state database),
    the records removed (or that would be, with dry_run), or why there was nothing."""

    uri: str | None
    post: state.Post | None
    records: list[str]
    nothing: str | None = None
    dry_run: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "uri": self.uri,
            "text": self.post.text if self.post else None,
            "records": self.records,
            "nothing": self.nothing,
            "dry_run": self.dry_run,
        }


def delete(
    options: BlueskyOptions,
    *,
    uri: str | None = None,
    last: bool = False,
    dry_run: bool = False,
    layout: Layout | None = None,
) -> DeleteReport:
    """Delete the bot's newest post (`last`) or the post at `uri`, with its gates.

    Raises:
        InputError: neither or both of uri and last, a URI that is not a post's, or a
            post of another account.
        BlueskyError: the PDS could not be reached (run again: deleting is idempotent).
    """
    if (uri is None) == (not last):
        raise InputError("give either --last or the at:// URI of one of the bot's posts")
    if uri is not None and not _URI.fullmatch(uri):
        raise InputError(f"{uri!r} is not the at:// URI of a post (at://DID/{COLLECTION}/KEY)")
    layout = layout or Layout()
    account = None if dry_run else connect(options)
    with state.database(layout.state_db) as db:
        if last:
            mine = "status = 'posted'" + ("" if account is None else " AND repo = ?")
            found = state.find_posts(db, mine, [] if account is None else [account.did], 1)
            if not found:
                return DeleteReport(None, None, [], "the bot has posted nothing", dry_run)
            row: state.Post | None = found[0]
            uri = row.uri
            if row.deleted_at:
                return DeleteReport(uri, row, [], f"it was deleted at {row.deleted_at}", dry_run)
        else:
            rows = state.find_posts(db, "uri = ?", [uri], 1)
            row = rows[0] if rows else None
        assert uri is not None
        repo, rkey = _URI.fullmatch(uri).groups()  # type: ignore[union-attr]
        # a dry run does not log in: the bot's accounts are those it has posted as
        own = (
            {account.did}
            if account
            else {*state.posting_accounts(db), *filter(None, [bot_posts.session_did()])}
        )
        if repo not in own:
            whose = f"@{account.handle}" if account else "an account bobby posts as"
            raise InputError(f"{uri} is not a post of {whose}; bobby deletes only its own")
        records = [f"at://{repo}/{collection}/{rkey}" for collection in _collections(row)]
        if account is None:
            return DeleteReport(uri, row, records, dry_run=True)
        for collection in _collections(row):
            account.procedure(
                "com.atproto.repo.deleteRecord",
                "delete the post",
                {"repo": account.did, "collection": collection, "rkey": rkey},
            )
        if row is not None:
            row = state.write_post(db, replace(row, deleted_at=state.timestamp()))
        return DeleteReport(uri, row, records)


def _collections(row: state.Post | None) -> list[str]:
    """The post's records: the post and the gates it was made with (all, if unknown)."""
    if row is None:
        return [COLLECTION, THREADGATE, POSTGATE]
    gates = row.gates or {}
    return [
        COLLECTION,
        *([THREADGATE] if gates.get("reply_gate", "everyone") != "everyone" else []),
        *([POSTGATE] if gates.get("quotes") is False else []),
    ]
