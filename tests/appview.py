"""A real local Bluesky network with an AppView (PLC + PDS + Bsky AppView) for the reply tests.

Notifications, threads and labels come from the AppView, which a lone PDS lacks
(tests/localpds.py). `tests/pds/network.js` runs @atproto/dev-env's TestNetwork over a
throwaway PostgreSQL cluster that this module creates and starts in a temporary folder
(Debian's `postgresql`; as root through `runuser -u postgres`, since initdb refuses
root) and stops by its pid at the end. Tests create their own accounts (`account`) and
call `process()` after writing, which makes the AppView index everything written so
far: they never sleep.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson

from tests.localpds import START_TIMEOUT, LocalPds, Unavailable


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise Unavailable("the reply tests need PostgreSQL (apt-get install postgresql)")
    return found[-1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Postgres:
    """A throwaway PostgreSQL cluster on 127.0.0.1 with one database, `bsky`."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="bobby-pg-"))
        self.port = _free_port()
        as_root = os.geteuid() == 0
        if as_root:
            shutil.chown(self.folder, "postgres")
        self._prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
        data = self.folder / "data"
        options = f"-h 127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(_pg_bin("initdb"), "-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")  # fmt: skip
        self._run(_pg_bin("pg_ctl"), "-D", data, "-l", self.folder / "pg.log", "-w", "-o", options, "start")  # fmt: skip
        self.pid = int((data / "postmaster.pid").read_text().split()[0])
        self._run(_pg_bin("createdb"), "-h", "127.0.0.1", "-p", self.port, "-U", "postgres", "bsky")
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/bsky"

    def _run(self, *args: Any) -> None:
        done = subprocess.run(
            [*self._prefix, *map(str, args)], capture_output=True, text=True, timeout=60
        )
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed:\n{(done.stdout + done.stderr)[-2000:]}")

    def close(self) -> None:
        """Fast shutdown (SIGINT) of the postmaster by its pid, then the folder goes."""
        try:
            os.kill(self.pid, signal.SIGINT)
            for _ in range(200):
                os.kill(self.pid, 0)
                time.sleep(0.05)
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


class LocalNetwork(LocalPds):
    """PLC (`plc`), PDS (`url`) and AppView (`appview`) in one node process, over `Postgres`.

    Reuses LocalPds's start-up, line protocol and repo readers (`record`, `records`, `session`,
    `call`); the accounts come from `account`.
    """

    def __init__(self, folder: Path, postgres: Postgres) -> None:
        tmp = folder / "tmp"
        tmp.mkdir(parents=True, exist_ok=True)
        env = os.environ | {
            "DB_POSTGRES_URL": postgres.url,
            "DB_POSTGRES_SCHEMA": "bobby_tests",
            "REDIS_HOST": "unused",  # asserted by TestNetwork, never connected to
            "TMPDIR": str(tmp),
        }
        info = self._launch(["network.js"], folder, "the local network", env)
        self.url: str = info["pds"]
        self.plc: str = info["plc"]
        self.appview: str = info["appview"]
        self.running = True

    def process_all(self) -> None:
        """Let the AppView index every write made so far (notifications, threads, labels)."""
        self._command("process", "processed")

    def restart(self) -> None:
        """Close the PDS and start it again: same port, data, accounts and sessions."""
        self._command("restart", "restarted")

    def account(self, name: str) -> dict[str, str]:
        """A new account `name`.test: handle, did, password (main) and app_password."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"account {name}\n")
        self.process.stdin.flush()
        answer = self._answer(START_TIMEOUT)
        if not answer.startswith("{"):
            raise RuntimeError(f"local network: account {name} answered {answer!r}")
        return orjson.loads(answer)
