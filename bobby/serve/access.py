"""Who may use `bobby serve`'s page and API when it listens beyond this machine.

On the loopback interface (the default) only programs of this machine reach the server,
and the Host and Origin checks of `bobby.serve.api` are enough. Bound to any other
address (`--host`), anyone on that network reaches it, so it then asks for an access
token: a random value made on first use, stored with mode 0600 beside the state database
(`data/serve.token`) and shown once, when it is made. A person types it into the page's
login form once and gets a session cookie (HttpOnly, SameSite=Strict; a random id kept in
this process's memory only, so every session ends when serve restarts); a program sends
`Authorization: Bearer <token>`. Tokens are compared in constant time, and an address
that sends wrong tokens is refused for a while after a few tries.
"""

from __future__ import annotations

import collections
import hmac
import ipaddress
import os
import secrets
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from bobby.errors import InputError
from bobby.files import atomic_write
from bobby.serve.responses import Forbidden, TooMany

LOOPBACK_NAMES = ("127.0.0.1", "localhost")
WILDCARDS = ("0.0.0.0", "::", "")  # every interface: the Host may name any of them
MAX_SESSIONS = 100  # open sessions kept; the oldest goes first
MAX_TRIES = 5  # wrong tokens an address may send in TRIES_WINDOW seconds
TRIES_WINDOW = 60.0
MAX_ADDRESSES = 4096  # addresses whose wrong tries are remembered
COOKIE = "bobby_session"
LOGIN = "/login"  # the login form (only beyond loopback)


def is_loopback(host: str) -> bool:
    """Whether `host` (a name or an address) is this machine's loopback interface only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_names(host: str) -> frozenset[str]:
    """The names a request's Host may give (before `:port`) for a server bound to `host`:
    the loopback names, the bound name or address, and beyond loopback this machine's own
    names (on every interface, the address a request reached is added per request:
    `reached`)."""
    names = {*LOOPBACK_NAMES, bracketed(host)}
    if not is_loopback(host):
        names |= {socket.gethostname(), socket.getfqdn()}
    names.discard("")
    return frozenset(names)


def reached(local: str) -> set[str]:
    """The names of the address a request reached, as its Host writes them: an IPv4
    client of a server on `::` reaches `::ffff:a.b.c.d` and writes `a.b.c.d`."""
    names = {bracketed(local)}
    try:
        address = ipaddress.ip_address(local)
    except ValueError:
        return names
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        names.add(str(address.ipv4_mapped))
    return names


def bracketed(host: str) -> str:
    """An IPv6 address as a Host header writes it ([::1]); anything else as it is."""
    try:
        return f"[{host}]" if ipaddress.ip_address(host).version == 6 else host
    except ValueError:
        return host


def token_file(state_db: Path) -> Path:
    """Where the access token lives: beside the state database, in the bot's folder."""
    return state_db.parent / "serve.token"


def ensure_token(path: Path, renew: bool = False) -> tuple[str, bool]:
    """The access token stored at `path`, made (or, with `renew`, replaced) when needed.

    Returns:
        The token, and whether it was made now (the only time it may be shown).

    Raises:
        InputError: the file cannot be read or written, or holds no token.
    """
    if not renew:
        try:
            token = path.read_text().strip()
        except FileNotFoundError:
            pass
        except OSError as err:
            raise InputError(f"{path}: cannot read the access token ({err.strerror})") from None
        else:
            if len(token) < 32:
                raise InputError(
                    f"{path}: does not hold an access token; delete it and start again to make one"
                )
            return token, False
    token = secrets.token_urlsafe(32)
    with atomic_write(path, "w") as handle:
        os.fchmod(handle.fileno(), 0o600)
        handle.write(token + "\n")
    return token, True


@dataclass
class Access:
    """The access token of a server bound beyond loopback, the sessions it opened, and
    the wrong tries of each address."""

    token: str
    where: str = "serve.token beside the state database"  # the token file, for messages
    sessions: collections.OrderedDict[str, None] = field(default_factory=collections.OrderedDict)
    tries: dict[str, collections.deque[float]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def opens(self, sent: str) -> bool:
        """Whether `sent` is the access token (compared in constant time)."""
        return hmac.compare_digest(sent.encode(), self.token.encode())

    def new_session(self) -> str:
        """A new session id, valid until serve stops (or MAX_SESSIONS newer ones exist)."""
        session = secrets.token_urlsafe(32)
        with self.lock:
            self.sessions[session] = None
            while len(self.sessions) > MAX_SESSIONS:
                self.sessions.popitem(last=False)
        return session

    def has_session(self, session: str | None) -> bool:
        with self.lock:
            return session is not None and session in self.sessions

    def end_session(self, session: str | None) -> None:
        """Log a session out: its cookie opens nothing from now on, whoever holds it."""
        with self.lock:
            self.sessions.pop(session or "", None)

    def limited(self, address: str) -> bool:
        """Whether `address` sent MAX_TRIES wrong tokens within the last TRIES_WINDOW s."""
        with self.lock:
            tries = self.tries.get(address)
            cutoff = time.monotonic() - TRIES_WINDOW
            while tries and tries[0] < cutoff:
                tries.popleft()
            return bool(tries) and len(tries) >= MAX_TRIES

    def wrong(self, address: str) -> None:
        """Remember a wrong token from `address`."""
        with self.lock:
            if address not in self.tries and len(self.tries) >= MAX_ADDRESSES:
                self.tries.pop(next(iter(self.tries)))
            self.tries.setdefault(address, collections.deque(maxlen=MAX_TRIES)).append(
                time.monotonic()
            )


def cookie_name(port: int) -> str:
    """The session cookie's name: cookies do not tell ports apart, so two bots on one
    machine each keep their own."""
    return f"{COOKIE}_{port}"


def admit(access: Access, sent: str, address: str) -> None:
    """Let the access token `sent` from `address` in, or refuse it in one line; an address
    that sent too many wrong ones is refused without a look for a while.

    Raises:
        TooMany: MAX_TRIES wrong tokens from this address lately.
        Forbidden: not the access token.
    """
    if access.limited(address):
        raise TooMany("too many wrong access tokens from this address; wait a minute")
    if not access.opens(sent):
        access.wrong(address)
        raise Forbidden("wrong access token")
