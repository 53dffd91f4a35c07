"""Benchmark: the first generated candidate on the review page against the command line
(issue 12: "the first generated candidate appears on the page no later than it would on
the command line").

The same model (SmolLM2-135M as imported, no adapter), seed, prompt and settings
everywhere, so every run writes the same tokens (the script checks the texts agree).
Alternating in each round:

- page n=1, page n=3 (warm): a real `bobby serve --review --dry-run` process, model loaded.
  From sending the page's generate form (POST /review/generate, urlencoded with the page's
  Origin and token, as htmx sends it) to the first `candidate` event on the page's event
  stream (GET /review/events, kept open as the page's EventSource keeps it).
- in-process n=1 (warm, the reference): what `bobby generate -n 1` runs once its model is
  loaded, here with the model loaded: the first round of `rounds()`, recorded in a state
  database as the CLI records it.
- CLI n=1 (cold): `bobby generate -n 1 --retries 1` as a new process (start, load the
  model, generate, print), as someone at a terminal would run it.

On a busy machine the runs scatter by seconds, so the page's own share is also measured
directly: from the moment serve recorded the candidate (its `created_at`, written as the
CLI writes it) to the event's arrival: what the page adds after generating (the queue's
row, the event, the card's HTML, the stream).

    BOBBY_CACHE_DIR=<models> python bench/review_generate.py [--rounds 5] [--max-tokens 48]
"""

from __future__ import annotations

import argparse
import html
import http.client
import os
import platform
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bobby.gate import GateOptions
from bobby.generate import GenerateOptions, Generator, rounds

