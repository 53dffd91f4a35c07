"""Benchmark: where a batch-1 decoding step's time goes on CUDA, kernel by kernel.

Runs `bobby.decode`'s compiled step (4-bit base, Qwen3-8B shape, bobby's default adapter,
as bench/decode.py builds them; with `bobby.qmv` and with MLX's own 4-bit kernels) under
Nsight Compute, which times each kernel alone (clocks left as they are):
the kernels' summed GPU time per token against the step's wall time (measured outside
the profiler) says how much of a token is the GPU computing and how much is the gaps
between kernels (MLX encoding each operation on the host, graph launches).

    ncu --profile-from-start off --clock-control none --metrics gpu__time_duration.sum --csv --page raw \\
        --log-file ncu.csv python bench/profile_step.py --shape qwen3-8b
    python bench/profile_step.py --summarize ncu.csv --steps 3
"""

from __future__ import annotations

import argparse
import collections
import csv
import ctypes
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def profile(shape: str, steps: int, ablations: bool) -> None:
    import decode as bench  # bench/decode.py: the model and adapter it measures
    import mlx.core as mx

    from bobby import backend, runtime
    from bobby.decode import _steps

    cuda = ctypes.CDLL("libcuda.so.1")
    marker = mx.fast.cuda_kernel(
        name="bobby_range_marker",
        input_names=["a"],
        output_names=["out"],
        source="out[0] = a[0];",
    )
    with tempfile.TemporaryDirectory() as tmp:
        make = bench.Maker(shape, Path(tmp))
        adapter = bench.write_adapter(make, Path(tmp))
        models = {"bobby.qmv": make(), "MLX 4-bit kernels": make()}
        for name, model in models.items():
            backend.fit_to_device(model, "quantized")
            runtime.attach(model, adapter)
            for _, module in model.named_modules():
                if type(module).__name__ == "SharedInput":
                    module.own_kernel = name == "bobby.qmv"
        for name, model in models.items():
            for fused in (True, False) if ablations else (True,):
                bench.breakdown(model, 8, True, fused)  # compiles, fills the cache
                store, _, fast = _steps(model, 1, 64, fused)
                token = mx.array([[bench.PROMPT[-1]]])
                walls = []
                for _ in range(20):
                    store["index"] = mx.array(len(bench.PROMPT) - 1, mx.int32)
                    began = time.perf_counter()
                    mx.eval(fast(token))
                    walls.append(time.perf_counter() - began)
                print(
                    f"{name}, {'kernel' if fused else 'mask'} attention: wall {1e3 * statistics.median(walls[2:]):.2f} ms a step",
                    flush=True,
                )
                mx.synchronize()
                cuda.cuProfilerStart()
                mx.eval(  # the kernel that starts a range in the profile
                    marker(
                        inputs=[mx.array([1.0])],
                        grid=(1, 1, 1),
                        threadgroup=(1, 1, 1),
                        output_shapes=[(1,)],
                        output_dtypes=[mx.float32],
                    )
                )
                for _ in range(steps):
                    store["index"] = mx.array(len(bench.PROMPT) - 1, mx.int32)
                    mx.eval(fast(token))
                mx.synchronize()
                cuda.cuProfilerStop()


def summarize(path: Path, steps: int) -> None:
    """Kernels and their summed time per step, for each profiled range in order."""
    ranges: list[list[tuple[str, float]]] = []
    scale = {"nsecond": 1.0, "usecond": 1e3, "msecond": 1e6}
    with path.open() as handle:
        lines = [line for line in handle if line.startswith('"')]
    unit = 1.0
    for row in csv.DictReader(lines):
        name, value = row.get("Kernel Name", ""), row.get("gpu__time_duration.sum", "")
        if value in scale:
            unit = scale[value]
            continue
        try:
            t = float(value.replace(",", "")) * unit
        except ValueError:
            continue
        if "bobby_range_marker" in name:
            ranges.append([])
        elif ranges:
            ranges[-1].append((name, t))
    for group, part in enumerate(ranges):
        total = sum(t for _, t in part) / steps
        print(
            f"range {group + 1}: {len(part) / steps:.0f} kernels a step, GPU {total / 1e6:.3f} ms a step"
        )
        by = collections.Counter()
        count = collections.Counter()
        for name, t in part:
            short = name.split("<")[0].split("(")[0][:60]
            by[short] += t / steps
            count[short] += 1 / steps
        for short, t in by.most_common(12):
            print(f"   {t / 1e3:9.1f} us  {count[short]:5.0f} x  {short}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shape", default="qwen3-8b")
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--summarize", type=Path)
    parser.add_argument("--ablations", action="store_true", help="also with the mask attention")
    args = parser.parse_args()
    if args.summarize:
        summarize(args.summarize, args.steps)
    else:
        profile(args.shape, args.steps, args.ablations)


if __name__ == "__main__":
    main()
