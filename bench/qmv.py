"""Benchmark: the 4-bit product of a decoding step for 1 to 32 rows (CUDA).

Every 4-bit projection of a Qwen3-8B-shaped model (36 blocks of q/k/v, o, gate/up and
down, as `bobby.runtime` groups them, and the output layer: 4.3 GB of weights, distinct
arrays so the L2 cache does not serve them) multiplied by `rows` input rows, per way:

- `mlx`: `mx.quantized_matmul` (MLX's own kernels);
- `qmv one-row`: `bobby.qmv`'s first kernel (one warp per output row) at every row count;
- `qmv tensor A,B`: its tensor-core kernel with A 8-row output tiles and B warps a block.

First each way's largest error against the float32 product of the exact weights (on a
few layers), then the median time of a whole pass over `--rounds`, with the bandwidth it
reaches (4-bit bytes read / time).

    python bench/qmv.py [--rows 1,2,4,8,16,32] [--rounds 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bobby import backend

backend.prepare()  # no TF32: the float32 reference stays float32

import mlx.core as mx  # noqa: E402

from bobby import qmv  # noqa: E402

# (output rows, input size) of one block's grouped projections, and the output layer
BLOCK = ((6144, 4096), (4096, 4096), (24576, 4096), (4096, 12288))
HEAD = (151936, 4096)
LAYOUTS = ((2, 4), (4, 4), (2, 8))


def weights(blocks: int) -> list[tuple]:
    mx.random.seed(0)
    made = []
    for shape in [*BLOCK * blocks, HEAD]:
        w, s, b = mx.quantize(mx.random.normal(shape).astype(mx.bfloat16), 64, 4)
        mx.eval(w, s, b)
        made.append((w, s, b))
    return made


def way(name: str):
    """A function (x, w, scales, biases) -> product for the way `name`."""
    if name == "mlx":
        return lambda x, w, s, b: mx.quantized_matmul(x, w, s, b, True, 64, 4)
    if name == "qmv one-row":

        def one_row(x, w, s, b):
            previous, qmv.TENSOR_FROM = qmv.TENSOR_FROM, qmv.MAX_ROWS + 1
            try:
                return qmv.product(x, w, s, b, 64)
            finally:
                qmv.TENSOR_FROM = previous

        return one_row
    tiles, warps = (int(v) for v in name.split()[-1].split(","))
    return lambda x, w, s, b: qmv.product(x, w, s, b, 64, (tiles, warps))


def error(product, layers: list[tuple], rows: int) -> float:
    """Largest |got - exact| over the largest |exact|, on fresh inputs."""
    worst = 0.0
    for w, s, b in layers:
        x = mx.random.normal((rows, w.shape[1] * 8)).astype(mx.bfloat16)
        values = mx.dequantize(w, s.astype(mx.float32), b.astype(mx.float32), 64, 4)
        exact = x.astype(mx.float32) @ values.T
        got = product(x, w, s, b).astype(mx.float32)
        worst = max(worst, (mx.abs(got - exact).max() / mx.abs(exact).max()).item())
    return worst


def timed(product, layers: list[tuple], rows: int, rounds: int) -> float:
    inputs = {k: mx.random.normal((rows, k)).astype(mx.bfloat16) for k in (4096, 12288)}
    mx.eval(inputs)
    times = []
    for _ in range(rounds + 1):
        began = time.perf_counter()
        mx.eval([product(inputs[w.shape[1] * 8], w, s, b) for w, s, b in layers])
        times.append(time.perf_counter() - began)
    return statistics.median(times[1:])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", default="1,2,4,8,16,32")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--blocks", type=int, default=36)
    args = parser.parse_args()
    rows = [int(r) for r in args.rows.split(",")]
    print(f"$ python bench/qmv.py --rows {args.rows} --rounds {args.rounds}")
    print(f"device: {mx.default_device()}, mlx {mx.__version__}, {mx.device_info()}", flush=True)
    layers = weights(args.blocks)
    size = sum(w.nbytes + s.nbytes + b.nbytes for w, s, b in layers)
    names = ["mlx", "qmv one-row", *(f"qmv tensor {a},{b}" for a, b in LAYOUTS)]
    checked = [layers[0], layers[3], layers[-1]]
    for name in names:
        errors = {r: error(way(name), checked, r) for r in rows}
        print(f"{name:18s} error: " + ", ".join(f"{r}: {e:.1e}" for r, e in errors.items()))
    print(f"\n{size / 1e9:.2f} GB of 4-bit weights a pass; ms a pass (TB/s)", flush=True)
    print(f"{'rows':18s} " + " ".join(f"{r:>14d}" for r in rows))
    for name in names:
        cells = []
        for r in rows:
            seconds = timed(way(name), layers, r, args.rounds)
            cells.append(f"{1e3 * seconds:7.2f} ({size / seconds / 1e12:4.2f})")
        print(f"{name:18s} " + " ".join(f"{c:>14s}" for c in cells), flush=True)


if __name__ == "__main__":
    main()
