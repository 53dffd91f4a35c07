"""`bobby reply`: answer the people who mention the bot or reply to it, once each, never in loops.

The notifications come from app.bsky.notification.listNotifications, through the PDS
(which asks the AppView). Every notification bobby has looked at is recorded in the state
database with what it did about it (`notifications`), so a poll only considers new ones;
the notification's `isRead` flag is not used, people read them in the app too.

Only reasons `mention` and `reply` are answered, and only when every guard lets it:

- never the bot itself, nor an account with the `bot` self-label (two bots cannot
  ping-pong);
- on the very first poll, everything already there is marked seen, not answered, except
  what is younger than `lookback` minutes (no backlog storm after a fresh install);
- a person who writes one of the `stop_words` to the bot is recorded (`opt_outs`) and
  never answered again;
- at most `per_thread` bot posts in one thread, one reply per person per `cooldown`
  minutes, at most `hourly_cap` replies an hour, none in the quiet hours.

A notification skipped by a guard is recorded with the guard's name and never answered
later, except when the guard only said "not now": the per-person cooldown, the hourly cap
and the quiet hours hold a notification back (`held_replies`, shown by `bobby history`),
and every later poll looks at it again, with every guard, while it is at most
`retry_within` minutes old; the person did ask, and an answer after the night (or once
the hour's cap has room) is what they would expect. Past that it is left unanswered.

The answer goes out through `bobby.post.send`, the exactly-once path of every post
(a pending row with its record key first, a look-up before any retry), keyed by the
URI of the post answered: the `posts.answers` column is unique, so a notification is
answered at most once even by two processes at the same time. In review mode (`[serve]
review`) the answer is not sent: it joins the review queue of `bobby serve` with the post
it answers (`queued_replies`, unique per notification too), and goes out through the same
path when a person approves it (`send_reviewed`); a rejected one is never sent, and the
notification is never looked at again. Queued answers count for the guards as replies do.

The text is written by a `Writer`: `bobby reply` loads the adapter (only when something
is to be answered) and generates with the reply form of the prompt recipe
(`bobby.prompt.reply_request`), conditioned on the post answered and its thread's root.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bobby import state
from bobby.bluesky import schema
from bobby.bluesky.schema import Notification
from bobby.bluesky.session import Account, BlueskyOptions, connect
from bobby.bluesky.tid import new_tid
from bobby.candidates import Candidate
from bobby.errors import BobbyError
from bobby.layout import Layout
from bobby.options import GateOptions, GenerateOptions, RepliesOptions
from bobby.post import choose, languages, new_record, send
from bobby.progress import Report
from bobby.prompt import reply_request
from bobby.serve.plan import QuietHours

REASONS = ("mention", "reply")
PAGE = 50  # notifications per listNotifications call
MAX_PAGES = 10  # per poll: at most 500 notifications are looked at

if TYPE_CHECKING:
    from bobby.generate import Generator

REPLIED = "replied"  # `notifications.outcome` of an answered one; the others name the guard
QUEUED = "queued"  # review mode: the answer waits in the review queue
HELD = ("cooldown", "hourly-cap", "quiet-hours")  # guards that hold back; later polls look again
GETPOSTS = 25  # posts per app.bsky.feed.getPosts call
MALFORMED = "malformed"  # `notifications.outcome` of one that is not what the lexicon says


@dataclass(frozen=True)
class Mention:
    """A post that asks for an answer: `text` and its thread's root text (None: it is the root)."""

    uri: str
    cid: str
    author: str
    handle: str
    text: str
    root: dict[str, str]
    root_text: str | None
    reason: str
    indexed_at: str

    def target(self) -> state.ReplyTarget:
        """What a reply to this post needs and what the review page shows of it."""
        return state.ReplyTarget(
            self.uri, self.cid, self.root["uri"], self.root["cid"], self.author, self.handle,
            self.text,
        )  # fmt: skip


Writer = Callable[[Mention], "str | list[Candidate]"]


