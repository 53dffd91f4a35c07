"""`bobby generate`: posts in the person's voice, checked before anyone sees them.

The base model is loaded once, at its own quantization, and the adapter is applied at run
time (`bobby.runtime`); it is never merged into the weights. The prompt is rebuilt exactly
as the training samples began (`bobby.prep.prompt_for`), because a fine-tune learns to
continue one precise token sequence. `-n` candidates come from one batched pass, each is
cleaned (thinking blocks, chat tokens, white space, cut at a sentence end within
Bluesky's 300 graphemes) and judged by the quality gate; rounds repeat until one passes or
`retries` is spent.

A `Generator` holds the loaded model, the prompt recipe and the gate's index, so that a
long-lived process (`bobby serve`) pays for them once.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bobby import text as textlib
from bobby.config import check_at_least, check_seed
from bobby.errors import InputError, ModelError
from bobby.files import read_jsonl, sha256_file
from bobby.gate import Gate, GateOptions, Verdict
from bobby.prep.options import DEFAULT_TEMPLATES

# What a prompt asks for when there is no prep.json (generating from a base model):
# the first of the requests prep puts in training samples.
DEFAULT_TEMPLATE = DEFAULT_TEMPLATES[0]


@dataclass
class GenerateOptions:
    """Settings of `bobby generate` (bobby.toml [generate], BOBBY_GENERATE_*)."""

    adapter_path: Path | None = None
    model: str | None = None
    data: Path = Path("data")
    adapters: Path = Path("adapters")
    n: int = 1
    retries: int = 3
    prompt: str | None = None
    temp: float = 0.8
    top_p: float = 0.95
    min_p: float = 0.0
    top_k: int = 0
    repetition_penalty: float = 1.0
    max_tokens: int = 120
    seed: int | None = None

    def __post_init__(self) -> None:
        check_at_least(1, n=self.n, retries=self.retries, max_tokens=self.max_tokens)
        check_at_least(0, top_k=self.top_k)
        check_seed(self.seed)
        if self.temp < 0 or not 0 <= self.top_p <= 1 or not 0 <= self.min_p <= 1:
            raise InputError("temp must be 0 or more, top_p and min_p between 0 and 1")

    def sampling(self) -> dict[str, Any]:
        """The settings that shape the text, as recorded with every candidate."""
        keys = ("temp", "top_p", "min_p", "top_k", "repetition_penalty", "max_tokens", "seed")
        return {key: getattr(self, key) for key in keys}


@dataclass
class Candidate:
    """One generated post: the cleaned text, what the model wrote, and the gate's verdict."""

    text: str
    raw: str
    verdict: Verdict
    logprob: float | None = None

    @property
    def passed(self) -> bool:
        return self.verdict.passed

    def to_dict(self) -> dict[str, Any]:
        return {**self.verdict.to_dict(), "raw": self.raw, "mean_logprob": self.logprob}


@dataclass
class Generation:
    """All candidates of a `generate` call, best first among those that passed."""

    candidates: list[Candidate]
    rounds: int
    adapter: str | None
    model: str
    sampling: dict[str, Any]
    notes: list[str] = field(default_factory=list)

    @property
    def passed(self) -> list[Candidate]:
        return [c for c in self.candidates if c.passed]

    def failures(self) -> Counter[str]:
        """How often each check failed, over every candidate."""
        return Counter(check.name for c in self.candidates for check in c.verdict.failed)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["candidates"] = [c.to_dict() for c in self.candidates]
        data["failures"] = dict(self.failures())
        return data


def newest_adapter(folder: Path) -> Path | None:
    """The most recently trained adapter under `folder` (adapters/NAME)."""
    from bobby.train.checkpoints import ADAPTERS, CONFIG

    found = [p.parent for p in folder.glob(f"*/{ADAPTERS}") if (p.parent / CONFIG).is_file()]
    return max(found, key=lambda p: (p / ADAPTERS).stat().st_mtime, default=None)


def adapter_config(adapter: Path) -> dict[str, Any]:
    """adapter_config.json of an adapter folder (one line if it is missing or not an object)."""
    from bobby.train.checkpoints import CONFIG, read_config

    config = read_config(adapter)
    if config is None:
        raise InputError(f"{adapter}: not an adapter folder (no {CONFIG})")
    return config


def adapter_base(adapter: Path) -> str:
    """The base model an adapter was trained on, as `--model` would name it."""
    config = adapter_config(adapter)
    source = (config.get("bobby") or {}).get("base_model")
    if isinstance(source, str) and Path(source).is_dir():
        return source
    model = config.get("model")
    if not isinstance(model, str) or not model:
        raise InputError(
            f"{adapter}: adapter_config.json does not name its base model; pass --model"
        )
    return model


