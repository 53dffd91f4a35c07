"""Replies against a real local Bluesky network with an AppView (fixture `appview`).

Every test makes its own accounts (a fresh bot, fresh people), so tests share the
network but nothing else. After writing, a test calls `process_all()`, which makes the
AppView index everything written so far: no test sleeps. The answers are written by a
fixed writer (the model-backed writer is `bobby.reply.model_writer`, the same `Writer`
interface), so that what is checked is the notification handling, the guards and the
records on the network.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest

from bobby import state
from bobby.bluesky.session import BlueskyOptions, connect
from bobby.errors import InputError
from bobby.gate import GateOptions
from bobby.generate import GenerateOptions
from bobby.reply import Mention, RepliesOptions, _asks_to_stop, poll
from bobby.serve import ServeOptions, Service
from bobby.serve.page import Page
from tests.test_serve import (  # noqa: F401 (serving: a fixture)
    GENERATION,
    adapter,
    decisions,
    serving,
)

pytestmark = pytest.mark.pds

REPO_ROOT = Path(__file__).resolve().parents[1]
POST = "app.bsky.feed.post"
PROFILE = "app.bsky.actor.profile"


def name(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:8]}"


class Person:
    """An account of the network that writes posts, mentions and replies itself."""

    def __init__(self, network, prefix: str) -> None:
        self.network = network
        self.account = network.account(name(prefix))
        self.did, self.handle = self.account["did"], self.account["handle"]
        self.token = network.session(self.handle, self.account["password"])["accessJwt"]

    def write(self, collection: str, record: dict, rkey: str | None = None) -> dict:
        body = {"repo": self.did, "collection": collection, "record": record}
        answer = self.network.call(
            "com.atproto.repo.createRecord", self.token, body | ({"rkey": rkey} if rkey else {})
        )
        answer.raise_for_status()
        return answer.json()

    def say(self, text: str, mention: Person | None = None, reply_to: tuple | None = None) -> dict:
        """Post `text` (with `@mention.handle` at its end, as a mention facet), as a reply
        to (root, parent) refs when given; returns {uri, cid}."""
        record = {"$type": POST, "text": text, "createdAt": state.timestamp()}
        if mention is not None:
            start = len(text.encode()) + 1
            record["text"] = f"{text} @{mention.handle}"
            end = len(record["text"].encode())
            feature = {"$type": "app.bsky.richtext.facet#mention", "did": mention.did}
            record["facets"] = [{"index": {"byteStart": start, "byteEnd": end}, "features": [feature]}]  # fmt: skip
        if reply_to is not None:
            root, parent = reply_to
            record["reply"] = {"root": ref(root), "parent": ref(parent)}
        return self.write(POST, record)


def ref(post: dict) -> dict:
    return {"uri": post["uri"], "cid": post["cid"]}


class Bot(Person):
    """The bot's account, as bobby uses it (app password, stored session in tmp_path)."""

    def __init__(self, network) -> None:
        super().__init__(network, "bobby")
        self.options = BlueskyOptions(self.handle, self.account["app_password"], network.url)
        self.seen: list[Mention] = []

    def answer(self, mention: Mention) -> str:
        self.seen.append(mention)
        return f"Thanks, nice to hear from you ({len(self.seen)})"

    def poll(
        self,
        options: RepliesOptions | None = None,
        write: Callable | None = None,
        *,
        review: bool = False,
        later: timedelta = timedelta(0),
    ):
        """One poll (`later` than now, by the guards' clock), with everything written
        before it indexed, and the bot's own replies indexed after it (the AppView indexes
        repos in parallel: a reply to the bot's reply is only a notification once it knows
        the bot's reply)."""
        self.network.process_all()
        with state.database() as db:
            report = poll(
                connect(self.options), db, options or RepliesOptions(), write or self.answer,
                review=review, now=lambda: datetime.now(UTC) + later,
            )  # fmt: skip
        self.network.process_all()
        return report

    def replies(self) -> list[dict]:
        return [r["value"] for r in self.network.records(POST, self.did) if "reply" in r["value"]]


@pytest.fixture
def bot(appview) -> Bot:
    return Bot(appview)


def outcomes(report) -> list[str]:
    return [item.outcome for item in report.handled]


