"""The `bobby` command itself: help, version, errors."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from bobby import __version__

STEPS = ["demo", "export", "prep", "train", "generate", "eval", "post", "login", "history",
         "profile", "serve", "schedule", "model"]  # fmt: skip


# What a command that needs no model must not import: the model stack and its libraries
# (mlx, mlx-lm, transformers and their like), bobby's model code, plotting, scikit-learn,
# and numpy, which the training and evaluation code import; each costs a cron line time
# before it does anything (the model stack seconds).
HEAVY = ("mlx", "mlx_lm", "transformers", "tokenizers", "torch", "datasets", "matplotlib",
         "sklearn", "numpy", "bobby.backend", "bobby.decode", "bobby.runtime",
         "bobby.models.load", "bobby.train.loop")  # fmt: skip
# Bluesky's SDK imports hundreds of record models (0.7 s): only what talks to Bluesky.
SDK = ("atproto", "atproto_client")


def imported_by(*args: str) -> tuple[str, set[str]]:
    """Run `bobby ARGS` in a fresh process; its output (stdout, then stderr) and the
    modules it imported."""
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('MODULES', *sys.modules))\n"
        "from bobby.cli import main\n"
        f"sys.argv = ['bobby', *{list(args)!r}]\n"
        "main()\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    body, _, modules = run.stdout.rpartition("MODULES ")
    return body + run.stderr, set(modules.split())


def heavy(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if m in names or m.split(".")[0] in names)


def test_help_lists_every_step_without_importing_heavy_libraries():
    out, modules = imported_by("--help")
    for step in STEPS:
        assert f" {step} " in out, step
    assert heavy(modules, HEAVY + SDK) == []


@pytest.mark.parametrize(
    "args",
    [("--version",), ("history",), ("post", "--dry-run", "--text", "hi")],
    ids=["version", "history", "post-dry-run"],
)
def test_commands_without_a_model_import_no_model_code(args):
    out, modules = imported_by(*args)
    assert out.strip(), "the command printed nothing"
    assert heavy(modules, HEAVY) == []
    if args[0] != "post":  # a post's facets are found by the SDK, even in a dry run
        assert heavy(modules, SDK) == []


def test_import_bobby_imports_no_pipeline_until_asked():
    code = "import sys, bobby; print(*sorted(m for m in sys.modules if m.startswith('bobby')))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["bobby", "bobby.lazy"]
    # a public function keeps its name when the submodule of that name is imported first
    code = (
        "import bobby.prep.tokens, bobby.models.load, bobby\n"
        "from bobby.models import load\n"
        "print(bobby.prep.__qualname__, load.__qualname__, bobby.export.__qualname__)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["prep", "load", "export"]


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"bobby {__version__}"


def test_python_dash_m_bobby():
    result = subprocess.run(
        [sys.executable, "-m", "bobby", "--version"], capture_output=True, text=True
    )
    assert result.stdout.strip() == f"bobby {__version__}"


def test_user_errors_are_one_line_and_debug_shows_the_traceback(cli, tmp_path):
    result = cli("export", tmp_path / "missing.zip")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'missing.zip'}: no such file or folder"
    debug = cli("--debug", "export", tmp_path / "missing.zip")
    assert debug.exit_code == 1
    assert type(debug.exception).__name__ == "InputError"


def test_usage_errors_stay_typers(cli):
    result = cli("export")
    assert result.exit_code == 2


def test_every_default_shown_in_help_is_the_real_default():
    """What `--help` calls the default is what the library uses when the flag is not
    given: each shown default is compared with its options dataclass's field."""
    import dataclasses
    import re

    import typer

    from bobby.cli import app
    from bobby.evaluate import EvalOptions
    from bobby.gate import GateOptions
    from bobby.generate import GenerateOptions
    from bobby.prep import PrepOptions
    from bobby.serve import ServeOptions
    from bobby.train import TrainOptions

    plural = {"template": "templates", "kind": "kinds", "lang": "langs", "weight": "weights"}
    sources = {
        "generate": (GenerateOptions, GateOptions),
        "post": (GenerateOptions, GateOptions),
        "serve": (ServeOptions, GenerateOptions, GateOptions),
        "eval": (EvalOptions,),
        "prep": (PrepOptions,),
        "train": (TrainOptions,),
    }
    commands = typer.main.get_command(app).commands
    checked = 0
    for name, classes in sources.items():
        defaults = {
            f.name: f.default
            for cls in classes
            for f in dataclasses.fields(cls)
            if f.default is not dataclasses.MISSING
        }
        for param in commands[name].params:
            help = param.help or ""
            found = re.search(r"\[default: ([^\]]+)\]|\(default ([^)]+)\)", help)
            shown = param.show_default if isinstance(param.show_default, str) else None
            shown = shown or (found and (found.group(1) or found.group(2)))
            field = plural.get(param.name, param.name)
            if not shown or defaults.get(field) is None:  # None: a default described in words
                continue
            real = defaults[field]
            if isinstance(real, bool):  # on/off, yes/no, or the word of the flag it means
                positive = param.opts[0].removeprefix("--").split("-")[0]
                words = {True: {"on", "yes", positive}, False: {"off", "no"}}
                assert str(shown) in words[real], f"bobby {name} {param.name}: {shown} != {real}"
                checked += 1
                continue
            same = (
                float(shown) == real
                if isinstance(real, int | float) and re.fullmatch(r"[-+.\de]+", str(shown))
                else str(shown).strip() == str(real)
            )
            assert same, f"bobby {name} --help says {param.name} defaults to {shown}, not {real}"
            checked += 1
    assert checked >= 30


