"""`bobby generate`: posts in the person's voice, checked before anyone sees them.

The base model is loaded once, at its own quantization, and the adapter is applied at run
time (`bobby.models.load`); it is never merged into the weights. The prompt is rebuilt
exactly as the training samples began (`bobby.prompt`), because a fine-tune learns to
continue one precise token sequence. `-n` candidates come from one batched pass, each is
cleaned (thinking blocks, chat tokens, white space, cut at a sentence end within
Bluesky's 300 graphemes) and judged by the quality gate.

Generation is a sequence of rounds (`rounds`), each recorded in the state database as it
comes, until one candidate passes the gate or `retries` is spent. A caller that must stop
early (`bobby serve` on SIGTERM) simply leaves the loop; `generate` runs it to the end and
returns a `Generation` (`Generator.start(options).collect(rounds(...))`), whose `best()`
is what `bobby post` publishes.

A `Generator` holds the loaded model, the prompt recipe and the gate's index, so that a
long-lived process (`bobby serve`) pays for them once.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from bobby import text as textlib
from bobby.candidates import Candidate
from bobby.errors import InputError, Stopped
from bobby.files import read_jsonl, sha256_file
from bobby.gate import Check, Gate, GateRejected
from bobby.layout import SPLITS, Layout
from bobby.options import GateOptions, GenerateOptions
from bobby.progress import Report, stage
from bobby.prompt import DEFAULT_TEMPLATES, load_prep_info, prompt_for
from bobby.style import StyleScore

if TYPE_CHECKING:
    from bobby.models import Loaded

# A prompt longer than this many characters is refused before it is tokenized (a prompt is
# a request of a few lines; a 10 MB one would cost its tokenizing before the token bound).
MAX_PROMPT_CHARS = 20_000

# What a prompt asks for when there is no prep.json (generating from a base model):
# the first of the requests prep puts in training samples.
DEFAULT_TEMPLATE = DEFAULT_TEMPLATES[0]


@dataclass
class Generation:
    """Every candidate of a generation so far, best first among those that passed."""

    model: str
    adapter: str | None
    sampling: dict[str, Any]
    notes: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    rounds: int = 0

    def add(self, batch: Iterable[Candidate]) -> None:
        """Take in one round's candidates and rank everything again (`rank`)."""
        self.rounds += 1
        self.candidates = rank([*self.candidates, *batch])

    def collect(self, batches: Iterable[list[Candidate]]) -> Generation:
        """Take in every round `batches` yields (`rounds`), to the end."""
        for batch in batches:
            self.add(batch)
        return self

    @property
    def passed(self) -> list[Candidate]:
        return [c for c in self.candidates if c.passed]

    def failures(self) -> Counter[str]:
        """How often each check failed, over every candidate."""
        return Counter(
            check.name for c in self.candidates if c.verdict for check in c.verdict.failed
        )

    def best(self) -> list[Candidate]:
        """The candidates that passed the gate, best first.

        Raises:
            GateRejected: none passed; the message says which checks failed how often.
        """
        if not self.passed:
            counts = ", ".join(f"{name} {n}" for name, n in self.failures().most_common())
            raise GateRejected(
                f"no candidate passed the quality gate after {self.rounds} round(s) "
                f"({len(self.candidates)} candidates; failed checks: {counts}); try more --retries, -n or another --temp"
            )
        return self.passed

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Generation:
        """A generation as `to_dict` wrote it (`bobby serve`'s answer to /generate)."""
        made = cls(data["model"], data["adapter"], data["sampling"], list(data["notes"]))
        made.candidates = [
            Candidate.from_dict(c, made.sampling, made.adapter) for c in data["candidates"]
        ]
        made.rounds = data["rounds"]
        return made

    def to_dict(self) -> dict[str, Any]:
        return {
            "candidates": [c.to_dict() for c in self.candidates],
            "rounds": self.rounds,
            "adapter": self.adapter,
            "model": self.model,
            "sampling": self.sampling,
            "notes": self.notes,
            "failures": dict(self.failures()),
        }


