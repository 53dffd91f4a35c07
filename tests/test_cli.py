"""The `bobby` command itself: help, version, errors."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

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
# What a command that shows nothing on stderr (`--help`, `--version`) need not import
# either: Rich's console, tables and bars, the gate's `regex`, `statistics`, SQLite, the
# library's steps (their options are in `bobby.options`), the training run, and pydantic,
# which Typer converts flag values with (a value needing none skips it: `bobby.cli.values`).
# Together they made `bobby --help` three times `import typer, rich`.
START = ("rich.console", "rich.progress", "rich.table", "regex", "statistics", "sqlite3",
         "pydantic", "bobby.gate", "bobby.generate", "bobby.evaluate", "bobby.voice",
         "bobby.reply", "bobby.post", "bobby.state", "bobby.train.run")  # fmt: skip


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
    assert heavy(modules, HEAVY + SDK) == []


@pytest.mark.parametrize("args", [("--help",), ("--version",)], ids=["help", "version"])
def test_help_and_version_import_only_what_they_print_with(args):
    out, modules = imported_by(*args)
    assert out.strip(), "the command printed nothing"
    assert heavy(modules, START) == []


def test_a_plain_flag_value_reaches_the_command_without_pydantic():
    """`history`'s --limit left out (its default) or written plainly reaches the command
    without Typer's converter, and reading the history imports none of the gate's code; a
    number only Typer reads (1_0) is converted by Typer."""
    for args in [("history",), ("history", "--limit", "3")]:
        _, modules = imported_by(*args)
        assert heavy(modules, ("pydantic", "bobby.gate", "regex", "statistics")) == [], args
    _, modules = imported_by("history", "--limit", "1_0")
    assert "pydantic" in modules


def test_values_taken_without_typers_converter_are_what_typer_makes_of_them(tmp_path):
    """`bobby.cli.values.direct` gives what Typer's converter gives, of the same type, or
    leaves the value to it (also every value Typer refuses, which Typer then explains):
    numbers written in every way, in and out of an option's range, paths there or not."""
    import typer.main

    from bobby.cli import app
    from bobby.cli.values import TYPERS, direct

    group = typer.main.get_command(app)
    commands = {name: group.get_command(None, name) for name in ("post", "serve", "history")}
    numbers = ["0", "7", "007", "-3", "+5", "1_000", " 5", "5 ", "1.5", ".5", "5.", "-0.25",
               "1e3", "1E-2", "1e400", "nan", "inf", "0x10", "", "x", "\u0661\u0662", 3, 3.0,
               -1, 2000, True]  # fmt: skip
    (tmp_path / "file").write_text("x")
    paths = ["data", str(tmp_path), str(tmp_path / "file"), str(tmp_path / "missing"), "", "-",
             "~/x", "a\0b", "./d/../e"]  # fmt: skip
    direct_ones = 0
    for command, names in [
        ("post", ["n", "temp", "top_p", "max_tokens", "seed", "data", "adapter_path", "text"]),
        ("serve", ["queue_size", "max_per_day", "every"]),
        ("history", ["limit"]),
    ]:
        params = {param.name: param for param in commands[command].params}
        ctx = typer.Context(commands[command])
        for name in names:
            for value in [*numbers, *paths, None]:
                mine = direct(params[name], value)
                try:
                    theirs = params[name].get_runtime_param().coerce(value, params[name], ctx)
                except Exception:
                    assert mine is TYPERS, (command, name, value, mine)
                    continue
                if mine is not TYPERS:
                    direct_ones += 1
                    assert (type(mine), mine) == (type(theirs), theirs), (command, name, value)
    assert direct_ones > 100


def test_a_dry_run_imports_no_sdk_pydantic_or_database_code():
    """A dry run finds the facets itself (`bobby.bluesky.facets`), makes no client until a
    mention is looked up, and writes nothing: no SDK, no pydantic (text flags reach the
    command as they are), no SQLite."""
    text = "#tag https://example.com/ä. and $CASH"
    out, modules = imported_by("post", "--dry-run", "--text", text, "--reply-gate", "nobody")
    assert "https://example.com/ä" in out and "threadgate" in out
    assert heavy(modules, (*SDK, "pydantic", "sqlite3", "bobby.state", "bobby.gate")) == []


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
    from bobby.options import EvalOptions, GateOptions, GenerateOptions
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
    group = typer.main.get_command(app)
    checked = 0
    for name, classes in sources.items():
        defaults = {
            f.name: f.default
            for cls in classes
            for f in dataclasses.fields(cls)
            if f.default is not dataclasses.MISSING
        }
        for param in group.get_command(None, name).params:
            help = param.help or ""
            found = re.search(r"\[default: ([^\]]+)\]|\(default ([^)]+)\)", help)
            shown = param.show_default if isinstance(param.show_default, str) else None
            shown = shown or (found and (found.group(1) or found.group(2)))
            shown = shown and str(shown).split("; ")[0]  # "1000; smollm2: 100": the general one
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
        (["serv"], "Error: No such command 'serv'; did you mean 'serve'? (see 'bobby -h')"),
        (["frobnicate"], "Error: No such command 'frobnicate' (see 'bobby -h')"),
        (["generate", "--temp", "x"], "Error: Invalid value for '--temp'"),
        (["generate", "--nope"], "Error: No such option: --nope (see"),
        (["generate", "--tmp", "1"], "Error: No such option: --tmp; did you mean '--temp'? (see"),
    ]:
        result = cli(*args)
        assert result.exit_code == 2, result.stderr
        assert result.stderr.startswith(message) and result.stderr.count("\n") == 1, result.stderr
    result = cli("generate", "-n", "0")
    assert result.exit_code == 1 and result.stderr == "Error: -n = 0 must be at least 1\n"