@dataclass
class Handled:
    """One notification and what the poll did about it."""

    uri: str
    author: str
    reason: str
    outcome: str
    text: str = ""
    reply: str | None = None  # the answer's text
    reply_uri: str | None = None
    candidate: int | None = None  # review mode: the queued answer's candidate id
    why: str = ""  # a malformed one: what is wrong with it

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def summary(self) -> str:
        """One line for a log: the notification and the answer (or what is wrong with it)."""
        said = f": {self.reply!r}" if self.reply else f": {self.why}" if self.why else ""
        return " ".join(part for part in (self.reason, self.uri) if part) + said


@dataclass
class PollReport:
    handled: list[Handled] = field(default_factory=list)
    first_start: bool = False
    dry_run: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "first_start": self.first_start,
            "handled": [item.to_dict() for item in self.handled],
        }


def _now() -> datetime:
    return datetime.now(UTC)


def poll(
    account: Account,
    db: sqlite3.Connection,
    options: RepliesOptions,
    write: Writer,
    *,
    langs: list[str] | None = None,
    dry_run: bool = False,
    review: bool = False,
    now: Callable[[], datetime] = _now,
) -> PollReport:
    """Look at new notifications (and those held back earlier) once and answer those the
    guards allow.

    Args:
        account: the bot's account (`bobby.bluesky.session.connect`).
        db: the state database.
        options: the guards.
        write: the answer's text (or ranked candidates) for one post; called only for
            posts that will be answered.
        langs: the replies' languages.
        dry_run: decide and write answers, send and record nothing.
        review: put each answer in the review queue instead of sending it.
        now: the clock (UTC), for the guards.

    Raises:
        BlueskyError: the notifications could not be read, or a reply could not be sent
            (it stays pending and goes out at the next poll).
    """
    report = PollReport(dry_run=dry_run)
    started = _state(db, "first_start")
    if started is None:
        report.first_start = True
        started = state.timestamp(now() - timedelta(minutes=options.lookback))
        if not dry_run:
            _set_state(db, "first_start", started)
    for pending in [] if dry_run else state.pending_posts(db, account.did):
        send(account, db, pending, langs)  # an earlier poll's reply first (as posts do)
    held = _held_back(account, db, options, now())
    fresh, malformed = _new_notifications(account, db)
    for item, held_as in held + [(item, None) for item in fresh]:
        handled = _handle(account, db, options, write, item, started, langs or [], dry_run, review, now())  # fmt: skip
        if handled.outcome != held_as:  # still held the same way: nothing new to say
            report.handled.append(handled)
        if not dry_run:
            _record(db, item, handled, now())
    for skipped in malformed:
        report.handled.append(Handled(skipped.uri or "", "", "", MALFORMED, why=skipped.reason))
        if skipped.uri is not None and not dry_run:  # never looked at again
            db.execute(
                """INSERT OR IGNORE INTO notifications
                   (uri, reason, author, indexed_at, handled_at, outcome) VALUES (?, '', '', '', ?, ?)""",
                (skipped.uri, state.timestamp(now()), MALFORMED),
            )
    return report


