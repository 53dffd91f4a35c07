"""`bobby post`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from bobby.cli import options, ui


def post(
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
    json: Annotated[
        bool, typer.Option("--json", help="Print the record and where it went as JSON on stdout.")
    ] = False,
    adapter_path: options.AdapterPath = None,
    model: options.Model = None,
    n: options.N = None,
    temp: options.Temp = None,
    top_p: options.TopP = None,
    min_p: options.MinP = None,
    top_k: options.TopK = None,
    repetition_penalty: options.RepetitionPenalty = None,
    max_tokens: options.MaxTokens = None,
    prompt: options.Prompt = None,
    seed: options.Seed = None,
    retries: options.Retries = None,
    min_chars: options.MinChars = None,
    data: options.Data = None,
) -> None:
    """Publish one post to Bluesky, exactly once (posts left pending by an earlier run go first).

    Without --text, generates candidates with your adapter and posts the best one that
    passes the quality gate.
    """
    from bobby.bluesky.session import BlueskyOptions
    from bobby.config import resolve
    from bobby.errors import InputError
    from bobby.generate import generate
    from bobby.layout import Layout
    from bobby.post import post as run
    from bobby.post import web_url

    account = resolve(BlueskyOptions, "bluesky", {"pds": pds})
    if text is not None:
        if unused := options.given(locals()):
            raise InputError(
                f"{', '.join(unused)}: for generating a post; with --text nothing is generated"
            )
        candidates = text
    else:
        settings, gate = options.generation(locals())
        with ui.track("Loading") as tracker:
            candidates = generate(settings, gate, progress=tracker.report).best()
    layout = Layout(data=data or Layout().data)
    report = run(
        candidates,
        account,
        dry_run=dry_run,
        layout=layout,
        progress=lambda event: ui.note(event.what),
    )
    if json:
        ui.print_json(report.to_dict())
    if report.dry_run:
        ui.show(render(report.record, "Dry run: this record would be posted"))
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
    """A record as a two-column table: its text, then each facet with the text it covers."""
    table = Table(title=title, title_justify="left", show_header=False)
    table.add_column(style="bold")
    table.add_column(overflow="fold")
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
    return table
