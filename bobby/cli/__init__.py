"""The `bobby` command: a thin Typer layer over the library.

Each verb lives in its own module here and does three things: parse options, call one
library function, render the result. Heavy libraries (mlx, datasets, atproto) are
imported inside the library functions, never at module level, so `bobby --help` answers
at once.
"""

from __future__ import annotations

import re
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from bobby import __version__
from bobby.cli import ui
from bobby.cli.values import DirectValues
from bobby.errors import BobbyError, Stopped

GLOBAL_OPTIONS = ("--quiet", "-q", "--debug")


class BobbyCommand(DirectValues, TyperCommand):
    """A command of bobby: a value that needs no converting skips Typer's converter
    (`bobby.cli.values`)."""


class BobbyGroup(DirectValues, TyperGroup):
    """Turns a `BobbyError` from any command into one line on stderr and exit code 1, and
    a mistake in the arguments into one line and exit code 2, with a suggestion where one
    fits, and Ctrl-C into a line saying what was kept and exit code 130; global options are
    accepted after the command too (`bobby post --quiet`); its options' values are taken
    as `BobbyCommand`'s are."""

    def main(self, args: Any = None, prog_name: str | None = None, **extra: Any) -> Any:
        from typer._click.exceptions import ClickException, UsageError
        from typer.exceptions import Abort

        standalone = extra.pop("standalone_mode", True)
        args = _globals_first(list(sys.argv[1:] if args is None else args))
        try:
            result = super().main(args=args, prog_name=prog_name, standalone_mode=False, **extra)
        except UsageError as err:
            if not standalone:
                raise
            ui.error(_usage(err, self))
            sys.exit(2)
        except ClickException as err:
            if not standalone:
                raise
            ui.error(err.format_message())
            sys.exit(1)
        except Abort:
            if not standalone:
                raise
            ui.error("aborted")
            sys.exit(1)
        if not standalone:
            return result
        sys.exit(result if isinstance(result, int) else 0)

    def get_command(self, ctx: Any, name: str) -> Any:
        from bobby.cli.helptext import tidy

        command = super().get_command(ctx, name)
        return tidy(command) if command is not None else None

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """Each command with its whole first sentence, wrapped (Typer cuts it with "...")."""
        rows = [
            (name, command.get_short_help_str(limit=1000)) for name, command in self.listed(ctx)
        ]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def listed(self, ctx: Any) -> list[tuple[str, Any]]:
        """(name, command) of each command its help lists."""
        found = ((name, self.get_command(ctx, name)) for name in self.list_commands(ctx))
        return [(name, command) for name, command in found if command and not command.hidden]

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except BobbyError as err:
            if ui.settings.debug:
                raise
            ui.error(str(err))
            raise typer.Exit(1) from None
        except (Stopped, KeyboardInterrupt) as stop:
            if ui.settings.debug:
                raise
            ui.console.print(f"Stopped (Ctrl-C){f': {stop}' if str(stop) else '.'}", soft_wrap=True)
            raise typer.Exit(130) from None


def _globals_first(args: list[str]) -> list[str]:
    """Move global options given after the command in front of it, where Click looks."""
    end = args.index("--") if "--" in args else len(args)
    found = [arg for arg in args[:end] if arg in GLOBAL_OPTIONS]
    return [*found, *(arg for arg in args[:end] if arg not in GLOBAL_OPTIONS), *args[end:]]


def _usage(err: Any, group: TyperGroup) -> str:
    """A usage error as one line: what is wrong, a suggestion, where help is."""
    from bobby.config import meant

    message = err.format_message().rstrip(".")
    if unknown := re.match(r"No such command '([^']+)'", message):  # Click may add its guess
        names = group.list_commands(err.ctx)
        starts = [name for name in names if name.startswith(unknown[1])]
        close = f"; did you mean {starts[0]!r}?" if starts else meant(unknown[1], names)
        message = f"No such command {unknown[1]!r}{close}"
    elif unknown := re.match(r"No such option: (\S+)", message):  # Click: "(Possible options: ...)"
        known = [opt for param in err.ctx.command.params for opt in param.opts] if err.ctx else []
        message = f"No such option: {unknown[1]}{meant(unknown[1], known)}"
    where = err.ctx.command_path if err.ctx is not None else "bobby"
    return f"{message} (see '{where} -h')"


