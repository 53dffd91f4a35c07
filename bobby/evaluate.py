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

The base is read and dequantized once, and each of the four is made from its arrays
(`bobby.models.reuse`); the held-out posts are scored in batches of similar length.

Then whether what it writes sounds like the person (`bobby.voice`): the base model and
the runtime adapter each write `samples` posts, from the same prompts with the same seeded
sampling, and each set is scored against the person's real posts (voice AUC, copying,
shape, diversity), with how many pass the quality gate and how many are novel (copy no
run of words and are not near-duplicates of any post). eval.json and eval.png are
written beside the adapter. `compare` puts several adapters of one base side by side.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bobby import voice
from bobby.adapters import AdapterDir, load_adapter, locate, newest
from bobby.candidates import Candidate
from bobby.errors import InputError
from bobby.files import write_json
from bobby.gate import Gate, NoveltyIndex
from bobby.generate import Generator, known_texts, rounds, split_texts
from bobby.layout import Layout
from bobby.models.language import language_warning, posts_language
from bobby.options import EvalOptions, GateOptions, GenerateOptions
from bobby.progress import Progress, Report, stage

if TYPE_CHECKING:
    from bobby.models import Loaded

NOVELTY_CHECKS = ("no_copied_run", "not_similar")
LABELS = {
    "base": "base model",
    "runtime": "base + adapter at run time",
    "fused_requantized": "adapter fused, requantized",
    "fused_float32": "adapter fused, float32",
}


@dataclass
class Score:
    """One model: its fit to the held-out posts and, if it wrote some, its posts' scores."""

    name: str
    label: str
    nll: float | None
    perplexity: float | None
    note: str = ""
    samples: int = 0  # posts it generated
    gate_pass_rate: float | None = None
    novelty_rate: float | None = None
    voice: voice.Voice | None = None


@dataclass
class EvalReport:
    adapter: str
    model: str
    test_samples: int
    test_tokens: int
    scores: list[Score]
    samples: int  # posts each model generated
    real: voice.Shape  # the person's posts the generated ones are compared with
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


# The posts each model writes are decoded together, in batches of at most this many
# (split evenly): on the 2-core CPU a decoding step of SmolLM2 costs 0.7 s for 8-16 rows,
# 1.0 s for 64 and 2.0 s for 200 (BENCHMARKS.md), so one batch of 200 takes about half
# the time of rounds of 64, 64, 64 and 8; rows that end leave the batch (`bobby.decode`).
# Bounded for the cache's memory on larger models.
WRITE_BATCH = 256

# Held-out posts are scored in batches of at most this many token positions (rows times
# the longest row): rows enough for the matrix products to run at the device's speed
# (on the CPU the demo's 19 posts take about 0.6x the time they take one at a time), and
# the logits of a batch stay a few hundred MB for a large vocabulary.
BATCH_TOKENS = 2048


def nll(
    model: Any,
    test: list[tuple[list[int], int]],
    max_seq_length: int,
    on_scored: Callable[[int], None] | None = None,
) -> tuple[float, int]:
    """Mean negative log-likelihood per predicted post token, and how many tokens;
    `on_scored` is told how many samples are scored after each batch (progress)."""
    losses = post_losses(model, test, max_seq_length, on_scored=on_scored)
    count = sum(n for _, n in losses)
    if not count:
        raise InputError("the test samples have no tokens to score")
    return sum(total for total, _ in losses) / count, count


def post_losses(
    model: Any,
    test: list[tuple[list[int], int]],
    max_seq_length: int,
    batch_tokens: int = BATCH_TOKENS,
    on_scored: Callable[[int], None] | None = None,
) -> list[tuple[float, int]]:
    """Each test sample's summed negative log-likelihood of its post tokens (those from
    its offset on, all but the first if it has no prompt) and how many, in order; (0.0, 0)
    for a sample too short to predict anything.

    Samples of similar length go through the model together, right-padded: a causal
    model's positions never see the padding after them and the padding is not scored, so
    each sample gets what it gets alone, to float rounding. The vocabulary is projected
    only from the batch's first scored position on (`bobby.train.loss.logits_from`).
    """
    import mlx.core as mx
    import mlx.nn as nn
    import numpy as np

    from bobby.train.loss import first_scored, logits_from

    out = [(0.0, 0)] * len(test)
    rows = [(i, tokens[:max_seq_length], offset) for i, (tokens, offset) in enumerate(test)]
    rows = sorted((row for row in rows if len(row[1]) >= 2), key=lambda row: len(row[1]))
    scored = len(test) - len(rows)  # too short to score: done at once
    for batch in _batches(rows, batch_tokens):
        width = len(batch[-1][1])
        tokens = np.zeros((len(batch), width), np.int32)
        lengths = np.zeros((len(batch), 2), np.int32)
        for row, (_, ids, offset) in enumerate(batch):
            tokens[row, : len(ids)] = ids
            lengths[row] = offset, len(ids)
        start = min(first_scored(lengths), width - 2)
        logits = logits_from(model, mx.array(tokens[:, :-1]), start).astype(mx.float32)
        losses = nn.losses.cross_entropy(logits, mx.array(tokens[:, start + 1 :]), reduction="none")
        # column j predicts token start + 1 + j: scored from the post's offset to its end
        steps = np.arange(start + 1, width)
        mask = (steps >= lengths[:, :1]) & (steps < lengths[:, 1:])
        sums = (losses * mx.array(mask)).sum(axis=1).tolist()
        for (index, _, _), total, count in zip(batch, sums, mask.sum(axis=1), strict=True):
            out[index] = (total, int(count))
        scored += len(batch)
        if on_scored:
            on_scored(scored)
    return out


