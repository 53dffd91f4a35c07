"""Benchmark: the quality gate's novelty check against 50,000 posts.

Times building the index once and checking one candidate (copied runs and similarity
against every post), next to the obvious reference measured in the same run: a loop that
compares the candidate's word pairs and 8-word runs with each post in turn.

    python bench/gate.py [--posts 50000] [--candidates 200]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bobby.gate import Gate, GateOptions, words

VOCABULARY = [f"w{i}" for i in range(3000)] + [
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "is",
    "it",
] * 200


def post(rng: random.Random) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(5, 45)))


def reference(candidate: str, history: list[list[str]], n: int = 8) -> tuple[bool, float]:
    """Compare with each post in turn: the straightforward way."""
    tokens = words(candidate)
    runs = {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}
    pairs = {tuple(tokens[i : i + 2]) for i in range(len(tokens) - 1)}
    copied, best = False, 0.0
    for other in history:
        other_runs = {tuple(other[i : i + n]) for i in range(len(other) - n + 1)}
        copied = copied or bool(runs & other_runs)
        other_pairs = {tuple(other[i : i + 2]) for i in range(len(other) - 1)}
        union = len(pairs | other_pairs)
        best = max(best, len(pairs & other_pairs) / union if union else 0.0)
    return copied, best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--candidates", type=int, default=200)
    args = parser.parse_args()
    print(f"$ python bench/gate.py --posts {args.posts} --candidates {args.candidates}")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    rng = random.Random(0)
    history = [post(rng) for _ in range(args.posts)]
    candidates = [post(rng) for _ in range(args.candidates)]
    candidates[::10] = [h + " and more" for h in history[: len(candidates[::10])]]  # some copies

    began = time.perf_counter()
    gate = Gate(GateOptions(), history)
    built = time.perf_counter() - began
    timings = []
    for candidate in candidates:
        began = time.perf_counter()
        gate.check(candidate)
        timings.append(time.perf_counter() - began)
    tokenized = [words(h) for h in history]
    slow = []
    for candidate in candidates[:5]:
        began = time.perf_counter()
        reference(candidate, tokenized)
        slow.append(time.perf_counter() - began)
    per, ref = statistics.median(timings), statistics.median(slow)
    copies = statistics.median(timings[::10])  # these also name the post they copy
    print(f"index of {args.posts:,} posts built in {built:.2f} s")
    print(f"check per candidate (median of {len(timings)}): {per * 1000:.2f} ms")
    print(f"  of a copy, naming the post and the shared words: {copies * 1000:.2f} ms")
    print(
        f"reference, post-by-post comparison (median of 5): {ref * 1000:.0f} ms  ({ref / per:.0f}x slower)"
    )


if __name__ == "__main__":
    main()