def _handle(
    account: Account,
    db: sqlite3.Connection,
    options: RepliesOptions,
    write: Writer,
    item: Notification,
    started: str,
    langs: list[str],
    dry_run: bool,
    review: bool,
    when: datetime,
) -> Handled:
    text = item.text
    handled = Handled(item.uri, item.author, item.reason, "", text)

    def outcome(name: str) -> Handled:
        handled.outcome = name
        return handled

    if item.indexed_at < started:
        return outcome("before-first-start")
    earlier = state.find_posts(db, "answers = ?", [item.uri])
    if earlier:  # answered by a run that stopped before recording the notification
        handled.reply, handled.reply_uri = earlier[0].text, earlier[0].uri
        return outcome(REPLIED if earlier[0].status != "failed" else "refused")
    queued = db.execute(
        "SELECT candidate_id FROM queued_replies WHERE answers = ?", (item.uri,)
    ).fetchone()
    if queued:  # queued by a run that stopped before recording the notification
        handled.candidate = queued[0]
        return outcome(QUEUED)
    if item.reason not in REASONS:
        return outcome("not-addressed")
    if item.author == account.did:
        return outcome("self")
    if "bot" in item.labels:
        return outcome("bot")
    if _opted_out(db, item.author):
        return outcome("opted-out")
    if _asks_to_stop(text, options.stop_words):
        if not dry_run:
            db.execute(
                "INSERT OR IGNORE INTO opt_outs (did, time, uri) VALUES (?, ?, ?)",
                (item.author, state.timestamp(when), item.uri),
            )
        return outcome("opt-out")
    root = {"uri": item.root_uri or item.uri, "cid": item.root_cid or item.cid}
    if _count(db, "thread = ?", root["uri"]) >= options.per_thread:
        return outcome("thread-limit")
    since = state.timestamp(when - timedelta(minutes=options.cooldown))
    if options.cooldown and _count(db, "person = ? AND created_at >= ?", item.author, since):
        return outcome("cooldown")
    hour = state.timestamp(when - timedelta(hours=1))
    if _count(db, "answers IS NOT NULL AND created_at >= ?", hour) >= options.hourly_cap:
        return outcome("hourly-cap")
    if options.quiet_hours and QuietHours.parse(options.quiet_hours).contains(
        when.astimezone().replace(tzinfo=None)
    ):
        return outcome("quiet-hours")
    mention = Mention(
        item.uri, item.cid, item.author, item.handle, text, root,
        None if root["uri"] == item.uri else _post_text(account, root["uri"]),
        item.reason, item.indexed_at,
    )  # fmt: skip
    try:
        answer = choose(_candidates(write(mention)))
    except BobbyError:
        return outcome("gate-rejected")
    handled.reply = answer.text
    if dry_run:
        return outcome("dry-run")
    if review:
        if answer.id is None:  # a text from a writer that records nothing
            answer = state.add_candidates(db, [answer])[0]
        assert answer.id is not None
        state.add_review(db, answer.id, "queued", when=when, replying_to=mention.target())
        handled.candidate = answer.id
        return outcome(QUEUED)
    handled.reply_uri = _send(account, db, answer, mention.target(), langs).uri
    return outcome(REPLIED)


def _send(
    account: Account,
    db: sqlite3.Connection,
    answer: Candidate,
    target: state.ReplyTarget,
    langs: list[str],
) -> state.Post:
    """Send `answer` as the reply to `target` through the exactly-once path, keyed by the
    post answered; the post row as it then stands."""
    body = new_record(answer.text, langs, account) | {"reply": target.refs()}
    row = state.Post(
        text=answer.text,
        rkey=new_tid(),
        created_at=state.timestamp(),  # after the generation: history lists it after its candidates
        record=body,
        adapter=answer.adapter,
        sampling=dict(answer.sampling),
        candidate_id=answer.id,
        answers=target.answers,
        thread=target.thread,
        person=target.person,
    )
    try:
        return send(account, db, row)
    except sqlite3.IntegrityError:  # another process answered it in the meantime
        return state.find_posts(db, "answers = ?", [target.answers])[0]


def send_reviewed(
    bluesky: BlueskyOptions, item: state.QueueItem, *, layout: Layout, langs: list[str]
) -> state.Post:
    """Send a queued answer a person approved (as it stands, edited or not) as the reply
    to the post it answers; once its post row exists it is never chosen again."""
    assert item.replying_to is not None
    account = connect(bluesky)
    with state.database(layout.state_db) as db:
        for pending in state.pending_posts(db, account.did):
            send(account, db, pending, langs)
        return _send(account, db, item.candidate, item.replying_to, langs)


def _candidates(written: str | list[Candidate]) -> list[Candidate]:
    return [Candidate(written)] if isinstance(written, str) else written


def _asks_to_stop(text: str, words: Iterable[str]) -> bool:
    """Whether `text` holds one of the stop words as a word of its own (any case)."""
    lowered = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", lowered) for word in words)