def _batches(rows: list[Any], batch_tokens: int) -> list[list[Any]]:
    """Rows sorted by length, cut into batches of at most `batch_tokens` positions (rows
    times the longest), one row at least."""
    batches: list[list[Any]] = []
    for row in rows:
        if batches and (len(batches[-1]) + 1) * len(row[1]) <= batch_tokens:
            batches[-1].append(row)
        else:
            batches.append([row])
    return batches


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
    """Score the base model and the runtime adapter on test.jsonl and on the posts they
    write, then the two fused models on test.jsonl; write eval.json and eval.png beside
    the adapter."""
    if options.adapter_path is None and newest(options.adapters) is None:
        raise InputError(
            f"no adapter to evaluate under {options.adapters}/ (train one with `bobby train`)"
        )
    from bobby.backend import base_form
    from bobby.models import load, reuse

    adapter, model_name = options.locate()
    assert adapter is not None
    run = _Run(options, gate, adapter, model_name, progress)
    # The base is read once and dequantized once; every row is made from its arrays
    # (`reuse`). The float32 fusion merges into the dequantized copy (where that copy is
    # exact), before the runtime row, so that the base can be let go of by then.
    quantized = load(model_name, None, progress, fit=False)
    base = reuse(quantized)
    run.base(base)
    exact = base_form(base.model) == "float32"
    run.fused("fused_float32", base if exact else quantized, adapter, requantize=False)
    run.adapter(reuse(base, adapter, progress), "runtime", LABELS["runtime"])
    del base
    run.fused("fused_requantized", quantized, adapter, requantize=True)
    report = run.report(str(adapter))
    write_json(adapter.eval_report, report.to_dict())
    if options.samples:
        from bobby.plot import eval_chart

        stage(progress, "Drawing eval.png")
        eval_chart(adapter.eval_plot, report)
    return report


def compare(
    options: EvalOptions,
    adapters: list[Path],
    gate: GateOptions,
    progress: Report | None = None,
) -> EvalReport:
    """The base model and each adapter side by side: fit to test.jsonl and the posts each
    writes (the fused models are left out: they say how to deploy one adapter, not which
    adapter to deploy). Writes nothing; the adapters must share one base model."""
    located = [locate(path, options.model, options.adapters) for path in adapters]
    bases = dict.fromkeys(model for _, model in located)
    if len(bases) > 1:
        raise InputError(
            "the adapters were trained on different base models ("
            + ", ".join(f"{a}: {m}" for a, m in located)
            + "); compare adapters of one base, or name it with --model"
        )
    from bobby.models import load, reuse

    first = located[0][0]
    assert first is not None
    run = _Run(options, gate, first, next(iter(bases)), progress)
    base = load(run.model_name, None, progress)
    run.base(base)
    for adapter, _ in located:
        assert adapter is not None
        run.adapter(reuse(base, adapter, progress), str(adapter), str(adapter))
    return run.report(", ".join(str(adapter) for adapter, _ in located))


