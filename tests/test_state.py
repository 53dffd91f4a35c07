"""The state database: migrations, the two writers, and what the other steps read."""

from __future__ import annotations

import io
import sqlite3
from dataclasses import replace

import pytest

from bobby import state
from bobby.candidates import Candidate
from bobby.errors import InputError
from bobby.gate import Check, Verdict


def post(text: str, rkey: str, **fields) -> state.Post:
    return state.Post(text=text, rkey=rkey, created_at=state.timestamp(), **fields)


def test_migrations_are_applied_once_and_recorded(isolated):
    with state.database() as db:
        names = [row[0] for row in db.execute("SELECT name FROM migrations")]
        assert names == [name for name, _ in state.MIGRATIONS]
        assert state.migrate(db) == []  # nothing left to apply
    assert (isolated / "data" / "state.db").is_file()
    with state.database() as db:  # reopening applies nothing either
        assert db.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(state.MIGRATIONS)


def test_path_comes_from_the_environment(isolated, monkeypatch):
    monkeypatch.setenv("BOBBY_STATE_DB", str(isolated / "elsewhere.db"))
    with state.database():
        pass
    assert (isolated / "elsewhere.db").is_file()
    assert not (isolated / "data").exists()


def test_a_file_that_is_not_a_database_is_a_clear_error(isolated):
    path = isolated / "state.db"
    path.write_text("not sqlite at all, but long enough to have a header " * 4)
    with (
        pytest.raises(
            InputError, match=r"state\.db: the state database is damaged .* move it aside"
        ),
        state.database(path),
    ):
        pass


