"""Ready-made schedules: a cron line, a systemd unit and timer, or a launchd plist.

A bot runs for years from whatever the machine has, so `bobby schedule` writes the
entry for the current environment (this bobby's executable, this working folder, this
user's config) instead of leaving the user to guess paths that cron's minimal
environment will not find. Two ways to run: `post` starts `bobby post` on a timer (a
cold start per post, nothing resident); `serve` keeps `bobby serve` running as a service
with the model in memory.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from bobby.errors import InputError

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(d|h|m|s)", re.IGNORECASE)
_UNITS = {"d": 86400, "h": 3600, "m": 60, "s": 1}
FORMATS = ("cron", "systemd", "launchd")
MODES = ("post", "serve")


def parse_duration(value: str) -> float:
    """Seconds in `1h`, `30m`, `1h30m`, `90s`, `2d` (a bare number is seconds)."""
    text = value.strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        seconds = float(text)
    else:
        parts = _DURATION.findall(text)
        if not parts or _DURATION.sub("", text).strip():
            raise InputError(f"{value!r} is not a duration (examples: 90s, 30m, 1h, 1h30m, 2d)")
        seconds = sum(float(number) * _UNITS[unit.lower()] for number, unit in parts)
    if seconds > MAX_DURATION:
        raise InputError(f"{value!r} is too long (at most 366 days)")
    return seconds


MAX_DURATION = 366 * 86400  # longer intervals overflow the clock's arithmetic and mean nothing


@dataclass
class Job:
    """What to run and where."""

    mode: str
    every: float
    jitter: float
    workdir: Path
    command: list[str]
    name: str = "bobby"

    @property
    def log(self) -> Path:
        return self.workdir / "data" / "bobby.log"


def bobby_command() -> list[str]:
    """How to start this same bobby from a scheduler, by absolute path."""
    # Never resolve symlinks: a virtual environment's python is a link to the system one,
    # and running the system one would lose the environment's packages.
    script = Path(sys.argv[0])
    if script.name == "bobby" and script.exists():
        return [str(script.absolute())]
    found = shutil.which("bobby")
    if found and Path(found).absolute().parent == Path(sys.executable).absolute().parent:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "bobby"]


def make_job(mode: str, every: str, jitter: str, workdir: Path | None = None) -> Job:
    if mode not in MODES:
        raise InputError(f"unknown mode {mode!r} (choose {' or '.join(MODES)})")
    seconds = parse_duration(every)
    if seconds < 60:
        raise InputError(f"--every {every} is too often: at least 1m between posts")
    base = bobby_command()
    args = (
        ["--quiet", "post"] if mode == "post" else ["serve", "--every", every, "--jitter", jitter]
    )
    return Job(
        mode, seconds, parse_duration(jitter), (workdir or Path.cwd()).resolve(), base + args
    )


def cron(job: Job) -> str:
    """A crontab line (`crontab -e`). Cron has no jitter of its own: a post waits a random
    part of `jitter` first (awk: POSIX, on every system with cron); serve is started at
    boot and keeps its own. A `%` in a path is escaped, as cron reads `%` as a newline."""
    wait = (
        f"sleep $(awk 'BEGIN {{ srand(); print int(rand() * {int(job.jitter) + 1}) }}') && "
        if job.jitter >= 1 and job.mode == "post"
        else ""
    )
    command = f"cd {shlex.quote(str(job.workdir))} && {wait}{shlex.join(job.command)} >> {shlex.quote(str(job.log))} 2>&1"
    command = command.replace("%", "\\%")
    if job.mode == "serve":
        return f"@reboot {command}\n"
    minutes = int(job.every // 60)
    if job.every % 60 == 0 and minutes < 60 and 60 % minutes == 0:
        when = f"*/{minutes} * * * *" if minutes > 1 else "* * * * *"
    elif job.every == 86400:
        when = "0 9 * * *"
    elif job.every % 3600 == 0 and 24 % int(job.every // 3600) == 0:
        hours = int(job.every // 3600)
        when = "0 * * * *" if hours == 1 else f"0 */{hours} * * *"
    else:
        raise InputError(
            "cron can only run every N minutes or hours that divide an hour or a day evenly; use systemd or serve"
        )
    return f"{when} {command}\n"


def systemd(job: Job) -> str:
    """User units for ~/.config/systemd/user/: a service (and a timer for post). A `%` in
    a path is written `%%`, as systemd reads `%x` as a specifier."""
    return _systemd(job).replace("%", "%%")


def _systemd(job: Job) -> str:
    env = f"Environment=PATH={os.environ.get('PATH', '/usr/bin:/bin')}\n"
    if job.mode == "serve":
        return (
            f"# ~/.config/systemd/user/{job.name}.service, then: systemctl --user enable --now {job.name}\n"
            "[Unit]\nDescription=bobby: posts like you on Bluesky\nAfter=network-online.target\n\n"
            f"[Service]\nWorkingDirectory={job.workdir}\nExecStart={shlex.join(job.command)}\n{env}"
            "Restart=on-failure\nRestartSec=30\nKillSignal=SIGTERM\nTimeoutStopSec=120\n\n"
            "[Install]\nWantedBy=default.target\n"
        )
    return (
        f"# ~/.config/systemd/user/{job.name}-post.service\n"
        "[Unit]\nDescription=bobby: one post to Bluesky\nAfter=network-online.target\n\n"
        f"[Service]\nType=oneshot\nWorkingDirectory={job.workdir}\nExecStart={shlex.join(job.command)}\n{env}\n"
        f"# ~/.config/systemd/user/{job.name}-post.timer, then: systemctl --user enable --now {job.name}-post.timer\n"
        "[Unit]\nDescription=bobby: post on a schedule\n\n"
        f"[Timer]\nOnBootSec=5min\nOnUnitActiveSec={int(job.every)}s\n"
        f"RandomizedDelaySec={int(job.jitter)}s\n\n"
        "[Install]\nWantedBy=timers.target\n"
    )


def launchd(job: Job) -> str:
    """A LaunchAgent for ~/Library/LaunchAgents/ (as the original bot used)."""
    label = f"social.bobby.{job.mode}"
    arguments = "".join(f"\n        <string>{escape(arg)}</string>" for arg in job.command)
    when = (
        "<key>KeepAlive</key>\n    <true/>"
        if job.mode == "serve"
        else f"<key>StartInterval</key>\n    <integer>{int(job.every)}</integer>"
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- ~/Library/LaunchAgents/{label}.plist, then: launchctl load ~/Library/LaunchAgents/{label}.plist -->
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>Label</key>
    <string>{label}</string>
    <key>ProgramArguments</key>
    <array>{arguments}
    </array>
    <key>WorkingDirectory</key>
    <string>{escape(str(job.workdir))}</string>
    <key>RunAtLoad</key>
    <true/>
    {when}
    <key>StandardOutPath</key>
    <string>{escape(str(job.log))}</string>
    <key>StandardErrorPath</key>
    <string>{escape(str(job.log))}</string>
</dict>
</plist>
"""


def render(fmt: str, job: Job) -> str:
    """The schedule in format `fmt` (cron, systemd or launchd)."""
    renderers = {"cron": cron, "systemd": systemd, "launchd": launchd}
    if fmt not in renderers:
        raise InputError(f"unknown format {fmt!r} (choose {', '.join(FORMATS)})")
    return renderers[fmt](job)
