"""Benchmark: `bobby prep` on a 50,000-post export, against reading the same file by hand.

Builds a synthetic but realistic posts.jsonl (the mix of kinds of a real account, links,
leading @mentions, threads, exact and near duplicates, several languages, Twitter and
Bluesky), then times, each as a fresh process, the median of a few runs:

- `bobby prep` with its defaults (no tokenizer statistics), the number the issue sets a
  target for (under 5 s);
- a reference: `json.loads` of every line and a loop that keeps the posts prep would
  consider (no cleaning, no dedup, no output), i.e. the floor for any Python tool;
- `import datasets` alone, which is part of prep's cost.

Each is shown as wall-clock and CPU time (median): on a machine shared with other work
the CPU time is the steadier of the two.

Run: `PYTHONPATH=$PWD python bench/prep.py [--posts 50000] [--runs 3]`.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson

_VOCABULARY = {
    "en": "the a my this that some every new old small big quick slow good bad weird lovely "
    "coffee code bug deploy weekend train city book music idea meeting test release "
    "morning night garden bike rain sun cat dog friend team week today tomorrow "
    "think know want love hate need wrote read shipped fixed broke found made saw "
    "again finally honestly really still just never always maybe probably",
    "es": "el la mi este ese un nuevo viejo buen mal café código fallo semana tren ciudad "
    "libro música idea reunión prueba mañana noche jardín lluvia sol gato perro amigo "
    "equipo hoy pienso quiero necesito escribí leí arreglé rompí vi otra vez por fin",
    "ja": "今日 明日 コーヒー コード 電車 本 音楽 猫 犬 友達 雨 晴れ 仕事 週末 難しい 楽しい",
}
WORDS = {lang: words.split() for lang, words in _VOCABULARY.items()}
LANGS = ("en",) * 14 + ("es",) * 4 + ("ja",) * 1 + ("und",)
KINDS = ("post",) * 45 + ("reply",) * 28 + ("self_reply",) * 8 + ("quote",) * 5 + ("retweet",) * 14
HANDLES = [f"user{number}" for number in range(300)] + ["alice.bsky.social", "bob.example.com"]
LINKS = [
    "https://example.com/blog/post-{n}",
    "https://github.com/someone/project{n}/pull/{n}",
    "https://www.youtube.com/watch?v=abc{n}",
    "https://en.wikipedia.org/wiki/Topic_{n}",
]


def sentence(rng: random.Random, lang: str) -> str:
    words = WORDS["en" if lang == "und" else lang]
    size = int(rng.lognormvariate(2.3, 0.7)) + 1
    joiner = "" if lang == "ja" else " "
    text = joiner.join(rng.choice(words) for _ in range(min(size, 60)))
    return text[:1].upper() + text[1:] + rng.choice((".", "!", "?", "", "..."))


def synthetic_posts(count: int, seed: int = 0) -> list[dict]:
    """`count` canonical posts (bobby.posts.ExportedPost), sorted by time, as export writes them."""
    rng = random.Random(seed)
    start = datetime(2012, 1, 1, tzinfo=UTC)
    step = (datetime(2024, 11, 1, tzinfo=UTC) - start) / count
    posts: list[dict] = []
    own: list[dict] = []
    for number in range(count):
        created = (
            start + step * number + timedelta(seconds=rng.randrange(int(step.total_seconds())))
        )
        bluesky = number > count * 0.85 and rng.random() < 0.8
        lang = rng.choice(LANGS)
        kind = rng.choice(KINDS)
        text = sentence(rng, lang)
        if rng.random() < 0.3:
            text += " " + sentence(rng, lang)
        urls, mentions, reply_to = [], [], None
        if own and rng.random() < 0.05:  # the same post again, or nearly
            text = rng.choice(own[-500:])["text"]
            if rng.random() < 0.5:
                text = text.upper() if rng.random() < 0.5 else text.rstrip(".!?") + "!!"
        if rng.random() < 0.15:
            url = rng.choice(LINKS).format(n=rng.randrange(1000))
            urls.append(url)
            text += " " + url
        if kind == "reply":
            mentions = rng.sample(HANDLES, rng.choice((1, 1, 1, 2, 3)))
            text = " ".join("@" + name for name in mentions) + " " + text
            reply_to = str(rng.randrange(10**17, 10**18)) if rng.random() < 0.9 else None
        elif kind == "self_reply" and own:
            reply_to = rng.choice(own[-3:])["id"]
        elif kind == "self_reply":
            kind = "post"
        elif kind == "retweet":
            name = rng.choice(HANDLES)
            mentions = [name]
            text = f"RT @{name}: {text}"
        elif kind == "quote":
            url = (
                f"https://twitter.com/{rng.choice(HANDLES)}/status/{rng.randrange(10**17, 10**18)}"
            )
            urls.append(url)
            text += " " + url
        post = {
            "id": f"3k{number:011d}" if bluesky else str(10**17 + number * 1000),
            "source": "bluesky" if bluesky else "twitter",
            "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "text": text,
            "kind": kind,
            "reply_to_id": reply_to,
            "lang": None if bluesky and rng.random() < 0.1 else lang,
            "urls": urls,
            "mentions": mentions,
            "hashtags": [],
            "has_media": rng.random() < 0.1,
            "like_count": None if bluesky else rng.randrange(50),
            "repost_count": rng.randrange(5),
        }
        posts.append(post)
        if kind in ("post", "self_reply", "quote"):
            own.append(post)
    return posts


REFERENCE = """
import json, sys
kept = 0
with open(sys.argv[1], encoding="utf-8") as handle:
    for line in handle:
        post = json.loads(line)
        if post["kind"] in ("post", "self_reply", "quote") and len(post["text"]) >= 20:
            kept += 1
