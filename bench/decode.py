"""Benchmark: decoding with a runtime adapter, per base form and batch size, against mlx-lm.

Builds a model of a real shape with random weights (4-bit, as the bot runs it), an
adapter of bobby's default shape (rank 8 on every linear layer of the last 16 blocks,
non-zero so it does change the output), and measures in one run, the variants taking
turns round after round (median of the rounds, every round printed):

- mlx-lm, no adapter, its own decoding loop (`generate_step`): the reference;
- mlx-lm, adapter loaded by mlx-lm;
- bobby's runtime adapter (`bobby.runtime.attach`) in mlx-lm's loop, 4-bit base;
- bobby's runtime adapter through `bobby.decode` (compiled step, fixed-size cache), for
  each base form (`quantized`, `float32`, `bf16`: `bobby.backend.fit_to_device`) at
  batch 1 and, but for `quantized`, at `--batches` (tokens/s summed over the rows);
- at batch 1 on the 4-bit base, the same with MLX's own 4-bit kernels instead of
  `bobby.qmv`, and with those and the adapter's B product and add apart (as the
  previous session ran it), in `bobby.decode` and in mlx-lm's loop; with `--ablations` also with attention through MLX's masked path instead
  of `bobby.attention`'s kernel ("mask attention") and with the adapter's B product and
  add as two operations instead of one ("separate add"): what each saves;
- with `--others`: mlx-lm's `batch_generate` at the first of `--batches` (what `-n 16`
  used before) and mlx-lm's own adapter layers.

Then whether `bobby.decode`'s greedy tokens are mlx-lm's (4-bit base, batch 1), a
per-token breakdown at batch 1 (time to build the step's graph on the host, time until
the GPU has computed it), compiled, with and without the attention kernel, and the
memory bound.

    python bench/decode.py --shape qwen3-8b [--tokens 128] [--rounds 5] [--bandwidth 4.8e12]
    python bench/decode.py --shape tiny --tokens 16 --rounds 1   # a smoke test on the CPU
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

from bobby import backend

backend.prepare()  # before MLX loads, as bobby's commands do: OpenBLAS on the CPU, no TF32

import mlx.core as mx  # noqa: E402
import mlx.nn as nn  # noqa: E402
from mlx.utils import tree_flatten  # noqa: E402
from mlx_lm.generate import batch_generate, generate_step  # noqa: E402
from mlx_lm.models import llama, qwen3  # noqa: E402
from mlx_lm.tuner.utils import linear_to_lora_layers, load_adapters  # noqa: E402

from bobby import runtime  # noqa: E402
from bobby.decode import LENGTH_STEP, _steps, decode  # noqa: E402

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


PROMPT = list(range(100, 132))


def loop_rate(model, tokens: int) -> float:
    """Tokens per second of mlx-lm's batch-1 greedy loop, after the first token."""
    steps = generate_step(mx.array(PROMPT), model, max_tokens=tokens)
    next(steps)
    began = time.perf_counter()
    count = sum(1 for _ in steps)
    return count / (time.perf_counter() - began)


def decode_rate(model, tokens: int, batch: int, fused: bool = True) -> float:
    """Tokens per second (all rows) of `bobby.decode`, after each row's first token."""
    times = []
    decode(
        model,
        _Tokenizer(),
        [PROMPT] * batch,
        tokens,
        on_token=lambda n: times.append(time.perf_counter()),
        fused=fused,
    )
    return batch * (len(times) - 1) / (times[-1] - times[0])


def batch_generate_rate(model, tokens: int, batch: int) -> float:
    """Tokens per second of mlx-lm's `batch_generate`, start to end (prefill included)."""
    began = time.perf_counter()
    batch_generate(model, _Tokenizer(), [PROMPT] * batch, max_tokens=tokens)
    return batch * tokens / (time.perf_counter() - began)


