"""The HTTP API of `bobby serve`, on 127.0.0.1 only: /health, /generate, /history.

Standard library only (`http.server`), one thread per request. Requests never touch the
model themselves: /generate hands its settings to the service, whose main thread owns the
model (MLX evaluation is not thread-safe, and mlx-lm's generation stream is per thread),
and waits for the answer. The API has no authentication, which is why it listens on the
loopback interface and nowhere else.
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
MAX_BODY = 1 << 20  # bytes of a /generate request
DEFAULT_LIMIT = 20  # items of /history without ?limit=

# What a /generate request may set: the sampling settings of `bobby generate`, with the
# JSON types each accepts (an int where a float is wanted is fine; a bool never is).
FIELDS: dict[str, tuple[type, ...]] = {
    "n": (int,),
    "retries": (int,),
    "max_tokens": (int,),
    "top_k": (int,),
    "temp": (int, float),
    "top_p": (int, float),
    "min_p": (int, float),
    "repetition_penalty": (int, float),
    "seed": (int, type(None)),
    "prompt": (str, type(None)),
}


class BadRequest(Exception):
    """A request the API cannot serve (HTTP 400), with a message for the client."""


class Unavailable(Exception):
    """The service is stopping and takes no more work (HTTP 503)."""


class Service(Protocol):
    """What the API needs from the service."""

    def health(self) -> dict[str, Any]: ...

    def history(self, limit: int | None) -> list[dict[str, Any]]: ...

    def generate(self, settings: Mapping[str, Any]) -> dict[str, Any]: ...


def generate_settings(body: bytes) -> dict[str, Any]:
    """The settings of a /generate request body: a JSON object with any of FIELDS."""
    if not body.strip():
        return {}
    try:
        request = orjson.loads(body)
    except orjson.JSONDecodeError as err:
        raise BadRequest(f"the body is not JSON ({err})") from None
    if not isinstance(request, dict):
        raise BadRequest('the body must be a JSON object, like {"n": 3, "temp": 0.9}')
    unknown = sorted(set(request) - set(FIELDS))
    if unknown:
        raise BadRequest(f"unknown setting {unknown[0]!r} (known: {', '.join(FIELDS)})")
    for name, value in request.items():
        if isinstance(value, bool) or not isinstance(value, FIELDS[name]):
            kinds = " or ".join(
                "null" if kind is type(None) else kind.__name__ for kind in FIELDS[name]
            )
            raise BadRequest(f"{name} must be {kinds}, not {orjson.dumps(value).decode()}")
    return request


def history_limit(query: str) -> int | None:
    """?limit=N of /history: N newest items, 0 for all."""
    values = parse_qs(query).get("limit", [str(DEFAULT_LIMIT)])
    try:
        limit = int(values[-1])
    except ValueError:
        raise BadRequest(f"limit must be a whole number, not {values[-1]!r}") from None
    if limit < 0:
        raise BadRequest("limit cannot be negative (0: everything)")
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
                self._send(HTTPStatus.OK, route(self))
            except BadRequest as err:
                self._send(HTTPStatus.BAD_REQUEST, {"error": str(err)})
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
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler
