"""A hostile PDS / AppView / PLC directory on loopback: it answers each XRPC method (or any
path) with whatever a test tells it, malformed on purpose, or drips it a byte at a time.

The real servers (tests/localpds.py, tests/appview.py) only ever answer what the lexicon
says; what bobby must survive is what a broken or hostile server sends, so this one
answers `createSession` as a PDS does (so that bobby logs in as it always does) and
everything else from `answers`, a dict the test fills: path or NSID -> `Answer`.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse

import orjson
import pytest

DID = "did:plc:hostilebot0000000000000"
HANDLE = "bot.hostile.test"


@dataclass
class Answer:
    """What to send: a JSON value (or raw bytes), a status, headers; with `drip`, the body
    one byte every `drip` seconds (a server that never quite stops sending)."""

    body: object = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    drip: float | None = None
    hang_up: bool = False  # close the connection without a word

    def payload(self) -> tuple[bytes, str]:
        if isinstance(self.body, bytes):
            return self.body, self.headers.get("Content-Type", "application/octet-stream")
        return orjson.dumps(self.body), "application/json"


def _jwt(claims: dict) -> str:
    def part(value: dict) -> str:
        return base64.urlsafe_b64encode(orjson.dumps(value)).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}.c2ln"


def session() -> dict:
    """createSession's answer for the bot (tokens bobby only passes back, never checks)."""
    later = int(time.time()) + 3600
    claims = {"sub": DID, "iat": int(time.time()), "exp": later, "scope": "com.atproto.appPass"}
    token = _jwt(claims | {"aud": "did:web:hostile.test"})
    return {"did": DID, "handle": HANDLE, "accessJwt": token, "refreshJwt": _jwt(claims)}


class Hostile:
    """The server; `answers[name]` is what a request for /xrpc/<name> (or the path) gets."""

    def __init__(self) -> None:
        self.answers: dict[str, Answer] = {"com.atproto.server.createSession": Answer(session())}
        self.requests: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner._serve(self)

            def do_POST(self) -> None:
                size = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(size)
                owner._serve(self)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        path = urlparse(handler.path).path
        self.requests.append(path)
        answer = self.answers.get(path.removeprefix("/xrpc/")) or self.answers.get(path)
        if answer is None:
            answer = Answer({"error": "MethodNotImplemented"}, 501)
        body, kind = answer.payload()
        if answer.hang_up:
            handler.close_connection = True
            return
        try:
            handler.send_response(answer.status)
            handler.send_header("Content-Type", kind)
            handler.send_header("Content-Length", str(len(body)))
            for name, value in answer.headers.items():
                handler.send_header(name, value)
            handler.end_headers()
            if answer.drip is None:
                handler.wfile.write(body)
                return
            for byte in body:
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
                time.sleep(answer.drip)
        except OSError:  # the client gave up: what a drip is for
            pass

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hostile(monkeypatch: pytest.MonkeyPatch) -> Iterator[Hostile]:
    """A hostile server, and bobby's settings pointing the bot's account at it."""
    server = Hostile()
    monkeypatch.setenv("BOBBY_BLUESKY_HANDLE", HANDLE)
    monkeypatch.setenv("BOBBY_BLUESKY_APP_PASSWORD", "app-pass-word")
    monkeypatch.setenv("BOBBY_BLUESKY_PDS", server.url)
    yield server
    server.close()