def test_a_mention_gets_exactly_one_reply_with_the_right_root_and_parent(appview, bot) -> None:
    carol, alice = Person(appview, "carol"), Person(appview, "alice")
    early = alice.say("before the bot ever ran", mention=bot)
    first = bot.poll()
    assert first.first_start and outcomes(first) == ["before-first-start"]
    assert first.handled[0].uri == early["uri"]

    root = carol.say("a thread about birds")
    mention = alice.say("what do you think?", mention=bot, reply_to=(root, root))
    assert outcomes(bot.poll()) == ["replied"]
    assert outcomes(bot.poll()) == []  # nothing new, nothing doubled
    (reply,) = bot.replies()
    assert reply["reply"] == {"root": ref(root), "parent": ref(mention)}
    assert reply["text"] == "Thanks, nice to hear from you (1)"
    assert bot.seen[0].root_text == "a thread about birds"
    assert bot.seen[0].text.startswith("what do you think?")
    with state.database() as db:
        (row,) = state.find_posts(db, "answers = ?", [mention["uri"]])
        assert row.status == "posted" and row.thread == root["uri"] and row.person == alice.did


def test_a_conversation_stops_at_the_thread_limit(appview, bot) -> None:
    alice = Person(appview, "alice")
    options = RepliesOptions(per_thread=2, cooldown=0)
    bot.poll(options)
    root = alice.say("hello", mention=bot)
    results = outcomes(bot.poll(options))
    for turn in range(2):
        newest = max(appview.records(POST, bot.did), key=lambda r: r["value"]["createdAt"])
        alice.say(f"and again {turn}", reply_to=(root, newest))
        results += outcomes(bot.poll(options))
    assert results == ["replied", "replied", "thread-limit"]
    assert len(bot.replies()) == 2


def test_a_self_labelled_bot_gets_no_answer(appview, bot) -> None:
    """(The bot's own mentions of itself never come as notifications: the AppView leaves
    them out; bobby checks the author too.)"""
    robot = Person(appview, "robot")
    labels = {"$type": "com.atproto.label.defs#selfLabels", "values": [{"val": "bot"}]}
    robot.write(PROFILE, {"$type": PROFILE, "displayName": "Robot", "labels": labels}, "self")
    bot.poll()
    robot.say("ping", mention=bot)
    bot.say("talking to myself", mention=bot)
    assert outcomes(bot.poll()) == ["bot"]
    assert bot.replies() == []


def test_a_pds_restarted_between_polls_loses_and_doubles_nothing(appview, bot) -> None:
    alice, carol = Person(appview, "alice"), Person(appview, "carol")
    options = RepliesOptions(cooldown=0)
    bot.poll(options)
    first = alice.say("before the restart", mention=bot)
    assert outcomes(bot.poll(options)) == ["replied"]
    second = carol.say("just before the restart", mention=bot)
    appview.process_all()
    appview.restart()
    assert outcomes(bot.poll(options)) == ["replied"]  # the stored session still works
    third = carol.say("after the restart", mention=bot)
    assert outcomes(bot.poll(options)) == ["replied"]
    assert outcomes(bot.poll(options)) == []
    parents = sorted(reply["reply"]["parent"]["uri"] for reply in bot.replies())
    assert parents == sorted(post["uri"] for post in (first, second, third))


def test_stop_is_honoured_for_good(appview, bot) -> None:
    alice = Person(appview, "alice")
    options = RepliesOptions(cooldown=0)
    bot.poll(options)
    alice.say("please STOP.", mention=bot)
    assert outcomes(bot.poll(options)) == ["opt-out"]
    alice.say("hello again", mention=bot)
    assert outcomes(bot.poll(options)) == ["opted-out"]
    assert bot.replies() == []
    with state.database() as db:
        assert db.execute("SELECT did FROM opt_outs").fetchall()[0][0] == alice.did


