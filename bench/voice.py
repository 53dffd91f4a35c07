"""Benchmark: does the bot sound like its owner? The whole pipeline with the product's own
defaults, on the sample archive and real ones, scored by two judges of different families.

For each archive, in OUT/<name>/ (a bot folder): `bobby export`, `bobby prep`, `bobby
train` (fresh processes, the defaults, timed); then, in this process, the adapter writes
POSTS posts the way `bobby post` chooses one: N candidates each, from one batched pass,
checked by the gate, the across-posts rule seeing the posts chosen before it, the first of
the product's ranking taken (a group where none passed counts against the gate's rate).
The chosen posts, in order, are scored against the person's posts (bobby.voice): the
first judge's AUC (character n-grams, trained on the training split) and the second's
(word n-grams + stylometry, cross-validated over all the person's posts), each with its
95% interval; distinct-1/2 against as many real posts; topic collapse (the share of posts
with the set's most common content word, and of consecutive posts sharing one) against the
person's own in time order; copying; the gate's pass rate; perplexity of the test posts
with the adapter (`bobby eval`'s runtime row is not run: its posts would double the time).

    python bench/voice.py sample /path/to/archive [...] --out bench/out/voice [--posts 96] [--n 4]
    python bench/voice.py ... --code /tmp/ref   # another checkout builds and writes, this one scores

An archive is a Twitter/X archive (zip or folder) or `sample` (the demo's). A bot folder
that already has an adapter is reused (`--retrain` trains again). The archives of real
people stay outside the repository: the bench takes their paths.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import random
import subprocess
import sys
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]


def run(code: Path, folder: Path, *args: str) -> tuple[float, bytes]:
    """Run `args` with `code`'s bobby in `folder` in a fresh process; seconds and stdout."""
    tic = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args],
        cwd=folder,
        check=True,
        stdout=subprocess.PIPE,
        env={
            **os.environ,
            "PYTHONPATH": str(code),
            "BOBBY_STATE_DB": str(folder / "data/state.db"),
        },
    )
    return time.perf_counter() - tic, done.stdout


def build(code: Path, archive: str, folder: Path, retrain: bool) -> dict[str, float]:
    """export, prep and train with the defaults; the seconds of each step."""
    from bobby.sample import archive_path

    source = str(archive_path()) if archive == "sample" else str(Path(archive).resolve())
    folder.mkdir(parents=True, exist_ok=True)
    times = {}
    steps = {
        "export": (folder / "data/posts.jsonl", ["export", source]),
        "prep": (folder / "data/train.jsonl", ["prep"]),
        "train": (folder / "adapters/default/adapters.safetensors", ["train", "--force"]),
    }
    for step, (made, args) in steps.items():
        if not made.exists() or (retrain and step == "train"):
            times[step] = run(code, folder, "-m", "bobby", *args)[0]
    return times


