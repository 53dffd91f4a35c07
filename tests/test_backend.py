"""bobby.backend: OpenBLAS really serves MLX's BLAS calls, and dequantizing is exact."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bobby import backend
from tests import tiny_model

ROOT = Path(__file__).resolve().parents[1]


def _python(code: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        timeout=300,
        check=True,
    )


MATMUL = (
    "from bobby.backend import prepare; backend = prepare(); import mlx.core as mx; "
    "mx.eval(mx.ones((64, 64)) @ mx.ones((64, 64))); print(backend.blas, backend.hint)"
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="OpenBLAS is loaded on Linux only")
def test_openblas_takes_over_mlx_blas_calls():
    """The dynamic linker binds libmlx.so's cblas_sgemm to OpenBLAS, not the wheel's BLAS."""
    if backend.find_openblas() is None:
        pytest.skip("no OpenBLAS on this machine (apt install libopenblas0-pthread)")
    run = _python(MATMUL, LD_DEBUG="bindings")
    bindings = [
        line for line in run.stderr.splitlines() if "libmlx.so" in line and "`cblas_sgemm'" in line
    ]
    assert bindings, run.stderr[-2000:]
    assert all("openblas" in line for line in bindings), bindings


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the hint is about Linux CPUs")
def test_without_openblas_prepare_hints_once():
    run = _python(MATMUL + "; print(prepare().hint)", BOBBY_OPENBLAS="off")
    first, second = run.stdout.splitlines()
    assert first.startswith("None ") and "libopenblas0-pthread" in first
    assert second == "None"


def test_bad_openblas_path_is_ignored(monkeypatch):
    monkeypatch.setenv("BOBBY_OPENBLAS", "/no/such/libopenblas.so")
    assert backend.find_openblas() is None


def test_dequantizing_is_exact(tmp_path):
    """On the CPU, 4-bit layers become float32 layers that compute the same function."""
    import mlx.core as mx
    import mlx.nn as nn
    from mlx_lm import load

    previous = mx.default_device()
    mx.set_default_device(mx.cpu)  # what a CPU-only machine has; GPUs keep 4-bit
    model, _ = load(str(tiny_model.build(tmp_path / "tiny")))
    tokens = mx.array([[5, 17, 42, 99, 7, 300]])
    before = model(tokens)
    try:
        note = backend.fit_to_device(model)
    finally:
        mx.set_default_device(previous)
    after = model(tokens)
    assert note is not None and "dequantized" in note
    assert not any(
        isinstance(module, (nn.QuantizedLinear, nn.QuantizedEmbedding))
        for _, module in model.named_modules()
    )
    assert {str(value.dtype) for _, value in _leaves(model)} == {"mlx.core.float32"}
    assert mx.allclose(before, after, atol=1e-4).item()


def _leaves(model):
    from mlx.utils import tree_flatten

    return tree_flatten(model.parameters())


def test_base_form_setting_is_checked(monkeypatch):
    from bobby.errors import InputError

    monkeypatch.setenv("BOBBY_BASE_FORM", "BF16")
    assert backend.base_form_setting() == "bf16"
    monkeypatch.setenv("BOBBY_BASE_FORM", "fp8")
    with pytest.raises(InputError, match="BOBBY_BASE_FORM='fp8': use one of auto, quantized"):
        backend.base_form_setting()


@pytest.mark.parametrize("form", ["quantized", "bf16"])
def test_a_base_form_can_be_asked_for(tmp_path, form):
    """quantized keeps the 4-bit layers; bf16 rounds the exact values and says by how much."""
    import mlx.core as mx
    from mlx_lm import load

    model, _ = load(str(tiny_model.build(tmp_path / "tiny")))
    tokens = mx.array([[5, 17, 42, 99, 7, 300]])
    before = model(tokens)
    note = backend.fit_to_device(model, form)
    assert backend.base_form(model) == form
    if form == "bf16":
        assert "bf16 rounded" in note
        assert {str(value.dtype) for _, value in _leaves(model)} == {"mlx.core.bfloat16"}
        layer = model.layers[0].mlp.up_proj
        assert layer.weight.dtype == mx.bfloat16
        # rounded, not wrong: within bfloat16's precision of the 4-bit function
        assert mx.allclose(before, model(tokens).astype(mx.float32), atol=0.1).item()
    else:
        assert note == "quantized base, as asked (BOBBY_BASE_FORM)"
        assert mx.array_equal(before, model(tokens)).item()


def test_held_bf16_layer_multiplies_by_the_exact_values():
    """A bf16 model's HeldLinear keeps its exact values as two bf16 halves; several rows
    then give the exact product rounded once to bf16 (up to the order of the sums),
    where the weights rounded to bf16 (the `bf16` form) miss it in many places."""
    import mlx.core as mx
    import mlx.nn as nn

    mx.random.seed(0)
    linear = nn.Linear(512, 256, bias=False)
    linear.set_dtype(mx.bfloat16)
    quantized = nn.QuantizedLinear.from_linear(linear, group_size=64, bits=4)
    held = backend.held_class().holding(quantized)
    assert held.wide.dtype == mx.bfloat16 and held.wide.shape == (256, 1024)
    x = mx.random.normal((4, 7, 512)).astype(mx.bfloat16)
    exact = (x.astype(mx.float32) @ backend.dequantized(quantized).T).astype(mx.bfloat16)
    rounded = x @ backend.dequantized(quantized).astype(mx.bfloat16).T
    assert (held(x) != exact).sum().item() <= exact.size // 500
    assert (rounded != exact).sum().item() > exact.size // 10
    row = x[:1, :1]  # one row: the 4-bit kernel itself
    assert mx.array_equal(held(row), quantized(row)).item()


def test_narrowing_in_chunks_changes_no_value(monkeypatch, tmp_path):
    """`dense` and `rounding` work a few rows at a time (the peak memory of converting an
    8B model's output layer); the result is the whole layer's."""
    import mlx.core as mx
    from mlx_lm import load

    model, _ = load(str(tiny_model.build(tmp_path / "tiny")))
    layer = model.layers[0].mlp.up_proj
    whole = backend.dense(layer, mx.bfloat16).weight, backend.rounding(layer, mx.bfloat16)
    monkeypatch.setattr(backend, "CHUNK_VALUES", 3 * layer.weight.shape[1] * 8)
    assert len(backend._row_chunks(layer)) > 2
    chunked = backend.dense(layer, mx.bfloat16).weight, backend.rounding(layer, mx.bfloat16)
    assert mx.array_equal(whole[0], chunked[0]).item()
    assert whole[1] == chunked[1] and whole[1][0] > 0


@pytest.mark.parametrize(
    ("training", "own_kernel", "form"),
    [(False, True, "quantized"), (False, False, "float32"), (True, True, "float32")],
)
def test_cuda_decodes_from_4_bits_where_the_own_kernel_serves(
    monkeypatch, training, own_kernel, form
):
    """On CUDA (simulated here: the device's calls answer as on an 80 GB card) `auto`
    keeps the 4 bits for decoding when `bobby.qmv` serves every layer; else, and for
    the training path that `bobby.train.form` does not decide, the held form as before."""
    import mlx.core as mx

    monkeypatch.delenv("BOBBY_BASE_FORM", raising=False)
    monkeypatch.setattr(mx, "default_device", lambda: mx.gpu)
    monkeypatch.setattr(mx.cuda, "is_available", lambda: True)
    monkeypatch.setattr(mx, "device_info", lambda: {"free_memory": 80 * 10**9})
    chosen, _ = backend.choose_base_form(10**9, training=training, own_kernel=own_kernel)
    assert chosen == form
