"""A new user's first hour: the README's Quick start line, and what it leaves behind."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def _quick_start() -> str:
    readme = (ROOT / "README.md").read_text()
    return re.search(r"<!-- quick-start -->\n```\n(.*?)\n```\n<!-- /quick-start -->", readme, re.S)[
        1
    ]


def _stub(folder: Path, name: str, body: str) -> None:
    script = folder / name
    script.write_text(f"#!/bin/bash\n{body}\n")
    script.chmod(0o755)


@pytest.mark.parametrize("uid", [0, 1000])
def test_the_quick_start_runs_as_root_without_sudo_and_as_a_user_with_it(tmp_path, uid):
    """The line as written, in bash, on a machine whose only commands are the system's
    (stand-ins that log what they are asked): root has no `sudo`, a user has it; both
    update apt's lists, install, make the venv and run the demo from it."""
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    log = tmp_path / "log"
    _stub(bin_, "id", f'[ -n "$AS_ROOT" ] && echo 0 || echo {uid}')
    _stub(bin_, "apt-get", f'echo "apt-get $* as $(id -u)" >> {log}')
    _stub(tmp_path, "tool", f'echo "${{0##*/}} $*" >> {log}')
    _stub(
        bin_,
        "python3",
        f'echo "python3 $*" >> {log}; /bin/mkdir -p .venv/bin; '
        f"for t in pip bobby; do /bin/cp {tmp_path}/tool .venv/bin/$t; done",
    )
    if uid:
        _stub(bin_, "sudo", f'echo "sudo $*" >> {log}; AS_ROOT=1 "$@"')
    work = tmp_path / "clone"
    work.mkdir()
    result = subprocess.run(
        ["/bin/bash", "-c", _quick_start()],
        cwd=work,
        env={"PATH": str(bin_)},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    lines = log.read_text().splitlines()
    prefix = "sudo apt-get" if uid else "apt-get"
    assert lines[0] == f"{'sudo apt-get update -q' if uid else 'apt-get update -q as 0'}"
    assert any(line.startswith(f"{prefix} install -y") for line in lines), lines
    assert [line for line in lines if line.startswith("apt-get")][-1].endswith(" as 0")
    assert lines[-3:] == ["python3 -m venv .venv", "pip install -q -e .[cpu]", "bobby demo"]


def test_the_demos_folder_is_not_left_untracked():
    """`bobby demo` in a clone writes bobby-demo/, which `git status` must not list."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "bobby-demo/data/posts.jsonl"], cwd=ROOT, check=False
    )
    assert ignored.returncode == 0