def test_cooldown_and_hourly_cap_hold_back_until_they_pass(appview, bot, cli) -> None:
    alice, carol = Person(appview, "alice"), Person(appview, "carol")
    bot.poll()
    alice.say("one", mention=bot)
    two = alice.say("two", mention=bot)
    assert outcomes(bot.poll()) == ["replied", "cooldown"]
    assert outcomes(bot.poll()) == []  # still held the same way: nothing new to say
    three = carol.say("three", mention=bot)
    # 11 minutes on, alice's cooldown has passed; one reply an hour is the cap now
    capped = bot.poll(RepliesOptions(hourly_cap=1), later=timedelta(minutes=11))
    assert [(i.uri, i.outcome) for i in capped.handled] == [
        (two["uri"], "hourly-cap"),
        (three["uri"], "hourly-cap"),
    ]
    assert len(bot.replies()) == 1
    # the cap has room again: both are answered, oldest first, once each
    assert outcomes(bot.poll(later=timedelta(minutes=11))) == ["replied", "replied"]
    assert outcomes(bot.poll(later=timedelta(minutes=11))) == []
    parents = {reply["reply"]["parent"]["uri"] for reply in bot.replies()}
    assert len(bot.replies()) == 3 and {two["uri"], three["uri"]} <= parents

    # held back past `retry_within` (12 hours by default): left unanswered
    four = alice.say("four", mention=bot)
    assert outcomes(bot.poll()) == ["cooldown"]
    assert outcomes(bot.poll(later=timedelta(hours=13))) == []
    assert len(bot.replies()) == 3

    shown = cli("history", "--json")
    assert shown.exit_code == 0, shown.stderr
    held = [(e["status"], e["answers"], e["text"]) for e in orjson.loads(shown.stdout)]
    assert {entry for entry in held if entry[0].startswith("held: ")} == {
        ("held: cooldown", two["uri"], f"two @{bot.handle}"),
        ("held: hourly-cap", two["uri"], f"two @{bot.handle}"),
        ("held: hourly-cap", three["uri"], f"three @{bot.handle}"),
        ("held: cooldown", four["uri"], f"four @{bot.handle}"),
    }
    table = cli("history")
    assert "held: cooldown" in table.stderr + table.stdout


def test_review_mode_queues_answers_with_the_post_they_answer(appview, bot) -> None:
    """With review on, an answer waits in the queue of `bobby serve`'s page, below the post
    it answers (escaped); approved, it goes out once, as the reply with the right root and
    parent; rejected, never, and that notification is not answered later either."""
    carol, alice = Person(appview, "carol"), Person(appview, "alice")
    bot.poll()
    root = carol.say("a thread about birds")
    mention = alice.say("what do you <i>think</i>?", mention=bot, reply_to=(root, root))
    other = carol.say("answer me too", mention=bot)
    report = bot.poll(review=True)
    assert outcomes(report) == ["queued", "queued"] and bot.replies() == []
    first, second = (item.candidate for item in report.handled)
    alice.say("still there?", mention=bot)  # a queued answer counts for the cooldown
    assert outcomes(bot.poll(review=True)) == ["cooldown"]

    service = Service(ServeOptions(review=True), GenerateOptions(), GateOptions(), bot.options)
    html = Page(service, "token").queue()
    assert f"@{alice.handle}" in html and "what do you &lt;i&gt;think&lt;/i&gt;?" in html
    assert "<i>" not in html and mention["uri"] in html and "in a thread" in html
    assert 'class="regenerate"' not in html  # the page's generation writes posts, not answers
    assert service.decide(first, "approved").decision == "approved"
    main_thread_turn(service)  # the approved answer goes out at once
    assert service.decide(second, "rejected", reason="not now").decision == "rejected"
    assert service.jobs.empty()
    (reply,) = bot.replies()
    assert reply["reply"] == {"root": ref(root), "parent": ref(mention)}
    assert reply["text"] == "Thanks, nice to hear from you (1)"
    service._post_now()  # what a restart does first: nothing goes out twice
    assert outcomes(bot.poll(review=True)) == [] and outcomes(bot.poll()) == []
    assert len(bot.replies()) == 1
    with state.database() as db:
        (row,) = state.find_posts(db, "answers = ?", [mention["uri"]])
        assert (row.status, row.candidate_id, row.person) == ("posted", first, alice.did)
        assert not state.find_posts(db, "answers = ?", [other["uri"]])
        statuses = {(e.status, e.answers) for e in state.history(db)}
    assert {("review: approved", mention["uri"]), ("review: rejected", other["uri"])} <= statuses


