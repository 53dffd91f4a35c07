"""`datasets` used the fast way for a few tens of thousands of short texts.

`datasets` is built for corpora larger than memory: it caches every transformation on
disk under a fingerprint made by hashing the function, and hands rows to Python one at a
time unless asked otherwise. Here the whole export fits in memory many times over, so
transformations run in memory over one batch (the whole dataset), skip the hashing, and
columns come out as whole lists. That keeps prep of a 50,000-post export to a second
or two of CPU time beyond importing `datasets` (bench/prep.py measures it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datasets import Dataset

Batch = dict[str, list[Any]]


def _fingerprint() -> str:
    from datasets.fingerprint import generate_random_fingerprint

    return generate_random_fingerprint()


def map_all(ds: Dataset, function: Callable[..., Batch], **kwargs: Any) -> Dataset:
    """`ds.map(function)` with the whole dataset as one batch, in memory."""
    return ds.map(
        function,
        batched=True,
        batch_size=None,
        keep_in_memory=True,
        new_fingerprint=_fingerprint(),
        **kwargs,
    )


def filter_all(ds: Dataset, function: Callable[..., list[bool]], **kwargs: Any) -> Dataset:
    """`ds.filter(function)` with the whole dataset as one batch, in memory."""
    return ds.filter(
        function,
        batched=True,
        batch_size=None,
        keep_in_memory=True,
        new_fingerprint=_fingerprint(),
        **kwargs,
    )


def columns(ds: Dataset, names: list[str]) -> Batch:
    """Columns as lists, read in one go (`ds[name]` would yield them row by row, and
    each read of a shuffled or filtered dataset gathers its rows again)."""
    return ds.select_columns(names)[:] if len(ds) else {name: [] for name in names}


def column(ds: Dataset, name: str) -> list[Any]:
    """One column as a list."""
    return columns(ds, [name])[name]
