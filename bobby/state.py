"""The state database: every generated candidate, post and decision of `bobby serve`, in SQLite.

It is what makes posting safe to retry (a post is written here as pending, with the record
key it will have on Bluesky, before it is sent) and what `bobby history` shows. The schema
only grows, through the named migrations appended to MIGRATIONS: each is applied once, in
order, and recorded in the `migrations` table, so a database made by any earlier version
opens with any later one. A landed migration is never edited.

Each table has exactly one function that writes it (`add_candidates`, `write_post`,
`add_decision`, `add_review`, `move_scheduled`...), and each write is its own committed
transaction: once a writer returns, the row survives a crash, which is what the
exactly-once promise of `bobby.post` rests on. A post of a candidate from the review
queue is written only while its approval stands, checked in the same transaction
(`_refuse_unapproved`): an un-approve and serve's post cannot both win.

API for the other steps:
    with state.database() as db:            # opens data/state.db (BOBBY_STATE_DB), migrates
        state.add_candidates(db, [...])     # what `bobby generate` produced and judged
        state.posted_texts(db)              # texts posted or waiting to be: novelty check
        state.posting_accounts(db)          # DIDs bobby posted from: never learned from
        state.history(db, limit=20)         # what `bobby history` lists
        state.add_decision(db, "posted", ...)  # `bobby serve`'s log of what it decided
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import orjson

from bobby.bluesky import timestamp
from bobby.candidates import Candidate
from bobby.errors import BobbyError, InputError, StateConflict
from bobby.paths import state_db
from bobby.verdict import Verdict

Status = Literal["pending", "posted", "failed"]


@dataclass(frozen=True)
class Post:
    """One post, from the moment it is decided until Bluesky has it.

    `status` is pending until the PDS has confirmed the record (then posted, with `uri` and
    `cid`) or refused it for good (then failed, with `error`). `rkey` is chosen here, before
    the first try, so that a retry can ask the PDS whether the record already exists.
    `record` is the exact record sent, stored before it is sent; `attempts` counts the
    sends, so a post never tried needs no look-up. `repo` is the DID of the account.
    """

    text: str
    rkey: str
    created_at: str
    status: Status = "pending"
    repo: str | None = None
    record: dict[str, Any] | None = None
    attempts: int = 0
    uri: str | None = None
    cid: str | None = None
    posted_at: str | None = None
    adapter: str | None = None
    sampling: dict[str, Any] = field(default_factory=dict)
    candidate_id: int | None = None
    error: str | None = None
    answers: str | None = None
    thread: str | None = None
    person: str | None = None
    gates: dict[str, Any] | None = None
    deleted_at: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class Decision:
    """One thing `bobby serve` decided, as its log line says it: `action` is a word
    (posted, skipped-quiet-hours, failed-will-retry...), `detail` the rest."""

    time: str
    action: str
    detail: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Entry:
    """One line of `bobby history`: a post, or a generated candidate that was not posted
    (status "generated", or "rejected" when the quality gate refused it)."""

    time: str
    text: str
    status: str
    uri: str | None
    adapter: str | None
    sampling: dict[str, Any]
    answers: str | None = None  # a reply: the post it answers


def _0001_candidates_and_posts(db: sqlite3.Connection) -> None:
    db.execute(
        """CREATE TABLE candidates (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            text TEXT NOT NULL,
            adapter TEXT,
            sampling TEXT NOT NULL,
            rejected TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE posts (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            text TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('pending', 'posted', 'failed')),
            repo TEXT,
            rkey TEXT NOT NULL UNIQUE,
            record TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            uri TEXT,
            cid TEXT,
            posted_at TEXT,
            adapter TEXT,
            sampling TEXT NOT NULL,
            candidate_id INTEGER REFERENCES candidates (id),
            error TEXT
        )"""
    )
    db.execute("CREATE INDEX posts_status ON posts (status)")


def _0002_decisions(db: sqlite3.Connection) -> None:
    db.execute(
        """CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            time TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX decisions_action_time ON decisions (action, time)")


def _0003_candidate_details(db: sqlite3.Connection) -> None:
    """What the model wrote, its log-probability and the gate's whole verdict, so that a
    recorded candidate can be shown and judged again as it was generated."""
    db.execute("ALTER TABLE candidates ADD COLUMN raw TEXT")
    db.execute("ALTER TABLE candidates ADD COLUMN logprob REAL")
    db.execute("ALTER TABLE candidates ADD COLUMN verdict TEXT")


