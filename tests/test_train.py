"""bobby train, on a tiny random 4-bit llama built here and on the imported SmolLM2."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from bobby import __version__
from bobby.progress import TrainStep
from bobby.style import StyleScore
from bobby.train import train, train_settings
from tests import tiny_model

ROOT = Path(__file__).resolve().parents[1]
# Small and fast: 2 of the 4 blocks adapted, a learning rate a random model notices.
FAST = [
    "--num-layers",
    "2",
    "--learning-rate",
    "1e-3",
    "--grad-accumulation-steps",
    "1",
    "--batch-size",
    "2",
]


@pytest.fixture(scope="session")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_model.build(tmp_path_factory.mktemp("model") / "tiny")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tiny_model.write_data(tmp_path / "data")


def _weights(path: Path) -> dict:
    import mlx.core as mx

    return mx.load(str(path))


def _same_weights(first: Path, second: Path) -> bool:
    import mlx.core as mx

    a, b = _weights(first), _weights(second)
    return a.keys() == b.keys() and all(
        mx.allclose(a[key], b[key], rtol=1e-5, atol=1e-7).item() for key in a
    )


def _png_colors(path: Path) -> tuple[tuple[int, int], set[tuple[int, int, int]]]:
    """Size and the colours of every pixel of a PNG."""
    from PIL import Image

    with Image.open(path) as image:
        assert image.format == "PNG"
        pixels = image.convert("RGB")
        return image.size, {color for _, color in pixels.getcolors(image.width * image.height)}


def test_training_lowers_the_loss_and_writes_the_adapter_folder(cli, tiny, data):
    prep = b'{"prompt": {"format": "chat", "templates": ["Write a post."], "system": null}}'
    (data / "prep.json").write_bytes(prep)
    result = cli(
        "train",
        "--model",
        tiny,
        "--iters",
        "30",
        "--steps-per-eval",
        "10",
        "--save-every",
        "10",
        *FAST,
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["step"] == 30 and not summary["interrupted"]
    assert summary["val_loss"] < summary["first_val_loss"] - 1.0
    folder = Path("adapters/default")
    metrics = [json.loads(line) for line in (folder / "metrics.jsonl").read_text().splitlines()]
    assert [m["step"] for m in metrics if "train_loss" in m] == [10, 20, 30]
    assert [m["step"] for m in metrics if "val_loss" in m] == [0, 10, 20, 30]
    assert all(
        m["tokens_per_second"] > 0 and m["peak_memory_gb"] > 0 for m in metrics if "train_loss" in m
    )
    assert sorted(p.name for p in (folder / "checkpoints").iterdir()) == [
        "0000020.safetensors",
        "0000030.safetensors",
        "best.safetensors",  # the best validation's adapter (here the last: nothing to swap)
    ]
    size, colors = _png_colors(folder / "loss.png")
    assert size == (800, 480)
    assert (31, 119, 180) in colors and (255, 127, 14) in colors  # both curves drawn
    # The plain log (stderr is no terminal here) says each validation's loss once, and how
    # long the run will take once its first steps are timed.
    lines = result.stderr.splitlines()
    for step in (0, 10, 20, 30):
        assert sum(line.startswith(f"Validation loss at step {step}: ") for line in lines) == 1
    assert not any(" val " in line for line in lines), result.stderr
    assert sum("to go (from the first 3 steps' speed)" in line for line in lines) == 1
    config = json.loads((folder / "adapter_config.json").read_text())
    assert config["model"] == str(tiny) and config["bobby"]["base_model"] == str(tiny)
    assert config["lora_parameters"] == {"rank": 8, "scale": 20.0, "dropout": 0.0}
    assert config["bobby"]["prep_sha256"] == hashlib.sha256(prep).hexdigest()
    assert config["bobby"]["version"] == __version__
    # The style score learnt at the end from the training posts and 64 of the adapter's.
    score = StyleScore.load(folder)
    assert score is not None and (score.posts, score.generated) == (48, 64)
    assert str(folder / "style.json") in summary["files"]


@pytest.mark.parametrize("kind", ["lora", "dora"])
def test_adapter_loads_in_mlx_lm_over_the_4bit_model(tiny, data, kind):
    """mlx-lm applies the adapter at run time over the 4-bit weights and gets the outputs
    of the float32 model bobby trained on: dequantizing changed no weight."""
    import mlx.core as mx
    from mlx_lm import load
    from mlx_lm.tuner.utils import load_adapters

    from bobby.backend import fit_to_device

    options = train_settings(
        {
            "model": str(tiny),
            "fine_tune_type": kind,
            "iters": 12,
            "num_layers": 2,
            "learning_rate": 1e-3,
            "grad_accumulation_steps": 1,
        }
    )
    train(options)
    tokens = mx.array([[5, 17, 42, 99, 7, 300, 12]])
    base, _ = load(str(tiny))
    adapted, _ = load(str(tiny), adapter_path="adapters/default")
    adapted_layer = adapted.model.layers[-1].self_attn.q_proj
    assert type(adapted_layer).__name__ == {"lora": "LoRALinear", "dora": "DoRALinear"}[kind]
    assert type(adapted_layer.linear).__name__ == "QuantizedLinear"
    dense, _ = load(str(tiny))
    previous = mx.default_device()
    mx.set_default_device(mx.cpu)
    try:
        fit_to_device(dense)
    finally:
        mx.set_default_device(previous)
    load_adapters(dense, "adapters/default")
    assert mx.allclose(adapted(tokens), dense(tokens), atol=1e-4).item()
    assert not mx.allclose(adapted(tokens), base(tokens), atol=1e-2).item()


YAML = """\
model: {model}
train: true
fine_tune_type: lora
optimizer: adam
data: data
adapter_path: {adapters}
batch_size: 2
grad_accumulation_steps: 2
iters: 4
learning_rate: 1e-3
max_seq_length: 64
mask_prompt: false
num_layers: 2
save_every: 2
steps_per_eval: 2
steps_per_report: 2
seed: 7
test: false
lora_parameters:
  rank: 4
  dropout: 0.0
  scale: 10.0
