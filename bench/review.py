"""Benchmark: the review page with a full state database (issue 12).

1,000 queued candidates and 10,000 posts in the history; a real `bobby serve` HTTP server
(Starlette on uvicorn, the service without a model: the page needs none) on 127.0.0.1.
Measured over HTTP with keep-alive, alternating in each round: the page's first response
(GET /, the whole HTML with the status bar, the newest 200 queued cards and the first
history page), an approve round trip (POST /review/N/approve, recorded in the state
database and answered with the card; the post itself happens later, on the schedule, and
is excluded), and as the reference GET /health (the smallest answer of the same server).

    python bench/review.py [--rounds 30]
"""

from __future__ import annotations

import argparse
import http.client
import platform
import re
import statistics
import tempfile
import time
from pathlib import Path

from bobby import state
from bobby.bluesky.session import BlueskyOptions
from bobby.candidates import Candidate
from bobby.gate import Gate, GateOptions
from bobby.generate import GenerateOptions
from bobby.serve import ServeOptions, Service
from bobby.serve.api import Api

CANDIDATES = 1_000
POSTS = 10_000


def fill(db_path: Path) -> list[int]:
    """The state database: POSTS posted rows, CANDIDATES queued candidates (gate-judged)."""
    gate = Gate(GateOptions())
    with state.database(db_path) as db:
        texts = [
            f"Post number {i} about the weather and the sea, as people write them."
            for i in range(POSTS)
        ]
        with db:
            db.executemany(
                """INSERT INTO posts (created_at, text, status, rkey, sampling, uri)
                   VALUES (?, ?, 'posted', ?, '{}', ?)""",
                [
                    (
                        state.timestamp(),
                        text,
                        f"rkey{i}",
                        f"at://did:plc:bench/app.bsky.feed.post/{i}",
                    )
                    for i, text in enumerate(texts)
                ],
            )
        made = [
            Candidate(
                f"Candidate {i}: a walk by the river this morning.",
                verdict=gate.check(f"Candidate {i}: a walk by the river this morning."),
                sampling={"temp": 0.8, "top_p": 0.95, "max_tokens": 64},
            )
            for i in range(CANDIDATES)
        ]
        ids = [c.id for c in state.add_candidates(db, made)]
        for candidate_id in ids:
            state.add_review(db, candidate_id, "queued")
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bobby-bench-review-"))
    db_path = folder / "state.db"
    ids = fill(db_path)
    service = Service(
        ServeOptions(review=True, dry_run=True, port=0),
        GenerateOptions(model="unused", data=folder / "data"),
        GateOptions(),
        BlueskyOptions(),
        layout=GenerateOptions(data=folder / "data").layout(db_path),
    )
    api = Api.start(service, 0)
    try:
        host = f"127.0.0.1:{api.port}"
        connection = http.client.HTTPConnection("127.0.0.1", api.port)

        def request(method: str, path: str, headers: dict[str, str] | None = None) -> bytes:
            connection.request(
                method,
                path,
                body=b"" if method == "POST" else None,
                headers={"Host": host, **(headers or {})},
            )
            answer = connection.getresponse()
            data = answer.read()
            if answer.status != 200:
                raise SystemExit(f"{method} {path}: {answer.status} {data[:300]!r}")
            return data

        page = request("GET", "/")
        token = re.search(rb'X-Bobby-Token": "([^"]+)"', page)[1].decode()
        post_headers = {
            "Origin": f"http://{host}",
            "X-Bobby-Token": token,
            "Content-Type": "application/x-www-form-urlencoded",
        }
        times: dict[str, list[float]] = {
            "GET /health (reference)": [],
            "GET / (first response)": [],
            "POST approve (round trip)": [],
        }
        for number in range(args.rounds):
            for name, (method, path, headers) in {
                "GET /health (reference)": ("GET", "/health", None),
                "GET / (first response)": ("GET", "/", None),
                "POST approve (round trip)": (
                    "POST",
                    f"/review/{ids[-1 - number]}/approve",
                    post_headers,
                ),
            }.items():
                began = time.perf_counter()
                request(method, path, headers)
                times[name].append(time.perf_counter() - began)
        print(
            f"{platform.machine()} {platform.system()}, {CANDIDATES} queued candidates, {POSTS} posts, {args.rounds} rounds"
        )
        reference = statistics.median(times["GET /health (reference)"])
        for name, values in times.items():
            median = statistics.median(values)
            print(
                f"{name:28} median {median * 1000:7.2f} ms  max {max(values) * 1000:7.2f} ms  "
                f"{median / reference:4.1f}x /health"
            )
        print(f"the page: {len(page):,} bytes")
    finally:
        api.close()


if __name__ == "__main__":
    main()
