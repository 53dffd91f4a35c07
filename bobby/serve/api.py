"""The HTTP API of `bobby serve`, on 127.0.0.1 only: /health, /generate, /history.

Standard library only (`http.server`), one thread per request. Requests never touch the
model themselves: /generate hands its settings to the service, whose main thread owns the
model (MLX evaluation is not thread-safe, and mlx-lm's generation stream is per thread),
and waits for the answer; the settings are checked there as every setting is
(`bobby.config`), so a bad value is a 400 before any work starts.

The API has no authentication, which is why it listens on the loopback interface only and
answers only its owner's own programs: a request whose `Host` is not this address (a web
page using DNS rebinding) is refused, and so is a state-changing request from a web page
of another origin or with a body that is not JSON (which a page could send without the
browser asking first). Idle connections time out, and a client that goes away costs one
line at most.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

import orjson

from bobby.errors import BobbyError, InputError

HOST = "127.0.0.1"
MAX_BODY = 1 << 16  # bytes of a /generate request
DEFAULT_LIMIT = 20  # items of /history without ?limit=
MAX_LIMIT = 10_000  # items of /history in one answer
IDLE_SECONDS = 10  # a connection that sends nothing for this long is closed


class BadRequest(Exception):
    """A request the API cannot serve (HTTP 400), with a message for the client."""

    status = HTTPStatus.BAD_REQUEST


class Forbidden(BadRequest):
    """A request from somewhere other than the owner's own programs (HTTP 403)."""

    status = HTTPStatus.FORBIDDEN


class Unavailable(Exception):
    """The service is stopping and takes no more work (HTTP 503)."""


class Service(Protocol):
    """What the API needs from the service."""

    def health(self) -> dict[str, Any]: ...

    def history(self, limit: int | None) -> list[dict[str, Any]]: ...

    def generate(self, settings: Mapping[str, Any]) -> dict[str, Any]: ...


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


def check_sender(headers: Any, method: str, port: int) -> None:
    """Refuse what does not come from the owner's own programs on this machine: a Host
    other than this address (DNS rebinding), and a state-changing request with a foreign
    Origin or a body a web page could send without a preflight (not JSON)."""
    own = {f"{HOST}:{port}", f"localhost:{port}"}
    if headers.get("Host") not in own:
        raise Forbidden(f"Host {headers.get('Host')!r} is not this server (use {HOST}:{port})")
    if method == "GET":
        return
    origin = headers.get("Origin")
    if origin is not None and origin not in {f"http://{name}" for name in own}:
        raise Forbidden(f"requests from {origin} are not accepted")
    kind = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise BadRequest("the body must be sent as Content-Type: application/json")


def history_limit(query: str) -> int | None:
    """?limit=N of /history: N newest items, 0 for all."""
    values = parse_qs(query).get("limit", [str(DEFAULT_LIMIT)])
    try:
        limit = int(values[-1])
    except ValueError:
        raise BadRequest(f"limit must be a whole number, not {values[-1]!r}") from None
    if not 0 <= limit <= MAX_LIMIT:
        raise BadRequest(f"limit must be between 0 (everything) and {MAX_LIMIT}")
    return limit or None


@dataclass
class Api:
    """The HTTP server, bound and serving in a thread of its own."""

    server: ThreadingHTTPServer
    thread: threading.Thread

    @classmethod
    def start(cls, service: Service, port: int) -> Api:
        """Listen on 127.0.0.1:`port` (0: any free port) and serve in a daemon thread."""
        try:
            server = ThreadingHTTPServer((HOST, port), _handler(service))
        except OSError as err:
            raise InputError(
                f"cannot listen on {HOST}:{port} ({err.strerror}); another bobby serve? choose another --port"
            ) from None
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, name="bobby-http", daemon=True)
        thread.start()
        return cls(server, thread)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _handler(service: Service) -> type[BaseHTTPRequestHandler]:
    routes: dict[tuple[str, str], Callable[[Any], Any]] = {
        ("GET", "/health"): lambda request: service.health(),
        ("GET", "/history"): lambda request: service.history(history_limit(request.query)),
        ("POST", "/generate"): lambda request: service.generate(generate_settings(request.body())),
    }

    class Handler(BaseHTTPRequestHandler):
        server_version = "bobby"
        timeout = IDLE_SECONDS

        def log_message(self, format: str, *args: Any) -> None:
            """Requests are not logged: stderr is for decisions."""

        def do_GET(self) -> None:
            self._route("GET")

        def do_POST(self) -> None:
            self._route("POST")

        @property
        def query(self) -> str:
            return urlsplit(self.path).query

        def body(self) -> bytes:
            try:
                size = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                raise BadRequest("Content-Length is not a number") from None
            if size > MAX_BODY:
                raise BadRequest(f"the body is larger than {MAX_BODY} bytes")
            return self.rfile.read(size) if size > 0 else b""

        def _route(self, method: str) -> None:
            path = urlsplit(self.path).path.rstrip("/") or "/"
            route = routes.get((method, path))
            if route is None:
                allowed = [m for m, p in routes if p == path]
                status = HTTPStatus.METHOD_NOT_ALLOWED if allowed else HTTPStatus.NOT_FOUND
                paths = ", ".join(f"{m} {p}" for m, p in routes)
                self._send(status, {"error": f"{method} {path}: not here (this API has {paths})"})
                return
            try:
                check_sender(self.headers, method, self.server.server_address[1])
                self._send(HTTPStatus.OK, route(self))
            except BadRequest as err:
                self._send(err.status, {"error": str(err)})
            except Unavailable as err:
                self._send(HTTPStatus.SERVICE_UNAVAILABLE, {"error": str(err)})
            except BobbyError as err:
                self._send(HTTPStatus.BAD_REQUEST, {"error": str(err)})
            except Exception as err:  # a bug: answered, and the service goes on
                self._send(
                    HTTPStatus.INTERNAL_SERVER_ERROR, {"error": f"{type(err).__name__}: {err}"}
                )

        def _send(self, status: HTTPStatus, value: Any) -> None:
            data = orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n"
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:  # the client went away: nothing to answer, nothing to log
                self.close_connection = True

    return Handler
