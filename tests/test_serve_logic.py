"""The logic of `bobby serve` without a model or a network: when it posts (quiet hours,
jitter, the daily limit, retries) on clocks the tests set, never sleeping; what it does
when the gate rejects everything or a stop comes during a generation (a stand-in
generator); and how its HTTP API reads requests. tests/test_serve.py runs the real thing."""

from __future__ import annotations

import dataclasses
import itertools
import random
import re
from datetime import UTC, datetime, time, timedelta, timezone

import pytest

from bobby import state
from bobby.bluesky.session import BlueskyOptions
from bobby.candidates import Candidate
from bobby.errors import InputError
from bobby.gate import Gate, GateOptions
from bobby.generate import GenerateOptions, Generation
from bobby.serve import QuietHours, Schedule, ServeOptions, Service, review
from bobby.serve.api import generate_settings, history_limit
from bobby.serve.plan import FULL, POST, QUIET
from bobby.serve.responses import BadRequest

CET = timezone(timedelta(hours=1), "CET")


def at(day: int, hour: int, minute: int = 0, tz=CET) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=tz)


def schedule(**fields) -> Schedule:
    return Schedule(**{"every": 3600, "tz": CET, "rng": random.Random(7), **fields})


def test_quiet_hours_are_read_in_local_time():
    assert QuietHours.parse("23-7") == QuietHours(time(23), time(7))
    assert QuietHours.parse("22:30-6:05") == QuietHours(time(22, 30), time(6, 5))
    assert str(QuietHours.parse("1-5")) == "01:00-05:00"
    for bad in ("23", "24-7", "23-7-8", "7:60-8", "night-day", "7-7", ""):
        with pytest.raises(InputError, match="quiet_hours"):
            QuietHours.parse(bad)


def test_quiet_hours_across_midnight():
    night = QuietHours.parse("23-7")
    inside = [at(1, 23), at(1, 23, 59), at(2, 0), at(2, 3, 30), at(2, 6, 59)]
    outside = [at(1, 22, 59), at(2, 7), at(2, 12), at(2, 7, 1)]
    assert all(night.contains(when) for when in inside)
    assert not any(night.contains(when) for when in outside)
    early = QuietHours.parse("1-5")  # within one day
    assert early.contains(at(2, 1)) and early.contains(at(2, 4, 59))
    assert not early.contains(at(2, 5)) and not early.contains(at(2, 0, 59))


def test_quiet_hours_are_checked_in_the_schedules_time_zone():
    night = schedule(quiet=QuietHours.parse("23-7"))
    # 06:30 UTC is 07:30 in CET: not quiet there, although it is before 7 in UTC
    assert night.decide(datetime(2026, 3, 2, 6, 30, tzinfo=UTC), 0).action == POST
    assert night.decide(datetime(2026, 3, 2, 5, 30, tzinfo=UTC), 0).action == QUIET


def test_a_post_in_quiet_hours_waits_until_they_end_plus_jitter():
    night = schedule(quiet=QuietHours.parse("23-7"), jitter=600)
    before_midnight = night.decide(at(1, 23, 30), 0)
    after_midnight = night.decide(at(2, 3), 0)
    for step in (before_midnight, after_midnight):
        assert step.action == QUIET
        assert at(2, 7) <= step.at <= at(2, 7, 10)
    assert night.decide(at(2, 7), 0) == night.decide(at(2, 7), 0)  # not quiet: post now
    assert night.decide(at(2, 7), 0).action == POST


def test_the_wait_between_posts_is_the_interval_plus_up_to_the_jitter():
    jittered = schedule(every=3600, jitter=600)
    waits = [(jittered.after_post(at(2, 12)) - at(2, 12)).total_seconds() for _ in range(500)]
    assert all(3600 <= wait <= 4200 for wait in waits)
    assert max(waits) - min(waits) > 500  # spread over the whole range, not a constant
    exact = schedule(every=90, jitter=0)
    assert {exact.after_post(at(2, 12)) for _ in range(20)} == {at(2, 12) + timedelta(seconds=90)}


