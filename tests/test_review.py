"""The review page of `bobby serve`: the queue's rules in the state database (fast), and
one integration test in a real browser (Debian's chromium, driven by Playwright) against a
real `bobby serve --review` process with SmolLM2 and a random adapter, posting to the real
local PDS, SIGKILLed once right after an approval and started again.

A missing browser is a failure in CI (CI=true or BOBBY_REQUIRE_PDS=1, as for the PDS) and
a skip with its reason elsewhere. The waits have generous deadlines that only a hung
process reaches; nothing asserts how long anything took.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import uuid
from datetime import datetime
from pathlib import Path

import pytest

from bobby import state, style
from bobby.candidates import Candidate
from bobby.errors import InputError
from bobby.gate import Gate, GateOptions
from bobby.serve.api import check_page
from bobby.serve.page import marked, render
from bobby.serve.responses import BadRequest, Forbidden
from tests.test_post_pds import as_bot, copies, rows
from tests.test_serve import DEADLINE, adapter, decisions, serving  # noqa: F401 (fixtures)

PORT = 8765
# A post of the person's (data/posts.jsonl) that an edit on the page copies from.
THEIR_POST = "The keeper counted three trawlers and a ferry before the fog rolled in."
# What the bot's style score learns from, as `bobby train` would: the person's posts, and
# posts an adapter wrote (here, generic ones), so that each card carries a score.
THEIR_STYLE = [
    THEIR_POST,
    "Fog again. The horn has been going since six and the tea is cold.",
    "Counted four gulls on the rail this morning, all of them loud.",
    "The lamp is lit and the wind is up over the island tonight.",
    "Rain on the glass, a kettle on, the ferry late as ever.",
    "Painted the rail white again. The sea will have it grey by spring.",
    "A seal on the slipway at low tide, watching me watch it.",
    "Night shift. Three ships, one fishing boat, no moon.",
]
ADAPTER_STYLE = [
    "I'm thrilled to share my latest project with all of you!",
    "As an AI, I love helping people write better content.",
    "Here are five tips to boost your productivity today.",
    "Excited to announce that our new product is finally here!",
    "Let me know your thoughts in the comments below.",
    "Hey there, it's me, and I'm here to tell you a story.",
    "Don't forget to like and subscribe for more great content.",
    "This is an amazing opportunity to learn something new.",
]
# What a person writes instead of a candidate the gate refused.
EDITS = [
    "Low tide at noon, and the seals are back on the slipway.",
    "Wind from the north all day. The boat stayed in.",
]
OWN = {"Host": f"127.0.0.1:{PORT}", "Origin": f"http://127.0.0.1:{PORT}"}


def test_one_final_decision_per_candidate_whoever_clicks(isolated):
    """Two tabs, a double click, a reload: the first decision stands, nothing is added."""
    with state.database() as db:
        a, b = state.add_candidates(db, [Candidate("first text"), Candidate("second text")])
        assert state.add_review(db, a.id, "queued") is not None
        assert state.add_review(db, a.id, "queued") is None
        state.add_review(db, b.id, "queued")
        assert state.add_review(db, a.id, "edited", text="first, edit") is not None
        assert state.add_review(db, a.id, "approved", text="first, edited") is not None
        assert state.add_review(db, a.id, "approved") is None
        assert state.add_review(db, a.id, "post-now") is None
        assert state.add_review(db, a.id, "rejected") is None
        assert state.add_review(db, a.id, "edited", text="too late") is None
        state.add_review(db, b.id, "rejected", reason="not me")
        [waiting] = state.review_queue(db, "waiting")
        assert (waiting.candidate.text, waiting.decision, waiting.edited) == (
            "first, edited",
            "approved",
            True,
        )
        assert state.review_queue(db, "open") == [] and state.count_open(db) == 0
        with pytest.raises(InputError, match="not in the review queue"):
            [c] = state.add_candidates(db, [Candidate("never queued")])
            state.add_review(db, c.id, "approved")
        with pytest.raises(InputError, match="no candidate 999"):
            state.add_review(db, 999, "queued")
        statuses = [(e.status, e.text) for e in state.history(db)]
        assert ("review: rejected", "second text [reason: not me]") in statuses
        assert ("review: approved", "first, edited") in statuses
        edits = [text for status, text in statuses if status == "review: edited"]
        assert edits == ["first, edited", "first, edit"]  # the approval recorded its edit
        assert len(state.history(db, 2, offset=1)) == 2


def test_a_decision_is_taken_back_by_a_later_record_never_by_deleting_one(isolated):
    """Un-approve (the edit kept) and bring back a rejection: the candidate waits for a
    person again and takes one new final decision; each taking back is recorded once, and
    only a decision of its own kind is taken back."""
    with state.database() as db:
        a, b = state.add_candidates(db, [Candidate("first text"), Candidate("second text")])
        for candidate in (a, b):
            state.add_review(db, candidate.id, "queued")
        state.add_review(db, a.id, "approved", text="first, edited")
        state.add_review(db, b.id, "rejected", reason="not me")
        with pytest.raises(state.ReviewConflict, match=f"candidate {a.id} was approved"):
            state.add_review(db, a.id, "unrejected")
        with pytest.raises(state.ReviewConflict, match=f"candidate {b.id} was rejected"):
            state.add_review(db, b.id, "unapproved")
        undone = state.add_review(db, a.id, "unapproved")
        assert (undone.text, undone.round) == ("first, edited", 0)
        assert state.add_review(db, a.id, "unapproved") is None  # a second click, another tab
        rejected = f"SELECT {state.rejection_stands('c')} FROM (SELECT ? AS candidate_id) c"
        assert db.execute(rejected, (b.id,)).fetchone()[0] == 1  # bobby.reply counts on it
        assert state.add_review(db, b.id, "unrejected") is not None
        assert db.execute(rejected, (b.id,)).fetchone()[0] == 0
        assert state.count_open(db) == 2 and state.review_queue(db, "waiting") == []
        [back] = state.review_queue(db, "one", id=a.id)
        assert (back.candidate.text, back.edited, back.decision) == ("first, edited", True, None)
        assert state.add_review(db, a.id, "rejected").round == 1  # a new decision, once
        assert state.add_review(db, a.id, "approved") is None
        statuses = [e.status for e in state.history(db) if e.text.startswith("first")]
        assert statuses[:3] == ["review: rejected", "review: unapproved", "review: approved"]
        # the database itself: one final decision, and one taking back, per round
        for action in ("approved", "unrejected"):
            with pytest.raises(sqlite3.IntegrityError):
                db.execute(
                    "INSERT INTO reviews (candidate_id, time, action, round) VALUES (?, '', ?, 0)",
                    (a.id, action),
                )


def test_an_approval_and_its_post_exclude_each_other(isolated):
    """Exactly once: the post of a queued candidate is written only while its approval
    stands, and an approval whose post exists (pending, sent, a dry run's) cannot be
    withdrawn. Both are checked under the write lock, so whichever comes first wins."""
    with state.database() as db:
        sent, withdrawn, dry, elsewhere = state.add_candidates(
            db, [Candidate(text) for text in ("sent", "withdrawn", "dry", "not queued")]
        )
        for candidate in (sent, withdrawn, dry):
            state.add_review(db, candidate.id, "queued")
            state.add_review(db, candidate.id, "approved")
        state.write_post(db, post_of(sent))
        with pytest.raises(state.ReviewConflict, match="cannot be un-approved: it is being posted"):
            state.add_review(db, sent.id, "unapproved")
        state.add_dry_run(db, dry.id, "dry")
        with pytest.raises(state.ReviewConflict, match="a dry run posted it"):
            state.add_review(db, dry.id, "unapproved")
        state.add_review(db, withdrawn.id, "unapproved")
        with pytest.raises(state.NotApproved, match="was un-approved before it went out"):
            state.write_post(db, post_of(withdrawn))
        with pytest.raises(state.NotApproved):
            state.add_dry_run(db, withdrawn.id, "withdrawn")
        state.write_post(db, post_of(elsewhere))  # not in the queue: no approval needed
        posted = db.execute("SELECT candidate_id FROM posts ORDER BY id").fetchall()
        assert [row[0] for row in posted] == [sent.id, elsewhere.id]
        assert state.review_queue(db, "waiting") == []
        assert [item.candidate.id for item in state.review_queue(db)] == [withdrawn.id]


def post_of(candidate: Candidate) -> state.Post:
    return state.Post(
        candidate.text, f"3kaaaaaaaa{candidate.id:03}", state.timestamp(), candidate_id=candidate.id
    )


def test_the_scheduled_order_is_a_persons_and_survives_a_restart(isolated):
    """Earlier / Later move an approved post among those waiting for a slot, no further
    than the ends; a post now stays first; an approval made again after an un-approve
    starts at the end; the order is in the database, so a new connection (a restart of
    serve) reads it, and serve posts in it."""
    with state.database() as db:
        made = state.add_candidates(db, [Candidate(f"post {n}") for n in range(4)])
        a, b, c, now = (candidate.id for candidate in made)
        for candidate in made:
            state.add_review(db, candidate.id, "queued")
        for candidate in (a, b, c):
            state.add_review(db, candidate, "approved")
        state.add_review(db, now, "post-now")

        def order() -> list[int]:
            with state.database() as fresh:
                return [item.candidate.id for item in state.review_queue(fresh, "waiting")]

        assert order() == [now, a, b, c]
        state.move_scheduled(db, c, -1)
        assert order() == [now, a, c, b]
        state.move_scheduled(db, a, -1)  # first already
        state.move_scheduled(db, b, 1)  # last already
        assert order() == [now, a, c, b]
        state.move_scheduled(db, a, 1)
        assert order() == [now, c, a, b]
        state.add_review(db, c, "unapproved")
        assert order() == [now, a, b]
        state.add_review(db, c, "approved")
        assert order() == [now, a, b, c]  # approved again: at the end
        for not_waiting in (now, made[0].id + 99):
            with pytest.raises(state.ReviewConflict, match="does not wait for a slot"):
                state.move_scheduled(db, not_waiting, 1)


def test_a_database_from_before_undo_keeps_its_decisions(isolated):
    """0009 makes the reviews table again (SQLite cannot change a CHECK): every row and
    id is kept, and each candidate still takes one final decision."""
    path = isolated / "old.db"
    old = sqlite3.connect(path, isolation_level=None)
    old.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for name, step in state.MIGRATIONS[:8]:
        step(old)
        old.execute("INSERT INTO migrations VALUES (?, '')", (name,))
    old.execute(
        """INSERT INTO candidates (id, created_at, text, sampling) VALUES
           (1, '', 'kept', '{}'), (2, '', 'also kept', '{}')"""
    )
    rows = [(5, 1, "queued"), (6, 1, "approved"), (7, 2, "queued"), (9, 2, "rejected")]
    insert = "INSERT INTO reviews (id, candidate_id, time, action) VALUES (?, ?, '', ?)"
    old.executemany(insert, rows)
    old.close()
    with state.database(path) as db:
        kept = db.execute("SELECT id, candidate_id, action FROM reviews")
        assert [tuple(row) for row in kept] == rows
        [waiting] = state.review_queue(db, "waiting")
        assert (waiting.candidate.text, waiting.decision) == ("kept", "approved")
        assert state.add_review(db, 1, "rejected") is None
        assert state.add_review(db, 2, "unrejected").round == 0
        assert state.count_open(db) == 1


def test_the_page_needs_its_origin_and_its_token():
    check_page(OWN, "GET", PORT, "token")
    check_page({"Host": OWN["Host"]}, "GET", PORT, "token")
    check_page({**OWN, "X-Bobby-Token": "token"}, "POST", PORT, "token")
    for headers in (
        {**OWN, "X-Bobby-Token": "stale"},
        {**OWN},
        {"Host": OWN["Host"], "X-Bobby-Token": "token"},  # no Origin
        {**OWN, "Origin": "http://evil.example", "X-Bobby-Token": "token"},
        {**OWN, "Host": "evil.example", "X-Bobby-Token": "token"},
    ):
        with pytest.raises(Forbidden):
            check_page(headers, "POST", PORT, "token")
    with pytest.raises(BadRequest):
        check_page({"Host": "evil.example"}, "GET", PORT, "token")


def test_the_closest_post_is_shown_escaped_with_the_shared_words_marked():
    """Both texts are untrusted (a post from an archive, a model's output): escaped, with
    only the page's own <mark> around the words they share."""
    post = '<img src=x onerror="alert(1)"> the keeper counted three trawlers and a ferry today'
    text = "<script>alert(2)</script> the keeper counted three trawlers and a ferry again"
    verdict = Gate(GateOptions(), [post]).check(text)
    html = render("verdict.html", verdict=verdict, size=len(text))
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html
    assert html.count("<mark>the keeper counted three trawlers and a ferry</mark>") == 2
    assert "no_copied_run" in html and "closest earlier post" in html
    assert str(marked("a <b> c", [(9, 12), (2, 5), (1, 0)])) == "a <mark>&lt;b&gt;</mark> c"


def _missing(why: str) -> None:
    if os.environ.get("CI") == "true" or os.environ.get("BOBBY_REQUIRE_PDS") == "1":
        pytest.fail(f"the browser tests must run here, but {why}")
    pytest.skip(why)


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium, launched by Playwright (never `playwright install`)."""
    executable = shutil.which("chromium")
    if executable is None:
        _missing("no chromium on PATH (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, args=["--disable-dev-shm-usage"]
        )
        yield launched
        launched.close()


def due(serve) -> bool:
    """Whether serve's next slot is due (its time has come)."""
    next_at = serve.call("GET", "/health")[1]["next_post_at"]
    return datetime.fromisoformat(next_at) < datetime.now().astimezone()


def card_texts(page) -> dict[int, str]:
    """The open cards on a page: candidate id -> text in its box."""
    boxes = page.locator(".card.open textarea")  # read at once: a card may change meanwhile
    pairs = boxes.evaluate_all(
        "all => all.map(box => [box.closest('.card').dataset.id, box.value])"
    )
    return {int(id): text for id, text in pairs}


@pytest.mark.slow
@pytest.mark.pds
def test_review_page_in_a_browser(pds, monkeypatch, serving, adapter, browser, tmp_path):  # noqa: F811
    from playwright.sync_api import expect

    as_bot(monkeypatch, pds)
    Path("data").mkdir(exist_ok=True)
    Path("data/posts.jsonl").write_text(json.dumps({"text": THEIR_POST}) + "\n")
    styled = tmp_path / "styled"  # the adapter, with the style score `bobby train` writes
    shutil.copytree(adapter, styled)
    style.fit(THEIR_STYLE, ADAPTER_STYLE).save(styled)
    arguments = (
        "--review", "--jitter", "0s", "--queue-size", "1",
        "--adapter-path", str(styled), "--max-tokens", "48", "--min-chars", "5",
    )  # fmt: skip
    serve = serving("--every", "1s", *arguments)
    url = f"http://127.0.0.1:{serve.port}/"
    timeout = DEADLINE * 1000
    # The schedule queues one candidate that passed the gate, then waits for a person.
    [queued] = serve.wait_for("the schedule to queue a candidate", lambda: decisions("queued"))
    serve.wait_for("a full queue", lambda: decisions("queue-full"))
    assert not decisions("posted")  # nothing goes out that nobody approved

    page = browser.new_page(viewport={"width": 420, "height": 900})  # a phone's width
    page.goto(url)
    expect(page.locator("#mode")).to_have_text("review")
    [scheduled] = list(card_texts(page))
    page.evaluate("window.notReloaded = true")

    # Generate from the form: the candidates appear while the page stays as it is.
    page.fill("input[name=n]", "4")
    page.fill("input[name=max_tokens]", "16")
    page.click("#generate button[type=submit]")
    expect(page.locator(".card.open")).to_have_count(5, timeout=timeout)
    assert page.evaluate("window.notReloaded") is True
    expect(page.locator("#generating")).to_have_text("", timeout=timeout)
    expect(page.locator("#pds")).to_have_text("answers", timeout=timeout)  # asked aside
    generated = sorted(set(card_texts(page)) - {scheduled})
    texts = card_texts(page)
    assert all(
        re.fullmatch(r"style \d\.\d\d", score) for score in page.locator(".score").all_inner_texts()
    )

    # Approve the schedule's candidate as it is: exactly one record with that text.
    page.click(f"#c-{scheduled} button.approve")
    expect(page.locator(f"#c-{scheduled} .decision")).to_contain_text("approved")
    approved = texts[scheduled]
    serve.wait_for("the approved post", lambda: copies(pds, approved))

    # Edit, see the gate's verdict change as you type, then approve: the edit is posted.
    # A text copying the person's post shows that post, the shared words marked in both
    # (and the typed markup as text).
    first = generated[0]
    page.fill(
        f"#t-{first}", "<b>Today</b> the keeper counted three trawlers and a ferry before noon"
    )
    novelty = page.locator(f"#v-{first} .novelty")
    shared = "keeper counted three trawlers and a ferry before"
    expect(novelty.locator(".closest mark")).to_have_text(f"The {shared}", timeout=timeout)
    expect(novelty.locator(".mine mark")).to_have_text(f"the {shared}")
    expect(novelty.locator(".mine")).to_contain_text("<b>Today</b>")
    expect(page.locator(f"#v-{first}")).to_contain_text("no_copied_run")
    page.fill(f"#t-{first}", "@someone.example wrote this")
    expect(page.locator(f"#v-{first}")).to_contain_text("no_mentions", timeout=timeout)
    edited = f"A person rewrote this one on the review page ({uuid.uuid4().hex[:8]})."
    page.fill(f"#t-{first}", edited)
    expect(page.locator(f"#v-{first}")).to_contain_text("passes the gate", timeout=timeout)
    page.click(f"#c-{first} button.approve")
    expect(page.locator(f"#c-{first} .decision")).to_contain_text("approved")
    serve.wait_for("the edited post", lambda: copies(pds, edited))

    # Reject with a reason: recorded, never posted.
    second = generated[1]
    page.fill(f"#r-{second}", "not my voice")
    page.click(f"#c-{second} button.reject")
    expect(page.locator(f"#c-{second} .decision")).to_contain_text("rejected")

    # Regenerate: the candidate is rejected ("regenerated") and a new one with its
    # settings appears, without a reload.
    fourth = generated[3]
    shown = set(card_texts(page))
    page.click(f"#c-{fourth} button.regenerate")
    expect(page.locator(f"#c-{fourth} .decision")).to_contain_text("rejected")
    expect(page.locator(f"#c-{fourth} .decision")).to_contain_text("regenerated")
    fresh = page.locator(".card.open" + "".join(f":not(#c-{i})" for i in shown))
    expect(fresh).to_have_count(1, timeout=timeout)
    expect(fresh.locator(".meta")).to_contain_text("16 tokens")
    assert int(fresh.get_attribute("data-id")) > max(shown)
    assert page.evaluate("window.notReloaded") is True
    assert copies(pds, texts[fourth]) == []

    # Another origin, a foreign Host, no token: refused, and nothing changed.
    status, _ = serve.call("POST", f"/review/{second}/approve", b"", Origin="http://evil.example")
    assert status == 403
    assert serve.call("GET", "/", Host="evil.example")[0] == 403
    status, answer = serve.call("POST", "/review/pause", b"", Origin=url.rstrip("/"))
    assert status == 403 and "token" in answer["error"]

    # Pause: the schedule stops; "post now" still posts. Once the next slot is due, a
    # running schedule takes that slot before any request, so a request answered with
    # no slot decided before it shows the schedule is paused.
    page.click("#pause")
    expect(page.locator("#resume")).to_be_visible()
    serve.wait_for("the pause to be logged", lambda: decisions("paused"))
    serve.wait_for("the next slot to be due", lambda: due(serve))
    before = len(decisions())

    # Two pages post the same candidate now (both with the same edit), and serve is
    # SIGKILLed right after (its post sent, half sent or not at all) and started again on
    # the same folder: one post, one edit.
    third = generated[2]
    other = browser.new_page()  # a stale tab: its live updates do not arrive
    other.route("**/review/events", lambda route: route.abort())
    other.goto(url)
    both = f"Posted from two tabs at once ({uuid.uuid4().hex[:8]})."
    page.fill(f"#t-{third}", both)
    other.fill(f"#t-{third}", both)
    page.click(f"#c-{third} button.post-now")
    other.click(f"#c-{third} button.post-now")
    expect(other.locator(f"#c-{third} .decision")).to_contain_text("post-now")
    assert serve.stop(signal.SIGKILL) == -signal.SIGKILL
    assert "Traceback" not in serve.log.read_text()
    # A kill between the row saying posted and serve's line about it loses only the line
    # (the row is the truth); a post the killed serve had not finished, the next one logs.
    finished = [r.status for r in rows(both)] == ["posted"]
    logged = len(posted_lines(both))
    starts = len(decisions("started"))
    serve = serving("--every", "1h", *arguments)  # no slot comes: what a start does
    # (the killed serve may have posted and logged it all: then only this tells that the
    # new one is up, with its signal handlers, before the SIGTERM below)
    serve.wait_for("serve to start again", lambda: len(decisions("started")) > starts)
    serve.wait_for("the post from two tabs", lambda: copies(pds, both))
    serve.wait_for("its row to say posted", lambda: [r.status for r in rows(both)] == ["posted"])
    if not finished:
        serve.wait_for("its line in serve's log", lambda: posted_lines(both))  # after the row's
    lines = 1 if not finished else logged
    assert [d.action for d in decisions()[before:] if d.action != "started"] == ["posted"] * lines

    # The page of the restarted serve, as the README shows it: more candidates, sorted by
    # score; two approved in another tab wait in Scheduled for the next slot (an hour
    # away), each with its time.
    url = f"http://127.0.0.1:{serve.port}/"
    page.goto(url)
    page.fill("input[name=n]", "3")
    page.click("#generate button[type=submit]")
    expect(page.locator(".card.open")).to_have_count(4, timeout=timeout)
    expect(page.locator("#generating")).to_have_text("", timeout=timeout)
    page.select_option("#sort", "score")
    other.goto(url)
    rewritten = 0
    for candidate, edit in zip(sorted(card_texts(page))[-2:], EDITS, strict=True):
        if "failed" in other.locator(f"#c-{candidate}").get_attribute("class"):
            other.fill(f"#t-{candidate}", edit)  # the gate refused it: the person rewrites it
            rewritten += 1
        other.click(f"#c-{candidate} button.approve")
        expect(other.locator(f"#c-{candidate} .decision")).to_contain_text("approved")
    expect(page.locator("#scheduled .card")).to_have_count(2)
    expect(page.locator("#queue .card")).to_have_count(2)  # the approved ones have left
    expect(page.locator("#scheduled .card .when").first).to_have_text(re.compile(r"^at \d{4}-"))
    expect(page.locator("#scheduled-count")).to_have_text("2", timeout=timeout)
    expect(page.locator("#state")).to_have_text("waiting")
    waiting = page.locator("#scheduled .card .text").all_inner_texts()
    history = page.evaluate(
        "scrollY + document.getElementById('history').getBoundingClientRect().top"
    )
    clip = {"x": 0, "y": 0, "width": 420, "height": history + 300}  # and a few history rows
    page.screenshot(path=tmp_path / "review.png", full_page=True, clip=clip)
    if target := os.environ.get("REVIEW_SCREENSHOT"):  # scripts/review_screenshot.sh
        shutil.copy(tmp_path / "review.png", target)

    assert serve.stop(signal.SIGTERM) == 0
    assert "Traceback" not in serve.log.read_text()
    # Exactly once, each: the approved, the edited, the one approved twice; the rejected never.
    for text in (approved, edited, both):
        assert len(copies(pds, text)) == 1 and [r.status for r in rows(text)] == ["posted"]
    assert copies(pds, texts[second]) == [] and copies(pds, texts[first]) == []
    assert [len(posted_lines(text)) for text in (approved, edited, both)] == [1, 1, lines]
    assert len(decisions("posted")) == 2 + lines and queued.detail.startswith(repr(approved))
    with state.database() as db:
        entries = state.history(db)
    actions = [e.status for e in entries if e.status.startswith("review:")]
    assert sorted(actions) == sorted(
        ["review: approved"] * 4 + ["review: post-now"] + ["review: rejected"] * 2
        + ["review: edited"] * (2 + rewritten)
    )  # fmt: skip
    for text in waiting:  # approved, and the slot never came: not posted
        assert copies(pds, text) == [] and rows(text) == []
    assert f"{texts[fourth]} [reason: regenerated]" in [e.text for e in entries]
    assert Path(tmp_path / "review.png").stat().st_size > 0


def posted_lines(text: str) -> list[state.Decision]:
    """serve's "posted" log lines about `text`."""
    return [d for d in decisions("posted") if repr(text) in d.detail]
