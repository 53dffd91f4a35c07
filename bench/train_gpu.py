"""Benchmark: LoRA training of an 8B-shaped 4-bit model on a GPU, several ways.

A Qwen3-8B-shaped model (36 blocks, hidden 4096, random weights, 4-bit, group 64) is
trained for `--steps` steps at batch 4 x 256 tokens with bobby's default adapter (rank 8,
scale 20, dropout 0, every linear layer of the last 16 blocks, learning rate 1e-5), one
optimizer update per batch, each side in its own process, in one run:

- `mlx_lm.lora`'s own training function (`train_model`) on the 4-bit model;
- bobby's (`bobby.train.train`) on the same folder, once per base form (`bobby` is the
  automatic choice, `bobby.train.form`'s rule; `bobby-bf16`, `bobby-quantized` set
  `BOBBY_BASE_FORM`; `bobby-tf32` is float32 with MLX's TF32 products allowed; a
  `-ckpt` suffix adds gradient checkpointing);
- PyTorch + PEFT LoRA (same rank, alpha = 20 x rank, same layers) on a bfloat16 model of
  the same shape (PEFT trains over full-precision weights; that is its usual set-up).

Reports median tokens/s after the first steps (which compile) and peak GPU memory. Then,
the cron case: `bobby generate` against `mlx_lm.generate`, each run twice as a fresh
process, the second timed (kernels compiled by the first), from start to first text,
and where a fresh process spends its time (`bench/cold_start.py --stages`).

    python bench/train_gpu.py [--steps 50] [--shape qwen3-8b] [--sides bobby,bobby-bf16,peft]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.train_cpu import make_data, settings  # noqa: E402

SHAPES = {
    "qwen3-8b": {
        "model_type": "qwen3", "hidden_size": 4096, "num_hidden_layers": 36, "intermediate_size": 12288,
        "num_attention_heads": 32, "num_key_value_heads": 8, "head_dim": 128, "rms_norm_eps": 1e-6,
        "vocab_size": 151936, "max_position_embeddings": 40960, "rope_theta": 1000000.0,
        "tie_word_embeddings": False,
    },
    "tiny": {
        "model_type": "qwen3", "hidden_size": 128, "num_hidden_layers": 18, "intermediate_size": 256,
        "num_attention_heads": 4, "num_key_value_heads": 2, "head_dim": 32, "rms_norm_eps": 1e-6,
        "vocab_size": 4096, "max_position_embeddings": 4096, "rope_theta": 1000000.0,
        "tie_word_embeddings": False,
    },
}  # fmt: skip
CHATML = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def write_model(folder: Path, config: dict) -> Path:
    """Random weights of `config`, bfloat16, quantized to 4 bits (group 64), with a word-level
    tokenizer covering the whole vocabulary (so any sampled id decodes) and a chat template."""
    import mlx.core as mx
    import mlx.nn as nn
    from mlx_lm.models import qwen3
    from mlx_lm.utils import save_config, save_model
    from tokenizers import Tokenizer, models, pre_tokenizers

    config = {**config, "quantization": {"group_size": 64, "bits": 4}}
    mx.random.seed(0)
    model = qwen3.Model(qwen3.ModelArgs.from_dict(config))
    model.set_dtype(mx.bfloat16)
    nn.quantize(model, group_size=64, bits=4)
    folder.mkdir(parents=True, exist_ok=True)
    save_model(folder, model)
    save_config(config, folder / "config.json")
    specials = ["<|im_start|>", "<|im_end|>"]
    vocab = {name: i for i, name in enumerate(specials)}
    vocab |= {f"w{i}": i for i in range(len(specials), config["vocab_size"])}
    tokenizer = Tokenizer(models.WordLevel(vocab, unk_token="w2"))
    tokenizer.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tokenizer.add_special_tokens(specials)
    tokenizer.save(str(folder / "tokenizer.json"))
    tokenizer_config = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "eos_token": "<|im_end|>",
        "unk_token": "w2",
        "chat_template": CHATML,
    }
    (folder / "tokenizer_config.json").write_text(json.dumps(tokenizer_config))
    return folder


def peft_side(config: dict, steps: int, seq: int, batch: int) -> dict:
    """PyTorch + PEFT: the same shape in bfloat16, the same adapter, AdamW."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, Qwen3Config

    torch.manual_seed(0)
    hf = Qwen3Config(
        **{k: v for k, v in config.items() if k != "model_type"}, torch_dtype="bfloat16"
    )
    with torch.device("cuda"):
        model = AutoModelForCausalLM.from_config(hf, torch_dtype=torch.bfloat16)
    layers = config["num_hidden_layers"]
    lora = LoraConfig(
        r=8, lora_alpha=160, lora_dropout=0.0, layers_to_transform=list(range(layers - 16, layers)),
        target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    )  # fmt: skip
    model = get_peft_model(model, lora)
    model.train()
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-5)
    times = []
    for _ in range(steps):
        ids = torch.randint(0, config["vocab_size"], (batch, seq), device="cuda")
        torch.cuda.synchronize()
        began = time.perf_counter()
        loss = model(input_ids=ids, labels=ids).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        torch.cuda.synchronize()
        times.append(time.perf_counter() - began)
    step = statistics.median(times[3:])
    return {
        "tokens_per_second": batch * seq / step,
        "peak_memory_gb": torch.cuda.max_memory_allocated() / 1e9,
    }


