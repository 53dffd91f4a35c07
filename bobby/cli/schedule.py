"""`bobby schedule`."""

from __future__ import annotations

from typing import Annotated

import typer

from bobby.cli import ui


def schedule(
    print_format: Annotated[
        str, typer.Option("--print", help="What to print: cron, systemd or launchd.")
    ] = "cron",
    mode: Annotated[
        str,
        typer.Option(help="post: run `bobby post` on a timer; serve: keep `bobby serve` running."),
    ] = "post",
    every: Annotated[str, typer.Option(help="Time between posts (30m, 1h, 3h, 1d).")] = "1h",
    jitter: Annotated[str, typer.Option(help="Random delay added to each post (0: none).")] = "10m",
) -> None:
    """Print a ready cron line, systemd units or launchd plist for this bot."""
    from bobby.schedule import make_job, render

    ui.print_text(render(print_format, make_job(mode, every, jitter)).rstrip("\n"))
