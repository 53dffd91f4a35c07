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


def write_pool(folder: Path, count: int, seed: int, sampling: dict) -> dict:
    """`count` candidates from the folder's adapter in one batched pass, as `bobby
    generate` writes them (prompts, sampling, cleaning, the gate's "finished" check)."""
    from bobby.gate import GateOptions
    from bobby.generate import GenerateOptions, Generator

    tic = time.perf_counter()
    options = GenerateOptions(
        adapter_path=folder / "adapters/default", data=folder / "data", seed=seed, **sampling
    )
    generator = Generator.open(options, GateOptions(), [])
    loaded = time.perf_counter()
    import mlx.core as mx

    mx.random.seed(seed)
    written = generator.round(options, random.Random(seed), count)
    return {
        "candidates": [
            {
                "text": c.text,
                "logprob": c.logprob,
                "style": getattr(c, "style", None),
                "finished": next(ch.passed for ch in c.verdict.checks if ch.name == "finished"),
            }
            for c in written
        ],
        "load": loaded - tic,
        "write": time.perf_counter() - loaded,
        "perplexity": perplexity(folder),
    }


# The choice among candidates, lever by lever: what `bobby post` did before this work (the
# gate without its loop and across-posts checks, the model's likelihood first), then each
# lever added. The last is the product as it is.
VARIANTS = {
    "likelihood": {"refuse_repeats": False, "recent_posts": 0, "style": False},
    "+no_repeats": {"refuse_repeats": True, "recent_posts": 0, "style": False},
    "+style": {"refuse_repeats": True, "recent_posts": 0, "style": True},
    "+new_subject": {"refuse_repeats": True, "recent_posts": 5, "style": True},
}


def choose(folder: Path, pool: list[dict], n: int, variant: dict) -> tuple[list[str], dict]:
    """One post from each N candidates of the pool, in order, as the product chooses: the
    gate (with the posts chosen before as history and recent subjects), then `rank`."""
    from bobby.candidates import Candidate
    from bobby.gate import Check, Gate, GateOptions
    from bobby.generate import known_texts, rank
    from bobby.layout import Layout

    layout = Layout(folder / "data")
    options = GateOptions(
        refuse_repeats=variant["refuse_repeats"], recent_posts=variant["recent_posts"]
    )
    person = known_texts(layout, [])
    chosen: list[str] = []
    passed = 0
    for start in range(0, len(pool), n):
        gate = Gate(options, [*person, *chosen], chosen)
        group = []
        for c in pool[start : start + n]:
            verdict = gate.check(c["text"])
            verdict.checks.append(Check("finished", c["finished"]))
            style = c["style"] if variant["style"] else None
            group.append(Candidate(c["text"], verdict=verdict, logprob=c["logprob"], style=style))
        passed += sum(c.passed for c in group)
        best = rank(group)[0]
        if best.passed:
            chosen.append(best.text)
    groups = len(pool) // n
    return chosen, {"pass_rate": passed / len(pool), "no_pass": (groups - len(chosen)) / groups}


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
    from bobby.generate import split_texts
    from bobby.layout import Layout

    layout = Layout(folder / "data")
    train, test = split_texts(layout, "train"), split_texts(layout, "test")
    known = set(train) | set(test) | set(split_texts(layout, "valid"))
    ordered = [
        post["text"]
        for post in map(orjson.loads, (folder / "data/posts.jsonl").read_bytes().splitlines())
        if post.get("text") in known
    ]
    return train, test, sorted(set(ordered), key=ordered.index)


def report(folder: Path, chosen: list[str], extra: dict) -> dict:
    from bobby import voice
    from bobby.gate import NoveltyIndex

    train, test, ordered = real_posts(folder)
    scored = voice.score(train, test, chosen, NoveltyIndex(train, voice.COPY_RUN), seed=1)
    mine, theirs = scored.collapse, voice.collapse(ordered)
    return {
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
        "examples": chosen[:4],
    }


def _auc(value: list) -> str:
    return f"{value[0]:.3f} ({value[1]:.2f}-{value[2]:.2f})" if value[0] is not None else "-"


def line(r: dict) -> str:
    d, rd = r["distinct"], r["real_distinct"]
    c, rc = r["collapse"], r["real_collapse"]
    return (
        f"| {r['archive']} | {r['variant']} | {r['posts']} | {_auc(r['auc'])} | {_auc(r['auc2'])} "
        f"| {d[1]:.2f} / {rd[1]:.2f} = {d[1] / max(rd[1], 1e-9):.2f}x "
        f"| {c[0]} {c[1]:.0%} / {rc[0]} {rc[1]:.0%} = {c[1] / max(rc[1], 1e-9):.1f}x "
        f"| {c[2]:.0%} / {rc[2]:.0%} | {r['copied']:.0%} | {r['pass_rate']:.0%} "
        f"| {r['perplexity']:.1f} | {r.get('train', 0):.0f} + {r['write']:.0f} s |"
    )


HEADER = (
    "| archive | choice | posts | voice AUC, judge 1 | judge 2 | distinct-2 / yours "
    "| top subject / yours | next post same subject / yours | copied | pass the gate "
    "| perplexity | train + write |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|"
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
    parser.add_argument(
        "--variants",
        default="+new_subject",
        help="choices to score, comma-separated, from: " + ", ".join(VARIANTS) + ", or all",
    )
    parser.add_argument(
        "--sampling",
        default="",
        help="generate settings other than the defaults: temp=1.0,min_p=0.05",
    )
    parser.add_argument("--pool", type=Path, help=argparse.SUPPRESS)  # the child's part
    args = parser.parse_args()
    sampling = {
        key: float(value)
        for key, value in (item.split("=") for item in args.sampling.split(",") if item)
    }
    if args.pool:
        print(
            orjson.dumps(write_pool(args.pool, args.posts * args.n, args.seed, sampling)).decode()
        )
        return
    variants = list(VARIANTS) if args.variants == "all" else args.variants.split(",")
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
            args.code, folder, str(ROOT / "bench/voice.py"), "--pool", str(folder),
            "--posts", str(args.posts), "--n", str(args.n), "--seed", str(args.seed),
            "--sampling", args.sampling,
        )  # fmt: skip
        pool = orjson.loads(out.splitlines()[-1])
        (folder / f"pool-{args.sampling or 'defaults'}.json").write_bytes(orjson.dumps(pool))
        for variant in variants:
            chosen, rates = choose(folder, pool["candidates"], args.n, VARIANTS[variant])
            extra = {"archive": name, "variant": variant, **times, **rates}
            extra.update({k: pool[k] for k in ("load", "write", "perplexity")}, sampling=sampling)
            results.append(report(folder, chosen, extra))
            print(line(results[-1]), flush=True)
    for result in results:
        print(orjson.dumps(result).decode())


if __name__ == "__main__":
    main()