class _Run:
    """One evaluation's shared state: the test set, the real posts, the quality gate and
    the scores so far, in the order models were measured."""

    def __init__(
        self,
        options: EvalOptions,
        gate: GateOptions,
        adapter: AdapterDir,
        model_name: str,
        progress: Report | None,
    ) -> None:
        config = adapter.config()
        self.options, self.model_name, self.progress = options, model_name, progress
        self.max_seq_length = int(config.get("max_seq_length") or 2048)
        self.mask_prompt = bool(config.get("mask_prompt", True))
        self.layout = Layout(options.data, options.adapters)
        self.real_train = split_texts(self.layout, "train")
        self.real_test = split_texts(self.layout, "test")
        self.index = NoveltyIndex(self.real_train, voice.COPY_RUN)
        self.gate = Gate(gate, known_texts(self.layout, ()))
        self.scores: list[Score] = []
        warning = language_warning(model_name, posts_language(options.data))
        self.notes: list[str] = [warning] if warning else []
        self.examples: list[str] = []
        self.test: list[tuple[list[int], int]] = []
        self.tokens = 0

    def base(self, loaded: Loaded) -> None:
        """Score the base model alone and let it write."""
        self.notes += loaded.notes
        self.test = _test_set(self.options.data, loaded.tokenizer, self.mask_prompt)
        self.tokens = self.score("base", LABELS["base"], loaded.model)
        self.write(loaded)

    def adapter(self, loaded: Loaded, name: str, label: str) -> None:
        """Score the base with an adapter at run time and let it write."""
        self.score(name, label, loaded.model)
        candidates = self.write(loaded)
        if not self.examples:
            self.examples = [c.text for c in candidates if c.passed][:5]

    def fused(self, name: str, source: Loaded, adapter: AdapterDir, requantize: bool) -> None:
        """Score the model `adapter` fused into (a copy of) `source`'s weights makes:
        requantized, or in float32 if that fits."""
        if requantize and not _quantized(source.model):
            self.scores.append(Score(name, LABELS[name], None, None, "the base is not quantized"))
            return
        if not requantize and not _float32_fits(source.model):
            note = "too large for this machine in float32"
            self.scores.append(Score(name, LABELS[name], None, None, note))
            return
        from bobby.models import reuse

        stage(self.progress, f"Fusing: {LABELS[name]}")
        model = reuse(source, fit=False).model
        _fuse(model, adapter, requantize)
        self.score(name, LABELS[name], model)

    def score(self, name: str, label: str, model: Any) -> int:
        import mlx.core as mx

        what, total = f"Scoring {len(self.test)} test posts: {label}", len(self.test)
        self.advance(what, 0, total)
        mx.random.seed(self.options.seed)
        value, tokens = nll(
            model, self.test, self.max_seq_length, lambda done: self.advance(what, done, total)
        )
        self.scores.append(Score(name, label, round(value, 5), round(math.exp(value), 3)))
        return tokens

    def write(self, loaded: Loaded) -> list[Candidate]:
        """The last scored model's posts: `samples` of them in batches of at most
        WRITE_BATCH, each seeded from the eval's seed, so that every model gets the same
        prompts and sampling; recorded nowhere. Every candidate counts, passed or not:
        the voice is what the model writes, the gate's rate is reported beside it."""
        score = self.scores[-1]
        if not self.options.samples:
            return []
        samples = self.options.samples
        what = f"Writing {samples} posts: {score.label}"
        self.advance(what, 0, samples)
        generator = Generator(loaded, self.layout, self.gate)
        candidates: list[Candidate] = []
        batches = -(-samples // WRITE_BATCH)
        for number in range(batches):
            start = samples * number // batches
            size = samples * (number + 1) // batches - start
            settings = GenerateOptions(retries=1, seed=(self.options.seed + start) % 2**32)

            def written(tokens: int, start=start, size=size, limit=settings.max_tokens) -> None:
                # the batch's posts are written together, a token each at a time
                self.advance(what, start + size * tokens / limit, samples)

            candidates += (
                generator.start(settings)
                .collect(rounds(generator, settings, record=False, n=size, on_token=written))
                .candidates
            )
        self.notes += [n for n in generator.notes[len(loaded.notes) :] if n not in self.notes]
        stage(self.progress, f"Scoring the voice: {score.label}")
        score.samples = len(candidates)
        score.gate_pass_rate = _rate(candidates, lambda c: c.passed)
        score.novelty_rate = _rate(
            candidates,
            lambda c: all(ch.passed for ch in c.verdict.checks if ch.name in NOVELTY_CHECKS),
        )
        score.voice = voice.score(
            self.real_train,
            self.real_test,
            [c.text for c in candidates],
            self.index,
            self.options.seed,
        )
        return candidates

    def advance(self, what: str, done: float, total: int) -> None:
        """Tell the caller how far a counted stage is (scoring, writing)."""
        if self.progress is not None:
            self.progress(Progress(what, done, total))

    def report(self, adapter: str) -> EvalReport:
        return EvalReport(
            adapter=adapter,
            model=self.model_name,
            test_samples=len(self.test),
            test_tokens=self.tokens,
            # in LABELS' order, whatever order they were measured in
            scores=sorted(
                self.scores, key=lambda s: list(LABELS).index(s.name) if s.name in LABELS else 1
            ),
            samples=self.options.samples,
            real=voice.shape([*self.real_train, *self.real_test]),
            examples=self.examples,
            notes=self.notes,
        )


def _rate(items: list[Any], test: Callable[[Any], bool]) -> float | None:
    return round(sum(1 for item in items if test(item)) / len(items), 3) if items else None
