"""Benchmark: LoRA training on the CPU, plain mlx-lm on the 4-bit model against bobby.

The model is SmolLM2-135M: the imported one (`--model DIR`) or, by default, random
weights of its exact shape (llama, hidden 576, 30 layers, 9 heads, 3 kv heads, head_dim
64, intermediate 1536, vocab 49152, tied embeddings) quantized like the GGUF import
(4 bits, group 32, float16 scales). Both sides train the same settings (rank 8, scale
20, the last 16 blocks, batch 1, sequences of `--seq` tokens, Adam) on the same data:

- mlx-lm: `mlx_lm.lora.train_model`, the function `mlx_lm.lora --train` runs, on the
  model as loaded (4-bit), in a process with the BLAS that the mlx[cpu] wheel bundles;
- bobby: `bobby.train.train`, which loads OpenBLAS before MLX and dequantizes the model
  to float32 in memory (see bobby/backend.py);
- with `--all`, also bobby with `BOBBY_OPENBLAS=off`, to show what each half buys.

Each side runs in its own fresh process (which BLAS serves MLX is fixed per process),
the sides alternate for `--rounds` rounds, and each reports the median tokens/s of its
steps after the first (which compiles) and its peak memory. The machine and the ratio
are printed with the command.

Run: `PYTHONPATH=$PWD python bench/train_cpu.py [--model DIR] [--seq 64] [--rounds 2]`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMOLLM2_SHAPE = {
    "model_type": "llama",
    "hidden_size": 576,
    "num_hidden_layers": 30,
    "intermediate_size": 1536,
    "num_attention_heads": 9,
    "num_key_value_heads": 3,
    "head_dim": 64,
    "rms_norm_eps": 1e-5,
    "vocab_size": 49152,
    "rope_theta": 100000.0,
    "tie_word_embeddings": True,
    "max_position_embeddings": 8192,
}
SIDES = {
    "mlx-lm (4-bit, bundled BLAS)": ("mlx-lm", {}),
    "bobby (float32, bundled BLAS)": ("bobby", {"BOBBY_OPENBLAS": "off"}),
    "bobby (float32, OpenBLAS)": ("bobby", {}),
}


def settings(model: str, data: str, adapters: str, seq: int, steps: int) -> dict:
    """The run both sides train, under mlx_lm.lora's names."""
    return {
        "model": model,
        "data": data,
        "adapter_path": adapters,
        "fine_tune_type": "lora",
        "num_layers": 16,
        "lora_parameters": {"rank": 8, "scale": 20.0, "dropout": 0.0},
        "batch_size": 1,
        "grad_accumulation_steps": 1,
        "iters": steps,
        "learning_rate": 1e-5,
        "max_seq_length": seq,
        "mask_prompt": False,
        "steps_per_report": 1,
        "steps_per_eval": 10**9,
        "save_every": 10**9,
        "seed": 0,
    }


def run_mlx_lm(config: dict) -> list[dict]:
    """mlx_lm.lora's own training function, reports collected by a callback."""
    import types

    from mlx_lm.lora import CONFIG_DEFAULTS, train_model
    from mlx_lm.tuner.datasets import load_dataset
    from mlx_lm.tuner.trainer import TrainingCallback
    from mlx_lm.utils import load

    class Collect(TrainingCallback):
        def __init__(self) -> None:
            self.reports: list[dict] = []

        def on_train_loss_report(self, info: dict) -> None:
            self.reports.append(
                {
                    "tokens_per_second": info["tokens_per_second"],
                    "peak_memory_gb": info["peak_memory"],
                }
            )

    args = types.SimpleNamespace(**{**CONFIG_DEFAULTS, **config, "train": True})
    model, tokenizer = load(args.model)
    train_set, valid_set, _ = load_dataset(args, tokenizer)
    collect = Collect()
    train_model(args, model, train_set, valid_set, collect)
    return collect.reports


def run_bobby(config: dict) -> list[dict]:
    """bobby's library call; its metrics.jsonl has one report per step. The header's
    note on the base form goes to stderr."""
    from bobby.progress import TrainStart
    from bobby.train import train, train_settings

    def tell(event) -> None:
        if isinstance(event, TrainStart):
            print(f"base form: {event.device_note}", file=sys.stderr, flush=True)

    options = train_settings(
        {key: value for key, value in config.items() if key != "lora_parameters"}
    )
    train(options, progress=tell)
    lines = (Path(config["adapter_path"]) / "metrics.jsonl").read_text().splitlines()
    return [record for record in map(json.loads, lines) if "train_loss" in record]