SEED = 7
DEADLINE = 600.0  # seconds: only a hung serve gets there


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Page:
    """A review page as the browser holds it: its event stream open, its token known."""

    def __init__(self, port: int, db_path: Path) -> None:
        self.port, self.host, self.db_path = port, f"127.0.0.1:{port}", db_path
        self.after: list[float] = []
        self.requests = self.connect()
        self.requests.request("GET", "/", headers={"Host": self.host})
        index = self.requests.getresponse().read()
        self.token = re.search(rb'X-Bobby-Token": "([^"]+)"', index)[1].decode()
        self.stream = http.client.HTTPConnection("127.0.0.1", port, timeout=DEADLINE)
        self.stream.request("GET", "/review/events", headers={"Host": self.host})
        self.events = self.stream.getresponse()

    def recorded(self, candidate_id: int) -> datetime:
        with sqlite3.connect(self.db_path) as db:
            [(created_at,)] = db.execute(
                "SELECT created_at FROM candidates WHERE id = ?", (candidate_id,)
            )
        return datetime.fromisoformat(created_at.replace("Z", "+00:00"))

    def connect(self) -> http.client.HTTPConnection:
        """A connection, opened (serve closes one idle for 10 s, as a browser's would be)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=DEADLINE)
        connection.connect()
        return connection

    def event(self) -> tuple[str, str]:
        """The next server-sent event: (kind, data)."""
        kind, data = "message", []
        while True:
            line = self.events.readline().decode().rstrip("\n")
            if not line:
                if data or kind != "message":
                    return kind, "\n".join(data)
                continue
            if line.startswith("event: "):
                kind = line[7:]
            elif line.startswith("data: "):
                data.append(line[6:])

    def generate(self, form: dict[str, object]) -> tuple[float, str]:
        """Submit the generate form; (seconds to the first candidate event, its text).
        Then read on until the generation is over, so the next run starts idle. Notes
        how long after its recording the candidate arrived (`after`)."""
        body = "&".join(f"{key}={value}" for key, value in form.items()).encode()
        self.requests.close()
        self.requests = self.connect()
        began = time.perf_counter()
        self.requests.request(
            "POST",
            "/review/generate",
            body=body,
            headers={
                "Host": self.host,
                "Origin": f"http://{self.host}",
                "X-Bobby-Token": self.token,
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        answer = self.requests.getresponse()
        if answer.status != 200:
            raise SystemExit(f"POST /review/generate: {answer.status} {answer.read()[:300]!r}")
        answer.read()
        first = text = None
        while True:
            kind, data = self.event()
            if kind == "candidate" and first is None:
                first, arrived = time.perf_counter() - began, datetime.now(UTC)
                text = html.unescape(re.search(r"<textarea[^>]*>(.*?)</textarea>", data, re.S)[1])
                self.after.append(
                    (
                        arrived - self.recorded(int(re.search(r'data-id="(\d+)"', data)[1]))
                    ).total_seconds()
                )
            elif kind == "generating" and data.strip() == "" and first is not None:
                return first, text
            elif kind == "generating" and data.startswith("failed"):
                raise SystemExit(f"the page's generation {data}")


def start_serve(folder: Path, env: dict[str, str], args: argparse.Namespace) -> tuple:
    port = free_port()
    log = (folder / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "bobby", "serve", "--review", "--dry-run",
         "--port", str(port), "--model", args.model, "--every", "24h", "--jitter", "0s",
         "--queue-size", "1", "--max-tokens", str(args.max_tokens), "--min-chars", "1"],
        cwd=folder, env=env, stdout=log, stderr=log,
    )  # fmt: skip
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:  # warm: the first slot's candidate is queued
        if process.poll() is not None:
            raise SystemExit(f"bobby serve ended:\n{(folder / 'serve.log').read_text()}")
        if " queued " in (folder / "serve.log").read_text():
            return process, port
        time.sleep(0.5)
    process.kill()
    raise SystemExit("bobby serve never queued its first candidate")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--max-tokens", type=int, default=48)
    parser.add_argument("--model", default="smollm2")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bobby-bench-first-"))
    (folder / "data").mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
        "BOBBY_CONFIG_DIR": str(folder / "config"),
        "BOBBY_CONFIG": str(folder / "bobby.toml"),
    }
    settings = {"temp": 0.8, "top_p": 0.95, "max_tokens": args.max_tokens, "seed": SEED}
    cli = [
        sys.executable, "-m", "bobby", "generate", "-n", "1", "--retries", "1", "--json",
        "--model", args.model, "--min-chars", "1", "--temp", "0.8", "--top-p", "0.95",
        "--max-tokens", str(args.max_tokens), "--seed", str(SEED),
    ]  # fmt: skip
    options = GenerateOptions(
        model=args.model, n=1, retries=1, data=folder / "data", adapters=folder / "adapters",
        **settings,
    )  # fmt: skip
    os.chdir(folder)
    generator = Generator.open(options, GateOptions(min_chars=1))
    next(rounds(generator, options, folder / "reference.db"))  # warm, as serve's first slot
    process, port = start_serve(folder, env, args)
    runs: dict[str, list[tuple[float, float]]] = {}  # name -> (seconds, load average)
    texts: dict[str, set[str]] = {}

    def measure(name: str, work) -> None:
        load = os.getloadavg()[0]
        seconds, text = work()
        runs.setdefault(name, []).append((seconds, load))
        texts.setdefault(name, set()).add(text)

    def in_process() -> tuple[float, str]:
        began = time.perf_counter()
        [candidate] = next(rounds(generator, options, folder / "reference.db"))
        return time.perf_counter() - began, candidate.text

    def cold() -> tuple[float, str]:
        began = time.perf_counter()
        done = subprocess.run(
            cli, cwd=folder, env={**env, "BOBBY_STATE_DB": str(folder / "cli.db")},
            capture_output=True, check=False,
        )  # fmt: skip
        seconds = time.perf_counter() - began
        if done.returncode not in (0, 1) or not done.stdout:
            raise SystemExit(f"bobby generate: {done.returncode} {done.stderr.decode()[-500:]}")
        return seconds, orjson.loads(done.stdout)["candidates"][0]["text"]

    try:
        page = Page(port, folder / "data" / "state.db")
        for number in range(args.rounds):  # the page and its reference take turns first
            pair = [
                ("page n=1 (warm serve)", lambda: page.generate({**settings, "n": 1})),
                ("in-process n=1 (warm, reference)", in_process),
            ]
            for name, work in pair[:: -1 if number % 2 else 1]:
                measure(name, work)
            measure("page n=3 (warm serve)", lambda: page.generate({**settings, "n": 3}))
            measure("CLI n=1 (cold process)", cold)
    finally:
        process.terminate()
        process.wait(timeout=60)
    print(
        f"$ python bench/review_generate.py --rounds {args.rounds} --max-tokens {args.max_tokens}"
    )
    print(
        f"{platform.machine()} {platform.system()}, {os.cpu_count()} cores, model {args.model}, "
        f"seed {SEED}, {args.max_tokens} max tokens; seconds to the first candidate (load average)"
    )
    reference = statistics.median(s for s, _ in runs["in-process n=1 (warm, reference)"])
    for name, values in runs.items():
        median = statistics.median(s for s, _ in values)
        listed = "  ".join(f"{s:.3f} ({load:.1f})" for s, load in values)
        print(f"{name:34} median {median:6.3f} s {median / reference:5.2f}x  runs: {listed}")
    page_runs = [s for s, _ in runs["page n=1 (warm serve)"]]
    reference_runs = [s for s, _ in runs["in-process n=1 (warm, reference)"]]
    differences = [a - b for a, b in zip(page_runs, reference_runs, strict=True)]
    print(
        f"page n=1 minus the reference, round by round: median {statistics.median(differences):+.3f} s "
        f"(runs: {', '.join(f'{d:+.3f}' for d in differences)})"
    )
    after = ", ".join(f"{1000 * s:.0f}" for s in page.after)
    print(
        f"the page after serve recorded the candidate: median {1000 * statistics.median(page.after):.0f} ms (runs, ms: {after}; "
        "timestamps to the millisecond)"
    )
    written = set().union(*texts.values())
    print(f"the same text everywhere: {len(written) == 1} ({sorted(map(len, written))} characters)")
    if len(written) > 1:
        for name, seen in texts.items():
            print(f"  {name}: {sorted(seen)}")


if __name__ == "__main__":
    main()
