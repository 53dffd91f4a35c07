"""`bobby serve --host` beyond loopback: the access token, the login form and its session
cookie, Bearer for programs, the Host names it accepts; and loopback as before. Against
the real HTTP server (Starlette on uvicorn) of a service without a model: the page and
its rules need none.
"""

from __future__ import annotations

import contextlib
import http.client
import re
import socket
import stat
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import orjson
import pytest

from bobby import state
from bobby.bluesky.session import BlueskyOptions
from bobby.candidates import Candidate
from bobby.errors import InputError
from bobby.gate import GateOptions
from bobby.generate import GenerateOptions
from bobby.serve import ServeOptions, Service
from bobby.serve.access import (
    MAX_TRIES,
    Access,
    cookie_name,
    ensure_token,
    host_names,
    is_loopback,
    reached,
)
from bobby.serve.api import Api
from bobby.serve.responses import Unavailable
from bobby.serve.service import MAX_WAITING
from tests.test_review import browser  # noqa: F401 (a fixture)

FORM = "application/x-www-form-urlencoded"
JSON = {"Content_Type": "application/json"}


def test_the_token_is_made_once_private_and_replaced_on_demand(tmp_path):
    path = tmp_path / "data" / "serve.token"
    token, made = ensure_token(path)
    assert made and len(token) >= 32 and path.read_text() == token + "\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert ensure_token(path) == (token, False)  # never made (nor shown) again
    renewed, made = ensure_token(path, renew=True)
    assert made and renewed != token and ensure_token(path) == (renewed, False)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.write_text("short\n")
    with pytest.raises(InputError, match="does not hold an access token; delete it"):
        ensure_token(path)


def test_loopback_and_the_host_names_a_request_may_give():
    assert all(map(is_loopback, ["127.0.0.1", "localhost", "::1", "127.0.0.2"]))
    assert not any(map(is_loopback, ["0.0.0.0", "192.168.1.20", "::", "bot.local", ""]))
    assert host_names("127.0.0.1") == {"127.0.0.1", "localhost"}
    assert {"127.0.0.1", "localhost", "192.168.1.20"} < host_names("192.168.1.20")
    assert "[fd00::5]" in host_names("fd00::5")
    assert socket.gethostname() in host_names("0.0.0.0")
    assert reached("::ffff:192.168.1.20") == {"[::ffff:192.168.1.20]", "192.168.1.20"}
    assert reached("192.168.1.20") == {"192.168.1.20"}


