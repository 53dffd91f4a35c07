"""`bobby history`."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Annotated

import typer

from bobby.cli import options, ui

if TYPE_CHECKING:
    from rich.table import Table

STYLES = {
    "posted": "green",
    "pending": "yellow",
    "failed": "red",
    "rejected": "dim",
    "generated": "",
    "dry-run": "cyan",  # what a dry run of serve would have posted
    "held": "yellow",  # a reply a guard held back for now
}


def history(
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=0, help="Show the N newest items (0: all).")
    ] = 20,
    json: options.Json = False,
) -> None:
    """List generated candidates and posts, newest first: time, text, status, URI, adapter, settings."""
    from bobby import state
    from bobby.paths import state_db

    entries = []
    if state_db().exists():  # looking creates nothing
        with state.database() as db:
            entries = state.history(db, limit or None)
    if json:
        ui.print_json([dataclasses.asdict(entry) for entry in entries])
    elif entries:
        ui.show(render(entries))
    else:
        ui.note(f"Nothing yet: {state_db()} records what bobby generates and posts.")


def render(entries: list) -> Table:
    """Time and status in narrow columns, the text with what made it (URI, adapter,
    sampling) dimmed below it, so that it reads at 80 columns too."""
    from rich.table import Table

    table = Table(
        title=f"{len(entries)} item{'' if len(entries) == 1 else 's'}, newest first",
        title_justify="left",
        show_lines=True,
    )
    table.add_column("time", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("text", ratio=1, overflow="fold")
    for entry in entries:
        sampling = " ".join(
            f"{key}={value}" for key, value in entry.sampling.items() if value is not None
        )
        answers = f"answering {entry.answers}" if entry.answers else None
        made = " · ".join(part for part in (answers, entry.uri, entry.adapter, sampling) if part)
        style = STYLES.get(entry.status.split(":")[0])
        table.add_row(
            entry.time[:16].replace("T", " "),
            f"[{style}]{entry.status}[/]" if style else entry.status,
            ui.escape(entry.text) + (f"\n[dim]{ui.escape(made)}[/]" if made else ""),
        )
    return table