def _opted_out(db: sqlite3.Connection, did: str) -> bool:
    return db.execute("SELECT 1 FROM opt_outs WHERE did = ?", (did,)).fetchone() is not None


_REPLIES = f"""
    SELECT answers, thread, person, created_at FROM posts WHERE status != 'failed'
    UNION ALL
    SELECT a.answers, a.thread, a.person, a.time FROM queued_replies a
    WHERE NOT EXISTS (SELECT 1 FROM posts p WHERE p.answers = a.answers)
      AND NOT {state.rejection_stands("a")}
"""


def _count(db: sqlite3.Connection, where: str, *params: Any) -> int:
    """Bot posts (not failed) and answers waiting in the review queue matching `where`."""
    sql = f"SELECT COUNT(*) FROM ({_REPLIES}) WHERE {where}"
    return db.execute(sql, params).fetchone()[0]


def _post_text(account: Account, uri: str) -> str | None:
    """The text of a post (a thread's root), or None if it is gone."""
    posts = account.query("app.bsky.feed.getPosts", "read the thread's first post", uris=[uri])
    found = schema.post_views(posts).items
    return found[0].text if found else None


def _new_notifications(
    account: Account, db: sqlite3.Connection
) -> tuple[list[Notification], list[schema.Skipped]]:
    """Notifications not recorded yet, oldest first, and those not recorded yet that are
    malformed: pages are read, newest first, until one reaches back to the newest time
    seen before.

    Raises:
        Malformed: a page is not a list of notifications (the next poll reads it again).
    """
    newest = _state(db, "newest_seen") or ""
    found: dict[str, Notification] = {}
    malformed: list[schema.Skipped] = []
    cursor = None
    for _ in range(MAX_PAGES):
        params = {"limit": PAGE} | ({"cursor": cursor} if cursor else {})
        page = schema.notifications(
            account.query("app.bsky.notification.listNotifications", "read notifications", **params)
        )
        for item in page.items:
            if not _known(db, item.uri):
                found.setdefault(item.uri, item)
        malformed += [bad for bad in page.skipped if bad.uri is None or not _known(db, bad.uri)]
        cursor = page.cursor
        if not page.items or not cursor or any(item.indexed_at <= newest for item in page.items):
            break
    return sorted(found.values(), key=lambda item: item.indexed_at), malformed


def _held_back(
    account: Account, db: sqlite3.Connection, options: RepliesOptions, when: datetime
) -> list[tuple[Notification, str]]:
    """Notifications held back earlier and still at most `retry_within` minutes old, oldest
    first, as notifications again, each with the guard that held it: the posts are read
    anew (app.bsky.feed.getPosts), so an edit of the author's labels counts and a deleted
    (or now malformed) post is dropped ("gone")."""
    if not options.retry_within:
        return []
    since = state.timestamp(when - timedelta(minutes=options.retry_within))
    marks = ", ".join("?" * len(HELD))
    rows = db.execute(
        f"""SELECT uri, reason, indexed_at, outcome FROM notifications
            WHERE outcome IN ({marks}) AND indexed_at >= ? ORDER BY indexed_at""",
        (*HELD, since),
    ).fetchall()
    found: dict[str, schema.PostView] = {}
    for start in range(0, len(rows), GETPOSTS):
        uris = [row["uri"] for row in rows[start : start + GETPOSTS]]
        answer = account.query(
            "app.bsky.feed.getPosts", "read the posts held back earlier", uris=uris
        )
        found |= {post.uri: post for post in schema.post_views(answer).items}
    items = []
    for row in rows:
        post = found.get(row["uri"])
        if post is None:
            _set_outcome(db, row["uri"], "gone", when)
            continue
        again = Notification(**vars(post), reason=row["reason"], indexed_at=row["indexed_at"])
        items.append((again, row["outcome"]))
    return items


def _known(db: sqlite3.Connection, uri: str) -> bool:
    return db.execute("SELECT 1 FROM notifications WHERE uri = ?", (uri,)).fetchone() is not None


