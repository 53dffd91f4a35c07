"""Benchmark: decoding with a runtime adapter against the same model without one.

Builds a model of a real shape with random weights (4-bit, as the bot runs it), an
adapter of bobby's default shape (rank 8 on every linear layer of the last 16 blocks,
non-zero so it does change the output), and times batch-1 decoding, in one run, for:

- mlx-lm, no adapter (the reference);
- mlx-lm, adapter loaded by mlx-lm (`load(model, adapter_path=...)`'s layers);
- bobby, adapter applied at run time (`bobby.runtime.attach`);
- bobby, no adapter (the regrouped projections alone);

then candidates per second for `-n 16` (one batched pass) and the memory bound: bytes
of weights read per token over the device's bandwidth.

    python bench/decode.py --shape qwen3-8b [--tokens 256] [--bandwidth 3.35e12]
    python bench/decode.py --shape smollm2            # CPU-sized
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import mlx.core as mx
import mlx.nn as nn
from mlx.utils import tree_flatten
from mlx_lm.generate import batch_generate, generate_step
from mlx_lm.models import llama, qwen3
from mlx_lm.tuner.utils import linear_to_lora_layers, load_adapters

from bobby import runtime

SHAPES = {
    "qwen3-8b": (qwen3, dict(model_type="qwen3", hidden_size=4096, num_hidden_layers=36, intermediate_size=12288,
                             num_attention_heads=32, num_key_value_heads=8, head_dim=128, rms_norm_eps=1e-6,
                             vocab_size=151936, max_position_embeddings=40960, rope_theta=1e6,
                             tie_word_embeddings=False), 64),
    "smollm2": (llama, dict(model_type="llama", hidden_size=576, num_hidden_layers=30, intermediate_size=1536,
                            num_attention_heads=9, num_key_value_heads=3, rms_norm_eps=1e-5, vocab_size=49152,
                            rope_theta=100000, tie_word_embeddings=True), 32),
    "tiny": (llama, dict(model_type="llama", hidden_size=128, num_hidden_layers=18, intermediate_size=256,
                         num_attention_heads=4, num_key_value_heads=2, rms_norm_eps=1e-5, vocab_size=1000,
                         tie_word_embeddings=True), 32),
}  # fmt: skip


class Maker:
    """Builds the same random quantized model again and again from saved weights."""

    def __init__(self, shape: str, folder: Path) -> None:
        self.module, args, self.group = SHAPES[shape]
        self.args = self.module.ModelArgs(**args)
        self.path = folder / "base.safetensors"
        mx.random.seed(0)
        model = self.module.Model(self.args)
        model.set_dtype(mx.bfloat16)
        nn.quantize(model, group_size=self.group, bits=4)
        mx.eval(model.parameters())
        mx.save_safetensors(str(self.path), dict(tree_flatten(model.parameters())))
        self.bytes = sum(v.nbytes for _, v in tree_flatten(model.parameters()))
        del model

    def __call__(self):
        model = self.module.Model(self.args)
        model.set_dtype(mx.bfloat16)
        nn.quantize(model, group_size=self.group, bits=4)
        model.load_weights(str(self.path))
        mx.eval(model.parameters())
        model.eval()
        return model


def write_adapter(make: Maker, folder: Path) -> Path:
    model = make()
    parameters = {"rank": 8, "scale": 20.0, "dropout": 0.0}
    linear_to_lora_layers(model, 16, parameters)
    mx.random.seed(1)
    weights = {
        k: (mx.random.normal(v.shape) * 0.01).astype(mx.float32)
        for k, v in tree_flatten(model.parameters())
        if k.endswith(("lora_a", "lora_b"))
    }
    mx.save_safetensors(str(folder / "adapters.safetensors"), weights)
    (folder / "adapter_config.json").write_text(
        json.dumps({"fine_tune_type": "lora", "num_layers": 16, "lora_parameters": parameters})
    )
    return folder


def decode_rate(model, tokens: int, repeat: int) -> float:
    """Tokens per second of batch-1 greedy decoding after the first token."""
    prompt = mx.array(list(range(100, 132)))
    rates = []
    for _ in range(repeat + 1):  # the first round warms up (kernel compilation)
        steps = generate_step(prompt, model, max_tokens=tokens)
        next(steps)
        began = time.perf_counter()
        count = sum(1 for _ in steps)
        rates.append(count / (time.perf_counter() - began))
    return statistics.median(rates[1:])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shape", choices=SHAPES, default="smollm2")
    parser.add_argument("--tokens", type=int, default=256)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument(
        "--bandwidth", type=float, default=3.35e12, help="bytes/s of the device's memory"
    )
    args = parser.parse_args()
    print(f"$ python bench/decode.py --shape {args.shape} --tokens {args.tokens}")
    print(f"device: {mx.default_device()}, {platform.machine()}, mlx {mx.__version__}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make = Maker(args.shape, folder)
        adapter = write_adapter(make, folder)
        models = {"mlx-lm, no adapter": make()}
        models["bobby, no adapter"] = make()
        runtime.regroup(models["bobby, no adapter"])
        models["mlx-lm, runtime adapter"] = make()
        load_adapters(models["mlx-lm, runtime adapter"], str(adapter))
        models["mlx-lm, runtime adapter"].eval()
        models["bobby, runtime adapter"] = make()
        runtime.attach(models["bobby, runtime adapter"], adapter)
        # The variants take turns, round after round, so that clock and temperature drift
        # reaches them all alike; each reports the median of its rounds.
        runs: dict[str, list[float]] = {name: [] for name in models}
        for _ in range(args.repeat):
            for name, model in models.items():
                runs[name].append(decode_rate(model, args.tokens, 1))
        rates = {name: statistics.median(values) for name, values in runs.items()}
        model = models["bobby, runtime adapter"]
        reference = rates["mlx-lm, no adapter"]
        for name, rate in rates.items():
            print(f"{name:28s} {rate:8.1f} tokens/s  {rate / reference:5.2f}x")
        print(
            f"weights read per token: {make.bytes / 1e9:.2f} GB; bound at {args.bandwidth / 1e12:.2f} TB/s: {args.bandwidth / make.bytes:.0f} tokens/s"
        )
        prompts = [list(range(100, 132))] * args.batch
        batch_generate(model, _Tokenizer(), prompts, max_tokens=16)  # warm up
        began = time.perf_counter()
        batch_generate(model, _Tokenizer(), prompts, max_tokens=64)
        elapsed = time.perf_counter() - began
        print(
            f"-n {args.batch}: {args.batch} candidates of 64 tokens in {elapsed:.2f} s: {args.batch / elapsed:.1f} candidates/s ({args.batch * 64 / elapsed:.0f} tokens/s)"
        )
        print(f"peak memory {mx.get_peak_memory() / 2**30:.1f} GiB")


class _Tokenizer:
    """What batch_generate needs of a tokenizer, for a model without one."""

    eos_token_ids: frozenset[int] = frozenset()

    def decode(self, tokens: list[int]) -> str:
        return " ".join(map(str, tokens))


if __name__ == "__main__":
    main()
