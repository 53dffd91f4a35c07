"""Writing tiny llama models as GGUF files the way llama.cpp does, for import tests.

The files are written with `gguf`, llama.cpp's own Python package (the writer its
converter uses), and quantized by its reference quantizers, so the tests check bobby's
importer against llama.cpp's conventions rather than against bobby's own idea of them.
The q and k rows are permuted as llama.cpp's `convert_hf_to_gguf.py` permutes them.

`TinyLlama.reference()` builds the same model directly in mlx-lm, in float32, from the
weights exactly as the file holds them (dequantized with llama.cpp's dequantizers), so
an import that is right computes the same logits up to float16 rounding.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

CHAT_TEMPLATE = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content']"
    " + '<|im_end|>\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
MERGES = ["Ġ t", "h e", "Ġt he", "i n", "Ġ a"]
# a token no merge leads to: only tokenizers that look whole pieces up (Llama 3's) use it
UNMERGED = ["Ġbobby"]

# GGUF tensor -> mlx-lm parameter (the layout the reference model uses)
LAYER_NAMES = {
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


def byte_tokens() -> list[str]:
    """GPT-2's printable stand-ins for the 256 bytes (what byte-level BPE vocabularies hold)."""
    printable = [
        *range(ord("!"), ord("~") + 1),
        *range(ord("¡"), ord("¬") + 1),
        *range(ord("®"), ord("ÿ") + 1),
    ]
    chars, extra = {}, 0
    for byte in range(256):
        if byte in printable:
            chars[byte] = chr(byte)
        else:
            chars[byte] = chr(256 + extra)
            extra += 1
    return [chars[byte] for byte in range(256)]


