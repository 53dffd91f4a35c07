"""Candidates from the running `bobby serve` of this bot (the warm path), else from the
model loaded here (the cold path): what `bobby generate` and `bobby post` call.

A cron `bobby post` that loads the model pays seconds to minutes before its first token;
a `bobby serve` of the same bot already holds the model. The command finds it through
data/serve.json (`bobby.serve.discovery`) and asks its API, with serve's own access rules
(loopback: its Host; any other address: the access token of data/serve.token). It asks
only a serve that generates what the command would have: the same state database, data
folder, base model, adapter (the newest under adapters/ included) and quality gate; a
file whose pid is dead, a serve that does not answer /health within HEALTH_TIMEOUT, is
stopping, or is busy, is passed over, and the model is loaded here as before.

Serve is asked for candidates only, never to post; the command posts them itself through
`bobby.post`. Exactly once then rests on one process and one path, as without serve: the
state database's pending row, written with its record key before anything is sent, is
the only thing that decides whether a slot was posted. Were serve to post, a serve killed
in the middle of the request would leave the command not knowing whether the post went
out: falling back to posting itself could add a second post for the slot, failing would
lose it. Candidates carry no such risk: a serve that dies mid-request leaves at most
recorded candidates behind, and the command generates its own (the cold path) and posts
one, once.

Over the loopback port serve listens on anyway, not a Unix socket of its own: the Guard
in front of that port (`bobby.serve.api`) is the one set of access rules serve has, and a
second listener would be a second door to guard. What a local program could do with the
port it can do already; what it cannot (write data/serve.json, read data/serve.token) is
what the warm path relies on.
"""

from __future__ import annotations

import http.client
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from bobby.errors import InputError
from bobby.progress import Report, stage
from bobby.serve.access import WILDCARDS, bracketed, is_loopback, token_file
from bobby.serve.discovery import Running, alive, discovery_file, read

if TYPE_CHECKING:
    from bobby.gate import GateOptions
    from bobby.generate import GenerateOptions, Generation

HEALTH_TIMEOUT = 2.0  # seconds for a serve to answer /health; slower, it is not asked
ANSWER_TIMEOUT = 600.0  # seconds for its candidates (the request may wait for the model)


class Unanswered(Exception):
    """The serve did not answer as it should: the command loads the model itself."""


def find(options: GenerateOptions, gate: GateOptions) -> tuple[Running | None, str]:
    """The running serve to ask for candidates with these settings, or None; and why, in
    words (for --debug and `bobby schedule`)."""
    if not options.warm:
        return None, "the warm path is off ([generate] warm = false, or --cold)"
    layout = options.layout()
    path = discovery_file(layout.state_db)
    running = read(path)
    if running is None:
        return None, f"no bobby serve runs for this bot (no {path})"
    if not alive(running.pid):
        return None, f"{path} is stale: its bobby serve (pid {running.pid}) is not running"
    try:
        wanted = Running.describe(
            running.host, running.port, layout.state_db, layout.data, options.locate(), gate
        )
    except InputError as err:
        return None, str(err)
    for name, label in SAME.items():
        if getattr(running, name) != getattr(wanted, name):
            return (
                None,
                f"the bobby serve of {path} (pid {running.pid}) has {label} than this command",
            )
    try:
        health = ask(running, "GET", "/health", None, HEALTH_TIMEOUT)
    except Unanswered as err:
        return None, f"the bobby serve of {path} (pid {running.pid}) does not answer ({err})"
    if health.get("pid") != running.pid or health.get("status") != "ok":
        return None, f"the bobby serve of {path} (pid {running.pid}) is {health.get('status')}"
    return running, f"bobby serve (pid {running.pid}) at {url(running)} holds the model"


# What must be the same in serve and in the command for serve's candidates to be the ones
# the command would have made: the field of `Running` and the words for a difference.
SAME = {
    "state_db": "another state database",
    "data": "another data folder",
    "model": "another base model",
    "adapter": "another adapter",
    "gate": "other quality gate settings",
}