def _0004_review(db: sqlite3.Connection) -> None:
    """The review queue of `bobby serve` (bobby.serve.review): every decision a person
    made on a candidate, with its time. The database itself allows one final decision
    (approved, post-now, rejected) per candidate, so a double click or two tabs record one;
    it finds a candidate's post by its id, and a page of a long history, at once."""
    db.execute(
        """CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates (id),
            time TEXT NOT NULL,
            action TEXT NOT NULL
                CHECK (action IN ('queued', 'edited', 'approved', 'post-now', 'rejected')),
            text TEXT,
            reason TEXT
        )"""
    )
    db.execute(
        "CREATE UNIQUE INDEX reviews_queued ON reviews (candidate_id) WHERE action = 'queued'"
    )
    db.execute(
        """CREATE UNIQUE INDEX reviews_final ON reviews (candidate_id)
           WHERE action IN ('approved', 'post-now', 'rejected')"""
    )
    db.execute("CREATE INDEX reviews_candidate ON reviews (candidate_id, id)")
    db.execute("CREATE INDEX reviews_time ON reviews (time)")
    db.execute("CREATE INDEX posts_candidate ON posts (candidate_id)")
    # a page of the history reads the newest rows of each table by these
    db.execute("CREATE INDEX posts_created ON posts (created_at)")
    db.execute("CREATE INDEX candidates_created ON candidates (created_at)")


