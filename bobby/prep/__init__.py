"""`bobby prep`: the person's posts as training data in mlx-lm's own formats.

posts.jsonl (from `bobby export`) becomes train.jsonl, valid.jsonl and test.jsonl, which
`mlx_lm.lora --data <out_dir>` reads unchanged, and prep.json, which says how they were
made: the settings, what each rule dropped, the hash of the input, and the prompt format
the samples assume, so that `generate` can prompt exactly as training did
(`bobby.prompt.prompt_for`).

The transformations run on an in-memory `datasets.Dataset`: nothing is cached on disk,
and the output files are replaced together only once all of them are written, so a
failed run (a full disk) leaves the previous set as it was, never a mix of two runs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from bobby import __version__
from bobby.bluesky.richtext import most_common_language
from bobby.errors import InputError
from bobby.files import sha256_file, write_all
from bobby.prep.options import PrepOptions, check_combination, parse_weights
from bobby.prep.split import SPLITS
from bobby.progress import Report, stage

if TYPE_CHECKING:
    from datasets import Dataset

__all__ = [
    "PrepOptions",
    "PrepReport",
    "parse_weights",
    "prep",
]


@dataclass
class PrepReport:
    """What prep did; `to_dict()` is the content of prep.json."""

    input: dict[str, Any]
    settings: dict[str, Any]
    posts_in: int
    dropped: dict[str, int]
    threads: dict[str, int]
    samples: dict[str, int]
    weights: dict[str, dict[str, Any]]
    dates: dict[str, list[str]]
    files: dict[str, str]
    prompt: dict[str, Any]
    tokens: dict[str, Any] | None = None
    language: str | None = None  # most kept posts' language: every post's `langs`
    reply_samples: int = 0  # of samples["train"]: answers to posts in the archive (prep.replies)
    version: int = 1
    bobby_version: str = __version__

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _nothing_left(options: PrepOptions, posts_in: int, dropped: Counter[str]) -> InputError:
    reasons = ", ".join(f"{count:,} {reason}" for reason, count in dropped.most_common())
    return InputError(
        f"{options.posts}: the filters left no samples (of {posts_in:,} posts: {reasons})"
    )


def _samples(options: PrepOptions, dropped: Counter[str]) -> tuple[Dataset, int, dict[str, int]]:
    """The kept samples, oldest first; the number of posts read; the threads joined."""
    import datasets
    from datasets.table import InMemoryTable

    from bobby import bot_posts
    from bobby.prep import rules
    from bobby.prep.read import read_posts

    datasets.disable_progress_bars()
    ds = datasets.Dataset(InMemoryTable(read_posts(options.posts)))
    posts_in = len(ds)
    if bot := bot_posts.gather():  # before cleaning changes the texts
        ds = rules.mark(ds, rules.bot_rule(bot))
    ds = rules.mark(rules.clean(ds, options), rules.post_rule(options))
    threads = {"joined": 0, "posts": 0}
    if options.join_threads:
        ds, threads["joined"], threads["posts"] = rules.join_threads(ds)
    ds = rules.drop_marked(rules.mark(ds, rules.sample_rule(options)), dropped)
    if not len(ds):
        raise _nothing_left(options, posts_in, dropped)
    return ds, posts_in, threads


def _write(out_dir: Path, written: dict[str, list[dict[str, Any]]], report: PrepReport) -> None:
    """The files of one run as one unit: all replaced, or (a full disk) none.

    A split with no samples has no file: an empty one would stop mlx_lm.lora, and an old
    one would be a lie.
    """
    files: dict[Path, bytes | None] = {
        out_dir / f"{name}.jsonl": b"".join(
            orjson.dumps(record) + b"\n" for record in written[name]
        )
        or None
        for name in SPLITS
    }
    files[out_dir / "prep.json"] = (
        orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2) + b"\n"
    )
    write_all(files)


def prep(options: PrepOptions, progress: Report | None = None) -> PrepReport:
    """Turn posts.jsonl into train/valid/test.jsonl and prep.json in `options.out_dir`.

    Args:
        options: see `PrepOptions`; resolve them with `bobby.config.resolve(PrepOptions, "prep", flags)`.
        progress: told as each stage starts.

    Returns:
        The report that was also written as prep.json.

    Raises:
        InputError: a setting is invalid, posts.jsonl is missing or malformed, or the
            filters leave nothing; nothing has been written then.
        ModelError: `options.model` has no usable tokenizer.
    """
    import numpy as np

    from bobby.prep.inmemory import columns
    from bobby.prep.replies import reply_samples
    from bobby.prep.split import split, weigh
    from bobby.prompt import describe, records

    check_combination(options)
    tokenizer = None
    if options.model:
        from bobby.prep.tokens import load_tokenizer, max_seq_length, token_stats

        stage(progress, "Loading the tokenizer")
        tokenizer = load_tokenizer(options.model)
    prompt = describe(options.format, options.templates, options.system, tokenizer, options.model)

    stage(progress, "Reading and filtering posts")
    dropped: Counter[str] = Counter()
    ds, posts_in, threads = _samples(options, dropped)
    digest = sha256_file(options.posts)

    stage(progress, "Splitting")
    parts = {
        name: columns(part, ["text", "created_at", "source", "id"])
        for name, part in split(
            ds, options.split, options.seed, options.valid_fraction, options.test_fraction
        ).items()
    }
    # seeded streams: datasets' shuffle (split) uses the seed, weigh [seed, 1], prompts [seed, 2, n]
    order, weights = weigh(parts["train"]["source"], options.weights, options.seed)
    posts = {name: parts[name]["text"] for name in SPLITS}
    posts["train"] = [posts["train"][row] for row in order]
    written = {
        name: records(
            posts[name],
            options.format,
            options.templates,
            options.system,
            np.random.default_rng([options.seed, 2, number]),
        )
        for number, name in enumerate(SPLITS)
    }
    kept = list(zip(parts["train"]["source"], parts["train"]["id"], parts["train"]["text"], strict=True))  # fmt: skip
    replies = reply_samples(options.posts, kept, options.format, options.system)
    written["train"] += replies
    tokens = None
    if tokenizer is not None:
        stage(progress, "Counting tokens")
        tokens = token_stats(written, tokenizer, max_seq_length(options.max_seq_length))

    report = PrepReport(
        input={"path": str(options.posts), "sha256": digest},
        settings=options.to_dict(),
        posts_in=posts_in,
        dropped=dict(dropped.most_common()),
        threads=threads,
        samples={"kept": len(ds), "train_unweighted": len(parts["train"]["text"])}
        | {name: len(written[name]) for name in SPLITS},
        reply_samples=len(replies),
        weights=weights,
        dates={
            name: [min(dates), max(dates)]
            for name in SPLITS
            if (dates := parts[name]["created_at"])
        },
        files={name: f"{name}.jsonl" for name in SPLITS if written[name]},
        prompt=prompt,
        tokens=tokens,
        language=most_common_language(ds["lang"]),
    )
    stage(progress, "Writing")
    _write(options.out_dir, written, report)
    return report
