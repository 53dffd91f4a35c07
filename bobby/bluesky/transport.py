"""HTTP to servers bobby does not control: every exchange ends in bounded time and bytes.

httpx's timeouts are per operation: a server that sends one byte every few seconds never
trips a 30 s read timeout and can hold a request (and a cron job, and serve's replies)
for ever, and a body is read whole however large it is. So every connection bobby opens
to a PDS, an AppView or the PLC directory goes through `_Stream`, which gives each read
at most the time left until the request's deadline and counts the bytes read against
its budget (`limits`). The SDK's client gets it through `Request`; plain httpx clients
(the PLC lookup, getRepo) through `client()`.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx
from atproto_client.request import Request as SdkRequest

from bobby.errors import BlueskyError

TOTAL = 120.0  # seconds for one request, connecting, redirects and the whole body included
LARGEST_ANSWER = 16 << 20  # bytes of one XRPC answer (a page of notifications is ~100 KB)


class TooLarge(BlueskyError):
    """A server sent more than the request's byte budget."""


@dataclass
class _Budget:
    deadline: float
    left: int
    largest: int


_current: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar("budget", default=None)
_chosen: contextvars.ContextVar[tuple[float, int] | None] = contextvars.ContextVar(
    "limits", default=None
)


@contextlib.contextmanager
def limits(seconds: float | None = None, largest: int | None = None) -> Iterator[None]:
    """Within this block, each request ends within `seconds` in all (httpx.ReadTimeout
    past it; default TOTAL) and reads at most `largest` bytes, headers included
    (`TooLarge`; default LARGEST_ANSWER): each request of the SDK's client (`Request`)
    anew, and the block as a whole for a plain `client()`."""
    chosen = (TOTAL if seconds is None else seconds, LARGEST_ANSWER if largest is None else largest)
    token = _chosen.set(chosen)
    try:
        with _budget():
            yield
    finally:
        _chosen.reset(token)


@contextlib.contextmanager
def _budget() -> Iterator[None]:
    seconds, largest = _chosen.get() or (TOTAL, LARGEST_ANSWER)
    token = _current.set(_Budget(time.monotonic() + seconds, largest, largest))
    try:
        yield
    finally:
        _current.reset(token)


def _time_left(timeout: float | None) -> float | None:
    budget = _current.get()
    if budget is None:
        return timeout
    left = budget.deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the request took longer than its total time")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, host: str) -> None:
        self.inner, self.host = inner, host

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = self.inner.read(max_bytes, _time_left(timeout))
        budget = _current.get()
        if budget is not None:
            budget.left -= len(data)
            if budget.left < 0:
                raise TooLarge(f"{self.host} sent more than {budget.largest:,} bytes in one answer")
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, _time_left(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        return _Stream(self.inner.start_tls(*args, **kwargs), self.host)

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class _Backend(httpcore.SyncBackend):
    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, **kwargs: Any
    ) -> httpcore.NetworkStream:
        return _Stream(super().connect_tcp(host, port, _time_left(timeout), **kwargs), host)


def client(timeout: float, **kwargs: Any) -> httpx.Client:
    """An httpx client whose connections keep to the `limits` of the block they run in."""
    transport = httpx.HTTPTransport()
    transport._pool._network_backend = _Backend()  # httpx does not pass one through
    return httpx.Client(timeout=timeout, transport=transport, **kwargs)


class Request(SdkRequest):
    """The atproto SDK's requests, each within its own time and byte budget."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client.close()
        self._client = client(follow_redirects=True, **kwargs)

    def _send_request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        with _budget():  # the limits of the enclosing `limits()` block, or the defaults
            return super()._send_request(method, url, **kwargs)