def locate(options: GenerateOptions) -> tuple[Path | None, str]:
    """(adapter folder or None, base model) from the options: the newest adapter under
    adapters/ and the base it names, unless given."""
    from bobby.train.checkpoints import ADAPTERS

    adapter = options.adapter_path or newest_adapter(options.adapters)
    if adapter is not None and not (adapter / ADAPTERS).is_file():
        raise InputError(f"{adapter}: not an adapter folder (no adapters.safetensors)")
    if adapter is None and options.model is None:
        raise InputError(
            f"no adapter under {options.adapters}/ (train one with `bobby train`), and no --model to generate with"
        )
    return adapter, options.model or adapter_base(adapter)


def load_with_adapter(
    model_name: str, adapter: Path | None, say: Callable[[str], None]
) -> tuple[Any, Any, list[str]]:
    """The base at its own quantization, made fast for the device, the adapter applied at
    run time; returns (model, tokenizer, notes for the user)."""
    from bobby import backend, runtime
    from bobby.models import load

    device = backend.prepare()
    notes = [device.hint] if device.hint else []
    say(f"Loading {model_name}")
    model, tokenizer = load(model_name)
    backend.fit_to_device(model)
    if adapter is not None:
        say(f"Applying {adapter}")
        try:
            runtime.attach(model, adapter)
        except (ValueError, KeyError, FileNotFoundError) as err:
            raise ModelError(f"{adapter}: does not fit {model_name} ({err})") from None
    return model, tokenizer, notes


def history(data: Path, posted: Iterable[str]) -> list[str]:
    """Every text a candidate must not copy: the person's posts, the training samples
    (threads joined by prep are texts of their own) and what the bot already posted."""
    texts = list(posted)
    posts = data / "posts.jsonl"
    if posts.is_file():
        texts += [
            p["text"]
            for p in read_jsonl(posts)
            if isinstance(p, dict) and isinstance(p.get("text"), str)
        ]
    for split in ("train", "valid", "test"):
        path = data / f"{split}.jsonl"
        if path.is_file():
            texts += [sample_text(sample) for sample in read_jsonl(path)]
    return [t for t in dict.fromkeys(texts) if t]


def sample_text(sample: dict[str, Any]) -> str:
    """The post inside a training sample of any of mlx-lm's formats."""
    if "messages" in sample:
        return next(
            (m["content"] for m in reversed(sample["messages"]) if m.get("role") == "assistant"), ""
        )
    return sample.get("completion") or sample.get("text") or ""


