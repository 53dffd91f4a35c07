"""The review queue of `bobby serve`: what a person decides about candidates, and how
every open page hears of new ones.

A candidate joins the queue when the schedule (with `review` on) or the page's generate
form writes it. A person then approves it (posted at the next scheduled moment), asks to
post it now, edits it (the edited text is checked by the gate again and posted as
edited), or rejects it (never posted). Each decision is a row of the state database's
`reviews` table with its time; the database allows one final decision per candidate, so
a double click, two tabs or a reload record one, and the service posts a candidate only
while it has no post row, so it is posted once (`bobby.post`'s exactly-once path).

A decision can be taken back by a later row, never by deleting one: un-approving a post
before it goes out, or bringing back a rejected candidate (the page's Undo), puts the
candidate back in the queue with its edit, for a new decision. An approval and the post
it leads to are each written under the database's write lock, and the post's writer
checks that the approval still stands: an un-approve that comes first stops the post, one
that comes after the post was written is refused.
"""

from __future__ import annotations

import contextlib
import queue as queues
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from bobby import state
from bobby.errors import InputError
from bobby.verdict import Verdict

MAX_REASON = 500  # characters of a rejection's reason
MAX_EVENTS = 1000  # events a page may fall behind before it is dropped (it reconnects)
CLOSED = None  # what a subscriber receives when the service stops


def queue(db_path: Path, candidate_id: int, when: datetime) -> None:
    """Put a recorded candidate in the queue (a second time changes nothing)."""
    with state.database(db_path) as db:
        state.add_review(db, candidate_id, "queued", when=when)


def item(db_path: Path, candidate_id: int) -> state.QueueItem:
    """A queued candidate as it stands; InputError if it is not in the queue."""
    with state.database(db_path) as db:
        found = state.review_queue(db, "one", id=candidate_id)
    if not found:
        raise InputError(f"candidate {candidate_id} is not in the review queue")
    return found[0]


def decide(
    db_path: Path,
    check: Callable[[str], Verdict],
    candidate_id: int,
    action: state.ReviewAction,
    text: str | None,
    reason: str | None,
    when: datetime,
) -> state.QueueItem:
    """Record a person's decision and return the candidate as it then stands.

    Approving (or post-now) with a `text` other than the candidate's records the edit
    first; the text to post must pass the gate (`check`). A candidate already decided is
    returned as it is: the decision that came first stands.

    Raises:
        InputError: not in the queue, or the text to post does not pass the gate.
    """
    current = item(db_path, candidate_id)
    if current.decision is not None:
        return current
    if action in ("approved", "post-now"):
        edited = text is not None and text.strip() != current.candidate.text
        final = text.strip() if edited and text is not None else current.candidate.text
        verdict = check(final) if edited else current.candidate.verdict
        if verdict is not None and not verdict.passed:
            what = "the edited text" if edited else "the quality gate refused this candidate:"
            raise InputError(f"{what} {verdict.reason()}; edit it or reject it")
        with state.database(db_path) as db:
            state.add_review(db, candidate_id, action, text=final, when=when)
    elif action == "rejected":
        reason = (reason or "").strip()[:MAX_REASON] or None
        with state.database(db_path) as db:
            state.add_review(db, candidate_id, "rejected", reason=reason, when=when)
    else:
        raise InputError(f"{action!r} is not a decision (approved, post-now, rejected)")
    return item(db_path, candidate_id)


def take_back(
    db_path: Path, candidate_id: int, action: state.ReviewAction, when: datetime
) -> state.QueueItem:
    """Take back a candidate's final decision (`unapproved`, `unrejected`) and return it
    as it then stands: waiting for a person, with its edit. Taken back already (another
    tab, a second click): returned as it is.

    Raises:
        InputError: not in the queue, or `action` takes nothing back.
        ReviewConflict: the decision is of the other kind, or its post is being sent or was.
    """
    if action not in state.TAKEN_BACK.values():
        raise InputError(f"{action!r} takes no decision back (unapproved, unrejected)")
    with state.database(db_path) as db:
        state.add_review(db, candidate_id, action, when=when)
    return item(db_path, candidate_id)


class Events:
    """News for every open page (a candidate written, a decision, the generation's
    progress): each page's event stream subscribes and gets its own queue."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[queues.Queue] = []

    def subscribe(self, limit: int) -> queues.Queue | None:
        """A new page's queue, or None when `limit` pages are subscribed already."""
        subscriber: queues.Queue = queues.Queue(MAX_EVENTS)
        with self._lock:
            if len(self._subscribers) >= limit:
                return None
            self._subscribers.append(subscriber)
        return subscriber

    def unsubscribe(self, subscriber: queues.Queue) -> None:
        with self._lock:
            if subscriber in self._subscribers:
                self._subscribers.remove(subscriber)

    def publish(self, kind: str, data: Any) -> None:
        """Tell every page; one that fell MAX_EVENTS behind is closed (it reconnects)."""
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber.put_nowait((kind, data))
            except queues.Full:
                self.unsubscribe(subscriber)
                _end(subscriber)

    def close(self) -> None:
        """End every stream: the service is stopping."""
        with self._lock:
            subscribers, self._subscribers = self._subscribers, []
        for subscriber in subscribers:
            _end(subscriber)


def _end(subscriber: queues.Queue) -> None:
    """Make room for CLOSED and send it: the page's stream ends (and the browser
    connects again, catching up by reloading the queue)."""
    while True:
        try:
            subscriber.put_nowait(CLOSED)
            return
        except queues.Full:
            with contextlib.suppress(queues.Empty):
                subscriber.get_nowait()
