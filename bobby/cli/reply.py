"""`bobby reply`."""

from __future__ import annotations

import dataclasses
from typing import Annotated

import typer

from bobby.cli import options, ui
from bobby.options import RepliesOptions

REPLIES = options.Group(
    cls=RepliesOptions,
    section="replies",
    helps={
        "per_thread": "Most bot posts in one thread.",
        "cooldown": "Minutes between two replies to the same person.",
        "hourly_cap": "Most replies in an hour.",
        "lookback": "On the first run, answer notifications at most this many minutes old.",
        "retry_within": "Answer a mention held back by cooldown, cap or quiet hours at a later run while it is at most this many minutes old (0: never).",
        "quiet_hours": "No replies between these local times, like 23-7.",
    },
    panel="Replies",
)
# `bobby serve --replies`: serve's own --quiet-hours applies to replies too.
SERVE_REPLIES = dataclasses.replace(
    REPLIES,
    helps={k: v for k, v in REPLIES.helps.items() if k != "quiet_hours"}
    | {"interval": "Seconds between two looks at the notifications."},
)


@options.settings(REPLIES, options.GENERATION, options.GATE)
def reply(
    flags: options.Flags,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Decide and write the answers; send nothing.")
    ] = False,
    pds: options.Pds = None,
    json: options.Json = False,
) -> None:
    """Answer new mentions and replies once (for cron), within every guard of the replies
    settings; with the review setting of serve on, queue the answers for the review page."""
    from bobby.bluesky.session import BlueskyOptions
    from bobby.config import resolve
    from bobby.reply import model_writer
    from bobby.reply import reply as run
    from bobby.serve import ServeOptions

    settings = flags.resolve(options.GENERATION)
    with ui.track("Replying") as tracker:
        write = model_writer(settings, flags.resolve(options.GATE), progress=tracker.report)
        report = run(
            resolve(BlueskyOptions, "bluesky", {"pds": pds}),
            flags.resolve(REPLIES),
            write,
            layout=settings.layout(),
            dry_run=dry_run,
            review=resolve(ServeOptions, "serve", {}).review,
        )
    if json:
        ui.print_json(report.to_dict())
        return
    if report.first_start:
        ui.note("First run: earlier notifications are marked seen, not answered.")
    for item in report.handled:
        ui.note(f"{item.outcome} {item.summary()}")
    if not report.handled:
        ui.note("No new notifications.")
