"""A real Bluesky PDS on localhost for the posting tests.

`tests/pds/start.js` runs the PLC directory and the PDS of `@atproto/dev-env` (pinned to
0.3.215 in tests/pds/package-lock.json, the last release for Node 20) in one node process
with a throwaway data folder. This module installs it when needed (`npm ci`, once; a
stamp records which lockfile was installed), starts it, and gives the tests what they
need from it: the account, stop/start of the PDS (same port, same data), the records in
the repo, and a count of the requests the PDS served, read from its own request log.
"""

from __future__ import annotations

import hashlib
import os
import queue
import shutil
import signal
import subprocess
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import orjson

PDS_DIR = Path(__file__).resolve().parent / "pds"
STAMP = PDS_DIR / "node_modules" / ".bobby-installed"
NODE_MAJOR = 20  # @atproto/dev-env 0.3.215 runs on Node 20; later releases need 22
START_TIMEOUT = 120  # seconds for the node process to print its first line
INSTALL_TIMEOUT = 1200  # seconds for npm ci (better-sqlite3 compiles from source)


class Unavailable(Exception):
    """Node.js is missing here (a reason to skip, outside CI); any other failure to
    install or start the PDS is an error."""


def _lock_digest() -> str:
    digest = hashlib.sha256()
    for name in ("package.json", "package-lock.json"):
        digest.update((PDS_DIR / name).read_bytes())
    return digest.hexdigest()


def prepare() -> None:
    """Check for Node and npm and run `npm ci` in tests/pds unless that lockfile is installed."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        raise Unavailable(
            "the local Bluesky PDS needs Node.js 20 and npm (apt-get install nodejs npm)"
        )
    version = subprocess.run(
        [node, "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()
    if int(version.lstrip("v").split(".")[0]) < NODE_MAJOR:
        raise Unavailable(
            f"the local Bluesky PDS needs Node.js {NODE_MAJOR} or later, found {version}"
        )
    if STAMP.is_file() and STAMP.read_text() == _lock_digest():
        return
    done = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=PDS_DIR,
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT,
    )
    if done.returncode != 0:
        raise RuntimeError(f"npm ci in {PDS_DIR} failed:\n{(done.stdout + done.stderr)[-3000:]}")
    STAMP.write_text(_lock_digest())


class LocalPds:
    """A running PLC directory (`plc`) + PDS (`url`) with two accounts: the bot's (`handle`,
    `did`, `password`, an app password) and `other` (handle, did, password) to mention."""

    def __init__(self, data_dir: Path) -> None:
        info = self._launch(["start.js", str(data_dir / "data")], data_dir, "the local PDS")
        self.url: str = info["pds"]
        self.plc: str = info["plc"]
        self.handle: str = info["handle"]
        self.did: str = info["did"]
        self.password: str = info["password"]
        self.other: dict[str, str] = info["other"]
        self.log = Path(info["log"])
        self.running = True

    def _launch(
        self, args: list[str], folder: Path, what: str, env: dict[str, str] | None = None
    ) -> dict[str, Any]:
        """Start `node ARGS` in tests/pds (stderr to FOLDER/node.log) and return the JSON
        of its first line."""
        self._stderr = (folder / "node.log").open("w")
        self.process = subprocess.Popen(
            ["node", *args],
            cwd=PDS_DIR,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        first = self._answer(START_TIMEOUT)
        if not first.startswith("{"):
            self.close()
            log = (folder / "node.log").read_text()[-3000:]
            raise RuntimeError(f"{what} did not start ({first!r}):\n{log}")
        return orjson.loads(first)

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.strip())
        self._lines.put(None)

    def _answer(self, timeout: float) -> str:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            return "no answer"
        return "the node process ended" if line is None else line

    def _command(self, command: str, expected: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        answer = self._answer(START_TIMEOUT)
        if answer != expected:
            raise RuntimeError(f"local PDS: {command!r} answered {answer!r}")

    def stop(self) -> None:
        """Take the PDS away (connections are refused); the PLC directory keeps running."""
        self._command("stop", "stopped")
        self.running = False

    def start(self) -> None:
        """Bring the same PDS back: same port, same data, same accounts and sessions."""
        self._command("start", "started")
        self.running = True

    def close(self) -> None:
        """Stop the node process by its pid: SIGTERM, then SIGKILL if it lingers."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self._stderr.close()

    def requests(self, nsid: str | None = None) -> int:
        """How many `nsid` requests (None: requests of any kind) the PDS has answered,
        from its own request log.

        pino writes a request's line as the response finishes, so first a marker request
        is sent and the log read until the marker's line is there: every request answered
        before it is then in the file too.
        """
        marker = uuid.uuid4().hex
        httpx.get(f"{self.url}/xrpc/_health", params={"marker": marker}).raise_for_status()
        for _ in range(200):
            lines = [
                orjson.loads(line) for line in self.log.read_bytes().splitlines() if line.strip()
            ]
            urls = [line["req"]["url"] for line in lines if "req" in line and "res" in line]
            if any(marker in url for url in urls):
                paths = [url.split("?")[0] for url in urls]
                paths = [path for path in paths if path != "/xrpc/_health"]
                return len(paths) if nsid is None else paths.count(f"/xrpc/{nsid}")
            time.sleep(0.05)
        raise RuntimeError(f"the marker request never reached {self.log}")

    def record(self, collection: str, rkey: str, repo: str | None = None) -> dict[str, Any] | None:
        """A record read back with com.atproto.repo.getRecord, or None."""
        answer = httpx.get(
            f"{self.url}/xrpc/com.atproto.repo.getRecord",
            params={"repo": repo or self.did, "collection": collection, "rkey": rkey},
        )
        if answer.status_code == 400 and answer.json().get("error") == "RecordNotFound":
            return None
        answer.raise_for_status()
        return answer.json()

    def records(
        self, collection: str = "app.bsky.feed.post", repo: str | None = None
    ) -> list[dict[str, Any]]:
        """Every record of a collection in a repo, the bot's by default (com.atproto.repo.listRecords)."""
        found, cursor = [], None
        while True:
            params = {"repo": repo or self.did, "collection": collection, "limit": 100}
            if cursor:
                params["cursor"] = cursor
            page = httpx.get(f"{self.url}/xrpc/com.atproto.repo.listRecords", params=params)
            page.raise_for_status()
            found += page.json()["records"]
            cursor = page.json().get("cursor")
            if not cursor or not page.json()["records"]:
                return found

    def session(self, handle: str, password: str) -> dict[str, Any]:
        """A session made by the test itself (createSession), for setting things up."""
        answer = httpx.post(
            f"{self.url}/xrpc/com.atproto.server.createSession",
            json={"identifier": handle, "password": password},
        )
        answer.raise_for_status()
        return answer.json()

    def call(self, nsid: str, token: str, body: dict[str, Any] | None = None) -> httpx.Response:
        """A POST with a bearer token, for the tests' own setup (revoking, writing a profile)."""
        return httpx.post(
            f"{self.url}/xrpc/{nsid}", headers={"Authorization": f"Bearer {token}"}, json=body
        )
