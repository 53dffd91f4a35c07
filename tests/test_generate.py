"""bobby generate: runtime adapters over the 4-bit base, batched candidates, the gate."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import orjson
import pytest

pytestmark = pytest.mark.slow


def generate(cli, bot: Path, *args: str):
    return cli("generate", "--adapter-path", bot / "adapters/demo", "--data", bot / "data", *args)


def test_one_candidate_equals_mlx_lm_generate_token_for_token(sample_bot, smollm2_dir):
    """bobby's runtime adapter (regrouped projections) writes exactly what mlx-lm's own
    `load(model, adapter_path=...)` + `generate` write for the same prompt, seed and
    sampler. On the CPU bobby computes with the 4-bit weights dequantized to float32
    (exact, see bobby.backend); the reference gets the same treatment, so that what is
    compared is how the adapter is applied."""
    import mlx.core as mx
    from mlx_lm import generate as mlx_generate
    from mlx_lm import load as mlx_load
    from mlx_lm.sample_utils import make_sampler

    from bobby import backend
    from bobby.gate import GateOptions
    from bobby.generate import GenerateOptions, Generator, rounds

    adapter = sample_bot / "adapters/demo"
    options = GenerateOptions(
        adapter_path=adapter, data=sample_bot / "data", seed=7, temp=0.9, top_p=1.0, max_tokens=40,
        prompt="Write a post in your own voice.",
    )  # fmt: skip
    generator = Generator.open(options, GateOptions())
    import random

    prompt, opening = generator.prompts(1, options, random.Random(0))[0]
    assert opening == ""  # a prompt of one's own starts from nothing
    generation = generator.start(options).collect(rounds(generator, options, record=False))
    ours = generation.candidates[0].raw

    model, tokenizer = mlx_load(str(smollm2_dir), adapter_path=str(adapter))
    backend.fit_to_device(model)
    mx.random.seed(7)
    theirs = mlx_generate(model, tokenizer, prompt, max_tokens=40, sampler=make_sampler(0.9, 1.0))
    assert ours == theirs
    assert len(ours.split()) > 3

    # and the adapter matters: the fused-and-requantized model writes something else
    from bobby.adapters import AdapterDir
    from bobby.evaluate import _fuse

    fused, _ = mlx_load(str(smollm2_dir))
    _fuse(fused, AdapterDir(adapter), requantize=True)
    mx.random.seed(7)
    requantized = mlx_generate(
        fused, tokenizer, prompt, max_tokens=40, sampler=make_sampler(0.9, 1.0)
    )
    assert requantized != ours


def test_n_candidates_come_from_one_batched_pass(cli, sample_bot, monkeypatch):
    import bobby.decode

    calls = []
    real = bobby.decode.decode

    def counting(model, tokenizer, prompts, *args, **kwargs):
        calls.append(len(prompts))
        return real(model, tokenizer, prompts, *args, **kwargs)

    monkeypatch.setattr(bobby.decode, "decode", counting)
    result = generate(
        cli,
        sample_bot,
        "-n",
        "4",
        "--seed",
        "3",
        "--max-tokens",
        "40",
        "--json",
        "--min-chars",
        "1",
    )
    assert result.exit_code == 0, result.stderr
    data = orjson.loads(result.stdout)
    assert calls == [4]
    assert len(data["candidates"]) == 4 and data["rounds"] == 1
    for candidate in data["candidates"]:
        names = [check["name"] for check in candidate["checks"]]
        assert names == [
            "not_empty",
            "fits",
            "no_broken_characters",
            "min_chars",
            "no_copied_run",
            "not_similar",
            "no_mentions",
            "no_links",
            "no_banned",
            "new_subject",
            "no_repeats",
            "finished",
        ]
    assert data["adapter"].endswith("adapters/demo")


def test_seed_makes_output_reproducible(cli, sample_bot):
    first = generate(
        cli,
        sample_bot,
        "-n",
        "2",
        "--seed",
        "11",
        "--max-tokens",
        "30",
        "--json",
        "--min-chars",
        "1",
    )
    second = generate(
        cli,
        sample_bot,
        "-n",
        "2",
        "--seed",
        "11",
        "--max-tokens",
        "30",
        "--json",
        "--min-chars",
        "1",
    )
    texts = [c["text"] for c in orjson.loads(first.stdout)["candidates"]]
    assert texts == [c["text"] for c in orjson.loads(second.stdout)["candidates"]]
    assert texts[0] != texts[1]


def test_newest_adapter_and_its_base_are_found(cli, sample_bot, monkeypatch):
    monkeypatch.chdir(sample_bot)
    result = cli("generate", "--seed", "1", "--max-tokens", "30", "--min-chars", "1", "--json")
    assert result.exit_code == 0, result.stderr
    assert orjson.loads(result.stdout)["adapter"] == "adapters/demo"


def test_nothing_passes_is_exit_1_with_the_failed_checks(cli, sample_bot):
    result = generate(
        cli,
        sample_bot,
        "-n",
        "2",
        "--retries",
        "2",
        "--max-tokens",
        "20",
        "--min-chars",
        "2000",
        "--all",
    )
    assert result.exit_code == 1
    error = result.stderr.strip().splitlines()[-1]
    assert error.startswith(
        "Error: no candidate passed the quality gate after 2 round(s) (4 candidates"
    )
    assert "min_chars 4" in error
    assert "fail" in result.stderr  # --all shows the rejected ones


def test_candidates_are_recorded_in_history(cli, sample_bot):
    result = generate(
        cli, sample_bot, "-n", "2", "--seed", "5", "--max-tokens", "30", "--min-chars", "1",
        "--all",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    # --all: the rejected ones in the table; those that passed once, on stdout
    assert result.stdout.strip() and "pass" not in result.stderr, result.stderr
    history = orjson.loads(cli("history", "--json").stdout)
    assert len(history) >= 2
    assert history[0]["adapter"].endswith("adapters/demo")
    assert history[0]["sampling"]["seed"] == 5


def test_missing_adapter_is_a_clear_error(cli, tmp_path):
    result = cli("generate", "--adapter-path", tmp_path / "nothing")
    assert result.exit_code == 1
    assert "not an adapter folder" in result.stderr
    result = cli("generate")
    assert result.exit_code == 1 and "no adapter under adapters/" in result.stderr


def test_ctrl_c_exits_130_and_says_which_candidates_were_kept(cli, sample_bot, isolated):
    """Ctrl-C after a round (a gate nothing passes, so rounds go on): exit 130, and the
    rounds already written are said to be in the history, where they are."""
    import os
    import signal
    import sqlite3
    import threading

    db = isolated / "data/state.db"
    finished = threading.Event()

    def press_ctrl_c() -> None:
        while not finished.wait(0.05):
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
                    written = conn.execute("SELECT count(*) FROM candidates").fetchone()[0]
            except sqlite3.Error:  # not there yet
                continue
            if written:
                os.kill(os.getpid(), signal.SIGINT)
                return

    threading.Thread(target=press_ctrl_c, daemon=True).start()
    try:
        result = generate(
            cli, sample_bot, "-n", "2", "--retries", "20", "--max-tokens", "20",
            "--min-chars", "2000",
        )  # fmt: skip
    finally:
        finished.set()
    assert result.exit_code == 130, result.stderr
    kept = orjson.loads(cli("history", "--json", "-n", "0").stdout)
    assert result.stderr.splitlines()[-1] == (
        f"Stopped (Ctrl-C): kept the {len(kept)} candidates written so far in the history "
        "(bobby history)"
    ), result.stderr


def test_openings_count_the_first_words_of_the_training_posts(tmp_path):
    from bobby.generate import openings
    from bobby.layout import Layout

    posts = [
        "wind sw 7, gusting 9.",
        "Wind easing.",
        "wind again",
        "@tam the boat?",
        "🕯️ lamp lit",
        "i'm off",
        "今日はとても寒いので外に出たくない",  # a phrase: Japanese has no spaces
        "n乗の話",
    ]
    (tmp_path / "train.jsonl").write_text(
        "\n".join(orjson.dumps({"messages": [{"role": "user", "content": "Write a post."},
                                             {"role": "assistant", "content": p}]}).decode()
                  for p in posts)
    )  # fmt: skip
    assert openings(Layout(tmp_path)) == {"wind": 2, "Wind": 1, "i'm": 1, "n乗の話": 1}
    assert openings(Layout(tmp_path / "none")) == {}


def test_candidates_begin_with_the_persons_opening_words(sample_bot):
    """Each candidate starts with one of her opening words (its prompt ends with the
    word's tokens); with `openings` 0, or a prompt of one's own, none is forced."""
    import random

    from bobby.gate import GateOptions
    from bobby.generate import GenerateOptions, Generator

    options = GenerateOptions(
        adapter_path=sample_bot / "adapters/demo", data=sample_bot / "data", seed=1, max_tokens=6
    )
    generator = Generator.open(options, GateOptions())
    prompts = generator.prompts(8, options, random.Random(1))
    assert all(opening in generator.openings for _, opening in prompts)
    assert len({opening for _, opening in prompts}) > 2
    for tokens, opening in prompts:
        ids = generator.tokenizer.encode(opening, add_special_tokens=False)
        assert tokens[-len(ids) :] == ids
    for candidate in generator.round(options, random.Random(1), 4):
        assert candidate.raw.split()[0] in generator.openings
    off = dataclasses.replace(options, openings=0.0)
    assert {opening for _, opening in generator.prompts(4, off, random.Random(1))} == {""}


def test_the_style_score_ranks_the_candidates_that_passed():
    """Passed first; among them the higher style score, whatever the likelihood; without
    style scores (an adapter trained before them) the likelihood decides."""
    from bobby.candidates import Candidate
    from bobby.gate import Check, Verdict
    from bobby.generate import rank

    def made(text, passed, logprob, style, subject=True):
        checks = [Check("fits", passed), Check("new_subject", subject, block=False)]
        return Candidate(text, verdict=Verdict(text, checks), logprob=logprob, style=style)

    loop = made("lamp lit. lamp lit.", True, -0.1, 0.20)
    hers = made("wind sw 7, kettle's on", True, -1.9, 0.91)
    middling = made("a quiet day on the island", True, -1.0, 0.55)
    refused = made("refused but likely and styled", False, -0.01, 0.99)
    assert rank([loop, refused, middling, hers]) == [hers, middling, loop, refused]
    unscored = [dataclasses.replace(c, style=None) for c in (loop, refused, middling, hers)]
    assert [c.text for c in rank(unscored)] == [c.text for c in (loop, middling, hers, refused)]
    # a subject of the last posts goes after the others that passed, before the refused
    again = made("wind sw 7 again, kettle's on", True, -0.5, 0.95, subject=False)
    assert again.passed and rank([again, loop, refused, hers]) == [hers, loop, again, refused]
