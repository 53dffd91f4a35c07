"""The HTTP server of `bobby serve`, on 127.0.0.1 by default: the API (/health, /generate,
/history) and the review page (`bobby.serve.page`, at /).

Starlette on uvicorn, in a thread of its own: a small, well-kept ASGI stack that streams
server-sent events to the page while other requests are answered, with no build step.
Requests never touch the model themselves: they hand work to the service, whose main
thread owns the model (MLX evaluation is not thread-safe, and mlx-lm's generation stream
is per thread); settings are checked there as every setting is (`bobby.config`), so a
bad value is a 400 before any work starts.

On the loopback interface nothing here asks who you are; one middleware (`Guard`) stands
before every endpoint, old and new: a request whose `Host` is not this address (a web page
using DNS rebinding) is refused; so is a state-changing request from a page of another
origin. Bound to any other address, the Guard also asks for the access token, or the
session its login opened (`bobby.serve.access`). An API request must carry a JSON
body (which a page cannot send elsewhere without the browser asking first); a page
request must come from the page itself (its Origin) and carry the page's CSRF token, a
random value made when the process starts. Bodies are bounded, connections that send no
whole request in IDLE_SECONDS are closed, and no other site may frame the page.
"""

from __future__ import annotations

import asyncio
import functools
import hmac
import logging
import math
import secrets
import socket
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

import orjson

from bobby.errors import InputError
from bobby.serve.access import (
    LOGIN,
    LOOPBACK_NAMES,
    WILDCARDS,
    Access,
    admit,
    bracketed,
    cookie_name,
    host_names,
    is_loopback,
    reached,
)
from bobby.serve.responses import (
    BadRequest,
    Forbidden,
    TimedOut,
    Unauthorized,
    answers,
    body,
    error_response,
    json_response,
)

if TYPE_CHECKING:
    from bobby.serve.service import Service

HOST = "127.0.0.1"
MAX_BODY = 1 << 16  # bytes of a request body
DEFAULT_LIMIT = 20  # items of /history without ?limit=
MAX_LIMIT = 10_000  # items of /history in one answer
IDLE_SECONDS = 10  # a connection that sends nothing for this long is closed
MAX_CONNECTIONS = 64  # open connections served at once (the page needs a few)
PER_ADDRESS = 16  # beyond loopback: open connections of one client address at once
PAGE_PREFIX = "/review/"  # the page's own requests: CSRF token instead of a JSON body
TOKEN_HEADER = "X-Bobby-Token"
OPEN = (LOGIN, "/static/")  # what a request without the access token may see
# on every answer: no page of another origin may frame this one (a framed page keeps its
# own Origin and CSRF token, so a click there would pass every check: clickjacking)
HEADERS = [
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", b"frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),  # no-referrer would make Origin null,
]


def generate_settings(body: bytes) -> dict[str, Any]:
    """The settings of a /generate request body: a JSON object of sampling settings,
    checked by the service as every setting is."""
    if not body.strip():
        return {}
    try:
        request = orjson.loads(body)
    except orjson.JSONDecodeError as err:
        raise BadRequest(f"the body is not JSON ({err})") from None
    if not isinstance(request, dict):
        raise BadRequest('the body must be a JSON object, like {"n": 3, "temp": 0.9}')
    return request


def _own(port: int, names: Collection[str]) -> set[str]:
    return {f"{name}:{port}" for name in names}


def check_sender(
    headers: Any, method: str, port: int, names: Collection[str] = LOOPBACK_NAMES
) -> None:
    """Refuse what does not come from the owner's own programs: a Host other than this
    server's `names` (DNS rebinding), and a state-changing request with a foreign Origin
    or a body a web page could send without a preflight (not JSON)."""
    own = _own(port, names)
    if headers.get("Host") not in own:
        raise Forbidden(
            f"Host {headers.get('Host')!r} is not this server (use {' or '.join(sorted(own))})"
        )
    if method in ("GET", "HEAD"):
        return
    origin = headers.get("Origin")
    if origin is not None and origin not in {f"http://{name}" for name in own}:
        raise Forbidden(f"requests from {origin} are not accepted")
    kind = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise BadRequest("the body must be sent as Content-Type: application/json")


