"""loss.png and eval.png as a person reads them: real voice scores of real texts (the
sample archive's posts against shuffled copies of them), drawn by the real matplotlib."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import orjson
import pytest

from bobby import voice
from bobby.evaluate import EvalReport, Score
from bobby.plot import eval_chart, eval_figure, loss_chart, loss_figure

HOME = str(Path.home() / ".cache/bobby/models/smollm2")


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> EvalReport:
    """A report as `bobby eval` makes it: the keeper's posts, and two "models" whose
    posts are her words shuffled (one by sentence, one by word)."""
    from bobby.export import export
    from bobby.sample import archive_path

    posts = tmp_path_factory.mktemp("sample") / "posts.jsonl"
    export([archive_path()], posts)
    texts = [orjson.loads(line)["text"] for line in posts.read_bytes().splitlines()][:120]
    rng = random.Random(1)
    words = [" ".join(rng.sample(t.split(), len(t.split()))) for t in texts[:40]]
    train, test = texts[:80], texts[80:]
    scores = [
        Score("base", "base model", 3.2, 24.5, voice=voice.score(train, test, words)),
        Score("runtime", "runtime adapter", 2.1, 8.2, voice=voice.score(train, test, test)),
        Score("fused_requantized", "fused, requantized", 2.4, 11.0),
    ]
    return EvalReport(
        "/home/someone/bot/adapters/demo", HOME, len(test), 900, scores, 40, voice.shape(texts)
    )


def test_loss_png_after_a_stop_at_the_first_steps_marks_its_points(tmp_path):
    metrics = [{"step": 0, "val_loss": 5.2}, {"step": 10, "train_loss": 4.9}]
    figure = loss_figure(metrics, f"{tmp_path}/adapters/default on {HOME}")
    [axes] = figure.axes
    assert [line.get_marker() for line in axes.lines] == ["o", "o"]
    assert loss_chart(tmp_path / "loss.png", metrics, "adapters/default on smollm2").is_file()


def test_eval_png_shows_fit_voice_length_and_variety_without_the_home_folder(report, tmp_path):
    figure = eval_figure(report)
    title = figure.get_suptitle()
    assert title.startswith("adapters/demo on models/smollm2:") and "/home/" not in title
    fit, auc, length, rates = figure.axes
    assert "perplexity" in fit.get_title()
    assert [label.get_text() for label in fit.get_yticklabels()] == [
        "base model",
        "runtime adapter",
        "fused, requantized",
    ]
    dots = [line for line in auc.lines if line.get_marker() == "o"]  # a dot at 1.0 whole
    assert dots and auc.get_xlim()[1] > 1.0 and not any(dot.get_clip_on() for dot in dots)
    squares = [line for line in auc.lines if line.get_marker() == "s"]  # the second judge
    assert len(squares) == len(dots) == 2 and "judges" in auc.get_title()
    assert length.get_ylabel() == "% of posts" and length.get_yticks().size
    assert "distinct-2" in [label.get_text() for label in rates.get_xticklabels()]
    path = eval_chart(tmp_path / "eval.png", report)
    if keep := os.environ.get("EVAL_PICTURE"):  # to look at it
        shutil.copy(path, keep)
    from PIL import Image

    with Image.open(path) as picture:
        assert picture.size == (1400, 460)
