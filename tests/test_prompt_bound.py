"""A prompt is bounded before it reaches the model: characters, then tokens against the
model's context and the adapter's max_seq_length (`Generator.check`), from the CLI and
from a running `bobby serve`, which refuses the request and keeps serving.

The tiny random model (tests/tiny_model.py, a context of 2,048 tokens) stands in for a
real one: what is checked is the refusal, never the text."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

from tests import tiny_model
from tests.test_serve import serving  # noqa: F401 (a fixture)

pytestmark = pytest.mark.slow

LONG = " ".join(["a"] * 30_000)  # 60 KB: under serve's body limit, far past any context
PAST_CONTEXT = " ".join(["a"] * 3_000)  # few characters, more tokens than the context


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_model.build(tmp_path_factory.mktemp("model") / "tiny")


def test_the_cli_refuses_a_prompt_too_long_or_not_text(cli, tiny):
    chars = cli("generate", "--model", tiny, "--max-tokens", "5", "--prompt", LONG)
    assert chars.exit_code == 1
    assert "Error: the prompt is 59,999 characters long; at most 20,000" in chars.stderr
    tokens = cli("generate", "--model", tiny, "--max-tokens", "5", "--prompt", PAST_CONTEXT)
    assert tokens.exit_code == 1
    assert "tokens long; at most 2,043 are taken (the model's context of 2,048" in tokens.stderr
    undecodable = cli("generate", "--model", tiny, "--prompt", "hi \udcff there")  # argv's \xff
    assert undecodable.exit_code == 1
    assert "Error: the prompt is not valid UTF-8 text" in undecodable.stderr
    assert "Traceback" not in chars.stderr + tokens.stderr + undecodable.stderr


def adapter(tiny: Path, folder: Path, **config: object) -> Path:
    """A random adapter for the tiny model, with `config` added to its adapter_config.json."""
    from bobby.models import load

    tiny_model.random_adapter(load(str(tiny), fit=False).model, folder, 2, 4)
    written = orjson.loads((folder / "adapter_config.json").read_bytes())
    (folder / "adapter_config.json").write_bytes(orjson.dumps(written | config))
    return folder


def test_a_prompt_longer_than_the_adapter_was_trained_on_is_refused(cli, tiny, tmp_path):
    folder = adapter(tiny, tmp_path / "a", max_seq_length=40)
    args = ("generate", "--model", tiny, "--adapter-path", folder, "--max-tokens", "5")
    refused = cli(*args, "--prompt", " ".join(["a"] * 60))
    assert refused.exit_code == 1
    assert "are taken (the adapter's max_seq_length 40)" in refused.stderr


def test_serve_refuses_a_long_prompt_and_keeps_serving(serving, tiny):  # noqa: F811
    serve = serving("--dry-run", "--every", "1h", "--model", str(tiny), "--min-chars", "1")
    serve.wait_for("the model", lambda: _health(serve).get("state") not in (None, "loading"))

    for prompt, why in ((LONG, "characters long"), (PAST_CONTEXT, "the model's context")):
        body = json.dumps({"prompt": prompt, "max_tokens": 2}).encode()
        status, answer = serve.call("POST", "/generate", body)
        assert status == 400 and why in answer["error"], answer

    assert serve.process.poll() is None
    status, generated = serve.call("POST", "/generate", b'{"prompt": "hello", "max_tokens": 4}')
    assert status == 200 and generated["candidates"], generated
    assert _health(serve)["status"] == "ok"
    assert "Traceback" not in serve.log.read_text()


def _health(serve) -> dict:
    try:
        status, answer = serve.call("GET", "/health")
    except OSError:  # not listening yet
        return {}
    return answer if status == 200 else {}


def test_an_adapter_config_whose_bobby_part_is_not_an_object_is_one_line(cli, tiny, tmp_path):
    folder = adapter(tiny, tmp_path / "odd", model=str(tiny), bobby=[1])
    result = cli("generate", "--adapter-path", folder, "--prompt", "hi")
    assert result.exit_code == 1
    assert result.stderr.startswith(f'Error: {folder / "adapter_config.json"}: "bobby" must be')