def test_max_per_day_waits_for_the_next_local_day():
    limited = schedule(max_per_day=3, jitter=600)
    assert limited.decide(at(2, 15), 2).action == POST
    full = limited.decide(at(2, 15), 3)
    assert full.action == FULL and at(3, 0) <= full.at <= at(3, 0, 10)
    assert limited.day_start(at(2, 15)) == at(2, 0)
    # 23:30 UTC on the 1st is already the 2nd in CET: that day's count
    assert limited.day_start(datetime(2026, 3, 1, 23, 30, tzinfo=UTC)) == at(2, 0)
    unlimited = schedule(max_per_day=0)
    assert unlimited.decide(at(2, 15), 1000).action == POST


def simulate(plan: Schedule, start: datetime, days: int) -> list[datetime]:
    """The posts a schedule makes, stepping its own clock from decision to decision."""
    posts: list[datetime] = []
    when, end = start, start + timedelta(days=days)
    while when < end:
        today = plan.day_start(when)
        step = plan.decide(when, sum(plan.day_start(post) == today for post in posts))
        if step.action == POST:
            posts.append(when)
            when = plan.after_post(when)
        else:
            assert step.at > when
            when = step.at
    return posts


@pytest.mark.parametrize("zone", ["CET", "Europe/Berlin"])
def test_two_weeks_of_decisions_keep_every_rule(zone):
    if zone == "CET":
        tz = CET
    else:
        zoneinfo = pytest.importorskip("zoneinfo")
        try:
            tz = zoneinfo.ZoneInfo(zone)  # across the change to summer time on March 29
        except zoneinfo.ZoneInfoNotFoundError:
            pytest.skip("no time zone database here")
    plan = schedule(every=5400, jitter=1200, quiet=QuietHours.parse("23-7"), max_per_day=6, tz=tz)
    posts = simulate(plan, datetime(2026, 3, 20, 12, tzinfo=tz), days=14)
    local = [plan.local(post) for post in posts]
    assert not [post for post in local if post.hour >= 23 or post.hour < 7]
    per_day: dict = {}
    for post in local:
        per_day[post.date()] = per_day.get(post.date(), 0) + 1
    assert max(per_day.values()) == 6 and len(per_day) == 15  # noon of the 20th to noon of the 3rd
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(posts)]
    assert min(gaps) >= 5400


def test_restarts_do_not_post_before_the_interval_is_over():
    plan = schedule(every=3600, jitter=0)
    assert plan.first(at(2, 12), None) == at(2, 12)
    assert plan.first(at(2, 12), at(2, 11, 30)) == at(2, 12, 30)
    assert plan.first(at(2, 12), at(2, 9)) == at(2, 12)


def test_failed_tries_back_off_up_to_the_interval():
    plan = schedule(every=3600)
    waits = [(plan.retry(at(2, 12), n) - at(2, 12)).total_seconds() for n in range(1, 9)]
    assert waits == [30, 60, 120, 240, 480, 960, 1920, 3600]
    assert plan.retry(at(2, 12), 1) - at(2, 12) == timedelta(seconds=30)
    short = schedule(every=2)
    assert short.retry(at(2, 12), 1) - at(2, 12) == timedelta(seconds=2)


def test_settings_that_make_no_schedule_are_refused():
    for fields, message in [
        ({"every": "soon"}, "not a duration"),
        ({"every": "0s"}, "every must be longer"),
        ({"jitter": "-5m"}, "not a duration"),
        ({"max_per_day": -1}, "max_per_day = -1 must be at least 0"),
        ({"quiet_hours": "night"}, "quiet_hours 'night'"),
    ]:
        with pytest.raises(InputError, match=message):
            ServeOptions(**fields).schedule()


class Clock:
    """A clock the test moves."""

    def __init__(self, when: datetime) -> None:
        self.when = when

    def __call__(self) -> datetime:
        return self.when


