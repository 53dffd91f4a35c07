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


def loss_chart(path: Path, metrics: Sequence[dict[str, Any]], title: str) -> Path:
    """The run's training and validation losses by step (800x480 pixels)."""
    train = [(r["step"], r["train_loss"]) for r in metrics if "train_loss" in r]
    valid = [(r["step"], r["val_loss"]) for r in metrics if "val_loss" in r]
    figure = _figure(8, 4.8)
    axes = figure.add_subplot()
    if train:
        axes.plot(*zip(*train, strict=True), color=BLUE, linewidth=2, label="train")
    if valid:
        axes.plot(*zip(*valid, strict=True), color=ORANGE, linewidth=2, marker="o", label="valid")
    axes.set(xlabel="step", ylabel="loss")
    axes.set_title(title, fontsize=10)
    axes.grid(alpha=0.3)
    if train or valid:
        axes.legend()
    return _save(figure, path)


def eval_chart(path: Path, report: EvalReport) -> Path:
    """Each generated set against the real posts: voice AUC with its interval, the
    distribution of lengths, and how often posts have each surface feature."""
    from bobby.voice import FEATURES

    scored = [score for score in report.scores if score.voice is not None]
    colors = [BLUE, ORANGE, GREEN, RED, PURPLE]
    sets = [("real posts", REAL, report.real)] + [
        (score.label, colors[i % len(colors)], score.voice.shape) for i, score in enumerate(scored)
    ]
    figure = _figure(14, 4.6)
    auc_axes, length_axes, rate_axes = figure.subplots(1, 3, width_ratios=[2, 3, 3])
    figure.suptitle(f"{report.adapter} on {report.model}: generated posts vs the real ones")

    for row, score in enumerate(scored):
        voice = score.voice
        if voice.auc is None:
            continue
        color = colors[row % len(colors)]
        auc_axes.errorbar(
            voice.auc,
            row,
            xerr=[[voice.auc - voice.auc_low], [voice.auc_high - voice.auc]],
            fmt="o",
            color=color,
            capsize=4,
        )
    auc_axes.axvline(0.5, color=REAL, linestyle="--", linewidth=1)
    auc_axes.set(
        xlim=(0.3, 1.02),
        ylim=(len(scored) - 0.5, -0.5),
        yticks=range(len(scored)),
        yticklabels=[_short(score.label) for score in scored],
        title="voice AUC (0.5: sounds like them)",
    )

    longest = max((max(shape.lengths, default=0) for _, _, shape in sets), default=0)
    bins = list(range(0, max(longest, 10) + 20, 20))
    for label, color, shape in sets:
        if shape.lengths:
            length_axes.hist(
                shape.lengths,
                bins=bins,
                density=True,
                histtype="step",
                linewidth=2,
                color=color,
                label=f"{_short(label)} (median {shape.median_length:.0f})",
            )
    length_axes.set(xlabel="graphemes", yticks=[], title="length")
    length_axes.legend(fontsize=8)

    width = 0.8 / len(sets)
    names = list(FEATURES)
    for index, (label, color, shape) in enumerate(sets):
        rate_axes.bar(
            [n + index * width - 0.4 + width / 2 for n in range(len(names))],
            [shape.rates[name] * 100 for name in names],
            width,
            color=color,
            label=_short(label),
        )
    rate_axes.set_xticks(range(len(names)), names, fontsize=8)
    rate_axes.set(ylabel="% of posts", title="surface features")
    rate_axes.legend(fontsize=8)
    return _save(figure, path)


def _short(label: str) -> str:
    return label if len(label) <= 28 else "…" + label[-27:]
