"""`bobby history`."""

from __future__ import annotations

import dataclasses
from typing import Annotated

import typer
from rich.table import Table

from bobby.cli import ui

STYLES = {
    "posted": "green",
    "pending": "yellow",
    "failed": "red",
    "rejected": "dim",
    "generated": "",
}


def history(
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=0, help="Show the N newest items (0: all).")
    ] = 20,
    json: Annotated[
        bool, typer.Option("--json", help="Print the items as JSON on stdout.")
    ] = False,
) -> None:
    """List generated candidates and posts, newest first: time, text, status, URI, adapter, settings."""
    from bobby import state

    with state.database() as db:
        entries = state.history(db, limit or None)
    if json:
        ui.print_json([dataclasses.asdict(entry) for entry in entries])
    ui.show(render(entries))


def render(entries: list) -> Table:
    table = Table(
        title=f"{len(entries)} item{'' if len(entries) == 1 else 's'}, newest first",
        title_justify="left",
    )
    for name in ("time", "status", "text", "uri", "adapter", "sampling"):
        table.add_column(name, overflow="fold")
    for entry in entries:
        sampling = " ".join(f"{key}={value}" for key, value in entry.sampling.items())
        status = (
            f"[{STYLES.get(entry.status, '')}]{entry.status}[/]"
            if STYLES.get(entry.status)
            else entry.status
        )
        table.add_row(
            entry.time[:19].replace("T", " "),
            status,
            entry.text,
            entry.uri or "",
            entry.adapter or "",
            sampling,
        )
    return table
