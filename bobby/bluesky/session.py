"""Logging in to Bluesky without getting locked out and without leaking a secret.

Bluesky allows about 30 password logins (createSession) per 5 minutes and a few hundred
a day: a cron job that logs in at every run gets locked out. So the password is used
once, and what is kept is the session string the SDK exports (handle, DID, access and
refresh tokens), in a file only its owner can read. Every later run resumes from it; the
SDK refreshes the tokens when they near expiry and bobby saves them again each time. If
the server no longer accepts the session (revoked, or expired while unused), bobby logs
in once with the app password when it has one, else asks the user to run `bobby login`.

The password and the tokens are never put into a message: errors are built from the
server's status and error name (bobby.bluesky.xrpc), and the SDK's `Session` object,
whose str() is the whole session string, is never formatted.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import orjson

from bobby.bluesky import xrpc
from bobby.errors import BlueskyError, InputError
from bobby.files import atomic_write
from bobby.paths import config_dir, config_file

if TYPE_CHECKING:
    from atproto import Client, Session, SessionEvent

T = TypeVar("T")

TIMEOUT = 30.0  # seconds for one request; a timed-out post stays pending and is looked up next time


@dataclass
class BlueskyOptions:
    """Which account, on which server: bobby.toml [bluesky] < BOBBY_BLUESKY_* < flags.

    `app_password` is an app password (Settings > Privacy and security > App passwords),
    never the account's main password; it is needed only when there is no stored session.
    """

    handle: str | None = None
    app_password: str | None = field(default=None, repr=False)
    pds: str = "https://bsky.social"


@dataclass(frozen=True)
class Identity:
    """An account: its DID, its handle (None where only the DID is known) and the PDS
    that holds its repository; who a session belongs to, whose posts `bobby sync` reads."""

    did: str
    handle: str | None
    pds: str


def session_file() -> Path:
    """The stored session: the user's config folder, mode 0600."""
    return config_dir() / "bluesky-session.json"


def _login_name(handle: str) -> str:
    """A handle as people type it (@Name.bsky.social) in the form the server compares."""
    return handle.strip().removeprefix("@").lower()


def _checked(options: BlueskyOptions) -> BlueskyOptions:
    """Settings of the wrong type or shape, named without their values (one may be a password)."""
    where = f"{config_file()} [bluesky] or BOBBY_BLUESKY_*"
    for name in ("handle", "app_password", "pds"):
        if not isinstance(getattr(options, name), str | None):
            raise InputError(f"{where}: {name} must be a string")
    if not options.pds.startswith(("https://", "http://")):
        raise InputError(f"{where}: pds must be an http(s) URL, got {options.pds!r}")
    return BlueskyOptions(
        handle=_login_name(options.handle) if options.handle else None,
        app_password=options.app_password or None,
        pds=options.pds.rstrip("/"),
    )


def _read_stored(options: BlueskyOptions) -> str | None:
    """The stored session string if it is for this server and handle and looks intact."""
    from atproto import Session
    from atproto_server.auth.jwt import get_jwt_payload

    try:
        stored = orjson.loads(session_file().read_bytes())
        session = Session.decode(stored["session"])
        for token in (session.access_jwt, session.refresh_jwt):
            get_jwt_payload(token)  # raises unless it is a JWT
    except Exception:  # missing or unreadable in any way: as if absent; never show its content
        return None
    if stored.get("service") != options.pds:
        return None
    if options.handle and stored.get("login") != options.handle:
        return None
    return stored["session"]


def _store(options: BlueskyOptions, login: str, session_string: str) -> None:
    path = session_file()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with atomic_write(path) as handle:
        os.fchmod(handle.fileno(), 0o600)
        handle.write(
            orjson.dumps({"service": options.pds, "login": login, "session": session_string})
        )


