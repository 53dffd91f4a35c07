"""Benchmark: `bobby eval` with the voice score, on the demo's bot folder, against a
reference checkout (the code before a change) in the same run.

Runs the eval with `--samples N` posts written by each of the base model and the runtime
adapter, in fresh processes, the reference's code and this checkout's taking turns, and
lists every run: seconds, CPU seconds (the machine is shared: wall time alone says little
under load), the load average at its start and end, and the time of each stage; then the
scores of each side's last run (the same seed: both sides measure the same thing).

    bobby demo --dir /tmp/demo          # once: the demo's archive, data and adapter
    git worktree add /tmp/main-ref main  # or: git archive main | tar -x -C /tmp/main-ref
    python bench/eval.py /tmp/demo --reference /tmp/main-ref [--samples 200] [--runs 2]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# One eval in this process, printing each stage's time as it ends.
_CHILD = """
import sys, time
from pathlib import Path
from bobby.evaluate import EvalOptions, evaluate
from bobby.gate import GateOptions
folder, samples = Path(sys.argv[1]), int(sys.argv[2])
start = last = time.perf_counter()
name = "start"
def progress(event):
    global last, name
    now = time.perf_counter()
    print(f"STAGE {now - last:7.1f} s  {name}", flush=True)
    last, name = now, getattr(event, "what", str(event))
report = evaluate(
    EvalOptions(adapter_path=folder / "adapters/demo", data=folder / "data", samples=samples, seed=1),
    GateOptions(),
    progress,
)
progress(None)
print(f"TOTAL {time.perf_counter() - start:.1f}")
for score in report.scores:
    print(f"SCORE {score.name}: NLL {score.nll}")
    v = score.voice
    if v is not None:
        auc = f"{v.auc:.3f} ({v.auc_low:.3f}-{v.auc_high:.3f})" if v.auc is not None else "-"
        print(
            f"SCORE {score.name}: {score.samples} posts, voice AUC {auc}, copied {v.copied:.1%} "
            f"(longest {v.longest_copy} words), length KS {v.length_distance:.2f}, "
            f"median {v.shape.median_length:.0f} (real {report.real.median_length:.0f}), "
            f"distinct-1/2 {v.distinct[0]:.2f}/{v.distinct[1]:.2f} "
            f"(real {v.reference_distinct[0]:.2f}/{v.reference_distinct[1]:.2f}), "
            f"gate pass {score.gate_pass_rate:.0%}"
        )
"""


def run(code: Path, folder: Path, samples: int) -> dict:
    """One eval in a fresh process running `code`'s bobby: its times and output."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    load = os.getloadavg()[0]
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    tic = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(folder), str(samples)],
        check=True,
        env=env,
        cwd=code,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - tic
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    stages: dict[str, float] = defaultdict(float)
    for line in done.stdout.splitlines():
        if line.startswith("STAGE"):
            seconds, name = line.split(None, 1)[1].split(" s  ", 1)
            stages[name.split(" /")[0]] += float(seconds)  # "Loading /path": "Loading"
    return {
        "wall": wall,
        "cpu": after.ru_utime + after.ru_stime - cpu.ru_utime - cpu.ru_stime,
        "load": (load, os.getloadavg()[0]),
        "stages": dict(stages),
        "scores": [line[6:] for line in done.stdout.splitlines() if line.startswith("SCORE")],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path, help="a folder `bobby demo --dir` wrote")
    parser.add_argument(
        "--reference", type=Path, required=True, help="a checkout of the code before"
    )
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    print(
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"--samples {args.samples}, load average {os.getloadavg()[0]:.1f} at the start",
        flush=True,
    )
    sides = {"reference": args.reference.resolve(), "this": ROOT}
    last: dict[str, dict] = {}
    for number in range(1, args.runs + 1):
        # alternate which side goes first, so that neither always gets the quieter half
        order = list(reversed(sides)) if number % 2 else list(sides)
        for side in order:
            result = last[side] = run(sides[side], args.folder, args.samples)
            stages = ", ".join(
                f"{name} {s:.1f}" for name, s in result["stages"].items() if s >= 0.5
            )
            print(
                f"run {number} {side}: {result['wall']:.1f} s wall, {result['cpu']:.1f} s CPU, "
                f"load average {result['load'][0]:.1f} -> {result['load'][1]:.1f}; {stages}",
                flush=True,
            )
    for side, result in last.items():
        print(f"{side}, last run:")
        for line in result["scores"]:
            print(f"  {line}")


if __name__ == "__main__":
    main()