class Client:
    """Plain HTTP to the server on 127.0.0.1, with the Host header a test chooses."""

    def __init__(self, api: Api, host: str | None = None) -> None:
        self.port = api.port
        self.host = host or f"127.0.0.1:{api.port}"
        self.origin = f"http://{self.host}"

    def __call__(
        self, method: str, path: str, body: bytes | None = None, **headers: str
    ) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(
                method,
                path,
                body,
                {"Host": self.host, **{k.replace("_", "-"): v for k, v in headers.items()}},
            )
            answer = connection.getresponse()
            return answer.status, dict(answer.getheaders()), answer.read()
        finally:
            connection.close()

    def login(self, token: str, nonce: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
        body = urlencode({"token": token, "nonce": nonce}).encode()
        return self("POST", "/login", body, Content_Type=FORM, **{"Origin": self.origin, **headers})


@pytest.fixture
def open_server(isolated):
    """A server listening on every interface, with an access token."""
    service = Service(
        ServeOptions(dry_run=True, review=True, port=0, host="0.0.0.0"),
        GenerateOptions(model="unused"),
        GateOptions(),
        BlueskyOptions(),
    )
    token = ensure_token(isolated / "data" / "serve.token")[0]
    api = Api.start(service, 0, "0.0.0.0", Access(token))
    yield api, token
    api.close()


def test_beyond_loopback_the_page_and_api_ask_for_the_token(open_server):
    api, token = open_server
    call = Client(api)
    with pytest.raises(InputError, match="needs an access token"):
        Api.start(object(), 0, "0.0.0.0")

    status, _, body = call("GET", "/health")
    assert status == 401 and "log in at /login, or send Authorization: Bearer" in body.decode()
    status, headers, _ = call("GET", "/")
    assert status == 303 and headers["location"] == "/login"
    assert call("GET", "/health", Authorization=f"Bearer {token}")[0] == 200
    assert call("GET", "/static/review.css")[0] == 200  # the login form's look
    status, _, body = call("GET", "/health", Authorization="Bearer not-the-token")
    assert status == 403 and orjson.loads(body) == {"error": "wrong access token"}
    assert call("GET", "/health", Authorization=f"Basic {token}")[0] == 401

    # The login form: its own nonce, its own Origin, then a session cookie.
    status, _, form = call("GET", "/login")
    assert status == 200 and token.encode() not in form
    nonce = re.search(rb'name="nonce" value="([^"]+)"', form)[1].decode()
    assert call.login(token, nonce, Origin="http://evil.example")[0] == 403
    assert call.login(token, "stale")[0] == 403
    status, _, page = call.login("wrong", nonce)
    assert status == 403 and b"wrong access token" in page and token.encode() not in page
    status, headers, _ = call.login(token, nonce)
    assert status == 303 and headers["location"] == "/"
    cookie = headers["set-cookie"]
    assert cookie.startswith(f"{cookie_name(api.port)}=")
    attributes = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert attributes == {"httponly", "path=/", "samesite=strict"}  # plain http: not Secure
    session = cookie.split(";")[0]
    assert token not in session

    status, _, page = call("GET", "/", Cookie=session)
    assert status == 200 and token.encode() not in page
    csrf = re.search(rb'X-Bobby-Token": "([^"]+)"', page)[1].decode()
    page_post = {"Cookie": session, "Origin": call.origin, "X-Bobby-Token": csrf}
    assert call("POST", "/review/pause", b"", **page_post)[0] == 200
    assert call("POST", "/review/pause", b"", **{**page_post, "Cookie": "x=1"})[0] == 401
    assert (
        call("POST", "/review/pause", b"", **{**page_post, "Origin": "http://evil.example"})[0]
        == 403
    )
    forged = f"{cookie_name(api.port)}=made-up"
    assert call("GET", "/", Cookie=forged)[0] == 303
    # Only the page itself logs out: another site's page, or one without the page's token,
    # cannot end the session.
    for hostile in ({"Origin": "http://evil.example"}, {"X-Bobby-Token": "stale"}):
        assert call("POST", "/review/logout", b"", **{**page_post, **hostile})[0] == 403
    assert call("GET", "/", Cookie=session)[0] == 200

    # The Host may name this machine, or the address the request reached; nothing else.
    for host in (socket.gethostname(), "localhost", "127.0.0.1"):
        named = Client(api, f"{host}:{api.port}")
        assert named("GET", "/health", Authorization=f"Bearer {token}")[0] == 200
    evil = Client(api, f"evil.example:{api.port}")
    assert evil("GET", "/health", Authorization=f"Bearer {token}")[0] == 403

    # Wrong tokens: after a few, the address is refused for a while, even the right one.
    for _ in range(MAX_TRIES):
        call("GET", "/health", Authorization="Bearer guess")
    status, _, body = call("GET", "/health", Authorization=f"Bearer {token}")
    assert status == 429 and b"too many wrong access tokens" in body
    assert call.login(token, nonce)[0] == 429
    assert call("GET", "/", Cookie=session)[0] == 200  # an open session goes on


def test_logging_in_from_a_browser(open_server, browser):  # noqa: F811
    """Debian's chromium (tests/test_review.py's fixture): the page sends it to the login
    form; a wrong token is one line; the right one opens the page, whose buttons work with
    the session cookie the browser keeps (HttpOnly, SameSite=Strict; not Secure on http);
    "Log out" ends the session."""
    from playwright.sync_api import expect

    api, token = open_server
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"http://127.0.0.1:{api.port}/")
    assert page.url.endswith("/login")
    page.fill("input[name=token]", "a guess")
    page.click("#login button[type=submit]")
    expect(page.locator("#flash")).to_have_text("wrong access token")
    page.fill("input[name=token]", token)
    page.click("#login button[type=submit]")
    expect(page.locator("#mode")).to_have_text("review · dry run")
    expect(page.locator("#pds")).to_have_text("dry run")
    assert token not in page.content() and token not in page.url
    [cookie] = context.cookies()
    assert cookie["name"] == cookie_name(api.port) and cookie["value"] != token
    assert (cookie["httpOnly"], cookie["sameSite"], cookie["secure"]) == (True, "Strict", False)
    page.click("#pause")  # a change: the cookie, the page's Origin and its CSRF token
    expect(page.locator("#resume")).to_be_visible()

    # Log out: back at the form, and the session is over on the server, not only here.
    page.click("#logout")
    page.wait_for_url("**/login")
    assert context.cookies() == []
    page.goto(f"http://127.0.0.1:{api.port}/")
    assert page.url.endswith("/login")
    old = f"{cookie['name']}={cookie['value']}"
    assert Client(api)("GET", "/health", Cookie=old)[0] == 401
    context.close()


