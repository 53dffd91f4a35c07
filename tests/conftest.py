"""Shared fixtures: every test runs with its own settings, session and state, never the
user's; models fetched once are kept between tests and between runs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

SHARED = Path(__file__).resolve().parents[2] / "shared"
REAL_ARCHIVES = SHARED / "fixtures" / "real-archives"


def pytest_configure(config: pytest.Config) -> None:
    """Let OpenBLAS serve MLX before any test imports it (see bobby/backend.py): loaded
    later it changes nothing, and the CPU tests would run at a tenth of the speed."""
    from bobby.backend import prepare

    prepare()


@pytest.fixture(scope="session")
def model_cache(pytestconfig: pytest.Config) -> Path:
    """One model cache for the whole run (and later runs), so SmolLM2 is fetched once."""
    path = Path(os.environ.get("BOBBY_TEST_CACHE") or pytestconfig.cache.mkdir("bobby-models"))
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, model_cache: Path) -> Path:
    """Settings, session and state in tmp_path; the working folder too."""
    for name in list(os.environ):
        if name.startswith("BOBBY_") and name != "BOBBY_TEST_CACHE" and name != "BOBBY_REQUIRE_PDS":
            monkeypatch.delenv(name)
    monkeypatch.setenv("BOBBY_CACHE_DIR", str(model_cache))
    monkeypatch.setenv("BOBBY_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BOBBY_CONFIG", str(tmp_path / "bobby.toml"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def cli():
    """Run `bobby ...` in-process; stdout and stderr kept apart."""
    from bobby.cli import app

    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(app, [str(arg) for arg in args], input=input)

    return invoke


@pytest.fixture
def real_archives() -> Path:
    if not REAL_ARCHIVES.is_dir():
        pytest.skip(f"real archive excerpts not present at {REAL_ARCHIVES} (they live beside the checkout, in ../shared)")
    return REAL_ARCHIVES
