"""`bobby eval`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bobby.cli import options, ui
from bobby.errors import InputError

if TYPE_CHECKING:
    from rich.console import Group
    from rich.table import Table


@options.settings(options.EVAL)
def eval_(
    flags: options.Flags,
    adapters: Annotated[
        list[Path] | None,
        typer.Argument(
            help="With --compare: the adapters to put side by side.", show_default=False
        ),
    ] = None,
    compare: Annotated[
        bool,
        typer.Option(
            "--compare", help="Score several adapters of one base side by side (writes nothing)."
        ),
    ] = False,
    json: options.Json = False,
) -> None:
    """Measure the adapter on held-out posts (base vs runtime vs fused) and whether the posts
    it writes sound like you."""
    from bobby.config import resolve
    from bobby.evaluate import compare as compare_adapters
    from bobby.evaluate import evaluate
    from bobby.gate import GateOptions

    if adapters and not compare:
        raise InputError(
            "adapters are named with --compare (bobby eval --compare adapters/a adapters/b); "
            "one adapter is --adapter-path"
        )
    if compare and not adapters:
        raise InputError(
            "--compare needs the adapters to compare: bobby eval --compare adapters/a adapters/b"
        )
    settings, gate = flags.resolve(options.EVAL), resolve(GateOptions, "gate")
    with ui.track("Evaluating") as tracker:
        report = (
            compare_adapters(settings, adapters or [], gate, tracker.report)
            if compare
            else evaluate(settings, gate, tracker.report)
        )
    for note in report.notes:
        ui.note(f"[yellow]Note:[/] {note}")
    if json:
        ui.print_json(report.to_dict())
    ui.show(render(report))


def render(report) -> Group:
    """The models' fit to held-out posts (lower is better), then how the posts each wrote
    compare with the person's."""
    from rich.console import Group
    from rich.table import Table

    table = Table(
        title=f"{report.adapter} on {report.test_samples} held-out posts ({report.test_tokens:,} tokens)",
        title_justify="left",
    )
    table.add_column("model")
    table.add_column("NLL/token", justify="right")
    table.add_column("perplexity", justify="right")
    table.add_column("")
    base = report.scores[0].nll
    for score in report.scores:
        if score.nll is None:
            table.add_row(score.label, "-", "-", f"[dim]{score.note}[/]")
            continue
        change = f"{score.nll - base:+.3f} vs base" if score.name != "base" else ""
        table.add_row(score.label, f"{score.nll:.4f}", f"{score.perplexity:.2f}", change)
    written = [score for score in report.scores if score.voice is not None]
    if not written:
        return Group(table)
    return Group(table, _voice_table(report, written))


def _voice_table(report, written) -> Table:
    """One column per set of posts: the real ones, then each model's."""
    from rich.table import Table

    from bobby.voice import FEATURES

    table = Table(
        title=f"{report.samples} posts written by each model, against yours",
        title_justify="left",
        caption="voice AUC: how well a classifier tells your posts from the model's "
        "(0.5: it cannot, 1.0: always), by two judges of different kinds; 95% interval",
        caption_justify="left",
    )
    table.add_column("")
    table.add_column("your posts", justify="right")
    for score in written:
        table.add_column(score.label if score.name != "runtime" else "adapter", justify="right")
    real = report.real
    voices = [score.voice for score in written]

    def row(name: str, mine: str, values: list[str]) -> None:
        table.add_row(name, mine, *values)

    row(
        "voice AUC",
        "0.5",
        [
            f"{v.auc:.2f} ({v.auc_low:.2f}-{v.auc_high:.2f})" if v.auc is not None else "-"
            for v in voices
        ],
    )
    row(
        "judge 2 AUC",
        "0.5",
        [
            f"{v.auc2:.2f} ({v.auc2_low:.2f}-{v.auc2_high:.2f})" if v.auc2 is not None else "-"
            for v in voices
        ],
    )
    row(
        "copied 8+ words",
        "-",
        [f"{v.copied:.0%} (longest {v.longest_copy})" for v in voices],
    )
    row(
        "median length",
        f"{real.median_length:.0f}",
        [f"{v.shape.median_length:.0f} (KS {v.length_distance:.2f})" for v in voices],
    )
    for name, meaning in FEATURES.items():
        row(meaning, f"{real.rates[name]:.0%}", [f"{v.shape.rates[name]:.0%}" for v in voices])
    row("sentences", f"{real.sentences:.1f}", [f"{v.shape.sentences:.1f}" for v in voices])
    row(
        "distinct-1 / -2",
        "",
        [
            f"{v.distinct[0]:.2f} / {v.distinct[1]:.2f} (yours {v.reference_distinct[0]:.2f} / {v.reference_distinct[1]:.2f})"
            for v in voices
        ],
    )
    theirs = voices[0].reference_collapse
    row(
        "top subject",
        f"{theirs.top_word} {theirs.share:.0%}" if theirs and theirs.top_word else "-",
        [
            f"{v.collapse.top_word} {v.collapse.share:.0%}" if v.collapse.top_word else "-"
            for v in voices
        ],
    )
    row(
        "subject again",
        f"{theirs.consecutive:.0%}" if theirs else "-",
        [f"{v.collapse.consecutive:.0%}" for v in voices],
    )
    row(
        "pass the gate",
        "",
        [f"{s.gate_pass_rate:.0%}" if s.gate_pass_rate is not None else "-" for s in written],
    )
    return table
