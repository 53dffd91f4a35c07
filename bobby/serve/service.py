"""`bobby serve`: one process that holds the model in memory and posts on a schedule.

Loading the model for every post is what made the original bot move to a resident
process. Here the main thread loads base and adapter once, then takes turns between the
schedule (`bobby.serve.plan`) and generation requests from the HTTP API
(`bobby.serve.api`), running both itself: it is the only thread that touches the model
(MLX evaluation is not thread-safe, and mlx-lm's generation stream is per thread).

Posts go through `bobby.post`, the same exactly-once path as `bobby post`: recorded as
pending with their record key before they are sent. When a try fails (network, PDS,
login), the post stays pending, the failure is logged and the next try comes after a
backoff; that try first delivers the pending post (`deliver_pending`) and decides no new
one, so an outage delays a post and never adds one. When the quality gate rejects every
candidate, serve generates again.

Every decision is written to the state database (`decisions`) and handed to `on_log` as
one plain line, for cron and systemd logs.

The review page (`bobby.serve.page`) adds a queue of candidates waiting for a person
(`bobby.serve.review`). With `review` on, a scheduled moment fills that queue instead of
posting, and only what a person approved is posted: at the next scheduled moment, or at
once for "post now", through the same exactly-once path. In both modes an approved
candidate goes out before anything new is generated, and the schedule can be paused.
A person may un-approve a post until serve writes its post row: both take the state
database's write lock and the writer checks that the approval still stands, so an
un-approved post is not sent (serve logs it as withdrawn and the slot takes the next),
and one already being sent cannot be un-approved.
An answer to a mention that review mode queued (`bobby.reply`) takes no slot: it goes out
as soon as it is approved (or, after a failure, at the next poll or slot).

Stopping: SIGTERM and SIGINT only set a flag, read between steps and between generation
rounds; a handler that raised in the middle of a post could not be made safe. A
generation under way is abandoned before anything is posted (its candidates stay in the
history), a post under way is finished. A second signal stops at once; a post being sent
then stays pending under its record key and is delivered, or found on Bluesky, at the next
start: never lost, never twice.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import queue
import random
import signal
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bobby import state
from bobby.bluesky import xrpc
from bobby.bluesky.session import BlueskyOptions, connect
from bobby.candidates import Candidate
from bobby.config import at_least, between, check, replace_checked
from bobby.errors import BobbyError
from bobby.gate import GateOptions, GateRejected, Verdict
from bobby.generate import GenerateOptions, Generator, rounds
from bobby.layout import Layout
from bobby.post import choose, deliver_pending, languages, post, stop_here_for_tests
from bobby.progress import Progress
from bobby.schedule import parse_duration
from bobby.serve import discovery, review
from bobby.serve.access import Access, is_loopback, token_file
from bobby.serve.api import Api
from bobby.serve.plan import POST, QuietHours, Schedule
from bobby.serve.probe import PdsProbe
from bobby.serve.responses import Conflict, Unavailable

if TYPE_CHECKING:
    from bobby.reply import Poller, RepliesOptions

POSTED = "posted"
DRY_RUN = "dry-run"  # what a dry run logs where a real one posts
REGENERATIONS = 3  # generations per post whose candidates all fail the gate, then a retry later
POLL = 1.0  # seconds between looks at the stop flag while waiting
BUSY_WAIT = 5.0  # seconds before trying a state database another process holds
MAX_WAITING = 4  # API generations waiting for the model at once; more are told "busy"
# What a /generate request may set: how to sample, not which model (that is loaded once).
REQUEST_SETTINGS = ("n", "retries", "prompt", *GenerateOptions().sampling())


@dataclass
class ServeOptions:
    """Settings of `bobby serve` (bobby.toml [serve], BOBBY_SERVE_*)."""

    every: str = "1h"
    jitter: str = "10m"
    quiet_hours: str | None = None
    max_per_day: int = field(default=0, metadata=at_least(0))
    dry_run: bool = False
    port: int = field(default=8765, metadata=between(0, 65535))
    host: str = "127.0.0.1"  # beyond loopback: only with the access token (bobby.serve.access)
    review: bool = False
    queue_size: int = field(default=20, metadata=between(1, 1000))
    replies: bool = False  # answer mentions and replies too (bobby.reply, settings in [replies])

    def __post_init__(self) -> None:
        check(self)

    def schedule(self, rng: random.Random | None = None) -> Schedule:
        """The schedule these settings describe, in the machine's local time."""
        return Schedule(
            every=parse_duration(self.every),
            jitter=parse_duration(self.jitter),
            quiet=QuietHours.parse(self.quiet_hours) if self.quiet_hours else None,
            max_per_day=self.max_per_day,
            rng=rng or random.Random(),
        )


