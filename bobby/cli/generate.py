"""`bobby generate`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from bobby.cli import options, ui


@options.settings(options.GENERATION, options.GATE)
def generate(
    flags: options.Flags,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Also show rejected candidates, with the reason, and each one's style score.",
        ),
    ] = False,
    json: options.Json = False,
) -> None:
    """Write posts in your voice with the adapter applied at run time; check each one."""
    from bobby.generate import generate as run

    settings, gate = flags.resolve(options.GENERATION), flags.resolve(options.GATE)
    with ui.track("Loading") as tracker:
        generation = run(settings, gate, progress=tracker.report)
    for note in generation.notes:
        ui.note(f"[yellow]Note:[/] {note}")
    if json:
        ui.print_json(generation.to_dict())
    if show_all:
        ui.show(render(generation))
    best = generation.best()
    if not json:
        ui.print_text("\n\n".join(c.text for c in best))


def render(generation) -> Table:
    """Every candidate with its verdict."""
    table = Table(
        title=f"{len(generation.candidates)} candidates, {generation.rounds} round(s)",
        title_justify="left",
    )
    table.add_column("", no_wrap=True)
    table.add_column("style", justify="right")
    table.add_column("candidate")
    table.add_column("why not", style="red")
    for candidate in generation.candidates:
        mark = "[green]pass[/]" if candidate.passed else "[red]fail[/]"
        style = f"{candidate.style:.2f}" if candidate.style is not None else "-"
        text = candidate.text or "[dim](empty)[/]"
        table.add_row(mark, style, text, candidate.verdict.reason())
    return table
