"""bobby eval: perplexity of base, runtime and fused models, and the voice of what they write."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest


def _eval(cli, bot: Path, *args):
    return cli("eval", "--data", bot / "data", "--seed", "3", "--json", *args)


@pytest.mark.slow
def test_eval_scores_each_model_and_the_voice_of_its_posts(cli, sample_bot):
    from PIL import Image

    adapter = sample_bot / "adapters/sample"
    result = _eval(cli, sample_bot, "--adapter-path", adapter, "--samples", "6")
    assert result.exit_code == 0, result.stderr
    report = orjson.loads(result.stdout)
    scores = {s["name"]: s for s in report["scores"]}
    nll = {name: s["nll"] for name, s in scores.items()}
    assert nll["runtime"] < nll["base"] - 0.3
    assert abs(nll["runtime"] - nll["fused_float32"]) < 0.01
    assert nll["fused_requantized"] > nll["runtime"]

    # The base model and the adapter each wrote six posts, scored against the real ones.
    for name in ("base", "runtime"):
        score = scores[name]
        assert score["samples"] == 6 and 0 <= score["gate_pass_rate"] <= 1
        voice = score["voice"]
        assert voice["auc_low"] <= voice["auc"] <= voice["auc_high"]
        assert 0 <= voice["copied"] <= 1 and 0 <= voice["length_distance"] <= 1
        assert len(voice["shape"]["lengths"]) == 6
        assert voice["diversity_posts"] == 6
    assert scores["fused_float32"]["voice"] is None
    # The sample archive's keeper writes in lower case; the base model does not.
    assert report["real"]["rates"]["lowercase"] > 0.9
    assert scores["base"]["voice"]["shape"]["rates"]["lowercase"] < 0.5
    assert "voice AUC" in result.stderr and "your posts" in result.stderr

    saved = json.loads((adapter / "eval.json").read_text())
    assert saved["scores"] == report["scores"]
    with Image.open(adapter / "eval.png") as picture:
        assert picture.format == "PNG" and picture.size == (1400, 460)


@pytest.mark.slow
def test_compare_puts_adapters_side_by_side_and_writes_nothing(cli, sample_bot):
    adapter = sample_bot / "adapters/sample"
    written = (adapter / "eval.json").stat().st_mtime if (adapter / "eval.json").exists() else None
    result = _eval(cli, sample_bot, "--compare", adapter, adapter, "--samples", "4")
    assert result.exit_code == 0, result.stderr
    report = orjson.loads(result.stdout)
    assert [s["name"] for s in report["scores"]] == ["base", str(adapter), str(adapter)]
    base, first, second = report["scores"]
    assert first["nll"] < base["nll"]
    # the same adapter, seed and prompts: the same posts, the same scores
    assert first == second and first["voice"] != base["voice"]
    now = (adapter / "eval.json").stat().st_mtime if (adapter / "eval.json").exists() else None
    assert now == written


def test_compare_needs_adapters_of_one_base(cli, tmp_path):
    for name, model in (("a", "org/model-a"), ("b", "org/model-b")):
        folder = tmp_path / "adapters" / name
        folder.mkdir(parents=True)
        (folder / "adapters.safetensors").write_bytes(b"")
        (folder / "adapter_config.json").write_text(json.dumps({"model": model}))
    result = cli("eval", "--compare", "adapters/a", "adapters/b")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: the adapters were trained on different base models")
    assert "adapters/a: org/model-a" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["adapters/a"], "Error: adapters are named with --compare"),
        (["--compare"], "Error: --compare needs the adapters to compare"),
        (["--samples", "5000"], "Error: --samples = 5000 must be at most 1000"),
    ],
)
def test_eval_flags_are_checked_in_one_line(cli, args, message):
    result = cli("eval", *args)
    assert result.exit_code == 1
    assert result.stderr.startswith(message), result.stderr
    assert "Traceback" not in result.stderr
