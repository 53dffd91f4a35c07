"""The adapter folder as a unit: written whole or not at all, read back or refused in one line."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bobby.errors import BobbyError, InputError, ModelError
from bobby.progress import TrainStep
from bobby.train import train, train_settings
from tests import tiny_model

ROOT = Path(__file__).resolve().parents[1]
FAST = {"num_layers": 2, "learning_rate": 1e-3, "grad_accumulation_steps": 1, "batch_size": 2}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_model.build(tmp_path_factory.mktemp("model") / "tiny")


@pytest.fixture(scope="module")
def trained(tiny: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An adapter folder trained for two steps on the tiny model."""
    work = tmp_path_factory.mktemp("trained")
    tiny_model.write_data(work / "data")
    folder = work / "adapter"
    train(
        train_settings(
            {"model": str(tiny), "data": work / "data", "adapter_path": folder, "iters": 2, **FAST}
        )
    )
    return folder


@pytest.fixture
def adapter(trained: Path, tmp_path: Path) -> Path:
    """A copy of the trained adapter that a test may damage."""
    return Path(shutil.copytree(trained, tmp_path / "adapter"))


def _attach(tiny: Path, folder: Path) -> None:
    from mlx_lm import load

    from bobby import runtime

    model, _ = load(str(tiny))
    runtime.attach(model, folder)


def _edit_config(folder: Path, change) -> None:
    path = folder / "adapter_config.json"
    config = json.loads(path.read_text())
    change(config)
    path.write_text(json.dumps(config))


def test_a_run_that_dies_before_its_first_save_leaves_no_adapter(tiny, tmp_path):
    """The config is written after the weights, so a crash (here an exception from the
    progress callback at step 2) leaves no adapter_config.json without adapters.safetensors;
    and --force over an earlier adapter removes its config before anything else."""
    tiny_model.write_data(tmp_path / "data")
    (tmp_path / "adapters/default").mkdir(parents=True)
    (tmp_path / "adapters/default/adapter_config.json").write_text('{"model": "earlier"}')

    def crash(event) -> None:
        if isinstance(event, TrainStep) and event.step == 2:
            raise RuntimeError("killed")

    options = train_settings({"model": str(tiny), "iters": 50, "save_every": 50, **FAST})
    with pytest.raises(RuntimeError, match="killed"):
        train(options, force=True, progress=crash)
    folder = tmp_path / "adapters/default"
    assert not (folder / "adapter_config.json").exists()
    assert not (folder / "adapters.safetensors").exists()


def _limit_file_size() -> None:
    """A file-size limit, so writing a checkpoint fails as on a full disk (EFBIG)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))


def test_a_failed_checkpoint_write_is_one_line_and_leaves_no_adapter(tiny, tmp_path):
    tiny_model.write_data(tmp_path / "data")
    flags = [f"--{key.replace('_', '-')}={value}" for key, value in FAST.items()]
    result = subprocess.run(
        [sys.executable, "-m", "bobby", "train", "--model", str(tiny), "--iters", "2", *flags],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        preexec_fn=_limit_file_size,
        timeout=240,
    )
    assert result.returncode == 1, result.stderr
    # the last step's validation keeps the best adapter first: the first file to fail
    assert "Error: adapters/default/checkpoints/best.safetensors: cannot write it" in (
        result.stderr.replace("\n", "")
    )
    assert "Traceback" not in result.stderr
    folder = tmp_path / "adapters/default"
    assert sorted(path.name for path in folder.rglob("*") if path.is_file()) == ["metrics.jsonl"]


def test_a_trained_adapter_attaches(tiny, adapter):
    _attach(tiny, adapter)  # the reference for every refusal below


@pytest.mark.parametrize("size", [0, 7, 100, -10])
def test_a_truncated_adapters_file_is_one_line(tiny, adapter, size):
    path = adapter / "adapters.safetensors"
    data = path.read_bytes()
    path.write_bytes(data[:size])
    with pytest.raises(ModelError, match=r"adapters\.safetensors: not a complete safetensors file"):
        _attach(tiny, adapter)


BAD_CONFIGS = {
    "num_layers a string": (lambda c: c.update(num_layers="2"), "num_layers must be -1"),
    "num_layers missing": (lambda c: c.pop("num_layers"), "num_layers must be -1 (all blocks) or a count of blocks, not 'missing'"),
    "num_layers 0": (lambda c: c.update(num_layers=0), "num_layers must be"),
    "num_layers a bool": (lambda c: c.update(num_layers=True), "num_layers must be"),
    "num_layers 10^6": (lambda c: c.update(num_layers=10**6), "num_layers 1000000, but the model has 4 blocks"),
    "num_layers -1 over 2 blocks of weights": (lambda c: c.update(num_layers=-1), "does not fit adapter_config.json on this model (28 adapter weights missing"),
    "rank wrong": (lambda c: c["lora_parameters"].update(rank=4), "0 unknown, 28 of another shape"),
    "rank a float": (lambda c: c["lora_parameters"].update(rank=8.5), "lora_parameters.rank must be a whole number"),
    "scale missing": (lambda c: c["lora_parameters"].pop("scale"), "lora_parameters.scale must be a number, not 'missing'"),
    "dropout 2": (lambda c: c["lora_parameters"].update(dropout=2), "lora_parameters.dropout must be a number from 0"),
    "keys a string": (lambda c: c["lora_parameters"].update(keys="self_attn.q_proj"), "lora_parameters.keys must be a list"),
    "lora_parameters a list": (lambda c: c.update(lora_parameters=[8, 20.0]), "lora_parameters must be a table"),
    "full fine-tune": (lambda c: c.update(fine_tune_type="full"), "fine_tune_type must be lora or dora"),
    "not an object": (None, "not an adapter config (expected a JSON object)"),
}  # fmt: skip


@pytest.mark.parametrize("case", BAD_CONFIGS, ids=list(BAD_CONFIGS))
def test_a_hand_edited_config_is_one_line(tiny, adapter, case):
    change, message = BAD_CONFIGS[case]
    if change is None:
        (adapter / "adapter_config.json").write_text("[1, 2]")
    else:
        _edit_config(adapter, change)
    with pytest.raises(BobbyError) as caught:
        _attach(tiny, adapter)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_resume_checks_the_config_and_the_checkpoint(tiny, adapter, tmp_path):
    tiny_model.write_data(tmp_path / "data")
    _edit_config(adapter, lambda c: c["lora_parameters"].update(rank="8"))
    with pytest.raises(InputError, match=r"lora_parameters\.rank must be a whole number"):
        train_settings({"adapter_path": adapter}, resume=True)
    _edit_config(adapter, lambda c: c["lora_parameters"].update(rank=8))
    checkpoint = sorted((adapter / "checkpoints").glob("[0-9]*.safetensors"))[-1]
    checkpoint.write_bytes(checkpoint.read_bytes()[:500])
    with pytest.raises(InputError, match="not a readable bobby checkpoint"):
        train(train_settings({"adapter_path": adapter, "iters": 4}, resume=True), resume=True)
