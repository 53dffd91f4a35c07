"""bobby eval: perplexity of base, runtime and fused models, and the voice of what they write."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest


def _eval(cli, bot: Path, *args):
    return cli("eval", "--data", bot / "data", "--seed", "3", "--json", *args)


@pytest.mark.slow
def test_eval_scores_each_model_and_the_voice_of_its_posts(demo_run):
    """The demo's eval step (`bobby.evaluate` with 4 samples, rendered by `bobby eval`'s
    table): what it printed and wrote in eval.json and eval.png, as the demo finished."""
    from PIL import Image

    assert demo_run.exit_code == 0, demo_run.stderr
    report = demo_run.eval_report
    scores = {s["name"]: s for s in report["scores"]}
    nll = {name: s["nll"] for name, s in scores.items()}
    assert nll["runtime"] < nll["base"] - 0.3
    assert abs(nll["runtime"] - nll["fused_float32"]) < 0.01
    assert nll["fused_requantized"] > nll["runtime"]

    # The base model and the adapter each wrote four posts, scored against the real ones.
    for name in ("base", "runtime"):
        score = scores[name]
        assert score["samples"] == 4 and 0 <= score["gate_pass_rate"] <= 1
        voice = score["voice"]
        assert voice["auc_low"] <= voice["auc"] <= voice["auc_high"]
        assert 0 <= voice["copied"] <= 1 and 0 <= voice["length_distance"] <= 1
        assert len(voice["shape"]["lengths"]) == 4
        assert voice["diversity_posts"] == 4
        assert voice["auc2"] is None  # 4 posts: fewer than the second judge's folds
        assert voice["collapse"]["share"] >= 0.25 and voice["reference_collapse"]["top_word"]
    assert scores["fused_float32"]["voice"] is None
    # The sample archive's keeper writes in lower case. (Whether the base model does is no
    # longer asked: each post of both models begins with one of her opening words.)
    assert report["real"]["rates"]["lowercase"] > 0.9
    assert "voice AUC" in demo_run.stderr and "your posts" in demo_run.stderr
    assert "voice AUC, 2nd judge" in demo_run.stderr and "most common subject" in demo_run.stderr
    with Image.open(demo_run.folder / "adapters/demo/eval.png") as picture:
        assert picture.format == "PNG" and picture.size == (1400, 460)


@pytest.mark.slow
def test_compare_puts_adapters_side_by_side_and_writes_nothing(cli, sample_bot):
    adapter = sample_bot / "adapters/demo"
    written = (adapter / "eval.json").stat().st_mtime if (adapter / "eval.json").exists() else None
    result = _eval(cli, sample_bot, "--compare", adapter, adapter, "--samples", "2")
    assert result.exit_code == 0, result.stderr
    report = orjson.loads(result.stdout)
    assert "voice AUC" in result.stderr
    assert [s["name"] for s in report["scores"]] == ["base", str(adapter), str(adapter)]
    base, first, second = report["scores"]
    assert first["nll"] < base["nll"]
    # the same adapter, seed and prompts: the same posts, the same scores
    assert first == second and first["voice"] != base["voice"]
    now = (adapter / "eval.json").stat().st_mtime if (adapter / "eval.json").exists() else None
    assert now == written


def test_compare_needs_adapters_of_one_base(cli, tmp_path):
    for name, model in (("a", "org/model-a"), ("b", "org/model-b")):
        folder = tmp_path / "adapters" / name
        folder.mkdir(parents=True)
        (folder / "adapters.safetensors").write_bytes(b"")
        (folder / "adapter_config.json").write_text(json.dumps({"model": model}))
    result = cli("eval", "--compare", "adapters/a", "adapters/b")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: the adapters were trained on different base models")
    assert "adapters/a: org/model-a" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["adapters/a"], "Error: adapters are named with --compare"),
        (["--compare"], "Error: --compare needs the adapters to compare"),
        (["--samples", "5000"], "Error: --samples = 5000 must be at most 1000"),
    ],
)
def test_eval_flags_are_checked_in_one_line(cli, args, message):
    result = cli("eval", *args)
    assert result.exit_code == 1
    assert result.stderr.startswith(message), result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """The tiny 4-bit llama and an adapter for it (random, so that it changes outputs)."""
    from mlx_lm import load as mlx_load

    from tests import tiny_model

    folder = tmp_path_factory.mktemp("tiny")
    model_dir = tiny_model.build(folder / "model")
    adapter = tiny_model.random_adapter(mlx_load(str(model_dir))[0], folder / "adapter", 2, 4)
    return model_dir, adapter


def _alone(model, tokens: list[int], offset: int) -> tuple[float, int]:
    """One post scored by itself: its whole sequence through the model, every position
    projected onto the vocabulary (what eval did before it scored in batches)."""
    import mlx.core as mx
    import mlx.nn as nn

    batch = mx.array(tokens)[None]
    logits = model(batch[:, :-1]).astype(mx.float32)
    losses = nn.losses.cross_entropy(logits, batch[:, 1:], reduction="none")[0]
    kept = losses[max(offset - 1, 0) :] if offset else losses
    return kept.sum().item(), kept.size


def test_posts_scored_in_batches_get_the_losses_they_get_alone(tiny):
    import random

    from bobby.adapters import AdapterDir
    from bobby.evaluate import post_losses
    from bobby.models import load

    rng = random.Random(0)
    lengths = [3, 40, 9, 17, 17, 64, 26, 5, 80, 12]
    test = [
        ([rng.randrange(1, 200) for _ in range(n)], rng.choice([0, 1, n // 2, n - 1]))
        for n in lengths
    ]
    test += [([7], 0), ([5, 6, 7, 8], 4)]  # nothing to predict; a prompt and no post
    max_seq_length = 60  # cuts the two longest
    model_dir, adapter = tiny
    for loaded in (load(str(model_dir)), load(str(model_dir), AdapterDir(adapter))):
        alone = [
            _alone(loaded.model, tokens[:max_seq_length], offset) if len(tokens) > 1 else (0.0, 0)
            for tokens, offset in test
        ]
        for batch_tokens in (1, 256, 10_000):  # one post a batch, a few, all
            got = post_losses(loaded.model, test, max_seq_length, batch_tokens)
            assert [count for _, count in got] == [count for _, count in alone]
            assert [total for total, _ in got] == pytest.approx(
                [total for total, _ in alone], rel=1e-5, abs=1e-4
            )
        assert alone[-1] == (0.0, 0) and all(count for _, count in alone[:-2])


def test_reused_weights_make_the_models_a_fresh_load_makes(tiny):
    """The base read once and dequantized once: the runtime adapter over it computes what
    a fresh load with the adapter computes, and neither the adapter nor the base's
    compiled decoding steps reach the base or the 4-bit original."""
    import mlx.core as mx

    from bobby.adapters import AdapterDir
    from bobby.backend import base_form
    from bobby.decode import STEPS, decode
    from bobby.models import load, reuse

    model_dir, adapter = tiny
    prompt = mx.array([[1, 5, 7, 9, 20, 3, 42, 17]])
    quantized = load(str(model_dir), fit=False)
    base = reuse(quantized)
    assert base_form(quantized.model) == "quantized" and base_form(base.model) == "float32"
    assert mx.array_equal(base.model(prompt), load(str(model_dir)).model(prompt)).item()
    before = base.model(prompt)
    decode(base.model, base.tokenizer, [[1, 5, 7], [9, 20]], 4)
    assert STEPS in vars(base.model)

    adapted = reuse(base, AdapterDir(adapter))
    fresh = load(str(model_dir), AdapterDir(adapter))
    assert STEPS not in vars(adapted.model) and adapted.adapter == fresh.adapter
    assert mx.array_equal(adapted.model(prompt), fresh.model(prompt)).item()
    assert not mx.allclose(adapted.model(prompt), before).item()  # the adapter does change it
    prompts = [[1, 5, 7], [9, 20]]
    assert [d.tokens for d in decode(adapted.model, adapted.tokenizer, prompts, 6)] == [
        d.tokens for d in decode(fresh.model, fresh.tokenizer, prompts, 6)
    ]
    assert mx.array_equal(base.model(prompt), before).item()
    assert base_form(quantized.model) == "quantized" and quantized.adapter is None
    with pytest.raises(ValueError, match="without an adapter"):
        reuse(adapted)