class Stopped(Exception):
    """A stop was asked for during a generation: abandon it."""


@dataclass
class _Job:
    """Work for the main thread (a generation, a post now), asked for by an HTTP thread."""

    work: Callable[[], Any]
    answer: Future


def now() -> datetime:
    """The current time, aware, in the local time zone."""
    return datetime.now().astimezone()


class Service:
    """The scheduler and the model; `run()` until `stop()`."""

    def __init__(
        self,
        options: ServeOptions,
        generate: GenerateOptions,
        gate: GateOptions,
        bluesky: BlueskyOptions,
        *,
        layout: Layout | None = None,
        on_log: Callable[[str], None] | None = None,
        clock: Callable[[], datetime] = now,
        replies: RepliesOptions | None = None,
        access_token: str | None = None,
    ) -> None:
        self.options = options
        self.schedule = options.schedule()
        self.generate_options, self.gate_options, self.bluesky = generate, gate, bluesky
        self.layout = layout or generate.layout()
        self.db_path = self.layout.state_db
        self.discovery = discovery.discovery_file(self.db_path)  # announced once it answers
        self.api: Api | None = None
        self.langs = languages(self.layout)
        self.on_log = on_log or (lambda line: None)
        self.clock = clock
        self.action = DRY_RUN if options.dry_run else POSTED
        self.generator: Generator | None = None
        self.posted: list[str] = []  # what the generator's gate knows was posted
        self.jobs: queue.Queue[_Job] = queue.Queue()
        self.waiting = threading.BoundedSemaphore(MAX_WAITING)  # API generations
        self.stopping: str | None = None
        self.phase = "starting"
        self.started = clock()
        self.next_at: datetime | None = None
        self.last: state.Decision | None = None
        self.failures = 0
        self.paused = False
        self.events = review.Events()
        self.live = threading.Lock()  # held while the page's generation is queued or runs
        self.replies = self._replier(replies) if options.replies else None
        self.pds_probe = None if options.dry_run else PdsProbe(bluesky)
        self.access = (
            None
            if access_token is None or is_loopback(options.host)
            else Access(access_token, where=str(token_file(self.db_path)))
        )

    # The main thread.

    def stop(self, why: str) -> None:
        """Stop after the current step. Safe in a signal handler: it only sets a flag."""
        self.stopping = self.stopping or why

    def run(self) -> None:
        """Listen, load the model, then post on the schedule and answer requests until
        `stop()`. A folder with nothing to generate with (not a bot's folder) is said
        first: before listening, and before anything is written there."""
        self.generate_options.locate()
        self.api = api = Api.start(self, self.options.port, self.options.host, self.access)
        try:
            self.say(
                f"listening on {api.url} (the review page at {api.url}/; GET /health, POST /generate, GET /history)"
                + ("" if self.access is None else "; it asks for the access token")
            )
            self._open()
            while not self.stopping:
                try:
                    self._tick()
                except state.StateBusy as err:  # another process holds the database: wait
                    self.say(f"{err}; trying again in {BUSY_WAIT:g} s")
                    self._wait(BUSY_WAIT)
        finally:
            self.phase = "stopping"
            discovery.withdraw(self.discovery)
            self.events.close()
            api.close()
            while not self.jobs.empty():
                self.jobs.get().answer.set_exception(Unavailable("bobby serve is stopping"))
        if self.generator is not None:
            self._decide("stopped", f"on {self.stopping}")

    def _open(self) -> None:
        if not self.options.dry_run:
            try:  # a wrong password or no login at all ends serve now, an outage does not
                connect(self.bluesky)
            except (xrpc.Unreachable, xrpc.Busy) as err:
                self.say(f"{err}; posting will try again")
        self.phase = "loading"
        with state.database(self.db_path) as db:
            self.posted = posted = state.posted_texts(db)
            last = state.decisions(db, [self.action], limit=1)
        self.generator = Generator.open(
            self.generate_options, self.gate_options, posted, self._progress
        )
        for note in self.generator.notes:
            self.say(f"note: {note}")
        last_post = datetime.fromisoformat(last[0].time) if last else None
        self.next_at = self.schedule.first(self.clock(), last_post)
        self.jobs.put(_Job(self._resume, Future()))
        adapter = self.generator.adapter or "none"
        self._decide(
            "started",
            f"model {self.generator.model_name}, adapter {adapter}; {self.describe()}; "
            f"first post {self.show(self.next_at)}",
        )
        self.phase = "waiting"
        discovery.announce(self.discovery, self._running())

    def _running(self) -> discovery.Running:
        """What data/serve.json says of this serve: where `bobby generate` and `bobby
        post` of this bot find it (`bobby.warm`), and what it generates with."""
        o, api = self.generate_options, self.api
        assert api is not None
        return discovery.Running.describe(
            api.host, api.port, self.db_path, o.data, o.locate(), self.gate_options
        )

    def describe(self) -> str:
        """The schedule in words, for the log."""
        o = self.options
        parts = [f"every {o.every}" + (f" + up to {o.jitter}" if self.schedule.jitter else "")]
        if self.schedule.quiet:
            parts.append(f"quiet {self.schedule.quiet} local time")
        if o.max_per_day:
            parts.append(f"at most {o.max_per_day} a day")
        if o.dry_run:
            parts.append("dry run")
        if o.review:
            parts.append(f"review: only approved posts, up to {o.queue_size} queued")
        return ", ".join(parts)

    def _tick(self) -> None:
        """Wait for a request or the next post (looking at the stop flag every POLL
        seconds), and do whichever comes first."""
        assert self.next_at is not None
        if self.replies is not None and self.replies.due():
            self._reply()
        wait = (self.next_at - self.clock()).total_seconds()
        if wait > 0 or self.paused:
            wait = POLL if self.paused else wait
            with contextlib.suppress(queue.Empty):
                self._answer(self.jobs.get(timeout=min(wait, POLL)))
            return
        self._slot()

    # Replies (`bobby serve --replies`): the polling lives in bobby.reply; this is the hook.

    def _replier(self, options: RepliesOptions | None) -> Poller:
        from bobby.reply import Poller, RepliesOptions, model_writer

        options = options or RepliesOptions()
        if options.quiet_hours is None:  # serve's quiet hours hold for replies too
            options = dataclasses.replace(options, quiet_hours=self.options.quiet_hours)
        write = model_writer(
            self.generate_options, self.gate_options, self.db_path, self._progress,
            generator=lambda: self.generator,
        )  # fmt: skip
        return Poller(
            options, self.bluesky, write,
            layout=self.layout, dry_run=self.options.dry_run, review=self.options.review,
        )  # fmt: skip

    def _reply(self) -> None:
        assert self.replies is not None
        self._send_replies()
        try:
            for item in self.replies.run().handled:
                self._decide(f"reply-{item.outcome}", item.summary())
                if item.candidate is not None:  # review mode: a new card on every page
                    self.events.publish("candidate", item.candidate)
        except BobbyError as err:
            self._decide("reply-failed-will-retry", str(err))

    def _wait(self, seconds: float) -> None:
        """Pause, answering requests and looking at the stop flag every POLL seconds."""
        until = time.monotonic() + seconds
        while not self.stopping and (left := until - time.monotonic()) > 0:
            with contextlib.suppress(queue.Empty):
                self._answer(self.jobs.get(timeout=min(left, POLL)))

    def _slot(self) -> None:
        """The scheduled moment: post, or log why not and when to look again."""
        self._send_replies()
        current = self.clock()
        step = self.schedule.decide(current, self._posted_today(current))
        if step.action != POST:
            self.next_at = step.at
            self._decide(step.action, f"next try {self.show(step.at)}")
            return
        try:
            self._post_or_queue()
            self.failures = 0
        except Stopped:
            self._decide("abandoned", f"{self.stopping} during generation; nothing was posted")
        except BobbyError as err:
            self.failures += 1
            self.next_at = self.schedule.retry(self.clock(), self.failures)
            self._decide("failed-will-retry", f"{err}; next try {self.show(self.next_at)}")
        finally:
            self.phase = "waiting"

    def _post_or_queue(self) -> None:
        """What a scheduled moment does: deliver a post left pending, and nothing else,
        if there is one (an outage delays a post, never adds one); else post the oldest
        approved candidate if one waits, then, with review on, add a candidate to the
        queue; without, post a new one."""
        if self._deliver_pending():
            return
        # the first approval that still stands when its post is written (one un-approved
        # since this list was read is not posted: the next one takes the slot)
        posted = any(self._post_reviewed(item) for item in self._waiting())
        if self.options.review:
            if not posted:
                self.next_at = self.schedule.after_post(self.clock())
            self._fill_queue()
        elif not posted:
            self._post()

    def _waiting(self, replies: bool = False) -> list[state.QueueItem]:
        """Approved candidates not posted yet: posts (for the slots), or `replies` (which
        go out as soon as they are approved: an answer has no slot)."""
        with state.database(self.db_path) as db:
            items = state.review_queue(db, "waiting")
        return [item for item in items if (item.replying_to is not None) == replies]

    def _post_reviewed(self, item: state.QueueItem) -> bool:
        """Post a candidate a person approved, as it stands (edited or not), through the
        exactly-once path: once its post row exists it is never chosen again. False, and
        nothing posted, when a person un-approved it after `item` was read: the post's
        writer found the approval gone (`state.NotApproved`)."""
        self.phase = "posting"
        try:
            if item.replying_to is not None:
                self._reply_reviewed(item)
            else:
                self._post_approved(dataclasses.replace(item.candidate, verdict=None))
        except state.NotApproved as err:
            self._decide("withdrawn", f"{item.candidate.text!r}: {err}")
            return False
        finally:
            self.events.publish("changed", item.candidate.id)
        return True

    def _post_approved(self, candidate: Candidate) -> None:
        report = post(
            [candidate],
            self.bluesky,
            dry_run=self.options.dry_run,
            layout=self.layout,
            langs=self.langs,
            progress=self._progress,
        )
        if report.post is None:
            self._dry_posted(candidate, report.record, " (approved)")
            return
        rows = report.delivered + ([] if report.post in report.delivered else [report.post])
        self._posted(rows, " (approved)")

    def _reply_reviewed(self, item: state.QueueItem) -> None:
        """Send an approved answer as the reply to the post it answers (`bobby.reply`); it
        takes no slot of the schedule."""
        from bobby.reply import send_reviewed

        assert item.replying_to is not None and item.candidate.id is not None
        to = item.replying_to.answers
        if self.options.dry_run:
            with state.database(self.db_path) as db:
                state.add_dry_run(db, item.candidate.id, item.candidate.text, self.clock())
            self._decide(f"reply-{DRY_RUN}", f"{to}: {item.candidate.text!r} (approved)")
        else:
            row = send_reviewed(self.bluesky, item, layout=self.layout, langs=self.langs)
            self._decide("reply-replied", f"{to} {row.uri}: {row.text!r} (approved)")

    def _fill_queue(self) -> None:
        """Review mode's scheduled moment: the best new candidate joins the queue, unless
        it is full."""
        assert self.next_at is not None
        with state.database(self.db_path) as db:
            size = state.count_open(db)
        if size >= self.options.queue_size:
            self._decide(
                "queue-full",
                f"{size} candidates wait for review; next look {self.show(self.next_at)}",
            )
            return
        best = self._candidates()[0]
        if self.stopping:
            raise Stopped
        assert best.id is not None
        review.queue(self.db_path, best.id, self.clock())
        self.events.publish("candidate", best.id)
        self._decide(
            "queued", f"{best.text!r} waits for review; next look {self.show(self.next_at)}"
        )

    def _resume(self) -> None:
        """At start, what a stop or a kill left half done: a post pending (sent or not:
        `bobby.post` finds out), then what was "post now"."""
        try:
            self._deliver_pending()
        except BobbyError as err:  # it stays pending: the next scheduled moment tries again
            self._decide("failed-will-retry", f"{err}; it goes out at the next try")
        finally:
            self.phase = "waiting"
        self._post_now()

    def _post_now(self) -> None:
        """Post what a person asked to post now, and the answers a person approved (at
        start: what was asked or approved before a stop)."""
        items = [i for i in self._waiting() if i.decision == "post-now"]
        self._post_each(items + self._waiting(replies=True))

    def _send_replies(self) -> None:
        """Send approved answers that could not go out when they were approved."""
        self._post_each(self._waiting(replies=True))

    def _post_each(self, items: Sequence[state.QueueItem]) -> None:
        for item in items:
            try:
                self._post_reviewed(item)
            except BobbyError as err:  # it stays waiting: the next scheduled moment tries again
                self._decide("failed-will-retry", f"{err}; it goes out at the next try")
            finally:
                self.phase = "waiting"

    def _deliver_pending(self) -> bool:
        """Send what an earlier try left pending (an outage, a kill in the middle of a
        post) before anything new; returns whether a post was among it (a pending answer
        to a mention takes no slot of the posting schedule)."""
        if self.options.dry_run:
            return False
        with state.database(self.db_path) as db:
            if not state.find_posts(db, "status = 'pending'", limit=1):
                return False
        self.phase = "posting"
        delivered = deliver_pending(
            self.bluesky, layout=self.layout, langs=self.langs, progress=self._progress
        )
        if delivered:
            self._posted(delivered, " (decided earlier, pending until now)")
        return any(row.answers is None for row in delivered)

    def _post(self) -> None:
        candidates = self._candidates()
        if self.stopping:
            raise Stopped
        self.phase = "posting"
        report = post(
            candidates,
            self.bluesky,
            dry_run=self.options.dry_run,
            layout=self.layout,
            langs=self.langs,
            progress=self._progress,
        )
        if report.post is None:
            self._dry_posted(choose(candidates), report.record)
            return
        rows = report.delivered + ([] if report.post in report.delivered else [report.post])
        self._posted(rows)

    def _dry_posted(self, candidate: Candidate, record: Mapping[str, Any], note: str = "") -> None:
        """What a dry run "posted": recorded as such (never sent), so that `bobby history`
        and the page show it after a restart, and an approved candidate goes once."""
        if candidate.id is not None:
            with state.database(self.db_path) as db:
                state.add_dry_run(db, candidate.id, record["text"], self.clock())
        self.next_at = self.schedule.after_post(self.clock())
        self._decide(DRY_RUN, f"{record['text']!r}{note}; next post {self.show(self.next_at)}")

    def _posted(self, rows: Sequence[state.Post], note: str = "") -> None:
        """Log what went out, then let the novelty check know it (the log line first: it
        is what a person watches for, and the row already says posted)."""
        assert self.generator is not None
        if any(row.answers is None for row in rows):  # answers take no slot
            self.next_at = self.schedule.after_post(self.clock())
        for row in rows:
            self._decide(
                POSTED, f"{row.uri} {row.text!r}{note}; next post {self.show(self.next_at)}"
            )
        self._catch_up()

    def _catch_up(self) -> None:
        """Let the gate know what was posted since it last looked, by serve or by another
        process (a cron `bobby post` posting candidates this serve wrote, a `bobby post
        --text`): no post may come back, nor the subjects of the last ones, whoever posted
        them. The index is rebuilt only when something changed."""
        assert self.generator is not None
        with state.database(self.db_path) as db:
            posted = state.posted_texts(db)
        if posted != self.posted:
            self.posted = posted
            self.generator.remember(posted)

    def _candidates(self) -> list[Candidate]:
        """Candidates of which at least one passed the gate; generates again (up to
        REGENERATIONS times) while none do. A stop asked for between two rounds leaves
        the generation (its candidates stay in the history)."""
        self._catch_up()
        for attempt in range(1, REGENERATIONS + 1):
            self.phase = "generating"
            generation = self.generator.start(self.generate_options)
            for batch in rounds(self.generator, self.generate_options, self.db_path):
                generation.add(batch)
                if self.stopping:
                    break
            if self.stopping and not generation.passed:
                raise Stopped
            try:
                found = generation.best()
            except GateRejected as err:
                if attempt == REGENERATIONS:
                    raise
                self._decide("rejected", f"{err}; generating again")
                continue
            self._decide(
                "generated",
                f"{len(found)} of {len(generation.candidates)} candidates passed the quality gate",
            )
            return found
        raise AssertionError("unreachable")

    def _answer(self, job: _Job) -> None:
        """Run work an HTTP thread asked for, with the loaded model."""
        if not job.answer.set_running_or_notify_cancel():
            return
        try:
            job.answer.set_result(job.work())
        except Exception as err:
            job.answer.set_exception(err)
        finally:
            self.phase = "waiting"

    def _generate(self, settings: Mapping[str, Any]) -> dict[str, Any]:
        """A /generate request: every round, answered as one JSON object."""
        assert self.generator is not None
        options = replace_checked(self.generate_options, settings, "request body", REQUEST_SETTINGS)
        self._catch_up()
        self.phase = "generating"
        stop_here_for_tests("BOBBY_TEST_STOP_IN_GENERATE")
        generation = self.generator.start(options)
        for batch in rounds(self.generator, options, self.db_path):
            generation.add(batch)
            if self.stopping:  # SIGTERM ends a request between rounds
                raise Unavailable("bobby serve is stopping")
        return generation.to_dict()

    def _generate_live(self, options: GenerateOptions) -> None:
        """The page's generation: `options.n` candidates one at a time, each queued and
        shown on every open page as soon as it is written (whatever the gate says)."""
        assert self.generator is not None
        self.phase = "generating"
        try:
            self._catch_up()
            for number in range(options.n):
                if self.stopping:
                    break
                seed = None if options.seed is None else options.seed + number
                one = dataclasses.replace(options, n=1, retries=1, seed=seed)
                for batch in rounds(self.generator, one, self.db_path):
                    for candidate in batch:
                        assert candidate.id is not None
                        review.queue(self.db_path, candidate.id, self.clock())
                        self.events.publish("candidate", candidate.id)
                self.events.publish("generating", f"{number + 1} of {options.n} written")
            self.events.publish("generating", "")
        except BobbyError as err:
            self.events.publish("generating", f"failed: {err}")
        finally:
            self.live.release()

    def _posted_today(self, when: datetime) -> int:
        since = state.timestamp(self.schedule.day_start(when))
        with state.database(self.db_path) as db:
            return len(state.decisions(db, [self.action], since=since))

    def _decide(self, action: str, detail: str) -> None:
        with state.database(self.db_path) as db:
            self.last = state.add_decision(db, action, detail, self.clock())
        self.on_log(f"{self.show(datetime.fromisoformat(self.last.time))} {action} {detail}")

    def _progress(self, event: Progress) -> None:
        self.say(event.what)

    def say(self, text: str) -> None:
        """A line for the log that is not a decision (loading, waiting for a rate limit)."""
        self.on_log(f"{self.show(self.clock())} {text}")

    def show(self, when: datetime) -> str:
        """A time as the log and /health show it: local, with its UTC offset."""
        return self.schedule.local(when).isoformat(timespec="seconds")

    # The HTTP threads (bobby.serve.api and bobby.serve.page).

    def health(self) -> dict[str, Any]:
        generator = self.generator
        o = self.options
        return {
            "status": "stopping" if self.stopping else "ok",
            "pid": os.getpid(),  # which serve answers: data/serve.json names it (bobby.warm)
            "state": self.phase,
            "model": generator.model_name if generator else self.generate_options.model,
            "adapter": str(generator.adapter) if generator and generator.adapter else None,
            "dry_run": o.dry_run,
            "review": o.review,
            "paused": self.paused,
            "pds": "dry run" if self.pds_probe is None else self.pds_probe.state(),
            "started_at": self.show(self.started),
            "uptime_s": round((self.clock() - self.started).total_seconds(), 1),
            "next_post_at": self.show(self.next_at) if self.next_at else None,
            "last_decision": dataclasses.asdict(self.last) if self.last else None,
            "posted_today": self._posted_today(self.clock()),
            "schedule": {
                "every": o.every,
                "jitter": o.jitter,
                "quiet_hours": str(self.schedule.quiet) if self.schedule.quiet else None,
                "max_per_day": o.max_per_day,
                "time_zone": self.clock().tzname(),
            },
        }

    def history(self, limit: int | None) -> list[dict[str, Any]]:
        with state.database(self.db_path) as db:
            return [dataclasses.asdict(entry) for entry in state.history(db, limit)]

    def generate(self, settings: Mapping[str, Any]) -> dict[str, Any]:
        """An API generation: it waits its turn (the model does one thing at a time);
        past MAX_WAITING waiting requests the next is told the service is busy.

        Raises:
            Conflict: MAX_WAITING API generations are waiting or running already.
        """
        if not self.waiting.acquire(blocking=False):
            raise Conflict(f"{MAX_WAITING} generations are waiting already; try again later")
        try:
            return self._submit(lambda: self._generate(dict(settings))).result()
        finally:
            self.waiting.release()

    def _submit(self, work: Callable[[], Any]) -> Future:
        if self.stopping:
            raise Unavailable("bobby serve is stopping")
        job = _Job(work, Future())
        self.jobs.put(job)
        return job.answer

    def generate_live(self, settings: Mapping[str, Any]) -> GenerateOptions:
        """Start the page's generation (candidates arrive as `events`); one at a time.

        Raises:
            Conflict: a generation from the page is already queued or running.
            InputError: a setting is out of range (named as from "the form").
        """
        options = replace_checked(self.generate_options, settings, "the form", REQUEST_SETTINGS)
        if not self.live.acquire(blocking=False):
            raise Conflict("a generation is already running; its candidates are on their way")
        try:
            self._submit(lambda: self._generate_live(options))
        except BaseException:
            self.live.release()
            raise
        self.events.publish("generating", f"0 of {options.n} written")
        return options

    def decide(
        self,
        candidate_id: int,
        action: state.ReviewAction,
        text: str | None = None,
        reason: str | None = None,
    ) -> state.QueueItem:
        """A person's decision on a queued candidate (`bobby.serve.review.decide`); a post
        now wakes the main thread."""
        item = review.decide(
            self.db_path, self.check_text, candidate_id, action, text, reason, self.clock()
        )
        self.events.publish("changed", candidate_id)
        if item.post_status is None and (
            item.decision == "post-now"
            or (item.decision == "approved" and item.replying_to is not None)
        ):
            self._submit(self._post_now)
        return item

    def take_back(self, candidate_id: int, action: state.ReviewAction) -> state.QueueItem:
        """Un-approve a post before it goes out, or bring back a rejected candidate
        (`bobby.serve.review.take_back`); every page hears of it."""
        item = review.take_back(self.db_path, candidate_id, action, self.clock())
        self.events.publish("changed", candidate_id)
        return item

    def move(self, candidate_id: int, by: int) -> None:
        """Move an approved post in the order of those waiting for a slot."""
        with state.database(self.db_path) as db:
            state.move_scheduled(db, candidate_id, by)

    def check_text(self, text: str) -> Verdict:
        """The gate's verdict on a text a person wrote (the loaded model's gate, with the
        posts it must not copy)."""
        if self.generator is None:
            raise Unavailable("the model is still loading")
        return self.generator.gate.check(text)

    def pause(self, paused: bool) -> None:
        """Pause or resume the schedule (a post now still goes out)."""
        if paused != self.paused:
            self.paused = paused
            self._submit(
                lambda: self._decide("paused" if paused else "resumed", "from the review page")
            )


