"""bobby.decode: the compiled, batched decoding loop writes what mlx-lm's loop writes."""

from __future__ import annotations

from collections import Counter

import pytest

mx = pytest.importorskip("mlx.core")

from mlx_lm.generate import generate_step  # noqa: E402
from mlx_lm.sample_utils import make_logits_processors, make_sampler  # noqa: E402

from bobby import backend, runtime  # noqa: E402
from bobby.decode import decode  # noqa: E402
from tests.test_runtime import base, write_adapter  # noqa: E402

PROMPTS = [[1, 5, 7, 9, 200, 3, 42, 17], [4, 8, 15, 16, 23], [99] * 11, [7]]


class Tokenizer:
    """What decode needs of a tokenizer, for a model without one."""

    def __init__(self, eos: tuple[int, ...] = ()) -> None:
        self.eos_token_ids = set(eos)

    def decode(self, tokens: list[int]) -> str:
        return " ".join(map(str, tokens))


@pytest.fixture(scope="module")
def adapter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("adapter")
    return write_adapter(folder, True, {"rank": 8, "scale": 20.0, "dropout": 0.0})


def adapted(adapter, form: str):
    model = base(True)
    backend.fit_to_device(model, form)
    runtime.attach(model, adapter)
    return model


def mlx_lm_tokens(model, prompt, count, **kwargs):
    return [
        token for token, _ in generate_step(mx.array(prompt), model, max_tokens=count, **kwargs)
    ]


@pytest.mark.parametrize("form", ["quantized", "float32"])
@pytest.mark.parametrize("compiled", [True, False], ids=["compiled", "plain"])
def test_greedy_tokens_are_mlx_lm_s(adapter, form, compiled):
    """One prompt at a time, and all prompts in one batch (padded on the left), give the
    tokens of mlx-lm's own loop over the same model, adapter applied at run time."""
    model = adapted(adapter, form)
    expected = [mlx_lm_tokens(model, prompt, 24) for prompt in PROMPTS]
    for prompt, tokens in zip(PROMPTS, expected, strict=True):
        assert decode(model, Tokenizer(), [prompt], 24, compiled=compiled)[0].tokens == tokens
    batch = decode(model, Tokenizer(), PROMPTS, 24, compiled=compiled)
    assert [d.tokens for d in batch] == expected
    assert len({tuple(tokens) for tokens in expected}) == len(PROMPTS)  # the rows differ


def test_a_prompt_read_a_few_positions_at_a_time_gives_the_same_tokens(adapter, monkeypatch):
    """Past PREFILL_TOKENS (rows x positions) the prompts are read in pieces, so that
    memory stays bounded; each row still gets the tokens of mlx-lm's loop."""
    from bobby import decode as module

    model = adapted(adapter, "float32")
    expected = [mlx_lm_tokens(model, prompt, 12) for prompt in PROMPTS]
    monkeypatch.setattr(module, "PREFILL_TOKENS", 6)  # 4 rows: one position at a time
    read = []
    call = type(model).__call__
    monkeypatch.setattr(
        type(model),
        "__call__",
        lambda self, tokens, **kw: read.append(tokens.shape) or call(self, tokens, **kw),
    )
    assert [d.tokens for d in decode(model, Tokenizer(), PROMPTS, 12)] == expected
    assert max(rows * positions for rows, positions in read) <= 6
    assert decode(model, Tokenizer(), PROMPTS[:1], 12)[0].tokens == expected[0]  # 6 at a time


def test_mean_logprob_is_mlx_lm_s(adapter):
    model = adapted(adapter, "float32")
    logprobs = [
        lp[token].item() for token, lp in generate_step(mx.array(PROMPTS[0]), model, max_tokens=12)
    ]
    got = decode(model, Tokenizer(), [PROMPTS[0]], 12)[0].logprob
    assert got == pytest.approx(sum(logprobs) / len(logprobs), abs=1e-5)