def test_loopback_asks_for_nothing(isolated):
    service = Service(
        ServeOptions(dry_run=True, port=0),
        GenerateOptions(model="unused"),
        GateOptions(),
        BlueskyOptions(),
    )
    api = Api.start(service, 0)
    try:
        call = Client(api)
        assert call("GET", "/health")[0] == 200 and call("GET", "/")[0] == 200
        assert call("GET", "/login")[0] == 404  # no login form where no token is asked for
        other = Client(api, f"{socket.gethostname()}:{api.port}")
        assert other("GET", "/health")[0] == 403
    finally:
        api.close()


def test_the_cli_makes_the_token_once_and_never_logs_it(cli, isolated):
    """Not on a terminal (a log file, cron, systemd) the token is not printed: the log
    says where it is. It is made on first use beyond loopback, kept, and --new-token
    replaces it. (The model does not exist: serve stops right after listening.)"""
    path = isolated / "data" / "serve.token"
    start = ("serve", "--host", "0.0.0.0", "--port", 0, "--dry-run", "--model", "/nowhere")
    result = cli(*start)
    assert result.exit_code == 1 and "/nowhere: no such file or folder" in result.stderr
    token = path.read_text().strip()
    assert f"a new access token is in {Path('data/serve.token')} (mode 0600)" in result.stderr
    assert token not in result.stderr + result.stdout
    again = cli(*start)
    assert "a new access token" not in again.stderr and path.read_text().strip() == token
    renewed = cli(*start, "--new-token")
    assert "a new access token is in" in renewed.stderr
    assert path.read_text().strip() not in (token, *renewed.stderr.split())
    path.unlink()
    nowhere = cli("serve", "--host", "not a host", "--port", 0, "--model", "/nowhere")
    assert nowhere.exit_code == 1 and "--host not a host: not an address" in nowhere.stderr
    assert not path.exists()  # no token for a host that is none
    loopback = cli("serve", "--port", 0, "--dry-run", "--model", "/nowhere")
    assert (
        "access token" not in loopback.stderr
        and "listening on http://127.0.0.1:" in loopback.stderr
    )