@contextlib.contextmanager
def stop_on_signals(stop: Callable[[str], None]) -> Iterator[None]:
    """SIGTERM and SIGINT call `stop` with the signal's name; a second one acts as it would
    have without this (SIGTERM ends the process, SIGINT raises KeyboardInterrupt)."""
    signals = (signal.SIGTERM, signal.SIGINT)
    previous = {number: signal.getsignal(number) for number in signals}

    def handle(number: int, _frame: Any) -> None:
        for each, handler in previous.items():
            signal.signal(each, handler)
        stop(signal.Signals(number).name)

    for number in signals:
        signal.signal(number, handle)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def serve(
    options: ServeOptions,
    generate: GenerateOptions,
    gate: GateOptions,
    bluesky: BlueskyOptions,
    *,
    layout: Layout | None = None,
    on_log: Callable[[str], None] | None = None,
    replies: RepliesOptions | None = None,
    access_token: str | None = None,
) -> None:
    """Run `bobby serve` until SIGTERM or SIGINT (then return normally).

    Args:
        options: schedule, dry run and port.
        generate: the model, adapter and sampling settings of every post.
        gate: the quality gate every post must pass.
        bluesky: the account and server to post to (unused with dry_run).
        layout: the bot folder (posts, prep.json, state database); default the one
            `generate` names.
        on_log: told each decision and event as one plain line.
        replies: the guards of replies, with `options.replies` (default RepliesOptions()).
        access_token: what the page and API ask for when `options.host` is not loopback
            (`bobby.serve.access.ensure_token`); serve refuses such a host without one.

    Raises:
        BobbyError: the port is taken, the model cannot be loaded, the login is refused.
    """
    service = Service(
        options, generate, gate, bluesky,
        layout=layout, on_log=on_log, replies=replies, access_token=access_token,
    )  # fmt: skip
    with stop_on_signals(service.stop):
        service.run()
