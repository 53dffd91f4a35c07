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
    assert "bobby serve --review --dry-run" in stderr and "http://127.0.0.1:8765/" in stderr
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


def test_a_folder_with_only_a_bots_history_is_not_taken_over(cli, tmp_path):
    """data/state.db alone is a bot's history (what it posted): the demo would mix its
    own candidates and posts into it."""
    from bobby import state

    with state.database(tmp_path / "bot" / "data" / "state.db"):
        pass
    result = cli("demo", "--dir", tmp_path / "bot")
    assert result.exit_code == 1
    assert "already holds a bot's data" in result.stderr and "state.db" in result.stderr
