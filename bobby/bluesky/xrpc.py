"""XRPC calls to a PDS: raw JSON in and out, errors a person can act on, polite retries.

Records travel as plain JSON (not the SDK's models) so that what `--dry-run` prints, what
is stored in the state database and what is sent are the same bytes, and a record read
back (a profile) is written again with every field it had.

Every failure of the SDK becomes one of four kinds of `BlueskyError`, each with a message built
here from the status code and the server's error name: never from the request, so
neither the password nor a token can end up in a message. Only `Busy` is worth
retrying, and `retrying` does it with exponential backoff that honours `ratelimit-reset`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import orjson

from bobby.errors import BlueskyError

if TYPE_CHECKING:
    from atproto import Client

T = TypeVar("T")

TRIES = 5  # sends of one request before giving up on 429s and server errors
FIRST_WAIT = 2.0  # seconds; then 4, 8, 16
LONGEST_WAIT = 120.0  # a rate limit that resets later than this is not waited for
LONGEST_RESET = 24 * 3600.0  # seconds; a later ratelimit-reset is read as this


class Unreachable(BlueskyError):
    """No answer from the PDS: it is down, the network is, or it took too long."""


class Answer(BlueskyError):
    """The PDS answered with an error: `error` is its XRPC error name, `detail` its message
    (or the name, or the HTTP status)."""

    def __init__(self, message: str, error: str | None = None, detail: str = "") -> None:
        super().__init__(message)
        self.error = error
        self.detail = detail


class Busy(Answer):
    """A 429 or a server error: the same request may work later, after `wait` seconds
    (None: the server did not say)."""

    def __init__(
        self, message: str, error: str | None = None, detail: str = "", wait: float | None = None
    ) -> None:
        super().__init__(message, error, detail)
        self.wait = wait


class SessionRejected(Answer):
    """The PDS no longer accepts the session (revoked, expired) or the credentials."""


class Refused(Answer):
    """The PDS answered no to this request, and would again."""


def query(client: Client, nsid: str, what: str, **params: Any) -> Any:
    """GET /xrpc/`nsid`; `what` names the action in error messages ("read the post")."""
    from atproto_client.models.dot_dict import DotDict

    return _call(what, lambda: client.invoke_query(nsid, params=DotDict(params)))


def procedure(client: Client, nsid: str, what: str, body: dict[str, Any]) -> Any:
    """POST /xrpc/`nsid` with a JSON body."""
    content = orjson.dumps(body)
    return _call(
        what,
        lambda: client.invoke_procedure(
            nsid, content=content, headers={"Content-Type": "application/json"}
        ),
    )


def _call(what: str, send: Callable[[], Any]) -> Any:
    """The answer's content: parsed JSON, or bytes when the server said it is not JSON.
    What it holds is for `bobby.bluesky.schema` to check before anything reads it."""
    import httpx
    from atproto_core.exceptions import AtProtocolError

    from bobby.bluesky.schema import Malformed

    try:
        return send().content
    except AtProtocolError as err:
        raise translate(err, what) from err
    except httpx.HTTPError as err:  # what the SDK passes on as it is: a broken answer
        raise Unreachable(f"could not {what}: the server broke off its answer ({err})") from None
    except ValueError as err:  # the SDK's JSON parser: not JSON, or nested past its limit
        raise Malformed(
            f"could not {what}: the server's answer is not readable JSON ({err})"
        ) from None


def translate(err: Exception, what: str) -> BlueskyError:
    """The `BlueskyError` for an exception of the atproto SDK raised while trying to `what`."""
    from atproto_client.exceptions import InvokeTimeoutError, LoginRequiredError, NetworkError
    from atproto_client.models.common import XrpcError
    from atproto_server.exceptions import InvalidTokenError

    response = getattr(err, "response", None)
    if response is None:
        if isinstance(err, InvokeTimeoutError):
            return Unreachable(f"could not {what}: {_where(err)} did not answer in time")
        if isinstance(err, NetworkError):
            return Unreachable(
                f"could not {what}: cannot reach {_where(err)} ({err.__cause__ or 'network error'})"
            )
        if isinstance(err, LoginRequiredError | InvalidTokenError):
            return SessionRejected(
                f"could not {what}: the stored session is not usable", None, "unusable session"
            )
        return BlueskyError(f"could not {what}: {type(err).__name__}")
    status = response.status_code
    content = response.content
    error = content.error if isinstance(content, XrpcError) else None
    detail = (
        (content.message if isinstance(content, XrpcError) else None) or error or f"HTTP {status}"
    )
    if status == 429:
        wait = _reset_wait(response.headers)
        until = ""
        if wait is not None:
            until = f" until {datetime.fromtimestamp(time.time() + wait, UTC):%H:%M:%S} UTC"
        return Busy(
            f"could not {what}: Bluesky limits how often this may be done{until} (HTTP 429)",
            error,
            detail,
            wait,
        )
    if status >= 500:
        return Busy(f"could not {what}: the server failed (HTTP {status}: {detail})", error, detail)
    if status in (401, 403) or error in ("ExpiredToken", "InvalidToken"):
        return SessionRejected(f"could not {what}: {detail}", error, detail)
    return Refused(f"could not {what}: {detail}", error, detail)


def _where(err: Exception) -> str:
    """The server an httpx error was about, from the request it carries (never its body)."""
    try:
        url = err.__cause__.request.url  # type: ignore[union-attr]
    except (AttributeError, RuntimeError):
        return "the server"
    port = f":{url.port}" if url.port else ""
    return f"{url.scheme}://{url.host}{port}"


def _reset_wait(headers: dict[str, str]) -> float | None:
    """Seconds until `ratelimit-reset` (a Unix time), at most a day (a later reset is as
    good as never for a retry, and past year 9999 no clock can show it), or None if absent
    or not a finite number (nan, inf, garbage)."""
    try:
        reset = float(headers["ratelimit-reset"])
    except (KeyError, ValueError):
        return None
    if not math.isfinite(reset):
        return None
    return min(max(reset - time.time(), 0.0) + 1.0, LONGEST_RESET)


def retrying(
    send: Callable[[], T],
    *,
    tries: int = TRIES,
    on_wait: Callable[[str], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Run `send`, again after a wait each time it raises `Busy`.

    Waits until `ratelimit-reset` when the server gives it, else 2, 4, 8... seconds. Gives
    up, raising the last `Busy`, after `tries` sends or at once when the server asks for a
    wait longer than LONGEST_WAIT (a cron job is better off trying at its next run).

    Args:
        send: the request; it must be safe to repeat.
        tries: how many times to send at most.
        on_wait: told, in one line, each time a wait begins.
        sleep: how to wait (tests pass a fake).
    """
    attempt = 1
    while True:
        try:
            return send()
        except Busy as busy:
            wait = busy.wait if busy.wait is not None else FIRST_WAIT * 2 ** (attempt - 1)
            if attempt >= tries or wait > LONGEST_WAIT:
                raise Busy(
                    f"{busy}; gave up after {attempt} of {tries} tries",
                    busy.error,
                    busy.detail,
                    busy.wait,
                ) from busy
            attempt += 1
            if on_wait is not None:
                on_wait(f"{busy}; trying again in {wait:.0f} s (try {attempt} of {tries})")
            sleep(wait)