class RootGroup(BobbyGroup):
    """`bobby` itself, which builds a command when it is called or its help shown.

    Typer builds a command's flags when it builds the command (the settings commands: one
    per field of their options dataclasses, `bobby.cli.options`) and a group's commands all
    at once: 16 ms of every start on a 2-core machine, a third of `import typer, rich`, for
    flags of commands that do not run. So this group knows its commands by name
    (`COMMANDS`), builds the one asked for, and lists them in its help from their
    docstrings, building none.
    """

    def list_commands(self, ctx: Any) -> list[str]:
        return [name for names in COMMANDS.values() for name in names]

    def get_command(self, ctx: Any, name: str) -> Any:
        if name not in self.commands and name in self.list_commands(ctx):
            self.commands[name] = _build(name)
        return super().get_command(ctx, name)

    def listed(self, ctx: Any) -> list[tuple[str, Any]]:
        return [(name, self.commands.get(name) or TyperCommand(name, help=_about(name)))
                for name in self.list_commands(ctx)]  # fmt: skip


def new_app(cls: type[BobbyGroup] = BobbyGroup, **kwargs: Any) -> typer.Typer:
    """A Typer app with bobby's error handling and without locals in tracebacks."""
    return typer.Typer(
        cls=cls,
        no_args_is_help=True,
        pretty_exceptions_show_locals=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
        **kwargs,
    )


app = new_app(
    RootGroup, help="Turn your Twitter/X archive into a bot that posts like you on Bluesky."
)


def _version(value: bool) -> None:
    if value:
        ui.print_text(f"bobby {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bars or tables.")
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", envvar="BOBBY_DEBUG", help="Show tracebacks for errors.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Turn your Twitter/X archive into a bot that posts like you on Bluesky."""
    ui.settings.quiet = quiet
    ui.settings.debug = debug


# Each command's module in bobby/cli and the help panel it is listed under, in order.
COMMANDS = {
    "Start here": ["demo"],
    "Pipeline": ["export", "sync", "prep", "train", "generate", "eval", "post"],
    "Bluesky": ["login", "history", "profile", "delete"],
    "Running the bot": ["serve", "reply", "schedule"],
    "Models": ["model"],
}
# A command whose module and function are named otherwise (`eval` is a Python builtin), or
# a group of commands, with a Typer app of its own.
ELSEWHERE = {"eval": ("evaluate", "eval_"), "model": ("model", "app")}


def _found(name: str) -> Any:
    """Command `name`'s function, or the Typer app of a group of commands (`bobby model`)."""
    import importlib

    module, attribute = ELSEWHERE.get(name, (name, name))
    return getattr(importlib.import_module(f"bobby.cli.{module}"), attribute)


def _about(name: str) -> str | None:
    """Command `name`'s help, as Typer takes it: the app's, or the function's docstring."""
    import inspect

    found = _found(name)
    return found.info.help if isinstance(found, typer.Typer) else inspect.getdoc(found)


def _build(name: str) -> Any:
    """The Click command of `name`, with its flags, as Typer builds it."""
    import typer.main

    found = _found(name)
    if not isinstance(found, typer.Typer):  # one command: an app of its own, of the same kind
        alone = typer.Typer(add_completion=False, rich_markup_mode=None)
        alone.command(name, cls=BobbyCommand)(found)
        found = alone
    command = typer.main.get_command(found)
    command.name = name
    return command


def main() -> None:
    """Console entry point."""
    app(prog_name="bobby")
