"""The review page as a person uses it, in a real browser (Debian's chromium, driven by
Playwright), against the real HTTP server of a service without a model (the page and its
rules need none; the real quality gate judges what a person types): what a refused
Approve keeps, where decided cards go, what the page shows live, and the keyboard.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

from bobby import state
from bobby.candidates import Candidate
from tests.test_review import browser  # noqa: F401 (a fixture)
from tests.test_serve_access import Client, loopback_server  # noqa: F401 (a fixture)
from tests.test_serve_logic import ScriptedGenerator

TEXTS = [
    "The lamp is lit and the wind is up over the island tonight.",
    "Counted four gulls on the rail this morning, all of them loud.",
    "Fog again. The horn has been going since six and the tea is cold.",
]
SCHEDULED = [
    "Early ferry at seven, the late one at nine, none on Sundays.",
    "The keeper's cat is asleep on the chart table again.",
]
WHEN = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \S+")  # a date, a time, a zone
DATA_IDS = "cards => cards.map(card => card.dataset.id)"


def test_favicon_and_the_scheduled_list_answer_only_their_owner(loopback_server):  # noqa: F811
    api, _ = loopback_server
    status, headers, icon = Client(api)("GET", "/favicon.ico")
    assert status == 200 and headers["content-type"].startswith("image/svg+xml")
    assert icon.startswith(b"<svg")
    for path in ("/favicon.ico", "/review/scheduled"):
        assert 400 <= Client(api, "evil.example")("GET", path)[0] < 500, path
    status, _, answer = Client(api)("GET", "/review/history?q=" + "x" * 201)
    assert status == 400 and b"at most 200 characters" in answer


def test_undo_and_the_scheduled_order_answer_only_their_owner(loopback_server):  # noqa: F811
    """Un-approve, bring back, Earlier and Later change the state: each needs the page's
    Origin and token, like every other; what the state no longer allows is a 409 in one
    JSON line."""
    api, _ = loopback_server
    call = Client(api)
    csrf = re.search(rb'X-Bobby-Token": "([^"]+)"', call("GET", "/")[2])[1].decode()
    with state.database() as db:
        [rejected] = state.add_candidates(db, [Candidate("a candidate someone rejected")])
        state.add_review(db, rejected.id, "queued")
        state.add_review(db, rejected.id, "rejected")
    own = {"Origin": call.origin, "X-Bobby-Token": csrf}
    for action in ("unapprove", "unreject", "earlier", "later"):
        path = f"/review/{rejected.id}/{action}"
        assert call("POST", path, b"", **{**own, "Origin": "http://evil.example"})[0] == 403
        assert call("POST", path, b"", Origin=call.origin)[0] == 403  # no token
        assert Client(api, "evil.example")("POST", path, b"", **own)[0] == 403
        assert call("POST", f"/review/0/{action}", b"", **own)[0] == 400
    status, _, answer = call("POST", f"/review/{rejected.id}/unapprove", b"", **own)
    assert status == 409
    assert json.loads(answer) == {
        "error": f"candidate {rejected.id} was rejected, not approved: there is nothing to take back"
    }
    status, _, answer = call("POST", f"/review/{rejected.id}/later", b"", **own)
    assert status == 409 and b"does not wait for a slot" in answer
    status, _, answer = call("POST", f"/review/{rejected.id}/unreject", b"", **own)
    assert status == 200 and f'id="c-{rejected.id}"'.encode() in answer


def test_the_history_search_finds_text_and_status_in_every_kind_of_row(isolated):
    with state.database() as db:
        _, second, _ = state.add_candidates(db, [Candidate(text) for text in TEXTS])
        state.add_review(db, second.id, "queued")
        state.add_review(db, second.id, "rejected", reason="not the GULLS again")
        everything = state.history(db)
        assert state.history(db, search="") == everything
        gulls = state.history(db, search="gulls")
        assert [(e.status, e.text) for e in gulls] == [
            ("review: rejected", f"{TEXTS[1]} [reason: not the GULLS again]"),
            ("generated", TEXTS[1]),
        ]
        assert [e.text for e in state.history(db, search="REVIEW: reject")] == [gulls[0].text]
        assert state.history(db, 1, 1, search="gulls") == gulls[1:]
        assert state.history(db, search="no such words") == []


def test_the_review_queue_in_a_browser(loopback_server, browser):  # noqa: F811
    from playwright.sync_api import expect

    api, service = loopback_server
    service.generator = ScriptedGenerator()  # the real gate, no model
    service.next_at = datetime.now().astimezone() + timedelta(hours=1)
    with state.database() as db:
        # approved before the page opens: two posts waiting for their slots
        approved = [Candidate(SCHEDULED[0], style=0.6), Candidate(SCHEDULED[1])]
        early, later = (c.id for c in state.add_candidates(db, approved))
        judged = [
            Candidate(text, verdict=service.generator.gate.check(text), style=style)
            for text, style in zip(TEXTS, (0.35, 0.9, None), strict=True)
        ]
        ids = [c.id for c in state.add_candidates(db, judged)]
        for candidate in (early, later, *ids):
            state.add_review(db, candidate, "queued")
        for candidate in (early, later):
            state.add_review(db, candidate, "approved")
    first, second, third = ids
    page = browser.new_page(viewport={"width": 420, "height": 900})
    page.goto(f"http://127.0.0.1:{api.port}/")
    queue = page.locator("#queue")
    expect(queue.locator(".card.open")).to_have_count(3)
    assert not page.locator("nav.pages").count()  # one page of history: no page label

    # Each card shows its style score.
    expect(page.locator(f"#c-{second} .score")).to_have_text("style 0.90")
    expect(page.locator(f"#c-{third} .score")).to_have_text("no style score")

    # Each candidate's checks, with their scores (the gate's length check counts 60).
    checks = page.locator(f"#v-{first} details.checks")
    expect(checks.locator("summary")).to_have_text(re.compile(r"(\d+) of \1 checks pass"))
    checks.locator("summary").click()
    expect(checks.locator("tr", has_text="fits")).to_contain_text(str(len(TEXTS[0])))

    # A preview as Bluesky will show it, as it is typed: the link and the tag as facets.
    page.fill(f"#t-{first}", "the tide tables are at https://example.com/tides #tide")
    preview = page.locator(f"#v-{first} .preview")
    expect(preview.locator(".facet.link")).to_have_text("https://example.com/tides")
    expect(preview.locator(".facet.tag")).to_have_text("#tide")
    expect(preview.locator(".about")).to_contain_text("languages none · no link card")

    # A refused Approve keeps what the person typed, with the gate's verdict on it.
    typed = "This edit is far too long for Bluesky. " * 9
    page.fill(f"#t-{first}", typed)
    page.click(f"#c-{first} button.approve")
    expect(page.locator(f"#c-{first} .refused")).to_be_visible()
    assert page.locator(f"#t-{first}").input_value() == typed
    expect(page.locator(f"#v-{first} .count")).to_have_text(f"{len(typed.strip())}/300")

    # Approve, then Undo (the key u): it waits for a person again, as it was.
    page.click(f"#c-{second} button.approve")
    expect(page.locator("#toast-text")).to_have_text(f"Approved #{second}.")
    expect(page.locator(f"#scheduled #s-{second}")).to_have_count(1)
    page.keyboard.press("u")
    expect(page.locator(f"#c-{second}.open textarea")).to_have_value(TEXTS[1])
    expect(page.locator(f"#scheduled #s-{second}")).to_have_count(0)
    expect(page.locator("#toast")).to_be_hidden()
    expect(page.locator("#history")).to_contain_text("review: unapproved")

    # Approved: the card says so, then leaves "Waiting for you" for "Scheduled", with the
    # time it goes out (after the two approved before it); the history shows the
    # decision without a reload.
    page.click(f"#c-{second} button.approve")
    expect(page.locator(f"#c-{second} .decision")).to_contain_text("approved")
    expect(queue.locator(f"#c-{second}")).to_have_count(0)
    scheduled = page.locator(f"#scheduled #s-{second}")
    expect(scheduled).to_contain_text(TEXTS[1])
    expect(scheduled.locator(".when")).to_have_text(re.compile(r"about " + WHEN.pattern))
    expect(page.locator("#history")).to_contain_text("review: approved")
    row = page.locator("#history tr", has_text="review: approved").locator("td").first
    assert WHEN.fullmatch(row.inner_text().strip()), row.inner_text()
    assert WHEN.search(scheduled.locator(".meta").inner_text())

    # Reorder the Scheduled list: Later, then Enter on the button the keyboard is left on;
    # the times are recomputed (the first at the next slot), the order is the database's.
    def in_schedule() -> list[int]:
        return [int(i) for i in page.locator("#scheduled .card").evaluate_all(DATA_IDS)]

    assert in_schedule() == [early, later, second]
    next_slot = page.locator(f"#s-{early} .when").inner_text()
    assert next_slot.startswith("at ") and WHEN.search(next_slot)
    expect(page.locator(f"#s-{early} button.earlier")).to_be_disabled()
    page.click(f"#s-{early} button.later")
    expect(page.locator(f"#s-{later} .when")).to_have_text(next_slot)
    assert in_schedule() == [later, early, second]
    expect(page.locator(f"#s-{early} button.later")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#scheduled .card").last).to_have_id(f"s-{early}")
    expect(page.locator(f"#s-{early} button.earlier")).to_be_focused()  # Later is no more
    with state.database() as db:  # what a restarted serve reads, and posts in this order
        assert [i.candidate.id for i in state.review_queue(db, "waiting")] == [later, second, early]

    # Un-approve: it goes back to "Waiting for you" (in its place: older than the rest).
    page.click(f"#s-{early} button.unapprove")
    expect(queue.locator(".card.open").last).to_have_id(f"c-{early}")
    expect(page.locator(f"#t-{early}")).to_have_value(SCHEDULED[0])
    expect(page.locator(f"#scheduled #s-{early}")).to_have_count(0)
    # One that serve has begun to post (its post written, pending) cannot be: the page
    # says why, and the post goes out once.
    with state.database() as db:
        state.write_post(db, state.Post(SCHEDULED[1], "3kaaaaaaaaa22", "", candidate_id=later))
    page.click(f"#s-{later} button.unapprove")
    refused = f"candidate {later} cannot be un-approved: it is being posted"
    expect(page.locator("#flash")).to_have_text(refused)
    expect(page.locator(f"#scheduled #s-{later}")).to_have_count(0)

    # The keyboard: j to the next card, r rejects it, u brings it back; e edits, Esc
    # leaves the box.
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    expect(page.locator(f"#c-{third}.current")).to_have_count(1)  # the newest comes first
    page.keyboard.press("e")
    expect(page.locator(f"#t-{third}")).to_be_focused()
    page.keyboard.press("Escape")
    page.keyboard.press("r")
    expect(page.locator(f"#c-{third} .decision")).to_contain_text("rejected")
    expect(page.locator("#toast-text")).to_have_text(f"Rejected #{third}.")
    page.keyboard.press("u")
    expect(page.locator(f"#c-{third}.open")).to_have_count(1)
    page.keyboard.press("r")
    expect(queue.locator(f"#c-{third}")).to_have_count(0)
    expect(page.locator("#history")).to_contain_text("review: unrejected")
    expect(queue.locator(".card.open")).to_have_count(2)  # the refused one, the un-approved
    with state.database() as db:
        assert [item.candidate.id for item in state.review_queue(db, "waiting")] == [second]

    # Search the history: only the rows that hold the words, as they are typed.
    page.fill("#history-search", "gulls")
    expect(page.locator("#history tbody tr")).to_have_count(4)  # approved twice, un-, generated
    for row in page.locator("#history tbody tr").all():
        assert "gulls" in row.inner_text()
    page.fill("#history-search", "")
    expect(page.locator("#history tbody tr")).to_have_count(14)

    # Sort by score (the style score, then the gate), remembered across a reload.
    def waiting() -> list[int]:
        return [int(i) for i in queue.locator(".card.open").evaluate_all(DATA_IDS)]

    assert waiting() == [first, early]  # newest first
    page.select_option("#sort", "score")
    assert waiting() == [early, first]
    page.reload()
    expect(page.locator("#sort")).to_have_value("score")
    assert waiting() == [early, first]

    # Reject all: asked first, then every card waiting is rejected; one Undo brings them
    # all back, in their order; again, and they are gone.
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#reject-all")
    expect(page.locator("#toast-text")).to_have_text("Rejected 2 candidates.")
    page.click("#undo")
    expect(queue.locator(".card.open")).to_have_count(2)
    assert waiting() == [early, first]
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#reject-all")
    expect(queue.locator("#queue-empty")).to_be_visible(timeout=15_000)
    with state.database() as db:
        assert state.count_open(db) == 0
        assert [item.candidate.id for item in state.review_queue(db, "waiting")] == [second]
