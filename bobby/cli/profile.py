"""`bobby profile`."""

from __future__ import annotations

from typing import Annotated

import typer

from bobby.cli import options, ui


def profile(
    bot_label: Annotated[
        bool | None,
        typer.Option(
            "--bot-label/--no-bot-label",
            help="Add (or remove) the self-label 'bot' on your Bluesky profile.",
            show_default=False,
        ),
    ] = None,
    pds: options.Pds = None,
) -> None:
    """Show or change the self-labels of your Bluesky profile (`--bot-label` marks the account as a bot)."""
    from bobby.bluesky.session import BlueskyOptions
    from bobby.config import resolve
    from bobby.profile import bot_label as run

    report = run(resolve(BlueskyOptions, "bluesky", {"pds": pds}), bot_label)
    labels = ", ".join(report.labels) or "none"
    if report.changed:
        ui.note(f"Updated the profile of @{report.handle}.")
    ui.print_text(f"self-labels: {labels}")