def test_on_a_terminal_the_new_token_is_shown(monkeypatch, tmp_path):
    """The one place the token is printed: a terminal (a real one: a pseudo-terminal
    here), when it was just made; a log file never gets it, FORCE_COLOR or not."""
    import io
    import os

    from rich.console import Console

    from bobby.cli import serve, ui

    leader, follower = os.openpty()
    with open(follower, "w") as terminal:
        monkeypatch.setattr(ui, "console", Console(file=terminal, force_terminal=True, width=200))
        serve._show_once("the-token-itself", tmp_path / "serve.token")
    shown = os.read(leader, 1 << 16).decode()
    os.close(leader)
    assert shown.splitlines()[-1] == "the-token-itself" and "shown this once" in shown

    monkeypatch.setenv("FORCE_COLOR", "1")  # rich then calls any file a terminal
    log = io.StringIO()
    monkeypatch.setattr(ui, "console", Console(file=log, width=200))
    serve._show_once("the-token-itself", tmp_path / "serve.token")
    assert "the-token-itself" not in log.getvalue()
    assert "it is not written to this log" in log.getvalue()


@pytest.fixture
def loopback_server(isolated):
    service = Service(
        ServeOptions(dry_run=True, review=True, port=0),
        GenerateOptions(model="unused"),
        GateOptions(),
        BlueskyOptions(),
    )
    api = Api.start(service, 0)
    yield api, service
    api.close()


def test_hostile_requests_get_a_clear_refusal(loopback_server):
    """What a local program or another page can send: every answer says no page may
    frame this one (clickjacking); odd tokens and numbers are a 4xx, never a 500; a
    decided candidate is not regenerated; API generations waiting for the model are
    bounded (the rest are told the service is busy)."""
    api, service = loopback_server
    call = Client(api)
    status, headers, page = call("GET", "/")
    assert status == 200
    for answer in (headers, call("GET", "/nowhere")[1], Client(api, "evil.example")("GET", "/")[1]):
        assert answer["x-frame-options"] == "DENY"
        assert answer["content-security-policy"] == "frame-ancestors 'none'"
    csrf = re.search(rb'X-Bobby-Token": "([^"]+)"', page)[1].decode()
    post = {"Origin": call.origin, "X-Bobby-Token": csrf}
    assert call("POST", "/review/pause", b"", **{**post, "X-Bobby-Token": "\xe9"})[0] == 403
    for path, method, what in [
        ("/review/history?page=999999999999999999999", "GET", b"page must be between"),
        ("/review/99999999999999999999/approve", "POST", b"candidate number must be between"),
        ("/review/0/reject", "POST", b"candidate number must be between"),
    ]:
        status, _, answer = call(method, path, b"" if method == "POST" else None, **post)
        assert status == 400 and what in answer, (path, answer)
    with state.database() as db:
        [decided] = state.add_candidates(db, [Candidate("a candidate someone rejected")])
        state.add_review(db, decided.id, "queued")
        state.add_review(db, decided.id, "rejected")
    status, _, answer = call("POST", f"/review/{decided.id}/regenerate", b"", **post)
    assert status == 409 and b"was rejected already" in answer

    # The service's loop does not run here: API generations wait for it, and the next is busy.
    waiting = [
        threading.Thread(target=call, args=("POST", "/generate", b"{}"), kwargs=JSON)
        for _ in range(MAX_WAITING)
    ]
    for thread in waiting:
        thread.start()
    while service.jobs.qsize() < MAX_WAITING:
        time.sleep(0.05)
    status, _, answer = call("POST", "/generate", b"{}", **JSON)
    assert status == 409 and b"generations are waiting already" in answer
    while not service.jobs.empty():  # what a stopping service answers them
        service.jobs.get().answer.set_exception(Unavailable("bobby serve is stopping"))
    for thread in waiting:
        thread.join(timeout=30)


def test_wrong_tokens_count_for_the_real_address(open_server):
    api, token = open_server
    call = Client(api)
    for number in range(MAX_TRIES):
        forwarded = {"X-Forwarded-For": f"10.0.0.{number}"}
        assert call("GET", "/health", Authorization="Bearer guess", **forwarded)[0] == 403
    status, _, _ = call("GET", "/health", Authorization=f"Bearer {token}")
    assert status == 429