def test_sampler_and_repetition_penalty_follow_mlx_lm(adapter):
    model = adapted(adapter, "float32")
    sampler = make_sampler(0.9, 1.0)
    processors = make_logits_processors(repetition_penalty=1.3)
    mx.random.seed(5)
    expected = mlx_lm_tokens(model, PROMPTS[0], 20, sampler=sampler, logits_processors=processors)
    mx.random.seed(5)
    got = decode(model, Tokenizer(), [PROMPTS[0]], 20, sampler, processors)[0].tokens
    assert got == expected
    assert got != mlx_lm_tokens(model, PROMPTS[0], 20)  # the settings did change the text


def test_a_row_ends_at_its_end_of_sequence_token(adapter):
    model = adapted(adapter, "float32")
    first, second = (mlx_lm_tokens(model, prompt, 10) for prompt in PROMPTS[:2])
    end = next(i for i in range(1, 10) if first[i] not in first[:i])  # a new token
    stop = first[end]
    decoded = decode(model, Tokenizer(eos=(stop,)), PROMPTS[:2], 10)
    assert decoded[0].tokens == first[:end]
    ends = [i for i, token in enumerate(second) if token == stop]
    assert decoded[1].tokens == second[: ends[0] if ends else 10]
    assert decoded[0].text == " ".join(map(str, first[:end]))


@pytest.mark.parametrize("compiled", [True, False], ids=["compiled", "plain"])
@pytest.mark.parametrize("penalty", [None, 1.3], ids=["", "penalty"])
def test_rows_that_end_early_leave_the_batch_and_the_rest_decode_on(adapter, compiled, penalty):
    """Eight prompts ending one after another: once half have ended the others move to a
    batch of half the size, then again; every row still gets mlx-lm's tokens for it alone."""
    model = adapted(adapter, "float32")
    processors = make_logits_processors(repetition_penalty=penalty) if penalty else None
    prompts = [[(37 * i + 11 * k) % 400 + 1 for k in range(1 + i % 5)] for i in range(8)]
    expected = [mlx_lm_tokens(model, p, 30, logits_processors=processors) for p in prompts]
    # end tokens: the three that most rows write
    rows_writing = Counter(t for tokens in expected for t in set(tokens))
    stops = {t for t, _ in rows_writing.most_common(3)}
    ends = [next((i for i, t in enumerate(tokens) if t in stops), 30) for tokens in expected]
    assert sum(end < 30 for end in ends) >= 6 and len(set(ends)) >= 3  # it shrinks twice
    decoded = decode(model, Tokenizer(eos=tuple(stops)), prompts, 30, None, processors, compiled)
    assert [d.tokens for d in decoded] == [t[:end] for t, end in zip(expected, ends, strict=True)]
    sizes = sorted(key[0] for key in model.__dict__["_bobby_decode_steps"])
    assert sizes[-1] == 8 and len(sizes) >= 3


def test_the_compiled_step_is_kept_for_the_next_call(adapter):
    model = adapted(adapter, "quantized")
    once = decode(model, Tokenizer(), PROMPTS[:2], 16)
    again = decode(model, Tokenizer(), PROMPTS[:2], 16)
    assert [d.tokens for d in once] == [d.tokens for d in again]
    assert list(model.__dict__["_bobby_decode_steps"]) == [(2, 64, True)]


def test_empty_prompt_is_refused(adapter):
    with pytest.raises(ValueError, match="no empty prompt"):
        decode(base(True), Tokenizer(), [[1, 2], []], 4)


def held(adapter=None):
    """The GPU's float32 form, made here on the CPU (`fit_to_device` makes it on CUDA)."""
    model = base(True)
    assert "exactly" in backend.hold(model)
    if adapter is not None:
        runtime.attach(model, adapter)
    return model


