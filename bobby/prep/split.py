"""Train, valid and test sets, and the per-source weights of the training set.

Both splits are deterministic for a seed. `time` holds out the most recent samples
(valid, then test, the newest): a model is then judged on posts written after
everything it saw, which is what it will be asked to do, rather than on posts from the
same weeks as its training posts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bobby.errors import InputError

if TYPE_CHECKING:
    from datasets import Dataset

SPLITS = ("train", "valid", "test")


def holdout_sizes(count: int, valid_fraction: float, test_fraction: float) -> tuple[int, int]:
    """(valid, test) sizes: each at least one sample when its fraction is above 0, as
    long as one is left to train on (test gives way first)."""

    def size(fraction: float) -> int:
        return max(1, round(count * fraction)) if fraction > 0 else 0

    valid, test = size(valid_fraction), size(test_fraction)
    while count - valid - test < 1 and (valid or test):
        if test:
            test -= 1
        else:
            valid -= 1
    return valid, test


def split(
    ds: Dataset, mode: str, seed: int, valid_fraction: float, test_fraction: float
) -> dict[str, Dataset]:
    """{train, valid, test} from `ds` (whose rows are oldest first)."""
    count = len(ds)
    valid, test = holdout_sizes(count, valid_fraction, test_fraction)
    if mode == "random":
        ds = ds.shuffle(seed=seed, keep_in_memory=True)
    ends = (0, count - valid - test, count - test, count)
    # contiguous ranges are slices, not gathered rows; `datasets` refuses an empty one
    return {
        name: ds.select(range(start, end) if end > start else [], keep_in_memory=True)
        for name, start, end in zip(SPLITS, ends, ends[1:], strict=False)
    }


def weigh(
    sources: list[str], weights: dict[str, float], seed: int
) -> tuple[list[int], dict[str, dict[str, Any]]]:
    """Which training samples go into train.jsonl, how many times, in what order.

    Weights act on the training set only (valid and test measure the person's writing as
    it is). A weight of 3 puts each sample of that source in three times; a fractional
    part adds one more copy to that share of the samples, drawn with the seed, so
    `twitter=0.5` keeps half. The result is shuffled (with the seed), so that copies
    are spread out and a time split's training set is not in time order.

    Args:
        sources: the source of each training sample.

    Returns:
        Row numbers into the training set, and per source (present or weighted) its
        weight and sample counts before and after.
    """
    import numpy as np

    names = np.array(sources, dtype=object)
    factors = np.array([weights.get(source, 1.0) for source in sources], dtype=float)
    whole = np.floor(factors)
    rng = np.random.default_rng([seed, 1])
    copies = whole.astype(int) + (rng.random(len(factors)) < factors - whole)
    if len(sources) and not copies.sum():
        raise InputError(f"the weights {weights} leave no training samples")
    report = {
        str(source): {
            "weight": weights.get(source, 1.0),
            "samples": int((names == source).sum()),
            "weighted": int(copies[names == source].sum()),
        }
        for source in sorted(set(sources) | set(weights))
    }
    rows = np.repeat(np.arange(len(sources)), copies)
    return rng.permutation(rows).tolist(), report
