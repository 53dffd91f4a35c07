"""A flag's value that needs no converting reaches the command without Typer's converter.

Typer (0.29) converts every parameter's value through a pydantic `TypeAdapter`, which it
builds the first time the parameter is processed, whether or not a value was given: a
command with any option other than an on/off flag imported pydantic to turn a missing
`--seed` into None (60 ms on a 2-core machine, as long as `import typer, rich` takes,
paid by every cron line). Here the values whose conversion is plain are converted as
Typer converts them, without it: an option not given (None), text for a text option, a
number already of the option's type, a number written plainly (`24`, `0.8`), a path for
a path option that asks nothing of it (Typer's own checks: none but that a path that is
there is readable). Everything else, and every error message, is still Typer's;
tests/test_cli.py holds the results equal to Typer's.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

Process = Callable[[Any, Any], Any]
TYPERS = object()  # what `direct` gives for a value that Typer's converter must take

_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
# A path option's settings that ask nothing of the path (Typer's defaults).
_PLAIN_PATH = {"exists": False, "file_okay": True, "dir_okay": True, "writable": False,
               "readable": True, "resolve_path": False, "allow_dash": False, "path_type": None}  # fmt: skip


class DirectValues:
    """A Click command whose parameters (its own, Typer's completion options, its help
    option) take a value whose conversion is plain without Typer's converter (mixed in
    before Typer's class)."""

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            typers = getattr(param, "type_descriptor", None) is not None  # a Typer parameter
            if typers and "process_value" not in vars(param):
                param.process_value = _process(param, param.process_value)
        return params


def _process(param: Any, typers: Process) -> Process:
    def process_value(ctx: Any, value: Any) -> Any:
        converted = direct(param, value)
        if converted is TYPERS:
            return typers(ctx, value)
        return converted if param.callback is None else param.callback(ctx, param, converted)

    return process_value


def direct(param: Any, value: Any) -> Any:
    """`value` as Typer's conversion for `param` gives it, where that is plain; else
    `TYPERS` (and Typer converts it, or says what is wrong with it)."""
    info, kind = param.type_descriptor.parameter_info, param.type_descriptor.annotation
    if param.multiple or param.nargs != 1 or info.parser is not None:
        return TYPERS
    if value is None:
        return TYPERS if param.required else None
    if kind is str:
        return value if isinstance(value, str) else TYPERS
    if kind in (int, float) and not info.clamp:
        number = _number(kind, value)
        inside = number is not None and (info.min is None or number >= info.min)
        return number if inside and (info.max is None or number <= info.max) else TYPERS
    if kind is Path and isinstance(value, str):
        plain = all(getattr(info, name) == usual for name, usual in _PLAIN_PATH.items())
        return Path(value) if plain and _readable_or_absent(value) else TYPERS
    return TYPERS


def _number(kind: type, value: Any) -> int | float | None:
    """A number of type `kind`: `value` itself, or the number it writes plainly."""
    if type(value) is kind:
        return value
    pattern = _INTEGER if kind is int else _DECIMAL
    if not isinstance(value, str) or not pattern.fullmatch(value):
        return None
    number = kind(value)
    return number if math.isfinite(number) else None


def _readable_or_absent(path: str) -> bool:
    """Whether Typer takes the path as it is: not there, or there and readable."""
    if not path or "\0" in path:
        return False
    try:
        os.stat(path)
    except OSError:
        return True
    return os.access(path, os.R_OK)
