"""How `--help` reads: plain words at 80 columns, whatever Typer would show.

Typer's plain help cuts each command's description to what fits beside its name ("Run the
whole pipeline on a sample archive and the embedded..."), names Python's types (`SOURCES...
<list[Path]>`, `<int range>`, `{sources}...`) and writes defaults in two ways
(`[default: (data/posts.jsonl)]` beside bobby's own `[default: smollm2]`). `BobbyGroup`
passes every command through `tidy` and lists commands with their whole first sentence,
so that every help screen reads the same: whole sentences wrapped, names in capitals, one
`[default: X]` (on/off for a flag).
"""

from __future__ import annotations

import types
from typing import Any

from typer.core import TyperArgument, TyperOption

from bobby.cli.options import as_default


def tidy(command: Any) -> Any:
    """`command` with its arguments named in capitals (no Python type beside them) and
    every default written `[default: X]` into its help, once (it may be asked again)."""
    if getattr(command, "_bobby_tidy", False):
        return command
    for param in command.params:
        if isinstance(param, TyperArgument):
            _argument(param)
        elif isinstance(param, TyperOption):
            _option(param)
    for sub in getattr(command, "commands", {}).values():  # bobby model ...
        tidy(sub)
    command._bobby_tidy = True
    return command


def _argument(param: Any) -> None:
    name = (param.metavar or param.name).upper().rstrip(".")
    shown = name + ("..." if param.nargs != 1 else "")
    param.metavar = shown
    param.display_type = types.MethodType(lambda self, ctx: "", param)
    usage = shown if param.required else f"[{shown}]"
    param._usage_display_name = lambda: usage
    _default_in_help(param)


def _option(param: Any) -> None:
    described = param.type_descriptor
    if param.metavar is None and described.is_ranged:  # `<int range>`: the range is shown after
        param.metavar = f"<{described.ranged_type_name}>"
    _default_in_help(param)


def _default_in_help(param: Any) -> None:
    """Typer's own default display, moved into the help in bobby's one form."""
    if "[default: " in (param.help or "") or param.show_default is False:
        param.show_default = False
        return
    shown = param.show_default if isinstance(param.show_default, str) else None
    default = param.default
    if shown is None and (default in (None, (), []) or callable(default)):
        param.show_default = False
        return
    if shown is None and isinstance(default, bool) and param.is_flag and not param.secondary_opts:
        param.show_default = False  # a lone flag: given or not
        return
    value = shown.strip("()") if shown else as_default(default)
    param.help = f"{param.help or ''} [default: {value}]".strip()
    param.show_default = False
