"""Settings: defaults < bobby.toml < BOBBY_* environment < flags, the same for every step."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bobby.config import resolve
from bobby.errors import InputError

README = Path(__file__).resolve().parents[1] / "README.md"


@dataclass
class Example:
    count: int = 1
    name: str = "x"
    ratio: float = 0.5
    flag: bool = False
    items: list[str] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)


def test_precedence(isolated, monkeypatch):
    (isolated / "bobby.toml").write_text('[example]\ncount = 2\nname = "toml"\n')
    assert resolve(Example, "example") == Example(count=2, name="toml")
    monkeypatch.setenv("BOBBY_EXAMPLE_COUNT", "3")
    monkeypatch.setenv("BOBBY_EXAMPLE_FLAG", "yes")
    monkeypatch.setenv("BOBBY_EXAMPLE_ITEMS", "a, b")
    monkeypatch.setenv("BOBBY_EXAMPLE_WEIGHTS", "bluesky=3,twitter=0.5")
    options = resolve(Example, "example", {"name": "flag", "ratio": None})
    assert options == Example(3, "flag", 0.5, True, ["a", "b"], {"bluesky": 3.0, "twitter": 0.5})


def test_bad_settings_are_one_line_errors(isolated, monkeypatch):
    (isolated / "bobby.toml").write_text("[example]\ncolour = 1\n")
    with pytest.raises(InputError, match="unknown setting 'colour' in \\[example\\]"):
        resolve(Example, "example")
    (isolated / "bobby.toml").write_text("[example\n")
    with pytest.raises(InputError, match="not valid TOML"):
        resolve(Example, "example")
    (isolated / "bobby.toml").write_text("")
    monkeypatch.setenv("BOBBY_EXAMPLE_COUNT", "many")
    with pytest.raises(InputError, match="BOBBY_EXAMPLE_COUNT='many' is not a valid int"):
        resolve(Example, "example")


def test_the_readme_example_bobby_toml_is_valid(isolated):
    """Every section of the README's bobby.toml resolves into its step's settings."""
    from bobby.bluesky.session import BlueskyOptions
    from bobby.gate import GateOptions
    from bobby.generate import GenerateOptions
    from bobby.prep import PrepOptions
    from bobby.serve.service import ServeOptions
    from bobby.train import train_settings

    text = README.read_text()
    example = re.search(r"## Configuration.*?```toml\n(.*?)```", text, re.S).group(1)
    (isolated / "bobby.toml").write_text(example)
    assert resolve(PrepOptions, "prep").weights == {"bluesky": 3}
    assert train_settings({}).iters == 600
    assert resolve(GenerateOptions, "generate").n == 4
    assert resolve(GateOptions, "gate").banned == ["crypto", "giveaway"]
    assert resolve(BlueskyOptions, "bluesky").handle == "you.bsky.social"
    assert resolve(ServeOptions, "serve").max_per_day == 6


@dataclass
class Secretive:
    folder: Path = Path("data")
    password: str | None = field(default=None, repr=False)
    scale: float = 1.0


def test_values_are_converted_and_secrets_never_shown(isolated):
    (isolated / "bobby.toml").write_text('[s]\nfolder = "elsewhere"\nscale = 2\n')
    options = resolve(Secretive, "s")
    assert options.folder == Path("elsewhere") and isinstance(options.scale, float)
    (isolated / "bobby.toml").write_text("[s]\npassword = 12345678\n")
    with pytest.raises(InputError) as raised:
        resolve(Secretive, "s")
    assert "password is not a valid str | None" in str(raised.value)
    assert "12345678" not in str(raised.value)


def test_every_error_names_where_the_value_came_from(cli, isolated, monkeypatch):
    """One validation, four sources: bobby.toml, the --config YAML, the environment and a
    flag each name themselves in the one-line error (before any model is loaded)."""
    (isolated / "data").mkdir()
    (isolated / "data" / "train.jsonl").write_text('{"text": "hello"}\n')

    def refused(message: str, *args: str) -> None:
        result = cli(*args)
        assert result.exit_code == 1 and message in result.stderr, result.stderr
        assert result.stderr.count("\n") == 1

    Path("bobby.toml").write_text("[train]\niters = 'lots'\n")
    refused("bobby.toml: [train] iters = 'lots' is not a valid int", "train")
    Path("bobby.toml").write_text("[generate]\nn = 0\n")
    refused("bobby.toml: [generate] n = 0 must be at least 1", "generate")
    Path("bobby.toml").unlink()
    Path("config.yaml").write_text("iters: 0\n")
    refused("config.yaml: iters = 0 must be at least 1", "train", "--config", "config.yaml")
    refused("--iters = 0 must be at least 1", "train", "--iters", "0")
    monkeypatch.setenv("BOBBY_GENERATE_TEMP", "-1")
    refused("BOBBY_GENERATE_TEMP = -1.0 must be at least 0", "generate")


def test_a_settings_file_that_cannot_be_read_is_one_line(cli, isolated):
    for content, message in [(b"\xff\xfe[prep]\n", "not UTF-8"), (None, "is a folder")]:
        path = Path("bobby.toml")
        if path.is_dir():
            path.rmdir()
        if content is None:
            path.unlink(missing_ok=True)
            path.mkdir()
        else:
            path.write_bytes(content)
        result = cli("generate")
        assert result.exit_code == 1 and message in result.stderr, result.stderr
        assert result.stderr.count("\n") == 1


def test_a_misspelt_section_or_variable_names_the_one_meant(cli, isolated, monkeypatch):
    """Silently unused before: a setting in [generat], or BOBBY_GENERATE_TEMPERATURE."""
    (isolated / "bobby.toml").write_text("[generat]\ntemp = 0.3\n")
    result = cli("generate")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"Error: {isolated / 'bobby.toml'}: unknown section [generat]; did you mean 'generate'?"
    ), result.stderr
    (isolated / "bobby.toml").write_text("[generate]\ntemp = 0.3\n")
    monkeypatch.setenv("BOBBY_GENERATE_TEMPERATURE", "0.3")
    result = cli("generate")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: BOBBY_GENERATE_TEMPERATURE: no such setting in [generate]; "
        "did you mean 'BOBBY_GENERATE_TEMP'?"
    ), result.stderr


def test_an_interval_too_large_is_one_line():
    from bobby.schedule import parse_duration
    from bobby.serve import ServeOptions

    with pytest.raises(InputError, match="too long"):
        ServeOptions(every="99999999999999999999d").schedule()
    assert parse_duration("2d") == 172800