def test_mistakes_in_the_arguments_are_one_line_with_a_suggestion(cli):
    for args, message in [
        (["gen"], "Error: No such command 'gen'; did you mean 'generate'? (see 'bobby -h')"),
        (["generate", "--temp", "x"], "Error: Invalid value for '--temp'"),
        (["generate", "--nope"], "Error: No such option: --nope"),
    ]:
        result = cli(*args)
        assert result.exit_code == 2, result.stderr
        assert result.stderr.startswith(message) and result.stderr.count("\n") == 1, result.stderr


def test_global_options_are_accepted_after_the_command(cli):
    result = cli("history", "--quiet", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == "[]" and result.stderr == ""


def test_help_reads_at_80_columns(monkeypatch):
    """Every command's help fits 80 columns without cutting a flag's name, shows on/off
    flags as flags (no `<bool>` value), and keeps no markup escapes."""
    import os
    import subprocess
    import sys

    for command in ("train", "generate", "prep", "serve", "post", "eval"):
        shown = subprocess.run(
            [sys.executable, "-m", "bobby", command, "--help"],
            capture_output=True,
            text=True,
            env={**os.environ, "COLUMNS": "80"},
            check=True,
        ).stdout
        assert max(len(line) for line in shown.splitlines()) <= 80, command
        assert "…" not in shown and "<bool>" not in shown and "\\[" not in shown, command
    assert (
        "--grad-accumulation-steps"
        in subprocess.run(
            [sys.executable, "-m", "bobby", "train", "--help"], capture_output=True, text=True
        ).stdout
    )


def test_debug_names_each_stage_with_its_time(monkeypatch):
    from io import StringIO

    from rich.console import Console

    from bobby.cli import ui
    from bobby.progress import Progress

    def stages(debug: bool) -> list[tuple[str, str]]:
        out = StringIO()
        monkeypatch.setattr(ui, "console", Console(file=out, width=200))
        monkeypatch.setattr(ui.settings, "debug", debug)
        with ui.track("Loading") as tracker:
            tracker.report(Progress("Importing"))
            tracker.report(Progress("Reading", 1, 2))
            tracker.report(Progress("Reading", 2, 2))  # the same stage: no line yet
        return re.findall(r"debug: (.+): (\d+\.\d\d) s", out.getvalue())

    assert [name for name, _ in stages(True)] == ["Importing", "Reading"]
    assert stages(False) == []