def _record(db: sqlite3.Connection, item: Notification, handled: Handled, when: datetime) -> None:
    """The writer of `notifications` (with `_set_outcome`) and the only one of
    `held_replies` (and of `reply_state`'s newest_seen): a notification looked at again
    gets its new outcome."""
    post_id = db.execute("SELECT id FROM posts WHERE answers = ?", (item.uri,)).fetchone()
    db.execute(
        """INSERT INTO notifications (uri, reason, author, indexed_at, handled_at, outcome, post_id)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (uri) DO UPDATE SET handled_at = excluded.handled_at,
               outcome = excluded.outcome, post_id = excluded.post_id""",
        (item.uri, item.reason, handled.author, item.indexed_at, state.timestamp(when),
         handled.outcome, post_id[0] if post_id else None),
    )  # fmt: skip
    if handled.outcome in HELD:
        db.execute(
            "INSERT OR IGNORE INTO held_replies (uri, reason, time, person, text) VALUES (?, ?, ?, ?, ?)",
            (item.uri, handled.outcome, state.timestamp(when), handled.author, handled.text),
        )
    if item.indexed_at > (_state(db, "newest_seen") or ""):
        _set_state(db, "newest_seen", item.indexed_at)


def _set_outcome(db: sqlite3.Connection, uri: str, outcome: str, when: datetime) -> None:
    db.execute(
        "UPDATE notifications SET outcome = ?, handled_at = ? WHERE uri = ?",
        (outcome, state.timestamp(when), uri),
    )


def _state(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM reply_state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_state(db: sqlite3.Connection, key: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO reply_state (key, value) VALUES (?, ?)", (key, value))


def model_writer(
    generate: GenerateOptions,
    gate: GateOptions,
    db_path: Path | None = None,
    progress: Report | None = None,
    generator: Callable[[], Generator | None] = lambda: None,
) -> Writer:
    """A `Writer` that generates with the adapter, prompted with the reply form of the
    prompt recipe. `generator` gives a model already loaded (`bobby serve`'s); without
    one, the model is loaded at the first post to answer, not before."""
    from bobby.generate import Generator, rounds

    held: list[Generator] = []

    def write(mention: Mention) -> list[Candidate]:
        if not held:
            loaded = generator()
            if loaded is None:
                with state.database(db_path) as db:
                    posted = state.posted_texts(db)
                loaded = Generator.open(generate, gate, posted, progress)
            held.append(loaded)
        options = replace(generate, prompt=reply_request(mention.text, mention.root_text))
        model = held[0]
        return model.start(options).collect(rounds(model, options, db_path, progress)).best()

    return write


class Poller:
    """`bobby serve --replies`: a `reply` every `options.interval` seconds, run by the
    service's own loop (the thread that holds the model) whenever `due()`."""

    def __init__(
        self,
        options: RepliesOptions,
        bluesky: BlueskyOptions,
        write: Writer,
        *,
        layout: Layout | None = None,
        dry_run: bool = False,
        review: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.options, self.bluesky, self.write = options, bluesky, write
        self.layout, self.dry_run, self.review, self.clock = layout, dry_run, review, clock
        self.next = clock()

    def due(self) -> bool:
        return self.clock() >= self.next

    def run(self) -> PollReport:
        """One poll now; the next is due `interval` seconds later, whatever happened."""
        self.next = self.clock() + self.options.interval
        return reply(
            self.bluesky, self.options, self.write,
            layout=self.layout, dry_run=self.dry_run, review=self.review,
        )  # fmt: skip


def reply(
    bluesky: BlueskyOptions,
    options: RepliesOptions,
    write: Writer,
    *,
    layout: Layout | None = None,
    dry_run: bool = False,
    review: bool = False,
) -> PollReport:
    """One poll with the configured account and bot folder: what `bobby reply` does (cron);
    with `review`, the answers join the review queue of `bobby serve` instead."""
    layout = layout or Layout()
    account = connect(bluesky)
    with state.database(layout.state_db) as db:
        return poll(
            account, db, options, write, langs=languages(layout), dry_run=dry_run, review=review
        )
