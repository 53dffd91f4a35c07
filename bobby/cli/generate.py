"""`bobby generate`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from bobby.cli import ui


def generate(
    adapter_path: Annotated[
        Path | None,
        typer.Option(help="The adapter (adapters/NAME). [default: the newest]", show_default=False),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(help="The base model. [default: the adapter's]", show_default=False),
    ] = None,
    n: Annotated[
        int | None,
        typer.Option("-n", help="Candidates per round, in one batched pass.", show_default=False),
    ] = None,
    temp: Annotated[
        float | None, typer.Option(help="Sampling temperature. [default: 0.8]", show_default=False)
    ] = None,
    top_p: Annotated[
        float | None, typer.Option(help="Nucleus sampling. [default: 0.95]", show_default=False)
    ] = None,
    min_p: Annotated[
        float | None, typer.Option(help="Min-p sampling (0: off).", show_default=False)
    ] = None,
    top_k: Annotated[
        int | None, typer.Option(help="Top-k sampling (0: off).", show_default=False)
    ] = None,
    repetition_penalty: Annotated[
        float | None,
        typer.Option(help="Penalty for repeated tokens (1.0: off).", show_default=False),
    ] = None,
    max_tokens: Annotated[
        int | None, typer.Option(help="Tokens per candidate. [default: 120]", show_default=False)
    ] = None,
    prompt: Annotated[
        str | None,
        typer.Option(help="Ask this instead of the training data's prompts.", show_default=False),
    ] = None,
    seed: Annotated[
        int | None, typer.Option(help="Make the output reproducible.", show_default=False)
    ] = None,
    retries: Annotated[
        int | None,
        typer.Option(help="Rounds to try before giving up. [default: 3]", show_default=False),
    ] = None,
    min_chars: Annotated[
        int | None, typer.Option(help="Shortest acceptable post. [default: 20]", show_default=False)
    ] = None,
    data: Annotated[
        Path | None,
        typer.Option(
            help="The data folder (prep.json, posts). [default: data]", show_default=False
        ),
    ] = None,
    show_all: Annotated[
        bool, typer.Option("--all", help="Also show rejected candidates, with the reason.")
    ] = False,
    json: Annotated[
        bool, typer.Option("--json", help="Every candidate with every check, as JSON on stdout.")
    ] = False,
) -> None:
    """Write posts in your voice with the adapter applied at run time; check each one."""
    from bobby.config import resolve
    from bobby.gate import GateOptions
    from bobby.generate import GenerateOptions, none_passed
    from bobby.generate import generate as run

    options = resolve(
        GenerateOptions,
        "generate",
        {
            "adapter_path": adapter_path, "model": model, "n": n, "temp": temp, "top_p": top_p,
            "min_p": min_p, "top_k": top_k, "repetition_penalty": repetition_penalty,
            "max_tokens": max_tokens, "prompt": prompt, "seed": seed, "retries": retries, "data": data,
        },
    )  # fmt: skip
    gate = resolve(GateOptions, "gate", {"min_chars": min_chars})
    with ui.track("Loading") as tracker:
        generation, _ = run(
            options, gate, on_progress=lambda what: tracker.update(description=what)
        )
    for note in generation.notes:
        ui.note(f"[yellow]Note:[/] {note}")
    if json:
        ui.print_json(generation.to_dict())
    if show_all:
        ui.show(render(generation))
    if not generation.passed:
        raise none_passed(generation)
    if not json:
        ui.print_text("\n\n".join(c.text for c in generation.passed))


def render(generation) -> Table:
    """Every candidate with its verdict."""
    table = Table(
        title=f"{len(generation.candidates)} candidates, {generation.rounds} round(s)",
        title_justify="left",
    )
    table.add_column("", no_wrap=True)
    table.add_column("candidate")
    table.add_column("why not", style="red")
    for candidate in generation.candidates:
        mark = "[green]pass[/]" if candidate.passed else "[red]fail[/]"
        table.add_row(mark, candidate.text or "[dim](empty)[/]", candidate.verdict.reason())
    return table
