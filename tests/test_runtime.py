"""Runtime adapters: regrouped projections compute what mlx-lm's adapter layers compute."""

from __future__ import annotations

import json

import pytest

mx = pytest.importorskip("mlx.core")
nn = pytest.importorskip("mlx.nn")

from mlx.utils import tree_flatten  # noqa: E402
from mlx_lm.models import llama  # noqa: E402
from mlx_lm.tuner.utils import linear_to_lora_layers, load_adapters  # noqa: E402

from bobby import runtime  # noqa: E402

ARGS = llama.ModelArgs(
    model_type="llama",
    hidden_size=128,
    num_hidden_layers=3,
    intermediate_size=256,
    num_attention_heads=4,
    num_key_value_heads=2,
    rms_norm_eps=1e-5,
    vocab_size=500,
    tie_word_embeddings=True,
)
TOKENS = mx.array([[1, 5, 7, 9, 200, 3, 42, 17]])


def base(quantized: bool, bias: bool = False):
    mx.random.seed(0)
    model = llama.Model(llama.ModelArgs(**{**ARGS.__dict__, "attention_bias": bias}))
    if quantized:
        nn.quantize(model, group_size=32, bits=4)
    mx.eval(model.parameters())
    return model


def write_adapter(path, quantized, parameters, fine_tune_type="lora", bias=False):
    """An adapter folder as mlx-lm writes it, with non-zero B so that it changes outputs."""
    model = base(quantized, bias)
    linear_to_lora_layers(model, 2, parameters, use_dora=fine_tune_type == "dora")
    mx.random.seed(1)
    weights = {
        name: mx.random.normal(value.shape) * 0.05
        for name, value in tree_flatten(model.parameters())
        if name.rsplit(".", 1)[-1] in ("lora_a", "lora_b", "m")
    }
    mx.save_safetensors(str(path / "adapters.safetensors"), weights)
    config = {"fine_tune_type": fine_tune_type, "num_layers": 2, "lora_parameters": parameters}
    (path / "adapter_config.json").write_text(json.dumps(config))
    return path


@pytest.mark.parametrize("quantized", [True, False])
@pytest.mark.parametrize(
    "keys", [None, ["self_attn.q_proj", "self_attn.v_proj", "mlp.down_proj"]], ids=["all", "some"]
)
@pytest.mark.parametrize("bias", [False, True])
def test_regrouped_adapter_matches_mlx_lm(tmp_path, quantized, keys, bias):
    parameters = {"rank": 8, "scale": 20.0, "dropout": 0.0}
    if keys:
        parameters["keys"] = keys
    adapter = write_adapter(tmp_path, quantized, parameters, bias=bias)
    reference = base(quantized, bias)
    load_adapters(reference, str(adapter))
    ours = base(quantized, bias)
    runtime.attach(ours, adapter)
    expected, got = reference(TOKENS), ours(TOKENS)
    assert mx.abs(expected - got).max().item() < 1e-4
    # the adapter matters: without it the outputs are far off
    assert mx.abs(expected - base(quantized, bias)(TOKENS)).max().item() > 0.1
    names = {name for name, _ in tree_flatten(ours.parameters())}
    assert "model.layers.2.self_attn.qkv_proj.weight" in names
    assert "model.layers.0.mlp.gate_up_proj.weight" in names  # un-adapted blocks are regrouped too
    assert not any(name.endswith(".linear.weight") for name in names)
    # a dense base carries A's rows under its weight (one product for both); 4 bits cannot
    shared = ours.layers[2].self_attn.qkv_proj
    assert shared.folded == (0 if quantized else shared.lora_b.shape[1])


def test_quantized_weights_are_concatenated_not_requantized(tmp_path):
    adapter = write_adapter(tmp_path, True, {"rank": 4, "scale": 10.0, "dropout": 0.0})
    plain = base(True)
    ours = base(True)
    runtime.attach(ours, adapter)
    attention = plain.layers[0].self_attn
    qkv = ours.layers[0].self_attn.qkv_proj
    expected = mx.concatenate(
        [attention.q_proj.weight, attention.k_proj.weight, attention.v_proj.weight]
    )
    assert qkv.weight.dtype == mx.uint32 and mx.array_equal(qkv.weight, expected)


def test_dora_is_left_to_mlx_lm(tmp_path):
    parameters = {"rank": 4, "scale": 10.0, "dropout": 0.0}
    adapter = write_adapter(tmp_path, True, parameters, fine_tune_type="dora")
    reference = base(True)
    load_adapters(reference, str(adapter))
    ours = base(True)
    runtime.attach(ours, adapter)
    assert mx.abs(reference(TOKENS) - ours(TOKENS)).max().item() < 1e-4
    assert type(ours.layers[2].self_attn.q_proj).__name__ == "DoRALinear"
