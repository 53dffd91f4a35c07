"""bobby train on two processes (MLX's ring backend over local TCP) against one process."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bobby.errors import InputError
from bobby.train import ranks, train, train_settings
from tests import tiny_model

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
TRAIN = [sys.executable, "-m", "bobby", "train"]
# mlx.launch comes with mlx, beside this Python.
LAUNCH = [str(Path(sys.executable).with_name("mlx.launch")), "-n", "2", "--"]
# A global batch of 4 (2 rows per process), updates every 2 micro-batches.
SETTINGS = {
    "iters": 6,
    "num_layers": 2,
    "learning_rate": 1e-3,
    "batch_size": 4,
    "grad_accumulation_steps": 2,
    "steps_per_report": 1,
    "steps_per_eval": 3,
    "save_every": 3,
}


def _flags(settings: dict) -> list[str]:
    return [
        part
        for key, value in settings.items()
        for part in (f"--{key.replace('_', '-')}", str(value))
    ]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_model.build(tmp_path_factory.mktemp("model") / "tiny")


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    for sock in sockets:
        sock.bind(("127.0.0.1", 0))
    ports = [sock.getsockname()[1] for sock in sockets]
    for sock in sockets:
        sock.close()
    return ports


def _start_ranks(folders: list[Path], args: list[str]) -> list[subprocess.Popen]:
    """`bobby train` as ranks of one ring group, each in its own folder (as on two
    machines that share nothing), started the way mlx.launch starts them."""
    hostfile = folders[0].parent / "hosts.json"
    hostfile.write_text(json.dumps([[f"127.0.0.1:{port}"] for port in _free_ports(len(folders))]))
    return [
        subprocess.Popen(
            [*TRAIN, *args],
            cwd=folder,
            env={**ENV, "MLX_HOSTFILE": str(hostfile), "MLX_RANK": str(rank)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for rank, folder in enumerate(folders)
    ]


def _finish(processes: list[subprocess.Popen]) -> list[tuple[int, str, str]]:
    """Each rank's exit code, stdout and stderr; a rank left waiting for a dead peer is
    killed (mlx.launch does the same)."""
    results = []
    try:
        for process in processes:
            out, err = process.communicate(timeout=240)
            results.append((process.returncode, out, err))
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    return results


def _losses(folder: Path) -> list[tuple[int, str, float]]:
    lines = (folder / "metrics.jsonl").read_text().splitlines()
    return [
        (record["step"], kind, record[kind])
        for record in map(json.loads, lines)
        for kind in ("train_loss", "val_loss")
        if kind in record
    ]


def test_two_processes_train_like_one_on_the_same_global_batch(tiny, tmp_path):
    """Under mlx.launch, two processes each take half of every batch and reach the
    losses and weights of one process; rank 0 alone reports and prints the result."""
    import mlx.core as mx

    tiny_model.write_data(tmp_path / "data")
    one = train(train_settings({"model": str(tiny), "adapter_path": "adapters/one", **SETTINGS}))
    assert one.step == 6
    flags = ["--model", str(tiny), "--adapter-path", "adapters/two", *_flags(SETTINGS), "--json"]
    launched = subprocess.run(
        [*LAUNCH, *TRAIN, *flags],
        cwd=tmp_path,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert launched.returncode == 0, launched.stderr
    assert json.loads(launched.stdout)["step"] == 6  # one result: rank 1 prints nothing
    assert "On 2 processes: global batch 4 (2 per process)" in launched.stderr
    single, double = _losses(tmp_path / "adapters/one"), _losses(tmp_path / "adapters/two")
    assert [(step, kind) for step, kind, _ in single] == [(step, kind) for step, kind, _ in double]
    assert [loss for *_, loss in double] == pytest.approx([loss for *_, loss in single], rel=1e-4)
    assert single[-1][2] < single[0][2] - 1.0  # it did learn: the comparison means something
    a = mx.load(str(tmp_path / "adapters/one/adapters.safetensors"))
    b = mx.load(str(tmp_path / "adapters/two/adapters.safetensors"))
    assert a.keys() == b.keys()
    assert all(mx.allclose(a[key], b[key], rtol=1e-3, atol=1e-5).item() for key in a)


def test_a_stop_on_any_rank_stops_all_with_one_checkpoint_and_rank_0_resumes_them(tiny, tmp_path):
    """Two "machines": a Ctrl-C that reaches only rank 1 stops both at the same step;
    rank 0 writes one checkpoint; rank 1's folder gets nothing, and resuming needs only
    rank 0's adapter folder."""
    folders = [tmp_path / "host0", tmp_path / "host1"]
    for folder in folders:
        tiny_model.write_data(folder / "data")
    base = ["--model", str(tiny), "--batch-size", "4", "--num-layers", "2"]
    processes = _start_ranks(
        folders, [*base, "--iters", "100000", "--steps-per-report", "1", "--save-every", "100000"]
    )
    metrics = folders[0] / "adapters/default/metrics.jsonl"
    deadline = time.monotonic() + 240
    while not (metrics.exists() and "train_loss" in metrics.read_text()):
        assert all(p.poll() is None for p in processes) and time.monotonic() < deadline
        time.sleep(0.2)
    processes[1].send_signal(signal.SIGINT)
    (code0, _, err0), (code1, out1, err1) = _finish(processes)
    assert (code0, code1) == (130, 130), (err0, err1)
    assert "Traceback" not in err0 + err1 and out1 == err1 == ""
    assert "--resume" in err0
    saved = list((folders[0] / "adapters/default/checkpoints").iterdir())
    assert len(saved) == 1
    assert not (folders[1] / "adapters").exists()
    step = int(saved[0].stem)
    resumed = _finish(_start_ranks(folders, ["--resume", "--iters", str(step + 2), "--json"]))
    assert [code for code, *_ in resumed] == [0, 0], resumed
    assert json.loads(resumed[0][1])["step"] == step + 2
    assert not (folders[1] / "adapters").exists()


def test_a_global_batch_that_does_not_split_is_one_line():
    with pytest.raises(InputError, match="batch_size 3 does not split over 2 processes"):
        ranks.check_batch(ranks.World(rank=1, size=2), 3)
    ranks.check_batch(ranks.World(rank=1, size=2), 4)


def test_each_process_takes_its_rows_of_the_global_batch():
    rows = list(range(8))
    shards = [ranks.World(rank, 2).shard(rows) for rank in range(2)]
    assert shards == [[0, 2, 4, 6], [1, 3, 5, 7]]
    assert ranks.SINGLE.shard(rows) == rows
