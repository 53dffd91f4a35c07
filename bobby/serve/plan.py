"""When `bobby serve` posts: an interval with random jitter, quiet hours and a daily limit.

Pure functions of the time they are given and a random generator, so that tests can run
weeks of decisions in a moment, across midnight, without sleeping. Quiet hours and the
day that `max_per_day` counts are local time (the machine's time zone, or `tz`), because
"not at night" means the night where the person is; every datetime here is aware, and
wall-clock times are built per day, so a change to or from daylight saving time moves
nothing.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from bobby.errors import InputError

POST = "post"
QUIET = "skipped-quiet-hours"
FULL = "skipped-max-per-day"

# After a failed try (network down, PDS away, no candidate passed) the next one comes
# after this many seconds, doubling with each failure, never later than the interval.
FIRST_RETRY = 30.0

_CLOCK = re.compile(r"(\d{1,2})(?::(\d{2}))?")


def _clock(text: str, whole: str) -> time:
    match = _CLOCK.fullmatch(text.strip())
    if not match or int(match[1]) > 23 or int(match[2] or 0) > 59:
        raise InputError(
            f"quiet_hours {whole!r}: not a time of day; give hours like 23-7 or 22:30-6:00 (local time)"
        )
    return time(int(match[1]), int(match[2] or 0))


@dataclass(frozen=True)
class QuietHours:
    """A daily stretch of local time without posts, from `start` to `end` (which may be
    the next day: 23-7 is the night)."""

    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> QuietHours:
        """`23-7`, `22:30-06:00`: start and end in local time."""
        parts = text.split("-")
        if len(parts) != 2:
            raise InputError(
                f"quiet_hours {text!r}: give START-END in local time, like 23-7 or 22:30-6:00"
            )
        start, end = (_clock(part, text) for part in parts)
        if start == end:
            raise InputError(f"quiet_hours {text!r}: starts when it ends")
        return cls(start, end)

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"

    def contains(self, local: datetime) -> bool:
        """Whether the local time `local` falls in the quiet hours (start in, end out)."""
        now = local.time()
        if self.start < self.end:
            return self.start <= now < self.end
        return now >= self.start or now < self.end


@dataclass(frozen=True)
class Step:
    """What to do at a time: POST now, or skip (QUIET, FULL) and look again `at`."""

    action: str
    at: datetime


@dataclass
class Schedule:
    """The serve schedule: every `every` seconds plus a random 0 to `jitter` seconds,
    never in the quiet hours, at most `max_per_day` posts a local day (0: no limit)."""

    every: float
    jitter: float = 0.0
    quiet: QuietHours | None = None
    max_per_day: int = 0
    tz: tzinfo | None = None  # None: the machine's local time zone
    rng: random.Random = field(default_factory=random.Random)

    def __post_init__(self) -> None:
        if self.every <= 0:
            raise InputError("every must be longer than 0 seconds")
        if self.jitter < 0:
            raise InputError("--jitter cannot be negative")
        if self.max_per_day < 0:
            raise InputError("--max-per-day cannot be negative (0: no limit)")

    def local(self, when: datetime) -> datetime:
        return when.astimezone(self.tz)

    def _wall(self, day: date, at: time) -> datetime:
        """The moment the local clock shows `at` on `day`."""
        if self.tz is None:
            return datetime.combine(day, at).astimezone()
        return datetime.combine(day, at, tzinfo=self.tz)

    def _jitter(self) -> timedelta:
        return timedelta(seconds=self.rng.uniform(0, self.jitter))

    def day_start(self, when: datetime) -> datetime:
        """Local midnight that began the day of `when`: where the daily count starts."""
        return self._wall(self.local(when).date(), time(0))

    def decide(self, when: datetime, posted_today: int) -> Step:
        """Post at `when`, or why not and when to look again (plus jitter, so that the
        bot does not post at 07:00:00 sharp every morning).

        Args:
            when: now.
            posted_today: posts made since `day_start(when)`.
        """
        local = self.local(when)
        if self.quiet is not None and self.quiet.contains(local):
            end = self._wall(local.date(), self.quiet.end)
            if end <= local:
                end = self._wall(local.date() + timedelta(days=1), self.quiet.end)
            return Step(QUIET, end + self._jitter())
        if self.max_per_day and posted_today >= self.max_per_day:
            tomorrow = self._wall(local.date() + timedelta(days=1), time(0))
            return Step(FULL, tomorrow + self._jitter())
        return Step(POST, when)

    def after_post(self, when: datetime) -> datetime:
        """When to post next, after a post at `when`."""
        return when + timedelta(seconds=self.every) + self._jitter()

    def first(self, when: datetime, last_post: datetime | None) -> datetime:
        """When to post first after starting at `when`: now, unless the last post (of an
        earlier run) was less than an interval ago, so restarts do not add posts."""
        if last_post is None:
            return when
        return max(when, self.after_post(last_post))

    def retry(self, when: datetime, failures: int) -> datetime:
        """When to try again after `failures` failed tries in a row."""
        wait = min(self.every, FIRST_RETRY * 2 ** (max(failures, 1) - 1))
        return when + timedelta(seconds=wait)