def main_thread_turn(service: Service) -> None:
    """What `Service.run`'s loop does between two looks at the schedule: the work a
    request handed to the main thread."""
    service._answer(service.jobs.get_nowait())


CHILD = """
import os
from bobby import state
from bobby.bluesky.session import BlueskyOptions, connect
from bobby.reply import RepliesOptions, poll

options = BlueskyOptions(os.environ["BOT_HANDLE"], os.environ["BOT_PASSWORD"], os.environ["BOT_PDS"])
with state.database() as db:
    poll(connect(options), db, RepliesOptions(), lambda mention: "Thanks, nice to hear from you")
"""


def test_killed_after_the_pds_accepted_the_reply_still_replies_once(appview, bot, isolated):
    alice = Person(appview, "alice")
    bot.poll()
    mention = alice.say("are you there?", mention=bot)
    appview.process_all()
    env = os.environ | {"PYTHONPATH": str(REPO_ROOT), "BOBBY_TEST_STOP_AFTER_WRITE": "1"}
    env |= {"BOT_HANDLE": bot.handle, "BOT_PASSWORD": bot.options.app_password, "BOT_PDS": appview.url}  # fmt: skip
    with (isolated / "child.log").open("w") as log:
        child = subprocess.Popen([sys.executable, "-c", CHILD], env=env, stdout=log, stderr=log)
        try:
            _, status = os.waitpid(child.pid, os.WUNTRACED)  # it stops itself at the hook
            assert os.WIFSTOPPED(status), (isolated / "child.log").read_text()
            assert len(bot.replies()) == 1  # the PDS has it; the database does not know
            with state.database() as db:
                (row,) = state.find_posts(db, "answers = ?", [mention["uri"]])
                assert (row.status, row.attempts) == ("pending", 1)
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()

    assert outcomes(bot.poll()) == ["replied"]
    assert outcomes(bot.poll()) == []
    (reply,) = bot.replies()
    assert reply["reply"]["parent"] == ref(mention)
    with state.database() as db:
        (row,) = state.find_posts(db, "answers = ?", [mention["uri"]])
        assert row.status == "posted"
    assert bot.seen == []  # the answer was not written again


@pytest.mark.slow
def test_bobby_reply_answers_with_the_adapter(appview, bot, cli, monkeypatch, adapter) -> None:  # noqa: F811
    as_bot(monkeypatch, bot)
    alice = Person(appview, "alice")
    generation = ["--adapter-path", adapter, "-n", "2", "--seed", "3", "--max-tokens", "48", "--min-chars", "5"]  # fmt: skip
    first = cli("reply", *generation, "--json")
    assert first.exit_code == 0, first.stderr
    assert orjson.loads(first.stdout)["first_start"] is True
    mention = alice.say("what is your favourite colour?", mention=bot)
    appview.process_all()

    dry = cli("reply", *generation, "--dry-run", "--json")
    assert dry.exit_code == 0, dry.stderr
    assert [item["outcome"] for item in orjson.loads(dry.stdout)["handled"]] == ["dry-run"]
    assert bot.replies() == []

    result = cli("reply", *generation, "--json")
    assert result.exit_code == 0, result.stderr
    (handled,) = orjson.loads(result.stdout)["handled"]
    assert handled["outcome"] == "replied" and handled["uri"] == mention["uri"]
    (reply,) = bot.replies()
    assert reply["text"] == handled["reply"]
    assert reply["reply"] == {"root": ref(mention), "parent": ref(mention)}
    with state.database() as db:
        (row,) = state.find_posts(db, "answers = ?", [mention["uri"]])
        assert row.adapter == str(adapter) and row.candidate_id is not None
    shown = cli("history", "--json")
    assert [e["answers"] for e in orjson.loads(shown.stdout) if e["answers"]] == [mention["uri"]]
    appview.process_all()
    assert orjson.loads(cli("reply", *generation, "--json").stdout)["handled"] == []

    # with serve's review setting on (bobby.toml or the environment), the answer is queued
    monkeypatch.setenv("BOBBY_SERVE_REVIEW", "1")
    carol = Person(appview, "carol")
    later = carol.say("and your favourite bird?", mention=bot, reply_to=(mention, mention))
    appview.process_all()
    queued = cli("reply", *generation, "--json")
    assert queued.exit_code == 0, queued.stderr
    (handled,) = orjson.loads(queued.stdout)["handled"]
    assert (handled["outcome"], handled["uri"]) == ("queued", later["uri"])
    assert len(bot.replies()) == 1
    with state.database() as db:
        (item,) = state.review_queue(db, "open")
    assert item.candidate.id == handled["candidate"] and item.candidate.text == handled["reply"]
    assert item.replying_to.refs() == {"root": ref(mention), "parent": ref(later)}


