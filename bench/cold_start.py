"""Benchmark: the cron case, every command a fresh process, against its reference.

Each variant is started as a new process (as cron starts `bobby post`); the variants
take turns, round after round (a busy machine then slows them alike), after one warm-up
round that fills the disk cache and, on a GPU, MLX's kernel cache; the median of
`--runs` rounds is reported with every round. In one run:

- references: `python -c "import typer, rich"` (the least a Typer command can cost) and
  `mlx_lm.generate --max-tokens 2` on the same model and adapter (mlx-lm's own cold start
  to the first tokens);
- `bobby --help`, `--version`, `history`, `post --dry-run --text hi` (commands that need
  no model) and `bobby generate -n 1 --max-tokens 2` (start-up to the first tokens);
- with `--before DIR`, the bobby commands again from another checkout (`PYTHONPATH=DIR`,
  for example the main branch before a change), in the same rounds.

    python bench/cold_start.py --model DIR --adapter DIR --data DIR [--runs 5] [--before DIR]
    python bench/cold_start.py --model DIR --adapter DIR --stages   # where the time goes

`--stages` runs the generate path's parts in a fresh process, twice (the first warms the
caches), timing each part of the second: importing MLX and mlx-lm's model code, reading
the weights, the tokenizer, the base's form on the device (`bobby.backend`), the adapter,
the first token (prompt and first step), the next tokens; and, for comparison, importing
mlx-lm as `mlx_lm.load` does (with transformers), in a process of its own.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROMPT = "Write a post in your own voice."


def timed(command: list[str], env: dict[str, str], cwd: str) -> float:
    began = time.perf_counter()
    run = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, check=False)
    elapsed = time.perf_counter() - began
    # two tokens never end a sentence, so the gate turns that candidate down: the time
    # to it is what is measured
    if run.returncode and "no candidate passed the quality gate" not in run.stderr:
        sys.exit(f"{' '.join(command)} failed:\n{run.stderr[-3000:]}")
    return elapsed


def environment(checkout: Path) -> dict[str, str]:
    """Run bobby from `checkout`, and let Python write bytecode (an installed bobby has
    it; without it every start compiles bobby's modules again)."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def variants(args: argparse.Namespace) -> dict[str, tuple[list[str], dict[str, str]]]:
    """Name -> (command, environment) of every variant of one run."""
    python = sys.executable
    bobby = [python, "-m", "bobby"]
    generate = ["--quiet", "generate", "-n", "1", "--max-tokens", "2", "--retries", "1",
                "--min-chars", "1", "--seed", "1", "--adapter-path", args.adapter,
                "--model", args.model, "--data", args.data, "--prompt", PROMPT]  # fmt: skip
    commands = {
        "bobby --help": ["--help"],
        "bobby --version": ["--version"],
        "bobby history": ["history"],
        "bobby post --dry-run --text hi": ["post", "--dry-run", "--text", "hi", "--data", args.data],
        "bobby generate -n 1 --max-tokens 2": generate,
    }  # fmt: skip
    after = environment(ROOT)
    mlx_lm = [python, "-m", "mlx_lm", "generate", "--model", args.model, "--adapter-path",
              args.adapter, "--max-tokens", "2", "--prompt", PROMPT, "--verbose", "False"]  # fmt: skip
    out = {
        "python -c 'import typer, rich' (reference)": ([python, "-c", "import typer, rich"], after),
        "mlx_lm.generate --max-tokens 2 (reference)": (mlx_lm, after),
    }
    for name, rest in commands.items():
        out[name] = ([*bobby, *rest], after)
        if args.before:
            out[f"{name} (before)"] = ([*bobby, *rest], environment(Path(args.before)))
    return out


def measure(args: argparse.Namespace, cwd: str) -> dict[str, list[float]]:
    runs = variants(args)
    for command, env in runs.values():  # warm-up round (and bytecode written)
        timed(command, env, cwd)
    seconds: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.runs):
        for name, (command, env) in runs.items():
            seconds[name].append(timed(command, env, cwd))
    return seconds


