"""`bobby reply` against a hostile AppView (tests/hostile.py): every malformed answer is one
clean line, a malformed notification is skipped with its reason and recorded, the good
ones beside it are still handled, and `serve --replies` goes on polling."""

from __future__ import annotations

import orjson
import pytest

from bobby import state
from tests.hostile import HANDLE, Answer, hostile  # noqa: F401 (a fixture)
from tests.test_prompt_bound import tiny  # noqa: F401 (a fixture)
from tests.test_serve import serving  # noqa: F401 (a fixture)

NOTIFICATIONS = "app.bsky.notification.listNotifications"


def notification(number: int, **changes: object) -> dict:
    """A well-formed mention, as the AppView sends it, with `changes` applied."""
    item = {
        "uri": f"at://did:plc:person{number}/app.bsky.feed.post/3k{number}",
        "cid": f"bafyrei{number}",
        "author": {"did": f"did:plc:person{number}", "handle": f"p{number}.test", "labels": []},
        "reason": "mention",
        "record": {"$type": "app.bsky.feed.post", "text": "hi bot", "createdAt": "2026-01-01"},
        "isRead": False,
        "indexedAt": "2020-01-01T00:00:00.000Z",  # before the first start: marked seen
    }
    return item | changes


# A whole answer that is not a page of notifications: one line, the poll fails, nothing kept.
BAD_PAGES = {
    "a string": {"notifications": "many"},
    "a bare list": [notification(1)],
    "null": None,
    "a cursor that is a number": {"notifications": [], "cursor": 7},
    "an HTML page": b"<html><body>502 Bad Gateway</body></html>",
    "deeply nested JSON": b'{"notifications": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    "cut-off JSON": b'{"notifications": [{"uri": "at://x',
}
# One notification that is not one: skipped with its reason, the good one beside it handled.
BAD_ITEMS = {
    "a number": (5, "the item is a int"),
    "no uri": ({k: v for k, v in notification(2).items() if k != "uri"}, "uri is null"),
    "author a string": (notification(3, author="did:plc:x"), "author is a str"),
    "indexedAt a number": (notification(4, indexedAt=17), "indexedAt is a int"),
    "record a list": (notification(5, record=["text"]), "record is a list"),
    "text a number": (notification(6, record={"text": 12}), "record.text is a int"),
    "reply.root a string": (
        notification(7, record={"text": "x", "reply": {"root": "at://x", "parent": "y"}}),
        "record.reply.root is a str",
    ),
    "labels as strings": (
        notification(8, author={"did": "did:plc:l", "handle": "l.test", "labels": ["bot"]}),
        "a label is a str",
    ),
    "a 10 MB text": (notification(9, record={"text": "x" * 10_000_000}), "longer than 3,000"),
    "reason null": (notification(10, reason=None), "reason is null"),
    "3,000 characters, 9,000 bytes": (
        notification(11, record={"text": "€" * 3000}),
        "record.text is longer than 3,000 bytes",
    ),
}


@pytest.mark.parametrize("case", BAD_PAGES)
def test_a_malformed_page_is_one_clean_line(cli, hostile, case):  # noqa: F811
    body = BAD_PAGES[case]
    kind = {"Content-Type": "text/html"} if isinstance(body, bytes) and b"<html" in body else {}
    if isinstance(body, bytes) and not kind:
        kind = {"Content-Type": "application/json"}
    hostile.answers[NOTIFICATIONS] = Answer(body, headers=kind)

    result = cli("reply", "--dry-run")

    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("Error: could not read notifications: the server's answer")
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("case", BAD_ITEMS)
def test_a_malformed_notification_is_skipped_with_its_reason(cli, hostile, case):  # noqa: F811
    item, reason = BAD_ITEMS[case]
    hostile.answers[NOTIFICATIONS] = Answer({"notifications": [item, notification(99)]})

    result = cli("reply", "--json")

    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    handled = orjson.loads(result.stdout)["handled"]
    outcomes = {entry["outcome"]: entry for entry in handled}
    assert outcomes["malformed"]["why"].find(reason) >= 0, outcomes["malformed"]
    assert outcomes["before-first-start"]["uri"] == notification(99)["uri"]
    with state.database() as db:
        recorded = dict(db.execute("SELECT uri, outcome FROM notifications").fetchall())
    if isinstance(item, dict) and isinstance(item.get("uri"), str):
        assert recorded[item["uri"]] == "malformed"  # never looked at again
        assert "malformed" not in cli("reply").stderr
    assert recorded[notification(99)["uri"]] == "before-first-start"


def test_the_serve_poller_fails_a_bad_page_as_bobby_errors_and_polls_again(hostile):  # noqa: F811
    """The poller `bobby serve --replies` runs: a bad page is a `BobbyError` (which serve
    logs as reply-failed-will-retry), and the next poll works."""
    from bobby.bluesky.schema import Malformed
    from bobby.bluesky.session import BlueskyOptions
    from bobby.reply import Poller, RepliesOptions

    options = BlueskyOptions(HANDLE, "app-pass-word", hostile.url)
    poller = Poller(RepliesOptions(), options, lambda mention: "hi")
    hostile.answers[NOTIFICATIONS] = Answer({"notifications": [{"uri": 1}], "cursor": []})
    with pytest.raises(Malformed):
        poller.run()
    hostile.answers[NOTIFICATIONS] = Answer({"notifications": [notification(1), {"uri": "a"}]})
    report = poller.run()
    assert [h.outcome for h in report.handled] == ["before-first-start", "malformed"]


@pytest.mark.slow
def test_serve_replies_lives_through_every_bad_answer(serving, tiny, hostile, monkeypatch):  # noqa: F811
    """A real `bobby serve --replies` (the tiny model, a dry run) polls the hostile
    AppView every 5 s: a malformed page, a notification without a uri, a 10 MB text, a
    server that hangs up: each is a logged decision, and serve polls on."""
    monkeypatch.setenv("BOBBY_REPLIES_INTERVAL", "5")
    answers = [
        (Answer({"notifications": "many"}), "reply-failed-will-retry"),
        (Answer({"notifications": [BAD_ITEMS["no uri"][0]]}), "reply-malformed"),
        (Answer({"notifications": [BAD_ITEMS["a 10 MB text"][0]]}), "longer than 3,000"),
        (Answer(hang_up=True), "broke off its answer"),
    ]
    hostile.answers[NOTIFICATIONS] = answers[0][0]
    serve = serving("--dry-run", "--replies", "--every", "1h", "--model", str(tiny))
    for answer, logged in answers:
        hostile.answers[NOTIFICATIONS] = answer
        serve.wait_for(logged, lambda logged=logged: logged in serve.log.read_text())
    assert serve.process.poll() is None
    assert "Traceback" not in serve.log.read_text()