def test_skipped_slots_are_logged_with_the_next_try(isolated):
    """The service's own decisions at its scheduled moments, on a clock set by the test:
    quiet hours, then the daily limit counted from the state database's decisions."""
    clock = Clock(at(2, 23, 30))
    lines: list[str] = []
    service = Service(
        ServeOptions(quiet_hours="23-7", max_per_day=1, jitter="10m"),
        GenerateOptions(model="unused", retries=1),
        GateOptions(),
        BlueskyOptions(),
        on_log=lines.append,
        clock=clock,
    )
    service.schedule.tz = CET

    service._slot()

    [quiet] = state_decisions()
    assert quiet.action == "skipped-quiet-hours"
    assert at(3, 7) <= service.next_at <= at(3, 7, 10)
    assert lines == [f"2026-03-02T23:30:00+01:00 skipped-quiet-hours {quiet.detail}"]
    assert quiet.detail == f"next try {service.next_at.isoformat(timespec='seconds')}"

    with state.database() as db:  # a post earlier that (local) day
        state.add_decision(db, "posted", "at://earlier", at(3, 0, 30))
    clock.when = at(3, 9)
    service._slot()

    assert state_decisions()[0].action == "skipped-max-per-day"
    assert at(4, 0) <= service.next_at <= at(4, 0, 10)
    assert service.health()["posted_today"] == 1


def state_decisions() -> list[state.Decision]:
    with state.database() as db:
        return state.decisions(db, ["skipped-quiet-hours", "skipped-max-per-day"])


class ScriptedGenerator:
    """Stands in for `bobby.generate.Generator`: each generation returns the next texts
    of `script`, judged by the real quality gate; `during` runs inside a generation."""

    def __init__(self, *script: list[str], during=lambda: None) -> None:
        self.script = list(script)
        self.during = during
        self.gate = Gate(GateOptions())
        self.model_name, self.adapter, self.notes = "scripted", None, []

    def check(self, options) -> None:
        pass

    def start(self, options) -> Generation:
        return Generation(self.model_name, None, options.sampling())

    def round(self, options, rng, n=None, on_token=None) -> list[Candidate]:
        self.during()
        texts = self.script.pop(0)
        return [Candidate(text, raw=text, verdict=self.gate.check(text)) for text in texts]

    def remember(self, posted) -> None:
        self.remembered = list(posted)


def dry_run_service(generator: ScriptedGenerator, lines: list[str] | None = None) -> Service:
    service = Service(
        ServeOptions(dry_run=True, every="1h", jitter="0s"),
        GenerateOptions(model="unused", retries=1),
        GateOptions(),
        BlueskyOptions(),
        on_log=(lines if lines is not None else []).append,
        clock=Clock(at(2, 12)),
    )
    service.generator = generator
    service.schedule.tz = CET
    return service


def test_rejected_candidates_are_generated_again_then_retried_later(isolated):
    good = "A perfectly ordinary post about the weather today."
    service = dry_run_service(ScriptedGenerator(["too short"], ["", "tiny"], [good]))

    service._slot()

    actions = [d.action for d in reversed(all_decisions())]
    assert actions == ["rejected", "rejected", "generated", "dry-run"]
    assert (
        "min_chars 1" in all_decisions()[-1].detail
        and "generating again" in all_decisions()[-1].detail
    )
    assert all_decisions()[0].detail == f"{good!r}; next post 2026-03-02T13:00:00+01:00"
    assert service.next_at == at(2, 13) and service.failures == 0

    hopeless = dry_run_service(ScriptedGenerator(["no"], ["nope"], ["nah"]))
    hopeless._slot()

    [failed] = [d for d in all_decisions() if d.action == "failed-will-retry"]
    assert failed.detail.startswith("no candidate passed the quality gate after 1 round(s)")
    assert hopeless.next_at == at(2, 12, 0) + timedelta(seconds=30) and hopeless.failures == 1


def test_a_stop_during_generation_abandons_the_post(isolated):
    holder: list[Service] = []
    good = "A perfectly ordinary post about the weather today."
    service = dry_run_service(ScriptedGenerator([good], during=lambda: holder[0].stop("SIGTERM")))
    holder.append(service)

    service._slot()

    assert [d.action for d in reversed(all_decisions())] == ["generated", "abandoned"]
    assert all_decisions()[0].detail == "SIGTERM during generation; nothing was posted"
    with state.database() as db:  # the candidate is in the history, no post was decided
        assert [entry.status for entry in state.history(db)] == ["generated"]
        assert db.execute("SELECT count(*) FROM posts").fetchone()[0] == 0


