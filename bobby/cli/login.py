"""`bobby login`."""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import Annotated

import typer

from bobby.cli import options, ui
from bobby.errors import InputError


def login(
    handle: Annotated[
        str | None,
        typer.Option(
            help="Your handle, e.g. you.bsky.social (asked if not set).", show_default=False
        ),
    ] = None,
    pds: options.Pds = None,
) -> None:
    """Log in once with an app password; later runs reuse the saved session."""
    from bobby.bluesky.session import BlueskyOptions, session_file
    from bobby.bluesky.session import login as run
    from bobby.config import resolve

    account = resolve(BlueskyOptions, "bluesky", {"pds": pds, "handle": handle})
    if not account.handle:
        account = replace(account, handle=typer.prompt("Bluesky handle"))
    if not account.app_password:
        account = replace(account, app_password=_password())
    identity = run(account)
    ui.note(f"Logged in as @{identity.handle} ({identity.did}) on {identity.pds}.")
    ui.note(f"The session is saved in {session_file()}; the password is not.")


def _password() -> str:
    """The app password: typed without echo at a terminal, else the next line of standard
    input (getpass would warn that it cannot hide what a pipe sends)."""
    if sys.stdin.isatty():
        return typer.prompt("App password", hide_input=True)
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise InputError("no app password: type it, or send it on standard input")
    return line