"""
FLAGS = [
    "--batch-size",
    "2",
    "--grad-accumulation-steps",
    "2",
    "--iters",
    "4",
    "--learning-rate",
    "1e-3",
    "--max-seq-length",
    "64",
    "--no-mask-prompt",
]
FLAGS += [
    "--num-layers",
    "2",
    "--save-every",
    "2",
    "--steps-per-eval",
    "2",
    "--steps-per-report",
    "2",
    "--seed",
    "7",
    "--rank",
    "4",
    "--scale",
    "10",
]


def test_yaml_config_trains_exactly_like_the_same_flags(cli, tiny, data):
    Path("run.yaml").write_text(YAML.format(model=tiny, adapters="adapters/yaml"))
    assert cli("train", "--config", "run.yaml").exit_code == 0
    result = cli(
        "train",
        "--model",
        tiny,
        "--adapter-path",
        "adapters/flags",
        "--fine-tune-type",
        "lora",
        *FLAGS,
    )
    assert result.exit_code == 0, result.stderr
    from_yaml = json.loads(Path("adapters/yaml/adapter_config.json").read_text())
    from_flags = json.loads(Path("adapters/flags/adapter_config.json").read_text())
    assert (
        from_yaml.pop("adapter_path") == "adapters/yaml"
        and from_flags.pop("adapter_path") == "adapters/flags"
    )
    assert from_yaml == from_flags
    assert from_yaml["learning_rate"] == 1e-3 and from_yaml["lora_parameters"] == {
        "rank": 4,
        "scale": 10.0,
        "dropout": 0.0,
    }
    assert _same_weights(
        Path("adapters/yaml/adapters.safetensors"), Path("adapters/flags/adapters.safetensors")
    )


def test_settings_precedence(tmp_path, monkeypatch):
    """defaults < bobby.toml < environment < --config YAML < flags."""
    Path("bobby.toml").write_text("[train]\nrank = 4\nscale = 5.0\niters = 7\nseed = 3\n")
    monkeypatch.setenv("BOBBY_CONFIG", "bobby.toml")
    monkeypatch.setenv("BOBBY_TRAIN_SCALE", "6.0")
    monkeypatch.setenv("BOBBY_TRAIN_ITERS", "8")
    Path("c.yaml").write_text("iters: 9\nlora_parameters: {dropout: 0.1}\n")
    big = "lmstudio-community/Qwen3-8B-MLX-4bit"  # the general defaults (not a small model's)
    options = train_settings({"dropout": 0.2, "seed": None, "model": big}, Path("c.yaml"))
    assert (options.rank, options.scale, options.iters, options.dropout, options.seed) == (
        4,
        6.0,
        9,
        0.2,
        3,
    )
    assert (options.batch_size, options.grad_accumulation_steps, options.learning_rate) == (
        1,
        8,
        1e-5,
    )
    assert (options.max_seq_length, options.mask_prompt, options.num_layers) == (256, True, 16)


def test_a_small_model_gets_settings_that_suit_it_each_with_its_source(tiny, monkeypatch):
    """SmolLM2 (and any model under a billion parameters) trains with the small-model
    defaults unless something else sets them, and the options say where each came from."""
    monkeypatch.setenv("BOBBY_TRAIN_ITERS", "30")
    for model in ("smollm2", str(tiny)):
        options = train_settings({"model": model, "batch_size": 2})
        assert (options.learning_rate, options.grad_accumulation_steps) == (5e-4, 1)
        assert (options.iters, options.batch_size) == (30, 2)
        assert options.origins["learning_rate"] == f"defaults for {model}"
        assert options.origins["iters"] == "BOBBY_TRAIN_ITERS"
        assert options.origins["batch_size"] == "--batch-size"


def test_resume_continues_the_same_schedule(tiny, data):
    """Stopped mid-accumulation at step 3 and resumed, a run ends with the weights and
    metrics of the uninterrupted run."""
    settings = {
        "model": str(tiny),
        "iters": 6,
        "num_layers": 2,
        "learning_rate": 1e-3,
        "grad_accumulation_steps": 2,
    }
    settings |= {
        "save_every": 2,
        "steps_per_report": 1,
        "steps_per_eval": 2,
        "lr_schedule": {"name": "cosine_decay", "arguments": [1e-3, 3]},
    }
    whole = train(train_settings({**settings, "adapter_path": "adapters/whole"}))
    stop = threading.Event()
    first = train(
        train_settings({**settings, "adapter_path": "adapters/parts"}),
        progress=lambda event: isinstance(event, TrainStep) and event.step == 3 and stop.set(),
        stop=stop,
    )
    assert first.interrupted and first.step == 3
    assert Path("adapters/parts/checkpoints/0000003.safetensors").exists()
    second = train(train_settings({"adapter_path": "adapters/parts"}, resume=True), resume=True)
    assert not second.interrupted and second.step == whole.step == 6
    assert _same_weights(
        Path("adapters/whole/adapters.safetensors"), Path("adapters/parts/adapters.safetensors")
    )
    metrics = [
        json.loads(line) for line in Path("adapters/whole/metrics.jsonl").read_text().splitlines()
    ]
    resumed = [
        json.loads(line) for line in Path("adapters/parts/metrics.jsonl").read_text().splitlines()
    ]
    assert [(m["step"], round(m.get("train_loss", m.get("val_loss")), 5)) for m in metrics] == [
        (m["step"], round(m.get("train_loss", m.get("val_loss")), 5)) for m in resumed
    ]


def test_ctrl_c_saves_a_checkpoint_and_says_how_to_resume(tiny, data, tmp_path):
    command = [
        sys.executable,
        "-m",
        "bobby",
        "train",
        "--model",
        str(tiny),
        "--iters",
        "100000",
        *FAST,
    ]
    command += ["--steps-per-report", "1", "--save-every", "100000"]
    process = subprocess.Popen(
        command,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    metrics = tmp_path / "adapters/default/metrics.jsonl"
    deadline = time.monotonic() + 240
    while not (metrics.exists() and "train_loss" in metrics.read_text()):
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=240)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert "bobby train --adapter-path adapters/default --resume" in stderr.replace("\n", "")
    size, _ = _png_colors(tmp_path / "adapters/default/loss.png")  # the curve so far
    assert size == (800, 480)
    saved = list((tmp_path / "adapters/default/checkpoints").glob("*.safetensors"))
    assert len(saved) == 1
    step = int(saved[0].stem)
    resumed = subprocess.run(
        [sys.executable, "-m", "bobby", "train", "--resume", "--iters", str(step + 2), "--json"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(resumed.stdout)["step"] == step + 2


def _write(path: str, text: str) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(text)


BAD_INPUTS = {
    "no data folder": ([], None, "data: no such folder"),
    "export output, not prep": (
        [("data/posts.jsonl", '{"text": "hi"}\n')],
        None,
        "bobby export's posts.jsonl, not training data",
    ),
    "not mlx-lm records": (
        [("data/train.jsonl", '{"tweet": "hi"}\n')],
        None,
        "data/train.jsonl, line 1: not an mlx-lm training record",
    ),
    "mixed formats": (
        [("data/train.jsonl", '{"text": "a"}\n{"prompt": "b", "completion": "c"}\n')],
        None,
        "line 2: a completions record in a file of text records",
    ),
    "broken JSON": (
        [("data/train.jsonl", '{"text": "a"}\n{"text": \n')],
        None,
        "data/train.jsonl, line 2: not valid JSON",
    ),
    "missing model": (
        [],
        ["--model", "./no-such-model"],
        "./no-such-model: no such file or folder",
    ),
    "unknown YAML key": (
        [("c.yaml", "iterz: 3\n")],
        ["--config", "c.yaml"],
        "c.yaml: unknown mlx_lm.lora setting 'iterz'",
    ),
    "full fine-tune": (
        [("c.yaml", "fine_tune_type: full\n")],
        ["--config", "c.yaml"],
        "c.yaml: fine_tune_type = 'full' is not one of lora, dora",
    ),
    "nothing to resume": ([], ["--resume"], "adapters/default: nothing to resume"),
}


@pytest.mark.parametrize("case", BAD_INPUTS, ids=list(BAD_INPUTS))
def test_bad_input_is_one_line(cli, tiny, case):
    files, args, message = BAD_INPUTS[case]
    for path, text in files:
        _write(path, text)
    if (
        case not in {"no data folder", "export output, not prep"}
        and not Path("data/train.jsonl").exists()
    ):
        tiny_model.write_data(Path("data"))
    result = cli("train", "--model", tiny, *FAST, *(args or []))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and message in result.stderr.replace("\n", "")
    assert "Traceback" not in result.stderr


def test_adapter_folder_of_another_base_model_is_refused(cli, tiny, data):
    _write(
        "adapters/default/adapter_config.json",
        json.dumps({"model": "some/other-model", "bobby": {"base_model": "/elsewhere"}}),
    )
    result = cli("train", "--model", tiny, *FAST, "--iters", "2")
    assert result.exit_code == 1
    assert "adapters/default: belongs to base model some/other-model" in result.stderr.replace(
        "\n", ""
    )


def test_a_trained_adapter_is_not_overwritten_without_force(cli, tiny, data):
    assert cli("train", "--model", tiny, *FAST, "--iters", "2").exit_code == 0
    before = Path("adapters/default/adapters.safetensors").read_bytes()
    again = cli("train", "--model", tiny, *FAST, "--iters", "2", "--seed", "5")
    assert again.exit_code == 1 and "already holds a trained adapter" in again.stderr
    assert Path("adapters/default/adapters.safetensors").read_bytes() == before
    assert (
        cli("train", "--model", tiny, *FAST, "--iters", "2", "--seed", "5", "--force").exit_code
        == 0
    )
    assert Path("adapters/default/adapters.safetensors").read_bytes() != before


def test_resume_cannot_change_the_adapter_shape(cli, tiny, data):
    assert cli("train", "--model", tiny, *FAST, "--iters", "2").exit_code == 0
    result = cli("train", "--resume", "--rank", "16", "--iters", "4")
    assert (
        result.exit_code == 1
        and "rank=8; a resumed run cannot change it to 16" in result.stderr.replace("\n", "")
    )


@pytest.fixture
def smollm2(request: pytest.FixtureRequest) -> Path:
    """The imported SmolLM2-135M-Instruct. The `smollm2_dir` fixture comes with `bobby model`
    (another branch); until both are merged this integration test skips."""
    try:
        return request.getfixturevalue("smollm2_dir")
    except pytest.FixtureLookupError:
        pytest.skip("needs the smollm2_dir fixture of `bobby model`")


@pytest.mark.slow
def test_smollm2_learns_the_posts_on_the_cpu(cli, smollm2):
    """Sixteen steps on the real model, on the CPU: validation loss falls. (No style
    score: the demo's run learns one from the real model; here it would add a minute.)"""
    tiny_model.write_data(Path("data"), train=40, valid=8)
    result = cli(
        "train", "--model", smollm2, "--iters", "16", "--learning-rate", "2e-4", "--grad-accumulation-steps", "2",
        "--steps-per-eval", "16", "--val-batches", "-1", "--seed", "1", "--style-samples", "0", "--json",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["val_loss"] < summary["first_val_loss"] * 0.8


def test_a_config_that_is_a_folder_is_one_line(cli, tmp_path):
    result = cli("train", "--config", tmp_path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {tmp_path}: cannot read it")


def test_the_loss_scores_only_where_mlx_lm_scores(tiny, data):
    """bobby's loss (vocabulary projection from the first scored position on) gives
    mlx-lm's value and gradient on batches padded mlx-lm's way and to their own length."""
    import mlx.core as mx
    import mlx.nn as nn
    from mlx_lm.tuner.trainer import default_loss
    from mlx_lm.tuner.utils import linear_to_lora_layers

    from bobby.models import load
    from bobby.train import loss
    from bobby.train.data import load_split, validation_batches
    from bobby.train.options import TrainOptions

    model = load(str(tiny)).model
    model.freeze()
    linear_to_lora_layers(model, 2, {"rank": 8, "scale": 20.0, "dropout": 0.0})
    assert loss.for_model(model) is loss.sliced_loss
    split = load_split(data / "valid.jsonl", load(str(tiny)).tokenizer, TrainOptions())
    longest = max(len(tokens) for tokens, _ in split.examples)
    ours = nn.value_and_grad(model, loss.sliced_loss)
    theirs = nn.value_and_grad(model, lambda m, b, lengths, start: default_loss(m, b, lengths))
    for multiple in (1, 32):
        for batch in validation_batches(split, 3, 256, -1, 0, multiple=multiple):
            assert batch.tokens.shape[1] % multiple == 1 % multiple
            assert batch.tokens.shape[1] <= longest + multiple
            first = int(mx.min(batch.lengths[:, 0]).item()) - 1
            assert batch.start == first - first % multiple and (multiple > 1 or first > 0)
            (value, count), grads = ours(model, batch.tokens, batch.lengths, batch.start)
            (expected, expected_count), expected_grads = theirs(
                model, batch.tokens, batch.lengths, 0
            )
            assert count.item() == expected_count.item() > 0
            assert abs(value.item() - expected.item()) < 1e-5
            assert _trees_close(grads, expected_grads)


def _trees_close(first, second) -> bool:
    import mlx.core as mx
    from mlx.utils import tree_flatten

    a, b = dict(tree_flatten(first)), dict(tree_flatten(second))
    return a.keys() == b.keys() and all(
        mx.allclose(a[key], b[key], rtol=1e-4, atol=1e-6).item() for key in a
    )


def test_time_left_counts_the_steps_and_validations_still_to_come():
    from bobby.train.loop import Clock

    clock = Clock(total=50, steps_per_eval=20, val_batches=4)
    assert clock.left(0) is None
    clock.step_seconds += [9.0, 2.0, 2.0]  # the first step's one-off work is left out
    clock.batch_seconds += [0.5] * 4
    # 47 steps and validations at 20, 40 and 50, four batches each
    assert clock.left(3) == 47 * 2.0 + 3 * 4 * 0.5
    assert clock.left(40, batches_left=1) == 10 * 2.0 + (1 + 4) * 0.5
    assert clock.left(50) == 0
    assert Clock(total=10, steps_per_eval=5, val_batches=0, step_seconds=[1.0]).left(4) == 6


def test_a_bar_without_a_total_shows_no_count():
    """Rich's "0/?" is left out where nothing is counted; a known total is shown."""
    from rich.progress import Progress

    from bobby.cli.bar import _Count

    with Progress(disable=True) as bar:
        unknown = bar.add_task("Loading", total=None)
        known = bar.add_task("Training", total=50)
        assert str(_Count().render(bar.tasks[unknown])) == ""
        assert str(_Count().render(bar.tasks[known])).strip() == "0/50"


def test_a_run_keeps_the_adapter_of_its_best_validation(tiny, data, tmp_path, monkeypatch):
    """A learning rate that climbs to 3.0 wrecks the adapter after step 10: the run keeps
    step 10's adapter as adapters.safetensors, and its last checkpoint to resume from; the
    style score is learnt from the posts of the adapter kept, not of the last step's."""
    from mlx.utils import tree_flatten

    from bobby.train import TrainOptions, run

    learnt_from = {}

    def learn_style(loaded, options, progress):
        learnt_from.update(tree_flatten(loaded.model.trainable_parameters()))

    monkeypatch.setattr(run, "_learn_style", learn_style)
    folder = tmp_path / "adapter"
    result = train(
        TrainOptions(
            model=str(tiny),
            data=data,
            adapter_path=folder,
            iters=30,
            steps_per_eval=10,
            save_every=10,
            num_layers=2,
            lr_schedule={"name": "linear_schedule", "arguments": [3e-3, 3.0, 30]},
            batch_size=2,
            grad_accumulation_steps=1,
            style_samples=8,
        )
    )
    metrics = [json.loads(line) for line in (folder / "metrics.jsonl").read_text().splitlines()]
    losses = {m["step"]: m["val_loss"] for m in metrics if "val_loss" in m}
    assert losses[30] > losses[10] + 0.5 and min(losses[10], losses[20]) == losses[10]
    assert (result.kept_step, result.val_loss) == (10, losses[10])
    assert metrics[-1] == {"step": 30, "kept_step": 10, "kept_val_loss": losses[10]}
    assert _same_weights(folder / "adapters.safetensors", folder / "checkpoints/best.safetensors")
    last = {
        key.removeprefix("adapter."): value
        for key, value in _weights(folder / "checkpoints/0000030.safetensors").items()
        if key.startswith("adapter.")
    }
    kept = _weights(folder / "adapters.safetensors")
    assert last.keys() == kept.keys() and any(
        not np.allclose(np.array(last[key]), np.array(kept[key])) for key in kept
    )
    assert learnt_from.keys() == kept.keys() and all(
        np.array_equal(np.array(learnt_from[key]), np.array(kept[key])) for key in kept
    )
