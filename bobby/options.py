"""The settings of generation, the quality gate, eval and replies, as dataclasses.

Every `bobby` command starts by building the flags of all its commands from these
dataclasses (`bobby.cli.options`), `bobby --help` and a cron line's `bobby post`
included. So they live apart from the code that uses them, in a module that imports
nothing beyond the standard library and bobby's own small modules: kept in
`bobby.generate`, the gate's or eval's module, they made every start pay for the `regex`
module, `statistics`, SQLite and the posting code (about a third of `bobby --help`).
Those modules import their options from here, and `bobby.GenerateOptions` and the like
name them here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bobby.bluesky import MAX_GRAPHEMES
from bobby.config import SEED, at_least, between, check
from bobby.errors import InputError
from bobby.layout import Layout

if TYPE_CHECKING:
    from bobby.adapters import AdapterDir

# What one generation may cost at most: a request (bobby serve's HTTP API, a bobby.toml)
# past these would keep the model busy for minutes and hold memory it may not have.
MAX_N = 64
MAX_RETRIES = 20
MAX_TOKENS = 1024


@dataclass
class AdapterChoice:
    """Which adapter (and base model) a step runs with, and the bot folder it reads: the
    settings `generate`, `eval` and `serve` share (each step's options extend these)."""

    adapter_path: Path | None = None
    model: str | None = None
    data: Path = Path("data")
    adapters: Path = Path("adapters")

    def locate(self) -> tuple[AdapterDir | None, str]:
        """(adapter or None, base model): see `bobby.adapters.locate`."""
        from bobby.adapters import locate

        return locate(self.adapter_path, self.model, self.adapters)


@dataclass
class GenerateOptions(AdapterChoice):
    """Settings of `bobby generate` (bobby.toml [generate], BOBBY_GENERATE_*)."""

    n: int = field(default=1, metadata=between(1, MAX_N))
    retries: int = field(default=3, metadata=between(1, MAX_RETRIES))
    prompt: str | None = None
    temp: float = field(default=0.8, metadata=between(0, 100))
    top_p: float = field(default=0.95, metadata=between(0, 1))
    min_p: float = field(default=0.0, metadata=between(0, 1))
    top_k: int = field(default=0, metadata=at_least(0))
    repetition_penalty: float = field(default=1.0, metadata=between(0.01, 100))
    max_tokens: int = field(default=120, metadata=between(1, MAX_TOKENS))
    seed: int | None = field(default=None, metadata=SEED)
    # The share of candidates that begin with the first word of one of the person's own
    # posts, drawn as often as they used it (`bobby.generate.openings`); not with --prompt.
    openings: float = field(default=1.0, metadata=between(0, 1))
    # Ask a `bobby serve` running for this bot for the candidates (`bobby.warm`); False
    # (bobby.toml [generate] warm = false, --cold) always loads the model here.
    warm: bool = True

    def __post_init__(self) -> None:
        check(self)

    def sampling(self) -> dict[str, Any]:
        """The settings that shape the text, as recorded with every candidate."""
        keys = (
            "temp",
            "top_p",
            "min_p",
            "top_k",
            "repetition_penalty",
            "max_tokens",
            "seed",
            "openings",
        )
        return {key: getattr(self, key) for key in keys}

    def layout(self, state: Path | None = None) -> Layout:
        """The bot folder these settings read from."""
        return Layout(self.data, self.adapters, state)


@dataclass
class GateOptions:
    """What the gate checks (`bobby.gate`); every field is settable in bobby.toml [gate]."""

    min_chars: int = field(default=20, metadata=at_least(0))
    max_graphemes: int = field(default=MAX_GRAPHEMES, metadata=between(1, MAX_GRAPHEMES))
    ngram: int = field(default=8, metadata=between(2, 100))
    max_similarity: float = field(default=0.6, metadata=between(0, 1))
    allow_mentions: bool = False
    allow_links: bool = False
    banned: list[str] = field(default_factory=list)
    # A model stuck in a loop ("lamp lit. lamp lit. lamp lit."): refused; False lets it be.
    refuse_repeats: bool = True
    # Across posts: a subject (content word) in `bobby.gate.SUBJECT_REPEATS` of the bot's
    # last `recent_posts` posts waits for another post; 0 turns it off.
    recent_posts: int = field(default=5, metadata=between(0, 100))

    def __post_init__(self) -> None:
        check(self)


@dataclass
class EvalOptions(AdapterChoice):
    """Settings of `bobby eval` (bobby.toml [eval])."""

    samples: int = field(default=200, metadata=between(0, 1000))
    seed: int = field(default=0, metadata=SEED)

    def __post_init__(self) -> None:
        check(self)


@dataclass
class RepliesOptions:
    """Settings of replies (`bobby.reply`; bobby.toml [replies], BOBBY_REPLIES_*, flags);
    every guard on by default."""

    per_thread: int = field(default=3, metadata=between(1, 100))
    cooldown: float = field(default=10.0, metadata=at_least(0))
    hourly_cap: int = field(default=20, metadata=between(1, 1000))
    lookback: float = field(default=0.0, metadata=between(0, 7 * 24 * 60))
    retry_within: float = field(default=12 * 60.0, metadata=between(0, 7 * 24 * 60))
    stop_words: list[str] = field(default_factory=lambda: ["stop", "unsubscribe"])
    quiet_hours: str | None = None
    interval: float = field(default=60.0, metadata=between(5, 3600))

    def __post_init__(self) -> None:
        from bobby.serve.plan import QuietHours

        check(self)
        if self.quiet_hours:
            QuietHours.parse(self.quiet_hours)
        if any(not word.strip() for word in self.stop_words):
            raise InputError("stop_words: an empty word would match everything")
