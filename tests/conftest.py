"""Shared fixtures: every test runs with its own settings, session and state, never the
user's; models fetched once are kept between tests and between runs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
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


@pytest.fixture(scope="session")
def smollm2_dir(model_cache: Path) -> Path:
    """The imported SmolLM2-135M-Instruct folder (mlx-lm layout), fetched once into the
    model cache; every test's BOBBY_CACHE_DIR points there, so `--model smollm2` finds it."""
    from bobby.models import fetch_smollm2

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BOBBY_CACHE_DIR", str(model_cache))
        return fetch_smollm2()


def isolate(patch: pytest.MonkeyPatch, folder: Path, model_cache: Path) -> None:
    """None of the user's BOBBY_* settings; settings, session and state in `folder`, the
    working folder too; the shared model cache."""
    for name in list(os.environ):
        if name.startswith("BOBBY_") and name not in ("BOBBY_TEST_CACHE", "BOBBY_REQUIRE_PDS"):
            patch.delenv(name)
    patch.setenv("BOBBY_CACHE_DIR", str(model_cache))
    patch.setenv("BOBBY_CONFIG_DIR", str(folder / "config"))
    patch.setenv("BOBBY_CONFIG", str(folder / "bobby.toml"))
    patch.chdir(folder)


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, model_cache: Path) -> Path:
    """Settings, session and state in tmp_path; the working folder too."""
    isolate(monkeypatch, tmp_path, model_cache)
    return tmp_path


@pytest.fixture
def cli():
    """Run `bobby ...` in-process; stdout and stderr kept apart."""
    from bobby.cli import app

    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(app, [str(arg) for arg in args], input=input, prog_name="bobby")

    return invoke


@pytest.fixture
def real_archives() -> Path:
    if not REAL_ARCHIVES.is_dir():
        pytest.skip(
            f"real archive excerpts not present at {REAL_ARCHIVES} (they live beside the checkout, in ../shared)"
        )
    return REAL_ARCHIVES


@pytest.fixture(scope="session")
def pds(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """A real local Bluesky PDS and PLC directory for the whole test session
    (tests/localpds.py). Skipped where Node.js is missing, except in CI, where
    BOBBY_REQUIRE_PDS=1 makes that a failure."""
    from tests.localpds import LocalPds, Unavailable, prepare

    try:
        prepare()
        server = LocalPds(tmp_path_factory.mktemp("pds"))
    except Unavailable as why:
        if os.environ.get("BOBBY_REQUIRE_PDS") == "1":
            pytest.fail(f"BOBBY_REQUIRE_PDS=1 but {why}")
        pytest.skip(str(why))
    yield server
    server.close()


@dataclass(frozen=True)
class DemoRun:
    """What `bobby demo --fast` printed and wrote, kept as it finished (later tests
    evaluate its adapter again, which rewrites eval.json)."""

    folder: Path
    exit_code: int
    stderr: str
    eval_report: dict


@pytest.fixture(scope="session")
def demo_run(
    tmp_path_factory: pytest.TempPathFactory, smollm2_dir: Path, model_cache: Path
) -> DemoRun:
    """`bobby demo --fast`, run once for the whole session: the packaged sample archive
    exported and prepared into data/ and a SmolLM2 adapter trained on it in adapters/demo
    (enough to move the model clearly towards the voice). Its own test checks what it
    printed; the eval and generate tests use the bot folder it leaves (training a second
    adapter for them took a minute and a half)."""
    import orjson

    from bobby.cli import app

    home = tmp_path_factory.mktemp("demo-run")
    with pytest.MonkeyPatch.context() as patch:
        isolate(patch, home, model_cache)
        result = CliRunner().invoke(app, ["demo", "--dir", str(home / "demo"), "--fast"])
    folder = home / "demo"
    report = folder / "adapters/demo/eval.json"
    return DemoRun(
        folder,
        result.exit_code,
        result.stderr,
        orjson.loads(report.read_bytes()) if report.is_file() else {},
    )


@pytest.fixture
def sample_bot(demo_run: DemoRun) -> Path:
    """The demo's bot folder: data/ prepared from the sample archive, adapters/demo."""
    assert demo_run.exit_code == 0, f"bobby demo --fast: {demo_run.stderr}"
    return demo_run.folder


@pytest.fixture(scope="session")
def appview(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """A real local Bluesky network with an AppView (PLC + PDS + AppView over a throwaway
    PostgreSQL, tests/appview.py), one for the whole session. Skipped where Node.js or
    PostgreSQL is missing, except in CI (BOBBY_REQUIRE_PDS=1), where that is a failure."""
    from tests.appview import LocalNetwork, Postgres
    from tests.localpds import Unavailable, prepare

    postgres = None
    try:
        prepare()
        postgres = Postgres()
        network = LocalNetwork(tmp_path_factory.mktemp("appview"), postgres)
    except Unavailable as why:
        if os.environ.get("BOBBY_REQUIRE_PDS") == "1":
            pytest.fail(f"BOBBY_REQUIRE_PDS=1 but {why}")
        pytest.skip(str(why))
    except BaseException:
        if postgres is not None:
            postgres.close()
        raise
    yield network
    network.close()
    postgres.close()