def test_connections_that_send_no_whole_request_are_closed(loopback_server, monkeypatch):
    """Silent or byte-at-a-time connections would hold every slot (MAX_CONNECTIONS) and
    lock the owner out; an event stream being answered is never cut."""
    from bobby.serve import api as api_module
    from bobby.serve import page

    monkeypatch.setattr(api_module, "IDLE_SECONDS", 0.5)
    monkeypatch.setattr(page, "MAX_STREAMS", 1)
    api = loopback_server[0]
    port = api.port
    with socket.create_connection(("127.0.0.1", port), timeout=10) as silent:
        silent.sendall(b"GET /health HTTP/1.1\r\n")  # and never the rest
        assert silent.recv(1024) == b""  # closed by the server
    stream = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    stream.request("GET", "/review/events", headers={"Host": f"127.0.0.1:{port}"})
    answer = stream.getresponse()
    assert answer.status == 200 and answer.readline() == b"retry: 2000\n"
    time.sleep(1.0)  # past IDLE_SECONDS: a stream being answered stays open
    status, _, body = Client(api)("GET", "/review/events")
    assert status == 429 and b"1 pages are open already" in body
    assert Client(api)("GET", "/health")[0] == 200  # the rest is answered
    stream.close()


def test_beyond_loopback_one_address_cannot_take_every_connection(open_server):
    """MAX_CONNECTIONS silent connections from one address (127.0.0.2 stands for another
    machine) would get the owner's /health a 503; past PER_ADDRESS they are closed at
    once, and the owner (from 127.0.0.1) is answered."""
    from bobby.serve.api import MAX_CONNECTIONS, PER_ADDRESS

    api, token = open_server
    held = []
    try:
        for _ in range(MAX_CONNECTIONS + 4):
            attacker = socket.socket()
            attacker.settimeout(10)
            attacker.bind(("127.0.0.2", 0))
            attacker.connect(("127.0.0.1", api.port))
            held.append(attacker)
        with contextlib.suppress(ConnectionResetError):  # closed by the server, unanswered
            held[-1].sendall(b"GET /health HTTP/1.1\r\n")
            assert held[-1].recv(1024) == b""
        assert Client(api)("GET", "/health", Authorization=f"Bearer {token}")[0] == 200
        held[0].sendall(f"GET /health HTTP/1.1\r\nHost: 127.0.0.1:{api.port}\r\n\r\n".encode())
        assert held[0].recv(1024).startswith(b"HTTP/1.1 401")  # the first ones are served
        assert PER_ADDRESS < MAX_CONNECTIONS
    finally:
        for each in held:
            each.close()


def test_a_body_that_never_finishes_is_timed_out(loopback_server, monkeypatch):
    from bobby.serve import api as api_module

    monkeypatch.setattr(api_module, "IDLE_SECONDS", 0.5)
    port = loopback_server[0].port
    with socket.create_connection(("127.0.0.1", port), timeout=10) as slow:
        slow.sendall(
            f"POST /generate HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{".encode()
        )  # and never the other 99 bytes
        assert slow.recv(1024).startswith(b"HTTP/1.1 408")


def test_refused_connections_are_logged_once_a_minute(isolated, monkeypatch, caplog):
    """Past MAX_CONNECTIONS (2 here) every request is refused with a 503; the log says so
    once, not once per request."""
    from bobby.serve import api as api_module

    monkeypatch.setattr(api_module, "MAX_CONNECTIONS", 2)
    service = Service(ServeOptions(dry_run=True, port=0), GenerateOptions(model="unused"),
                      GateOptions(), BlueskyOptions())  # fmt: skip
    api = Api.start(service, 0)
    try:
        with (
            socket.create_connection(("127.0.0.1", api.port)),
            socket.create_connection(("127.0.0.1", api.port)),
        ):
            statuses = [Client(api)("GET", "/health")[0] for _ in range(5)]
        assert statuses == [503] * 5
        refused = [r for r in caplog.records if "concurrency limit" in r.getMessage()]
        assert len(refused) == 1
    finally:
        api.close()
