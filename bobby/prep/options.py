"""The settings of `bobby prep`, with the defaults a person would want.

Every field is also a key of `[prep]` in bobby.toml and a `BOBBY_PREP_<FIELD>` variable
(see `bobby.config.resolve`). Values can come from a file a person typed, so they are
checked here, in the library, with one-line errors, rather than only by the CLI's parser.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from bobby import config
from bobby.config import SEED, at_least, between
from bobby.errors import InputError
from bobby.posts import KINDS
from bobby.prompt import DEFAULT_TEMPLATES

SOURCES = ("twitter", "bluesky")
MAX_WEIGHT = 100.0  # a source's samples repeated more often than this would be memorised


@dataclass
class PrepOptions:
    """How posts become training samples. Defaults: chat format, own posts, threads and
    quotes (no retweets, no replies to others), leading @mentions and links stripped,
    at least 20 characters, near-duplicates dropped, 90/5/5 random split, seed 42."""

    posts: Path = Path("data/posts.jsonl")
    out_dir: Path = Path("data")
    format: Literal["chat", "completions", "text"] = "chat"
    seed: int = field(default=42, metadata=SEED)
    model: str | None = None
    kinds: list[str] = field(default_factory=lambda: ["post", "self_reply", "quote"])
    join_threads: bool = False
    strip_mentions: bool = True
    links: Literal["keep", "strip", "drop-post"] = "strip"
    min_chars: int = field(default=20, metadata=at_least(0))
    langs: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    dedup: Literal["near", "exact", "off"] = "near"
    weights: dict[str, float] = field(default_factory=dict)
    split: Literal["random", "time"] = "random"
    valid_fraction: float = field(default=0.05, metadata=between(0, 0.99))
    test_fraction: float = field(default=0.05, metadata=between(0, 0.99))
    templates: list[str] = field(default_factory=lambda: list(DEFAULT_TEMPLATES))
    system: str | None = None
    max_seq_length: int | None = field(default=None, metadata=at_least(1))

    def __post_init__(self) -> None:
        for name in ("kinds", "langs", "templates"):
            if isinstance(getattr(self, name), str):  # `kinds = "post"` in bobby.toml: one kind
                setattr(self, name, [getattr(self, name)])
        config.check(self)
        self.posts = Path(self.posts)
        self.out_dir = Path(self.out_dir)
        self.kinds, self.langs, self.templates = (
            list(self.kinds),
            list(self.langs),
            list(self.templates),
        )
        self.weights = {key: float(value) for key, value in self.weights.items()}

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready settings, as recorded in prep.json."""
        value = asdict(self)
        value["posts"] = str(self.posts)
        value["out_dir"] = str(self.out_dir)
        return value


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    """A value of a list setting (kinds, weights' sources) that is one of `allowed`."""
    if value not in allowed:
        raise InputError(
            f"unknown {name} {value!r} (choose {', '.join(allowed[:-1])} or {allowed[-1]})"
        )


def _moment(name: str, value: str, end_of_day: bool) -> str:
    """A --since/--until value as the canonical `YYYY-MM-DDTHH:MM:SSZ` it is compared to.

    A bare date means the whole day: `--until 2023-12-31` keeps posts of that day, so it
    becomes the first second of the next day, compared exclusively.
    """
    try:
        if len(value) == 10:
            day = date.fromisoformat(value) + timedelta(days=1 if end_of_day else 0)
            return f"{day.isoformat()}T00:00:00Z"
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InputError(
            f"{name} {value!r} is not a date (YYYY-MM-DD) or an ISO 8601 time"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC) + timedelta(seconds=1 if end_of_day else 0)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def date_bounds(options: PrepOptions) -> tuple[str | None, str | None]:
    """(first moment kept, first moment no longer kept), as canonical timestamps."""
    since = _moment("since", options.since, False) if options.since else None
    until = _moment("until", options.until, True) if options.until else None
    return since, until


def parse_weights(values: list[str]) -> dict[str, float]:
    """`["bluesky=3", "twitter=0.5"]` (the repeatable --weight option) as a dict."""
    weights = {}
    for value in values:
        source, sep, number = value.partition("=")
        try:
            if not sep:
                raise ValueError(value)
            weights[source.strip()] = float(number)
        except ValueError:
            raise InputError(f"weight {value!r} is not SOURCE=N (for example bluesky=3)") from None
    return weights


def check_combination(options: PrepOptions) -> None:
    """Raise an InputError naming the first setting that cannot work."""
    for kind in options.kinds:
        _choice("kind", kind, KINDS)
    for source, weight in options.weights.items():
        _choice("weight source", source, SOURCES)
        if not math.isfinite(weight) or not 0 < weight <= MAX_WEIGHT:
            raise InputError(
                f"weight {source}={weight:g} must be a number above 0 and at most {MAX_WEIGHT:g}"
            )
    fractions = (options.valid_fraction, options.test_fraction)
    if any(not 0 <= value < 1 for value in fractions) or sum(fractions) >= 1:
        raise InputError(
            f"valid_fraction {fractions[0]:g} and test_fraction {fractions[1]:g} must be "
            "between 0 and 1 and leave something to train on"
        )
    if not options.templates or not all(
        isinstance(t, str) and t.strip() for t in options.templates
    ):
        raise InputError("templates must be a list of non-empty prompts")
    if options.system is not None and options.format != "chat":
        raise InputError(
            f"a system prompt needs --format chat (the {options.format} format has no place for it)"
        )
    date_bounds(options)
