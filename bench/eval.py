"""Benchmark: `bobby eval` with the voice score, on the demo's bot folder.

Runs, alternating in fresh processes, the eval without generated posts (`--samples 0`:
the four models' perplexity, the reference) and the eval with `--samples N` posts written
by each of the base model and the runtime adapter, and prints each run's seconds, the
time of each stage and the voice scores of the last run.

    bobby demo --dir /tmp/demo          # once: the demo's archive, data and adapter
    python bench/eval.py /tmp/demo [--samples 200] [--runs 2]
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# One eval in this process, printing each stage's time as it starts.
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
    print(f"  {now - last:7.1f} s  {name}", flush=True)
    last, name = now, getattr(event, "what", str(event))
report = evaluate(
    EvalOptions(adapter_path=folder / "adapters/demo", data=folder / "data", samples=samples, seed=1),
    GateOptions(),
    progress,
)
progress(None)
print(f"TOTAL {time.perf_counter() - start:.1f}")
from rich.console import Console
from bobby.cli.evaluate import render
Console(width=120).print(render(report))
for score in report.scores:
    v = score.voice
    if v is not None:
        auc = f"{v.auc:.3f} ({v.auc_low:.3f}-{v.auc_high:.3f})" if v.auc is not None else "-"
        print(
            f"{score.name}: {score.samples} posts, voice AUC {auc}, copied {v.copied:.1%} "
            f"(longest {v.longest_copy} words), length KS {v.length_distance:.2f}, "
            f"median {v.shape.median_length:.0f} (real {report.real.median_length:.0f}), "
            f"distinct-1/2 {v.distinct[0]:.2f}/{v.distinct[1]:.2f} "
            f"(real {v.reference_distinct[0]:.2f}/{v.reference_distinct[1]:.2f}), "
            f"gate pass {score.gate_pass_rate:.0%}"
        )
"""


def run(folder: Path, samples: int) -> float:
    print(f"eval --samples {samples}", flush=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    tic = time.perf_counter()
    subprocess.run([sys.executable, "-c", _CHILD, str(folder), str(samples)], check=True, env=env)
    return time.perf_counter() - tic


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path, help="a folder `bobby demo --dir` wrote")
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    print(
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f} at the start"
    )
    times: dict[int, list[float]] = {0: [], args.samples: []}
    for _ in range(args.runs):
        for samples in times:
            times[samples].append(run(args.folder, samples))
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    for samples, seconds in times.items():
        listed = ", ".join(f"{s:.1f}" for s in seconds)
        print(f"--samples {samples}: {listed} s (process, each run)")


if __name__ == "__main__":
    main()
