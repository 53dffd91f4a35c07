"""`bobby post`, `login`, `history` and `profile` against a real local Bluesky PDS.

The PDS and PLC directory are the real ones from @atproto/dev-env (fixture `pds`,
tests/localpds.py). A lone PDS has no AppView, and the atproto SDK's `login()` would ask
one for the profile (app.bsky.actor.getProfile, which this PDS answers with 502): bobby
logs in with `fetch_bsky_profile=False`, so that only com.atproto.server.createSession
is called, as it should be on any PDS. createSession calls are counted in the PDS's own
request log.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import stat
import subprocess
import sys
import time
import uuid
from pathlib import Path

import orjson
import pytest

from bobby import state
from bobby.bluesky.session import session_file
from bobby.bluesky.tid import new_tid

pytestmark = pytest.mark.pds

REPO_ROOT = Path(__file__).resolve().parents[1]
POST = "app.bsky.feed.post"
PROFILE = "app.bsky.actor.profile"
SELF_LABELS = "com.atproto.label.defs#selfLabels"


def as_bot(monkeypatch: pytest.MonkeyPatch, pds, *, password: str | None = "app password") -> None:
    """Point bobby at the local PDS as the bot's account (with its app password unless None)."""
    monkeypatch.setenv("BOBBY_BLUESKY_PDS", pds.url)
    monkeypatch.setenv("BOBBY_BLUESKY_HANDLE", pds.handle)
    if password is None:
        monkeypatch.delenv("BOBBY_BLUESKY_APP_PASSWORD", raising=False)
    else:
        monkeypatch.setenv(
            "BOBBY_BLUESKY_APP_PASSWORD", pds.password if password == "app password" else password
        )


def unique(text: str) -> str:
    return f"{text} {uuid.uuid4().hex[:8]}"


def copies(pds, text: str) -> list[dict]:
    """The posts in the bot's repo with exactly this text."""
    return [record for record in pds.records(POST) if record["value"]["text"] == text]


def rows(text: str) -> list[state.Post]:
    with state.database() as db:
        found = db.execute("SELECT * FROM posts WHERE text = ?", (text,)).fetchall()
        return [state._post(row) for row in found]


def stored_session() -> dict:
    return orjson.loads(session_file().read_bytes())


def expire_access_token(session_string: str) -> str:
    """The same session with its access token's `exp` moved into the past: what a session
    stored by yesterday's cron run looks like. The signature no longer matches, which
    does not matter: the SDK reads `exp`, and refreshes before it would send the token."""
    handle, did, access, refresh, endpoint = session_string.split(":::")
    header, payload, signature = access.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["exp"] = int(time.time()) - 3600
    payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return ":::".join([handle, did, f"{header}.{payload}.{signature}", refresh, endpoint])


def write_session(session_string: str) -> None:
    stored = stored_session()
    session_file().write_bytes(orjson.dumps({**stored, "session": session_string}))


