"""bobby demo: the whole pipeline end to end (the fast variant; the full one is a benchmark)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.slow
def test_demo_runs_end_to_end(demo_run):
    """`bobby demo --fast` (run once for the session by the `demo_run` fixture)."""
    assert demo_run.exit_code == 0, demo_run.stderr
    folder, stderr = demo_run.folder, demo_run.stderr
    assert (folder / "data/posts.jsonl").is_file()
    assert {"train.jsonl", "valid.jsonl", "test.jsonl", "prep.json"} <= {
        p.name for p in (folder / "data").iterdir()
    }
    adapter = folder / "adapters/demo"
    assert (adapter / "adapters.safetensors").is_file() and (adapter / "loss.png").is_file()
    scores = {s["name"]: s["nll"] for s in demo_run.eval_report["scores"]}
    assert scores["runtime"] < scores["base"]
    for step in ("export", "prep", "train", "eval", "generate", "post --dry-run", "total"):
        assert step in stderr
    assert "Dry run: this record would be posted" in stderr
    assert "serve --review --dry-run" in stderr and "http://127.0.0.1:8765/" in stderr
    assert Path(folder / "data/state.db").is_file()


@pytest.mark.slow
def test_the_readmes_python_example_runs(tmp_path, smollm2_dir):
    """The README's "Use from Python" example, as written there, runs and generates."""
    import contextlib
    import io
    import re

    readme = (Path(__file__).parents[1] / "README.md").read_text()
    code = re.search(
        r"<!-- python-example -->\n```python\n(.*?)```\n<!-- /python-example -->", readme, re.S
    )[1]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {})
    lines = printed.getvalue().splitlines()
    assert any(line.startswith("Training 10 10") for line in lines)
    assert lines[-1].strip()  # the first candidate's text
    assert (tmp_path / "mybot/adapters/default/adapters.safetensors").is_file()


def test_the_demo_writes_again_only_a_folder_it_made_itself(tmp_path):
    """The Quick start run twice starts over in its own bobby-demo/; a folder holding
    someone's bot (no marker) is still refused."""
    from bobby.demo import run
    from bobby.errors import InputError

    theirs = tmp_path / "theirs"
    (theirs / "data").mkdir(parents=True)
    (theirs / "data/posts.jsonl").write_text("{}\n")
    with pytest.raises(InputError, match="already holds a bot's data"):
        next(run(theirs))

    ours = tmp_path / "bobby-demo"
    first = run(ours)
    assert next(first).name == "export"
    assert next(first).produced == "435 posts"  # the sample archive, written
    first.close()
    second = run(ours)
    assert next(second).name == "export"
    second.close()


def test_the_hint_names_a_bobby_the_shell_can_run(tmp_path, monkeypatch):
    """Right after the Quick start the venv is not active: `bobby` is not on the PATH,
    so the demo's closing hint names the script by its path; once active, `bobby`."""
    import os
    import shlex
    import shutil

    from bobby.cli import ui

    monkeypatch.setenv("PATH", str(tmp_path))
    shown = ui.command()
    assert shown != "bobby" and os.access(shlex.split(shown)[0], os.X_OK), shown
    (tmp_path / "bobby").write_text("#!/bin/sh\n")
    (tmp_path / "bobby").chmod(0o755)
    assert shutil.which("bobby") and ui.command() == "bobby"


@pytest.mark.slow
def test_ctrl_c_stops_the_whole_demo_and_says_where(tmp_path, smollm2_dir):
    """One Ctrl-C while the demo trains ends the demo (not just training, with eval and
    the rest measuring a half-trained adapter), says so, and exits 130."""
    import os
    import signal
    import threading
    import time

    from typer.testing import CliRunner

    from bobby.cli import app

    folder = tmp_path / "demo"
    finished = threading.Event()

    def press_ctrl_c() -> None:
        while not (folder / "data/train.jsonl").exists() and not finished.wait(0.05):
            pass
        time.sleep(1)  # loading the model, or training
        if not finished.is_set():
            os.kill(os.getpid(), signal.SIGINT)

    threading.Thread(target=press_ctrl_c, daemon=True).start()
    try:
        result = CliRunner().invoke(app, ["demo", "--dir", str(folder), "--fast"])
    finally:
        finished.set()
    assert result.exit_code == 130, result.stderr
    assert "Stopped (Ctrl-C): the demo at step 3/6, train" in result.stderr, result.stderr
    assert "4/6" not in result.stderr and "Done" not in result.stderr


def test_a_folder_with_only_a_bots_history_is_not_taken_over(cli, tmp_path):
    """data/state.db alone is a bot's history (what it posted): the demo would mix its
    own candidates and posts into it."""
    from bobby import state

    with state.database(tmp_path / "bot" / "data" / "state.db"):
        pass
    result = cli("demo", "--dir", tmp_path / "bot")
    assert result.exit_code == 1
    assert "already holds a bot's data" in result.stderr and "state.db" in result.stderr
