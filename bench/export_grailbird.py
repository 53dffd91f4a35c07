"""Benchmark: peak memory and time of `bobby export` on a large Grailbird archive.

Archives from before 2019 keep one `data/js/tweets/YYYY_MM.js` per month, each record
with the whole user object (and a retweet's whole original tweet) inside it. This writes
one such folder of `--tweets` tweets (129,000 by default, about the size of the real
archive that peaked at 728 MB: 164 MB) and measures, alternating, in fresh processes:

- reference: a bare Python process that `json.loads` each monthly file in turn and keeps
  nothing, the least any exporter has to do;
- before (with `--before DIR`, a checkout of an earlier bobby): its `bobby export`;
- bobby: `bobby export` of this checkout.

Peak memory is the process's maximum resident set (ru_maxrss); the goal is a peak under
twice the archive's size.

    python bench/export_grailbird.py [--tweets 129000] [--rounds 3] [--before DIR]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.export import EMOJI, WORDS, measure  # noqa: E402
from tests.x_archive import Tweet, grailbird_month, write_files  # noqa: E402

USER = {
    "name": "Lamp Keeper", "screen_name": "me", "protected": False, "id_str": "1000",
    "profile_image_url_https": "https://pbs.twimg.com/profile_images/1000/keeper_normal.jpg",
    "id": 1000, "verified": False,
}  # fmt: skip

REFERENCE = (
    "import json, pathlib, sys\n"
    "for month in sorted(pathlib.Path(sys.argv[1]).glob('data/js/tweets/*.js')):\n"
    "    text = month.read_text()\n"
    "    json.loads(text[text.index('=') + 1 :])\n"
)


def synthetic(count: int, seed: int = 1) -> dict[str, list[Tweet]]:
    """`count` tweets in a Grailbird-era mix (retweets with their original embedded,
    replies, threads, links, media), grouped by month."""
    rng = random.Random(seed)
    start = datetime(2008, 1, 1, tzinfo=UTC)
    step = timedelta(days=11 * 365) / count
    months: dict[str, list[Tweet]] = {}
    previous = None
    for i in range(count):
        tid = str(10**9 + i * 40_000)
        created = start + step * i
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 22)))
        if rng.random() < 0.3:
            text += f" {rng.choice(EMOJI)}"
        if rng.random() < 0.25:
            text += f" http://example.org/{rng.choice(WORDS)}/{i}?a=1&b=2"
        extra: dict = {"user": USER, "geo": {}, "source": "web"}
        kwargs: dict = {"media": rng.random() < 0.1, "lang": "en"}
        roll = rng.random()
        if roll < 0.2:
            original = Tweet(str(10**9 + i * 40_000 + 1), text, created).record(
                wrap=False, grailbird=True
            )
            extra["retweeted_status"] = original | {"user": USER | {"screen_name": "other"}}
            text = f"RT @other: {text}"
        elif roll < 0.4:
            kwargs |= {"reply_to": str(10**9 - i), "reply_user": "55", "reply_name": "pal"}
            text = f"@pal {text}"
        elif roll < 0.5 and previous:
            kwargs |= {"reply_to": previous, "reply_user": "1000", "reply_name": "me"}
        tweet = Tweet(tid, text, created, extra=extra, **kwargs)
        months.setdefault(created.strftime("%Y_%m"), []).append(tweet)
        previous = tid
    return months


def write(count: int, folder: Path) -> int:
    """The archive as a folder; returns the size of its files in bytes. Run in a process
    of its own: a process forked from one that holds the tweets starts with their pages
    counted in its peak memory."""
    files = {
        f"data/js/tweets/{month}.js": grailbird_month(tweets, month)
        for month, tweets in synthetic(count).items()
    }
    files["data/js/user_details.js"] = (
        b'var user_details =  {\n  "screen_name" : "me",\n  "id" : "1000"\n}'
    )
    write_files(folder, files)
    return sum(len(data) for data in files.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tweets", type=int, default=129_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before", type=Path, help="a checkout of an earlier bobby")
    parser.add_argument("--write", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write:
        print(write(args.tweets, args.write))
        return
    print(f"$ python bench/export_grailbird.py --tweets {args.tweets} --rounds {args.rounds}")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "archive"
        built = subprocess.run(
            [sys.executable, __file__, "--write", str(folder), "--tweets", str(args.tweets)],
            check=True, capture_output=True, text=True, cwd=ROOT,
        )  # fmt: skip
        size = int(built.stdout)
        months = len(list(folder.glob("data/js/tweets/*.js")))
        print(f"archive: {args.tweets:,} tweets in {months} monthly files, {size / 2**20:.0f} MiB")
        sides = {
            "reference: json.loads of each month": (
                [sys.executable, "-c", REFERENCE, str(folder)],
                ROOT,
            )
        }
        export = [
            "-m",
            "bobby",
            "--quiet",
            "export",
            str(folder),
            "--out",
            str(Path(tmp) / "posts.jsonl"),
        ]
        if args.before:
            sides["before (--before)"] = ([sys.executable, *export], args.before.resolve())
        sides["bobby export"] = ([sys.executable, *export], ROOT)
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
        for _ in range(args.rounds):
            for name, (command, cwd) in sides.items():
                results[name].append(measure(command, cwd)[:2])
        for name, runs in results.items():
            listed = ", ".join(f"{s:.2f} s / {m:.0f} MiB" for s, m in runs)
            seconds = statistics.median(s for s, _ in runs)
            peak = max(m for _, m in runs)
            print(
                f"{name}: median {seconds:.2f} s, peak {peak:.0f} MiB"
                f" ({peak * 2**20 / size:.2f}x the archive)  [runs: {listed}]"
            )


if __name__ == "__main__":
    main()
