"""`bobby serve` as its own process, with SmolLM2 and an adapter, against the real local
PDS: it posts on a short interval, keeps its post pending while the PDS is away and
delivers it when it is back, answers its HTTP API while it runs, and stops cleanly on
SIGTERM and SIGINT. Also `bobby post` without --text, which generates the same way.

The waits below poll the state database for what serve decided, with a generous
deadline that only a hung process reaches; nothing asserts how long anything took.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from bobby import state
from tests.test_post_pds import as_bot, copies, rows

pytestmark = [pytest.mark.slow]

REPO_ROOT = Path(__file__).resolve().parents[1]
DEADLINE = 240.0  # seconds before a wait gives up: far beyond any healthy run
# Short posts, a gate that lets the random adapter's output through.
GENERATION = ["--max-tokens", "48", "--min-chars", "5"]


@pytest.fixture(scope="module")
def adapter(smollm2_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A LoRA adapter for SmolLM2 with small random weights (non-zero B, so it changes
    the output), written as mlx-lm writes adapters; training one would take minutes."""
    import mlx.core as mx
    from mlx.utils import tree_flatten
    from mlx_lm.tuner.utils import linear_to_lora_layers

    from bobby.models import load

    model = load(str(smollm2_dir), fit=False).model
    model.freeze()
    parameters = {"rank": 4, "scale": 2.0, "dropout": 0.0}
    linear_to_lora_layers(model, 2, parameters)
    mx.random.seed(0)
    weights = {
        name: mx.random.normal(value.shape) * 0.02
        for name, value in tree_flatten(model.trainable_parameters())
    }
    folder = tmp_path_factory.mktemp("adapters") / "random"
    folder.mkdir()
    mx.save_safetensors(str(folder / "adapters.safetensors"), weights)
    config = {
        "fine_tune_type": "lora",
        "num_layers": 2,
        "lora_parameters": parameters,
        "model": str(smollm2_dir),
    }
    (folder / "adapter_config.json").write_text(json.dumps(config))
    return folder


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Serve:
    """A `bobby serve` process and its API."""

    def __init__(self, folder: Path, *args: str) -> None:
        self.port = free_port()
        self.log = folder / "serve.log"
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bobby", "serve", "--port", str(self.port), *args],
                env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
                stdout=log,
                stderr=log,
            )

    def call(
        self, method: str, path: str, body: bytes | None = None, **headers: str
    ) -> tuple[int, object]:
        headers = {key.replace("_", "-"): value for key, value in headers.items()}
        if body is not None:  # JSON unless the test says otherwise (Content_Type=...)
            headers.setdefault("Content-Type", "application/json")
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}", data=body, method=method, headers=headers
        )
        try:
            with urllib.request.urlopen(request, timeout=DEADLINE) as answer:
                return answer.status, json.loads(answer.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())

    def wait_for(self, what: str, done: Callable[[], object]) -> object:
        """Poll `done` until it is true; fail with the log if serve ended or never got there."""
        deadline = time.monotonic() + DEADLINE
        while time.monotonic() < deadline:
            if value := done():
                return value
            if self.process.poll() is not None:
                pytest.fail(f"bobby serve ended while waiting for {what}:\n{self.log.read_text()}")
            time.sleep(0.2)
        pytest.fail(f"bobby serve never got to {what}:\n{self.log.read_text()}")

    def stop(self, signal_number: int = signal.SIGTERM) -> int:
        os.kill(self.process.pid, signal_number)
        try:
            return self.process.wait(timeout=DEADLINE)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            pytest.fail(f"bobby serve did not stop:\n{self.log.read_text()}")

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def serving(isolated: Path):
    started: list[Serve] = []

    def start(*args: str) -> Serve:
        started.append(Serve(isolated, *args))
        return started[-1]

    yield start
    for each in started:
        each.close()


def decisions(*actions: str) -> list[state.Decision]:
    """What serve decided, oldest first."""
    if not Path("data/state.db").exists():
        return []
    with state.database() as db:
        return list(reversed(state.decisions(db, actions or None)))


def all_posts() -> list[state.Post]:
    with state.database() as db:
        return [state._post(row) for row in db.execute("SELECT * FROM posts ORDER BY id")]


