"""Benchmark: the cron case, from process start to the first candidate printed.

`bobby generate` (load the base, apply the adapter at run time, prompt as the data was
built, check the candidate) against mlx-lm's own `mlx_lm.generate --adapter-path`, each
started as a fresh process; every command runs once to warm the disk cache (and, on a
GPU, to compile its kernels), then `--runs` more times, the median reported.

    python bench/cold_start.py --model DIR --adapter DIR [--data DIR] [--runs 3]
"""

from __future__ import annotations

import argparse
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--adapter", required=True)
    parser.add_argument("--data", default="data")
    parser.add_argument("--prompt", default="Write a post in your own voice.")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
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
