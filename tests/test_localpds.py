"""The PDS fixture's promise to CI: without Node.js the posting tests skip, unless
BOBBY_REQUIRE_PDS=1 (set by .ci/run), where they fail instead of passing silently."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def pds_test_without_node(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    """One PDS test in a pytest of its own, with a PATH where there is no node or npm."""
    bare = tmp_path / "bin"
    bare.mkdir()
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_post_pds.py::test_wrong_password_is_a_clear_error",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "PATH": str(bare),
            "PYTHONPATH": str(ROOT),
            "BOBBY_TEST_CACHE": str(tmp_path / "cache"),
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_without_node_the_pds_tests_are_skipped(tmp_path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("BOBBY_REQUIRE_PDS", raising=False)
    done = pds_test_without_node(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 skipped" in done.stdout and "needs Node.js 20 and npm" in done.stdout


def test_without_node_in_ci_the_pds_tests_fail(tmp_path):
    done = pds_test_without_node(tmp_path, BOBBY_REQUIRE_PDS="1")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "BOBBY_REQUIRE_PDS=1 but the local Bluesky PDS needs Node.js 20 and npm" in done.stdout
