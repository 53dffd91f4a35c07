"""bobby schedule: entries that cron, systemd and launchd accept, with this bot's paths."""

from __future__ import annotations

import plistlib
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from bobby.errors import InputError
from bobby.schedule import parse_duration


def test_durations():
    assert parse_duration("90s") == 90
    assert parse_duration("1h30m") == 5400
    assert parse_duration("2d") == 172800
    assert parse_duration("45") == 45
    for bad in ("soon", "1x", "h", ""):
        with pytest.raises(InputError):
            parse_duration(bad)


def test_cron_line_runs_this_bobby_in_this_folder(cli, tmp_path):
    result = cli("schedule", "--print", "cron", "--every", "3h")
    assert result.exit_code == 0, result.stderr
    line = result.stdout.strip()
    when, command = line[: line.index(" cd ")], line[line.index(" cd ") + 1 :]
    assert when == "0 */3 * * *"
    assert command.startswith(f"cd {shlex.quote(str(tmp_path))} && ")
    # the command itself starts this very bobby (python -m bobby under pytest)
    program = shlex.split(command.split(" >> ")[0].rsplit(" && ", 1)[1])
    assert program[-2:] == ["--quiet", "post"]
    assert Path(program[0]).exists()
    version = subprocess.run(
        [*program[:-2], "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.startswith("bobby ")
    assert cli("schedule", "--every", "15m").stdout.startswith("*/15 * * * * ")
    assert cli("schedule", "--every", "1d").stdout.startswith("0 9 * * * ")
    assert cli("schedule", "--mode", "serve").stdout.startswith("@reboot cd ")


def _as_cron_runs(line: str) -> str:
    """The command of a crontab line as cron hands it to sh: `\\%` is a `%`; a bare `%`
    would end the command there (the rest is its input), which the test forbids."""
    command = line.split(" ", 5)[5]
    assert "%" not in command.replace("\\%", ""), "an unescaped % would cut the command"
    return command.replace("\\%", "%")


def test_cron_runs_in_a_folder_with_a_percent_sign_and_waits_the_jitter(cli, tmp_path, monkeypatch):
    folder = tmp_path / "50% bot"
    (folder / "data").mkdir(parents=True)
    monkeypatch.chdir(folder)
    line = cli("schedule", "--every", "1h", "--jitter", "0").stdout.strip()
    command = _as_cron_runs(line).replace("--quiet post", "--version")
    subprocess.run(["sh", "-c", command], check=True)
    assert (folder / "data/bobby.log").read_text().startswith("bobby ")

    waits = _as_cron_runs(cli("schedule", "--jitter", "10m").stdout.strip())
    wait = waits.split(" && ")[1]
    assert wait.startswith("sleep $(awk ")
    shown = subprocess.run(["sh", "-c", wait.replace("sleep ", "echo ")], capture_output=True)
    assert 0 <= int(shown.stdout) <= 600
    units = cli("schedule", "--print", "systemd").stdout
    assert f"WorkingDirectory={str(folder).replace('%', '%%')}\n" in units


def test_cron_refuses_intervals_it_cannot_express(cli):
    result = cli("schedule", "--every", "7m")
    assert result.exit_code == 1 and "systemd" in result.stderr


def test_systemd_units(cli, tmp_path):
    timer = cli("schedule", "--print", "systemd", "--every", "2h", "--jitter", "5m").stdout
    assert "Type=oneshot" in timer and f"WorkingDirectory={tmp_path}" in timer
    assert "OnUnitActiveSec=7200s" in timer and "RandomizedDelaySec=300s" in timer
    service = cli("schedule", "--print", "systemd", "--mode", "serve").stdout
    assert "Restart=on-failure" in service and "serve --every 1h --jitter 10m" in service


def test_launchd_plist_parses(cli, tmp_path):
    plist = cli("schedule", "--print", "launchd", "--every", "30m").stdout
    data = plistlib.loads(plist.encode())
    assert data["StartInterval"] == 1800
    assert data["WorkingDirectory"] == str(tmp_path)
    assert data["ProgramArguments"][-2:] == ["--quiet", "post"]
    served = plistlib.loads(
        cli("schedule", "--print", "launchd", "--mode", "serve").stdout.encode()
    )
    assert served["KeepAlive"] is True and "serve" in served["ProgramArguments"]


def test_unknown_format(cli):
    result = cli("schedule", "--print", "anacron")
    assert result.exit_code == 1 and "unknown format" in result.stderr


def test_python_is_not_resolved_out_of_its_venv():
    from bobby.schedule import bobby_command

    command = bobby_command()
    assert command[0] == str(Path(sys.executable).absolute()) or command[0].endswith("bobby")