def check_page(
    headers: Any, method: str, port: int, token: str, names: Collection[str] = LOOPBACK_NAMES
) -> None:
    """A request of the review page: this Host; and, to change anything, the page's own
    Origin and its CSRF token (a page of another origin has neither)."""
    check_sender(headers, "GET", port, names)
    if method in ("GET", "HEAD"):
        return
    check_origin(headers, port, names)
    if not hmac.compare_digest((headers.get(TOKEN_HEADER) or "").encode(), token.encode()):
        raise Forbidden("the page's token is missing or stale: reload the page")


def check_origin(headers: Any, port: int, names: Collection[str]) -> None:
    """A state-changing request must come from a page of this server."""
    origin = headers.get("Origin")
    if origin not in {f"http://{name}" for name in _own(port, names)}:
        raise Forbidden(f"requests from {origin or 'no Origin'} are not accepted")


def authenticate(access: Access, headers: Any, port: int, address: str) -> None:
    """A request beyond loopback: `Authorization: Bearer <token>`, or a session cookie
    from the login form.

    Raises:
        Unauthorized: neither; TooMany, Forbidden: see `admit`.
    """
    sent = headers.get("Authorization")
    if sent is not None:
        scheme, _, value = sent.partition(" ")
        if scheme.lower() != "bearer":
            raise Unauthorized("Authorization must be: Bearer <access token>")
        admit(access, value.strip(), address)
        return
    from starlette.requests import cookie_parser

    if access.has_session(cookie_parser(headers.get("Cookie", "")).get(cookie_name(port))):
        return
    raise Unauthorized(
        f"this bobby serve asks for its access token ({access.where}): log in at {LOGIN}, "
        "or send Authorization: Bearer <token>"
    )


def history_limit(query: str) -> int:
    """?limit=N of /history: the N newest items, at most MAX_LIMIT in one answer (a bot
    that runs for years has more history than one answer should hold)."""
    values = parse_qs(query).get("limit", [str(DEFAULT_LIMIT)])
    try:
        limit = int(values[-1])
    except ValueError:
        raise BadRequest(f"limit must be a whole number, not {values[-1]!r}") from None
    if not 1 <= limit <= MAX_LIMIT:
        raise BadRequest(f"limit must be between 1 and {MAX_LIMIT}")
    return limit


class Guard:
    """ASGI middleware in front of every endpoint: the sender checks (the `names` a Host
    may give; beyond loopback the access token too), and a body read whole (at most
    MAX_BODY bytes) before any endpoint sees it."""

    def __init__(self, app: Any, token: str, host: str, access: Access | None) -> None:
        self.app, self.token, self.access = app, token, access
        self.names, self.wildcard = host_names(host), host in WILDCARDS

    def check(self, scope: dict, headers: Any) -> None:
        """Everything a request must pass before its endpoint runs."""
        method, path, (local, port) = scope["method"], scope["path"], scope["server"][:2]
        # bound to every interface: the address this request reached is this server too
        names = self.names | reached(local) if self.wildcard else self.names
        if path == LOGIN and method == "POST":
            check_sender(headers, "GET", port, names)
            check_origin(headers, port, names)
        elif path.startswith(PAGE_PREFIX) or path == "/":
            check_page(headers, method, port, self.token, names)
        else:
            check_sender(headers, method, port, names)
        if self.access is not None and not path.startswith(OPEN):
            client = scope.get("client") or ("unknown", 0)
            authenticate(self.access, headers, port, client[0])

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":  # no WebSocket here: nothing would check its sender
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
            return
        from starlette.datastructures import Headers
        from starlette.responses import RedirectResponse

        send = functools.partial(_send_guarded, send)
        headers, method = Headers(scope=scope), scope["method"]
        try:
            self.check(scope, headers)
            body = await self._body(headers, receive) if method not in ("GET", "HEAD") else b""
        except BadRequest as err:
            if isinstance(err, Unauthorized) and scope["path"] == "/" and method == "GET":
                answer = RedirectResponse(LOGIN, HTTPStatus.SEE_OTHER)  # a person: the form
            else:
                answer = error_response(err)
            await answer(scope, receive, send)
            return
        scope["bobby.body"] = body
        replayed = False

        async def replay() -> dict:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    @staticmethod
    async def _body(headers: Any, receive: Callable) -> bytes:
        try:
            size = int(headers.get("Content-Length") or 0)
        except ValueError:
            raise BadRequest("Content-Length is not a number") from None
        if size > MAX_BODY:
            raise BadRequest(f"the body is larger than {MAX_BODY} bytes")
        try:
            async with asyncio.timeout(IDLE_SECONDS):  # a body that never ends holds a slot
                return await Guard._read(receive)
        except TimeoutError:
            raise TimedOut(f"the body did not arrive within {IDLE_SECONDS} s") from None

    @staticmethod
    async def _read(receive: Callable) -> bytes:
        chunks, total = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunks.append(message.get("body", b""))
            total += len(chunks[-1])
            if total > MAX_BODY:
                raise BadRequest(f"the body is larger than {MAX_BODY} bytes")
            if not message.get("more_body"):
                break
        return b"".join(chunks)