def test_lookback_on_the_first_start_and_quiet_hours(appview, bot) -> None:
    alice = Person(appview, "alice")
    alice.say("an hour ago, say", mention=bot)
    assert outcomes(bot.poll(RepliesOptions(lookback=60))) == ["replied"]
    night = alice.say("in the night", mention=bot)
    hour = datetime.now().hour
    quiet = RepliesOptions(cooldown=0, quiet_hours=f"{hour}-{(hour + 1) % 24}")
    assert outcomes(bot.poll(quiet)) == ["quiet-hours"]
    assert outcomes(bot.poll(quiet)) == []
    assert len(bot.replies()) == 1
    # the quiet hours are over (here: the setting changed): the night's mention is answered
    assert outcomes(bot.poll(RepliesOptions(cooldown=0))) == ["replied"]
    assert [r["reply"]["parent"]["uri"] for r in bot.replies()].count(night["uri"]) == 1
    with state.database() as db:
        statuses = [(e.status, e.answers) for e in state.history(db) if e.answers]
    assert ("held: quiet-hours", night["uri"]) in statuses


def test_stop_words_are_whole_words() -> None:
    words = RepliesOptions().stop_words
    assert _asks_to_stop("Stop!", words) and _asks_to_stop("please unsubscribe me", words)
    assert not _asks_to_stop("unstoppable, non-stopping", words)
    assert _asks_to_stop("go away now", ["go away"])


@pytest.mark.slow
def test_serve_replies_in_review_mode(appview, bot, monkeypatch, serving, adapter) -> None:  # noqa: F811
    """`bobby serve --replies --review`: its loop polls; each answer waits on the page with
    the post it answers above it; an edit is checked by the gate again; approved, the
    answer goes out once as the reply; rejected, never."""
    as_bot(monkeypatch, bot)
    carol, alice = Person(appview, "carol"), Person(appview, "alice")
    serve = serving(
        "--every", "1h", "--jitter", "0s", "--replies", "--interval", "5", "--review",
        "--adapter-path", str(adapter), *GENERATION, "-n", "4", "--seed", "3",
    )  # fmt: skip
    serve.wait_for("the first poll", lambda: first_start_recorded())
    root = carol.say("a thread about birds")
    mention = alice.say("hello <b>serve</b>", mention=bot, reply_to=(root, root))
    appview.process_all()
    (queued,) = serve.wait_for("the queued answer", lambda: decisions("reply-queued"))
    assert mention["uri"] in queued.detail
    (card,) = queued_replies()
    assert card.replying_to.answers == mention["uri"]

    html = page(serve, "GET", "/")
    assert f"@{alice.handle}" in html and "hello &lt;b&gt;serve&lt;/b&gt;" in html
    assert "<b>serve" not in html and f'id="c-{card.candidate.id}"' in html
    token = re.search(r'"X-Bobby-Token": "([^"]+)"', html)[1]
    refused = page(serve, "POST", f"/review/{card.candidate.id}/approve", token, text="@someone.example hi")  # fmt: skip
    assert "no_mentions" in refused and bot.replies() == []
    edited = f"Hello to you too ({uuid.uuid4().hex[:8]})"
    page(serve, "POST", f"/review/{card.candidate.id}/approve", token, text=edited)
    serve.wait_for("the approved reply", lambda: decisions("reply-replied"))

    other = carol.say("and me?", mention=bot)
    appview.process_all()
    serve.wait_for("a second queued answer", lambda: len(decisions("reply-queued")) == 2)
    (second,) = [item for item in queued_replies() if item.decision is None]
    assert second.replying_to.answers == other["uri"]
    page(serve, "POST", f"/review/{second.candidate.id}/reject", token, reason="not now")
    assert serve.stop() == 0
    (reply,) = bot.replies()
    assert reply["text"] == edited
    assert reply["reply"] == {"root": ref(root), "parent": ref(mention)}
    assert len(decisions("reply-replied")) == 1


