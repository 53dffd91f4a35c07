"""`bobby export`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bobby.cli import options, ui

if TYPE_CHECKING:
    from rich.table import Table


def export(
    sources: Annotated[
        list[Path],
        typer.Argument(
            help="Twitter/X archives (.zip or folder, any year) and Bluesky repository exports (.car).",
            show_default=False,
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="The posts file to write.")] = Path(
        "data/posts.jsonl"
    ),
    include_deleted: Annotated[
        bool, typer.Option(help="Keep tweets from deleted-tweets.js.")
    ] = False,
    json: options.Json = False,
) -> None:
    """Read your archives into one posts file (data/posts.jsonl)."""
    from bobby.export import export as run

    with ui.track("Reading archives") as tracker:
        summary = run(
            sources,
            out,
            include_deleted,
            progress=tracker.report,
        )
    if json:
        ui.print_json(summary.to_dict())
    ui.show(render(summary))


def render(summary) -> Table:
    """The summary as one table: what was written, broken down, and what was skipped."""
    table = ui.facts(f"{summary.posts:,} posts written to {summary.out}")
    for source in summary.sources:
        table.add_row("source", f"{source.path}  [dim]{source.format}, {source.posts:,} posts[/]")
    table.add_row("dates", f"{summary.first} to {summary.last}")
    for title, counts in (
        ("kinds", summary.by_kind),
        ("years", summary.by_year),
        ("languages", summary.by_lang),
    ):
        shown = list(counts.items())
        text = ", ".join(f"{key} {value:,}" for key, value in shown[:12])
        if len(shown) > 12:
            text += f", {len(shown) - 12} more"
        table.add_row(title, text)
    if summary.long_notes_joined:
        table.add_row("long posts", f"{summary.long_notes_joined:,} restored from note-tweet.js")
    for reason, count in summary.skipped.items():
        table.add_row("skipped", f"{count:,} {reason}")
    return table
