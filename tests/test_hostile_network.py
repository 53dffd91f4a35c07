"""`bobby post` and `bobby sync` against a hostile server (tests/hostile.py): an answer
that is not what the lexicon says, or a rate limit with a nonsense reset, is one clean
line; a post stays pending, and goes out exactly once when the server behaves again."""

from __future__ import annotations

from pathlib import Path

import pytest

from bobby import state
from tests.hostile import DID, Answer, hostile  # noqa: F401 (a fixture)

CREATE = "com.atproto.repo.createRecord"
NOTIFICATIONS = "app.bsky.notification.listNotifications"


def pending() -> list[state.Post]:
    with state.database() as db:
        return state.pending_posts(db, DID)


@pytest.mark.parametrize(
    "answer",
    [
        Answer({"uri": 5}),
        Answer(b"<html>ok</html>", headers={"Content-Type": "text/html"}),
        Answer(["at://x"]),
        Answer({"error": "RateLimitExceeded"}, 429, {"ratelimit-reset": "1e20"}),
    ],
)
def test_a_post_answered_badly_stays_pending_and_goes_out_once(cli, hostile, answer):  # noqa: F811
    hostile.answers[CREATE] = answer

    result = cli("post", "--text", "A post that must go out once.")

    assert result.exit_code == 1
    assert result.stderr.startswith("Error: could not post") and "kept as pending" in result.stderr
    [row] = pending()
    uri = f"at://{DID}/app.bsky.feed.post/{row.rkey}"
    hostile.answers["com.atproto.repo.getRecord"] = Answer({"uri": uri, "cid": "bafyreib"})
    again = cli("post", "--text", "A post that must go out once.")
    assert again.exit_code == 0, again.stderr
    assert pending() == [] and hostile.requests.count(f"/xrpc/{CREATE}") == 1


@pytest.mark.parametrize(
    "answer", [Answer({"did": ["did:plc:x"]}), Answer("did:plc:x"), Answer(b"[" * 10_000)]
)
def test_sync_refuses_a_bad_handle_resolution_in_one_line(cli, hostile, answer):  # noqa: F811
    hostile.answers["com.atproto.identity.resolveHandle"] = answer

    result = cli("sync", "alice.test", "--pds", hostile.url)

    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1


def test_a_server_that_drips_its_answer_is_cut_off_at_the_total_time(cli, hostile, monkeypatch):  # noqa: F811
    """One byte every half second never trips a read timeout; the request's total time
    (transport.TOTAL, shortened here) ends it."""
    from bobby.bluesky import transport

    monkeypatch.setattr(transport, "TOTAL", 2.0)
    hostile.answers[NOTIFICATIONS] = Answer({"notifications": [], "pad": "x" * 200}, drip=0.5)

    result = cli("reply", "--dry-run")

    assert result.exit_code == 1
    assert result.stderr.startswith("Error: could not read notifications:")
    assert "did not answer in time" in result.stderr


@pytest.mark.parametrize(
    "answer",
    [Answer(hang_up=True), Answer({"notifications": []}, headers={"Content-Length": "99999"})],
)
def test_a_server_that_breaks_off_its_answer_is_one_line(cli, hostile, answer):  # noqa: F811
    hostile.answers[NOTIFICATIONS] = answer

    result = cli("reply", "--dry-run")

    assert result.exit_code == 1
    assert result.stderr.startswith("Error: could not read notifications: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_answer_past_the_byte_limit_is_refused(cli, hostile, monkeypatch):  # noqa: F811
    from bobby.bluesky import transport

    monkeypatch.setattr(transport, "LARGEST_ANSWER", 4096)
    hostile.answers[NOTIFICATIONS] = Answer({"notifications": [], "pad": "x" * 100_000})

    result = cli("reply", "--dry-run")

    assert result.exit_code == 1
    assert f"{hostile.url.removeprefix('http://').split(':')[0]} sent more than 4,096 bytes" in (
        result.stderr
    )


def test_a_dripping_plc_directory_is_cut_off(cli, hostile, monkeypatch):  # noqa: F811
    from bobby import sync

    monkeypatch.setattr(sync, "TIMEOUT", 2.0)
    hostile.answers[f"/{DID}"] = Answer({"id": DID, "pad": "x" * 200}, drip=0.5)

    result = cli("sync", DID, "--plc", hostile.url)

    assert result.exit_code == 1
    assert "did not answer in time" in result.stderr


def test_a_repository_past_its_byte_limit_is_refused(cli, hostile, monkeypatch):  # noqa: F811
    """getRepo's answer is read up to LARGEST_REPO bytes (shortened here), no further."""
    from bobby import sync

    monkeypatch.setattr(sync, "LARGEST_REPO", 10_000)
    service = {"id": "#atproto_pds", "type": "AtprotoPersonalDataServer", "serviceEndpoint": hostile.url}  # fmt: skip
    hostile.answers[f"/{DID}"] = Answer({"id": DID, "alsoKnownAs": [], "service": [service]})
    car = Answer(b"\0" * 50_000, headers={"Content-Type": "application/vnd.ipld.car"})
    hostile.answers["com.atproto.sync.getRepo"] = car

    result = cli("sync", DID, "--plc", hostile.url)

    assert result.exit_code == 1
    assert "sent more than 10,000 bytes" in result.stderr
    assert not list(Path().glob("**/posts.jsonl"))
