"""The `bobby` command itself: help, version, errors."""

from __future__ import annotations

import subprocess
import sys

from bobby import __version__

STEPS = ["demo", "export", "prep", "train", "generate", "eval", "post", "login", "history",
         "profile", "serve", "schedule", "model"]  # fmt: skip


def test_help_lists_every_step_without_importing_heavy_libraries():
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from bobby.cli import app\n"
        "result = CliRunner().invoke(app, ['--help'])\n"
        "print(result.stdout)\n"
        "print('HEAVY', [m for m in ('mlx', 'mlx_lm', 'datasets', 'atproto', 'transformers') if m in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    for step in STEPS:
        assert f" {step} " in out, step
    assert "HEAVY []" in out


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"bobby {__version__}"


def test_python_dash_m_bobby():
    result = subprocess.run(
        [sys.executable, "-m", "bobby", "--version"], capture_output=True, text=True
    )
    assert result.stdout.strip() == f"bobby {__version__}"


def test_user_errors_are_one_line_and_debug_shows_the_traceback(cli, tmp_path):
    result = cli("export", tmp_path / "missing.zip")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'missing.zip'}: no such file or folder"
    debug = cli("--debug", "export", tmp_path / "missing.zip")
    assert debug.exit_code == 1
    assert type(debug.exception).__name__ == "InputError"


def test_usage_errors_stay_typers(cli):
    result = cli("export")
    assert result.exit_code == 2
