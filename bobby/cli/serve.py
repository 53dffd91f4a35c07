"""`bobby serve`."""

from __future__ import annotations

from typing import Annotated

import typer

from bobby.cli import options, ui
from bobby.cli.reply import SERVE_REPLIES


@options.settings(options.GENERATION, options.GATE, SERVE_REPLIES)
def serve(
    flags: options.Flags,
    every: Annotated[
        str | None,
        typer.Option(help="Time between posts (30m, 1h, 3h). [default: 1h]", show_default=False),
    ] = None,
    jitter: Annotated[
        str | None,
        typer.Option(
            help="Random extra wait before each post, up to this. [default: 10m]",
            show_default=False,
        ),
    ] = None,
    quiet_hours: Annotated[
        str | None,
        typer.Option(
            help="No posts in these hours, local time (23-7, 22:30-6:00).", show_default=False
        ),
    ] = None,
    max_per_day: Annotated[
        int | None,
        typer.Option(
            min=0, help="At most this many posts a (local) day; 0: no limit.", show_default=False
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Generate and log each post; send nothing.")
    ] = False,
    review: Annotated[
        bool,
        typer.Option(
            "--review",
            help="Post only what a person approved on the review page; the schedule fills its queue.",
        ),
    ] = False,
    queue_size: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=1000,
            help="With --review: the schedule adds candidates while fewer than this wait. [default: 20]",
            show_default=False,
        ),
    ] = None,
    port: Annotated[
        int | None,
        typer.Option(
            help="Port of the review page and HTTP API on 127.0.0.1. [default: 8765]",
            show_default=False,
        ),
    ] = None,
    host: Annotated[
        str | None,
        typer.Option(
            help="Address to listen on. Other than 127.0.0.1/localhost, the page and API ask for an access token. [default: 127.0.0.1]",
            show_default=False,
        ),
    ] = None,
    new_token: Annotated[
        bool,
        typer.Option(
            "--new-token",
            help="Replace the access token (data/serve.token) with a new one, shown once.",
        ),
    ] = False,
    pds: options.Pds = None,
    replies: Annotated[
        bool,
        typer.Option("--replies", help="Answer mentions and replies too (the Replies settings)."),
    ] = False,
) -> None:
    """Keep the model in memory and post on a schedule, with a review page and an HTTP API
    on 127.0.0.1 (open http://127.0.0.1:8765/).

    With --host other than loopback, the page and API ask for an access token: made on
    first use, stored with mode 0600 in data/serve.token, shown once.

    Every decision is logged to stderr and the state database. Stops cleanly on
    SIGTERM or Ctrl-C.
    """
    from bobby.bluesky.session import BlueskyOptions
    from bobby.config import resolve
    from bobby.serve import ServeOptions
    from bobby.serve import serve as run
    from bobby.serve.access import ensure_token, is_loopback, token_file
    from bobby.serve.api import address

    settings, gate = flags.resolve(options.GENERATION), flags.resolve(options.GATE)
    replying = flags.resolve(SERVE_REPLIES)
    flags = {
        "every": every, "jitter": jitter, "quiet_hours": quiet_hours, "max_per_day": max_per_day,
        "dry_run": dry_run or None, "review": review or None, "queue_size": queue_size, "port": port,
        "host": host, "replies": replies or None,
    }  # fmt: skip
    serving, layout = resolve(ServeOptions, "serve", flags), settings.layout()
    token = None
    address(serving.host)  # a host that is none: refused before its token is made
    if new_token or not is_loopback(serving.host):
        path = token_file(layout.state_db)
        token, made = ensure_token(path, renew=new_token)
        if made:
            _show_once(token, path)
    run(
        serving,
        settings,
        gate,
        resolve(BlueskyOptions, "bluesky", {"pds": pds}),
        layout=layout,
        on_log=ui.log,
        replies=replying,
        access_token=token,
    )


def _show_once(token: str, path: object) -> None:
    """A new access token, on the terminal only: never into a log file (there, where to
    read it instead). The stream itself must be a terminal: rich's `is_terminal` is
    also true for a log file when FORCE_COLOR or TTY_COMPATIBLE is set."""
    isatty = getattr(ui.console.file, "isatty", None)
    if isatty is not None and isatty():
        ui.console.print(
            f"The access token of this bot's review page (shown this once; also in {path}, mode 0600):\n{token}",
            soft_wrap=True,
            highlight=False,
            markup=False,
        )
    else:
        ui.log(f"a new access token is in {path} (mode 0600); it is not written to this log")
