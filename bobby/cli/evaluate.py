"""`bobby eval`."""

from __future__ import annotations

from rich.table import Table

from bobby.cli import options, ui


@options.settings(options.EVAL)
def eval_(
    flags: options.Flags,
    json: options.Json = False,
) -> None:
    """Measure the adapter on held-out posts: base vs runtime vs fused-and-requantized."""
    from bobby.config import resolve
    from bobby.evaluate import evaluate
    from bobby.gate import GateOptions

    with ui.track("Evaluating") as tracker:
        report = evaluate(flags.resolve(options.EVAL), resolve(GateOptions, "gate"), tracker.report)
    for note in report.notes:
        ui.note(f"[yellow]Note:[/] {note}")
    if json:
        ui.print_json(report.to_dict())
    ui.show(render(report))


def render(report) -> Table:
    """The four models' scores, lower is better, and the gate's rates."""
    table = Table(
        title=f"{report.adapter} on {report.test_samples} held-out posts ({report.test_tokens:,} tokens)",
        title_justify="left",
    )
    table.add_column("model")
    table.add_column("NLL/token", justify="right")
    table.add_column("perplexity", justify="right")
    table.add_column("")
    base = report.score("base").nll
    for score in report.scores:
        if score.nll is None:
            table.add_row(score.label, "-", "-", f"[dim]{score.note}[/]")
            continue
        change = f"{score.nll - base:+.3f} vs base" if score.name != "base" else ""
        table.add_row(score.label, f"{score.nll:.4f}", f"{score.perplexity:.2f}", change)
    if report.samples:
        table.caption = (
            f"{report.samples} generated candidates: {report.gate_pass_rate:.0%} pass the quality gate, "
            f"{report.novelty_rate:.0%} are novel"
        )
    return table