def test_the_readme_gives_the_exit_codes_bobby_exits_with(cli, tmp_path):
    """A user error exits 1, a mistake in the command line 2: the README says both."""
    readme = " ".join((Path(__file__).parents[1] / "README.md").read_text().split())
    assert cli("export", tmp_path / "missing.zip").exit_code == 1
    assert "`Error: ...`, and exit code 1" in readme
    assert cli("frobnicate").exit_code == 2
    assert "(an unknown command or flag, a value of the wrong type) is exit code 2" in readme


def test_global_options_are_accepted_after_the_command(cli):
    result = cli("history", "--quiet", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == "[]" and result.stderr == ""


def _help(*command: str) -> str:
    import os

    return subprocess.run(
        [sys.executable, "-m", "bobby", *command, "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "80"},
        check=True,
    ).stdout


def test_every_help_reads_whole_at_80_columns_with_one_form_of_default():
    """No description cut with "...", no Python type (`<list[Path]>`, `<int range>`,
    `{sources}...`), every default `[default: X]` (none in Typer's `(X)` or `no-flag`)."""
    listing = _help()
    assert "..." not in listing.split("Commands:")[1], listing
    commands = ["demo", "train", "generate", "serve", "eval", "export", "sync", "history"]
    for command in [*map(str.split, commands), ["model"], ["model", "import"]]:
        shown = _help(*command)
        for python in ("list[", " range>", "{", "[default: (", "[default: no-"):
            assert python not in shown, (command, python, shown)
        assert max(len(line) for line in shown.splitlines()) <= 80, command
    assert "Usage: bobby export [OPTIONS] SOURCES..." in _help("export")
    serve = " ".join(_help("serve").split())
    assert "0: no limit. [default: 0]" in serve
    train = " ".join(_help("train").split())
    assert "--iters <int> Training steps (micro-batches). [default: 1000; smollm2: 100]" in train
    assert "[default: 1e-05; smollm2: 0.0005]" in train
    assert "[default: off]" in _help("demo") and "[default: bobby-demo]" in _help("demo")


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


def _bar_at_80_columns(tracker) -> str:
    """What a live bar shows, rendered as Rich lays it out on an 80-column terminal."""
    from io import StringIO

    from rich.console import Console

    screen = Console(file=StringIO(), width=80, color_system=None)
    screen.print(tracker.progress.make_tasks_table(tracker.progress.tasks))
    return screen.file.getvalue()


@pytest.fixture
def terminal(monkeypatch):
    """bobby's stderr as an 80-column terminal (bars drawn, not logged)."""
    from io import StringIO

    from rich.console import Console

    from bobby.cli import ui

    monkeypatch.setattr(ui, "console", Console(file=StringIO(), width=80, force_terminal=True))
    monkeypatch.setattr(ui, "settings", ui.Settings())  # not an earlier command's --quiet


def test_trainings_bar_keeps_its_step_count_at_80_columns(terminal):
    from bobby.cli import train
    from bobby.progress import TrainStep

    with train.TrainDisplay.track(1000) as tracker:
        step = TrainStep(
            "Training",
            180,
            1000,
            train_loss=3.217,
            val_loss=3.456,
            tokens_per_second=1234.5,
            peak_memory_gb=12.34,
            seconds_left=4000,
        )
        train.TrainDisplay(tracker).progress(step)
        shown = _bar_at_80_columns(tracker)
    assert "180/1000" in shown and "…" not in shown, shown
    assert "loss 3.217" in shown and "left" in shown, shown


def test_each_stage_after_training_shows_its_own_count_and_time_left(terminal):
    """The demo's eval after its training: the bar counts the posts being written, with
    the time left, not training's finished 50/50 and its loss."""
    from bobby.cli import train, ui
    from bobby.progress import Progress, TrainStep

    with ui.track("Starting", None, *train.TrainDisplay.FIELDS) as tracker:
        display = train.TrainDisplay(tracker)
        display.progress(TrainStep("Training", 50, 50, train_loss=3.2, seconds_left=0))
        display.progress(Progress("Writing 8 posts: base", 2, 8))
        shown = _bar_at_80_columns(tracker)
    assert "Writing 8 posts" in shown and "2/8" in shown, shown
    assert "50/50" not in shown and "loss" not in shown, shown
    assert "-:--:--" in shown or re.search(r"\d:\d\d:\d\d\s*$", shown.strip()), shown


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