def test_a_locked_database_is_told_apart_from_a_damaged_one(isolated, monkeypatch):
    """Another process holding the write lock is 'busy, try again' (serve waits), never
    'not a database'; nothing written before is lost."""
    monkeypatch.setattr(state, "BUSY_SECONDS", 0.1)
    path = isolated / "state.db"
    with state.database(path) as db:
        state.write_post(db, post("kept", "3kaaaaaaaaaa2"))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with (
            pytest.raises(state.StateBusy, match="another bobby process"),
            state.database(path) as db,
        ):
            state.write_post(db, post("waits", "3kaaaaaaaaaa3"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with state.database(path) as db:
        assert state.posted_texts(db) == ["kept"]


def test_a_read_only_database_is_one_line(isolated):
    path = isolated / "state.db"
    with state.database(path):
        pass
    path.chmod(0o444)
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)  # as root, chmod alone is no bar
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            reader.execute("CREATE TABLE t (x)")
    finally:
        reader.close()
    assert isinstance(state._problem(path, raised.value), InputError)
    assert "read-only" in str(state._problem(path, raised.value))
    full = sqlite3.OperationalError("database or disk is full")
    assert "the disk is full; nothing was written" in str(state._problem(path, full))


def test_a_row_with_broken_json_does_not_hide_the_others(isolated):
    with state.database() as db:
        state.write_post(db, post("fine", "3kaaaaaaaaaa2"))
        state.write_post(db, post("hand-edited", "3kaaaaaaaaaa3"))
        db.execute(
            "UPDATE posts SET sampling = '{oops', record = '[not json' WHERE text = 'hand-edited'"
        )
        entries = state.history(db)
        pending = state.pending_posts(db, "did:plc:me")
    assert {entry.text for entry in entries} == {"fine", "hand-edited"}
    assert [p.record for p in pending if p.text == "hand-edited"] == [None]


def test_write_post_inserts_then_updates_the_same_row(isolated):
    with state.database() as db:
        pending = state.write_post(
            db, post("hello", "3kaaaaaaaaaa2", adapter="adapters/me", sampling={"temp": 0.8})
        )
        assert pending.id is not None
        done = state.write_post(
            db,
            replace(
                pending,
                status="posted",
                uri="at://did:plc:x/app.bsky.feed.post/3kaaaaaaaaaa2",
                attempts=1,
            ),
        )
        [row] = db.execute("SELECT * FROM posts").fetchall()
        assert state._post(row) == done
        assert done.sampling == {"temp": 0.8}
        with pytest.raises(sqlite3.IntegrityError):  # one post per record key
            state.write_post(db, post("again", "3kaaaaaaaaaa2"))


def test_pending_posts_are_those_of_this_account_or_none_yet(isolated):
    with state.database() as db:
        mine = state.write_post(db, post("mine", "3kaaaaaaaaaa2", repo="did:plc:me", attempts=1))
        untried = state.write_post(db, post("untried", "3kaaaaaaaaaa3"))
        state.write_post(db, post("theirs", "3kaaaaaaaaaa4", repo="did:plc:other"))
        state.write_post(db, post("done", "3kaaaaaaaaaa5", repo="did:plc:me", status="posted"))
        assert state.pending_posts(db, "did:plc:me") == [mine, untried]


def test_posted_texts_leave_out_failed_posts(isolated):
    with state.database() as db:
        state.write_post(db, post("out", "3kaaaaaaaaaa2", status="posted"))
        state.write_post(db, post("waiting", "3kaaaaaaaaaa3"))
        state.write_post(db, post("refused", "3kaaaaaaaaaa4", status="failed", error="invalid"))
        assert state.posted_texts(db) == ["out", "waiting"]


def test_history_lists_posts_and_unposted_candidates_newest_first(isolated):
    with state.database() as db:
        first, *_ = state.add_candidates(
            db,
            [
                Candidate("chosen", adapter="adapters/me", sampling={"temp": 0.7}),
                Candidate("also fine", adapter="adapters/me", sampling={"temp": 0.7}),
                Candidate(
                    "too close to an old post",
                    verdict=Verdict("too close to an old post", [Check("not novel", False)]),
                    adapter="adapters/me",
                    sampling={"temp": 0.7},
                ),
            ],
        )
        assert first.id is not None and first.created_at is not None
        state.write_post(
            db,
            post(
                "chosen",
                "3kaaaaaaaaaa2",
                candidate_id=first.id,
                adapter="adapters/me",
                sampling={"temp": 0.7},
                status="posted",
                uri="at://x",
            ),
        )
        entries = state.history(db)
        assert [(entry.text, entry.status, entry.uri) for entry in entries] == [
            ("chosen", "posted", "at://x"),
            ("too close to an old post", "rejected", None),
            ("also fine", "generated", None),
        ]
        assert entries[0].adapter == "adapters/me" and entries[0].sampling == {"temp": 0.7}
        assert [entry.text for entry in state.history(db, limit=1)] == ["chosen"]


def test_cli_history_json(cli, isolated):
    with state.database() as db:
        state.write_post(db, post("hello", "3kaaaaaaaaaa2"))
    result = cli("history", "--json")
    assert result.exit_code == 0
    assert result.stdout.startswith("[") and '"status": "pending"' in result.stdout
    assert result.stderr == ""  # only the JSON
    huge = cli("history", "--json", "--limit", "99999999999999999999999")  # past SQLite's ints
    assert huge.exit_code == 0 and huge.stdout == result.stdout


def test_cli_history_reads_at_80_columns_and_creates_nothing(cli, isolated):
    from rich.console import Console

    from bobby.cli import history

    result = cli("history")
    assert result.exit_code == 0 and "Nothing yet" in result.stderr
    assert not (isolated / "data").exists()
    with state.database() as db:
        state.write_post(
            db,
            post("a post of some length " * 5, "3kaaaaaaaaaa2", adapter="adapters/me",
                 sampling={"temp": 0.8, "top_p": 0.95, "max_tokens": 120}),
        )  # fmt: skip
        entries = state.history(db)
    console = Console(width=80, record=True, file=io.StringIO())
    console.print(history.render(entries))
    lines = console.export_text().splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any("a post of some length a post of some length" in line for line in lines)
    assert any("adapters/me · temp=0.8 top_p=0.95" in line for line in lines)


def test_decisions_are_logged_in_order_and_read_by_action_and_time(isolated):
    from datetime import UTC, datetime

    with state.database() as db:
        first = state.add_decision(
            db, "started", "model smollm2", datetime(2026, 3, 1, 23, tzinfo=UTC)
        )
        state.add_decision(db, "posted", "at://one", datetime(2026, 3, 2, 8, tzinfo=UTC))
        state.add_decision(
            db, "skipped-quiet-hours", "next try ...", datetime(2026, 3, 2, 23, tzinfo=UTC)
        )
        last = state.add_decision(db, "posted", "at://two")  # now

    assert first.id is not None and first.time == "2026-03-01T23:00:00.000Z"
    with state.database() as db:
        assert [d.action for d in state.decisions(db)] == [
            "posted",
            "skipped-quiet-hours",
            "posted",
            "started",
        ]
        assert state.decisions(db, limit=1) == [last]
        assert [d.detail for d in state.decisions(db, ["posted"])] == ["at://two", "at://one"]
        since = state.timestamp(datetime(2026, 3, 2, tzinfo=UTC))
        assert [d.detail for d in state.decisions(db, ["posted"], since=since)] == [
            "at://two",
            "at://one",
        ]
        assert len(state.decisions(db, ["posted", "started"], since="2026-03-03")) == 1


def test_a_dry_run_delete_refuses_another_accounts_post(cli, isolated):
    mine = "at://did:plc:bot/app.bsky.feed.post/3kaaaaaaaaaa2"
    with state.database() as db:
        state.write_post(db, post("hello", "3kaaaaaaaaaa2", repo="did:plc:bot", uri=mine))
    theirs = cli("delete", "at://did:plc:someone/app.bsky.feed.post/3kbbbbbbbbbb2", "--dry-run")
    assert theirs.exit_code == 1
    assert "is not a post of an account bobby posts as" in theirs.stderr
    assert cli("delete", mine, "--dry-run").exit_code == 0


def test_a_candidates_style_score_is_kept_for_the_review_queue(isolated):
    with state.database() as db:
        scored, unscored = state.add_candidates(
            db, [Candidate("reads like her", style=0.83), Candidate("an old adapter's")]
        )
        state.add_review(db, scored.id, "queued")
        state.add_review(db, unscored.id, "queued")
        styles = {
            item.candidate.text: item.candidate.style for item in state.review_queue(db, "open")
        }
    assert styles == {"reads like her": 0.83, "an old adapter's": None}
