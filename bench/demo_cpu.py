"""Where `bobby demo`'s time goes on the CPU: its training run before and after, and eval.

    python bench/demo_cpu.py [--rounds 2] [--reference main] [--cold] [--eval] [--steps 20]

Prepares the demo's data once (the packaged sample archive, exported and prepared as the
demo does), then trains on it with `bobby train` in a fresh process per run, the sides
taking turns:

- before: the reference code (`--reference`, a git revision, unpacked with `git archive`)
  with the demo's old settings;
- code: this tree with the old settings (what the code changes alone gain);
- after: this tree with the demo's new settings.

Each run's wall and CPU seconds are split into start-up (imports), loading (model,
dequantizing, data), validation and steps, from the run's own metrics.jsonl. `--cold`
gives each run an empty temporary folder, so MLX compiles its CPU kernels with the C++
compiler as on a fresh machine (it caches them in $TMPDIR/mlx). `--eval` then times eval's
steps in-process (four model loads, scoring, generating) on the last adapter trained.
The machine's processor and OpenBLAS core are printed first.
"""

from __future__ import annotations

import argparse
import ctypes
import itertools
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

DEMO = [
    "--model", "smollm2", "--learning-rate", "5e-4", "--batch-size", "4",
    "--grad-accumulation-steps", "1", "--val-batches", "-1", "--steps-per-report", "5",
]  # fmt: skip
OLD = ["--iters", "50", "--num-layers", "16", "--rank", "8", "--steps-per-eval", "25"]
NEW = ["--iters", "50", "--num-layers", "8", "--rank", "8", "--steps-per-eval", "50"]
SIDES = {"before": OLD, "code": OLD, "after": NEW}


def machine() -> str:
    """The processor, its cpuid model, the cores, and the core OpenBLAS chose."""
    info = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    fields = dict(
        line.split(":", 1) for line in info.splitlines() if ":" in line and line.count(":") == 1
    )
    name = " ".join(fields.get("model name\t", platform.processor()).split())
    model = fields.get("model\t\t", "?").strip()
    sys.path.insert(0, str(ROOT))
    from bobby.backend import find_openblas

    core = "none"
    if path := find_openblas():
        blas = ctypes.CDLL(path)
        blas.openblas_get_corename.restype = ctypes.c_char_p
        blas.openblas_get_config.restype = ctypes.c_char_p
        core = f"{blas.openblas_get_corename().decode()} ({blas.openblas_get_config().decode()})"
    return f"{name}, cpuid model {model}, {os.cpu_count()} cores; OpenBLAS core {core}"


def prepare(folder: Path, env: dict[str, str]) -> Path:
    """The demo's training data, as `bobby demo` makes it."""
    sys.path.insert(0, str(ROOT))
    from bobby.sample import archive_path

    data = folder / "data"
    for command in (
        ["export", str(archive_path()), "--out", str(data / "posts.jsonl")],
        ["prep", "--posts", str(data / "posts.jsonl"), "--out-dir", str(data), "--seed", "1"],
    ):
        subprocess.run(
            [sys.executable, "-m", "bobby", "--quiet", *command], env=env, check=True, cwd=folder
        )
    return data


def reference_tree(revision: str, folder: Path) -> Path:
    """The reference code, unpacked from git."""
    tree = folder / "reference"
    tree.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "bobby"], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def train_once(side: str, code: Path, data: Path, folder: Path, cold: bool) -> dict:
    """One training run in a fresh process, its time split into parts."""
    adapter = folder / f"adapter-{side}"
    env = {**os.environ, "PYTHONPATH": str(code)}
    if cold:
        env["TMPDIR"] = tempfile.mkdtemp(dir=folder, prefix="tmp-")
    command = [sys.executable, "-m", "bobby", "--quiet", "train", "--data", str(data)]
    command += ["--adapter-path", str(adapter), "--force", *DEMO, *SIDES[side], "--json"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    tic = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - tic
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"{side}: bobby train failed:\n{done.stderr}")
    result = json.loads(done.stdout)
    metrics = [json.loads(line) for line in (adapter / "metrics.jsonl").read_text().splitlines()]
    validation = sum(record.get("val_seconds", 0.0) for record in metrics)
    steps, trained = 0.0, 0
    for record in metrics:
        if "trained_tokens" in record:
            steps += (record["trained_tokens"] - trained) / record["tokens_per_second"]
            trained = record["trained_tokens"]
    return {
        "side": side,
        "wall": wall,
        "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        "startup": wall - result["seconds"],
        "loading": result["seconds"] - validation - steps,
        "validation": validation,
        "validations": sum("val_loss" in record for record in metrics),
        "steps": steps,
        "val_loss": [round(r["val_loss"], 3) for r in metrics if "val_loss" in r],
        "adapter": str(adapter),
    }


def time_eval(adapter: str, data: Path) -> list[tuple[str, float]]:
    """Seconds of each of eval's stages (loads, scoring, generating), in-process."""
    sys.path.insert(0, str(ROOT))
    from bobby.evaluate import EvalOptions, evaluate
    from bobby.gate import GateOptions

    marks: list[tuple[str, float]] = [("start", time.perf_counter())]
    options = EvalOptions(adapter_path=Path(adapter), data=data, samples=8, seed=1)
    evaluate(options, GateOptions(), lambda event: marks.append((event.what, time.perf_counter())))
    marks.append(("end", time.perf_counter()))
    return [(what, later - at) for (what, at), (_, later) in itertools.pairwise(marks)]


