"""Importing a GGUF file (llama.cpp, LM Studio, Ollama) into mlx-lm's folder layout.

The weights are carried over exactly: MLX reads Q4_0, Q4_1 and Q8_0 blocks as its own
affine quantization (groups of 32; 4, 4 and 8 bits), so the imported model computes with
the very numbers the GGUF file holds, and nothing is dequantized or quantized again.
Three things differ between the layouts and are translated here:

- tensor names (`blk.3.attn_q.weight` -> `model.layers.3.self_attn.q_proj.weight`);
- the rows of the q and k projections, which llama.cpp's converter interleaves per head
  so that its rotary embedding can pair neighbouring rows; mlx-lm (like Hugging Face)
  pairs row i with row i + head_dim/2, so the permutation is undone. Rows are independent
  in a quantized matrix (groups run along a row), so the packed weights, scales and
  biases are permuted alike and stay exact;
- the tokenizer, rebuilt as `tokenizer.json` (see `bobby.models.tokenizer`).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import orjson

from bobby.errors import ModelError
from bobby.files import sha256_file
from bobby.models import tokenizer
from bobby.models.gguf_file import SUPPORTED, TYPE_NAMES, read_header
from bobby.progress import Progress, Report

# (bits, group size) of the quantized types MLX reads natively.
QUANTIZED = {2: (4, 32), 3: (4, 32), 8: (8, 32)}

_LAYER = {
    "attn_norm": "input_layernorm",
    "attn_q": "self_attn.q_proj",
    "attn_k": "self_attn.k_proj",
    "attn_v": "self_attn.v_proj",
    "attn_output": "self_attn.o_proj",
    "ffn_norm": "post_attention_layernorm",
    "ffn_gate": "mlp.gate_proj",
    "ffn_up": "mlp.up_proj",
    "ffn_down": "mlp.down_proj",
}
_TOP = {"token_embd": "model.embed_tokens", "output_norm": "model.norm", "output": "lm_head"}
_NAME = re.compile(r"(?:blk\.(\d+)\.)?(\w+)\.(weight|scales|biases)")


def module_name(gguf_name: str) -> str | None:
    """The mlx-lm module a GGUF tensor belongs to (`blk.0.attn_q` -> ...q_proj), or None."""
    match = _NAME.fullmatch(gguf_name)
    if not match:
        return None
    layer, base, _ = match.groups()
    if layer is None:
        return _TOP.get(base)
    return f"model.layers.{layer}.{_LAYER[base]}" if base in _LAYER else None


def unpermute_rows(array: Any, heads: int) -> Any:
    """Undo llama.cpp's per-head interleaving of q/k rows (rows (h, d/2, 2) -> (h, 2, d/2))."""
    rows = array.shape[0]
    return (
        array.reshape(heads, rows // heads // 2, 2, *array.shape[1:])
        .swapaxes(1, 2)
        .reshape(array.shape)
    )


def _number(metadata: dict[str, Any], key: str, default: Any = None) -> Any:
    import numpy as np

    value = metadata.get(key, default)
    if value is None:
        raise ModelError(f"GGUF metadata has no '{key}'")
    if getattr(value, "size", 1) != 1 or isinstance(value, list):
        raise ModelError(f"per-layer values of '{key}' are not supported")
    value = value.item() if hasattr(value, "item") else value
    # float32 metadata printed as the shortest decimal that reads back the same (1e-05)
    return float(str(np.float32(value))) if isinstance(value, float) else value


def llama_config(metadata: dict[str, Any], vocab_size: int, tied: bool) -> dict[str, Any]:
    """mlx-lm's `config.json` for a GGUF file of the llama architecture."""
    heads = _number(metadata, "llama.attention.head_count")
    hidden = _number(metadata, "llama.embedding_length")
    head_dim = _number(metadata, "llama.attention.key_length", hidden // heads)
    if _number(metadata, "llama.attention.value_length", head_dim) != head_dim:
        raise ModelError("attention keys and values of different sizes are not supported")
    if _number(metadata, "llama.rope.dimension_count", head_dim) != head_dim:
        raise ModelError("rotary embeddings over part of each head are not supported")
    scaling = metadata.get("llama.rope.scaling.type", "none")
    if scaling != "none":
        raise ModelError(f"rotary embedding scaling '{scaling}' is not supported")
    if "llama.expert_count" in metadata:
        raise ModelError("mixture-of-experts llama models are not supported")
    return {
        "model_type": "llama",
        "architectures": ["LlamaForCausalLM"],
        "hidden_size": hidden,
        "num_hidden_layers": _number(metadata, "llama.block_count"),
        "intermediate_size": _number(metadata, "llama.feed_forward_length"),
        "num_attention_heads": heads,
        "num_key_value_heads": _number(metadata, "llama.attention.head_count_kv", heads),
        "head_dim": head_dim,
        "rms_norm_eps": _number(metadata, "llama.attention.layer_norm_rms_epsilon"),
        "rope_theta": _number(metadata, "llama.rope.freq_base", 10000.0),
        "max_position_embeddings": _number(metadata, "llama.context_length", 4096),
        "vocab_size": vocab_size,
        "tie_word_embeddings": tied,
    }


def quantization_config(types: dict[str, int]) -> dict[str, Any] | None:
    """mlx-lm's `quantization` entry for modules whose GGUF types are `types`.

    The most common quantized type sets the default; every module that differs (an 8-bit
    embedding in a 4-bit model, an F16 output layer) gets its own entry, which is how
    mlx-lm describes mixed-precision models.
    """
    settings = {name: QUANTIZED.get(kind) for name, kind in types.items()}
    counts = Counter(value for value in settings.values() if value)
    if not counts:
        return None
    bits, group_size = counts.most_common(1)[0][0]
    config: dict[str, Any] = {"group_size": group_size, "bits": bits}
    for name, value in sorted(settings.items()):
        if value != (bits, group_size):
            config[name] = {"group_size": value[1], "bits": value[0]} if value else False
    return config


def _check_types(path: Path) -> dict[str, int]:
    """GGUF tensor name -> type, refusing any type that cannot be kept exactly."""
    types = {}
    for tensor in read_header(path).tensors:
        if tensor.type not in SUPPORTED:
            supported = ", ".join(TYPE_NAMES[kind] for kind in SUPPORTED)
            raise ModelError(
                f"{path}: tensor {tensor.name} is {tensor.type_name}, which bobby cannot import "
                f"without changing its weights (supported: {supported})"
            )
        types[tensor.name] = tensor.type
    return types


def _check_complete(path: Path, present: set[str], config: dict[str, Any]) -> None:
    """Every tensor mlx-lm's llama needs is there, and nothing it has no place for."""
    expected = {"token_embd.weight", "output_norm.weight"}
    if not config["tie_word_embeddings"]:
        expected.add("output.weight")
    for layer in range(config["num_hidden_layers"]):
        expected |= {f"blk.{layer}.{name}.weight" for name in _LAYER}
    if missing := sorted(expected - present):
        raise ModelError(f"{path}: tensor {missing[0]} is missing ({len(missing)} missing in all)")
    for name in sorted(present - expected):
        if name.startswith("rope_freqs"):
            raise ModelError(
                f"{path}: Llama 3.1-style rotary embedding scaling (rope_freqs) is not supported"
            )
        raise ModelError(f"{path}: tensor {name} has no place in mlx-lm's llama model")


def gguf_to_mlx(
    path: Path, progress: Report | None = None
) -> tuple[dict[str, Any], dict[str, Any], str, dict[str, Any]]:
    """Weights, config, tokenizer.json and tokenizer_config of a GGUF file, in mlx-lm's terms."""
    import mlx.core as mx

    types = _check_types(path)
    try:
        loaded, metadata = mx.load(str(path), return_metadata=True)
    except (RuntimeError, ValueError) as err:
        raise ModelError(f"{path}: MLX cannot read this GGUF file ({err})") from None
    arch = metadata.get("general.architecture")
    if arch != "llama":
        raise ModelError(
            f"{path}: architecture '{arch}' is not supported (bobby imports GGUF files of the llama architecture)"
        )
    if "token_embd.weight" not in loaded:
        raise ModelError(f"{path}: no token_embd.weight tensor")
    try:
        config = llama_config(
            metadata, loaded["token_embd.weight"].shape[0], "output.weight" not in loaded
        )
    except ModelError as err:
        raise ModelError(f"{path}: {err}") from None

    _check_complete(path, set(types), config)

    permuted = {"attn_q": config["num_attention_heads"], "attn_k": config["num_key_value_heads"]}
    weights: dict[str, Any] = {}
    module_types: dict[str, int] = {}
    names = sorted(loaded)
    for done, name in enumerate(names, 1):
        module = module_name(name)
        array = loaded.pop(name)
        base = name.rsplit(".", 1)[0].rsplit(".", 1)[-1]
        if base in permuted:
            array = unpermute_rows(array, permuted[base])
        weights[f"{module}.{name.rsplit('.', 1)[1]}"] = array
        if not module.endswith(("norm", "layernorm")):
            module_types[module] = types[name.rsplit(".", 1)[0] + ".weight"]
        if progress:
            progress(Progress("converting tensors", done, len(names)))
    if quantization := quantization_config(module_types):
        config["quantization"] = quantization
        config["quantization_config"] = quantization

    tokenizer_json, tokenizer_config = tokenizer.build(
        metadata, path, config["max_position_embeddings"]
    )
    for role in ("bos", "eos"):
        if f"{role}_token" in tokenizer_config:
            index = metadata[f"tokenizer.ggml.{role}_token_id"]
            config[f"{role}_token_id"] = int(index.item() if hasattr(index, "item") else index)
    return weights, config, tokenizer_json, tokenizer_config


def _json(value: Any) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def import_gguf(
    gguf_path: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    progress: Report | None = None,
    *,
    sha256: str | None = None,
    origin: str | None = None,
) -> Path:
    """Convert a llama-family GGUF file into a folder that `mlx_lm.load` opens.

    The folder is built beside `out_dir` and renamed into place when complete, so an
    interrupted or refused import leaves nothing behind.

    Args:
        gguf_path: the .gguf file.
        out_dir: the folder to create; it must not exist yet (an empty one is replaced).
        progress: told how far the conversion is.
        sha256: the file's sha256 when the caller already has it (recorded in source.json).
        origin: where the file came from, for source.json (default: its path).

    Returns:
        The model folder.

    Raises:
        ModelError: the file is missing, not GGUF, or of a type, architecture or
            tokenizer that bobby cannot import exactly; or `out_dir` is not empty.
    """
    import mlx.core as mx

    source, target = Path(gguf_path), Path(out_dir)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ModelError(f"{target}: already exists; choose another output folder or remove it")
    weights, config, tokenizer_json, tokenizer_config = gguf_to_mlx(source, progress)

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError as err:
        raise ModelError(f"{target}: cannot create the model folder ({err.strerror})") from None
    try:
        if progress:
            progress(Progress("writing model.safetensors", 0, 1))
        # The folder is renamed into place only when complete, so its files need no
        # atomic writes of their own.
        mx.save_safetensors(
            str(building / "model.safetensors"), weights, metadata={"format": "mlx"}
        )
        files = {
            "config.json": _json(config),
            "tokenizer.json": tokenizer_json.encode(),
            "tokenizer_config.json": _json(tokenizer_config),
            "source.json": _json(
                {
                    "gguf": origin or str(source.resolve()),
                    "sha256": sha256 or sha256_file(source),
                    "size": source.stat().st_size,
                }
            ),
        }
        for name, data in files.items():
            (building / name).write_bytes(data)
        building.chmod(0o777 & ~_umask())
        if target.is_dir():
            target.rmdir()
        os.replace(building, target)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    if progress:
        progress(Progress("written", 1, 1))
    return target
