"""Decoding attention over `bobby.decode`'s fixed-size cache: one CUDA kernel a layer.

`bobby.decode` keeps each layer's keys and values in buffers of fixed length, so that one
compiled step serves every token, and tells attention which positions are filled through
a mask. On CUDA, MLX's fused attention kernels take no array mask: with one, attention
falls back to separate operations (scale, two products, the mask, a softmax), and at
batch 1 a token's cost is mostly per operation (BENCHMARKS.md, issue 15). This kernel
reads the fill level instead of a mask: row b's query attends to positions padding[b]
through index, one thread block per (row, query head), sixteen warps sharing the positions,
an online softmax in float32, the output rounded once to the model's type, as MLX's own
vector kernel computes it (the summation order differs, so a last bit may too).
Measured on an H200 (BENCHMARKS.md): the masked path's extra kernels cost little GPU
time but host time per operation; with this kernel a batch-1 step of an 8B model took
10.9 instead of 12.8 ms, and decoding ran at 107 instead of 67 tokens/s.

Only one-token queries on CUDA take it; a prompt, the CPU and Metal keep MLX's
attention with the mask. mlx-lm's model code calls attention through a module-level
function (`scaled_dot_product_attention`, imported into each architecture's module);
`route` wraps that function, for the architectures of one model, with one that asks the
cache first (`FixedCache.attend`) and otherwise calls mlx-lm's own, unchanged.
"""

from __future__ import annotations

import functools
import sys
from typing import Any

WARPS = 16

SOURCE = """
    constexpr int PER_LANE = D / 32;
    const int head = blockIdx.x, row = blockIdx.y;
    const int warp = threadIdx.x / 32, lane = threadIdx.x % 32;
    const int kv_head = head / (HQ / HKV);
    const float negative_infinity = __int_as_float(0xff800000);
    const float scaling = scale[0];
    float qr[PER_LANE];
    const T* qp = q + ((size_t)row * HQ + head) * D + lane * PER_LANE;
    for (int i = 0; i < PER_LANE; ++i) {
        qr[i] = static_cast<float>(qp[i]) * scaling;
    }
    const int first = padding[row];
    const int last = index[0];
    const size_t base = ((size_t)row * HKV + kv_head) * L * D + lane * PER_LANE;
    float top = negative_infinity, total = 0.f, acc[PER_LANE];
    for (int i = 0; i < PER_LANE; ++i) {
        acc[i] = 0.f;
    }
    for (int j = first + warp; j <= last; j += WARPS) {
        const T* kp = k + base + (size_t)j * D;
        const T* vp = v + base + (size_t)j * D;
        float dot = 0.f;
        for (int i = 0; i < PER_LANE; ++i) {
            dot += qr[i] * static_cast<float>(kp[i]);
        }
        for (int o = 16; o > 0; o /= 2) {
            dot += __shfl_xor_sync(0xffffffff, dot, o);
        }
        const float high = fmaxf(top, dot);
        const float shrink = expf(top - high), weight = expf(dot - high);
        total = total * shrink + weight;
        for (int i = 0; i < PER_LANE; ++i) {
            acc[i] = acc[i] * shrink + weight * static_cast<float>(vp[i]);
        }
        top = high;
    }
    __shared__ float tops[WARPS], totals[WARPS], parts[WARPS][D];
    if (lane == 0) {
        tops[warp] = top;
        totals[warp] = total;
    }
    for (int i = 0; i < PER_LANE; ++i) {
        parts[warp][lane * PER_LANE + i] = acc[i];
    }
    __syncthreads();
    if (warp == 0) {
        float high = tops[0];
        for (int w = 1; w < WARPS; ++w) {
            high = fmaxf(high, tops[w]);
        }
        float sum = 0.f, weights[WARPS];
        for (int w = 0; w < WARPS; ++w) {
            weights[w] = expf(tops[w] - high);
            sum += totals[w] * weights[w];
        }
        T* op = out + ((size_t)row * HQ + head) * D + lane * PER_LANE;
        for (int i = 0; i < PER_LANE; ++i) {
            float o = 0.f;
            for (int w = 0; w < WARPS; ++w) {
                o += parts[w][lane * PER_LANE + i] * weights[w];
            }
            op[i] = static_cast<T>(o / sum);
        }
    }
"""


@functools.cache
def _kernel() -> Any:
    import mlx.core as mx

    return mx.fast.cuda_kernel(
        name="bobby_decode_attention",
        input_names=["q", "k", "v", "padding", "index", "scale"],
        output_names=["out"],
        source=SOURCE.replace("WARPS", str(WARPS)),
    )


def available(queries: Any, keys: Any) -> bool:
    """Whether the kernel serves this call: one-token queries of a 16-bit type on CUDA,
    a head size the warps divide, whole groups of query heads per key head."""
    import mlx.core as mx

    _, heads, length, size = queries.shape
    return (
        length == 1
        and mx.default_device() == mx.gpu
        and mx.cuda.is_available()
        and queries.dtype in (mx.bfloat16, mx.float16)
        and keys.dtype == queries.dtype
        and size % 32 == 0
        and size <= 256
        and heads % keys.shape[1] == 0
    )


def attend(queries: Any, keys: Any, values: Any, padding: Any, index: Any, scale: float) -> Any:
    """Attention of one-token queries (batch, heads, 1, size) over the buffers' positions
    padding[b] .. index (batch, key heads, length, size): MLX's fused attention with the
    filled positions as the only keys."""
    import mlx.core as mx

    batch, heads, _, size = queries.shape
    return _kernel()(
        inputs=[queries, keys, values, padding, index.reshape(1), mx.array([scale], mx.float32)],
        template=[
            ("T", queries.dtype),
            ("D", size),
            ("HQ", heads),
            ("HKV", keys.shape[1]),
            ("L", keys.shape[2]),
        ],
        grid=(32 * WARPS * heads, batch, 1),
        threadgroup=(32 * WARPS, 1, 1),
        output_shapes=[queries.shape],
        output_dtypes=[queries.dtype],
    )[0]


def route(model: Any) -> None:
    """Let the caches of `model`'s attention layers answer attention calls themselves
    (`attend(queries, keys, values, scale)` returning an array, or None to decline)."""
    for _, module in model.named_modules():
        namespace = sys.modules.get(type(module).__module__)
        original = getattr(namespace, "scaled_dot_product_attention", None)
        if original is None or getattr(original, "routed", False):
            continue

        def routed(
            queries: Any,
            keys: Any,
            values: Any,
            cache: Any,
            scale: float,
            mask: Any,
            sinks: Any = None,
            original: Any = original,
        ) -> Any:
            own = getattr(cache, "attend", None)
            out = own(queries, keys, values, scale) if own and sinks is None else None
            if out is None:
                out = original(
                    queries, keys, values, cache=cache, scale=scale, mask=mask, sinks=sinks
                )
            return out

        routed.routed = True  # type: ignore[attr-defined]
        namespace.scaled_dot_product_attention = routed