print(kept)
"""


def timed(command: list[str], runs: int, env: dict[str, str]) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (user + system) seconds of each run. CPU time hardly changes
    when other processes share the machine; wall-clock time does."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        subprocess.run(command, check=True, env=env, **quiet)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return walls, cpus


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    with tempfile.TemporaryDirectory() as tmp:
        posts = Path(tmp) / "posts.jsonl"
        posts.write_bytes(
            b"".join(orjson.dumps(post) + b"\n" for post in synthetic_posts(args.posts))
        )
        prep = [
            sys.executable,
            "-m",
            "bobby",
            "-q",
            "prep",
            "--posts",
            str(posts),
            "--out-dir",
            tmp,
        ]
        rows = [
            ("bobby prep (defaults)", prep),
            (
                "bobby prep, threads+weights+time",
                [*prep, "--join-threads", "--weight", "bluesky=3", "--split", "time"],
            ),
            ("reference: json.loads + loop", [sys.executable, "-c", REFERENCE, str(posts)]),
            ("import datasets only", [sys.executable, "-c", "import datasets"]),
        ]
        machine = f"{platform.platform()}, {cpu_name()}, {os.cpu_count()} CPUs"
        print(f"machine: {machine}, Python {platform.python_version()}")
        size = posts.stat().st_size / 1e6
        print(f"input: {args.posts:,} synthetic posts, {size:.1f} MB; median of {args.runs} runs")
        print(f"command: bobby {' '.join(prep[4:]).replace(tmp, '$TMP')}")
        print(f"{'':34} {'wall':>8} {'cpu':>8}")
        for name, command in rows:
            walls, cpus = timed(command, args.runs, env)
            runs = ", ".join(f"{t:.2f}" for t in walls)
            wall, cpu = statistics.median(walls), statistics.median(cpus)
            print(f"{name:34} {wall:6.2f} s {cpu:6.2f} s   (wall: {runs})")
        done = subprocess.run([*prep, "--json"], check=True, env=env, capture_output=True)
        summary = orjson.loads(done.stdout)
        print(f"samples: {summary['samples']}; dropped: {summary['dropped']}")


if __name__ == "__main__":
    main()