def llama_cpp_permute(weights: np.ndarray, heads: int) -> np.ndarray:
    """llama.cpp's `LlamaModel.permute` (convert_hf_to_gguf.py), rows (h, 2, d/2) -> (h, d/2, 2)."""
    return (
        weights.reshape(heads, 2, weights.shape[0] // heads // 2, *weights.shape[1:])
        .swapaxes(1, 2)
        .reshape(weights.shape)
    )


@dataclass
class TinyLlama:
    """A two-layer llama with random weights and a byte-level BPE vocabulary."""

    hidden: int = 64
    heads: int = 4
    kv_heads: int = 2
    layers: int = 2
    intermediate: int = 128
    tied: bool = True
    # GGUF type of each tensor kind; norms are always F32, as llama.cpp writes them
    types: dict[str, str] = field(
        default_factory=lambda: {
            "token_embd": "Q8_0",
            "output": "Q4_0",
            "attn_q": "Q4_0",
            "attn_k": "Q4_1",
            "attn_v": "Q8_0",
            "attn_output": "F16",
            "ffn_gate": "Q4_1",
            "ffn_up": "Q4_0",
            "ffn_down": "F32",
        }
    )
    architecture: str = "llama"
    tokenizer_model: str = "gpt2"
    pre: str = "smollm"
    seed: int = 0
    weights: dict[str, np.ndarray] = field(init=False)  # GGUF name -> float32, HF row order

    def __post_init__(self) -> None:
        rng = np.random.default_rng(self.seed)
        head_dim = self.hidden // self.heads
        shapes = {
            "token_embd": (self.vocab_size, self.hidden),
            "output_norm": (self.hidden,),
        }
        if not self.tied:
            shapes["output"] = (self.vocab_size, self.hidden)
        for layer in range(self.layers):
            shapes |= {
                f"blk.{layer}.attn_norm": (self.hidden,),
                f"blk.{layer}.attn_q": (self.heads * head_dim, self.hidden),
                f"blk.{layer}.attn_k": (self.kv_heads * head_dim, self.hidden),
                f"blk.{layer}.attn_v": (self.kv_heads * head_dim, self.hidden),
                f"blk.{layer}.attn_output": (self.hidden, self.heads * head_dim),
                f"blk.{layer}.ffn_norm": (self.hidden,),
                f"blk.{layer}.ffn_gate": (self.intermediate, self.hidden),
                f"blk.{layer}.ffn_up": (self.intermediate, self.hidden),
                f"blk.{layer}.ffn_down": (self.hidden, self.intermediate),
            }
        self.weights = {}
        for name, shape in shapes.items():
            if name.endswith("norm"):
                self.weights[name] = (1 + 0.1 * rng.standard_normal(shape)).astype(np.float32)
            else:
                self.weights[name] = (0.3 * rng.standard_normal(shape)).astype(np.float32)

    @property
    def tokens(self) -> list[str]:
        merged = [merge.replace(" ", "") for merge in MERGES]
        return [*SPECIALS, *byte_tokens(), *merged, *UNMERGED]

    @property
    def vocab_size(self) -> int:
        return len(self.tokens)

    def kind(self, name: str) -> str:
        base = name.rsplit(".", 1)[-1]
        return "F32" if base.endswith("norm") else self.types.get(base, "F32")

    def stored(self, name: str) -> np.ndarray:
        """The weights as the GGUF file holds them, dequantized, in HF row order."""
        import gguf

        kind = gguf.GGMLQuantizationType[self.kind(name)]
        weights = self.weights[name]
        return gguf.quants.dequantize(gguf.quants.quantize(weights, kind), kind).reshape(
            weights.shape
        )

    def write(self, path: Path, metadata: dict[str, Any] | None = None) -> Path:
        """Write the model as llama.cpp's converter would; `metadata` adds or overrides keys."""
        import gguf

        head_dim = self.hidden // self.heads
        writer = gguf.GGUFWriter(str(path), self.architecture)
        writer.add_context_length(256)
        writer.add_embedding_length(self.hidden)
        writer.add_block_count(self.layers)
        writer.add_feed_forward_length(self.intermediate)
        writer.add_head_count(self.heads)
        writer.add_head_count_kv(self.kv_heads)
        writer.add_rope_dimension_count(head_dim)
        writer.add_rope_freq_base(10000.0)
        writer.add_layer_norm_rms_eps(1e-5)
        writer.add_tokenizer_model(self.tokenizer_model)
        writer.add_tokenizer_pre(self.pre)
        writer.add_token_list(self.tokens)
        writer.add_token_types([3] * len(SPECIALS) + [1] * (self.vocab_size - len(SPECIALS)))
        writer.add_token_merges(MERGES)
        writer.add_bos_token_id(1)
        writer.add_eos_token_id(2)
        writer.add_add_bos_token(False)
        writer.add_chat_template(CHAT_TEMPLATE)
        for key, value in (metadata or {}).items():
            writer.add_key_value(key, value, _value_type(value))
        for name, weights in self.weights.items():
            rows = weights
            base = name.rsplit(".", 1)[-1]
            if base == "attn_q":
                rows = llama_cpp_permute(weights, self.heads)
            elif base == "attn_k":
                rows = llama_cpp_permute(weights, self.kv_heads)
            kind = gguf.GGMLQuantizationType[self.kind(name)]
            writer.add_tensor(f"{name}.weight", gguf.quants.quantize(rows, kind), raw_dtype=kind)
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
        writer.close()
        return path

    def reference(self) -> Any:
        """The same model built directly in mlx-lm (float32), with the file's weights."""
        import mlx.core as mx
        from mlx_lm.models import llama

        args = llama.ModelArgs(
            model_type="llama",
            hidden_size=self.hidden,
            num_hidden_layers=self.layers,
            intermediate_size=self.intermediate,
            num_attention_heads=self.heads,
            num_key_value_heads=self.kv_heads,
            rms_norm_eps=1e-5,
            vocab_size=self.vocab_size,
            rope_theta=10000.0,
            tie_word_embeddings=self.tied,
        )
        model = llama.Model(args)
        params = []
        for name in self.weights:
            layer, _, base = name.rpartition(".")
            if not layer:
                target = {
                    "token_embd": "model.embed_tokens",
                    "output_norm": "model.norm",
                    "output": "lm_head",
                }[base]
            else:
                target = f"model.layers.{layer.split('.')[1]}.{LAYER_NAMES[base]}"
            params.append((f"{target}.weight", mx.array(self.stored(name))))
        model.load_weights(params)
        return model


def _value_type(value: Any) -> Any:
    import gguf

    if isinstance(value, bool):
        return gguf.GGUFValueType.BOOL
    if isinstance(value, int):
        return gguf.GGUFValueType.UINT32
    if isinstance(value, float):
        return gguf.GGUFValueType.FLOAT32
    return gguf.GGUFValueType.STRING
