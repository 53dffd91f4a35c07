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

Measured (BENCHMARKS.md): 2.8 ms a token at one row (1.5 TB/s), but about 2 ms more per
row: each lane reads every row's input again for each chunk of weights, and multiplies
on the CUDA cores, so at 16 rows the inputs and the arithmetic, not the weights, bound
it. From two rows on, a second kernel (below) multiplies on the tensor cores, each
lane's inputs held in registers for all the output rows of its block.
"""

from __future__ import annotations

import functools
from typing import Any

# Beyond this many rows a matrix-product kernel (or the held copy) does better. Up to it,
# a held layer multiplies by its 4 bits too: on an H100 the tensor-core kernel took 5.7
# ms a pass at 16 rows, and 16 candidates decoded 1.6x as fast on the 4-bit form as
# through the held copy (BENCHMARKS.md, issue 24).
MAX_ROWS = 32
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


# Several rows: a tensor-core product. Each block takes OUT_TILES x 8 output rows, its warps
# split K between them in tiles of 128 weights; in a tile, lane (g, t) of a warp (g =
# lane / 4, t = lane % 4) reads 32 consecutive weights of output row g of each 8-row tile
# (16 bytes, once for all rows) and the same 32 positions of input rows g and g + 8 of
# each 16-row tile, then feeds them to eight m16n8k16 products. The sum over K does not
# care which position sits where in a product, so the positions are assigned to the
# fragments of `mma.sync` in the order each lane holds them, with no shuffling: the
# inputs and weights a lane loads are exactly the ones its fragments need.
#
# Exact as the one-row kernel: each weight is dequantized in float32 (s x q + b), then
# split into its 16-bit rounding and the 16-bit remainder, and both go through the
# tensor cores (products of 16-bit values are exact in their float32 accumulator), so
# the product sums the float32 values of the weights, as the one-row kernel and the held
# form do, up to the order of float32 additions (and a remainder that 16 bits cannot
# hold, below 2^-16 of the weight: the held form's `wide_weight` measures none in an 8B
# model). The warps' partial sums meet in shared memory; the output is rounded once.
TENSOR_SOURCE = """
    constexpr int WORDS = K / 8;
    constexpr int GROUPS = K / G;
    constexpr int TILES = K / 128;
    constexpr int MT = (M + 15) / 16;
    const int warp = threadIdx.x / 32;
    const int lane = threadIdx.x % 32;
    const int g = lane / 4;
    const int t = lane % 4;
    const int n0 = blockIdx.x * (OUT_TILES * 8);
    __shared__ float partial[KWARPS][MT * 16][OUT_TILES * 8];
    float acc[MT][OUT_TILES][4];
    #pragma unroll
    for (int i = 0; i < MT; ++i) {
        #pragma unroll
        for (int j = 0; j < OUT_TILES; ++j) {
            #pragma unroll
            for (int c = 0; c < 4; ++c) {
                acc[i][j][c] = 0.f;
            }
        }
    }
    for (int tile = warp; tile < TILES; tile += KWARPS) {
        const int k = tile * 128 + t * 32;
        uint32_t a[MT][2][16];
        #pragma unroll
        for (int i = 0; i < MT; ++i) {
            #pragma unroll
            for (int h = 0; h < 2; ++h) {
                const int m = i * 16 + h * 8 + g;
                #pragma unroll
                for (int q = 0; q < 4; ++q) {
                    uint4 v = make_uint4(0u, 0u, 0u, 0u);
                    if (m < M) {
                        v = reinterpret_cast<const uint4*>(x + (size_t)m * K + k)[q];
                    }
                    a[i][h][4 * q] = v.x;
                    a[i][h][4 * q + 1] = v.y;
                    a[i][h][4 * q + 2] = v.z;
                    a[i][h][4 * q + 3] = v.w;
                }
            }
        }
        #pragma unroll
        for (int j = 0; j < OUT_TILES; ++j) {
            const int n = n0 + j * 8 + g;
            uint4 packed = make_uint4(0u, 0u, 0u, 0u);
            float s = 0.f;
            float b = 0.f;
            if (n < N) {
                packed = reinterpret_cast<const uint4*>(w + (size_t)n * WORDS + k / 8)[0];
                s = static_cast<float>(scales[(size_t)n * GROUPS + k / G]);
                b = static_cast<float>(biases[(size_t)n * GROUPS + k / G]);
            }
            const uint32_t words[4] = {packed.x, packed.y, packed.z, packed.w};
            #pragma unroll
            for (int step = 0; step < 8; ++step) {
                const uint32_t word = words[step / 2] >> (16 * (step % 2));
                uint32_t high[2];
                uint32_t low[2];
                #pragma unroll
                for (int pair = 0; pair < 2; ++pair) {
                    high[pair] = 0u;
                    low[pair] = 0u;
                    #pragma unroll
                    for (int e = 0; e < 2; ++e) {
                        const float value =
                            fmaf(s, static_cast<float>((word >> (8 * pair + 4 * e)) & 0xfu), b);
                        const T hv = static_cast<T>(value);
                        const T lv = static_cast<T>(value - static_cast<float>(hv));
                        high[pair] |= static_cast<uint32_t>(
                            *reinterpret_cast<const unsigned short*>(&hv)) << (16 * e);
                        low[pair] |= static_cast<uint32_t>(
                            *reinterpret_cast<const unsigned short*>(&lv)) << (16 * e);
                    }
                }
                #pragma unroll
                for (int i = 0; i < MT; ++i) {
                    #pragma unroll
                    for (int part = 0; part < 2; ++part) {
                        const uint32_t* bw = part ? low : high;
                        asm volatile(
                            "mma.sync.aligned.m16n8k16.row.col.f32.MMA_TYPE.MMA_TYPE.f32 "
                            "{%0,%1,%2,%3}, {%4,%5,%6,%7}, {%8,%9}, {%0,%1,%2,%3};\\n"
                            : "+f"(acc[i][j][0]), "+f"(acc[i][j][1]),
                              "+f"(acc[i][j][2]), "+f"(acc[i][j][3])
                            : "r"(a[i][0][2 * step]), "r"(a[i][1][2 * step]),
                              "r"(a[i][0][2 * step + 1]), "r"(a[i][1][2 * step + 1]),
                              "r"(bw[0]), "r"(bw[1]));
                    }
                }
            }
        }
    }
    #pragma unroll
    for (int i = 0; i < MT; ++i) {
        #pragma unroll
        for (int j = 0; j < OUT_TILES; ++j) {
            #pragma unroll
            for (int c = 0; c < 4; ++c) {
                partial[warp][i * 16 + g + 8 * (c / 2)][j * 8 + 2 * t + c % 2] = acc[i][j][c];
            }
        }
    }
    __syncthreads();
    for (int e = threadIdx.x; e < MT * 16 * OUT_TILES * 8; e += KWARPS * 32) {
        const int m = e / (OUT_TILES * 8);
        const int n = n0 + e % (OUT_TILES * 8);
        float total = 0.f;
        #pragma unroll
        for (int v = 0; v < KWARPS; ++v) {
            total += partial[v][m][e % (OUT_TILES * 8)];
        }
        if (m < M && n < N) {
            out[(size_t)m * N + n] = static_cast<T>(total);
        }
    }