def queued_replies() -> list[state.QueueItem]:
    with state.database() as db:
        items = [state.review_queue(db, "one", id=row[0])[0] for row in db.execute(
            "SELECT candidate_id FROM queued_replies ORDER BY candidate_id"
        )]  # fmt: skip
    return items


def page(serve, method: str, path: str, token: str = "", **form: str) -> str:
    """The review page's HTML (GET), or its answer to a form (POST, as htmx sends it)."""
    url = f"http://127.0.0.1:{serve.port}"
    headers = {"Origin": url, "X-Bobby-Token": token} if method == "POST" else {}
    body = urllib.parse.urlencode(form).encode() if method == "POST" else None
    request = urllib.request.Request(url + path, body, headers, method=method)
    with urllib.request.urlopen(request, timeout=60) as answer:
        return answer.read().decode()


def first_start_recorded() -> bool:
    if not Path("data/state.db").exists():
        return False
    with state.database() as db:
        return db.execute("SELECT 1 FROM reply_state WHERE key = 'first_start'").fetchone()


def test_reply_without_a_login_is_one_line(cli) -> None:
    result = cli("reply")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: not logged in") and result.stderr.count("\n") == 1


def test_settings_are_checked() -> None:
    with pytest.raises(InputError, match="per_thread"):
        RepliesOptions(per_thread=0)
    with pytest.raises(InputError, match="quiet_hours"):
        RepliesOptions(quiet_hours="7-7")
    with pytest.raises(InputError, match="stop_words"):
        RepliesOptions(stop_words=[" "])


def as_bot(monkeypatch: pytest.MonkeyPatch, bot: Bot) -> None:
    monkeypatch.setenv("BOBBY_BLUESKY_PDS", bot.options.pds)
    monkeypatch.setenv("BOBBY_BLUESKY_HANDLE", bot.handle)
    monkeypatch.setenv("BOBBY_BLUESKY_APP_PASSWORD", bot.options.app_password)


def test_gates_are_written_with_the_post_and_deleted_with_it(appview, bot, cli, monkeypatch):
    as_bot(monkeypatch, bot)
    result = cli("post", "--text", "gated post", "--reply-gate", "mentioned", "--no-quotes", "--json")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    uri = orjson.loads(result.stdout)["uri"]
    rkey = uri.rsplit("/", 1)[-1]
    threadgate = appview.record("app.bsky.feed.threadgate", rkey, bot.did)["value"]
    assert threadgate["post"] == uri
    assert threadgate["allow"] == [{"$type": "app.bsky.feed.threadgate#mentionRule"}]
    postgate = appview.record("app.bsky.feed.postgate", rkey, bot.did)["value"]
    assert postgate["embeddingRules"] == [{"$type": "app.bsky.feed.postgate#disableRule"}]

    dry = cli("delete", "--last", "--dry-run")
    assert dry.exit_code == 0 and "Would delete" in dry.stderr
    assert appview.record(POST, rkey, bot.did) is not None
    first = cli("delete", "--last")
    assert first.exit_code == 0, first.stderr
    assert f"Deleted {uri}" in first.stderr
    for collection in (POST, "app.bsky.feed.threadgate", "app.bsky.feed.postgate"):
        assert appview.record(collection, rkey, bot.did) is None
    again = cli("delete", "--last")
    assert again.exit_code == 0 and "Nothing to delete" in again.stderr
    with state.database() as db:
        (row,) = state.find_posts(db, "uri = ?", [uri])
        assert row.deleted_at is not None


def test_delete_refuses_what_is_not_the_bots(appview, bot, cli, monkeypatch):
    as_bot(monkeypatch, bot)
    alice = Person(appview, "alice")
    theirs = alice.say("mine, not the bot's")
    result = cli("delete", theirs["uri"])
    assert result.exit_code == 1 and "bobby deletes only its own" in result.stderr
    assert appview.record(POST, theirs["uri"].rsplit("/", 1)[-1], alice.did) is not None
    assert cli("delete").exit_code == 1
    assert "not the at:// URI" in cli("delete", "https://bsky.app/x").stderr