def bobby(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run bobby as its own process, to see exactly what a terminal or a cron log would."""
    return subprocess.run(
        [sys.executable, "-m", "bobby", *args],
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT), **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_post_appears_with_its_text_facets_and_language(cli, pds, monkeypatch, isolated):
    as_bot(monkeypatch, pds)
    posts = isolated / "data" / "posts.jsonl"
    posts.parent.mkdir()
    posts.write_text(
        "".join(
            json.dumps({"text": "x", "lang": lang}) + "\n"
            for lang in ["de", "de", "en", "und", "und", "und", "qme"]
        )
    )
    mention, link, tag = f"@{pds.other['handle']}", "https://example.com/a?b=1", "#bobbytest"
    text = unique(f"Grüße ☃ an {mention} und @nobody.test, siehe {link}. {tag}")

    result = cli("post", "--text", text, "--json")

    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    found = pds.record(POST, report["rkey"])
    assert found["uri"] == report["uri"] and found["cid"] == report["cid"]
    value = found["value"]
    assert value["text"] == text
    assert value["langs"] == ["de"]

    data = text.encode()

    def span(part: str) -> dict:
        start = data.index(part.encode())
        return {"byteStart": start, "byteEnd": start + len(part.encode())}

    assert [
        {"index": facet["index"], "features": facet["features"]} for facet in value["facets"]
    ] == [
        {
            "index": span(mention),
            "features": [{"$type": "app.bsky.richtext.facet#mention", "did": pds.other["did"]}],
        },
        {"index": span(link), "features": [{"$type": "app.bsky.richtext.facet#link", "uri": link}]},
        {
            "index": span(tag),
            "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "bobbytest"}],
        },
    ]  # @nobody.test does not resolve: plain text, no facet
    [row] = rows(text)
    assert (row.status, row.uri, row.cid, row.rkey, row.attempts) == (
        "posted",
        found["uri"],
        found["cid"],
        report["rkey"],
        1,
    )

    history = cli("history", "--json", "--limit", "1")
    assert json.loads(history.stdout)[0] | {"time": None} == {
        "time": None, "text": text, "status": "posted", "uri": found["uri"], "adapter": None, "sampling": {},
        "answers": None,
    }  # fmt: skip


def test_too_long_or_empty_text_is_refused_before_any_request(cli, pds, monkeypatch, isolated):
    as_bot(monkeypatch, pds)
    before = pds.requests()

    too_long = cli("post", "--text", "e\u0301" * 301)  # 602 code points, 301 graphemes
    empty = cli("post", "--text", "  \n ")

    assert too_long.exit_code == 1
    assert "301 characters (graphemes) long; Bluesky allows 300" in too_long.stderr
    assert empty.exit_code == 1 and "empty" in empty.stderr
    assert pds.requests() == before
    assert not (isolated / "data" / "state.db").exists()
    assert cli("post", "--dry-run", "--text", "e\u0301" * 300).exit_code == 0


def test_wrong_password_is_a_clear_error(cli, pds, monkeypatch):
    as_bot(monkeypatch, pds, password="wrong-password-1234")

    result = cli("post", "--text", "never posted")

    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: Bluesky rejected the handle or app password for @bobby.test"
    )
    assert "wrong-password-1234" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert not session_file().exists()


def test_login_asks_and_stores_the_session_not_the_password(cli, pds, monkeypatch):
    monkeypatch.setenv("BOBBY_BLUESKY_PDS", pds.url)

    result = cli("login", input=f"{pds.handle}\n{pds.password}\n")

    assert result.exit_code == 0, result.stderr
    assert pds.password not in result.stdout + result.stderr  # asked with hidden input
    assert "Warning" not in result.stderr  # a piped password is read, not getpass'd
    assert stat.S_IMODE(session_file().stat().st_mode) == 0o600
    assert stat.S_IMODE(session_file().parent.stat().st_mode) == 0o700
    assert pds.password not in session_file().read_text()
    assert stored_session()["session"].startswith(f"{pds.handle}:::{pds.did}:::")

    monkeypatch.setenv("BOBBY_BLUESKY_HANDLE", pds.handle)  # no password anywhere now
    text = unique("posted with the stored session")
    assert cli("post", "--text", text).exit_code == 0
    assert len(copies(pds, text)) == 1

    wrong = cli("login", input=f"{pds.handle}\nnot-the-password\n")
    assert wrong.exit_code == 1 and "Bluesky rejected the handle or app password" in wrong.stderr


def test_stored_session_is_reused_without_a_second_login(cli, pds, monkeypatch):
    as_bot(monkeypatch, pds)
    logins = pds.requests("com.atproto.server.createSession")

    first = cli("post", "--text", unique("first run"))
    assert first.exit_code == 0, first.stderr
    assert pds.requests("com.atproto.server.createSession") == logins + 1
    assert stat.S_IMODE(session_file().stat().st_mode) == 0o600

    second = cli("post", "--text", unique("second run"))
    assert second.exit_code == 0, second.stderr
    assert pds.requests("com.atproto.server.createSession") == logins + 1


def test_an_unreadable_session_file_is_replaced_by_one_login(cli, pds, monkeypatch):
    as_bot(monkeypatch, pds)
    session_file().parent.mkdir(parents=True)
    session_file().write_bytes(orjson.dumps({"service": pds.url, "session": "not:::a:::session"}))
    logins = pds.requests("com.atproto.server.createSession")

    result = cli("post", "--text", unique("after a broken session file"))

    assert result.exit_code == 0, result.stderr
    assert pds.requests("com.atproto.server.createSession") == logins + 1
    assert stored_session()["session"].startswith(f"{pds.handle}:::{pds.did}:::")


def test_refreshed_session_is_saved_again(cli, pds, monkeypatch):
    as_bot(monkeypatch, pds)
    assert cli("login").exit_code == 0
    stale = expire_access_token(stored_session()["session"])
    write_session(stale)
    as_bot(monkeypatch, pds, password=None)
    logins = pds.requests("com.atproto.server.createSession")
    refreshes = pds.requests("com.atproto.server.refreshSession")

    result = cli("post", "--text", unique("after a refresh"))

    assert result.exit_code == 0, result.stderr
    assert pds.requests("com.atproto.server.refreshSession") == refreshes + 1
    assert pds.requests("com.atproto.server.createSession") == logins
    saved = stored_session()["session"]
    assert (
        saved != stale and saved.split(":::")[3] != stale.split(":::")[3]
    )  # a new refresh token too


def test_revoked_session_recovers_with_one_password_login(cli, pds, monkeypatch):
    as_bot(monkeypatch, pds)
    assert cli("login").exit_code == 0
    session = stored_session()["session"]
    revoked = pds.call("com.atproto.server.deleteSession", session.split(":::")[3])
    assert revoked.status_code == 200
    write_session(expire_access_token(session))
    text = unique("after the session was revoked")

    as_bot(monkeypatch, pds, password=None)
    without = cli("post", "--text", text)
    assert without.exit_code == 1
    assert "no longer accepts the stored session of @bobby.test" in without.stderr
    assert "run `bobby login`" in without.stderr
    assert [row.status for row in rows(text)] == ["pending"]

    as_bot(monkeypatch, pds)
    logins = pds.requests("com.atproto.server.createSession")
    again = cli("post", "--text", text)
    assert again.exit_code == 0, again.stderr
    assert pds.requests("com.atproto.server.createSession") == logins + 1
    assert len(copies(pds, text)) == 1
    assert [row.status for row in rows(text)] == ["posted"]


def test_killed_after_the_pds_accepted_the_post_still_posts_exactly_once(
    cli, pds, monkeypatch, isolated
):
    as_bot(monkeypatch, pds)
    text = unique("exactly once")
    with (isolated / "child.log").open("w") as log:
        child = subprocess.Popen(
            [sys.executable, "-m", "bobby", "post", "--text", text],
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT), "BOBBY_TEST_STOP_AFTER_WRITE": "1"},
            stdout=log,
            stderr=log,
        )
        try:
            _, status = os.waitpid(child.pid, os.WUNTRACED)  # it stops itself at the hook
            assert os.WIFSTOPPED(status), (isolated / "child.log").read_text()
            # The PDS has the post; the database still thinks it may not have gone out.
            assert len(copies(pds, text)) == 1
            [row] = rows(text)
            assert (row.status, row.attempts, row.uri) == ("pending", 1, None)
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
    assert child.returncode == -signal.SIGKILL
    sends = pds.requests("com.atproto.repo.createRecord")

    rerun = cli("post", "--text", text)

    assert rerun.exit_code == 0, rerun.stderr
    assert (
        pds.requests("com.atproto.repo.createRecord") == sends
    )  # found by its key, not sent again
    [record] = copies(pds, text)
    [row] = rows(text)
    assert (row.status, row.uri, row.cid) == ("posted", record["uri"], record["cid"])


def test_pds_down_keeps_the_post_pending_until_it_is_back(cli, pds, monkeypatch):
    as_bot(monkeypatch, pds)
    assert cli("login").exit_code == 0
    text, later = unique("written while the PDS was down"), unique("the next post")

    pds.stop()
    try:
        down = cli("post", "--text", text)
    finally:
        pds.start()

    assert down.exit_code == 1
    assert f"cannot reach {pds.url}" in down.stderr
    assert (
        "kept as pending and goes out with the next `bobby post` (or the next try of `bobby serve`)"
        in down.stderr
    )
    assert "Traceback" not in down.stderr
    assert [row.status for row in rows(text)] == ["pending"]
    assert copies(pds, text) == []

    back = cli("post", "--text", later)

    assert back.exit_code == 0, back.stderr
    assert "left pending by an earlier run" in back.stderr
    assert len(copies(pds, text)) == 1 and len(copies(pds, later)) == 1
    assert [row.status for row in rows(text)] == ["posted"]
    assert [row.status for row in rows(later)] == ["posted"]


def test_a_record_the_pds_refuses_is_marked_failed_and_not_sent_again(cli, pds, monkeypatch):
    as_bot(monkeypatch, pds)
    broken, following = unique("a stored record the PDS refuses"), unique("the post after it")
    with state.database() as db:
        record = {"$type": POST, "text": broken, "createdAt": "yesterday"}
        state.write_post(db, state.Post(broken, new_tid(), state.timestamp(), record=record))

    refused = cli("post", "--text", following)

    assert refused.exit_code == 1
    assert "Bluesky refused the post" in refused.stderr and "marked failed" in refused.stderr
    [row] = rows(broken)
    assert row.status == "failed" and "createdAt" in row.error
    again = cli("post", "--text", following)
    assert again.exit_code == 0, again.stderr
    assert copies(pds, broken) == [] and len(copies(pds, following)) == 1


def test_bot_label_is_added_keeping_the_profile(cli, pds, monkeypatch):
    # The bot's account has no profile record yet: one is created.
    as_bot(monkeypatch, pds)
    assert pds.record(PROFILE, "self") is None
    added = cli("profile", "--bot-label")
    assert added.exit_code == 0, added.stderr
    assert added.stdout == "self-labels: bot\n"
    assert pds.record(PROFILE, "self")["value"] == {
        "$type": PROFILE,
        "labels": {"$type": SELF_LABELS, "values": [{"val": "bot"}]},
    }
    assert cli("profile", "--bot-label").stdout == "self-labels: bot\n"  # already there: unchanged

    # The other account has a profile with content and a self-label of its own: all kept.
    other = pds.other
    token = pds.session(other["handle"], other["password"])["accessJwt"]
    profile = {
        "$type": PROFILE,
        "displayName": "Alice",
        "description": "not a bot, yet",
        "labels": {"$type": SELF_LABELS, "values": [{"val": "!no-unauthenticated"}]},
    }
    body = {"repo": other["did"], "collection": PROFILE, "rkey": "self", "record": profile}
    assert pds.call("com.atproto.repo.putRecord", token, body).status_code == 200
    monkeypatch.setenv("BOBBY_BLUESKY_HANDLE", other["handle"])
    monkeypatch.setenv("BOBBY_BLUESKY_APP_PASSWORD", other["password"])

    assert cli("profile", "--bot-label").exit_code == 0
    labelled = pds.record(PROFILE, "self", repo=other["did"])["value"]
    assert labelled == profile | {
        "labels": {"$type": SELF_LABELS, "values": [{"val": "!no-unauthenticated"}, {"val": "bot"}]}
    }
    removed = cli("profile", "--no-bot-label")
    assert removed.stdout == "self-labels: !no-unauthenticated\n"
    assert pds.record(PROFILE, "self", repo=other["did"])["value"] == profile


def test_no_secret_in_any_output_even_with_debug(pds, monkeypatch):
    """Every failure path as a real process with --debug (full tracebacks): neither the
    password nor either token of the session appears in stdout or stderr."""
    secret = f"secret-{uuid.uuid4().hex}"
    as_bot(monkeypatch, pds, password=secret)
    wrong = bobby("--debug", "post", "--text", "x")
    assert "Bluesky rejected the handle or app password" in wrong.stderr
    assert "Traceback" in wrong.stderr
    assert secret not in wrong.stdout + wrong.stderr

    as_bot(monkeypatch, pds)
    assert bobby("login").returncode == 0
    session = stored_session()["session"]
    secrets = [pds.password, *session.split(":::")[2:4]]
    outputs = [bobby("--debug", "post", "--text", unique("with debug"))]
    pds.stop()
    try:
        outputs.append(bobby("--debug", "post", "--text", unique("while down")))
    finally:
        pds.start()
    assert pds.call("com.atproto.server.deleteSession", session.split(":::")[3]).status_code == 200
    write_session(expire_access_token(session))
    as_bot(monkeypatch, pds, password=None)
    outputs.append(bobby("--debug", "post", "--text", unique("revoked")))

    assert [done.returncode for done in outputs] == [0, 1, 1]
    assert "Traceback" in outputs[1].stderr and "Traceback" in outputs[2].stderr
    for done in outputs:
        for value in secrets:
            assert value not in done.stdout + done.stderr
