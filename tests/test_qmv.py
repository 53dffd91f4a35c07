"""bobby.qmv: the few-row 4-bit product sums the exact weights (CUDA only; elsewhere the
4-bit layers keep MLX's kernels, which test_runtime and test_decode check)."""

from __future__ import annotations

import pytest

mx = pytest.importorskip("mlx.core")

from bobby import qmv  # noqa: E402

ON_CUDA = mx.default_device() == mx.gpu and mx.cuda.is_available()


def quantized(rows: int, size: int, group: int, seed: int):
    mx.random.seed(seed)
    weight = mx.random.normal((rows, size)).astype(mx.bfloat16)
    return mx.quantize(weight, group_size=group, bits=4)


@pytest.mark.skipif(ON_CUDA, reason="the CPU's case")
def test_other_devices_keep_mlx_s_kernels():
    w, scales, biases = quantized(64, 256, 64, 0)
    x = mx.ones((1, 256), mx.bfloat16)
    assert not qmv.applies(x, w, scales, biases, 64, 4)


@pytest.mark.skipif(not ON_CUDA, reason="needs CUDA")
@pytest.mark.parametrize("rows", [1, 2, 3, 8, 16, 17, 32])
@pytest.mark.parametrize("group", [32, 64])
@pytest.mark.parametrize("size", [1024, 576])  # the tensor-core kernel's tiles; the one-row's
@pytest.mark.parametrize("dtype", ["bfloat16", "float16"])
def test_kernel_sums_the_exact_weights(rows, group, size, dtype):
    """Within a rounding of the exact product (the float32 values of the 4-bit weights,
    summed in float32 on the CPU), whichever kernel serves: every output written (the
    output rows are not a multiple of a block's)."""
    dtype = getattr(mx, dtype)
    mx.random.seed(rows)
    weight = mx.random.normal((392, size)).astype(dtype)
    w, scales, biases = mx.quantize(weight, group_size=group, bits=4)
    x = mx.random.normal((1, rows, size)).astype(dtype)
    assert qmv.applies(x, w, scales, biases, group, 4)
    got = qmv.product(x, w, scales, biases, group)
    assert got.shape == (1, rows, 392) and got.dtype == dtype
    with mx.stream(mx.cpu):
        values = mx.dequantize(
            w, scales.astype(mx.float32), biases.astype(mx.float32), group_size=group, bits=4
        )
        exact = x.astype(mx.float32) @ values.T
    error = mx.abs(got.astype(mx.float32) - exact)
    assert (error <= 2**-8 * mx.abs(exact) + 1e-4).all().item()  # a 16-bit type's last bit


@pytest.mark.skipif(not ON_CUDA, reason="needs CUDA")
def test_more_rows_than_the_kernels_take_fall_back():
    w, scales, biases = quantized(64, 256, 64, 0)
    x = mx.ones((qmv.MAX_ROWS + 1, 256), mx.bfloat16)
    assert not qmv.applies(x, w, scales, biases, 64, 4)
