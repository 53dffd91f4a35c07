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
    session.run("ruff", "check", "bobby", "tests", "bench", "noxfile.py")
    session.run("ruff", "format", "--check", "bobby", "tests", "bench", "noxfile.py")


@nox.session
def demo(session: nox.Session) -> None:
    """The whole pipeline on the embedded model: export → prep → train → eval → generate → post --dry-run."""
    install(session)
    session.run("bobby", "demo", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """The benchmarks behind BENCHMARKS.md (each script prints its command and numbers)."""
    install(session, "test")
    for script in sorted(session.posargs or ["bench/export.py"]):
        session.run("python", script)