def generate(
    options: GenerateOptions,
    gate: GateOptions,
    progress: Report | None = None,
    explain: Callable[[str], None] | None = None,
) -> Generation:
    """Candidates from the bot's running serve, else `bobby.generate.generate` here.

    Args:
        options: model, adapter and sampling settings; `options.warm` False: always here.
        gate: what every candidate must pass (serve's gate must have the same settings).
        progress: told about the request, or about loading and each round.
        explain: told in one line which path was taken and why (--debug).

    Raises:
        InputError: serve refused a setting (as the model here would have).
    """
    from bobby.generate import Generation
    from bobby.generate import generate as here

    explain = explain or (lambda line: None)
    running, why = find(options, gate)
    if running is not None:
        stage(progress, f"Generating in bobby serve (pid {running.pid})")
        try:
            answer = ask(running, "POST", "/generate", request(options), ANSWER_TIMEOUT)
            generation = Generation.from_dict(answer)
        except Unanswered as err:
            why = f"bobby serve (pid {running.pid}) did not answer ({err})"
        except (KeyError, TypeError, ValueError) as err:  # another version's answer
            why = f"bobby serve (pid {running.pid}) answered with no candidates ({err!r})"
        else:
            explain(f"warm path: {why}")
            return generation
    explain(f"cold path: {why}; loading the model in this process")
    return here(options, gate, options.layout().state_db, progress)


def request(options: GenerateOptions) -> bytes:
    """The body of serve's /generate for these settings (`REQUEST_SETTINGS` there)."""
    return orjson.dumps(
        {"n": options.n, "retries": options.retries, "prompt": options.prompt} | options.sampling()
    )


def url(running: Running) -> str:
    """Where to reach `running` from this machine."""
    return f"http://{bracketed(connect_to(running.host))}:{running.port}"


def connect_to(host: str) -> str:
    """The address to reach a serve bound to `host` at: on every interface, loopback."""
    if host in WILDCARDS:
        return "::1" if host == "::" else "127.0.0.1"
    return host


def ask(running: Running, method: str, path: str, body: bytes | None, timeout: float) -> Any:
    """Serve's JSON answer to one request, as its owner's program sends it: its own Host
    (http.client sends the address it connects to), a JSON body, and beyond loopback the
    access token.

    Raises:
        InputError: serve refused the settings (400), as the model here would have.
        Unanswered: no answer, or any other refusal (busy, stopping, not allowed).
    """
    headers = {"Content-Type": "application/json"} if body is not None else {}
    if not is_loopback(running.host):
        headers["Authorization"] = f"Bearer {_token(Path(running.state_db))}"
    connection = http.client.HTTPConnection(connect_to(running.host), running.port, timeout=timeout)
    try:
        connection.request(method, path, body, headers)
        answer = connection.getresponse()
        status, data = answer.status, answer.read()
    except (OSError, http.client.HTTPException) as err:
        raise Unanswered(str(err) or type(err).__name__) from None
    finally:
        connection.close()
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        raise Unanswered(f"HTTP {status}, not JSON") from None
    if status == 400:
        raise InputError(f"bobby serve (pid {running.pid}): {value.get('error')}")
    if status != 200:
        raise Unanswered(
            f"HTTP {status}: {value.get('error') if isinstance(value, dict) else value}"
        )
    return value


def _token(state_db: Path) -> str:
    path = token_file(state_db)
    try:
        return path.read_text().strip()
    except OSError as err:
        raise Unanswered(f"cannot read its access token {path} ({err.strerror})") from None


def describe_cron(options: GenerateOptions, gate: GateOptions) -> str:
    """Which path the cron line's `bobby post` takes, as things stand, in words."""
    running, why = find(options, gate)
    if running is not None:
        return (
            f"The cron line's `bobby post` asks {why.removesuffix(' holds the model')} for "
            "candidates while it runs (the warm path), and loads the model itself when none does."
        )
    if not options.warm:
        return f"The cron line's `bobby post` loads the model at every run: {why}."
    return (
        f"The cron line's `bobby post` loads the model at every run now ({why}); while a "
        "`bobby serve` runs for this bot, it asks that serve for candidates instead (the warm path)."
    )
