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
    """Print a ready cron line, systemd units or launchd plist for this bot.

    For `--mode post`, also says (on stderr) whether its `bobby post` will ask a running
    bobby serve of this bot for candidates (the warm path) or load the model."""
    from bobby.schedule import make_job, render

    ui.print_text(render(print_format, make_job(mode, every, jitter)).rstrip("\n"))
    if mode == "post":
        from bobby.config import resolve
        from bobby.options import GateOptions, GenerateOptions
        from bobby.warm import describe_cron

        generate, gate = resolve(GenerateOptions, "generate", {}), resolve(GateOptions, "gate", {})
        ui.note(describe_cron(generate, gate))
