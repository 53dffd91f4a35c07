"""The live progress bar of `bobby.cli.ui.track`, drawn only on a terminal.

Apart from `ui` because Rich's progress module is a tenth of a command's start-up on a
small machine, and a command run from cron, piped, or quiet never draws a bar.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

# Terminal columns from which a bar shows everything it has (below: `bar`'s `spare`).
WIDE = 100


class _Count(MofNCompleteColumn):
    """ "3/50", or nothing while there is no total (rather than Rich's "0/?")."""

    def render(self, task: Any) -> Any:
        return super().render(task) if task.total is not None else ""


def bar(
    console: Console, field_columns: tuple[str, ...], time_left: bool, spare: tuple[str, ...]
) -> Progress:
    """A transient bar on `console` with the extra `field_columns` (see `ui.track`): on a
    terminal narrower than `WIDE` columns it is short, and the time elapsed and the
    `spare` fields are left out, so that the count and the time left are never cut."""
    wide = console.width >= WIDE
    shown = [name for name in field_columns if wide or name not in spare]
    columns = [
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(bar_width=40 if wide else 10),
        _Count(),
        *(TextColumn(f"{{task.fields[{name}]}}") for name in shown),
        *([TimeElapsedColumn()] if wide or not field_columns else []),
        *([TimeRemainingColumn()] if time_left else []),
    ]
    return Progress(*columns, console=console, transient=True)