STEP_VARIANTS = {
    # name: (compiled, width multiple, bobby's sliced loss, blocks adapted)
    "before: compiled, padded to 32, mlx-lm's loss, 16 blocks": (True, 32, False, 16),
    "code: not compiled, own length, sliced loss, 16 blocks": (False, 1, True, 16),
    "after: the same, 8 blocks": (False, 1, True, 8),
}


def interleaved_steps(data: Path, steps: int) -> None:
    """Training steps of each variant on the same batches, taking turns in one process,
    so that a busy machine slows them alike; median seconds a step after the first two."""
    sys.path.insert(0, str(ROOT))
    from functools import partial

    from bobby.backend import prepare

    prepare()  # OpenBLAS before mlx, as bobby's own commands load it
    import mlx.core as mx
    import mlx.nn as nn
    import mlx.optimizers as optim
    from mlx_lm.tuner.utils import linear_to_lora_layers

    from bobby.models import load
    from bobby.train import loss
    from bobby.train.data import _array, _groups, load_split
    from bobby.train.options import TrainOptions

    runs = {}
    for name, (compiled, multiple, sliced, blocks) in STEP_VARIANTS.items():
        loaded = load("smollm2")
        model = loaded.model
        model.freeze()
        linear_to_lora_layers(model, blocks, {"rank": 8, "scale": 20.0, "dropout": 0.0})
        optimizer = optim.Adam(learning_rate=5e-4)
        grad = nn.value_and_grad(model, loss.sliced_loss if sliced else loss.default)
        state = [model.state, optimizer.state, mx.random.state]

        def update(tokens, lengths, start, model=model, optimizer=optimizer, grad=grad):
            (value, count), gradient = grad(model, tokens, lengths, start)
            optimizer.update(model, gradient)
            return value, count

        step = partial(mx.compile, inputs=state, outputs=state)(update) if compiled else update
        runs[name] = (step, state, multiple, [])
    split = load_split(data / "train.jsonl", loaded.tokenizer, TrainOptions(data=data))
    groups = _groups(split, 4)
    for number in range(steps):
        names = list(runs)
        for name in names[number % len(names) :] + names[: number % len(names)]:
            step, state, multiple, seconds = runs[name]
            batch = _array(split, groups[(number * 7) % len(groups)], 256, multiple)
            tic = time.perf_counter()
            value, count = step(batch.tokens, batch.lengths, batch.start)
            mx.eval(state, value, count)
            seconds.append(time.perf_counter() - tic)
    for name, (_, _, _, seconds) in runs.items():
        print(
            f"step {statistics.median(seconds[2:]):5.2f} s median "
            f"({min(seconds[2:]):.2f}-{max(seconds[2:]):.2f}), first {seconds[0]:5.2f} s  {name}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--reference", default="main", help="git revision of the 'before' code")
    parser.add_argument("--sides", default="before,code,after")
    parser.add_argument("--cold", action="store_true", help="an empty MLX kernel cache per run")
    parser.add_argument("--eval", action="store_true", help="also time eval's stages")
    parser.add_argument(
        "--steps", type=int, default=0, help="then this many interleaved steps per variant"
    )
    args = parser.parse_args()
    print(machine(), flush=True)
    print(f"load average {os.getloadavg()[0]:.1f} at the start", flush=True)
    with tempfile.TemporaryDirectory(prefix="bobby-demo-bench-") as name:
        folder = Path(name)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        data = prepare(folder, env)
        codes = {"before": reference_tree(args.reference, folder), "code": ROOT, "after": ROOT}
        sides = args.sides.split(",")
        runs: list[dict] = []
        for number in range(args.rounds):
            for side in sides[number % len(sides) :] + sides[: number % len(sides)]:
                run = train_once(side, codes[side], data, folder, args.cold)
                runs.append(run)
                print(
                    f"round {number + 1} {side:6s} wall {run['wall']:6.1f} s  cpu {run['cpu']:6.1f} s  "
                    f"start-up {run['startup']:5.1f}  loading {run['loading']:5.1f}  "
                    f"validation {run['validation']:5.1f} ({run['validations']}x)  "
                    f"steps {run['steps']:6.1f}  val loss {run['val_loss']}  "
                    f"(load average {os.getloadavg()[0]:.1f})",
                    flush=True,
                )
        for side in sides if runs else []:
            walls = [run["wall"] for run in runs if run["side"] == side]
            print(
                f"{side}: median wall {statistics.median(walls):.1f} s, range {min(walls):.1f}-{max(walls):.1f}"
            )
        if args.eval:
            for what, seconds in time_eval(runs[-1]["adapter"], data):
                print(f"eval  {seconds:6.1f} s  {what}", flush=True)
        if args.steps:
            interleaved_steps(data, args.steps)


if __name__ == "__main__":
    main()
