"""The warm path (`bobby.warm`): `bobby generate` and `bobby post` ask the running `bobby
serve` of their bot for candidates, as real processes against the real local PDS, and
load the model themselves when there is none, it is stale, or it dies mid-request."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from bobby import state
from bobby.gate import GateOptions
from bobby.generate import GenerateOptions
from bobby.serve.discovery import Running, announce, discovery_file
from bobby.warm import find
from tests.test_post_pds import as_bot, copies
from tests.test_serve import (
    DEADLINE,
    GENERATION,
    REPO_ROOT,
    adapter,
    all_posts,
    free_port,
    serving,
)

__all__ = ["adapter", "serving"]  # fixtures, shared with test_serve

DISCOVERY = Path("data/serve.json")
# `bobby ...` in a fresh process that says, last on stderr, whether it imported MLX.
WATCHED = (
    "import runpy, sys\n"
    "try:\n"
    "    runpy.run_module('bobby', run_name='__main__')\n"
    "finally:\n"
    "    print('imported:', [m for m in ('mlx', 'mlx_lm') if m in sys.modules], file=sys.stderr)\n"
)


def bobby(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", WATCHED, "--debug", *args],
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=DEADLINE)
    return process.returncode, out, err


def recorded(ids: list[int]) -> list[int]:
    with state.database() as db:
        marks = ",".join("?" * len(ids))
        return [
            row[0] for row in db.execute(f"SELECT id FROM candidates WHERE id IN ({marks})", ids)
        ]


@pytest.mark.pds
def test_generate_and_post_ask_the_running_serve_and_post_exactly_once(
    pds, monkeypatch, serving, adapter, cli
):
    as_bot(monkeypatch, pds)
    model = ["--adapter-path", str(adapter), *GENERATION]
    serve = serving("--dry-run", "--every", "1h", "--jitter", "0s", *model)
    serve.wait_for("data/serve.json", DISCOVERY.exists)

    # generate: candidates from serve's model, recorded by serve; no MLX in this process
    code, out, err = finished(bobby("generate", "-n", "2", "--json", *model))
    assert code == 0, err
    assert f"debug: warm path: bobby serve (pid {serve.process.pid}) at http://127.0.0.1:" in err
    assert err.rstrip().endswith("imported: []")
    generation = json.loads(out)
    ids = [c["id"] for c in generation["candidates"]]
    assert len(ids) >= 2 and sorted(recorded(ids)) == sorted(ids)
    assert generation["adapter"] == str(adapter)

    # post: serve's candidates, posted by this process through the exactly-once path
    code, out, err = finished(bobby("post", "--json", *model))
    assert code == 0, err
    assert "debug: warm path:" in err and err.rstrip().endswith("imported: []")
    report = json.loads(out)
    [row] = [p for p in all_posts() if p.uri == report["uri"]]
    assert row.status == "posted" and recorded([row.candidate_id]) == [row.candidate_id]
    assert len(copies(pds, row.text)) == 1

    # the cron line has no flags: with these settings in the environment, it is warm too
    with monkeypatch.context() as settings:
        settings.setenv("BOBBY_GENERATE_ADAPTER_PATH", str(adapter))
        settings.setenv("BOBBY_GATE_MIN_CHARS", "5")
        schedule = cli("schedule", "--print", "cron")
    assert f"asks bobby serve (pid {serve.process.pid}) at http://127.0.0.1:" in schedule.stderr

    # serve's access rules hold for everyone else: a foreign Host or Origin is refused
    assert serve.call("POST", "/generate", b"{}", Host="evil.example")[0] == 403
    assert serve.call("POST", "/generate", b"{}", Origin="http://evil.example")[0] == 403

    # a serve that stops takes its file with it
    assert serve.stop(signal.SIGTERM) == 0
    assert not DISCOVERY.exists()

    # a serve killed in the middle of the request: the command loads the model itself
    monkeypatch.setenv("BOBBY_TEST_STOP_IN_GENERATE", "1")
    killed = serving("--dry-run", "--every", "1h", "--jitter", "0s", *model)
    monkeypatch.delenv("BOBBY_TEST_STOP_IN_GENERATE")
    killed.wait_for("data/serve.json", DISCOVERY.exists)
    waiting = bobby("post", "--json", *model)
    _, status = os.waitpid(killed.process.pid, os.WUNTRACED)  # stopped in the request
    assert os.WIFSTOPPED(status), killed.log.read_text()
    killed.close()  # SIGKILL
    code, out, err = finished(waiting)
    assert code == 0, err
    assert f"debug: cold path: bobby serve (pid {killed.process.pid}) did not answer" in err
    assert "'mlx'" in err.splitlines()[-1]
    posted = json.loads(out)["uri"]

    # its file is left behind, stale: the next run passes it over, and nothing goes twice
    assert DISCOVERY.exists()
    code, out, err = finished(bobby("post", "--json", *model))
    assert code == 0, err
    assert (
        f"debug: cold path: {DISCOVERY} is stale: its bobby serve (pid {killed.process.pid})" in err
    )
    posts = all_posts()
    assert {p.status for p in posts} == {"posted"} and len(posts) == 3
    assert posted in {p.uri for p in posts}
    for row in posts:
        assert len(copies(pds, row.text)) == 1


def test_a_stale_or_foreign_discovery_file_is_passed_over(tmp_path, cli, monkeypatch):
    options, gate = GenerateOptions(model="smollm2"), GateOptions()
    path = discovery_file(options.layout().state_db)
    path.parent.mkdir()
    assert "no bobby serve runs for this bot" in find(options, gate)[1]
    schedule = cli("schedule", "--print", "cron")
    assert "loads the model at every run now (no bobby serve runs" in schedule.stderr

    path.write_text("{not json")
    assert find(options, gate)[0] is None

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    ours = Running.describe(
        "127.0.0.1", free_port(), options.layout().state_db, options.data, options.locate(), gate
    )
    announce(path, replace(ours, pid=int(dead.stdout)))
    assert find(options, gate) == (
        None,
        f"{path} is stale: its bobby serve (pid {dead.stdout.strip()}) is not running",
    )

    announce(path, ours)  # a live pid (this one), nobody listening on the port
    running, why = find(options, gate)
    assert running is None and "does not answer" in why

    for changed, what in [
        (replace(options, model="another"), "another base model"),
        (replace(options, data=tmp_path / "elsewhere"), "another data folder"),
    ]:
        assert what in find(changed, gate)[1]
    assert "other quality gate settings" in find(options, replace(gate, min_chars=1))[1]
    assert "warm path is off" in find(replace(options, warm=False), gate)[1]
    monkeypatch.setenv("BOBBY_GENERATE_WARM", "0")
    assert "loads the model at every run: the warm path is off" in cli("schedule").stderr
