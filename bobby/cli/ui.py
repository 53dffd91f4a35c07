"""Everything the CLI shows: errors, tables and progress on stderr, results on stdout.

Progress and tables go to stderr so that `--json` output on stdout can be piped; Rich
drops colour by itself when stderr is not a terminal, and progress bars turn into a
plain line every few steps so that a cron log still shows what happened.

Rich's console, tables and bars are imported when something is shown: `bobby --help`
and `--version` print none of it, and the console module alone is a quarter of what
`import typer, rich` costs (`console`, `bobby.cli.bar`).
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress as Bar
    from rich.table import Table

    from bobby.progress import Progress


@dataclass
class Settings:
    """Global switches from the root command."""

    quiet: bool = False
    debug: bool = False


settings = Settings()


def __getattr__(name: str) -> Any:
    """`ui.console`, the console on stderr, made when first asked for (`stderr`)."""
    if name == "console":
        return stderr()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def stderr() -> Console:
    """The console on stderr that everything here prints to: `ui.console`, made on first
    use (a test may set another)."""
    made = globals().get("console")
    if made is None:
        from rich.console import Console

        # emoji=False: what is shown (a post, a path) is never changed by Rich's :smile: codes
        made = globals()["console"] = Console(stderr=True, highlight=False, emoji=False)
    return made


def escape(text: str) -> str:
    """`text` shown as it is, never read as Rich markup."""
    from rich.markup import escape

    return escape(text)


def error(message: str) -> None:
    """One line, `Error: ...`, on stderr."""
    stderr().print(f"[bold red]Error:[/] {escape(message)}", soft_wrap=True)


def note(message: str) -> None:
    """A remark for the user (not a result), suppressed by --quiet."""
    if not settings.quiet:
        stderr().print(message, soft_wrap=True)


def debug(message: str) -> None:
    """A line only --debug shows: what a command decided and why (the warm path)."""
    if settings.debug:
        stderr().print(f"debug: {escape(message)}", soft_wrap=True)


def log(line: str) -> None:
    """A line of a long-running command's log (`bobby serve`), plain, on stderr; --quiet
    does not silence it, as it is the record of what the command did."""
    stderr().print(escape(line), soft_wrap=True, highlight=False, emoji=False)


def show(renderable: Any) -> None:
    """A table or panel on stderr, suppressed by --quiet."""
    if not settings.quiet:
        stderr().print(renderable)


def facts(title: str) -> Table:
    """A report's table: a title, then rows of a bold name and its value (no header)."""
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_header=False)
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    return table


def print_json(value: Any) -> None:
    """A result for scripts, on stdout."""
    import orjson

    sys.stdout.buffer.write(orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n")
    sys.stdout.flush()


def print_text(text: str) -> None:
    """A plain result (a path, a generated post) on stdout."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def command() -> str:
    """How to call bobby in a hint the person copies: `bobby` where the shell finds it,
    else this bobby by its full path (`bobby.schedule.bobby_command`: a venv not
    activated, as right after the README's Quick start, where a bare `bobby` is "command
    not found")."""
    import shlex

    from bobby.schedule import bobby_command

    return "bobby" if shutil.which("bobby") else shlex.join(bobby_command())


@dataclass
class Tracker:
    """A progress display that also logs a plain line every `log_every` seconds when not
    on a terminal, so cron logs show progress without a bar's control codes."""

    description: str
    progress: Bar | None
    task: int | None
    fields: tuple[str, ...] = ()
    log_every: float = 30.0
    _last_log: float = field(default_factory=time.monotonic)
    _stage: tuple[str, float] | None = None  # with --debug: the stage and when it began

    def update(
        self,
        completed: float | None = None,
        total: float | None = None,
        description: str | None = None,
        **fields: Any,
    ) -> None:
        """Move the bar; `fields` are display strings for the extra columns ("loss 2.31").

        Without a terminal, one plain line (step, counts, fields) every `log_every`
        seconds: long commands show their progress in a cron log, short ones stay quiet.
        """
        if description is not None:
            self.description = description
        if self.progress is not None and self.task is not None:
            extra = {"description": description} if description is not None else {}
            self.progress.update(self.task, completed=completed, total=total, **extra, **fields)
            return
        if settings.quiet:
            return
        now = time.monotonic()
        if now - self._last_log < self.log_every:
            return
        self._last_log = now
        parts = [self.description]
        if completed is not None:
            parts.append(
                f"{int(completed)}" + (f"/{total:g}" if total else "")
            )  # whole posts, steps
        parts += [str(value) for value in fields.values() if value not in (None, "")]
        stderr().print(" ".join(parts), soft_wrap=True)

    @property
    def live(self) -> bool:
        """Whether a bar is on screen (else plain lines, or nothing with --quiet)."""
        return self.progress is not None

    def note(self, message: str) -> None:
        """A line that stays: above the bar on a terminal, in the log otherwise."""
        if not settings.quiet:
            stderr().print(message, soft_wrap=True)

    def report(self, event: Progress) -> None:
        """Show a progress event of the library (`bobby.progress`). A new stage (another
        `what`) gets a bar of its own, so that its count, time and time left are its own,
        never those of the stage before it (the demo's eval under training's last step);
        with --debug, the stage that ended is timed."""
        if settings.debug and (self._stage is None or self._stage[0] != event.what):
            self.timed()
            self._stage = (event.what, time.perf_counter())
        if self.progress is not None and self.task is not None and self.description != event.what:
            self.progress.remove_task(self.task)
            self.task = self.progress.add_task(
                event.what, total=event.total, **dict.fromkeys(self.fields, "")
            )
        self.update(completed=event.done, total=event.total, description=event.what)

    def timed(self) -> None:
        """With --debug, a line with the time the stage that just ended took: where a
        cold start waits (importing, reading the weights, the first round)."""
        if self._stage is not None:
            what, began = self._stage
            stderr().print(f"debug: {what}: {time.perf_counter() - began:.2f} s", soft_wrap=True)
            self._stage = None


@contextmanager
def track(
    description: str,
    total: float | None = None,
    *field_columns: str,
    time_left: bool = True,
    spare: tuple[str, ...] = (),
) -> Iterator[Tracker]:
    """A transient Rich progress bar with extra `field_columns` (for example loss, tok/s).

    On a terminal narrower than `bobby.cli.bar.WIDE` columns the bar is short, and the
    time elapsed and the `spare` fields are left out, so that the count and the time left
    are never cut.

    Args:
        description: what is being done, shown left of the bar.
        total: the number of steps, or None for a spinner.
        field_columns: names of extra fields passed to `Tracker.update`.
        time_left: Rich's own estimate of the time left (off for a caller that shows a
            better one in a field).
        spare: fields that a narrow terminal does without.
    """
    if settings.quiet or not stderr().is_terminal:
        tracker = Tracker(description, None, None)
        yield tracker
        tracker.timed()
        return
    from bobby.cli.bar import bar

    with bar(stderr(), field_columns, time_left, spare) as progress:
        task = progress.add_task(description, total=total, **dict.fromkeys(field_columns, ""))
        tracker = Tracker(description, progress, task, field_columns)
        yield tracker
    tracker.timed()
