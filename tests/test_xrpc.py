"""Errors of the atproto SDK turned into messages, and the backoff around 429s and 5xx.

The SDK's exceptions here are its own classes carrying responses built in the test; the
same paths run against the real PDS in test_post_pds.py (500s, refused sessions, a PDS
that is down), but a real PDS cannot be made to rate-limit on demand.
"""

from __future__ import annotations

import socket
import time

import pytest
from atproto import Client
from atproto_client import exceptions
from atproto_client.models.common import XrpcError
from atproto_client.request import Response

from bobby.bluesky import xrpc


def answer(
    error_class, status: int, error: str | None = None, message: str | None = None, **headers
):
    content = XrpcError(error=error, message=message) if error else b""
    return error_class(
        Response(success=False, status_code=status, content=content, headers=headers)
    )


def test_a_closed_port_is_unreachable():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # free, and nothing listens once the socket closes
    with pytest.raises(
        xrpc.Unreachable, match=rf"could not look up @x: cannot reach http://127.0.0.1:{port} \("
    ):
        xrpc.query(
            Client(f"http://127.0.0.1:{port}"),
            "com.atproto.identity.resolveHandle",
            "look up @x",
            handle="x",
        )


def test_answers_are_sorted_into_what_can_be_done_about_them():
    reset = int(time.time()) + 30
    limited = xrpc.translate(
        answer(
            exceptions.RateLimitExceededError,
            429,
            "RateLimitExceeded",
            "slow down",
            **{"ratelimit-reset": str(reset)},
        ),
        "post",
    )
    assert isinstance(limited, xrpc.Busy) and 29 <= limited.wait <= 32
    assert "could not post: Bluesky limits how often this may be done until" in str(limited)
    failed = xrpc.translate(answer(exceptions.RequestException, 503), "post")
    assert isinstance(failed, xrpc.Busy) and failed.wait is None and "HTTP 503" in str(failed)
    expired = xrpc.translate(
        answer(exceptions.BadRequestError, 400, "ExpiredToken", "Token has been revoked"), "post"
    )
    assert isinstance(expired, xrpc.SessionRejected)
    assert isinstance(
        xrpc.translate(answer(exceptions.UnauthorizedError, 401, "AuthenticationRequired"), "post"),
        xrpc.SessionRejected,
    )
    missing = xrpc.translate(
        answer(exceptions.BadRequestError, 400, "RecordNotFound", "Could not locate record"),
        "read it",
    )
    assert isinstance(missing, xrpc.Refused) and missing.error == "RecordNotFound"
    assert str(missing) == "could not read it: Could not locate record"


def busy_then(result, busy: list[xrpc.Busy]):
    def send():
        if busy:
            raise busy.pop(0)
        return result

    return send


def test_retrying_backs_off_exponentially_and_honours_the_reset():
    waits, notes = [], []
    errors = [xrpc.Busy("a"), xrpc.Busy("b"), xrpc.Busy("c", wait=7.0)]
    assert (
        xrpc.retrying(busy_then("done", errors), sleep=waits.append, on_wait=notes.append) == "done"
    )
    assert waits == [2.0, 4.0, 7.0]
    assert notes[0] == "a; trying again in 2 s (try 2 of 5)"


def test_retrying_gives_up_after_the_last_try():
    waits = []
    with pytest.raises(xrpc.Busy, match="gave up after 3 of 3 tries"):
        xrpc.retrying(busy_then("never", [xrpc.Busy("x")] * 3), tries=3, sleep=waits.append)
    assert waits == [2.0, 4.0]


def test_retrying_does_not_wait_for_a_distant_reset():
    waits = []
    with pytest.raises(xrpc.Busy, match="gave up after 1 of 5 tries"):
        xrpc.retrying(
            busy_then("never", [xrpc.Busy("daily limit", wait=3600.0)]), sleep=waits.append
        )
    assert waits == []


def test_other_errors_are_not_retried():
    calls = []

    def send():
        calls.append(1)
        raise xrpc.Refused("no")

    with pytest.raises(xrpc.Refused):
        xrpc.retrying(send, sleep=lambda _: None)
    assert len(calls) == 1


@pytest.mark.parametrize("reset", ["nan", "inf", "1e20", "-1e20", "soon", ""])
def test_an_unusable_ratelimit_reset_is_still_a_clear_busy(reset):
    limited = xrpc.translate(
        answer(exceptions.RateLimitExceededError, 429, **{"ratelimit-reset": reset}), "post"
    )
    assert isinstance(limited, xrpc.Busy)
    assert limited.wait is None or 0 < limited.wait <= xrpc.LONGEST_RESET
    assert str(limited).startswith("could not post: Bluesky limits how often this may be done")
