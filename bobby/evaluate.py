"""`bobby eval`: does the fine-tune survive deployment? Measured, on held-out posts.

The project's founding claim is that an adapter must be applied at run time over the
quantized base, because merging it into the weights and quantizing again rounds it away.
This measures it on test.jsonl, as mean negative log-likelihood per token (and
perplexity) of the posts, the prompt masked as in training, for four models:

- base: the quantized base model alone;
- runtime: the base with the adapter applied at run time (what bobby deploys);
- fused_requantized: the adapter merged into the weights and quantized again at the
  base's bits and group size (what `mlx_lm.fuse` does by default: a naive deployment);
- fused_float32: the adapter merged into float32 weights (exact arithmetic, the
  reference the runtime adapter should match; as large as the model in float32).

Then, over `samples` generated candidates, how many pass the quality gate, and how many
are novel (copy no run of words and are not near-duplicates of any post).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bobby.adapters import AdapterChoice, AdapterDir, load_adapter, newest
from bobby.config import SEED, between, check
from bobby.errors import InputError
from bobby.files import write_json
from bobby.gate import Gate, GateOptions
from bobby.generate import GenerateOptions, Generator, generate_with, known_texts
from bobby.layout import Layout
from bobby.models import load
from bobby.progress import Report, stage

NOVELTY_CHECKS = ("no_copied_run", "not_similar")
LABELS = {
    "base": "base model",
    "runtime": "base + adapter at run time",
    "fused_requantized": "adapter fused, requantized",
    "fused_float32": "adapter fused, float32",
}


@dataclass
class EvalOptions(AdapterChoice):
    """Settings of `bobby eval` (bobby.toml [eval])."""

    samples: int = field(default=32, metadata=between(0, 1000))
    seed: int = field(default=0, metadata=SEED)

    def __post_init__(self) -> None:
        check(self)


@dataclass
class Score:
    name: str
    label: str
    nll: float | None
    perplexity: float | None
    note: str = ""


@dataclass
class EvalReport:
    adapter: str
    model: str
    test_samples: int
    test_tokens: int
    scores: list[Score]
    samples: int
    gate_pass_rate: float | None
    novelty_rate: float | None
    examples: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def score(self, name: str) -> Score:
        return next(s for s in self.scores if s.name == name)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _test_set(data: Path, tokenizer: Any, mask_prompt: bool) -> list[tuple[list[int], int]]:
    """(tokens, offset of the post) of every test sample, read, checked and tokenized
    exactly as training reads its own files."""
    from bobby.train.data import load_split
    from bobby.train.options import TrainOptions

    return load_split(
        data / "test.jsonl", tokenizer, TrainOptions(mask_prompt=mask_prompt)
    ).examples


def nll(model: Any, test: list[tuple[list[int], int]], max_seq_length: int) -> tuple[float, int]:
    """Mean negative log-likelihood per predicted post token, and how many tokens."""
    import mlx.core as mx
    import mlx.nn as nn

    total, count = 0.0, 0
    for tokens, offset in test:
        tokens = tokens[:max_seq_length]
        if len(tokens) < 2:
            continue
        batch = mx.array(tokens)[None]
        logits = model(batch[:, :-1]).astype(mx.float32)
        losses = nn.losses.cross_entropy(logits, batch[:, 1:], reduction="none")[0]
        keep = losses[max(offset - 1, 0) :] if offset else losses
        total += keep.sum().item()
        count += keep.size
    if not count:
        raise InputError("the test samples have no tokens to score")
    return total / count, count


def _fuse(model: Any, adapter: AdapterDir, requantize: bool) -> None:
    """Load the adapter as mlx-lm's LoRA layers and merge each into its base weight: in
    float32, or requantized at the base's bits and group size exactly as `mlx_lm.fuse`
    does; then fit the result to the device as any loaded model is."""
    import mlx.core as mx
    import mlx.nn as nn
    from mlx.utils import tree_unflatten
    from mlx_lm.tuner.lora import LoRALinear

    from bobby.backend import dense, fit_to_device

    load_adapter(model, adapter.path)

    fused = []
    for name, module in model.named_modules():
        if type(module) is not LoRALinear:
            continue
        if requantize:
            fused.append((name, module.fuse(dequantize=False)))
            continue
        base = module.linear
        linear = dense(base) if isinstance(base, nn.QuantizedLinear) else base
        a, b = module.lora_a.astype(mx.float32), module.lora_b.astype(mx.float32)
        merged = nn.Linear(a.shape[0], b.shape[1], bias="bias" in linear)
        merged.weight = linear.weight.astype(mx.float32) + (module.scale * b.T) @ a.T
        if "bias" in linear:
            merged.bias = linear.bias.astype(mx.float32)
        fused.append((name, merged))
    model.update_modules(tree_unflatten(fused))
    fit_to_device(model)


def _float32_fits(model: Any) -> bool:
    """Whether a float32 copy of the model's weights leaves room for everything else."""
    import mlx.nn as nn
    from mlx.utils import tree_flatten

    from bobby.backend import fits_in_memory, float32_bytes

    size = 0
    for _, module in model.named_modules():
        if isinstance(module, (nn.QuantizedLinear, nn.QuantizedEmbedding)):
            size += float32_bytes(module)
        elif not module.children():
            size += 4 * sum(v.size for _, v in tree_flatten(module.parameters()))
    return fits_in_memory(size)


