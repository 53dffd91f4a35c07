"""`bobby post`: publish one text to Bluesky, exactly once.

Exactly once, even when the process dies or the network drops at the worst moment:
before anything is sent, the post is written to the state database as pending, with the
record key (a TID) it will have on Bluesky. It is then written with
com.atproto.repo.createRecord under that key, and marked posted with its at:// URI and
CID. A later run finds the post still pending and, if it may have been sent before,
first asks the PDS for the record under that key: if it is there, the post is marked
posted; if not, it is sent. The PDS itself refuses a second record under the same key,
so two runs racing each other cannot post it twice either.

Pending posts go out at the start of the next run, before its own post, which is then
skipped if it has the same text (the same `bobby post --text` run again). A new post is
only recorded once earlier ones are out, so an outage leaves at most one post waiting
instead of a flood. A post the PDS refuses for good (an invalid record) is marked failed.

`post` takes a person's text or generated candidates (`bobby.generate`'s
`Generation.best()`, ranked best first) and publishes the first one that passed the
quality gate and fits Bluesky's limits. It holds no generation code. With --dry-run it
builds the exact record and sends nothing; it then imports none of the state database's
code, the checks of a server's answers (`bobby.bluesky.schema`) or the atproto SDK
(unless a mention is looked up), which the functions that write and send import for
themselves.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

from bobby.bluesky import richtext, timestamp, xrpc
from bobby.bluesky.session import Account, BlueskyOptions, anonymous, connect
from bobby.bluesky.tid import new_tid
from bobby.candidates import Candidate
from bobby.errors import BlueskyError, InputError
from bobby.files import read_json
from bobby.layout import Layout

if TYPE_CHECKING:
    import sqlite3

    from bobby.progress import Report
    from bobby.state import Post

COLLECTION = "app.bsky.feed.post"
THREADGATE = "app.bsky.feed.threadgate"
POSTGATE = "app.bsky.feed.postgate"

ReplyGate = Literal["everyone", "mentioned", "following", "nobody"]
_ALLOW = {  # a threadgate's `allow` for each --reply-gate; everyone needs no threadgate
    "mentioned": [{"$type": f"{THREADGATE}#mentionRule"}],
    "following": [{"$type": f"{THREADGATE}#followingRule"}],
    "nobody": [],
}

Query = Callable[..., dict[str, Any]]


@dataclass
class PostReport:
    """What `post` did.

    `record` is the record sent (with dry_run: the one that would be). `post` is its row
    in the state database (None for a dry run). `delivered` lists pending posts of earlier
    runs that went out in this one; `post` is one of them when it had the same text.
    """

    record: dict[str, Any]
    post: Post | None = None
    delivered: list[Post] = field(default_factory=list)
    dry_run: bool = False
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        row = self.post
        return {
            "dry_run": self.dry_run,
            "record": self.record,
            "uri": row.uri if row else None,
            "url": web_url(row.uri) if row and row.uri else None,
            "cid": row.cid if row else None,
            "rkey": row.rkey if row else None,
            "status": row.status if row else None,
            "delivered": [{"uri": item.uri, "text": item.text} for item in self.delivered],
            "notes": self.notes,
        }


def web_url(uri: str) -> str:
    """The bsky.app address of a post's at:// URI (the URI itself if it names no post)."""
    parts = uri.removeprefix("at://").split("/")
    if len(parts) != 3 or not all(parts):
        return uri
    return f"https://bsky.app/profile/{parts[0]}/post/{parts[2]}"


def choose(candidates: Sequence[Candidate]) -> Candidate:
    """The first candidate that passed the quality gate and fits Bluesky's limits, with
    surrounding white space removed (as the Bluesky app does); InputError if none."""
    reasons = []
    for candidate in candidates:
        text = candidate.text.strip()
        reason = candidate.rejected or richtext.problem(text)
        if reason is None:
            return replace(candidate, text=text)
        reasons.append(reason)
    if not candidates:
        raise InputError("nothing to post: no text was given or generated")
    if len(candidates) == 1:
        raise InputError(f"cannot post this text: {reasons[0]}")
    shown = "; ".join(dict.fromkeys(reasons))
    raise InputError(f"none of the {len(candidates)} candidates can be posted: {shown}")


