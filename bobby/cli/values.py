"""A flag's value that needs no converting reaches the command without Typer's converter.

Typer converts every parameter's value through a pydantic `TypeAdapter`, which it builds
the first time the parameter is processed, whether or not a value was given: a command
with any option other than an on/off flag imported pydantic to turn a missing `--seed`
into None (60 ms on a 2-core machine, as long as `import typer, rich` takes, paid by
every cron line). Here a value with nothing to convert skips it: an option not given
(None), text for a text option, and the default written in the code when it has the
option's own type and range. Everything else, every error message included, is still
Typer's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Process = Callable[[Any, Any], Any]


class DirectValues:
    """A Click command whose parameters (its own, Typer's completion options, its help
    option) take a value that needs no converting as it is (mixed in before Typer's)."""

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            typers = getattr(param, "type_descriptor", None) is not None  # a Typer parameter
            if typers and "process_value" not in vars(param):
                param.process_value = _process(param, param.process_value)
        return params


def _process(param: Any, typers: Process) -> Process:
    def process_value(ctx: Any, value: Any) -> Any:
        if not _as_it_is(param, ctx, value):
            return typers(ctx, value)
        return value if param.callback is None else param.callback(ctx, param, value)

    return process_value


def _as_it_is(param: Any, ctx: Any, value: Any) -> bool:
    """Whether Typer's conversion would return `value` unchanged (and raise nothing)."""
    info = param.type_descriptor.parameter_info
    if param.multiple or param.nargs != 1 or info.parser is not None:
        return False
    if value is None:
        return not param.required
    kind = param.type_descriptor.annotation
    if kind is str:
        return isinstance(value, str)
    source = ctx.get_parameter_source(param.name)
    return (
        getattr(source, "name", None) == "DEFAULT"
        and kind in (int, float)
        and type(value) is kind
        and not info.clamp
        and (info.min is None or value >= info.min)
        and (info.max is None or value <= info.max)
    )