class Account:
    """A logged-in account: the SDK client, the account's DID and handle, and the means
    to log in again once if the server stops accepting the session."""

    def __init__(self, options: BlueskyOptions) -> None:
        from atproto import Client

        from bobby.bluesky.transport import Request

        self.options = options
        self.client: Client = Client(base_url=options.pds, request=Request(timeout=TIMEOUT))
        self.client.on_session_change(self._session_changed)
        self.did = ""
        self.handle = ""
        self._login = options.handle or ""
        self._logged_in_now = False

    def _session_changed(self, event: SessionEvent, session: Session) -> None:
        """Called by the SDK on import, password login and every refresh: keep it on disk."""
        self.did, self.handle = session.did, session.handle
        if event.value != "import":
            _store(self.options, self._login or _login_name(session.handle), session.export())

    @property
    def identity(self) -> Identity:
        return Identity(self.did, self.handle, self.options.pds)

    def resume(self, session_string: str) -> None:
        """Use a stored session (no network)."""
        self.client.login(session_string=session_string, fetch_bsky_profile=False)

    def log_in(self) -> None:
        """One password login (createSession). The profile fetch the SDK would do after it
        is skipped: it needs an AppView, which bobby does not use and a lone PDS lacks."""
        from atproto_core.exceptions import AtProtocolError

        if not self.options.handle:
            raise BlueskyError(
                "no Bluesky handle: set BOBBY_BLUESKY_HANDLE (or handle in bobby.toml [bluesky]) or run `bobby login`"
            )
        if not self.options.app_password:
            raise BlueskyError(
                f"no app password for @{self.options.handle}: set BOBBY_BLUESKY_APP_PASSWORD or run `bobby login`"
            )
        try:
            self.client.login(
                self.options.handle, self.options.app_password, fetch_bsky_profile=False
            )
        except AtProtocolError as err:
            problem = xrpc.translate(err, f"log in to {self.options.pds}")
            if isinstance(problem, xrpc.Refused | xrpc.SessionRejected):
                raise BlueskyError(
                    f"Bluesky rejected the handle or app password for @{self.options.handle} ({problem.detail})"
                ) from err
            raise problem from err
        self._logged_in_now = True

    def query(self, nsid: str, what: str, **params: Any) -> Any:
        """An authenticated GET; see `bobby.bluesky.xrpc.query`."""
        return self._with_session(lambda: xrpc.query(self.client, nsid, what, **params))

    def procedure(self, nsid: str, what: str, body: dict[str, Any]) -> Any:
        """An authenticated POST; see `bobby.bluesky.xrpc.procedure`."""
        return self._with_session(lambda: xrpc.procedure(self.client, nsid, what, body))

    def _with_session(self, call: Callable[[], T]) -> T:
        """Run `call`; if the server rejects the stored session, log in once and run it again."""
        try:
            return call()
        except xrpc.SessionRejected as rejected:
            if self._logged_in_now:
                raise
            if not self.options.app_password:
                raise BlueskyError(
                    f"Bluesky no longer accepts the stored session of @{self.handle} (revoked or expired): "
                    "run `bobby login`, or set BOBBY_BLUESKY_APP_PASSWORD so that bobby can log in again by itself"
                ) from rejected
        self.log_in()
        return call()


def connect(options: BlueskyOptions) -> Account:
    """An account ready to use: the stored session if there is one for this server and
    handle (no network), else one password login, which is then stored."""
    options = _checked(options)
    account = Account(options)
    stored = _read_stored(options)
    if stored is not None:
        account.resume(stored)
    elif options.app_password:
        account.log_in()
    else:
        raise BlueskyError(
            f"not logged in to {options.pds}: run `bobby login` "
            "(or set BOBBY_BLUESKY_HANDLE and BOBBY_BLUESKY_APP_PASSWORD)"
        )
    return account


def login(options: BlueskyOptions) -> Identity:
    """Log in with the handle and app password in `options` and store the session
    (`bobby login`). Always a fresh login, replacing any stored session."""
    account = Account(_checked(options))
    account.log_in()
    return account.identity


def anonymous(options: BlueskyOptions, timeout: float = TIMEOUT) -> Client:
    """A client without a session, for public reads (a dry run resolving @mentions, serve
    asking whether the PDS answers)."""
    from atproto import Client

    from bobby.bluesky.transport import Request

    return Client(base_url=_checked(options).pds, request=Request(timeout=timeout))
