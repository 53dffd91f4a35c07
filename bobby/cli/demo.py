"""`bobby demo`."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.rule import Rule
from rich.table import Table

from bobby.cli import ui


def demo(
    folder: Annotated[Path, typer.Option("--dir", help="Where the demo writes everything.")] = Path(
        "bobby-demo"
    ),
    fast: Annotated[
        bool, typer.Option(help="A shorter training run (for CI); the output changes less.")
    ] = False,
) -> None:
    """Run the whole pipeline on a sample archive and the embedded model, end to end."""
    from bobby.bluesky.session import BlueskyOptions
    from bobby.cli import evaluate, export, generate, post, prep, train
    from bobby.demo import Demo
    from bobby.evaluate import evaluate as run_eval
    from bobby.export import export as run_export
    from bobby.generate import generate as run_generate
    from bobby.layout import Layout
    from bobby.post import post as run_post
    from bobby.prep import prep as run_prep

    plan = Demo(folder, fast)
    done: list[tuple[str, str, str, float]] = []

    def step(title: str) -> float:
        ui.show(Rule(f"[bold]{title}"))
        return time.perf_counter()

    began = step("1/6 bobby export: the sample archive (an invented lighthouse keeper)")
    summary = run_export([plan.archive()], plan.posts)
    ui.show(export.render(summary))
    done.append(("export", f"{summary.posts} posts", str(plan.posts), time.perf_counter() - began))

    began = step("2/6 bobby prep: posts into training data")
    with ui.track("Preparing") as tracker:
        report = run_prep(plan.prep(), tracker.report)
    ui.show(prep.render(report))
    samples = report.samples
    done.append(
        (
            "prep",
            f"{samples['train']} train, {samples['valid']} valid, {samples['test']} test samples",
            str(plan.data),
            time.perf_counter() - began,
        )
    )

    began = step("3/6 bobby train: a LoRA adapter on SmolLM2-135M (fetched on first use)")
    result = train.run_with_display(plan.train(), force=True)
    ui.show(train.render(result))
    done.append(
        (
            "train",
            f"{result.step} steps, validation loss {result.first_val_loss:.2f} → {result.val_loss:.2f}",
            str(plan.adapter),
            time.perf_counter() - began,
        )
    )

    began = step("4/6 bobby eval: does the fine-tune survive deployment?")
    with ui.track("Evaluating") as tracker:
        scores = run_eval(plan.eval(), plan.gate(), tracker.report)
    ui.show(evaluate.render(scores))
    base, runtime = scores.score("base"), scores.score("runtime")
    done.append(
        (
            "eval",
            f"perplexity {base.perplexity:.1f} (base) → {runtime.perplexity:.1f} (runtime adapter)",
            str(plan.adapter / "eval.json"),
            time.perf_counter() - began,
        )
    )

    began = step("5/6 bobby generate: posts in the voice, checked by the quality gate")
    with ui.track("Generating") as tracker:
        generation = run_generate(
            plan.generate(), plan.gate(), db_path=plan.state_db, progress=tracker.report
        )
    ui.show(generate.render(generation))
    best = generation.best()
    done.append(
        (
            "generate",
            f"{len(generation.passed)} of {len(generation.candidates)} candidates passed",
            str(plan.state_db),
            time.perf_counter() - began,
        )
    )

    began = step("6/6 bobby post --dry-run: the exact record that would go to Bluesky")
    record = run_post(best, BlueskyOptions(), dry_run=True, layout=Layout.of(plan.folder))
    ui.show(post.render(record.record, "Dry run: this record would be posted"))
    done.append(
        (
            "post --dry-run",
            f"{len(record.record['text'])} characters, langs {record.record.get('langs')}",
            "(nothing sent)",
            time.perf_counter() - began,
        )
    )

    ui.show(Rule("[bold]Done"))
    ui.show(render(done))
    ui.note(
        f"Next: `bobby export` your own archive in a folder of your own; see `bobby --help`. The demo's files are in {folder}/."
    )


def render(done: list[tuple[str, str, str, float]]) -> Table:
    """What each step produced and where."""
    table = Table(title="bobby demo", title_justify="left")
    table.add_column("step", style="bold")
    table.add_column("produced")
    table.add_column("where")
    table.add_column("time", justify="right")
    for name, what, where, seconds in done:
        table.add_row(name, what, where, f"{seconds:.0f} s")
    table.add_row("", "", "total", f"{sum(row[3] for row in done):.0f} s")
    return table