def test_held_base_computes_the_4_bit_function():
    """HeldLinear: one row through the 4-bit kernel, several through the float32 copy of
    the same values; both give the quantized model's outputs."""
    quantized, kept = base(True), held()
    assert backend.base_form(kept) == "float32" and backend.base_form(quantized) == "quantized"
    prompt = mx.array([PROMPTS[0]])
    assert mx.allclose(quantized(prompt), kept(prompt), atol=1e-4).item()
    projection = kept.layers[0].mlp.down_proj
    row = mx.random.normal((1, 1, projection.wide.shape[1]))
    assert mx.array_equal(projection(row), quantized.layers[0].mlp.down_proj(row)).item()


def test_held_base_with_the_runtime_adapter_decodes_as_mlx_lm(adapter):
    model = held(adapter)
    shared = [m for _, m in model.named_modules() if type(m).__name__ == "SharedInput"]
    assert shared and all("wide" in m for m in shared)  # every held layer, grouped or alone
    expected = [mlx_lm_tokens(model, prompt, 16) for prompt in PROMPTS]
    reference = base(True)
    from mlx_lm.tuner.utils import load_adapters

    load_adapters(reference, str(adapter))
    assert expected == [mlx_lm_tokens(reference, prompt, 16) for prompt in PROMPTS]
    assert [d.tokens for d in decode(model, Tokenizer(), PROMPTS, 16)] == expected


def test_bf16_held_groups_keep_their_exact_halves(adapter):
    """Grouped held projections of a bf16 model stay two bf16 halves side by side, and the
    runtime adapter over them computes what mlx-lm's adapter layers over them compute."""
    import mlx.nn as nn
    from mlx_lm.models import llama
    from mlx_lm.tuner.utils import load_adapters

    from tests.test_runtime import ARGS

    def bf16_held():
        mx.random.seed(0)
        model = llama.Model(ARGS)
        model.set_dtype(mx.bfloat16)
        nn.quantize(model, group_size=32, bits=4)
        assert "bf16 halves" in backend.hold(model)
        return model

    ours, reference = bf16_held(), bf16_held()
    runtime.attach(ours, adapter)
    load_adapters(reference, str(adapter))
    qkv = ours.layers[2].self_attn.qkv_proj
    # q, k and v's 256 rows of two 128-wide halves, then the adapter's A (3 x rank 8,
    # padded to 32 rows) as the halves A and 0: one product gives x·Aᵀ too
    assert qkv.wide.dtype == mx.bfloat16 and qkv.wide.shape == (256 + 32, 256)
    assert mx.array_equal(qkv.wide[256:, :128], qkv.lora_a).item()
    assert not mx.any(qkv.wide[256:, 128:]).item()
    prompt = mx.array([PROMPTS[0]])
    expected, got = reference(prompt), ours(prompt)
    assert mx.abs(expected - got).max().item() < 0.05 * mx.abs(expected).max().item()


@pytest.mark.slow
def test_smollm2_with_an_adapter_decodes_as_mlx_lm(smollm2_dir, tmp_path):
    """The real model, its real tokenizer and chat prompts of different lengths, in one
    batch: each row's greedy tokens are what mlx-lm's loop writes for it alone."""
    from mlx_lm import load

    from tests.tiny_model import random_adapter

    random_adapter(load(str(smollm2_dir))[0], tmp_path, 8, 8, seed=3, std=0.02)
    model, tokenizer = load(str(smollm2_dir))
    backend.fit_to_device(model)
    runtime.attach(model, tmp_path)
    prompts = [
        tokenizer.apply_chat_template(
            [{"role": "user", "content": text}], add_generation_prompt=True
        )
        for text in ("Write a post.", "Write a short post about trains and the sea, please.")
    ]
    expected = [mlx_lm_tokens(model, prompt, 24) for prompt in prompts]
    decoded = decode(model, tokenizer, prompts, 24)
    ends = set(tokenizer.eos_token_ids)
    assert [d.tokens for d in decoded] == [
        tokens[: next((i for i, t in enumerate(tokens) if t in ends), len(tokens))]
        for tokens in expected
    ]
    assert all(d.text == tokenizer.decode(d.tokens) for d in decoded)
