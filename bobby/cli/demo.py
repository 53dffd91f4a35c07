"""`bobby demo`: renders the steps of `bobby.demo.run`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bobby.cli import ui

if TYPE_CHECKING:
    from rich.table import Table


def demo(
    folder: Annotated[Path, typer.Option("--dir", help="Where the demo writes everything.")] = Path(
        "bobby-demo"
    ),
    fast: Annotated[
        bool,
        typer.Option(
            help="A shorter training run (20 steps, not 50; what CI runs): quicker, less like the voice."
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Replace a bot's data already in the folder.")
    ] = False,
) -> None:
    """Run the whole pipeline on a sample archive and the embedded model, end to end."""
    from rich.rule import Rule

    from bobby.cli import evaluate, export, generate, post, prep, train
    from bobby.demo import STEPS, run

    renderers = {
        "export": export.render,
        "prep": prep.render,
        "train": train.render,
        "eval": evaluate.render,
        "generate": generate.render,
        "post --dry-run": lambda report: post.render(
            report.record, "Dry run: this record would be posted"
        ),
    }
    done = []
    # Rich's time left, for every step: training's own estimate gives way on a narrow screen
    fields = train.TrainDisplay.FIELDS
    with ui.track("Starting", None, *fields, spare=("memory", "left")) as tracker:
        display = train.TrainDisplay(tracker)
        for step in run(folder, fast, force, display.progress):
            if step.result is None:
                ui.show(Rule(f"[bold]{step.number}/{STEPS} {step.title}"))
                continue
            ui.show(renderers[step.name](step.result))
            done.append(step)
    ui.show(Rule("[bold]Done"))
    ui.show(render(done))
    bobby = ui.command()
    ui.note(
        f"Review what the bot would post, in a browser: `cd {folder} && {bobby} serve --review --dry-run`, "
        "then open http://127.0.0.1:8765/ (over SSH: ssh -L 8765:127.0.0.1:8765 this-machine)."
    )
    ui.note(
        f"Next: `{bobby} export` your own archive in a folder of your own; see `{bobby} --help`. The demo's files are in {folder}/."
    )
    if bobby != "bobby":
        activate = Path(sys.executable).parent / "activate"
        ui.note(f"To call it `bobby`, as the README does: `source {activate}` in your shell.")


def render(done: list) -> Table:
    """What each step produced and where."""
    from rich.table import Table

    table = Table(title="bobby demo", title_justify="left")
    table.add_column("step", style="bold")
    table.add_column("produced")
    table.add_column("where")
    table.add_column("time", justify="right")
    for step in done:
        table.add_row(step.name, step.produced, step.where, f"{step.seconds:.0f} s")
    table.add_row("", "", "total", f"{sum(step.seconds for step in done):.0f} s")
    return table