async def _send_guarded(send: Callable, message: dict) -> None:
    """Send `message`, an answer's start with HEADERS added."""
    if message["type"] == "http.response.start":
        message["headers"] = [*message.get("headers", []), *HEADERS]
    await send(message)


def app(service: Any, token: str, host: str = HOST, access: Access | None = None) -> Any:
    """The whole server: API, page, static files, behind the Guard; `host` is the address
    it listens on, `access` the access token beyond loopback."""
    from starlette.applications import Starlette
    from starlette.exceptions import HTTPException
    from starlette.middleware import Middleware
    from starlette.routing import Route

    from bobby.serve import page

    routes = [
        Route("/health", answers(lambda request: json_response(200, service.health()))),
        Route(
            "/history",
            answers(
                lambda request: json_response(
                    200, service.history(history_limit(request.url.query))
                )
            ),
        ),
        Route("/generate", answers(functools.partial(_generate, service)), methods=["POST"]),
        *page.routes(service, token, access),
    ]
    api = ", ".join(f"{next(iter(r.methods - {'HEAD'}))} {r.path}" for r in routes[:3])

    async def not_here(request: Any, exc: HTTPException) -> Any:
        return json_response(
            exc.status_code,
            {
                "error": f"{request.method} {request.url.path}: not here (this API has {api}, and the page at /)"
            },
        )

    return Starlette(
        routes=routes,
        middleware=[Middleware(Guard, token=token, host=host, access=access)],
        exception_handlers={HTTPException: not_here},
    )


def _generate(service: Service, request: Any) -> Any:
    return json_response(200, service.generate(generate_settings(body(request))))


def address(host: str, port: int = 0) -> tuple[int, Any]:
    """The socket family and address `host`:`port` names, or a clear error: asked before
    anything is written for that host (its access token)."""
    try:
        family, _, _, _, found = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
        )[0]
    except (socket.gaierror, UnicodeError) as err:
        raise InputError(f"--host {host}: not an address of this machine ({err})") from None
    return family, found