def side_env(kind: str) -> dict[str, str]:
    """bobby-FORM sets the base form; bobby-tf32 is float32 with MLX's TF32 products allowed."""
    if kind == "bobby-tf32":
        return {"BOBBY_BASE_FORM": "float32", "MLX_ENABLE_TF32": "1"}
    form = kind.removesuffix("-ckpt").partition("-")[2] or "auto"
    return {"BOBBY_BASE_FORM": form} if kind.startswith("bobby") else {}


def side(kind: str, config: dict, shape: dict, steps: int) -> dict:
    if kind == "peft":
        return peft_side(shape, steps, config["max_seq_length"], config["batch_size"])
    from bench.train_cpu import run_bobby, run_mlx_lm

    reports = run_mlx_lm(config) if kind == "mlx-lm" else run_bobby(config)
    return {
        "tokens_per_second": statistics.median(r["tokens_per_second"] for r in reports[3:]),
        "peak_memory_gb": max(r["peak_memory_gb"] for r in reports),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shape", choices=SHAPES, default="qwen3-8b")
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument(
        "--sides", default="mlx-lm,bobby,bobby-tf32,bobby-bf16,bobby-quantized,peft"
    )
    parser.add_argument("--cold-start", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--config", help=argparse.SUPPRESS)
    args = parser.parse_args()
    shape = SHAPES[args.shape]
    if args.worker:
        print(
            "RESULT " + json.dumps(side(args.worker, json.loads(args.config), shape, args.steps)),
            flush=True,
        )
        return
    import mlx.core as mx

    print(f"$ python bench/train_gpu.py --shape {args.shape} --steps {args.steps}")
    print(f"device: {mx.default_device()}, mlx {mx.__version__}")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        model = write_model(tmp / "model", shape)
        data = make_data(tmp / "data", 256)
        results = {}
        for kind in args.sides.split(","):
            config = settings(str(model), str(data), str(tmp / f"adapters-{kind}"), 256, args.steps)
            config["batch_size"] = 4
            config["grad_checkpoint"] = kind.endswith("-ckpt")
            command = [sys.executable, __file__, "--shape", args.shape, "--steps", str(args.steps),
                       "--worker", kind, "--config", json.dumps(config)]  # fmt: skip
            run = subprocess.run(
                command, capture_output=True, text=True, check=False, env={**env, **side_env(kind)}
            )
            line = next((x for x in run.stdout.splitlines() if x.startswith("RESULT ")), None)
            if line is None:
                print(f"{kind} failed:\n{run.stderr[-2000:]}", flush=True)
                continue
            results[kind] = json.loads(line[7:])
            for note in (x for x in run.stderr.splitlines() if x.startswith("base form: ")):
                print(f"{kind}: {note}", flush=True)
            print(
                f"{kind}: {results[kind]['tokens_per_second']:.0f} tokens/s, peak {results[kind]['peak_memory_gb']:.1f} GB",
                flush=True,
            )
        reference = "peft" if "peft" in results else next(iter(results), None)
        for kind, result in results.items():
            ratio = result["tokens_per_second"] / results[reference]["tokens_per_second"]
            print(
                f"{kind:16s} {result['tokens_per_second']:8.0f} tokens/s  {result['peak_memory_gb']:5.1f} GB  {ratio:.2f}x {reference}"
            )
        adapter = tmp / "adapters-bobby"
        if args.cold_start and (adapter / "adapters.safetensors").is_file():
            from bench.cold_start import measure, stage_run

            for _ in range(2):  # the first warms the caches
                parts = stage_run(str(model), str(adapter))
            for name, seconds in parts.items():
                print(
                    f"  cold start, {name:40s} {seconds if isinstance(seconds, str) else f'{seconds:6.2f} s'}"
                )

            for name, seconds in measure(
                str(model), str(adapter), str(tmp / "none"), "w5 w6 w7", 1
            ).items():
                print(f"cold start, second process: {name}: {seconds:.2f} s to the first candidate")


if __name__ == "__main__":
    main()