class Generator:
    """A base model with its adapter applied at run time, ready to write many posts."""

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        model_name: str,
        adapter: Path | None,
        data: Path,
        gate: Gate,
    ) -> None:
        self.model, self.tokenizer, self.model_name, self.adapter = (
            model,
            tokenizer,
            model_name,
            adapter,
        )
        self.notes: list[str] = []
        self.data = data
        self.prep = self._prep_info(data)
        self.gate = gate

    @classmethod
    def open(
        cls,
        options: GenerateOptions,
        gate: GateOptions,
        posted: Iterable[str] = (),
        on_progress: Callable[[str], None] | None = None,
    ) -> Generator:
        """Find the adapter and its base, load both (the adapter at run time), index history."""
        say = on_progress or (lambda _: None)
        adapter, model_name = locate(options)
        model, tokenizer, notes = load_with_adapter(model_name, adapter, say)
        say("Indexing your posts")
        generator = cls(
            model,
            tokenizer,
            model_name,
            adapter,
            options.data,
            Gate(gate, history(options.data, posted)),
        )
        generator.notes[:0] = notes
        return generator

    def remember(self, posted: Iterable[str]) -> None:
        """Index the person's posts again with everything posted so far: a long-lived
        process (`bobby serve`) must not repeat what it posted after it opened the model."""
        self.gate = Gate(self.gate.options, history(self.data, posted))

    def _prep_info(self, data: Path) -> dict[str, Any]:
        from bobby.prep import load_prep_info

        path = data / "prep.json"
        if not path.is_file():
            self.notes.append(
                f"no {path}: prompting with {DEFAULT_TEMPLATE!r} in the model's chat format"
            )
            return {"prompt": {"format": "chat", "templates": [DEFAULT_TEMPLATE], "system": None}}
        if self.adapter is not None:
            trained_on = (adapter_config(self.adapter).get("bobby") or {}).get("prep_sha256")
            if trained_on and trained_on != sha256_file(path):
                self.notes.append(
                    f"{path} changed since {self.adapter} was trained; prompts may not match"
                )
        return load_prep_info(path)

    def prompts(self, count: int, template: str | None, rng: random.Random) -> list[list[int]]:
        from bobby.prep import prompt_for

        templates = self.prep["prompt"].get("templates") or [DEFAULT_TEMPLATE]
        return [
            prompt_for(self.prep, self.tokenizer, template or rng.choice(templates)).tokens
            for _ in range(count)
        ]

    def sample(
        self, count: int, options: GenerateOptions, rng: random.Random
    ) -> list[tuple[str, float | None]]:
        """`count` raw texts with their mean log-probability, in one batched pass."""
        from mlx_lm.generate import batch_generate, stream_generate
        from mlx_lm.sample_utils import make_logits_processors, make_sampler

        sampler = make_sampler(options.temp, options.top_p, options.min_p, top_k=options.top_k)
        processors = (
            make_logits_processors(repetition_penalty=options.repetition_penalty)
            if options.repetition_penalty != 1.0
            else None
        )
        prompts = self.prompts(count, options.prompt, rng)
        if count == 1:
            # The same path as mlx-lm's own `generate`, so one candidate is token for
            # token what `mlx_lm.generate` writes for the same prompt, seed and sampler.
            tokens, logprobs = [], []
            for response in stream_generate(
                self.model,
                self.tokenizer,
                prompts[0],
                options.max_tokens,
                sampler=sampler,
                logits_processors=processors,
            ):
                if response.finish_reason != "stop":
                    tokens.append(response.token)
                    logprobs.append(response.logprobs[response.token].item())
            return [(self.tokenizer.decode(tokens), _mean(logprobs))]
        result = batch_generate(
            self.model,
            self.tokenizer,
            prompts,
            max_tokens=options.max_tokens,
            sampler=sampler,
            logits_processors=processors,
            return_logprobs=True,
        )
        return [(text, _mean(lp)) for text, lp in zip(result.texts, result.logprobs, strict=True)]

    def candidates(self, options: GenerateOptions, rng: random.Random) -> list[Candidate]:
        """One round: `options.n` candidates, cleaned and judged."""
        out = []
        for raw, logprob in self.sample(options.n, options, rng):
            cleaned = textlib.shorten(textlib.clean(raw))
            out.append(Candidate(cleaned, raw, self.gate.check(cleaned), logprob))
        return out

    def generate(
        self, options: GenerateOptions, on_round: Callable[[int], None] | None = None
    ) -> Generation:
        """Rounds of candidates until at least one passes the gate or `retries` is spent."""
        import mlx.core as mx

        rng = random.Random(options.seed)
        if options.seed is not None:
            mx.random.seed(options.seed)
        produced: list[Candidate] = []
        rounds = 0
        for rounds in range(1, max(options.retries, 1) + 1):
            if on_round:
                on_round(rounds)
            produced += self.candidates(options, rng)
            if any(c.passed for c in produced):
                break
        ranked = sorted(
            produced, key=lambda c: (not c.passed, -(c.logprob if c.logprob is not None else -1e9))
        )
        return Generation(
            ranked,
            rounds,
            str(self.adapter) if self.adapter else None,
            self.model_name,
            options.sampling(),
            list(self.notes),
        )


def _mean(values: list[float] | None) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def record(db: Any, generation: Generation) -> list[Any]:
    """Store every candidate in the state database (history, and the novelty check of
    later runs sees what was posted); returns them as `bobby.state.Candidate`s with ids,
    in the generation's order."""
    from bobby import state

    return state.add_candidates(
        db,
        [
            state.Candidate(
                text=c.text,
                adapter=generation.adapter,
                sampling=generation.sampling,
                rejected=c.verdict.reason() if not c.passed else None,
            )
            for c in generation.candidates
        ],
    )


def generate(
    options: GenerateOptions,
    gate: GateOptions,
    db_path: Path | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> tuple[Generation, list[Any]]:
    """Load, generate and record: what `bobby generate` and `bobby post` do once.

    Returns:
        The generation, and its candidates as recorded in the state database.
    """
    from bobby import state

    with state.database(db_path) as db:
        posted = state.posted_texts(db)
    generator = Generator.open(options, gate, posted, on_progress)
    return generate_with(
        generator,
        options,
        db_path,
        on_round=lambda n: on_progress and on_progress(f"Generating (round {n})"),
    )


def generate_with(
    generator: Generator,
    options: GenerateOptions,
    db_path: Path | None = None,
    on_round: Callable[[int], None] | None = None,
) -> tuple[Generation, list[Any]]:
    """Generate with a model already loaded and record the candidates: `generate` once,
    and `bobby serve` for every post and request, with the model it holds."""
    from bobby import state

    generation = generator.generate(options, on_round)
    with state.database(db_path) as db:
        return generation, record(db, generation)


class GateRejected(InputError):
    """No candidate passed the quality gate (`bobby serve` generates again)."""


def none_passed(generation: Generation) -> GateRejected:
    """The error when every round failed, saying which checks failed how often."""
    counts = ", ".join(f"{name} {count}" for name, count in generation.failures().most_common())
    return GateRejected(
        f"no candidate passed the quality gate after {generation.rounds} round(s) "
        f"({len(generation.candidates)} candidates; failed checks: {counts}); try more --retries, -n or another --temp"
    )