def stages(model: str, adapter: str, max_tokens: int) -> dict[str, float]:
    """Seconds spent in each part of the generate path, in this process."""
    clock = [time.perf_counter()]
    times: dict[str, float] = {}

    def lap(name: str) -> None:
        clock.append(time.perf_counter())
        times[name] = clock[-1] - clock[-2]

    from bobby import backend

    backend.prepare()
    import mlx.core as mx

    lap("import mlx")
    from bobby.models import mlx_lm_code

    mlx_lm_code.mlx_lm_utils()
    from bobby import decode, runtime
    from bobby.prompt import prompt_for

    lap("import mlx-lm's model code (no transformers)")
    loaded, config, path = mlx_lm_code.load_model(model)
    mx.eval(loaded.parameters())
    lap("read the weights")
    tokenizer = mlx_lm_code.load_tokenizer(path, config)
    lap(f"tokenizer ({type(tokenizer).__name__})")
    note = backend.fit_to_device(loaded)
    lap(f"base form: {backend.base_form(loaded)}")
    runtime.attach(loaded, adapter)
    mx.eval(loaded.parameters())
    lap("apply the adapter")
    info = {"prompt": {"format": "chat", "templates": [PROMPT], "system": None}}
    prompt = prompt_for(info, tokenizer, PROMPT).tokens
    first: list[float] = []
    decode.decode(
        loaded,
        tokenizer,
        [prompt],
        max_tokens,
        on_token=lambda n: first.append(time.perf_counter()),
    )
    times[f"first token (prompt of {len(prompt)} tokens, first step)"] = first[0] - clock[-1]
    times[f"{len(first) - 1} more tokens"] = first[-1] - first[0]
    times["total"] = time.perf_counter() - clock[0]
    return times | {"note": note or "", "transformers imported": "transformers" in sys.modules}


def worker(command: list[str]) -> dict:
    """The last `RESULT {json}` line of a fresh process."""
    run = subprocess.run(
        command, capture_output=True, text=True, env=environment(ROOT), check=False
    )
    line = next((x for x in reversed(run.stdout.splitlines()) if x.startswith("RESULT ")), None)
    if line is None:
        sys.exit(f"{' '.join(command)} failed:\n{run.stderr[-3000:]}")
    return json.loads(line[7:])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--adapter", required=True)
    parser.add_argument("--data", default="data")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", help="another checkout of bobby, measured in the same rounds")
    parser.add_argument("--stages", action="store_true")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print("RESULT " + json.dumps(stages(args.model, args.adapter, 40)), flush=True)
        return
    print(f"$ python bench/cold_start.py {' '.join(sys.argv[1:])}")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average before: {os.getloadavg()[0]:.1f}"
    )
    if args.stages:
        me = [
            sys.executable,
            __file__,
            "--worker",
            "--model",
            args.model,
            "--adapter",
            args.adapter,
        ]
        mlx_lm = [sys.executable, "-c", "import time, json; t = time.perf_counter(); "
                  "import mlx_lm; print('RESULT', json.dumps({'import mlx-lm as mlx_lm.load does "
                  "(with transformers)': time.perf_counter() - t}))"]  # fmt: skip
        for _ in range(2):
            results = worker(me) | worker(mlx_lm)
        for name, value in results.items():
            shown = f"{value:6.2f} s" if isinstance(value, float) else value
            print(f"  {name:52s} {shown}")
        return
    with tempfile.TemporaryDirectory() as cwd:  # history and dry runs read a fresh folder
        seconds = measure(args, cwd)
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    medians = {name: statistics.median(values) for name, values in seconds.items()}
    typer = medians["python -c 'import typer, rich' (reference)"]
    mlx_lm = medians["mlx_lm.generate --max-tokens 2 (reference)"]
    for name, values in seconds.items():
        reference = mlx_lm if "generate" in name else typer
        rounds = " ".join(f"{v:.2f}" for v in values)
        print(f"{name:48s} {medians[name]:6.2f} s  {medians[name] / reference:5.2f}x  ({rounds})")


if __name__ == "__main__":
    main()
