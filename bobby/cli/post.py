"""`bobby post`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from bobby.cli import options, ui

if TYPE_CHECKING:
    from rich.table import Table


@options.settings(options.GENERATION, options.GATE)
def post(
    flags: options.Flags,
    text: Annotated[
        str | None,
        typer.Option(
            "--text", "-t", help="Post this text (your own words) instead of a generated one."
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run", help="Build and show the exact record; send nothing. Needs no login."
        ),
    ] = False,
    pds: options.Pds = None,
    reply_gate: Annotated[
        str,
        typer.Option(
            "--reply-gate",
            help="Who may reply: everyone, mentioned, following or nobody (a threadgate, written with the post).",
        ),
    ] = "everyone",
    no_quotes: Annotated[
        bool,
        typer.Option(
            "--no-quotes", help="Nobody may quote the post (a postgate, written with it)."
        ),
    ] = False,
    cold: options.Cold = False,
    json: options.Json = False,
) -> None:
    """Publish one post to Bluesky, exactly once (posts left pending by an earlier run go first).

    Without --text, generates candidates with your adapter (asking the bobby serve of this
    bot when one runs) and posts the best one that passes the quality gate.
    """
    from dataclasses import replace

    from bobby.bluesky.session import BlueskyOptions, connect
    from bobby.config import resolve
    from bobby.errors import InputError
    from bobby.post import post as run
    from bobby.post import web_url

    account = resolve(BlueskyOptions, "bluesky", {"pds": pds})
    if reply_gate not in ("everyone", "mentioned", "following", "nobody"):
        raise InputError(
            f"--reply-gate {reply_gate!r}: give everyone, mentioned, following or nobody"
        )
    if text is not None:
        unused = [name for name in flags.given(options.GENERATION) if name != "--data"]
        if unused := unused + flags.given(options.GATE):
            raise InputError(
                f"{', '.join(unused)}: for generating a post; with --text nothing is generated"
            )
        candidates = text
    settings, gate = flags.resolve(options.GENERATION), flags.resolve(options.GATE)  # both checked
    settings = replace(settings, warm=False) if cold else settings
    if text is None:
        from bobby.warm import generate

        if not dry_run:  # no model loaded, no minutes spent, for a post that cannot go out
            connect(account)
        with ui.track("Loading") as tracker:
            generation = generate(settings, gate, progress=tracker.report, explain=ui.debug)
            candidates = generation.best()
    report = run(
        candidates,
        account,
        dry_run=dry_run,
        layout=settings.layout(),
        progress=lambda event: ui.note(event.what),
        reply_gate=reply_gate,
        quotes=not no_quotes,
    )
    if json:
        ui.print_json(report.to_dict())
    if report.dry_run:
        ui.show(render(report.record, "Dry run: this record would be posted"))
        for note in report.notes:
            ui.note(f"[yellow]Note:[/] {note}")
        return
    for earlier in report.delivered:
        ui.note(
            f"Posted {earlier.text[:60]!r}, left pending by an earlier run: {web_url(earlier.uri)}"
        )
    if report.post not in report.delivered:
        ui.note(f"Posted: {web_url(report.post.uri)}")
    if not json:
        ui.print_text(report.post.uri)


def render(record: dict, title: str) -> Table:
    """A record as a two-column table: its text, then each facet with the text it covers,
    then the threadgate and postgate records a real post writes with it (a dry run shows
    the whole write)."""
    table = ui.facts(title)
    table.add_row("text", record["text"])
    data = record["text"].encode()
    for facet in record.get("facets", []):
        start, end = facet["index"]["byteStart"], facet["index"]["byteEnd"]
        feature = facet["features"][0]
        kind = feature["$type"].rsplit("#", 1)[-1]
        target = feature.get("uri") or feature.get("did") or feature.get("tag")
        table.add_row(kind, f"{data[start:end].decode()}  [dim]→ {target}[/]")
    table.add_row("langs", ", ".join(record.get("langs", [])) or "[dim]none[/]")
    table.add_row("createdAt", record["createdAt"])
    for collection, gate in record.get("gates", {}).items():  # written with the post
        rules = gate.get("allow", gate.get("embeddingRules", []))
        shown = ", ".join(rule["$type"].rsplit("#", 1)[-1] for rule in rules) or "nobody"
        table.add_row(collection.rsplit(".", 1)[-1], f"{shown}  [dim]→ {collection}[/]")
    return table