def all_decisions() -> list[state.Decision]:
    with state.database() as db:
        return state.decisions(db)


def test_generate_requests_take_the_clis_sampling_settings():
    """A request body is parsed here and checked as every setting is, naming its source."""
    from bobby.config import replace_checked
    from bobby.errors import InputError
    from bobby.generate import GenerateOptions
    from bobby.serve.service import REQUEST_SETTINGS

    assert generate_settings(b"") == {}
    body = b'{"n": 2, "temp": 1, "top_p": 0.9, "seed": null, "prompt": "hi"}'
    assert generate_settings(body) == {
        "n": 2, "temp": 1, "top_p": 0.9, "seed": None, "prompt": "hi",
    }  # fmt: skip
    for body, message in [(b"{not json", "not JSON"), (b"[1, 2]", "must be a JSON object")]:
        with pytest.raises(BadRequest, match=message):
            generate_settings(body)
    for body, message in [
        (b'{"model": "other"}', "unknown setting 'model'"),
        (b'{"n": "3"}', "request body: n = '3' is not a valid int"),
        (b'{"n": true}', "request body: n = True is not a valid int"),
        (b'{"temp": "hot"}', "request body: temp = 'hot' is not a valid float"),
        (b'{"prompt": 5}', "request body: prompt = 5 is not a valid str | None"),
        (b'{"n": 100000}', "request body: n = 100000 must be at most 64"),
        (b'{"retries": 100000000}', "request body: retries = 100000000 must be at most 20"),
    ]:
        with pytest.raises(InputError, match=re.escape(message)):
            replace_checked(
                GenerateOptions(), generate_settings(body), "request body", REQUEST_SETTINGS
            )


def test_generation_settings_out_of_range_are_refused_wherever_they_come_from():
    """The API, the CLI and bobby.toml all build GenerateOptions, which checks ranges."""
    from dataclasses import replace

    from bobby.errors import InputError
    from bobby.generate import GenerateOptions

    for settings, message in [
        ({"n": 0}, "n = 0 must be at least 1"),
        ({"max_tokens": 0}, "max_tokens = 0 must be at least 1"),
        ({"seed": -1}, "seed = -1 must be at least 0"),
        ({"top_p": 1.5}, "top_p = 1.5 must be at most 1"),
        ({"repetition_penalty": -1.0}, "repetition_penalty = -1.0 must be at least 0.01"),
    ]:
        with pytest.raises(InputError, match=message):
            replace(GenerateOptions(), **settings)


def test_history_limit():
    assert history_limit("") == 20
    assert history_limit("limit=5") == 5
    assert history_limit("limit=10000") == 10_000
    for bad in ("limit=x", "limit=-1", "limit=0", "limit=99999999999999999999"):
        with pytest.raises(BadRequest):
            history_limit(bad)