def rank(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Those that passed the gate first, then those no check ranks lower (a subject of
    the bot's last posts, `new_subject`); each part best first: by the style score where
    the adapter has one, else by mean log-probability. The log-probability alone prefers
    the most generic text a model can write, a loop above all (BENCHMARKS.md, "Voice"),
    so it only decides where there is nothing better."""

    def worth(c: Candidate) -> tuple[bool, bool, float, float]:
        return (
            not c.passed,
            bool(c.verdict and c.verdict.against),
            -(c.style if c.style is not None else -1.0),
            -(c.logprob if c.logprob is not None else -1e9),
        )

    return sorted(candidates, key=worth)


_OPENING = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*")
# A longer run of letters is a phrase of a language written without spaces (Japanese,
# Chinese, Thai: a Japanese archive's "first words" ran to 96 characters), not a word.
MAX_OPENING = 12


def openings(layout: Layout) -> dict[str, int]:
    """The first words of the person's training posts, and how often each opens one.

    A model asked for "a post" returns to the few openings (and with them the subjects)
    it finds likeliest: the demo's bot wrote "lamp lit" in 88% of its posts. Starting each
    candidate with an opening word drawn as often as the person used it spreads the posts
    over their own range, without copying any: one word is nobody's post. Posts that open
    with a mention, a link or a sign give none (the word must be a word), and so do those
    that open with a phrase of a language written without spaces (MAX_OPENING).
    """
    found = Counter()
    for text in split_texts(layout, "train"):
        match = _OPENING.match(text)
        if match and len(match[0]) <= MAX_OPENING:
            found[match[0]] += 1
    return dict(found)


def known_texts(layout: Layout, posted: Iterable[str]) -> list[str]:
    """Every text a candidate must not copy: the person's posts, the training samples
    (threads joined by prep are texts of their own) and what the bot already posted."""
    texts = list(posted)
    if layout.posts.is_file():
        texts += [
            p["text"]
            for p in read_jsonl(layout.posts)
            if isinstance(p, dict) and isinstance(p.get("text"), str)
        ]
    for name in SPLITS:
        texts += split_texts(layout, name)
    return [t for t in dict.fromkeys(texts) if t]


def split_texts(layout: Layout, split: str) -> list[str]:
    """The posts of one split of the training data (a thread prep joined is one post);
    none where the split is absent."""
    path = layout.split(split)
    if not path.is_file():
        return []
    texts = (sample_text(sample) if isinstance(sample, dict) else "" for sample in read_jsonl(path))
    return [text for text in texts if text.strip()]


def sample_text(sample: dict[str, Any]) -> str:
    """The post inside a training sample of any of mlx-lm's formats."""
    if "messages" in sample:
        return next(
            (m["content"] for m in reversed(sample["messages"]) if m.get("role") == "assistant"), ""
        )
    return sample.get("completion") or sample.get("text") or ""


class Generator:
    """A base model with its adapter applied at run time, ready to write many posts."""

    def __init__(self, loaded: Loaded, layout: Layout, gate: Gate) -> None:
        self.model, self.tokenizer = loaded.model, loaded.tokenizer
        self.model_name, self.adapter = loaded.name, loaded.adapter
        self.notes = list(loaded.notes)
        self.layout = layout
        self.gate = gate
        self.prep = self._prep_info()
        self.context = _positive(getattr(getattr(self.model, "args", None), "max_position_embeddings", None))  # fmt: skip
        self.trained_length = (
            _positive(self.adapter.config().get("max_seq_length")) if self.adapter else None
        )
        self.style = StyleScore.load(self.adapter.path) if self.adapter else None
        self.openings = openings(layout)

    @classmethod
    def open(
        cls,
        options: GenerateOptions,
        gate: GateOptions,
        posted: Iterable[str] = (),
        progress: Report | None = None,
    ) -> Generator:
        """Find the adapter and its base, load both (the adapter at run time), index history."""
        from bobby.models import load

        adapter, model_name = options.locate()
        loaded = load(model_name, adapter, progress, generating=True)
        stage(progress, "Indexing your posts")
        layout = options.layout()
        posted = list(posted)
        return cls(loaded, layout, Gate(gate, known_texts(layout, posted), posted))

    def remember(self, posted: Iterable[str]) -> None:
        """Index the person's posts again with everything posted so far, oldest first: a
        long-lived process (`bobby serve`) must not repeat what it posted after it opened
        the model, nor the subjects of its last posts (the across-posts rule)."""
        posted = list(posted)
        self.gate = Gate(self.gate.options, known_texts(self.layout, posted), posted)

    def _prep_info(self) -> dict[str, Any]:
        path = self.layout.prep
        if not path.is_file():
            self.notes.append(
                f"no {path}: prompting with {DEFAULT_TEMPLATE!r} in the model's chat format"
            )
            return {"prompt": {"format": "chat", "templates": [DEFAULT_TEMPLATE], "system": None}}
        if self.adapter is not None:
            trained_on = (self.adapter.config().get("bobby") or {}).get("prep_sha256")
            if trained_on and trained_on != sha256_file(path):
                self.notes.append(
                    f"{path} changed since {self.adapter} was trained; prompts may not match"
                )
        return load_prep_info(path)

    def check(self, options: GenerateOptions) -> None:
        """Refuse settings this model cannot sample with, before any work starts: a top_k
        past the vocabulary would fail inside MLX, half-way through a generation, and a
        prompt past the model's context (or longer than any sample the adapter was trained
        on) would ask MLX for tens of GB and end the process. Every source of a prompt
        (`generate --prompt`, serve's /generate and page, a reply's mention, bobby.toml)
        reaches the model through `rounds`, which calls this first."""
        vocabulary = getattr(self.tokenizer, "vocab_size", None) or len(self.tokenizer.vocab)
        if options.top_k > vocabulary:
            raise InputError(
                f"top_k {options.top_k} is larger than the model's vocabulary ({vocabulary} tokens); 0 turns it off"
            )
        if options.prompt is not None:
            self._check_prompt(options.prompt, options.max_tokens)

    def _check_prompt(self, prompt: str, max_tokens: int) -> None:
        """The prompt as the model would get it is at most the adapter's max_seq_length
        tokens, and with `max_tokens` more it fits the model's context."""
        try:
            prompt.encode()
        except UnicodeEncodeError:
            raise InputError("the prompt is not valid UTF-8 text") from None
        if len(prompt) > MAX_PROMPT_CHARS:
            raise InputError(
                f"the prompt is {len(prompt):,} characters long; at most {MAX_PROMPT_CHARS:,} are taken"
            )
        tokens = len(prompt_for(self.prep, self.tokenizer, prompt).tokens)
        limits = []
        if self.context is not None:
            why = f"the model's context of {self.context:,} tokens less max_tokens {max_tokens}"
            limits.append((self.context - max_tokens, why))
        if self.trained_length is not None:
            limits.append(
                (self.trained_length, f"the adapter's max_seq_length {self.trained_length:,}")
            )
        for limit, why in limits:
            if tokens > limit:
                raise InputError(
                    f"the prompt is {tokens:,} tokens long; at most {max(limit, 0):,} are taken ({why})"
                )

    def prompts(
        self, count: int, options: GenerateOptions, rng: random.Random
    ) -> list[tuple[list[int], str]]:
        """`count` prompts as token ids, each with the opening word its post starts with
        (the tokens end with it) or "" (see `openings`)."""
        templates = self.prep["prompt"].get("templates") or [DEFAULT_TEMPLATE]
        words, weights = zip(*self.openings.items(), strict=True) if self.openings else ((), ())
        made = []
        for _ in range(count):
            tokens = prompt_for(self.prep, self.tokenizer, options.prompt or rng.choice(templates))
            opening = ""
            if words and options.prompt is None and rng.random() < options.openings:
                opening = rng.choices(words, weights)[0]
            extra = self.tokenizer.encode(opening, add_special_tokens=False) if opening else []
            made.append(([*tokens.tokens, *extra], opening))
        return made

    def sample(
        self,
        count: int,
        options: GenerateOptions,
        rng: random.Random,
        on_token: Callable[[int], None] | None = None,
    ) -> list[tuple[str, float | None, bool]]:
        """`count` raw texts with their mean log-probability and whether the token limit
        stopped them, in one batched pass; `on_token` is told each token step (progress)."""
        from mlx_lm.sample_utils import make_logits_processors, make_sampler

        from bobby.decode import decode

        sampler = make_sampler(options.temp, options.top_p, options.min_p, top_k=options.top_k)
        processors = (
            make_logits_processors(repetition_penalty=options.repetition_penalty)
            if options.repetition_penalty != 1.0
            else None
        )
        prompts = self.prompts(count, options, rng)
        # One step per token for the whole batch (bobby.decode, compiled where that
        # pays): the same tokens mlx-lm's own loop gives each prompt, for the same seed
        # and sampler, and faster than that loop with the runtime adapter (BENCHMARKS.md).
        written = decode(
            self.model,
            self.tokenizer,
            [tokens for tokens, _ in prompts],
            options.max_tokens,
            sampler=sampler,
            logits_processors=processors,
            on_token=on_token,
        )
        return [
            (opening + done.text, done.logprob, len(done.tokens) >= options.max_tokens)
            for (_, opening), done in zip(prompts, written, strict=True)
        ]

    def round(
        self,
        options: GenerateOptions,
        rng: random.Random,
        n: int | None = None,
        on_token: Callable[[int], None] | None = None,
    ) -> list[Candidate]:
        """One round: `options.n` candidates (or `n`), cleaned, judged and described."""
        adapter = str(self.adapter) if self.adapter else None
        out = []
        for raw, logprob, cut in self.sample(n or options.n, options, rng, on_token):
            text = textlib.shorten(textlib.clean(raw))
            finished = textlib.finish(text) if cut else text
            verdict = self.gate.check(finished if finished is not None else text)
            verdict.checks.append(_finished(finished is not None, options.max_tokens))
            out.append(
                Candidate(
                    verdict.text,
                    options.sampling(),
                    raw=raw,
                    verdict=verdict,
                    logprob=logprob,
                    style=round(self.style(verdict.text), 4) if self.style else None,
                    adapter=adapter,
                )
            )
        return out

    def start(self, options: GenerateOptions) -> Generation:
        """An empty generation with this model and these settings, for `rounds` to fill."""
        adapter = str(self.adapter) if self.adapter else None
        return Generation(self.model_name, adapter, options.sampling(), list(self.notes))


def _positive(value: Any) -> int | None:
    """`value` if it is a positive whole number (a length read from a config file), else None."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _finished(finished: bool, max_tokens: int) -> Check:
    """Whether the text ends where the model ended it or at a sentence end: a text the
    token limit stopped mid-sentence (`…so you can always keep`) is never posted."""
    detail = "" if finished else f"stopped at max_tokens {max_tokens} mid-sentence"
    return Check("finished", finished, None, detail)


def rounds(
    generator: Generator,
    options: GenerateOptions,
    db_path: Path | None = None,
    progress: Report | None = None,
    *,
    record: bool = True,
    n: int | None = None,
    on_token: Callable[[int], None] | None = None,
) -> Iterator[list[Candidate]]:
    """Rounds of candidates until at least one passes the gate or `retries` is spent;
    each round is recorded in the state database (its candidates get ids) before it is
    yielded, so what a caller abandons is still in the history. `record=False` keeps
    measurements (`bobby eval`) out of the bot's history, `n` lets them write more
    candidates a round than a request may ask for (`options.n`, at most
    `bobby.options.MAX_N`), and `on_token` tells them each token step of a round (their
    progress)."""
    from bobby import state

    generator.check(options)
    rng = random.Random(options.seed)
    if options.seed is not None:
        import mlx.core as mx

        mx.random.seed(options.seed)
    for number in range(1, options.retries + 1):
        stage(progress, f"Generating (round {number})")
        batch = generator.round(options, rng, n, on_token)
        if record:
            with state.database(db_path) as db:
                batch = state.add_candidates(db, batch)
        yield batch
        if any(c.passed for c in batch):
            return


def generate(
    options: GenerateOptions,
    gate: GateOptions,
    db_path: Path | None = None,
    progress: Report | None = None,
) -> Generation:
    """Load, generate and record: what `bobby generate` and `bobby post` do once.

    Args:
        options: model, adapter and sampling settings.
        gate: what every candidate must pass.
        db_path: the state database; default `bobby.paths.state_db()`.
        progress: told about loading and each round.

    Returns:
        Every candidate, recorded, best first; `best()` raises GateRejected if none passed.

    Raises:
        Stopped: Ctrl-C; the rounds already finished stay recorded.
    """
    from bobby import state

    with state.database(db_path) as db:
        posted, before = state.posted_texts(db), state.candidate_count(db)
    generator = Generator.open(options, gate, posted, progress)
    try:
        return generator.start(options).collect(rounds(generator, options, db_path, progress))
    except KeyboardInterrupt:
        with state.database(db_path) as db:
            kept = state.candidate_count(db) - before
        raise Stopped(
            f"kept the {kept} candidates written so far in the history (bobby history)"
            if kept
            else "before the first round was written; nothing was kept"
        ) from None
