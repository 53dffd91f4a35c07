"""bobby.attention: routed attention leaves mlx-lm's own path as it was; on CUDA the
fill-level kernel computes MLX's attention over the filled positions."""

from __future__ import annotations

import pytest

mx = pytest.importorskip("mlx.core")

from mlx_lm.generate import generate_step  # noqa: E402
from mlx_lm.models import llama  # noqa: E402

from bobby import attention  # noqa: E402
from bobby.decode import decode  # noqa: E402
from tests.test_decode import PROMPTS, Tokenizer  # noqa: E402
from tests.test_runtime import base  # noqa: E402

cuda = pytest.mark.skipif(
    not (mx.default_device() == mx.gpu and mx.cuda.is_available()), reason="needs CUDA"
)


def test_routing_keeps_mlx_lm_s_own_attention():
    """After `route`, mlx-lm's loop (its own caches, no `attend`) writes the same tokens
    and logits, and the architecture's attention function is the routed one."""
    model = base(True)
    before = [
        [(token, logprobs) for token, logprobs in generate_step(mx.array(p), model, max_tokens=8)]
        for p in PROMPTS
    ]
    attention.route(model)
    assert getattr(llama.scaled_dot_product_attention, "routed", False)
    attention.route(model)  # twice: wrapped once
    assert not getattr(llama.scaled_dot_product_attention.__defaults__[-1], "routed", False)
    after = [list(generate_step(mx.array(p), model, max_tokens=8)) for p in PROMPTS]
    for old, new in zip(before, after, strict=True):
        assert [t for t, _ in old] == [t for t, _ in new]
        for (_, a), (_, b) in zip(old, new, strict=True):
            assert mx.array_equal(a, b).item()


def test_fused_and_masked_decoding_agree():
    """`fused` where the kernel is not available (the CPU) is the masked path itself."""
    model = base(True)
    fused = decode(model, Tokenizer(), PROMPTS, 12)
    masked = decode(model, Tokenizer(), PROMPTS, 12, fused=False)
    assert [d.tokens for d in fused] == [d.tokens for d in masked]


@cuda
@pytest.mark.parametrize("dtype", ["bfloat16", "float16"])
def test_kernel_is_mlx_attention_over_the_filled_positions(dtype):
    dtype = getattr(mx, dtype)
    batch, heads, kv_heads, length, size = 3, 8, 2, 96, 128
    mx.random.seed(7)
    queries = mx.random.normal((batch, heads, 1, size)).astype(dtype)
    keys = mx.random.normal((batch, kv_heads, length, size)).astype(dtype)
    values = mx.random.normal((batch, kv_heads, length, size)).astype(dtype)
    padding, index = mx.array([0, 5, 40], mx.int32), mx.array(70, mx.int32)
    assert attention.available(queries, keys)
    got = attention.attend(queries, keys, values, padding, index, size**-0.5)
    for row, pad in enumerate(padding.tolist()):
        span = slice(pad, index.item() + 1)
        expected = mx.fast.scaled_dot_product_attention(
            queries[row : row + 1],
            keys[row : row + 1, :, span],
            values[row : row + 1, :, span],
            scale=size**-0.5,
        )
        error = mx.abs(got[row : row + 1].astype(mx.float32) - expected.astype(mx.float32))
        assert error.max().item() <= 2 * 2**-8 * mx.abs(expected).max().item()