def test_the_api_answers_only_its_owner():
    """DNS rebinding (a foreign Host), a page of another origin, and a body a page can
    send without a preflight (not JSON) are refused before anything runs."""
    from bobby.serve.api import check_sender
    from bobby.serve.responses import Forbidden

    own = {"Host": "127.0.0.1:8765"}
    check_sender(own, "GET", 8765)
    check_sender({"Host": "localhost:8765"}, "GET", 8765)
    check_sender({**own, "Content-Type": "application/json"}, "POST", 8765)
    check_sender(
        {**own, "Origin": "http://127.0.0.1:8765", "Content-Type": "application/json"},
        "POST",
        8765,
    )
    for headers, method in [
        ({"Host": "evil.example:8765"}, "GET"),
        ({"Host": "127.0.0.1:9999"}, "GET"),
        ({}, "GET"),
        ({**own, "Origin": "https://evil.example", "Content-Type": "application/json"}, "POST"),
        ({**own, "Origin": "null", "Content-Type": "application/json"}, "POST"),
    ]:
        with pytest.raises(Forbidden):
            check_sender(headers, method, 8765)
    for kind in (None, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data"):
        headers = {**own, **({"Content-Type": kind} if kind else {})}
        with pytest.raises(BadRequest, match="application/json"):
            check_sender(headers, "POST", 8765)


def test_a_busy_state_database_makes_serve_wait_not_die(isolated, monkeypatch):
    """Another process holding the database's lock is waited out; serve goes on."""
    import bobby.serve.service as service_module

    monkeypatch.setattr(service_module, "BUSY_WAIT", 0.01)
    monkeypatch.setattr(service_module.Api, "start", lambda *args: FakeApi())
    lines: list[str] = []
    service = dry_run_service(ScriptedGenerator(), lines)
    monkeypatch.setattr(service, "_open", lambda: None)
    ticks = iter([state.StateBusy("data/state.db: another bobby process has held it"), None])

    def tick() -> None:
        outcome = next(ticks, None)
        if outcome is not None:
            raise outcome
        service.stop("SIGTERM")

    monkeypatch.setattr(service, "_tick", tick)
    service.run()
    assert any("another bobby process" in line and "trying again in" in line for line in lines)
    assert service.stopping == "SIGTERM"


class FakeApi:
    """No HTTP server: this test is about the main loop."""

    url = "http://127.0.0.1:0"

    def close(self) -> None:
        pass


def test_any_request_body_is_answered_with_settings_or_a_clear_refusal():
    """Fuzzed /generate bodies: every one gives settings that passed the one validation, or
    BadRequest / InputError (a 400) with a message; nothing else escapes."""
    import json

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from bobby.config import replace_checked
    from bobby.generate import GenerateOptions
    from bobby.serve.service import REQUEST_SETTINGS

    values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=5,
    )
    keys = st.sampled_from([*REQUEST_SETTINGS, "model", "adapter_path", "x"])

    @settings(max_examples=300, deadline=None)
    @given(st.dictionaries(keys, values, max_size=4) | values)
    def check(body):
        raw = json.dumps(body).encode() if body is not None else b""  # big ints, NaN: as sent
        try:
            options = replace_checked(
                GenerateOptions(), generate_settings(raw), "request body", REQUEST_SETTINGS
            )
        except (BadRequest, InputError) as err:
            assert str(err) and "\n" not in str(err)
            return
        assert 1 <= options.n <= 64 and 0 <= options.top_p <= 1

    check()


def test_the_pds_check_never_holds_up_the_page(isolated):
    """The status bar's "PDS" asks in the background: a PDS that never answers shows
    "unknown" at once, then why; a dry run asks nothing."""
    import socket

    from bobby.serve.probe import PdsProbe

    with socket.socket() as silent:  # takes connections (its backlog), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        probe = PdsProbe(
            BlueskyOptions(pds=f"http://127.0.0.1:{silent.getsockname()[1]}"), 3600, 0.5
        )
        assert probe.state() == "unknown"  # asked in the background: the page goes on
        answer = probe.wait()
    assert answer.startswith("not answering (") and "did not answer in time" in answer
    assert probe.state() == answer and probe._asking is None  # not asked again so soon
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        refused = PdsProbe(BlueskyOptions(pds=f"http://127.0.0.1:{closed.getsockname()[1]}"))
        refused.state()
        assert refused.wait().startswith("not answering (cannot reach http://127.0.0.1:")
    assert dry_run_service(ScriptedGenerator()).health()["pds"] == "dry run"


