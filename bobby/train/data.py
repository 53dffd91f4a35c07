"""The training data: mlx-lm's JSONL formats, checked, tokenized and batched.

`bobby prep` writes train.jsonl and valid.jsonl in one of mlx-lm's formats (chat
`{"messages": [...]}`, completions `{"prompt", "completion"}` or text `{"text"}`); any
folder in those formats works. Every record is checked and tokenized before training
starts, with mlx-lm's own dataset classes, so a bad line is an error naming its line
rather than a crash an hour in, and batches can be sorted by their real length.

Batches follow mlx_lm.tuner.trainer.iterate_batches (sorted by length, so that each batch
holds posts of similar length; shuffled batch order), but the order of each epoch comes
from the seed and the epoch number alone, so a resumed run sees exactly the batches the
uninterrupted one would have. mlx-lm pads every batch to a multiple of 32 tokens so that
its compiled step sees few shapes; a step that is not compiled (on the CPU, see
bobby.train.loop) pads to the batch's longest row only, as short posts padded to 32
would waste a quarter of the work.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

from bobby.errors import InputError
from bobby.files import read_jsonl
from bobby.train.loss import first_scored
from bobby.train.options import TrainOptions
from bobby.train.ranks import SINGLE, World


@dataclass
class Split:
    """One tokenized JSONL file: each example is (tokens, where the prompt ends)."""

    path: Path
    format: str
    examples: list[tuple[list[int], int]]
    truncated: int


def _format_of(record: Any, options: TrainOptions) -> str | None:
    if not isinstance(record, dict):
        return None
    if options.prompt_feature in record and options.completion_feature in record:
        return "completions"
    if options.chat_feature in record:
        return "chat"
    if options.text_feature in record:
        return "text"
    return None


def check_folder(folder: Path) -> Path:
    """The folder's train.jsonl; a missing or foreign folder is a one-line error."""
    if not folder.exists():
        raise InputError(f"{folder}: no such folder (run `bobby prep` to make the training data)")
    if not folder.is_dir():
        raise InputError(
            f"{folder}: is a file; --data takes a folder holding train.jsonl and valid.jsonl"
        )
    train = folder / "train.jsonl"
    if not train.is_file():
        what = (
            "holds bobby export's posts.jsonl, not training data"
            if (folder / "posts.jsonl").exists()
            else "no train.jsonl"
        )
        raise InputError(f"{folder}: {what} (run `bobby prep` to make train.jsonl and valid.jsonl)")
    return train


def load_split(path: Path, tokenizer: Any, options: TrainOptions) -> Split:
    """Read, check and tokenize one JSONL file with mlx-lm's dataset classes.

    Args:
        path: train.jsonl, valid.jsonl or any file in one of mlx-lm's formats.
        tokenizer: the model's tokenizer (an mlx-lm TokenizerWrapper).
        options: the prompt/completion/chat/text feature names and mask_prompt.
    """
    from mlx_lm.tuner.datasets import create_dataset

    records = list(read_jsonl(path))
    if not records:
        raise InputError(f"{path}: no examples")
    kind = _format_of(records[0], options)
    for number, record in enumerate(records, 1):
        found = _format_of(record, options)
        if found is None:
            raise InputError(
                f"{path}, line {number}: not an mlx-lm training record (expected {options.chat_feature!r}, "
                f"{options.prompt_feature!r} and {options.completion_feature!r}, or {options.text_feature!r})"
            )
        if found != kind:
            raise InputError(f"{path}, line {number}: a {found} record in a file of {kind} records")
    # Text has no prompt to mask; everything else masks it when asked to.
    settings = SimpleNamespace(
        **{**vars(options), "mask_prompt": options.mask_prompt and kind != "text"}
    )
    dataset = create_dataset(records, tokenizer, settings)
    examples = []
    truncated = 0
    for number, record in enumerate(records, 1):
        # The chat template and the tokenizer are third-party code run on the user's data.
        try:
            tokens, offset = dataset.process(record)
        except Exception as err:
            raise InputError(
                f"{path}, line {number}: cannot be tokenized for this model ({err})"
            ) from None
        if len(tokens) > options.max_seq_length:
            truncated += 1
        examples.append((list(tokens), offset))
    return Split(path=path, format=kind, examples=examples, truncated=truncated)


