"""Benchmark: `bobby export` of a 50,000-tweet archive against a bare json.loads parse.

Writes a synthetic archive in the real current format (a .zip, as X sends it: tweets.js
with replies, threads, retweets, links, quotes, media, emoji, HTML entities and the
`edit_info` blocks of real records, note-tweet.js with long posts), then times, in the
same run and on the same files:

- reference: `json.loads` of the extracted tweets.js (after stripping `window.YTD... =`),
  the least any exporter has to do, in the same Python;
- bobby: the whole `bobby export archive.zip` command in a fresh process (start-up,
  unzip, parse, normalize, sort, write) and its peak memory.

    python bench/export.py [--tweets 50000] [--memory-tweets 500000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.x_archive import Tweet, long_tweet, write_archive  # noqa: E402

WORDS = [
    "tide",
    "lamp",
    "gull",
    "fog",
    "harbour",
    "kettle",
    "storm",
    "ferry",
    "rope",
    "lens",
    "keeper",
    "island",
    "morning",
    "night",
    "wind",
    "rain",
    "sea",
    "ship",
    "buoy",
    "chart",
    "salt",
    "stone",
    "path",
    "window",
]
EMOJI = ["🌊", "🐦", "☕", "💡", "⚓", "🌫️", "👍🏽", "🏳️‍🌈"]


def synthetic(count: int, seed: int = 1) -> tuple[list[Tweet], list[dict]]:
    """`count` tweets in a realistic mix, and the notes of the long ones."""
    rng = random.Random(seed)
    start = datetime(2012, 1, 1, tzinfo=UTC)
    tweets: list[Tweet] = []
    notes = []
    for i in range(count):
        tid = str(10**17 + i * 4_000_000)
        created = start + timedelta(minutes=37 * i)
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 30)))
        text = f"{words} {rng.choice(EMOJI)}" if rng.random() < 0.3 else words
        if rng.random() < 0.2:
            text += " &amp; <b>bold</b> > less"
        if rng.random() < 0.25:
            text += f" https://example.org/{rng.choice(WORDS)}/{i}?a=1&b=2"
        extra = {
            "edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": "2024-11-09T13:14:18.648Z", "editsRemaining": "5", "isEditEligible": False}},
        }  # fmt: skip
        roll = rng.random()
        kwargs: dict = {
            "media": rng.random() < 0.15,
            "likes": rng.randint(0, 50),
            "retweets": rng.randint(0, 5),
        }
        if roll < 0.15:
            text = f"RT @other{i % 97}: {text}"
        elif roll < 0.35 and tweets:
            kwargs |= {
                "reply_to": str(10**17 + rng.randint(0, 10**6)),
                "reply_user": "55",
                "reply_name": "pal",
            }
            text = f"@pal {text}"
        elif roll < 0.45 and tweets:
            kwargs |= {"reply_to": tweets[-1].id, "reply_user": "1000", "reply_name": "me"}
        elif roll < 0.5:
            text += f" https://twitter.com/someone/status/{10**17 + i}"
        elif roll < 0.52:
            tweet, note = long_tweet(tid, (text + " ") * 12, created, **kwargs, extra=extra)
            tweets.append(tweet)
            notes.append(note)
            continue
        tweets.append(Tweet(tid, text, created, extra=extra, **kwargs))
    return tweets, notes


def reference_parse(tweets_js: bytes) -> float:
    """Seconds for json.loads of the array in tweets.js (best of 3)."""
    text = tweets_js.decode()
    body = text[text.index("=") + 1 :]
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        json.loads(body)
        best = min(best, time.perf_counter() - began)
    return best


# `bobby export`, then the peak memory of its worker processes (the largest), on stderr.
WRAPPED = (
    "import resource, sys\n"
    "from bobby.cli import app\n"
    "try:\n    app(sys.argv[1:], prog_name='bobby')\n"
    "finally:\n    print('WORKERS', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
)


def measure(command: list[str], cwd: Path = ROOT) -> tuple[float, float, str]:
    """(seconds, peak MiB, stderr) of one fresh process; exits if it fails."""
    began = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - began
    errors = process.stderr.read()
    if status:
        sys.exit(f"{' '.join(command)} failed:\n{errors}")
    return elapsed, usage.ru_maxrss / 1024, errors  # KiB on Linux


def run_export(archive: Path, out: Path) -> tuple[float, float]:
    """(seconds, peak MiB) of a whole `bobby export` process; the memory counts the
    process and each of its worker processes at its peak (2 workers on 2 cores)."""
    command = [sys.executable, "-c", WRAPPED, "--quiet", "export", str(archive), "--out", str(out)]
    elapsed, peak, errors = measure(command)
    workers = int(errors.split("WORKERS", 1)[1].split()[0]) if "WORKERS" in errors else 0
    return elapsed, peak + (os.cpu_count() or 1) * workers / 1024


def write(count: int, seed: int, path: Path) -> None:
    """Build an archive in this process (so that the big lists never live in the process
    that starts the measured ones: a fork of a large process inflates their peak memory)."""
    tweets, notes = synthetic(count, seed)
    write_archive(path, tweets, notes=notes, as_zip=True)
    print(len(notes))


def build(count: int, seed: int, path: Path) -> int:
    command = [
        sys.executable,
        __file__,
        "--write",
        str(path),
        "--tweets",
        str(count),
        "--seed",
        str(seed),
    ]
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return int(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tweets", type=int, default=50_000)
    parser.add_argument("--memory-tweets", type=int, default=500_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--write", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write:
        write(args.tweets, args.seed, args.write)
        return
    print(f"$ python bench/export.py --tweets {args.tweets} --memory-tweets {args.memory_tweets}")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        archive = tmp / "archive.zip"
        notes = build(args.tweets, 1, archive)
        with zipfile.ZipFile(archive) as zf:
            tweets_js = zf.read("data/tweets.js")
        print(
            f"archive: {args.tweets:,} tweets, {notes:,} long notes, tweets.js {len(tweets_js) / 2**20:.0f} MiB, zip {archive.stat().st_size / 2**20:.0f} MiB"
        )
        reference = reference_parse(tweets_js)
        del tweets_js
        times = [run_export(archive, tmp / "posts.jsonl")[0] for _ in range(args.repeat)]
        exported = statistics.median(times)
        print(f"reference json.loads of tweets.js (best of 3): {reference:.2f} s")
        print(
            f"bobby export (whole command, median of {args.repeat}): {exported:.2f} s  ({exported / reference:.2f}x the reference)"
        )
        if args.memory_tweets:
            big = tmp / "big.zip"
            build(args.memory_tweets, 2, big)
            seconds, peak = run_export(big, tmp / "big.jsonl")
            print(
                f"bobby export of {args.memory_tweets:,} tweets: {seconds:.2f} s, peak memory {peak:.0f} MiB"
            )


if __name__ == "__main__":
    main()
