"""bobby.train.form: the base form a CUDA GPU trains on, chosen by free memory."""

from __future__ import annotations

import pytest

from bobby.train import form

GB = 10**9
# Qwen3-8B, 4-bit g64 as loaded (4.61 GB) and dequantized to bf16 (16.4 GB); bobby's
# default adapter (16 blocks) at batch 4 x 256 tokens
QWEN3_8B = form.Shape(
    quantized_bytes=int(4.61 * GB),
    bf16_bytes=int(16.4 * GB),
    hidden=4096,
    vocab=151936,
    adapted_blocks=16,
    tokens=1024,
)


def free_on(card_gb: float) -> int:
    """What a card of `card_gb` reports free with the 4-bit model and CUDA's context on it."""
    return int(card_gb * GB - QWEN3_8B.quantized_bytes - 0.5 * GB)


@pytest.mark.parametrize(
    ("card", "chosen"),
    [
        (141, ("bf16", False)),  # H200
        (80, ("bf16", False)),  # H100
        (24, ("bf16", True)),  # a 24 GB card: bf16 only with checkpointing
        (12, ("quantized", True)),
    ],
)
def test_each_card_gets_the_fastest_form_that_fits(card, chosen):
    plan = form.plan(QWEN3_8B, free_on(card))
    assert (plan.form, plan.checkpoint) == chosen
    assert plan.need <= form.SHARE * card * GB
    assert "may not fit" not in plan.why


@pytest.mark.parametrize("free_gb", [x / 2 for x in range(6, 300)])
def test_never_a_form_that_does_not_fit_when_one_does(free_gb):
    """The choice fits, and every faster candidate does not (any free memory)."""
    free = int(free_gb * GB)
    usable = form.SHARE * (free + QWEN3_8B.quantized_bytes)
    plan = form.plan(QWEN3_8B, free)
    chosen = form.CANDIDATES.index((plan.form, plan.checkpoint))
    for faster in form.CANDIDATES[:chosen]:
        assert form.need(QWEN3_8B, *faster) > usable
    if plan.need <= usable:
        assert "may not fit" not in plan.why
    else:  # nothing fits: the smallest, said so
        assert chosen == len(form.CANDIDATES) - 1 and "may not fit" in plan.why


def test_checkpointing_and_4_bits_each_need_less():
    needs = [form.need(QWEN3_8B, *candidate) for candidate in form.CANDIDATES]
    assert needs[1] < needs[0] and needs[2] < needs[0] and needs[3] < min(needs[1], needs[2])


def test_shape_of_a_real_model_matches_its_bf16_form(tmp_path):
    """The bf16 bytes the rule plans with are what `fit_to_device` then holds."""
    import mlx.core as mx
    from mlx.utils import tree_flatten
    from mlx_lm import load

    from bobby.backend import fit_to_device
    from tests import tiny_model

    model, _ = load(str(tiny_model.build(tmp_path / "tiny")))
    shape = form.shape_of(model, 4, 512)
    loaded = sum(v.nbytes for _, v in tree_flatten(model.parameters()))
    fit_to_device(model, "bf16")
    held = sum(v.nbytes for _, v in tree_flatten(model.parameters()))
    assert shape.quantized_bytes == loaded
    assert shape.bf16_bytes == held
    assert (shape.adapted_blocks, shape.tokens) == (4, 512)
    assert all(v.dtype == mx.bfloat16 for _, v in tree_flatten(model.parameters()))


def test_the_cpu_is_not_decided_here(tmp_path):
    """On the CPU training keeps `bobby.backend`'s exact float32 form."""
    import mlx.core as mx
    from mlx_lm import load

    from tests import tiny_model

    model, _ = load(str(tiny_model.build(tmp_path / "tiny")))
    with mx.stream(mx.cpu):
        previous = mx.default_device()
        mx.set_default_device(mx.cpu)
        try:
            assert form.choose(model, 16, 1024) is None
        finally:
            mx.set_default_device(previous)