def load_splits(options: TrainOptions, tokenizer: Any) -> tuple[Split, Split | None]:
    """train.jsonl and, if present, valid.jsonl of `options.data`, in the same format."""
    train = load_split(check_folder(options.data), tokenizer, options)
    if len(train.examples) < options.batch_size:
        raise InputError(
            f"{train.path}: {len(train.examples)} examples, fewer than batch_size {options.batch_size}"
        )
    valid_path = options.data / "valid.jsonl"
    if not valid_path.is_file():
        return train, None
    valid = load_split(valid_path, tokenizer, options)
    if valid.format != train.format:
        raise InputError(
            f"{valid_path}: {valid.format} records, but train.jsonl holds {train.format} records"
        )
    if len(valid.examples) < options.batch_size:
        return train, None
    return train, valid


def _groups(split: Split, batch_size: int) -> list[list[int]]:
    """Indices grouped into batches of similar length (the remainder is left out)."""
    order = sorted(range(len(split.examples)), key=lambda index: len(split.examples[index][0]))
    return [
        order[start : start + batch_size]
        for start in range(0, len(order) - batch_size + 1, batch_size)
    ]


@dataclass(frozen=True)
class Batch:
    """Rows of tokens, right-padded, with what the loss needs to score them.

    Attributes:
        tokens: (rows, width) token ids.
        lengths: (prompt end, length) of each row.
        start: the first input position any row is scored at (bobby.train.loss).
    """

    tokens: Any
    lengths: Any
    start: int


def _array(split: Split, indices: list[int], max_seq_length: int, multiple: int) -> Batch:
    """One batch, as mlx-lm pads it: one column more than a multiple of `multiple` at
    least as long as the longest row (the loss scores one position past each row's end)."""
    import mlx.core as mx

    rows = [split.examples[index] for index in indices]
    longest = max(len(tokens) for tokens, _ in rows)
    width = min(1 + multiple * -(-longest // multiple), max_seq_length)
    batch = np.zeros((len(rows), width), np.int32)
    lengths = np.zeros((len(rows), 2), np.int32)
    for row, (tokens, offset) in enumerate(rows):
        kept = min(len(tokens), max_seq_length)
        batch[row, :kept] = tokens[:kept]
        lengths[row] = offset, kept
    start = min(first_scored(lengths, multiple), width - 2)
    return Batch(mx.array(batch), mx.array(lengths), max(start, 0))


def batches(
    split: Split,
    batch_size: int,
    max_seq_length: int,
    seed: int,
    start: int = 0,
    world: World = SINGLE,
    multiple: int = 1,
) -> Iterator[Batch]:
    """Endless training batches from batch number `start` on, in a seeded order.

    Epoch e visits the length-sorted batches in the permutation drawn from (seed, e),
    so batch number n is the same whether or not a run was interrupted before it, and
    on any number of processes (each takes its rows of the same global batch).
    `multiple` is what widths are rounded up to (32 for a compiled step, else 1).
    """
    groups = _groups(split, batch_size)
    epochs = (
        np.random.default_rng([0, seed, epoch]).permutation(len(groups))
        for epoch in itertools.count()
    )
    for index in itertools.islice(itertools.chain.from_iterable(epochs), start, None):
        yield _array(split, world.shard(groups[index]), max_seq_length, multiple)


def validation_batches(
    split: Split,
    batch_size: int,
    max_seq_length: int,
    limit: int,
    seed: int,
    world: World = SINGLE,
    multiple: int = 1,
) -> list[Batch]:
    """The same `limit` batches for every evaluation (all of them if limit is -1), so
    validation losses of one run compare with each other."""
    groups = _groups(split, batch_size)
    order = np.random.default_rng([1, seed]).permutation(len(groups))
    chosen = order if limit == -1 else order[:limit]
    return [_array(split, world.shard(groups[index]), max_seq_length, multiple) for index in chosen]