def worker(kind: str, config: dict) -> None:
    reports = run_mlx_lm(config) if kind == "mlx-lm" else run_bobby(config)
    rates = [report["tokens_per_second"] for report in reports[1:]]
    result = {
        "tokens_per_second": statistics.median(rates),
        "peak_memory_gb": max(r["peak_memory_gb"] for r in reports),
    }
    print("RESULT " + json.dumps(result), flush=True)


def make_model(folder: Path, dtype: str) -> Path:
    sys.path.insert(0, str(ROOT))
    from tests.tiny_model import write_model, write_tokenizer

    write_tokenizer(folder)
    return write_model(folder, SMOLLM2_SHAPE, dtype=dtype)


def make_data(folder: Path, seq: int) -> Path:
    """Text records each longer than `seq` tokens, so every step trains exactly `seq`."""
    sys.path.insert(0, str(ROOT))
    from tests.tiny_model import posts

    folder.mkdir(parents=True, exist_ok=True)
    texts = posts(seq)  # several tokens each
    lines = [json.dumps({"text": " ".join(texts[i:] + texts[:i])}) for i in range(16)]
    (folder / "train.jsonl").write_text("\n".join(lines) + "\n")
    return folder


def machine() -> str:
    name = platform.processor() or "unknown CPU"
    with contextlib.suppress(OSError, StopIteration):
        lines = Path("/proc/cpuinfo").read_text().splitlines()
        name = next(
            line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")
        )
    import mlx.core as mx

    load = os.getloadavg() if hasattr(os, "getloadavg") else ()
    return f"{name}, {os.cpu_count()} cores, load {' '.join(f'{x:.1f}' for x in load)}; {platform.platform()}; mlx {mx.__version__}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--model", help="an imported SmolLM2 folder (default: random weights of its shape)"
    )
    parser.add_argument(
        "--dtype",
        default="float16",
        help="scales' type of the random model (float16 as GGUF imports)",
    )
    parser.add_argument("--seq", type=int, default=64, help="tokens per step (batch 1)")
    parser.add_argument(
        "--steps", type=int, default=4, help="mlx-lm steps per round (the first compiles)"
    )
    parser.add_argument("--bobby-steps", type=int, default=12, help="bobby steps per round")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--all", action="store_true", help="also bobby without OpenBLAS")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--config", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, json.loads(args.config))
        return

    print("$ " + " ".join(["python", *sys.argv]))
    sides = (
        SIDES
        if args.all
        else {
            name: side
            for name, side in SIDES.items()
            if "bundled BLAS" not in name or side[0] == "mlx-lm"
        }
    )
    results: dict[str, list[dict]] = {name: [] for name in sides}
    with tempfile.TemporaryDirectory() as tmp:
        model = args.model or str(make_model(Path(tmp) / "model", args.dtype))
        data = str(make_data(Path(tmp) / "data", args.seq))
        for round_number in range(args.rounds):
            for index, (name, (kind, env)) in enumerate(sides.items()):
                steps = args.steps if kind == "mlx-lm" else args.bobby_steps
                config = settings(
                    model,
                    data,
                    str(Path(tmp) / f"adapters-{index}-{round_number}"),
                    args.seq,
                    steps,
                )
                command = [
                    sys.executable,
                    __file__,
                    "--worker",
                    kind,
                    "--config",
                    json.dumps(config),
                ]
                run = subprocess.run(
                    command,
                    capture_output=True,
                    text=True,
                    env={**os.environ, "PYTHONPATH": str(ROOT), **env},
                    check=False,
                )
                line = next(
                    (line for line in run.stdout.splitlines() if line.startswith("RESULT ")), None
                )
                if line is None:
                    sys.exit(f"{name} failed:\n{run.stderr[-3000:]}")
                results[name].append(json.loads(line[len("RESULT ") :]))
                print(
                    f"round {round_number + 1}: {name}: {results[name][-1]['tokens_per_second']:.1f} tokens/s",
                    flush=True,
                )
    print(f"\nmachine: {machine()}")
    print(
        f"model: {args.model or f'random SmolLM2-135M shape, 4-bit group 32, {args.dtype} scales'}; batch 1 x {args.seq} tokens, LoRA rank 8 on 16 blocks"
    )
    base = statistics.median(r["tokens_per_second"] for r in results[next(iter(sides))])
    print(f"{'':32} {'tokens/s':>9} {'peak GB':>8} {'vs mlx-lm':>9}")
    for name, runs in results.items():
        rate = statistics.median(r["tokens_per_second"] for r in runs)
        print(
            f"{name:32} {rate:9.1f} {max(r['peak_memory_gb'] for r in runs):8.2f} {rate / base:8.1f}x"
        )


if __name__ == "__main__":
    main()
