"""Pictures beside an adapter: loss.png after training, eval.png after `bobby eval`.

Drawn with matplotlib's object-oriented API on its Agg canvas (no pyplot, no display, no
global state), imported only when a picture is drawn, and written atomically.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bobby.files import write_bytes

if TYPE_CHECKING:
    from bobby.evaluate import EvalReport

# matplotlib's default cycle, named: every picture gives one model the same colour.
BLUE, ORANGE, GREEN, RED, PURPLE = "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"
REAL = "#444444"


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def _save(figure: Any, path: Path) -> Path:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    write_bytes(path, buffer.getvalue())
    return path


def named(where: str) -> str:
    """A model or adapter as a picture names it: an absolute path by its last two parts
    (`models/smollm2`), so no picture shows the user's home folder; anything else as is."""
    path = Path(where)
    return str(Path(*path.parts[-2:])) if path.is_absolute() else where


# Up to this many points a line marks each one: a run stopped early (Ctrl-C at step 18)
# has only a few, and a single point drawn as a line is no mark at all.
MARKED = 30


def loss_chart(path: Path, metrics: Sequence[dict[str, Any]], title: str) -> Path:
    """The run's training and validation losses by step (800x480 pixels)."""
    return _save(loss_figure(metrics, title), path)


def loss_figure(metrics: Sequence[dict[str, Any]], title: str) -> Any:
    """loss.png's figure."""
    train = [(r["step"], r["train_loss"]) for r in metrics if "train_loss" in r]
    valid = [(r["step"], r["val_loss"]) for r in metrics if "val_loss" in r]
    figure = _figure(8, 4.8)
    axes = figure.add_subplot()
    for points, color, label in ((train, BLUE, "train"), (valid, ORANGE, "valid")):
        if points:
            marker = "o" if len(points) <= MARKED else None
            axes.plot(*zip(*points, strict=True), color=color, linewidth=2, marker=marker, label=label)  # fmt: skip
    axes.set(xlabel="step", ylabel="loss")
    axes.set_title(title, fontsize=10)
    axes.grid(alpha=0.3)
    if train or valid:
        axes.legend()
    return figure


def eval_chart(path: Path, report: EvalReport) -> Path:
    """Each generated set against the real posts: perplexity, voice AUC with its
    interval, the distribution of lengths, and how often posts have each surface feature
    and how varied their words are (1400x460 pixels)."""
    return _save(eval_figure(report), path)


def eval_figure(report: EvalReport) -> Any:
    """eval.png's figure."""
    from bobby.voice import FEATURES

    scored = [score for score in report.scores if score.voice is not None]
    colors = [BLUE, ORANGE, GREEN, RED, PURPLE]
    # (label, colour, shape, distinct-2): diversity measured on as many real posts as
    # each model wrote (`reference_distinct`)
    reference = scored[0].voice.reference_distinct[1] if scored else None
    sets = [("real posts", REAL, report.real, reference)] + [
        (score.label, colors[i % len(colors)], score.voice.shape, score.voice.distinct[1])
        for i, score in enumerate(scored)
    ]
    figure = _figure(14, 4.6)
    fit_axes, auc_axes, length_axes, rate_axes = figure.subplots(1, 4, width_ratios=[2, 2, 3, 3.5])
    figure.suptitle(
        f"{named(report.adapter)} on {named(report.model)}: generated posts vs the real ones"
    )

    fitted = [score for score in report.scores if score.perplexity is not None]
    fit_axes.barh(
        range(len(fitted)),
        [score.perplexity for score in fitted],
        color=[colors[i % len(colors)] for i in range(len(fitted))],
    )
    for row, score in enumerate(fitted):
        fit_axes.annotate(f" {score.perplexity:.1f}", (score.perplexity, row), va="center", fontsize=8)  # fmt: skip
    fit_axes.set(
        ylim=(len(fitted) - 0.5, -0.5),
        yticks=range(len(fitted)),
        yticklabels=[_short(score.label) for score in fitted],
        title="perplexity (lower: closer)",
    )
    fit_axes.margins(x=0.25)

    # each judge a dot with its interval: judge 1 round, judge 2 square, a little below
    judges = (
        ("auc", "auc_low", "auc_high", "o", -0.12),
        ("auc2", "auc2_low", "auc2_high", "s", 0.12),
    )
    lows = []
    for row, score in enumerate(scored):
        color = colors[row % len(colors)]
        for value, low, high, marker, shift in judges:
            auc, auc_low, auc_high = (getattr(score.voice, name) for name in (value, low, high))
            if auc is None:
                continue
            lows.append(auc_low)
            auc_axes.errorbar(
                auc,
                row + shift,
                xerr=[[auc - auc_low], [auc_high - auc]],
                fmt=marker,
                color=color,
                capsize=4,
                clip_on=False,  # a dot at 1.0 shows whole
            )
    auc_axes.axvline(0.5, color=REAL, linestyle="--", linewidth=1)
    auc_axes.set(
        xlim=(min([0.3, *(low - 0.05 for low in lows)]), 1.05),
        ylim=(len(scored) - 0.5, -0.5),
        yticks=range(len(scored)),
        yticklabels=[_short(score.label) for score in scored],
        title="voice AUC, judges 1 ● and 2 ■",
    )

    longest = max((max(shape.lengths, default=0) for _, _, shape, _ in sets), default=0)
    bins = list(range(0, max(longest, 10) + 20, 20))
    for label, color, shape, _ in sets:
        if shape.lengths:
            length_axes.hist(
                shape.lengths,
                bins=bins,
                weights=[100 / len(shape.lengths)] * len(shape.lengths),
                histtype="step",
                linewidth=2,
                color=color,
                label=f"{_short(label)} (median {shape.median_length:.0f})",
            )
    length_axes.set(xlabel="graphemes", ylabel="% of posts", title="length")
    length_axes.legend(fontsize=7, loc="upper right", framealpha=0.9)

    # Diversity beside the features: distinct word pairs, in per cent like the rest.
    width = 0.8 / len(sets)
    names = [*FEATURES, "distinct-2"]
    for index, (label, color, shape, varied) in enumerate(sets):
        rate_axes.bar(
            [n + index * width - 0.4 + width / 2 for n in range(len(names))],
            [*(shape.rates[name] * 100 for name in FEATURES), (varied or 0) * 100],
            width,
            color=color,
            label=_short(label),
        )
    rate_axes.set_xticks(range(len(names)), names, fontsize=8, rotation=20)
    rate_axes.set(ylabel="% of posts (distinct-2: % of word pairs)", title="surface and variety")
    rate_axes.legend(fontsize=8)
    return figure


def _short(label: str) -> str:
    return label if len(label) <= 28 else "…" + label[-27:]
