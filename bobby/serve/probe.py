"""Whether the PDS answers, for the review page's status bar.

Asked (`com.atproto.server.describeServer`, public and cheap) at most once every EVERY
seconds, in a thread of its own with a short timeout: a slow or absent PDS never holds up
the page, which shows the last answer ("unknown" before the first one arrives).
"""

from __future__ import annotations

import threading
import time

from bobby.bluesky import xrpc
from bobby.bluesky.session import BlueskyOptions, anonymous
from bobby.errors import BobbyError

EVERY = 60.0  # seconds between two questions
TIMEOUT = 3.0  # seconds an answer may take
WHAT = "ask it"  # the action in xrpc's messages: "could not ask it: <why>"
UNKNOWN = "unknown"
ANSWERS = "answers"


class PdsProbe:
    """The PDS's last answer, asked again in the background when it is older than `every`."""

    def __init__(
        self, options: BlueskyOptions, every: float = EVERY, timeout: float = TIMEOUT
    ) -> None:
        self.options, self.every, self.timeout = options, every, timeout
        self.answer = UNKNOWN
        self._asked_at: float | None = None  # time.monotonic() of the last answer
        self._asking: threading.Thread | None = None
        self._lock = threading.Lock()

    def state(self) -> str:
        """The last answer: "answers", "not answering (why)", or "unknown" before the
        first; starts a new question when it is old, without waiting for it."""
        with self._lock:
            due = self._asking is None and (
                self._asked_at is None or time.monotonic() - self._asked_at >= self.every
            )
            if due:
                self._asking = threading.Thread(target=self._ask, name="bobby-pds", daemon=True)
                self._asking.start()
            return self.answer

    def wait(self) -> str:
        """The answer of the question under way, once it is in (for tests and scripts)."""
        asking = self._asking
        if asking is not None:
            asking.join()
        return self.answer

    def _ask(self) -> None:
        try:
            client = anonymous(self.options, self.timeout)
            xrpc.query(client, "com.atproto.server.describeServer", WHAT)
            answer = ANSWERS
        except BobbyError as err:
            answer = f"not answering ({str(err).removeprefix(f'could not {WHAT}: ')})"
        except Exception as err:  # anything else the client raises: still one line
            answer = f"not answering ({type(err).__name__})"
        with self._lock:
            self.answer, self._asked_at, self._asking = answer, time.monotonic(), None
