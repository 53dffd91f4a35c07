"""Settings as command-line flags, defined once from the options dataclasses.

A command that takes settings of the library (the sampling settings of `generate`, `post`
and `serve`, the gate's, `eval`'s) declares them with `settings(...)` instead of one
parameter each: every field named becomes a flag whose type, help and `[default: ...]`
come from the dataclass itself, so help and behaviour cannot drift apart. The command
receives the values it was given as `flags: Flags`, and `Flags.resolve` turns them into
the options (`bobby.config.resolve`: flags over BOBBY_* over bobby.toml over defaults).
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, TypeVar

import typer

from bobby.models import SMOLLM2
from bobby.options import EvalOptions, GateOptions, GenerateOptions

T = TypeVar("T")


@dataclass(frozen=True)
class Group:
    """Fields of one options dataclass offered as flags.

    Attributes:
        cls: the options dataclass.
        section: its bobby.toml section (and BOBBY_<SECTION>_* prefix).
        helps: field name -> help text, in the order the flags are shown.
        short: field name -> extra flag names (`-f`); a one-letter field is `-n` itself.
        panel: the help panel the flags are listed under.
        small: field name -> its default for a model under a billion parameters (the
            default model among them), shown beside the general one: what will be used.
    """

    cls: type
    section: str
    helps: Mapping[str, str]
    short: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    panel: str | None = None
    small: Mapping[str, Any] = field(default_factory=dict)


class Flags:
    """The settings flags a command received (None: not given)."""

    def __init__(self, values: Mapping[str, Mapping[str, Any]]) -> None:
        self._values = values

    def resolve(self, group: Group) -> Any:
        """The group's options: defaults < bobby.toml < environment < these flags."""
        from bobby.config import resolve

        return resolve(group.cls, group.section, self._values[group.section])

    def values(self, group: Group) -> dict[str, Any]:
        """The group's flags as given (None: not given), for a step that resolves its
        settings in its own way (`bobby train` with its YAML and resume)."""
        return dict(self._values[group.section])

    def given(self, group: Group) -> list[str]:
        """The flags of `group` that were given, as the user typed them."""
        return [
            _names(group, name)[0]
            for name, value in self._values[group.section].items()
            if value is not None
        ]


def settings(*groups: Group) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Add one flag per field of each group to a command, which receives `flags: Flags`."""

    def decorate(command: Callable[..., T]) -> Callable[..., T]:
        signature = inspect.signature(command, eval_str=True)
        own = [p for p in signature.parameters.values() if p.name != "flags"]
        added = [
            inspect.Parameter(
                name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=_flag(group, name)
            )
            for group in groups
            for name in group.helps
        ]

        @functools.wraps(command)
        def run(**kwargs: Any) -> T:
            values = {
                group.section: {name: kwargs.pop(name) for name in group.helps} for group in groups
            }
            return command(**kwargs, flags=Flags(values))

        run.__signature__ = signature.replace(parameters=[*own, *added])  # type: ignore[attr-defined]
        # the same annotations, evaluated once: Typer reads them twice a build, and would
        # evaluate the command's own (text under `from __future__ import annotations`) again
        run.__annotations__ = {p.name: p.annotation for p in run.__signature__.parameters.values()}
        return run

    return decorate


def _names(group: Group, name: str) -> tuple[str, ...]:
    from bobby.config import flag_name

    return (flag_name(name), *group.short.get(name, ()))


def _flag(group: Group, name: str) -> Any:
    """The `Annotated` type of one setting's flag: the field's type (a choice as text),
    optional, with the dataclass default in its help."""
    spec = next(f for f in dataclasses.fields(group.cls) if f.name == name)
    kind = _hints(group.cls)[name]
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        kind = next(arg for arg in typing.get_args(kind) if arg is not type(None))
    if typing.get_origin(kind) is typing.Literal:
        kind = str
    help = group.helps[name]
    if spec.default is not dataclasses.MISSING and spec.default is not None:
        small = f"; {SMOLLM2}: {as_default(group.small[name])}" if name in group.small else ""
        help += f" [default: {as_default(spec.default)}{small}]"
    names = _names(group, name)
    if kind is bool:  # an on/off pair: --mask-prompt / --no-mask-prompt
        names = (f"{names[0]}/--no-{name.replace('_', '-')}", *names[1:])
    option = typer.Option(*names, help=help, show_default=False, rich_help_panel=group.panel)
    return Annotated[kind | None, option]


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """A dataclass's field types, evaluated once: every command builds its flags from them
    at every start (a `bobby --version` too), once per flag."""
    return typing.get_type_hints(cls)


def as_default(value: Any) -> str:
    """A default as every help screen writes it in `[default: X]`: on/off for a flag."""
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


def default_shown(help: str) -> str | None:
    """The `[default: X]` a flag's help shows (for the test that holds it to the truth)."""
    start = help.rfind("[default: ")
    return help[start + len("[default: ") : help.rindex("]")] if start >= 0 else None


PANEL = "Generation"

GENERATION = Group(
    cls=GenerateOptions,
    section="generate",
    helps={
        "adapter_path": "The adapter (adapters/NAME); the newest when not given.",
        "model": "The base model; the adapter's when not given.",
        "n": "Candidates per round, in one batched pass.",
        "temp": "Sampling temperature.",
        "top_p": "Nucleus sampling.",
        "min_p": "Min-p sampling (0: off).",
        "top_k": "Top-k sampling (0: off).",
        "repetition_penalty": "Penalty for repeated tokens (1.0: off).",
        "max_tokens": "Tokens per candidate.",
        "prompt": "Ask this instead of the training data's prompts.",
        "seed": "Make the output reproducible.",
        "openings": "Share of candidates that begin with one of your posts' first words.",
        "retries": "Rounds to try before giving up.",
        "data": "The data folder (prep.json, posts).",
    },
    panel=PANEL,
)
GATE = Group(
    cls=GateOptions,
    section="gate",
    helps={"min_chars": "Shortest acceptable post."},
    panel=PANEL,
)
EVAL = Group(
    cls=EvalOptions,
    section="eval",
    helps={
        "adapter_path": "The adapter (adapters/NAME); the newest when not given.",
        "model": "The base model; the adapter's when not given.",
        "data": "The data folder with test.jsonl.",
        "samples": "Posts each model writes, for the voice score and the gate's rates: most of "
        "eval's time (SmolLM2 on 2 CPU cores: 8 take about 1 min, 200 about 15; 0: perplexity only).",
        "seed": "Seed of the generated samples.",
    },
)

# The result for scripts: every command that has one prints it as JSON on stdout.
Json = Annotated[
    bool, typer.Option("--json", help="Print the result as JSON on stdout (for scripts).")
]

# Candidates from the model loaded here, even where a `bobby serve` of this bot runs.
Cold = Annotated[
    bool,
    typer.Option(
        "--cold",
        help="Load the model here even when a bobby serve runs for this bot (default: ask it).",
    ),
]

# Where to post: the commands that talk to Bluesky.
Pds = Annotated[
    str | None,
    typer.Option(
        help="Your Bluesky server (PDS); default https://bsky.social.", show_default=False
    ),
]