@pytest.mark.pds
def test_serve_posts_on_schedule_through_a_pds_outage_and_stops_cleanly(
    pds, monkeypatch, serving, adapter, smollm2_dir
):
    as_bot(monkeypatch, pds)
    serve = serving("--every", "2s", "--jitter", "1s", "--adapter-path", str(adapter), *GENERATION)

    serve.wait_for("the first post", lambda: decisions("posted"))

    # The API answers from the loaded model while serve runs.
    status, health = serve.call("GET", "/health")
    assert status == 200 and health["status"] == "ok"
    assert health["adapter"] == str(adapter) and health["model"] == str(smollm2_dir)
    assert health["uptime_s"] > 0 and health["next_post_at"] and health["last_decision"]["action"]
    assert health["schedule"]["every"] == "2s" and health["dry_run"] is False
    status, generated = serve.call("POST", "/generate", b'{"n": 2, "max_tokens": 8, "seed": 5}')
    assert status == 200, generated
    assert len(generated["candidates"]) >= 2 and generated["adapter"] == str(adapter)
    assert generated["sampling"]["max_tokens"] == 8 and generated["sampling"]["seed"] == 5
    assert all({"text", "passed", "checks"} <= set(c) for c in generated["candidates"])
    assert serve.call("POST", "/generate", b"{not json")[0] == 400
    status, refused = serve.call("POST", "/generate", b'{"n": "two"}')
    assert status == 400 and "request body: n = 'two' is not a valid int" in refused["error"]
    assert serve.call("GET", "/nowhere")[0] == 404
    # only its owner: a forged Host (DNS rebinding), a foreign page, a text/plain body
    assert serve.call("GET", "/history", Host="evil.example")[0] == 403
    assert serve.call("POST", "/generate", b"{}", Origin="https://evil.example")[0] == 403
    assert serve.call("POST", "/generate", b"{}", Content_Type="text/plain")[0] == 400
    assert serve.call("POST", "/generate", b'{"top_k": 100000}')[0] == 400  # past the vocabulary
    status, again = serve.call("POST", "/generate", b'{"n": 1, "max_tokens": 8}')
    assert status == 200 and again["candidates"]  # the model still works after the refusals
    status, history = serve.call("GET", "/history?limit=50")
    assert status == 200 and any(item["status"] == "posted" for item in history)
    assert {c["text"] for c in generated["candidates"]} <= {item["text"] for item in history}

    # The PDS goes away: a post is decided, kept pending, and tried again.
    pds.stop()
    try:
        outage = serve.wait_for(
            "a post left pending by the outage",
            lambda: [p for p in all_posts() if p.status == "pending"],
        )
        serve.wait_for(
            "a retry during the outage", lambda: len(decisions("failed-will-retry")) >= 2
        )
    finally:
        pds.start()

    # Back: the pending post goes out first, then posting goes on.
    [waiting] = outage
    delivered = serve.wait_for(
        "the pending post to go out",
        lambda: [d for d in decisions("posted") if waiting.text in d.detail],
    )
    assert "pending until now" in delivered[0].detail
    serve.wait_for(
        "a new post after the outage",
        lambda: any(p.id > waiting.id and p.status == "posted" for p in all_posts()),
    )

    assert serve.stop(signal.SIGTERM) == 0
    log = serve.log.read_text()
    assert "Traceback" not in log
    actions = [d.action for d in decisions()]
    assert actions[0] == "started" and actions[-1] == "stopped"
    assert decisions()[-1].detail == "on SIGTERM"
    assert {"generated", "posted", "failed-will-retry"} <= set(actions)
    for line in ("started model", " posted at://", " failed-will-retry ", " stopped on SIGTERM"):
        assert line in log
    # Every post went out exactly once; none is left pending, none is on Bluesky twice.
    posts = all_posts()
    assert len(posts) >= 3 and {p.status for p in posts} == {"posted"}
    for row in posts:
        [record] = copies(pds, row.text)
        assert record["uri"] == row.uri and row.candidate_id is not None
        assert row.adapter == str(adapter) and row.sampling["max_tokens"] == 48
    assert len(decisions("posted")) == len(posts)


def test_dry_run_keeps_to_the_daily_limit_and_stops_on_sigint(serving, adapter):
    later = (datetime.now().hour + 2) % 24  # quiet hours, but not now
    serve = serving(
        "--dry-run", "--every", "1s", "--jitter", "0s", "--max-per-day", "1",
        "--quiet-hours", f"{later}-{(later + 1) % 24}", "--adapter-path", str(adapter), *GENERATION,
    )  # fmt: skip

    [full] = serve.wait_for("the daily limit", lambda: decisions("skipped-max-per-day"))

    assert serve.stop(signal.SIGINT) == 0
    actions = [d.action for d in decisions()]
    assert actions == ["started", "generated", "dry-run", "skipped-max-per-day", "stopped"]
    assert decisions()[-1].detail == "on SIGINT"
    assert full.detail.startswith("next try ") and "T00:00:00" in full.detail  # local midnight
    assert all_posts() == []
    log = serve.log.read_text()
    assert (
        f"quiet {later:02d}:00-{(later + 1) % 24:02d}:00 local time, at most 1 a day, dry run"
        in log
    )
    assert "Traceback" not in log


def test_a_port_in_use_is_a_clear_error_before_the_model_is_loaded(cli):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]

        result = cli("serve", "--port", port, "--dry-run", "--model", "no-such-model")

    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot listen on 127.0.0.1:{port} (")
    assert "choose another --port" in result.stderr


def test_serve_in_a_folder_that_is_no_bot_says_so_and_writes_nothing(cli, isolated):
    """No adapter here: one line, before "listening on ...", and no data/state.db left."""
    result = cli("serve", "--port", "0", "--dry-run")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no adapter under adapters/"), result.stderr
    assert "listening" not in result.stderr
    assert not (isolated / "data").exists()


@pytest.mark.pds
def test_post_without_text_generates_with_the_adapter(cli, pds, monkeypatch, adapter):
    as_bot(monkeypatch, pds)

    result = cli(
        "post", "--adapter-path", adapter, "-n", "2", "--temp", "0.7", "--seed", "3", *GENERATION,
        "--json",
    )  # fmt: skip

    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    [row] = rows(report["record"]["text"])
    assert (row.status, row.uri) == ("posted", report["uri"])
    assert row.adapter == str(adapter)
    assert row.sampling == {
        "temp": 0.7, "top_p": 0.95, "min_p": 0.0, "top_k": 0, "repetition_penalty": 1.0,
        "max_tokens": 48, "seed": 3, "openings": 1.0,
    }  # fmt: skip
    with state.database() as db:
        [candidate] = db.execute(
            "SELECT text, rejected FROM candidates WHERE id = ?", (row.candidate_id,)
        ).fetchall()
    assert candidate["text"] == row.text and candidate["rejected"] is None
    assert len(copies(pds, row.text)) == 1
