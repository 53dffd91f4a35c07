"""A tiny random llama model in mlx-lm's folder layout, 4-bit like the real ones.

Fast tests need a model that loads through `mlx_lm.load` like any other (config.json,
safetensors, a tokenizer with a chat template) but trains in seconds. Its tokenizer is a
byte-level BPE learnt from the example posts, so chat data tokenizes into short
sequences; its weights are random and quantized with mlx's affine 4-bit format
(group size 32, as SmolLM2's Q4_1 import is), so bobby's dequantizing path runs.
"""

from __future__ import annotations

import json
from pathlib import Path

CHAT_TEMPLATE = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)

TOPICS = ["coffee", "trains", "rain", "bikes", "cats", "python", "bread", "the sea", "jazz", "maps"]
MOODS = ["love", "miss", "think about", "laugh at", "dream of"]


def posts(count: int) -> list[str]:
    """Short posts in one person's voice: a pattern a model can learn in a few steps."""
    return [
        f"i {MOODS[i % len(MOODS)]} {TOPICS[(i * 3) % len(TOPICS)]} every single day."
        for i in range(count)
    ]


def chat_records(count: int) -> list[dict]:
    return [
        {
            "messages": [
                {"role": "user", "content": "Write a post."},
                {"role": "assistant", "content": text},
            ]
        }
        for text in posts(count)
    ]


def write_data(folder: Path, train: int = 48, valid: int = 12, records=chat_records) -> Path:
    """train.jsonl and valid.jsonl in mlx-lm's chat format."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, count in (("train", train), ("valid", valid)):
        lines = [json.dumps(record) for record in records(count)]
        (folder / f"{name}.jsonl").write_text("\n".join(lines) + "\n")
    return folder


def write_tokenizer(folder: Path) -> dict[str, int]:
    """A byte-level BPE tokenizer with a chat template; returns its size and special ids."""
    from tokenizers import Tokenizer

    from tests import tiny_tokenizer

    corpus = [*posts(200), "Write a post.", "user", "assistant", "system"]
    tiny_tokenizer.write_tokenizer(folder, CHAT_TEMPLATE, corpus=corpus)
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    return {
        "vocab_size": tokenizer.get_vocab_size(),
        "eos_token_id": tokenizer.token_to_id("<|im_end|>"),
    }


def write_model(folder: Path, config: dict, dtype: str = "float32", seed: int = 0) -> Path:
    """Random llama weights for `config`, quantized to 4 bits (group 32), in mlx-lm's layout.

    `dtype` is the type of the weights before quantizing, and so of the scales and
    biases; norms stay float32. float16 makes the mix of types a GGUF import has.
    """
    import mlx.core as mx
    import mlx.nn as nn
    from mlx_lm.models import llama
    from mlx_lm.utils import save_config, save_model

    config = {**config, "quantization": {"group_size": 32, "bits": 4}}
    mx.random.seed(seed)
    model = llama.Model(llama.ModelArgs.from_dict(config))
    model.set_dtype(getattr(mx, dtype))
    nn.quantize(model, group_size=32, bits=4)
    for _, module in model.named_modules():
        if isinstance(module, nn.RMSNorm):  # GGUF keeps norms in float32
            module.weight = module.weight.astype(mx.float32)
    save_model(folder, model)
    save_config(config, folder / "config.json")
    return folder


def build(folder: Path, layers: int = 4, hidden: int = 64, seed: int = 0) -> Path:
    """Write the tiny model into `folder` and return it."""
    config = {
        "model_type": "llama",
        "hidden_size": hidden,
        "num_hidden_layers": layers,
        "intermediate_size": 2 * hidden,
        "num_attention_heads": 4,
        "num_key_value_heads": 2,
        "head_dim": hidden // 4,
        "rms_norm_eps": 1e-5,
        "rope_theta": 10000.0,
        "tie_word_embeddings": True,
        "max_position_embeddings": 2048,
        **write_tokenizer(folder),
    }
    return write_model(folder, config, seed=seed)


def random_adapter(
    model, folder: Path, layers: int, rank: int, seed: int = 1, std: float = 0.05
) -> Path:
    """An adapter folder as mlx-lm writes it for `model` (a loaded mlx-lm model, changed in
    place: LoRA layers on its last `layers` blocks), with random A and B so that it
    changes the model's outputs."""
    import mlx.core as mx
    from mlx.utils import tree_flatten
    from mlx_lm.tuner.utils import linear_to_lora_layers

    parameters = {"rank": rank, "scale": 20.0, "dropout": 0.0}
    linear_to_lora_layers(model, layers, parameters)
    mx.random.seed(seed)
    weights = {
        name: mx.random.normal(value.shape) * std
        for name, value in tree_flatten(model.parameters())
        if name.endswith(("lora_a", "lora_b"))
    }
    folder.mkdir(parents=True, exist_ok=True)
    mx.save_safetensors(str(folder / "adapters.safetensors"), weights)
    config = {"fine_tune_type": "lora", "num_layers": layers, "lora_parameters": parameters}
    (folder / "adapter_config.json").write_text(json.dumps(config))
    return folder
