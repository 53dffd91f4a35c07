"""`bobby sync`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from bobby.cli import options, ui

if TYPE_CHECKING:
    from rich.table import Table

SHOWN = 10  # new posts listed in the table; --json lists them all


def sync(
    account: Annotated[
        str,
        typer.Argument(
            metavar="HANDLE_OR_DID",
            help="Your Bluesky handle (alice.bsky.social) or DID (did:plc:...).",
            show_default=False,
        ),
    ],
    pds: Annotated[
        str | None,
        typer.Option(
            help="Ask this PDS for the handle's DID and download from it (default: the PDS your DID document names).",
            show_default=False,
        ),
    ] = None,
    plc: Annotated[
        str, typer.Option(envvar="BOBBY_PLC_URL", help="The PLC directory that resolves did:plc.")
    ] = "https://plc.directory",
    posts: Annotated[
        Path, typer.Option("--posts", help="The posts file to add to (created if missing).")
    ] = Path("data/posts.jsonl"),
    json: options.Json = False,
) -> None:
    """Add your new Bluesky posts to data/posts.jsonl (the bot's own posts are left out)."""
    from bobby.sync import sync as run

    with ui.track("Syncing") as tracker:
        report = run(account, posts, pds, plc, tracker.report)
    if json:
        ui.print_json(report.to_dict())
    ui.show(render(report))


def render(report: Any) -> Table:
    """The report as one table: the account, the download, and the posts it added."""
    new = report.new
    title = (
        f"{len(new):,} new post{'' if len(new) == 1 else 's'} added to {report.out}"
        if new
        else f"No new posts for {report.out}"
    )
    table = ui.facts(title)
    name = f"@{report.handle}  " if report.handle else ""
    table.add_row("account", f"{name}[dim]{report.did}[/]")
    if report.since and not report.downloaded_bytes:
        download = f"nothing new since revision {report.since}"
    else:
        since = f"changes since revision {report.since}" if report.since else "whole repository"
        count = report.posts_downloaded
        download = (
            f"{since}, {report.downloaded_bytes:,} bytes, {count:,} post{'' if count == 1 else 's'}"
        )
    table.add_row("download", f"{report.pds}: {download}")
    for post in new[:SHOWN]:
        text = " ".join(post["text"].split())
        shown = text if len(text) <= 80 else text[:79] + "…"
        table.add_row("new", f"[dim]{post['created_at'][:10]}[/] {ui.escape(shown)}")
    if len(new) > SHOWN:
        table.add_row("new", f"and {len(new) - SHOWN:,} more (--json lists them all)")
    if report.left_out:
        table.add_row("left out", f"{report.left_out:,} posted by bobby (never learned from)")
    for reason, count in report.skipped.items():
        table.add_row("skipped", f"{count:,} {reason}")
    table.add_row("posts file", f"{report.posts:,} posts in all")
    return table
