"""Benchmark: the cron case, from process start to the first candidate printed.

`bobby generate` (load the base, apply the adapter at run time, prompt as the data was
built, check the candidate) against mlx-lm's own `mlx_lm.generate --adapter-path`, each
started as a fresh process; every command runs once to warm the disk cache (and, on a
GPU, to compile its kernels), then `--runs` more times, the median reported.

    python bench/cold_start.py --model DIR --adapter DIR [--data DIR] [--runs 3]
    python bench/cold_start.py --model DIR --adapter DIR --stages   # where the time goes

`--stages` runs the same work in a fresh process, twice (the first warms the disk cache
and the GPU's kernel cache), timing each part of the second: importing MLX and mlx-lm,
reading the weights, the tokenizer, giving the base its form (`bobby.backend`), applying
the adapter, and the first candidate (`bobby.decode`: first token, then the rest),
against the same parts of mlx-lm's own path (`load(adapter_path=...)`, `generate`).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(command: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    run = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if run.returncode or not run.stdout.strip():
        sys.exit(f"{' '.join(command)} failed:\n{run.stderr[-3000:]}")
    return time.perf_counter() - began


def stage_run(model: str, adapter: str) -> dict:
    """`stages` in a fresh process."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    command = [sys.executable, __file__, "--worker", "--model", model, "--adapter", adapter]
    run = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    line = next((x for x in run.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        sys.exit(f"stages failed:\n{run.stderr[-3000:]}")
    return json.loads(line[7:])


def measure(
    model: str, adapter: str, data: str, prompt: str, runs: int, max_tokens: int = 40
) -> dict[str, float]:
    """Median seconds to the first candidate, for bobby and for mlx-lm."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    commands = {
        "bobby generate": [
            sys.executable, "-m", "bobby", "--quiet", "generate", "--adapter-path", adapter, "--model", model,
            "--data", data, "--max-tokens", str(max_tokens), "--min-chars", "1", "--retries", "1", "--prompt", prompt,
        ],
        "mlx_lm.generate": [
            sys.executable, "-m", "mlx_lm", "generate", "--model", model, "--adapter-path", adapter,
            "--max-tokens", str(max_tokens), "--prompt", prompt, "--verbose", "False",
        ],
    }  # fmt: skip
    results = {}
    for name, command in commands.items():
        timed(command, env)
        results[name] = statistics.median(timed(command, env) for _ in range(runs))
    return results


def stages(model: str, adapter: str, prompt: list[int], max_tokens: int) -> dict[str, float]:
    """Seconds spent in each part of loading and the first candidate, in this process."""
    clock = [time.perf_counter()]
    times: dict[str, float] = {}

    def lap(name: str) -> None:
        clock.append(time.perf_counter())
        times[name] = clock[-1] - clock[-2]

    from bobby import backend

    backend.prepare()
    import mlx.core as mx

    lap("import mlx")
    from mlx_lm.utils import load_model, load_tokenizer

    from bobby import decode, runtime

    lap("import mlx-lm (+ transformers)")
    loaded, _ = load_model(Path(model))
    mx.eval(loaded.parameters())
    lap("read the weights")
    tokenizer = load_tokenizer(Path(model))
    lap("tokenizer")
    note = backend.fit_to_device(loaded)
    lap(f"base form: {backend.base_form(loaded)}")
    runtime.attach(loaded, adapter)
    mx.eval(loaded.parameters())
    lap("apply the adapter")
    first: list[float] = []
    decode.decode(
        loaded,
        tokenizer,
        [prompt],
        max_tokens,
        on_token=lambda n: first.append(time.perf_counter()),
    )
    times["first token (prefill, compilation)"] = first[0] - clock[-1]
    times[f"{len(first) - 1} more tokens"] = first[-1] - first[0]
    times["total"] = time.perf_counter() - clock[0]
    return times | {"note": note}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--adapter", required=True)
    parser.add_argument("--data", default="data")
    parser.add_argument("--prompt", default="Write a post in your own voice.")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stages", action="store_true")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        prompt = list(range(5, 37))
        print("RESULT " + json.dumps(stages(args.model, args.adapter, prompt, 40)), flush=True)
        return
    if args.stages:
        print(
            f"$ python bench/cold_start.py --model {args.model} --adapter {args.adapter} --stages"
        )
        for _ in range(2):
            results = stage_run(args.model, args.adapter)
        for name, seconds in results.items():
            print(f"  {name:40s} {seconds if isinstance(seconds, str) else f'{seconds:6.2f} s'}")
        return
    print(
        f"$ python bench/cold_start.py --model {args.model} --adapter {args.adapter} --runs {args.runs}"
    )
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    results = measure(args.model, args.adapter, args.data, args.prompt, args.runs)
    reference = results["mlx_lm.generate"]
    for name, seconds in results.items():
        print(
            f"{name:16s} {seconds:6.2f} s to the first candidate  ({seconds / reference:.2f}x mlx-lm)"
        )


if __name__ == "__main__":
    main()