def _quantized(model: Any) -> bool:
    import mlx.nn as nn

    return any(isinstance(m, nn.QuantizedLinear) for _, m in model.named_modules())


def evaluate(options: EvalOptions, gate: GateOptions, progress: Report | None = None) -> EvalReport:
    """Score the four models on test.jsonl, and the gate on generated candidates; write
    eval.json beside the adapter."""
    if options.adapter_path is None and newest(options.adapters) is None:
        raise InputError(
            f"no adapter to evaluate under {options.adapters}/ (train one with `bobby train`)"
        )
    adapter, model_name = options.locate()
    assert adapter is not None
    config = adapter.config()
    max_seq_length = int(config.get("max_seq_length") or 2048)
    mask_prompt = bool(config.get("mask_prompt", True))
    scores: list[Score] = []
    notes: list[str] = []

    def score(name: str, model: Any, test: list[tuple[list[int], int]]) -> int:
        import mlx.core as mx

        stage(progress, f"Scoring: {LABELS[name]}")
        mx.random.seed(options.seed)
        value, tokens = nll(model, test, max_seq_length)
        scores.append(Score(name, LABELS[name], round(value, 5), round(math.exp(value), 3)))
        return tokens

    base = load(model_name, None, progress)
    notes += base.notes
    test = _test_set(options.data, base.tokenizer, mask_prompt)
    tokens = score("base", base.model, test)
    del base
    runtime = load(model_name, adapter, progress)
    score("runtime", runtime.model, test)
    stage(progress, "Generating samples")
    layout = Layout(options.data, options.adapters)
    generator = Generator(runtime, layout, Gate(gate, known_texts(layout, ())))
    generation = (
        generate_with(
            generator,
            GenerateOptions(n=max(options.samples, 1), retries=1, seed=options.seed),
            record=False,
        )
        if options.samples
        else None
    )
    notes += generator.notes[len(runtime.notes) :]
    del runtime, generator
    for name, requantize in (("fused_requantized", True), ("fused_float32", False)):
        model = load(model_name, fit=False).model
        if requantize and not _quantized(model):
            scores.append(Score(name, LABELS[name], None, None, "the base is not quantized"))
            continue
        if not requantize and not _float32_fits(model):
            scores.append(
                Score(name, LABELS[name], None, None, "too large for this machine in float32")
            )
            continue
        _fuse(model, adapter, requantize)
        score(name, model, test)
        del model
    candidates = generation.candidates if generation else []
    report = EvalReport(
        adapter=str(adapter),
        model=model_name,
        test_samples=len(test),
        test_tokens=tokens,
        scores=scores,
        samples=len(candidates),
        gate_pass_rate=_rate(candidates, lambda c: c.passed),
        novelty_rate=_rate(
            candidates,
            lambda c: all(ch.passed for ch in c.verdict.checks if ch.name in NOVELTY_CHECKS),
        ),
        examples=[c.text for c in candidates if c.passed][:5],
        notes=notes,
    )
    write_json(adapter.eval_report, report.to_dict())
    return report


def _rate(items: list[Any], test: Callable[[Any], bool]) -> float | None:
    return round(sum(1 for item in items if test(item)) / len(items), 3) if items else None