"""
TENSOR_FROM = 2  # rows from which the tensor-core kernel serves (one row keeps the first)
TENSOR_K = 128  # K must be a multiple of this (the tile), else the one-row kernel serves
NT = 2  # 8-row output tiles per block
KWARPS = 4  # warps per block, splitting K


@functools.cache
def _kernel() -> Any:
    import mlx.core as mx

    return mx.fast.cuda_kernel(
        name="bobby_qmv",
        input_names=["x", "w", "scales", "biases"],
        output_names=["out"],
        source=SOURCE.replace("ROWS_PER_BLOCK", str(WARPS)),
    )


@functools.cache
def _tensor_kernel(kind: str, tiles: int, warps: int) -> Any:
    import mlx.core as mx

    source = TENSOR_SOURCE.replace("MMA_TYPE", kind)
    source = source.replace("KWARPS", str(warps)).replace("OUT_TILES", str(tiles))
    return mx.fast.cuda_kernel(
        name=f"bobby_qmm_{kind}_{tiles}_{warps}",
        input_names=["x", "w", "scales", "biases"],
        output_names=["out"],
        source=source,
    )


def applies(x: Any, weight: Any, scales: Any, biases: Any, group_size: int, bits: int) -> bool:
    """Whether the kernels compute this product: CUDA, 4-bit affine weights with 16-bit
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


def product(
    x: Any, weight: Any, scales: Any, biases: Any, group_size: int, layout: tuple[int, int] = ()
) -> Any:
    """x times the transpose of the 4-bit weight (as `mx.quantized_matmul(x, w, scales,
    biases, transpose=True)` computes it, summed in float32); see `applies`. From
    `TENSOR_FROM` rows (and K a multiple of `TENSOR_K`) the tensor-core kernel serves,
    with `layout` (8-row tiles per block, warps per block) if given (for benchmarks)."""
    import mlx.core as mx

    size, rows = x.shape[-1], weight.shape[0]
    count = x.size // size
    template = [("T", x.dtype), ("M", count), ("K", size), ("N", rows), ("G", group_size)]
    if count >= TENSOR_FROM and size % TENSOR_K == 0:
        tiles, warps = layout or (NT, KWARPS)
        kind = "bf16" if x.dtype == mx.bfloat16 else "f16"
        return _tensor_kernel(kind, tiles, warps)(
            inputs=[x, weight, scales, biases],
            template=template,
            grid=(32 * warps * -(-rows // (8 * tiles)), 1, 1),
            threadgroup=(32 * warps, 1, 1),
            output_shapes=[(*x.shape[:-1], rows)],
            output_dtypes=[x.dtype],
        )[0]
    return _kernel()(
        inputs=[x, weight, scales, biases],
        template=template,
        grid=(32 * WARPS * -(-rows // WARPS), 1, 1),
        threadgroup=(32 * WARPS, 1, 1),
        output_shapes=[(*x.shape[:-1], rows)],
        output_dtypes=[x.dtype],
    )[0]