def choose(folder: Path, posts: int, n: int, seed: int) -> tuple[list[str], dict[str, float]]:
    """POSTS posts, each the product's choice among N candidates, in order."""
    from bobby.gate import GateOptions
    from bobby.generate import GenerateOptions, Generation, Generator

    tic = time.perf_counter()
    options = GenerateOptions(
        adapter_path=folder / "adapters/default", data=folder / "data", n=n, seed=seed
    )
    generator = Generator.open(options, GateOptions(), [])
    loaded = time.perf_counter()
    import mlx.core as mx

    mx.random.seed(seed)
    written = generator.round(options, random.Random(seed), posts * n)
    wrote = time.perf_counter()
    chosen: list[str] = []
    passed = 0
    for start in range(0, len(written), n):
        group = written[start : start + n]
        # What the bot posted before this one is history (novelty) and, where the product
        # has an across-posts rule, its recent subjects: the same gate as `bobby post`'s.
        generator.remember(chosen)
        group = [
            dataclasses.replace(c, verdict=recheck(generator, c)) if c.verdict else c for c in group
        ]
        passed += sum(c.passed for c in group)
        best = Generation("", None, {}).collect([group]).candidates[0]
        if best.passed:
            chosen.append(best.text)
    return chosen, {
        "load": loaded - tic,
        "write": wrote - loaded,
        "choose": time.perf_counter() - wrote,
        "pass_rate": passed / len(written),
        "groups_without_a_pass": (len(written) // n - len(chosen)) / (len(written) // n),
    }


def recheck(generator, candidate):
    """The candidate's verdict by the generator's gate as it is now, the check that only
    generation can make (whether the text was finished) kept."""
    verdict = generator.gate.check(candidate.verdict.text)
    verdict.checks += [c for c in candidate.verdict.checks if c.name == "finished"]
    return verdict


def perplexity(folder: Path) -> float:
    from bobby.adapters import AdapterDir
    from bobby.evaluate import _test_set, nll
    from bobby.models import load

    adapter = AdapterDir(folder / "adapters/default")
    config = adapter.config()
    loaded = load(config["model"], adapter)
    test = _test_set(folder / "data", loaded.tokenizer, config.get("mask_prompt", True))
    value, _ = nll(loaded.model, test, config.get("max_seq_length", 256))
    import math

    return math.exp(value)


def real_posts(folder: Path) -> tuple[list[str], list[str], list[str]]:
    """The training split, the test split, and every post of the splits in time order."""
    from bobby.evaluate import _texts
    from bobby.layout import Layout

    layout = Layout(folder / "data")
    train, test = _texts(layout, "train"), _texts(layout, "test")
    known = set(train) | set(test) | set(_texts(layout, "valid"))
    ordered = [
        post["text"]
        for post in map(orjson.loads, (folder / "data/posts.jsonl").read_bytes().splitlines())
        if post.get("text") in known
    ]
    return train, test, sorted(set(ordered), key=ordered.index)


def report(name: str, folder: Path, chosen: list[str], extra: dict) -> dict:
    from bobby import voice
    from bobby.gate import NoveltyIndex

    train, test, ordered = real_posts(folder)
    scored = voice.score(train, test, chosen, NoveltyIndex(train, voice.COPY_RUN), seed=1)
    mine, theirs = scored.collapse, voice.collapse(ordered)
    return {
        "archive": name,
        "posts": len(chosen),
        "real_posts": len(ordered),
        "auc": [scored.auc, scored.auc_low, scored.auc_high],
        "auc2": [scored.auc2, scored.auc2_low, scored.auc2_high],
        "distinct": scored.distinct,
        "real_distinct": scored.reference_distinct,
        "collapse": [mine.top_word, mine.share, mine.consecutive],
        "real_collapse": [theirs.top_word, theirs.share, theirs.consecutive],
        "copied": scored.copied,
        **extra,
        "examples": chosen[:5],
    }


def line(r: dict) -> str:
    d, rd = r["distinct"], r["real_distinct"]
    c, rc = r["collapse"], r["real_collapse"]
    return (
        f"| {r['archive']} | {r['posts']} | {r['auc'][0]:.3f} ({r['auc'][1]:.2f}-{r['auc'][2]:.2f}) "
        f"| {r['auc2'][0]:.3f} ({r['auc2'][1]:.2f}-{r['auc2'][2]:.2f}) "
        f"| {d[1]:.2f} / {rd[1]:.2f} = {d[1] / rd[1]:.2f}x "
        f"| {c[0]} {c[1]:.0%} / {rc[0]} {rc[1]:.0%} = {c[1] / max(rc[1], 1e-9):.1f}x "
        f"| {c[2]:.0%} / {rc[2]:.0%} | {r['copied']:.0%} | {r['pass_rate']:.0%} "
        f"| {r['perplexity']:.1f} | {r.get('train', 0):.0f} + {r['write']:.0f} s |"
    )


HEADER = (
    "| archive | posts | voice AUC, judge 1 | judge 2 | distinct-2 / yours | top subject / yours "
    "| next post same subject / yours | copied | pass the gate | perplexity | train + write |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archives", nargs="*")
    parser.add_argument("--out", type=Path, default=Path("bench/out/voice"))
    parser.add_argument("--posts", type=int, default=96, help="chosen posts per archive")
    parser.add_argument("--n", type=int, default=4, help="candidates per post")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--retrain", action="store_true")
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout that builds and writes")
    parser.add_argument("--choose", type=Path, help=argparse.SUPPRESS)  # the child's part
    args = parser.parse_args()
    if args.choose:
        chosen, measured = choose(args.choose, args.posts, args.n, args.seed)
        measured["perplexity"] = perplexity(args.choose)
        print(orjson.dumps([chosen, measured]).decode())
        return
    print(f"# bench/voice.py {' '.join(sys.argv[1:])}")
    print(
        f"# code: {args.code.resolve()}, scored by {ROOT}; {platform.node()}, load {os.getloadavg()}"
    )
    print(HEADER)
    results = []
    for archive in args.archives:
        name = "sample" if archive == "sample" else Path(archive).name
        folder = (args.out / name).resolve()
        times = build(args.code, archive, folder, args.retrain)
        _, out = run(
            args.code, folder, str(ROOT / "bench/voice.py"), "--choose", str(folder),
            "--posts", str(args.posts), "--n", str(args.n), "--seed", str(args.seed),
        )  # fmt: skip
        chosen, measured = orjson.loads(out.splitlines()[-1])
        result = report(name, folder, chosen, {**times, **measured})
        results.append(result)
        print(line(result), flush=True)
    for result in results:
        print(orjson.dumps(result).decode())


if __name__ == "__main__":
    main()