def _listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket on `host`:`port`, or a clear error."""
    family, found = address(host, port)
    # IPPROTO_TCP named, as getaddrinfo would: asyncio turns Nagle's algorithm off only on
    # sockets that say they are TCP, and with it on every answer on a kept-alive
    # connection waited 40 ms for a delayed ACK.
    listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        listener.bind(found)
        listener.listen(128)
    except OSError as err:
        listener.close()
        raise InputError(
            f"cannot listen on {bracketed(host)}:{port} ({err.strerror}); another bobby serve? choose another --port"
        ) from None
    return listener


def _idle_limit(host: str) -> type:
    """uvicorn's HTTP/1.1 protocol, closing a connection that has not sent a whole
    request's head within IDLE_SECONDS of connecting or of its last answer. uvicorn's own
    keep-alive timer starts only after an answer, and any byte stops it: connections that
    send nothing, or a byte now and then, would hold MAX_CONNECTIONS and lock the owner
    out. A request being answered (an event stream too) is never cut.

    Served beyond loopback (`host`), one client address holds at most PER_ADDRESS
    connections; the next is closed at once, so that one machine reopening idle
    connections as they expire cannot take every slot from the owner's."""
    from collections import Counter

    from uvicorn.protocols.http.h11_impl import H11Protocol

    per_address = None if is_loopback(host) else PER_ADDRESS
    open_from: Counter[str] = Counter()  # touched only by the server's event loop

    class IdleLimit(H11Protocol):
        deadline: Any = None
        counted: str | None = None

        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            peer = (transport.get_extra_info("peername") or ("",))[0]
            if per_address is not None and open_from[peer] >= per_address:
                transport.close()
                return
            self.counted = peer
            open_from[peer] += 1
            self._start_deadline()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._start_deadline()

        def handle_events(self) -> None:
            super().handle_events()
            if self._answering() and self.deadline is not None:
                self.deadline.cancel()
                self.deadline = None

        def connection_lost(self, exc: Exception | None) -> None:
            if self.deadline is not None:
                self.deadline.cancel()
            if self.counted is not None:
                open_from[self.counted] -= 1
                if not open_from[self.counted]:
                    del open_from[self.counted]
            super().connection_lost(exc)

        def _answering(self) -> bool:
            return self.cycle is not None and not self.cycle.response_complete

        def _start_deadline(self) -> None:
            if self.deadline is not None:
                self.deadline.cancel()
            self.deadline = self.loop.call_later(IDLE_SECONDS, self._expire)

        def _expire(self) -> None:
            self.deadline = None
            if not self._answering() and not self.transport.is_closing():
                self.transport.close()

    return IdleLimit


class _RefusalsPerMinute(logging.Filter):
    """uvicorn logs a line for each request refused past MAX_CONNECTIONS: under attack,
    thousands a minute would bury everything else in serve's log. One a minute goes
    through, saying how many more there were."""

    def __init__(self) -> None:
        super().__init__()
        self.last, self.quiet = -math.inf, 0

    def filter(self, record: logging.LogRecord) -> bool:
        if "concurrency limit" not in record.getMessage():
            return True
        now = time.monotonic()
        if now - self.last < 60:
            self.quiet += 1
            return False
        if self.quiet:
            record.msg, record.args = f"{record.getMessage()} ({self.quiet} more since)", ()
        self.last, self.quiet = now, 0
        return True


@dataclass
class Api:
    """The HTTP server, bound and serving in a thread of its own."""

    server: Any  # uvicorn.Server
    thread: threading.Thread
    port: int
    host: str = HOST
    refusals: logging.Filter | None = None

    @classmethod
    def start(cls, service: Any, port: int, host: str = HOST, access: Access | None = None) -> Api:
        """Listen on `host`:`port` (0: any free port) and serve in a daemon thread; the
        port is taken before this returns, so a clash is known before the model loads.
        Beyond loopback, `access` (the access token) is required."""
        import uvicorn

        IdleLimit = _idle_limit(host)
        if access is None and not is_loopback(host):
            raise InputError(
                f"--host {host} is reachable from other machines: it needs an access token"
            )
        listener = _listen(host, port)
        config = uvicorn.Config(
            app(service, secrets.token_urlsafe(32), host, access),
            http=IdleLimit,
            proxy_headers=False,  # no client picks its own address (the wrong-token count)
            loop="asyncio",
            lifespan="off",
            log_config=None,
            log_level="warning",
            access_log=False,
            timeout_keep_alive=IDLE_SECONDS,
            limit_concurrency=MAX_CONNECTIONS,  # past it: 503 at once, not a queue of sockets
            timeout_graceful_shutdown=2,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [listener]}, name="bobby-http", daemon=True
        )
        refusals = _RefusalsPerMinute()
        logging.getLogger("uvicorn.error").addFilter(refusals)
        thread.start()
        return cls(server, thread, listener.getsockname()[1], host, refusals)

    @property
    def url(self) -> str:
        """Where to open it: on every interface, by this machine's name."""
        host = socket.gethostname() if self.host in WILDCARDS else bracketed(self.host)
        return f"http://{host}:{self.port}"

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=IDLE_SECONDS)
        logging.getLogger("uvicorn.error").removeFilter(self.refusals)