def breakdown(model, tokens: int, compiled: bool, fused: bool = True) -> tuple[float, float]:
    """(host ms, host + GPU ms) per token at batch 1, each step evaluated before the next."""
    length = -(-(len(PROMPT) + 4) // LENGTH_STEP) * LENGTH_STEP
    store, plain, fast = _steps(model, 1, length, fused)
    layers = len(model.layers)
    decode(model, _Tokenizer(), [PROMPT], 4, compiled=compiled, fused=fused)
    # the cache as decode leaves it before the last token (decode drops its buffers)
    store.update(keys=[None] * layers, values=[None] * layers, index=mx.array(0, mx.int32))
    store["padding"] = mx.array([0], mx.int32)
    plain(mx.array([PROMPT]))
    mx.eval(store)
    step = fast if compiled else plain
    token = mx.array([[PROMPT[-1]]])
    host, total = [], []
    for _ in range(min(tokens, 30)):
        store["index"] = mx.array(len(PROMPT) - 1, mx.int32)
        began = time.perf_counter()
        logits = step(token)
        built = time.perf_counter()
        mx.eval(logits)
        host.append(built - began)
        total.append(time.perf_counter() - began)
    return 1e3 * statistics.median(host[2:]), 1e3 * statistics.median(total[2:])


def check_own_kernel() -> None:
    """`bobby.qmv` against the exact product on a small case; if it fails (or does not
    compile), the bench goes on with MLX's 4-bit kernels and says so."""
    from bobby import qmv

    mx.random.seed(0)
    w, scales, biases = mx.quantize(mx.random.normal((256, 512)).astype(mx.bfloat16), 64, 4)
    x = mx.random.normal((2, 512)).astype(mx.bfloat16)
    if not qmv.applies(x, w, scales, biases, 64, 4):
        return
    try:
        got = qmv.product(x, w, scales, biases, 64).astype(mx.float32)
        values = mx.dequantize(w, scales.astype(mx.float32), biases.astype(mx.float32), 64, 4)
        with mx.stream(mx.cpu):
            exact = x.astype(mx.float32) @ values.T
        error = (mx.abs(got - exact).max() / mx.abs(exact).max()).item()
    except Exception as failure:  # a benchmark reports it and goes on
        error = f"{type(failure).__name__}: {failure}"
    print(f"bobby.qmv check: largest error {error} of the largest output", flush=True)
    if not isinstance(error, float) or error > 2**-8:
        runtime._classes()[0].own_kernel = False
        print("bobby.qmv off: MLX's 4-bit kernels everywhere", flush=True)


def greedy_check(make, adapter: Path, quantized, variants: dict) -> None:
    """How many of 64 greedy tokens each of bobby's ways writes as mlx-lm's loop over its
    own adapter layers does, and how close mlx-lm's top two were where they part."""
    reference = make()
    load_adapters(reference, str(adapter))
    reference.eval()
    steps = list(generate_step(mx.array(PROMPT), reference, max_tokens=64))
    expected = [token for token, _ in steps]
    checks = {
        "bobby adapter, mlx-lm loop": [
            token for token, _ in generate_step(mx.array(PROMPT), quantized, max_tokens=64)
        ],
        "bobby.decode": decode(quantized, _Tokenizer(), [PROMPT], 64)[0].tokens,
    }
    for name, model in variants.items():
        checks[f"bobby.decode, {name}"] = decode(model, _Tokenizer(), [PROMPT], 64)[0].tokens
    for name, tokens in checks.items():
        same = next((i for i, (a, b) in enumerate(zip(tokens, expected)) if a != b), 64)  # noqa: B905
        gap = ""
        if same < 64:
            low, high = mx.sort(steps[same][1])[-2:].tolist()
            gap = f"; there mlx-lm's top two log-probabilities are {high - low:.4f} apart"
        print(
            f"greedy tokens, 4-bit, batch 1, {name}: the first {same} of 64 are mlx-lm's adapter's{gap}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shape", choices=SHAPES, default="smollm2")
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--batch-tokens", type=int, default=64, help="tokens per row when batched")
    parser.add_argument("--batches", default="16,32")
    parser.add_argument("--forms", default="quantized,float32,bf16")
    parser.add_argument(
        "--others", action=argparse.BooleanOptionalAction, default=True,
        help="also mlx-lm's adapter layers, bobby's adapter in mlx-lm's loop, batch_generate",
    )  # fmt: skip
    parser.add_argument(
        "--ablations", action=argparse.BooleanOptionalAction, default=False,
        help="also batch 1 with attention through MLX's mask and with B's product and add apart",
    )  # fmt: skip
    parser.add_argument(
        "--bandwidth", type=float, default=4.8e12, help="bytes/s of the device's memory"
    )
    args = parser.parse_args()
    batches = [int(b) for b in args.batches.split(",")]
    print(
        f"$ python bench/decode.py --shape {args.shape} --tokens {args.tokens} --rounds {args.rounds}"
    )
    print(
        f"device: {mx.default_device()}, {platform.machine()}, mlx {mx.__version__}, {mx.device_info()}",
        flush=True,
    )
    check_own_kernel()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make = Maker(args.shape, folder)
        adapter = write_adapter(make, folder)
        loops = {"mlx-lm, no adapter": make()}
        if args.others:
            loops["mlx-lm, adapter (mlx-lm layers)"] = make()
            load_adapters(loops["mlx-lm, adapter (mlx-lm layers)"], str(adapter))
            loops["mlx-lm, adapter (mlx-lm layers)"].eval()
        held = {}
        for form in args.forms.split(","):
            model = make()
            note = backend.fit_to_device(model, form)
            runtime.attach(model, adapter)
            held[form] = model
            print(f"{form}: {backend.base_form(model)} base, {note}", flush=True)
        quantized = held.get("quantized")
        variants = {}  # the 4-bit base with one of bobby's changes undone
        if quantized is not None:
            loops["bobby adapter, quantized, mlx-lm loop"] = quantized
            undone = {
                "MLX 4-bit kernels": ("own_kernel",),
                "MLX 4-bit kernels, separate add": ("own_kernel", "fold_add"),
            }
            if args.ablations:
                undone["separate add"] = ("fold_add",)
            for name, switches in undone.items():
                variants[name] = make()
                backend.fit_to_device(variants[name], "quantized")
                runtime.attach(variants[name], adapter)
                for _, module in variants[name].named_modules():
                    if type(module).__name__ == "SharedInput":
                        for switch in switches:
                            setattr(module, switch, False)
            # bobby's adapter as the previous session measured it in mlx-lm's loop
            loops["bobby adapter, quantized, mlx-lm loop, MLX 4-bit kernels, separate add"] = (
                variants["MLX 4-bit kernels, separate add"]
            )
        # the variants take turns, round after round, so that clock and temperature drift
        # reaches them all alike; the first round warms up (kernel compilation)
        measures = {name: (lambda m=m: loop_rate(m, args.tokens)) for name, m in loops.items()}
        for form, model in held.items():
            for batch in [1, *batches]:
                measures[f"bobby.decode, {form}, batch {batch}"] = lambda m=model, b=batch: (
                    decode_rate(m, args.tokens if b == 1 else args.batch_tokens, b)
                )
        for name, model in variants.items():
            measures[f"bobby.decode, quantized, batch 1, {name}"] = lambda m=model: decode_rate(
                m, args.tokens, 1
            )
        if args.ablations and quantized is not None:
            measures["bobby.decode, quantized, batch 1, mask attention"] = lambda: decode_rate(
                quantized, args.tokens, 1, fused=False
            )
        if args.others and quantized is not None:
            name = f"mlx-lm batch_generate, bobby adapter, quantized, batch {batches[0]}"
            measures[name] = lambda: batch_generate_rate(quantized, args.batch_tokens, batches[0])
        runs: dict[str, list[float]] = {name: [] for name in measures}
        for round_ in range(args.rounds + 1):
            for name, measure in measures.items():
                rate = measure()
                if round_:
                    runs[name].append(rate)
            if round_:
                reference = runs["mlx-lm, no adapter"][-1]
                print(
                    f"round {round_}: "
                    + ", ".join(
                        f"{name}: {values[-1]:.1f} ({values[-1] / reference:.2f}x)"
                        for name, values in runs.items()
                    ),
                    flush=True,
                )
        reference = statistics.median(runs["mlx-lm, no adapter"])
        print(f"\n{'variant':62s} {'tokens/s':>9s}  vs mlx-lm no adapter, batch 1")
        for name, values in runs.items():
            rate = statistics.median(values)
            print(
                f"{name:62s} {rate:9.1f}  {rate / reference:6.2f}x   rounds: {' '.join(f'{v:.0f}' for v in values)}"
            )
        if quantized is not None:
            greedy_check(make, adapter, quantized, variants)
        for form, model in [*held.items(), *(("quantized, " + n, m) for n, m in variants.items())]:
            for fused in (True, False) if args.ablations else (True,):
                host, total = breakdown(model, args.tokens, True, fused)
                print(
                    f"per token, batch 1, {form}, compiled, {'kernel' if fused else 'mask'} attention: host {host:.2f} ms, host + GPU {total:.2f} ms",
                    flush=True,
                )
        print(
            f"4-bit weights read per token: {make.bytes / 1e9:.2f} GB; bound at {args.bandwidth / 1e12:.2f} TB/s: {args.bandwidth / make.bytes:.0f} tokens/s"
        )
        print(f"peak memory {mx.get_peak_memory() / 2**30:.1f} GiB")


class _Tokenizer:
    """What batch_generate needs of a tokenizer, for a model without one."""

    eos_token_ids: frozenset[int] = frozenset()

    def decode(self, tokens: list[int]) -> str:
        return " ".join(map(str, tokens))


if __name__ == "__main__":
    main()
