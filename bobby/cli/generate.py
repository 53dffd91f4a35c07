"""`bobby generate`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from bobby.cli import options, ui

if TYPE_CHECKING:
    from rich.table import Table


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
    cold: options.Cold = False,
    json: options.Json = False,
) -> None:
    """Write posts in your voice with the adapter applied at run time; check each one.

    When a bobby serve runs for this bot, it writes them with the model it holds."""
    from dataclasses import replace

    from bobby.warm import generate as run

    settings, gate = flags.resolve(options.GENERATION), flags.resolve(options.GATE)
    settings = replace(settings, warm=False) if cold else settings
    with ui.track("Loading") as tracker:
        generation = run(settings, gate, progress=tracker.report, explain=ui.debug)
    for note in generation.notes:
        ui.note(f"[yellow]Note:[/] {note}")
    if json:
        ui.print_json(generation.to_dict())
    if show_all:  # the ones that passed are the result on stdout: not twice on a terminal
        ui.show(render(generation, rejected_only=not json))
    best = generation.best()
    if not json:
        ui.print_text("\n\n".join(c.text for c in best))


def render(generation, rejected_only: bool = False) -> Table:
    """Every candidate with its verdict (or the rejected ones, where the others are
    printed as the result)."""
    from rich.table import Table

    shown = [c for c in generation.candidates if not (rejected_only and c.passed)]
    table = Table(
        title=f"{len(generation.candidates)} candidates, {generation.rounds} round(s)"
        + (f"; the {len(shown)} rejected" if rejected_only else ""),
        title_justify="left",
    )
    table.add_column("", no_wrap=True)
    table.add_column("style", justify="right")
    table.add_column("candidate")
    table.add_column("why not", style="red")
    for candidate in shown:
        mark = "[green]pass[/]" if candidate.passed else "[red]fail[/]"
        style = f"{candidate.style:.2f}" if candidate.style is not None else "-"
        text = candidate.text or "[dim](empty)[/]"
        table.add_row(mark, style, text, candidate.verdict.reason())
    return table
