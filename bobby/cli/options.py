"""Options that several commands share: what to generate with and how to sample.

`bobby generate`, `bobby post` (without --text) and `bobby serve` all generate posts, so
they take the same flags, defined once here as `Annotated` types; `generation()` turns the
values a command received into the settings (`bobby.config.resolve`: flags over
BOBBY_GENERATE_* / BOBBY_GATE_* over bobby.toml [generate] / [gate] over defaults).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape

if TYPE_CHECKING:
    from bobby.gate import GateOptions
    from bobby.generate import GenerateOptions

PANEL = "Generation"


def _option(*names: str, help: str) -> Any:
    # escaped: Rich would take "[default: 0.8]" for markup and drop it
    return typer.Option(*names, help=escape(help), show_default=False, rich_help_panel=PANEL)


AdapterPath = Annotated[
    Path | None, _option(help="The adapter (adapters/NAME). [default: the newest]")
]
Model = Annotated[str | None, _option(help="The base model. [default: the adapter's]")]
N = Annotated[int | None, _option("-n", help="Candidates per round, in one batched pass.")]
Temp = Annotated[float | None, _option(help="Sampling temperature. [default: 0.8]")]
TopP = Annotated[float | None, _option(help="Nucleus sampling. [default: 0.95]")]
MinP = Annotated[float | None, _option(help="Min-p sampling (0: off).")]
TopK = Annotated[int | None, _option(help="Top-k sampling (0: off).")]
RepetitionPenalty = Annotated[float | None, _option(help="Penalty for repeated tokens (1.0: off).")]
MaxTokens = Annotated[int | None, _option(help="Tokens per candidate. [default: 120]")]
Prompt = Annotated[str | None, _option(help="Ask this instead of the training data's prompts.")]
Seed = Annotated[int | None, _option(help="Make the output reproducible.")]
Retries = Annotated[int | None, _option(help="Rounds to try before giving up. [default: 3]")]
MinChars = Annotated[int | None, _option(help="Shortest acceptable post. [default: 20]")]
Data = Annotated[Path | None, _option(help="The data folder (prep.json, posts). [default: data]")]

# Where to post: the commands that talk to Bluesky.
Pds = Annotated[
    str | None,
    typer.Option(
        help="Your Bluesky server (PDS); default https://bsky.social.", show_default=False
    ),
]
# The parameters above that are settings of `GenerateOptions` (all but min_chars).
GENERATE_FIELDS = (
    "adapter_path", "model", "n", "temp", "top_p", "min_p", "top_k", "repetition_penalty",
    "max_tokens", "prompt", "seed", "retries", "data",
)  # fmt: skip


def generation(values: dict[str, Any]) -> tuple[GenerateOptions, GateOptions]:
    """The generation and gate settings from a command's parameters (`locals()`)."""
    from bobby.config import resolve
    from bobby.gate import GateOptions
    from bobby.generate import GenerateOptions

    flags = {name: values.get(name) for name in GENERATE_FIELDS}
    return (
        resolve(GenerateOptions, "generate", flags),
        resolve(GateOptions, "gate", {"min_chars": values.get("min_chars")}),
    )


def given(values: dict[str, Any]) -> list[str]:
    """The generation flags that were given (for a command that cannot use them then)."""
    names = (*(name for name in GENERATE_FIELDS if name != "data"), "min_chars")
    flags = {"n": "-n"}
    return [
        flags.get(name, f"--{name.replace('_', '-')}")
        for name in names
        if values.get(name) is not None
    ]
