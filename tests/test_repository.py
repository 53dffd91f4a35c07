"""The repository's own files: what a careless merge or edit leaves behind."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MARKER = re.compile(rb"^(<{7}|>{7}) ", re.MULTILINE)


def test_no_merge_conflict_markers_are_committed():
    """A conflict committed unresolved once left half of BENCHMARKS.md between markers."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: the tracked files are unknown")
    files = [ROOT / name.decode() for name in listed.split(b"\0") if name]
    marked = [
        str(path.relative_to(ROOT))
        for path in files
        if path.is_file() and MARKER.search(path.read_bytes())
    ]
    assert marked == []
