"""The review page as a person uses it, in a real browser (Debian's chromium, driven by
Playwright), against the real HTTP server of a service without a model (the page and its
rules need none; the real quality gate judges what a person types): what a refused
Approve keeps, where decided cards go, what the page shows live, and the keyboard.
"""

from __future__ import annotations

import re

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
WHEN = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \S+")  # a date, a time, a zone


def test_favicon_and_the_scheduled_list_answer_only_their_owner(loopback_server):  # noqa: F811
    api, _ = loopback_server
    status, headers, icon = Client(api)("GET", "/favicon.ico")
    assert status == 200 and headers["content-type"].startswith("image/svg+xml")
    assert icon.startswith(b"<svg")
    for path in ("/favicon.ico", "/review/scheduled"):
        assert 400 <= Client(api, "evil.example")("GET", path)[0] < 500, path
    status, _, answer = Client(api)("GET", "/review/history?q=" + "x" * 201)
    assert status == 400 and b"at most 200 characters" in answer


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
    with state.database() as db:
        judged = [Candidate(text, verdict=service.generator.gate.check(text)) for text in TEXTS]
        ids = [c.id for c in state.add_candidates(db, judged)]
        for candidate in ids:
            state.add_review(db, candidate, "queued")
    first, second, third = ids
    page = browser.new_page(viewport={"width": 420, "height": 900})
    page.goto(f"http://127.0.0.1:{api.port}/")
    queue = page.locator("#queue")
    expect(queue.locator(".card.open")).to_have_count(3)
    assert not page.locator("nav.pages").count()  # one page of history: no page label

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

    # Approved: the card says so, then leaves "Waiting for you" for "Scheduled", with the
    # time it goes out; the history shows the decision without a reload.
    page.click(f"#c-{second} button.approve")
    expect(page.locator(f"#c-{second} .decision")).to_contain_text("approved")
    expect(queue.locator(f"#c-{second}")).to_have_count(0)
    scheduled = page.locator(f"#scheduled #s-{second}")
    expect(scheduled).to_contain_text(TEXTS[1])
    expect(scheduled.locator(".when")).to_have_text("at the first slot")
    expect(page.locator("#history")).to_contain_text("review: approved")
    row = page.locator("#history tr", has_text="review: approved").locator("td").first
    assert WHEN.fullmatch(row.inner_text().strip()), row.inner_text()
    assert WHEN.search(scheduled.locator(".meta").inner_text())

    # The keyboard: j to the next card, r rejects it; e edits, Esc leaves the box.
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    expect(page.locator(f"#c-{third}.current")).to_have_count(1)  # the newest comes first
    page.keyboard.press("e")
    expect(page.locator(f"#t-{third}")).to_be_focused()
    page.keyboard.press("Escape")
    page.keyboard.press("r")
    expect(page.locator(f"#c-{third} .decision")).to_contain_text("rejected")
    expect(queue.locator(f"#c-{third}")).to_have_count(0)
    expect(page.locator("#history")).to_contain_text("review: rejected")
    expect(queue.locator(".card.open")).to_have_count(1)  # the refused one waits
    with state.database() as db:
        assert [item.candidate.id for item in state.review_queue(db, "waiting")] == [second]

    # Search the history: only the rows that hold the words, as they are typed.
    page.fill("#history-search", "gulls")
    expect(page.locator("#history tbody tr")).to_have_count(2)  # approved, and generated
    for row in page.locator("#history tbody tr").all():
        assert "gulls" in row.inner_text()
    page.fill("#history-search", "")
    expect(page.locator("#history tbody tr")).to_have_count(5)

    # Reject all: asked first, then every card waiting is rejected.
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#reject-all")
    expect(queue.locator("#queue-empty")).to_be_visible(timeout=15_000)
    with state.database() as db:
        assert state.count_open(db) == 0
        assert [item.candidate.id for item in state.review_queue(db, "waiting")] == [second]
