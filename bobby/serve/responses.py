"""What every endpoint of `bobby serve` answers with: the HTTP errors a request can meet,
one JSON object per answer, and the body the Guard read (`bobby.serve.api`).

Its own module so that the API (`bobby.serve.api`), the review page (`bobby.serve.page`)
and the service (`bobby.serve.service`) share them without importing one another.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import orjson

from bobby.errors import BobbyError, StateConflict


class BadRequest(Exception):
    """A request the server cannot serve (HTTP 400), with a message for the client."""

    status = HTTPStatus.BAD_REQUEST


class Forbidden(BadRequest):
    """A request from somewhere other than the owner's own programs (HTTP 403)."""

    status = HTTPStatus.FORBIDDEN


class Unauthorized(BadRequest):
    """A request without the access token or a session, beyond loopback (HTTP 401)."""

    status = HTTPStatus.UNAUTHORIZED


class TooMany(BadRequest):
    """An address that sent too many wrong tokens, refused for a while (HTTP 429)."""

    status = HTTPStatus.TOO_MANY_REQUESTS


class TimedOut(BadRequest):
    """A request whose body did not arrive whole within IDLE_SECONDS (HTTP 408)."""

    status = HTTPStatus.REQUEST_TIMEOUT


class Conflict(BadRequest):
    """What is asked for is under way or done already: one generation from the page at a
    time, a decision on a candidate decided already (HTTP 409)."""

    status = HTTPStatus.CONFLICT


class Unavailable(Exception):
    """The service is stopping, or still loading, and cannot do this now (HTTP 503)."""


def json_response(status: int, value: Any) -> Any:
    from starlette.responses import Response

    data = orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n"
    return Response(data, status, media_type="application/json")


def error_response(err: BaseException) -> Any:
    """The answer to a request that failed: one JSON object with the error."""
    if isinstance(err, BadRequest):
        return json_response(err.status, {"error": str(err)})
    if isinstance(err, Unavailable):
        return json_response(HTTPStatus.SERVICE_UNAVAILABLE, {"error": str(err)})
    if isinstance(err, StateConflict):
        return json_response(HTTPStatus.CONFLICT, {"error": str(err)})
    if isinstance(err, BobbyError):
        return json_response(HTTPStatus.BAD_REQUEST, {"error": str(err)})
    # a bug: answered, and the service goes on
    return json_response(
        HTTPStatus.INTERNAL_SERVER_ERROR, {"error": f"{type(err).__name__}: {err}"}
    )


def answers(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """An endpoint whose errors become JSON answers (it runs in a worker thread)."""

    @functools.wraps(endpoint)
    def wrapped(request: Any) -> Any:
        try:
            return endpoint(request)
        except Exception as err:
            return error_response(err)

    return wrapped


def body(request: Any) -> bytes:
    """The request's body, as the Guard read it (endpoints run in worker threads, where
    Starlette's own `await request.body()` cannot be called)."""
    return request.scope.get("bobby.body", b"")