def build_record(
    text: str, facets: list[dict[str, Any]], langs: list[str], created_at: str
) -> dict[str, Any]:
    """An app.bsky.feed.post record, as JSON."""
    record: dict[str, Any] = {"$type": COLLECTION, "text": text, "createdAt": created_at}
    if facets:
        record["facets"] = facets
    if langs:
        record["langs"] = langs
    return record


def gate_records(
    uri: str, gates: dict[str, Any] | None, created_at: str
) -> list[tuple[str, dict[str, Any]]]:
    """The threadgate and postgate records (collection, record) that go with the post at
    `uri`, from its `gates` ({"reply_gate": ReplyGate, "quotes": bool}); both live under
    the post's own record key."""
    gates = gates or {}
    out = []
    if gates.get("reply_gate", "everyone") != "everyone":
        allow = _ALLOW[gates["reply_gate"]]
        out.append((THREADGATE, {"$type": THREADGATE, "post": uri, "allow": allow, "createdAt": created_at}))  # fmt: skip
    if gates.get("quotes") is False:
        rules = [{"$type": f"{POSTGATE}#disableRule"}]
        out.append((POSTGATE, {"$type": POSTGATE, "post": uri, "embeddingRules": rules, "createdAt": created_at}))  # fmt: skip
    return out


def _resolver(
    query: Query, offline: list[tuple[str, str]] | None = None
) -> Callable[[str], str | None]:
    """Resolve a mentioned handle to a DID through com.atproto.identity.resolveHandle.
    With `offline` (a dry run, which sends nothing), a handle the network cannot look up
    stays plain text and is noted there instead of failing the run."""

    def resolve(handle: str) -> str | None:
        from bobby.bluesky import schema

        try:
            what = f"look up @{handle}"
            return schema.string(
                query("com.atproto.identity.resolveHandle", what, handle=handle), "did", what
            )
        except xrpc.Refused:
            return None  # no such handle: the mention stays plain text
        except (xrpc.Unreachable, xrpc.Busy) as err:
            if offline is None:
                raise
            offline.append((handle, str(err)))
            return None

    return resolve


def _record(
    text: str, langs: list[str], query: Query, offline: list[tuple[str, str]] | None = None
) -> dict[str, Any]:
    return build_record(text, richtext.facets(text, _resolver(query, offline)), langs, timestamp())


def post(
    candidates: str | Sequence[Candidate],
    options: BlueskyOptions,
    *,
    dry_run: bool = False,
    layout: Layout | None = None,
    langs: list[str] | None = None,
    progress: Report | None = None,
    reply_gate: ReplyGate = "everyone",
    quotes: bool = True,
) -> PostReport:
    """Post the first usable candidate, after delivering posts left pending by earlier runs.

    Every check that needs no network comes first: a text that is empty or too long is an
    InputError before any request.

    Args:
        candidates: a person's text, or generated candidates ranked best first (their
            adapter, sampling and id are recorded with the post).
        options: account and server (`bobby.config.resolve(BlueskyOptions, "bluesky", ...)`).
        dry_run: build the record (mentions are resolved, anonymously) and send nothing;
            needs no credentials and writes nothing.
        layout: the bot folder (its state database, and prep.json or posts.jsonl for the
            language); default the working folder's.
        langs: the post's languages; default `languages(layout)`, the posts' main one.
        progress: told whenever a rate limit or server error makes bobby wait.
        reply_gate: who may reply (a threadgate record, written with the post).
        quotes: False writes a postgate that forbids quoting, with the post.

    Raises:
        InputError: no candidate can be posted.
        BlueskyError: login failed, or the post could not be sent (it then stays pending,
            unless the PDS refused it for good).
    """
    chosen = choose([Candidate(candidates)] if isinstance(candidates, str) else candidates)
    layout = layout or Layout()
    langs = languages(layout) if langs is None else langs
    gates = (
        None
        if (reply_gate, quotes) == ("everyone", True)
        else {"reply_gate": reply_gate, "quotes": quotes}
    )
    if dry_run:
        offline: list[tuple[str, str]] = []
        record = _record(chosen.text, langs, _public_query(options), offline)
        notes = [
            f"@{handle} could not be looked up ({why}); the mention is shown unlinked, a real post links it"
            for handle, why in offline
        ]
        uri = f"at://{options.handle or 'you'}/{COLLECTION}/(new)"
        extra = {
            collection: value for collection, value in gate_records(uri, gates, record["createdAt"])
        }
        return PostReport(record | ({"gates": extra} if extra else {}), dry_run=True, notes=notes)
    from bobby.state import Post, database, write_post  # what a dry run needs none of

    account = connect(options)
    on_wait = _waiting(progress)
    with database(layout.state_db) as db:
        delivered = _deliver_pending(account, db, langs, on_wait)
        for row in delivered:
            if row.text == chosen.text:
                return PostReport(row.record or {}, row, delivered)
        row = write_post(
            db,
            Post(
                text=chosen.text,
                rkey=new_tid(),
                created_at=timestamp(),
                repo=account.did,
                adapter=chosen.adapter,
                sampling=dict(chosen.sampling),
                candidate_id=chosen.id,
                gates=gates,
            ),
        )
        row = _deliver(account, db, row, langs, on_wait)
        return PostReport(row.record or {}, row, delivered)


