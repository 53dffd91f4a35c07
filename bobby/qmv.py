"""A 4-bit matrix product for a few rows (decoding 1 to 32 candidates) on CUDA.

Decoding reads every weight once a token, so its floor is the memory bandwidth: the
4.3 GB of an 8B model's 4-bit projection weights at 4.8 TB/s is about 1 ms on an H200.
MLX 0.32's CUDA kernel for this product took 4.8 of a token's 8.6 ms of GPU time in a
profile (0.9 TB/s; BENCHMARKS.md, issue 15), and its kernel for several rows costs in
proportion to the rows.

This kernel reads each weight once for all rows: one warp per output row, each lane 16
bytes (32 weights, inside one group) at a time, coalesced; each weight is dequantized
once, exactly in float32 (scale x q + bias of 4-bit q and 16-bit scale and bias fits
float32's 24 bits), multiplied with every row's input, summed in float32, the output
rounded once to the input's type. That is the held form's float32 semantics
(`bobby.backend`), and at least as exact as MLX's kernel, which keeps its partial sums
in the 16-bit type: the outputs differ from MLX's by that kernel's rounding.

Measured (BENCHMARKS.md): 2.8 ms a token at one row (1.5 TB/s), and 1.7x MLX's 4-bit
kernels at 16 rows, but about 2 ms more per row: each lane reads every row's input
again for each chunk of weights, so the inputs, not the weights, bound it at 16 rows.
"""

from __future__ import annotations

import functools
from typing import Any

MAX_ROWS = 32  # beyond this a matrix-product kernel (or the held copy) does better
# Its cost grows by about 2 ms a row for an 8B model (6.6 ms of GPU time at 1 row, 36 ms
# at 16 on an H200), while a product with the held exact copy costs about 18 ms at 1 to
# 32 rows: above this many rows a held layer takes its copy (measured at 1, 16 and 32
# rows; the crossover near 6 rows is interpolated).
WIDE_FROM = 4
WARPS = 8  # output rows per block

SOURCE = """
    constexpr int WORDS = K / 8;  // uint32 words (8 weights each) per weight row
    constexpr int GROUPS = K / G;
    const int lane = threadIdx.x % 32;
    const int n = blockIdx.x * ROWS_PER_BLOCK + threadIdx.x / 32;
    if (n >= N) {
        return;
    }
    const uint4* wr = reinterpret_cast<const uint4*>(w + (size_t)n * WORDS);
    const T* sr = scales + (size_t)n * GROUPS;
    const T* br = biases + (size_t)n * GROUPS;
    float acc[M];
    #pragma unroll
    for (int m = 0; m < M; ++m) {
        acc[m] = 0.f;
    }
    #pragma unroll 2
    for (int chunk = lane; chunk < WORDS / 4; chunk += 32) {
        const uint4 packed = wr[chunk];
        const int group = chunk * 32 / G;
        const float s = static_cast<float>(sr[group]);
        const float b = static_cast<float>(br[group]);
        const uint32_t words[4] = {packed.x, packed.y, packed.z, packed.w};
        float wv[32];
        #pragma unroll
        for (int i = 0; i < 4; ++i) {
            #pragma unroll
            for (int j = 0; j < 8; ++j) {
                wv[i * 8 + j] = fmaf(s, static_cast<float>((words[i] >> (4 * j)) & 0xf), b);
            }
        }
        #pragma unroll
        for (int m = 0; m < M; ++m) {
            const uint4* xr = reinterpret_cast<const uint4*>(x + (size_t)m * K + chunk * 32);
            #pragma unroll
            for (int part = 0; part < 4; ++part) {
                const uint4 raw = xr[part];
                const T* xs = reinterpret_cast<const T*>(&raw);
                #pragma unroll
                for (int j = 0; j < 8; ++j) {
                    acc[m] = fmaf(static_cast<float>(xs[j]), wv[part * 8 + j], acc[m]);
                }
            }
        }
    }
    #pragma unroll
    for (int m = 0; m < M; ++m) {
        float total = acc[m];
        #pragma unroll
        for (int o = 16; o > 0; o /= 2) {
            total += __shfl_xor_sync(0xffffffff, total, o);
        }
        if (lane == 0) {
            out[(size_t)m * N + n] = static_cast<T>(total);
        }
    }
"""


@functools.cache
def _kernel() -> Any:
    import mlx.core as mx

    return mx.fast.cuda_kernel(
        name="bobby_qmv",
        input_names=["x", "w", "scales", "biases"],
        output_names=["out"],
        source=SOURCE.replace("ROWS_PER_BLOCK", str(WARPS)),
    )


def applies(x: Any, weight: Any, scales: Any, biases: Any, group_size: int, bits: int) -> bool:
    """Whether the kernel computes this product: CUDA, 4-bit affine weights with 16-bit
    scales and biases of x's type, at most `MAX_ROWS` rows, whole 32-weight chunks."""
    import mlx.core as mx

    size = x.shape[-1]
    return (
        bits == 4
        and biases is not None
        and x.size // size <= MAX_ROWS
        and x.dtype in (mx.bfloat16, mx.float16)
        and scales.dtype == x.dtype
        and biases.dtype == x.dtype
        and size % 32 == 0
        and group_size % 32 == 0
        and size % group_size == 0
        and weight.shape[-1] * 8 == size
        and mx.default_device() == mx.gpu
        and mx.cuda.is_available()
    )


def product(x: Any, weight: Any, scales: Any, biases: Any, group_size: int) -> Any:
    """x times the transpose of the 4-bit weight (as `mx.quantized_matmul(x, w, scales,
    biases, transpose=True)` computes it, summed in float32); see `applies`."""
    size, rows = x.shape[-1], weight.shape[0]
    count = x.size // size
    return _kernel()(
        inputs=[x, weight, scales, biases],
        template=[("T", x.dtype), ("M", count), ("K", size), ("N", rows), ("G", group_size)],
        grid=(32 * WARPS * -(-rows // WARPS), 1, 1),
        threadgroup=(32 * WARPS, 1, 1),
        output_shapes=[(*x.shape[:-1], rows)],
        output_dtypes=[x.dtype],
    )[0]
