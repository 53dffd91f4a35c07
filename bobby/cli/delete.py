"""`bobby delete`."""

from __future__ import annotations

from typing import Annotated

import typer

from bobby.cli import options, ui


def delete(
    uri: Annotated[
        str | None, typer.Argument(help="The at:// URI of one of the bot's posts.")
    ] = None,
    last: Annotated[bool, typer.Option("--last", help="Delete the bot's newest post.")] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be deleted; delete nothing.")
    ] = False,
    pds: options.Pds = None,
    json: options.Json = False,
) -> None:
    """Delete one of the bot's posts (and its reply and quote controls), once; recorded."""
    from bobby.bluesky.session import BlueskyOptions
    from bobby.config import resolve
    from bobby.delete import delete as run

    report = run(
        resolve(BlueskyOptions, "bluesky", {"pds": pds}), uri=uri, last=last, dry_run=dry_run
    )
    if json:
        ui.print_json(report.to_dict())
    elif report.nothing:
        ui.note(f"Nothing to delete: {report.nothing}.")
    else:
        done = "Would delete" if report.dry_run else "Deleted"
        ui.note(f"{done} {report.uri}" + (f" ({report.post.text[:60]!r})" if report.post else ""))
