"""Developer tasks: `nox -s tests`, `nox -s lint`, `nox -s demo`, `nox -s bench`."""

import sys

import nox

nox.options.sessions = ["lint", "tests"]
BACKEND = "cpu" if sys.platform == "linux" else ""


def install(session: nox.Session, *extras: str) -> None:
    chosen = ",".join(extra for extra in (BACKEND, *extras) if extra)
    session.install("-e", f".[{chosen}]" if chosen else ".")


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite (what CI runs)."""
    install(session, "test")
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff, for style and common bugs."""
    session.install("ruff")
    paths = ("bobby", "tests", "bench", "scripts", "noxfile.py")
    session.run("ruff", "check", *paths)
    session.run("ruff", "format", "--check", *paths)


@nox.session
def demo(session: nox.Session) -> None:
    """The whole pipeline on the embedded model: export → prep → train → eval → generate → post --dry-run."""
    install(session)
    session.run("bobby", "demo", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """The CPU benchmarks behind BENCHMARKS.md (each prints its command and numbers);
    `nox -s bench -- bench/train_cpu.py --model DIR` runs one with its arguments."""
    install(session, "test")
    if session.posargs:
        session.run("python", *session.posargs)
        return
    for script in ("bench/export.py", "bench/prep.py", "bench/gate.py"):
        session.run("python", script)
