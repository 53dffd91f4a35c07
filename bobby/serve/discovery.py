"""How a command finds the `bobby serve` of its bot: a small file beside the state
database, data/serve.json.

A `bobby generate` or `bobby post` (the cron line) gets its candidates sooner from a
running serve, which holds the model already, than by loading it (`bobby.warm`). The file
says where that serve listens and what it serves: its pid, address, port, state database,
data folder, base model, adapter and quality gate, so that a command asks only a serve
whose candidates are the ones it would have made itself.

Serve writes it once the model is loaded and the API answers, whole or not at all (temp
file, rename; mode 0600, like the access token beside it), and removes it when it stops,
if it is still its own (a second serve on the same folder replaced it). A serve killed with
SIGKILL cannot remove it: a reader checks that the pid lives and that the serve answers
(`bobby.warm.find`), and ignores the file otherwise.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from bobby.files import atomic_write

if TYPE_CHECKING:
    from bobby.adapters import AdapterDir
    from bobby.gate import GateOptions

FILE = "serve.json"


@dataclass(frozen=True)
class Running:
    """What a running serve announces (every path absolute)."""

    pid: int
    host: str
    port: int
    state_db: str
    data: str
    model: str
    adapter: str | None
    gate: dict[str, Any]

    @classmethod
    def describe(
        cls,
        host: str,
        port: int,
        state_db: Path,
        data: Path,
        located: tuple[AdapterDir | None, str],
        gate: GateOptions,
    ) -> Running:
        """This process serving on `host`:`port` with `located` (`AdapterChoice.locate()`:
        adapter or None, base model) and the gate options `gate`."""
        adapter, model = located
        return cls(
            pid=os.getpid(),
            host=host,
            port=port,
            state_db=str(Path(state_db).resolve()),
            data=str(Path(data).resolve()),
            model=model,
            adapter=str(adapter.path.resolve()) if adapter is not None else None,
            gate=plain(asdict(gate)),
        )


def plain(value: Any) -> Any:
    """`value` as JSON gives it back (tuples as lists, paths as text): what two sides
    compare after one of them read it from the file."""
    return orjson.loads(orjson.dumps(value, default=str))


def discovery_file(state_db: Path) -> Path:
    """Where the running serve of the bot whose state database is `state_db` is named."""
    return Path(state_db).parent / FILE


def announce(path: Path, running: Running) -> None:
    """Name this serve in `path`, replacing whatever was there."""
    with atomic_write(path, "wb") as handle:
        os.fchmod(handle.fileno(), 0o600)
        handle.write(orjson.dumps(asdict(running), option=orjson.OPT_INDENT_2))


def withdraw(path: Path) -> None:
    """Remove `path` if it still names this process."""
    running = read(path)
    if running is not None and running.pid == os.getpid():
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def read(path: Path) -> Running | None:
    """The serve `path` names, or None when there is no file or it is not one of ours
    (a half-written or foreign file is no reason to fail a cron run: it loads the model)."""
    try:
        return Running(**orjson.loads(path.read_bytes()))
    except (OSError, orjson.JSONDecodeError, TypeError):
        return None


def alive(pid: int) -> bool:
    """Whether a process `pid` exists (ours or another user's)."""
    if not isinstance(pid, int) or pid <= 0:  # 0 and -N would name process groups
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