def _0005_replies(db: sqlite3.Connection) -> None:
    """Replies (`bobby.reply`): a post answering a notification records the post it
    answers (`answers`, unique: a notification is answered at most once), its thread's root
    and the person answered; `gates` holds a post's reply and quote controls, `deleted_at`
    when `bobby delete` removed it. `notifications` is the record of every notification
    handled and how, `opt_outs` who asked for no more replies, `reply_state` the first
    start and the newest notification seen."""
    for column in ("answers", "thread", "person", "gates", "deleted_at"):
        db.execute(f"ALTER TABLE posts ADD COLUMN {column} TEXT")
    db.execute("CREATE UNIQUE INDEX posts_answers ON posts (answers) WHERE answers IS NOT NULL")
    db.execute("CREATE INDEX posts_thread ON posts (thread)")
    db.execute(
        """CREATE TABLE notifications (
            uri TEXT PRIMARY KEY,
            reason TEXT NOT NULL,
            author TEXT NOT NULL,
            indexed_at TEXT NOT NULL,
            handled_at TEXT NOT NULL,
            outcome TEXT NOT NULL,
            post_id INTEGER REFERENCES posts (id)
        )"""
    )
    db.execute("CREATE TABLE opt_outs (did TEXT PRIMARY KEY, time TEXT NOT NULL, uri TEXT)")
    db.execute("CREATE TABLE reply_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _0006_dry_runs(db: sqlite3.Connection) -> None:
    """What a dry run of `bobby serve` would have posted (never sent): the candidate, its
    text as approved and the time, so that `bobby history` and the review page show it
    after a restart and an approved candidate is "posted" by a dry run once, not again."""
    db.execute(
        """CREATE TABLE dry_runs (
            candidate_id INTEGER PRIMARY KEY REFERENCES candidates (id),
            time TEXT NOT NULL,
            text TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX dry_runs_time ON dry_runs (time)")


def _0007_reply_review_and_holds(db: sqlite3.Connection) -> None:
    """Replies in review mode and replies held back. `queued_replies` ties a candidate of
    the review queue to the post it would answer (`answers`, unique: one queued answer per
    notification), with what the page shows of that post and the refs the reply needs.
    `held_replies` records each notification a guard held back for a while (cooldown,
    hourly cap, quiet hours), once per reason, with its text for `bobby history`."""
    db.execute(
        """CREATE TABLE queued_replies (
            candidate_id INTEGER PRIMARY KEY REFERENCES candidates (id),
            answers TEXT NOT NULL UNIQUE,
            cid TEXT NOT NULL,
            thread TEXT NOT NULL,
            thread_cid TEXT NOT NULL,
            person TEXT NOT NULL,
            handle TEXT NOT NULL,
            text TEXT NOT NULL,
            time TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX queued_replies_thread ON queued_replies (thread)")
    db.execute(
        """CREATE TABLE held_replies (
            id INTEGER PRIMARY KEY,
            uri TEXT NOT NULL,
            reason TEXT NOT NULL,
            time TEXT NOT NULL,
            person TEXT NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (uri, reason)
        )"""
    )
    db.execute("CREATE INDEX held_replies_time ON held_replies (time)")
    db.execute("CREATE INDEX notifications_outcome ON notifications (outcome, indexed_at)")


def _0008_candidate_style(db: sqlite3.Connection) -> None:
    """Each candidate's style score (`bobby.style`), which ranked it, for the review page."""
    db.execute("ALTER TABLE candidates ADD COLUMN style REAL")


def _0009_review_undo(db: sqlite3.Connection) -> None:
    """Undo on the review page: a final decision is taken back by a later record, never by
    deleting one (`unapproved`: an approval withdrawn before its post was made;
    `unrejected`: a rejection taken back). Each final decision, and the record that takes
    it back, carries the candidate's `round` (how many decisions were taken back before),
    and the database allows one final decision and one taking back per round: whoever
    clicks first still wins, each time. SQLite cannot change a CHECK, so the table is
    made again, its rows and ids kept."""
    db.execute(
        """CREATE TABLE reviews_new (
            id INTEGER PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates (id),
            time TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN (
                'queued', 'edited', 'approved', 'post-now', 'rejected', 'unapproved', 'unrejected')),
            text TEXT,
            reason TEXT,
            round INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(
        """INSERT INTO reviews_new (id, candidate_id, time, action, text, reason)
           SELECT id, candidate_id, time, action, text, reason FROM reviews"""
    )
    db.execute("DROP TABLE reviews")
    db.execute("ALTER TABLE reviews_new RENAME TO reviews")
    db.execute(
        "CREATE UNIQUE INDEX reviews_queued ON reviews (candidate_id) WHERE action = 'queued'"
    )
    db.execute(
        """CREATE UNIQUE INDEX reviews_final ON reviews (candidate_id, round)
           WHERE action IN ('approved', 'post-now', 'rejected')"""
    )
    db.execute(
        """CREATE UNIQUE INDEX reviews_taken_back ON reviews (candidate_id, round)
           WHERE action IN ('unapproved', 'unrejected')"""
    )
    db.execute("CREATE INDEX reviews_candidate ON reviews (candidate_id, id)")
    db.execute("CREATE INDEX reviews_time ON reviews (time)")


def _0010_scheduled_order(db: sqlite3.Connection) -> None:
    """The order a person gave the approved posts waiting for their slots (the review
    page's Earlier / Later), by the approval (`review_id`), so that a post approved again
    after an un-approve starts at the end. Approvals without a position follow, oldest
    first."""
    db.execute(
        """CREATE TABLE scheduled_order (
            review_id INTEGER PRIMARY KEY REFERENCES reviews (id),
            position INTEGER NOT NULL
        )"""
    )


MIGRATIONS: list[tuple[str, Callable[[sqlite3.Connection], None]]] = [
    ("0001_candidates_and_posts", _0001_candidates_and_posts),
    ("0002_decisions", _0002_decisions),
    ("0003_candidate_details", _0003_candidate_details),
    ("0004_review", _0004_review),
    ("0005_replies", _0005_replies),
    ("0006_dry_runs", _0006_dry_runs),
    ("0007_reply_review_and_holds", _0007_reply_review_and_holds),
    ("0008_candidate_style", _0008_candidate_style),
    ("0009_review_undo", _0009_review_undo),
    ("0010_scheduled_order", _0010_scheduled_order),
]


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT: takes the write lock at once, so two bobby processes
    (cron and a person) wait for each other instead of failing half-way."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):  # the first error is the one to report
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply the migrations this database has not had yet; returns their names."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    applied = []
    for name, step in MIGRATIONS:
        with _transaction(db):
            if db.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
                continue
            step(db)
            db.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, timestamp())
            )
            applied.append(name)
    return applied


@contextlib.contextmanager
def database(path: str | Path | None = None) -> Iterator[sqlite3.Connection]:
    """Open the state database (created and migrated as needed) and close it afterwards.

    Args:
        path: the database file; default `bobby.paths.state_db()`.
    """
    path = Path(path) if path is not None else state_db()
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not the state database")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
    except (OSError, sqlite3.Error) as err:
        raise InputError(f"{path}: cannot open the state database ({err})") from None
    try:
        db.row_factory = sqlite3.Row
        migrate(db)
        yield db
    except sqlite3.Error as err:
        raise _problem(path, err) from None
    finally:
        db.close()


BUSY_SECONDS = 30  # how long a write waits for another process's lock


class StateBusy(BobbyError):
    """Another process held the state database's lock for too long; nothing was lost,
    and trying again later works (`bobby serve` waits and retries)."""


def _problem(path: Path, err: sqlite3.Error) -> BobbyError:
    """What an SQLite error means for the user, in one line that says what to do; never
    an invitation to delete a file that may hold pending posts."""
    text = str(err).lower()
    if "locked" in text or "busy" in text:
        return StateBusy(
            f"{path}: another bobby process has held the state database for {BUSY_SECONDS} s; nothing was lost, try again"
        )
    if "full" in text:
        return InputError(
            f"{path}: the disk is full; nothing was written: free some space and run again"
        )
    if "readonly" in text or "read-only" in text:
        return InputError(
            f"{path}: cannot write the state database (read-only); check its permissions"
        )
    return InputError(
        f"{path}: the state database is damaged ({err}). Keep it (pending posts may be in it): "
        f"move it aside (mv {path} {path}.damaged) and bobby starts a new one"
    )


def _loads(text: str | None, default: Any) -> Any:
    """A JSON column, or `default` where it is empty or not JSON (a hand-edited row): one
    bad row must not hide the others from `bobby history`, nor stop a pending post."""
    if not text:
        return default
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return default


def _json(value: Any) -> str | None:
    return None if value is None else orjson.dumps(value).decode()


def add_candidates(db: sqlite3.Connection, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Record generated candidates (the only writer of `candidates`); returns them with
    their ids and times."""
    created = timestamp()
    recorded = []
    with _transaction(db):
        for candidate in candidates:
            cursor = db.execute(
                """INSERT INTO candidates
                   (created_at, text, adapter, sampling, rejected, raw, logprob, style, verdict)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    created,
                    candidate.text,
                    candidate.adapter,
                    _json(candidate.sampling),
                    candidate.rejected,
                    candidate.raw,
                    candidate.logprob,
                    candidate.style,
                    _json(candidate.verdict.to_dict() if candidate.verdict else None),
                ),
            )
            recorded.append(replace(candidate, id=cursor.lastrowid, created_at=created))
    return recorded


_POST_COLUMNS = (
    "created_at", "text", "status", "repo", "rkey", "record", "attempts", "uri", "cid",
    "posted_at", "adapter", "sampling", "candidate_id", "error",
    "answers", "thread", "person", "gates", "deleted_at",
)  # fmt: skip


def write_post(db: sqlite3.Connection, post: Post) -> Post:
    """Insert a new post (id None) or save the new state of a recorded one; the only writer
    of `posts`. Committed when it returns.

    Raises:
        NotApproved: a new post of a candidate of the review queue that is not approved
            (un-approved a moment before it went out).
    """
    values = [getattr(post, name) for name in _POST_COLUMNS]
    values = [_json(value) if isinstance(value, dict) else value for value in values]
    with _transaction(db):
        if post.id is None:
            _refuse_unapproved(db, post.candidate_id)
            marks = ", ".join("?" * len(_POST_COLUMNS))
            cursor = db.execute(
                f"INSERT INTO posts ({', '.join(_POST_COLUMNS)}) VALUES ({marks})", values
            )
            return replace(post, id=cursor.lastrowid)
        sets = ", ".join(f"{name} = ?" for name in _POST_COLUMNS)
        db.execute(f"UPDATE posts SET {sets} WHERE id = ?", [*values, post.id])
    return post


def _post(row: sqlite3.Row) -> Post:
    values = dict(row)
    values["record"] = _loads(values["record"], None)  # None: rebuilt from the text
    values["sampling"] = _loads(values["sampling"], {})
    values["gates"] = _loads(values["gates"], None)
    return Post(**values)


def find_posts(
    db: sqlite3.Connection, where: str, params: Sequence[Any] = (), limit: int = -1
) -> list[Post]:
    """Posts matching an SQL condition on `posts`' columns, newest first."""
    rows = db.execute(
        f"SELECT * FROM posts WHERE {where} ORDER BY id DESC LIMIT ?", [*params, limit]
    )
    return [_post(row) for row in rows]


def pending_posts(db: sqlite3.Connection, repo: str) -> list[Post]:
    """Posts of the account `repo` (or not yet tied to one) still waiting to go out, oldest first."""
    rows = db.execute(
        "SELECT * FROM posts WHERE status = 'pending' AND (repo IS NULL OR repo = ?) ORDER BY id",
        (repo,),
    )
    return [_post(row) for row in rows]


def posted_texts(db: sqlite3.Connection) -> list[str]:
    """Texts already posted or waiting to be, oldest first: what a new candidate must not repeat."""
    return [
        row[0] for row in db.execute("SELECT text FROM posts WHERE status != 'failed' ORDER BY id")
    ]


def candidate_count(db: sqlite3.Connection) -> int:
    """How many candidates were ever recorded (what a stopped generation kept: the
    difference, counted here rather than by the generator that Ctrl-C may stop between
    recording a round and taking it in)."""
    return db.execute("SELECT count(*) FROM candidates").fetchone()[0]


def posting_accounts(db: sqlite3.Connection) -> list[str]:
    """The DIDs of every account bobby has posted from or tried to: the bot's own accounts,
    whose posts it must never learn from (`bobby.bot_posts`)."""
    return [
        row[0]
        for row in db.execute(
            "SELECT DISTINCT repo FROM posts WHERE repo IS NOT NULL ORDER BY repo"
        )
    ]


def _sql_limit(limit: int | None) -> int:
    """A LIMIT for SQLite: -1 (none) for None or for more rows than SQLite can count
    (a person may ask `--limit 99999999999999999999999`)."""
    return -1 if limit is None or limit >= 1 << 63 else limit


def history(
    db: sqlite3.Connection, limit: int | None = None, offset: int = 0, search: str = ""
) -> list[Entry]:
    """Posts, unposted candidates and the decisions of the review page, newest first; a
    candidate that became a post (or a dry run's, `dry-run`) is listed once, as that. A
    review decision is listed as `review: <action>` with the text it was about (and the
    reason of a rejection). A notification a guard held back is listed as `held: <guard>`
    with the text of the post (`answers` is its URI), as is every row about a reply.
    With `search`, only the rows whose text or status holds it (ASCII letters in any case)."""
    # Each part keeps only its newest `offset + limit` rows (by an index) before the merge,
    # so a page of a long history costs what the page shows, not the whole history.
    last = _sql_limit(None if limit is None else offset + limit)

    def has(shown: str) -> str:  # what the row shows holds the search ("" is in every row)
        return f"instr(lower({shown}), lower(:search))"

    rows = db.execute(
        f"""SELECT * FROM (
               SELECT created_at AS time, text, status, uri, adapter, sampling, id, 2 AS kind, answers
               FROM posts WHERE {has("text || ' ' || status")}
               ORDER BY created_at DESC, id DESC LIMIT :last)
           UNION ALL SELECT * FROM (
               SELECT created_at, text,
                      CASE WHEN rejected IS NULL THEN 'generated' ELSE 'rejected' END,
                      NULL, adapter, sampling, id, 0,
                      (SELECT answers FROM queued_replies a WHERE a.candidate_id = c.id)
               FROM candidates c
               WHERE NOT EXISTS (SELECT 1 FROM posts p WHERE p.candidate_id = c.id)
                 AND NOT EXISTS (SELECT 1 FROM dry_runs d WHERE d.candidate_id = c.id)
                 AND {
            has("text || CASE WHEN rejected IS NULL THEN ' generated' ELSE ' rejected' END")
        }
               ORDER BY created_at DESC, id DESC LIMIT :last)
           UNION ALL SELECT * FROM (
               SELECT d.time, d.text, 'dry-run', NULL, c.adapter, c.sampling, c.id, 2,
                      (SELECT answers FROM queued_replies a WHERE a.candidate_id = c.id)
               FROM dry_runs d JOIN candidates c ON c.id = d.candidate_id
               WHERE {has("d.text || ' dry-run'")}
               ORDER BY d.time DESC LIMIT :last)
           UNION ALL SELECT * FROM (
               SELECT r.time, coalesce(r.text, c.text)
                          || CASE WHEN r.reason IS NULL THEN '' ELSE ' [reason: ' || r.reason || ']' END,
                      'review: ' || r.action, NULL, c.adapter, c.sampling, r.id, 1,
                      (SELECT answers FROM queued_replies a WHERE a.candidate_id = c.id)
               FROM reviews r JOIN candidates c ON c.id = r.candidate_id
               WHERE r.action != 'queued' AND {
            has(
                "coalesce(r.text, c.text) || ' ' || coalesce(r.reason, '') || ' review: ' || r.action"
            )
        }
               ORDER BY r.time DESC, r.id DESC LIMIT :last)
           UNION ALL SELECT * FROM (
               SELECT time, text, 'held: ' || reason, NULL, NULL, '{{}}', id, -1, uri
               FROM held_replies WHERE {has("text || ' held: ' || reason")}
               ORDER BY time DESC, id DESC LIMIT :last)
           ORDER BY time DESC, kind DESC, id DESC
           LIMIT :limit OFFSET :offset""",
        {"last": last, "limit": _sql_limit(limit), "offset": offset, "search": search},
    )
    return [
        Entry(
            row["time"],
            row["text"],
            row["status"],
            row["uri"],
            row["adapter"],
            _loads(row["sampling"], {}),
            row["answers"],
        )
        for row in rows
    ]


def add_decision(
    db: sqlite3.Connection, action: str, detail: str = "", when: datetime | None = None
) -> Decision:
    """Log one decision of `bobby serve` (the only writer of `decisions`), made `when`
    (default now: serve passes its own clock, which tests set)."""
    decision = Decision(timestamp(when), action, detail)
    with _transaction(db):
        cursor = db.execute(
            "INSERT INTO decisions (time, action, detail) VALUES (?, ?, ?)",
            (decision.time, decision.action, decision.detail),
        )
    return replace(decision, id=cursor.lastrowid)


def decisions(
    db: sqlite3.Connection,
    actions: Sequence[str] | None = None,
    since: str | None = None,
    limit: int | None = None,
) -> list[Decision]:
    """Logged decisions, newest first: only `actions` if given, only from `since` (a
    `timestamp()`) on if given."""
    where, params = ["1"], []
    if actions is not None:
        where.append(f"action IN ({', '.join('?' * len(actions))})")
        params += list(actions)
    if since is not None:
        where.append("time >= ?")
        params.append(since)
    rows = db.execute(
        f"SELECT * FROM decisions WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?",
        [*params, -1 if limit is None else limit],
    )
    return [Decision(**dict(row)) for row in rows]


def add_dry_run(
    db: sqlite3.Connection, candidate_id: int, text: str, when: datetime | None = None
) -> bool:
    """Record what a dry run would have posted for a candidate (the only writer of
    `dry_runs`); False, and nothing written, if it already has one.

    Raises:
        NotApproved: a candidate of the review queue that was un-approved meanwhile.
    """
    with _transaction(db):
        _refuse_unapproved(db, candidate_id)
        cursor = db.execute(
            "INSERT OR IGNORE INTO dry_runs (candidate_id, time, text) VALUES (?, ?, ?)",
            (candidate_id, timestamp(when), text),
        )
    return cursor.rowcount == 1


ReviewAction = Literal[
    "queued", "edited", "approved", "post-now", "rejected", "unapproved", "unrejected"
]  # fmt: skip
FINAL: tuple[ReviewAction, ...] = ("approved", "post-now", "rejected")
# What takes a final decision back, by the decision it takes back.
TAKEN_BACK: dict[str, ReviewAction] = {
    "approved": "unapproved",
    "post-now": "unapproved",
    "rejected": "unrejected",
}


class NotApproved(StateConflict):
    """A candidate of the review queue whose approval no longer stands (a person
    un-approved it a moment before it went out): it is not posted."""


class ReviewConflict(StateConflict):
    """What a person asked of a candidate that its state no longer allows: to un-approve a
    post being sent or sent, to take back a decision of another kind, to move a post that
    no longer waits for its slot."""


def _standing(alias: str) -> str:
    """SQL: the row `alias` of `reviews` is a final decision that stands, one that no later
    record took back (a taking back names the round of the decision it takes back)."""
    return f"""{alias}.action IN ('approved', 'post-now', 'rejected') AND NOT EXISTS (
        SELECT 1 FROM reviews u WHERE u.candidate_id = {alias}.candidate_id
        AND u.round = {alias}.round AND u.action IN ('unapproved', 'unrejected'))"""


def rejection_stands(alias: str) -> str:
    """SQL: a rejection of the candidate `alias`.candidate_id stands (for `bobby.reply`,
    whose guards count the answers still waiting in the queue)."""
    return f"""EXISTS (SELECT 1 FROM reviews f WHERE f.candidate_id = {alias}.candidate_id
        AND f.action = 'rejected' AND {_standing("f")})"""


def _refuse_unapproved(db: sqlite3.Connection, candidate_id: int | None) -> None:
    """Refuse to post a candidate of the review queue whose approval does not stand (nor to
    "post" it in a dry run). The writers of `posts` and `dry_runs` ask inside their own
    transaction, under the lock an un-approve takes too (`_may_take_back`): one of the two
    comes first, and the candidate goes out once or not at all.

    Raises:
        NotApproved: it is queued, and not approved (un-approved a moment ago).
    """
    if candidate_id is None:
        return
    unapproved = db.execute(
        f"""SELECT EXISTS (SELECT 1 FROM reviews WHERE candidate_id = :id AND action = 'queued')
            AND NOT EXISTS (SELECT 1 FROM reviews f WHERE f.candidate_id = :id
                            AND f.action IN ('approved', 'post-now') AND {_standing("f")})""",
        {"id": candidate_id},
    ).fetchone()[0]
    if unapproved:
        raise NotApproved(
            f"candidate {candidate_id} was un-approved before it went out; nothing was posted"
        )


@dataclass(frozen=True)
class Review:
    """One decision of the review page on a candidate: `queued` (waiting for a person),
    `edited` (with the new `text`), a final one: `approved` (post at the next slot),
    `post-now`, `rejected` (with an optional `reason`; never posted), or one that takes the
    final one back (`unapproved`, `unrejected`: the candidate waits for a person again,
    with the `text` it had). `round` counts the decisions taken back before this one."""

    candidate_id: int
    action: ReviewAction
    time: str
    text: str | None = None
    reason: str | None = None
    round: int = 0
    id: int | None = None


@dataclass(frozen=True)
class ReplyTarget:
    """The post a queued reply would answer (`queued_replies`): what the review page shows
    of it (the author's `handle`, its `text`, its URI `answers`) and the strong refs the
    reply's record needs (the post itself as parent, `thread` and `thread_cid` as root).
    `person` is the author's DID. Everything but the refs is untrusted text."""

    answers: str
    cid: str
    thread: str
    thread_cid: str
    person: str
    handle: str
    text: str
    time: str = ""

    def refs(self) -> dict[str, dict[str, str]]:
        """The reply's `reply` field: root and parent strong refs."""
        return {
            "root": {"uri": self.thread, "cid": self.thread_cid},
            "parent": {"uri": self.answers, "cid": self.cid},
        }


@dataclass(frozen=True)
class QueueItem:
    """A candidate of the review queue as the page shows it: its text as it stands (the
    last edit, or as generated), the final decision if any, and its post once it has one."""

    candidate: Candidate
    queued_at: str
    edited: bool
    decision: str | None
    decided_at: str | None
    reason: str | None
    post_status: str | None
    uri: str | None
    replying_to: ReplyTarget | None = None  # a reply: the post it answers
    decision_id: int | None = None  # the row of `reviews` that holds the decision

    @property
    def waits_for_slot(self) -> bool:
        """Approved to go out at a scheduled slot: what the Scheduled list may reorder
        (a post now, and an answer to a mention, go out as soon as they are approved)."""
        return self.decision == "approved" and self.replying_to is None


def add_review(
    db: sqlite3.Connection,
    candidate_id: int,
    action: ReviewAction,
    *,
    text: str | None = None,
    reason: str | None = None,
    when: datetime | None = None,
    replying_to: ReplyTarget | None = None,
) -> Review | None:
    """Record a decision on a candidate (the only writer of `reviews`, and of
    `queued_replies`), in one transaction: a final decision with a `text` other than the
    candidate's as it stands records the edit first; `queued` with `replying_to` queues the
    candidate as the answer to that post; `unapproved` and `unrejected` take the final
    decision back, with the text as it stands (an edit is kept). Returns None, and writes
    nothing, when the candidate already has a final decision (for a taking back: has none;
    for `queued`: is already queued): a second click of the same or another tab changes
    nothing.

    Raises:
        InputError: no such candidate, or it is not in the queue (for an edit or a decision).
        ReviewConflict: the decision taken back is of the other kind, or (un-approving) its
            post is being sent or was.
    """
    review = Review(candidate_id, action, timestamp(when), text, reason)
    with _transaction(db):
        found = db.execute("SELECT text FROM candidates WHERE id = ?", (candidate_id,)).fetchone()
        if not found:
            raise InputError(f"there is no candidate {candidate_id}")
        if (
            action != "queued"
            and not db.execute(
                "SELECT 1 FROM reviews WHERE candidate_id = ? AND action = 'queued'",
                (candidate_id,),
            ).fetchone()
        ):
            raise InputError(f"candidate {candidate_id} is not in the review queue")
        standing = db.execute(
            f"SELECT action, round FROM reviews f WHERE f.candidate_id = ? AND {_standing('f')}",
            (candidate_id,),
        ).fetchone()
        edits = db.execute(
            "SELECT text FROM reviews WHERE candidate_id = ? AND action = 'edited' ORDER BY id DESC LIMIT 1",
            (candidate_id,),
        ).fetchone()
        as_it_stands = (edits or found)[0]
        if action in TAKEN_BACK.values():
            if standing is None:
                return None
            _may_take_back(db, candidate_id, standing[0], action)
            review = replace(review, text=as_it_stands, round=standing[1])
        elif action != "queued":
            if standing is not None:
                return None
            taken_back = db.execute(
                "SELECT count(*) FROM reviews WHERE candidate_id = ? AND action IN ('unapproved', 'unrejected')",
                (candidate_id,),
            ).fetchone()[0]
            review = replace(review, round=taken_back)
        if action in FINAL and text is not None and text != as_it_stands:  # the edit first
            db.execute(
                "INSERT INTO reviews (candidate_id, time, action, text, round) VALUES (?, ?, 'edited', ?, ?)",
                (candidate_id, review.time, text, review.round),
            )
        cursor = db.execute(
            """INSERT OR IGNORE INTO reviews (candidate_id, time, action, text, reason, round)
               VALUES (?, ?, ?, ?, ?, ?)""",
            (candidate_id, review.time, action, review.text, reason, review.round),
        )
        if cursor.rowcount == 0:
            return None
        if replying_to is not None and action == "queued":
            target = replace(replying_to, time=review.time)
            columns = [f.name for f in fields(ReplyTarget)]
            db.execute(
                f"INSERT INTO queued_replies (candidate_id, {', '.join(columns)}) VALUES (?{', ?' * len(columns)})",
                [candidate_id, *(getattr(target, name) for name in columns)],
            )
    return replace(review, id=cursor.lastrowid)


# Why an approval can no longer be withdrawn, by the state of its post.
_SENT = {
    "pending": "it is being posted",
    "posted": "it was posted",
    "failed": "Bluesky refused its post",
    "dry-run": "a dry run posted it",
}


def _may_take_back(
    db: sqlite3.Connection, candidate_id: int, decision: str, action: ReviewAction
) -> None:
    """Refuse to take back a decision of the other kind, or an approval whose post exists
    (pending, sent, or a dry run's): asked in `add_review`'s transaction, under the same
    lock as the post's writer (`_refuse_unapproved`), so serve posts it or it waits for a
    person again, never both."""
    if TAKEN_BACK[decision] != action:
        wanted = "approved" if action == "unapproved" else "rejected"
        raise ReviewConflict(
            f"candidate {candidate_id} was {decision}, not {wanted}: there is nothing to take back"
        )
    if action != "unapproved":
        return
    sent = db.execute(
        """SELECT status FROM posts WHERE candidate_id = :id
           UNION ALL SELECT 'dry-run' FROM dry_runs WHERE candidate_id = :id""",
        {"id": candidate_id},
    ).fetchone()
    if sent:
        raise ReviewConflict(f"candidate {candidate_id} cannot be un-approved: {_SENT[sent[0]]}")


_QUEUE = """
    SELECT c.*, q.time AS queued_at, e.text AS edited_text, f.id AS decision_id,
           f.action AS decision, f.time AS decided_at, f.reason AS reason,
           coalesce(p.status, CASE WHEN d.candidate_id IS NOT NULL THEN 'dry-run' END)
               AS post_status, p.uri AS uri, a.answers AS reply_answers, a.cid AS reply_cid,
           a.thread AS reply_thread, a.thread_cid AS reply_thread_cid, a.person AS reply_person,
           a.handle AS reply_handle, a.text AS reply_text, a.time AS reply_time
    FROM reviews q JOIN candidates c ON c.id = q.candidate_id
    LEFT JOIN queued_replies a ON a.candidate_id = c.id
    LEFT JOIN reviews e ON e.id = (
        SELECT max(id) FROM reviews WHERE candidate_id = c.id AND action = 'edited')
    LEFT JOIN reviews f ON f.candidate_id = c.id AND {standing}
    LEFT JOIN scheduled_order o ON o.review_id = f.id
    LEFT JOIN posts p ON p.id = (SELECT max(id) FROM posts WHERE candidate_id = c.id)
    LEFT JOIN dry_runs d ON d.candidate_id = c.id
    WHERE q.action = 'queued' AND {where}
    ORDER BY {order}
    LIMIT ?
"""

QueueView = Literal["open", "waiting", "one"]
_VIEWS = {
    "open": ("f.id IS NULL", "q.id DESC"),  # waiting for a person, newest first
    # approved and not yet posted (nor tried, nor by a dry run): post-now first, then in
    # the order a person gave them (`move_scheduled`), then the oldest approval first
    "waiting": (
        "f.action IN ('approved', 'post-now') AND p.id IS NULL AND d.candidate_id IS NULL",
        "f.action = 'post-now' DESC, o.position IS NULL, o.position, f.id",
    ),
    "one": ("c.id = ?", "q.id"),
}


def review_queue(
    db: sqlite3.Connection,
    view: QueueView = "open",
    limit: int | None = None,
    id: int | None = None,
) -> list[QueueItem]:
    """Queued candidates: `open` (no decision yet), `waiting` (approved, not yet posted),
    or `one` (the candidate `id`, whatever its state)."""
    where, order = _VIEWS[view]
    params: list[Any] = [id] if view == "one" else []
    rows = db.execute(
        _QUEUE.format(where=where, order=order, standing=_standing("f")),
        [*params, -1 if limit is None else limit],
    )
    return [_queue_item(row) for row in rows]


def count_open(db: sqlite3.Connection) -> int:
    """How many queued candidates wait for a person."""
    return db.execute(
        f"""SELECT count(*) FROM reviews q WHERE q.action = 'queued' AND NOT EXISTS (
               SELECT 1 FROM reviews f WHERE f.candidate_id = q.candidate_id AND {_standing("f")})"""
    ).fetchone()[0]


def _queue_item(row: sqlite3.Row) -> QueueItem:
    verdict = _loads(row["verdict"], None)
    candidate = Candidate(
        row["edited_text"] if row["edited_text"] is not None else row["text"],
        sampling=_loads(row["sampling"], {}),
        raw=row["raw"],
        verdict=Verdict.from_dict(verdict) if verdict else None,
        logprob=row["logprob"],
        style=row["style"],
        adapter=row["adapter"],
        id=row["id"],
        created_at=row["created_at"],
    )
    return QueueItem(
        candidate,
        row["queued_at"],
        row["edited_text"] is not None,
        row["decision"],
        row["decided_at"],
        row["reason"],
        row["post_status"],
        row["uri"],
        ReplyTarget(*(row[f"reply_{f.name}"] for f in fields(ReplyTarget)))
        if row["reply_answers"] is not None
        else None,
        row["decision_id"],
    )


def move_scheduled(db: sqlite3.Connection, candidate_id: int, by: int) -> None:
    """Move an approved post `by` places in the order of those waiting for a slot (-1:
    one earlier), no further than either end; the only writer of `scheduled_order`. Post
    now and answers to mentions take no slot, so they keep their place (first, and as soon
    as approved).

    Raises:
        ReviewConflict: it does not wait for a slot (posted meanwhile, un-approved).
    """
    with _transaction(db):
        order = [item for item in review_queue(db, "waiting") if item.waits_for_slot]
        ids = [item.candidate.id for item in order]
        if candidate_id not in ids:
            raise ReviewConflict(
                f"candidate {candidate_id} does not wait for a slot (posted, or not approved)"
            )
        at = ids.index(candidate_id)
        order.insert(min(max(at + by, 0), len(order) - 1), order.pop(at))
        db.executemany(
            "INSERT OR REPLACE INTO scheduled_order (review_id, position) VALUES (?, ?)",
            [(item.decision_id, position) for position, item in enumerate(order)],
        )