def test_a_dry_run_remembers_what_it_posted_across_restarts(isolated):
    """A dry run's posts, approved on the page or not, are rows of the state database:
    `bobby history` and the page show them after a restart, and none goes twice."""
    from bobby.serve.page import Page

    first, then = "A perfectly ordinary post about the weather today.", "Another ordinary post."
    approved = "Approved on the review page during a dry run."
    service = dry_run_service(ScriptedGenerator([first]))
    service._slot()  # on its own: generated, "posted"
    with state.database() as db:
        [candidate] = state.add_candidates(db, [Candidate(approved)])
        state.add_review(db, candidate.id, "queued")
    service.decide(candidate.id, "approved")
    service._slot()  # the approved candidate goes first

    restarted = dry_run_service(ScriptedGenerator([then]))
    assert restarted._waiting() == []
    restarted._slot()  # a new one: the approved one is not "posted" again
    dry_runs = [d.detail for d in reversed(all_decisions()) if d.action == "dry-run"]
    assert [detail.split(";")[0] for detail in dry_runs] == [
        repr(first), f"{approved!r} (approved)", repr(then),
    ]  # fmt: skip
    with state.database() as db:
        entries = [(e.status, e.text) for e in state.history(db)]
        assert state.add_dry_run(db, candidate.id, approved) is False  # once per candidate
        assert db.execute("SELECT count(*) FROM posts").fetchone()[0] == 0  # nothing sent
    assert {("dry-run", text) for text in (first, approved, then)} <= set(entries)
    assert not {text for status, text in entries if status == "generated"}  # listed as dry runs
    item = review.item(restarted.db_path, candidate.id)
    assert item.post_status == "dry-run"
    assert Page(restarted, "token").when(item) == "nowhere (a dry run)"


def test_a_post_un_approved_as_serve_takes_it_goes_out_not_at_all(isolated, monkeypatch):
    """A person un-approves the post serve has just read as next (its post not written
    yet): the post's writer finds the approval gone, nothing goes out for it, the slot
    takes the next approved post, and the candidate waits for a person again, once."""
    from bobby.serve import service as serving

    service = dry_run_service(ScriptedGenerator())
    with state.database() as db:
        first, second = state.add_candidates(db, [Candidate("Goes first."), Candidate("Then me.")])
        for candidate in (first, second):
            state.add_review(db, candidate.id, "queued")
            service.decide(candidate.id, "approved")
    post = serving.post

    def click_then_post(candidates, *args, **kwargs):  # the person's click comes in between
        service.take_back(first.id, "unapproved")
        return post(candidates, *args, **kwargs)

    monkeypatch.setattr(serving, "post", click_then_post)
    service._slot()
    actions = [(d.action, d.detail.split(";")[0]) for d in reversed(all_decisions())]
    assert actions == [
        ("withdrawn", f"'Goes first.': candidate {first.id} was un-approved before it went out"),
        ("dry-run", "'Then me.' (approved)"),
    ]
    with state.database() as db:
        assert [item.candidate.id for item in state.review_queue(db)] == [first.id]
        assert [row[0] for row in db.execute("SELECT candidate_id FROM dry_runs")] == [second.id]


def test_an_answer_delivered_late_takes_no_posting_slot(isolated):
    """An answer to a mention left pending by a crash and sent at a slot must not push the
    next post back, nor count as the slot's post; a post does."""
    service = dry_run_service(ScriptedGenerator())
    service.next_at = before = at(2, 12, 30)
    row = state.Post("an answer", "3kabc", at(2, 11).isoformat(), status="posted", uri="at://x")
    service._posted([dataclasses.replace(row, answers="at://someone/app.bsky.feed.post/1")])
    assert service.next_at == before
    service._posted([row])
    assert service.next_at == at(2, 13)


def test_a_post_made_by_another_process_reaches_the_gate_before_the_next_generation(isolated):
    """A cron `bobby post` that posted candidates of this serve (the warm path), or any
    other post: serve's gate knows it before it writes again, for the API and the page."""
    generator = ScriptedGenerator(
        ["A first ordinary post about the weather today."], ["A second one, for the page."]
    )
    service = dry_run_service(generator)
    elsewhere = "Posted by a cron bobby post, not by serve."
    with state.database() as db:
        state.write_post(db, state.Post(elsewhere, "3kabc", state.timestamp(), status="posted"))

    assert service._generate({})["candidates"]

    assert generator.remembered == [elsewhere]
    later = "Posted by the next cron bobby post."
    with state.database() as db:
        state.write_post(db, state.Post(later, "3kabd", state.timestamp(), status="posted"))
    service.live.acquire()  # as the page's request does
    service._generate_live(GenerateOptions(model="unused", n=1, retries=1))
    assert sorted(generator.remembered) == sorted([elsewhere, later])