def send(
    account: Account,
    db: sqlite3.Connection,
    row: Post,
    langs: list[str] | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> Post:
    """Record a post (a reply from `bobby.reply`, its record already built, or a pending
    one) as pending and deliver it: the same exactly-once path as `post`. `langs` are
    for a post whose record is not built yet."""
    from bobby.state import write_post

    row = write_post(db, replace(row, repo=account.did))
    return _deliver(account, db, row, langs or [], on_wait)


def new_record(text: str, langs: list[str], account: Account) -> dict[str, Any]:
    """A post record for `text` with its mentions and links resolved through `account`."""
    return _record(text, langs, account.query)


def deliver_pending(
    options: BlueskyOptions,
    *,
    layout: Layout | None = None,
    langs: list[str] | None = None,
    progress: Report | None = None,
) -> list[Post]:
    """Send the posts that earlier tries left pending, oldest first, and decide no new one:
    after an outage `bobby serve` delivers the post it already decided instead of adding
    another. Returns them as posted; raises as `post` does.
    """
    from bobby.state import database

    layout = layout or Layout()
    langs = languages(layout) if langs is None else langs
    account = connect(options)
    with database(layout.state_db) as db:
        return _deliver_pending(account, db, langs, _waiting(progress))


def languages(layout: Layout) -> list[str]:
    """The language most of the person's posts are in, as a post's `langs`: prep
    recorded it in prep.json; a folder with posts but no prep.json is read for it."""
    if layout.prep.is_file():
        info = read_json(layout.prep)
        if isinstance(info, dict) and "language" in info:
            return [info["language"]] if isinstance(info["language"], str) else []
    lang = richtext.dominant_language(layout.posts)
    return [lang] if lang else []


def _waiting(progress: Report | None) -> Callable[[str], None] | None:
    """xrpc's wait messages as progress events."""
    from bobby.progress import Progress

    return None if progress is None else lambda why: progress(Progress(why))


def _deliver_pending(
    account: Account,
    db: sqlite3.Connection,
    langs: list[str],
    on_wait: Callable[[str], None] | None,
) -> list[Post]:
    from bobby.state import pending_posts

    return [_deliver(account, db, row, langs, on_wait) for row in pending_posts(db, account.did)]


def _public_query(options: BlueskyOptions) -> Query:
    """Public reads through a client without a session, made for the first read: a text
    that mentions no one needs none, and a dry run of it imports no SDK."""
    client = None

    def query(nsid: str, what: str, **params: Any) -> dict[str, Any]:
        nonlocal client
        client = client or anonymous(options)
        return xrpc.query(client, nsid, what, **params)

    return query


def _deliver(
    account: Account,
    db: sqlite3.Connection,
    row: Post,
    langs: list[str],
    on_wait: Callable[[str], None] | None,
) -> Post:
    """Get one pending post onto Bluesky and the database to agree that it is there."""
    from bobby.state import write_post

    def attempt() -> Post:
        nonlocal row
        if row.attempts:  # an earlier send may have reached the PDS: look before sending again
            found = _lookup(account, row)
            if found is not None:
                row = _posted(db, row, found)
                return row
        record = row.record or _record(row.text, langs, account.query)
        row = write_post(
            db, replace(row, record=record, repo=account.did, attempts=row.attempts + 1)
        )
        created = _create(account, row, record)
        stop_here_for_tests("BOBBY_TEST_STOP_AFTER_WRITE")
        row = _posted(db, row, created)
        return row

    try:
        return xrpc.retrying(attempt, on_wait=on_wait)
    except xrpc.Refused as refused:
        write_post(db, replace(row, status="failed", error=refused.detail))
        raise BlueskyError(
            f"Bluesky refused the post {row.text[:40]!r} ({refused.detail}); it is marked failed in `bobby history`"
        ) from refused
    except BlueskyError as err:
        raise BlueskyError(
            f"{err}. The post is kept as pending and goes out with the next `bobby post` (or the next try of `bobby serve`)"
        ) from err


def _create(account: Account, row: Post, record: dict[str, Any]) -> dict[str, Any]:
    """Send the post; with gates, post and gates in one com.atproto.repo.applyWrites, so a
    post never exists without its gates. Returns {uri, cid} of the post."""
    from bobby.bluesky import schema

    uri = f"at://{account.did}/{COLLECTION}/{row.rkey}"
    extra = gate_records(uri, row.gates, record["createdAt"])
    if not extra:
        answer = account.procedure(
            "com.atproto.repo.createRecord",
            "post",
            {
                "repo": account.did,
                "collection": COLLECTION,
                "rkey": row.rkey,
                "record": record,
                "validate": True,
            },
        )
        return schema.strong_ref(answer, "post")
    writes = [
        {
            "$type": "com.atproto.repo.applyWrites#create",
            "collection": collection,
            "rkey": row.rkey,
            "value": value,
        }
        for collection, value in [(COLLECTION, record), *extra]
    ]
    what = "post with its reply and quote controls"
    answer = account.procedure(
        "com.atproto.repo.applyWrites",
        what,
        {"repo": account.did, "writes": writes, "validate": True},
    )
    return schema.strong_ref(schema.results(answer, what)[0], what)


def _posted(db: sqlite3.Connection, row: Post, answer: dict[str, Any]) -> Post:
    """Mark a post posted with the URI and CID of the PDS's answer (createRecord's, or
    getRecord's, which also has the record as stored)."""
    from bobby.state import write_post

    return write_post(
        db,
        replace(
            row,
            status="posted",
            uri=answer["uri"],
            cid=answer["cid"],
            record=answer.get("value", row.record),
            posted_at=timestamp(),
        ),
    )


def _lookup(account: Account, row: Post) -> dict[str, Any] | None:
    """The record under the post's key, or None if the PDS has none."""
    from bobby.bluesky import schema

    what = "look up an earlier try of the post"
    try:
        answer = account.query(
            "com.atproto.repo.getRecord",
            what,
            repo=account.did,
            collection=COLLECTION,
            rkey=row.rkey,
        )
    except xrpc.Refused as err:
        if err.error == "RecordNotFound":
            return None
        raise BlueskyError(str(err)) from err  # not a verdict on the post: it stays pending
    return schema.strong_ref(answer, what)


def stop_here_for_tests(switch: str) -> None:
    """Test hook, off unless the environment variable `switch` is 1: the process stops
    itself (SIGSTOP) where a crash is worst, so that a test can kill it there with SIGKILL.
    BOBBY_TEST_STOP_AFTER_WRITE: after the PDS accepted the record and before the database
    hears of it, the one moment where a crash could lead to a second copy
    (tests/test_post_pds.py). BOBBY_TEST_STOP_IN_GENERATE: `bobby serve` in the middle of
    an API generation that a `bobby post` waits for (tests/test_warm.py)."""
    if os.environ.get(switch) == "1":
        os.kill(os.getpid(), signal.SIGSTOP)
