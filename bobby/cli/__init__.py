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
from typer.core import TyperGroup

from bobby import __version__
from bobby.cli import ui
from bobby.errors import BobbyError, Stopped

GLOBAL_OPTIONS = ("--quiet", "-q", "--debug")


class BobbyGroup(TyperGroup):
    """Turns a `BobbyError` from any command into one line on stderr and exit code 1, and
    a mistake in the arguments into one line and exit code 2, with a suggestion where one
    fits, and Ctrl-C into a line saying what was kept and exit code 130; global options are
    accepted after the command too (`bobby post --quiet`)."""

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
        from bobby.cli.helptext import command_rows

        if rows := command_rows(self, ctx):
            with formatter.section("Commands"):
                formatter.write_dl(rows)

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
        starts = [name for name in group.commands if name.startswith(unknown[1])]
        close = f"; did you mean {starts[0]!r}?" if starts else meant(unknown[1], group.commands)
        message = f"No such command {unknown[1]!r}{close}"
    elif unknown := re.match(r"No such option: (\S+)", message):  # Click: "(Possible options: ...)"
        known = [opt for param in err.ctx.command.params for opt in param.opts] if err.ctx else []
        message = f"No such option: {unknown[1]}{meant(unknown[1], known)}"
    where = err.ctx.command_path if err.ctx is not None else "bobby"
    return f"{message} (see '{where} -h')"


def new_app(**kwargs: Any) -> typer.Typer:
    """A Typer app with bobby's error handling and without locals in tracebacks."""
    return typer.Typer(
        cls=BobbyGroup,
        no_args_is_help=True,
        pretty_exceptions_show_locals=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
        **kwargs,
    )


app = new_app(help="Turn your Twitter/X archive into a bot that posts like you on Bluesky.")


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
}
# A command whose module and function are named otherwise (`eval` is a Python builtin).
ELSEWHERE = {"eval": ("evaluate", "eval_")}


def _register() -> None:
    import importlib

    for panel, names in COMMANDS.items():
        for name in names:
            module, function = ELSEWHERE.get(name, (name, name))
            command = getattr(importlib.import_module(f"bobby.cli.{module}"), function)
            app.command(name, rich_help_panel=panel)(command)
    from bobby.cli import model

    app.add_typer(model.app, name="model", rich_help_panel="Models")


_register()


def main() -> None:
    """Console entry point."""
    app(prog_name="bobby")
