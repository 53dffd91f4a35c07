"""Settings: defaults < bobby.toml < BOBBY_* environment < a command's own file < flags.

Each step describes its settings as a dataclass with defaults. `resolve` fills one from
the `[section]` of bobby.toml, then from environment variables named
`BOBBY_<SECTION>_<FIELD>`, then from a file named on the command line (`bobby train
--config`'s YAML), then from the flags the user actually gave, so that every step resolves
its settings the same way and in one place, remembering where each value came from.

Every options dataclass validates itself with `check` (called from its `__post_init__`):
each field's type, `Literal` choices and the range its field metadata declares
(`at_least`, `between`). A value that fails is reported with its real source:
`bobby.toml: [train] iters = 'lots' is not a valid int`, `BOBBY_GENERATE_TEMP = -1: must
be at least 0`, `--iters = 0: must be at least 1`, `request body: top_k = ...`.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import types
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from bobby.errors import InputError
from bobby.paths import config_file

T = TypeVar("T")


def _load_file(path: Path) -> dict[str, Any]:
    """bobby.toml's tables, or none when there is no such file (the TOML parser is
    imported only for a file there is)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder; the settings file is bobby.toml") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read it ({err.strerror})") from None
    import tomllib

    try:
        return tomllib.loads(data.decode())
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; save it as UTF-8") from None
    except tomllib.TOMLDecodeError as err:
        raise InputError(f"{path}: not valid TOML ({err})") from None


# Every [section] bobby.toml may have (BOBBY_<SECTION>_* too): a name not here is a typo.
SECTIONS = ("prep", "train", "generate", "gate", "eval", "bluesky", "serve", "replies")


def meant(name: str, known: Sequence[str]) -> str:
    """`; did you mean 'x'?` for the known name closest to a misspelt one, else nothing."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.7)
    return f"; did you mean {close[0]!r}?" if close else ""


def flag_name(field: str) -> str:
    """The flag that sets `field`: `-n` for a one-letter field, else `--max-tokens`."""
    return f"-{field}" if len(field) == 1 else f"--{field.replace('_', '-')}"


def file_settings(section: str) -> dict[str, Any]:
    """The `[section]` table of bobby.toml, or an empty dict; a table of another name than
    `SECTIONS` is a mistake the user would never see (its settings silently unused)."""
    path = config_file()
    tables = _load_file(path)
    for name in tables:
        if name not in SECTIONS and name != section:  # a Python caller's own section
            raise InputError(
                f"{path}: unknown section [{name}]{meant(name, SECTIONS)} "
                f"(known: {', '.join(SECTIONS)})"
            )
    table = tables.get(section, {})
    if not isinstance(table, dict):
        raise InputError(f"{path}: [{section}] must be a table")
    return table


def _parse_env(name: str, raw: str, kind: Any) -> Any:
    """Turn an environment variable's text into the type its field declares."""
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        kind = next(arg for arg in typing.get_args(kind) if arg is not type(None))
    origin = typing.get_origin(kind) or kind
    try:
        if origin is bool:
            if raw.lower() not in {"1", "0", "true", "false", "yes", "no", "on", "off"}:
                raise ValueError(raw)
            return raw.lower() in {"1", "true", "yes", "on"}
        if origin in (list, tuple):
            return [item.strip() for item in raw.split(",") if item.strip()]
        if origin is dict:
            pairs = (item.split("=", 1) for item in raw.split(",") if item.strip())
            return {key.strip(): float(value) for key, value in pairs}
        if origin in (int, float, str, Path):
            return origin(raw)
    except ValueError:
        raise InputError(
            f"environment variable {name}={raw!r} is not a valid {origin.__name__}"
        ) from None
    return raw


def fits_type(value: Any, kind: Any) -> bool:
    """Whether a setting (from bobby.toml, the environment or a flag) has its field's type."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if kind is Any:
        return True
    if origin is typing.Literal:
        return value in args
    if origin in (typing.Union, types.UnionType):
        return any(fits_type(value, arg) for arg in args)
    if kind is type(None):
        return value is None
    if kind is Path:
        return isinstance(value, str | Path)
    if kind in (int, float):  # TOML writes 3 for 3.0; true is not a number
        return isinstance(value, int if kind is int else int | float) and not isinstance(
            value, bool
        )
    if origin in (list, tuple):
        return isinstance(value, list | tuple) and all(fits_type(item, args[0]) for item in value)
    if origin is dict:
        return isinstance(value, dict) and all(
            fits_type(k, args[0]) and fits_type(v, args[1]) for k, v in value.items()
        )
    return isinstance(value, origin or kind)


class SettingError(InputError):
    """One setting's value cannot work; `resolve` adds where the value came from."""

    def __init__(self, name: str, value: Any, problem: str, shown: bool = True) -> None:
        self.name, self.value, self.problem, self.shown = name, value, problem, shown
        super().__init__(f"{name}{f' = {value!r}' if shown else ''} {problem}")


def at_least(low: float) -> dict[str, Any]:
    """Field metadata: the value (when not None) is `low` or more."""
    return {"range": (low, None)}


def between(low: float, high: float) -> dict[str, Any]:
    """Field metadata: the value (when not None) lies in [low, high]."""
    return {"range": (low, high)}


SEED = between(0, 2**32 - 1)  # what MLX and numpy both accept as a seed


def check(options: Any) -> None:
    """Validate an options dataclass: every field's type (with `Literal` choices) and the
    range in its metadata. Called from each options class's `__post_init__`, so a value
    from any source (flag, file, environment, HTTP request, Python) is checked once.

    Raises:
        SettingError: naming the first field that is wrong.
    """
    hints = typing.get_type_hints(type(options))
    for field in dataclasses.fields(options):
        value = getattr(options, field.name)
        kind = hints[field.name]
        if typing.get_origin(kind) is typing.Literal and value not in typing.get_args(kind):
            choices = ", ".join(map(str, typing.get_args(kind)))
            raise SettingError(field.name, value, f"is not one of {choices}")
        if not fits_type(value, kind):
            raise SettingError(
                field.name, value, f"is not a valid {_type_name(kind)}", shown=field.repr
            )
        low, high = field.metadata.get("range", (None, None))
        if value is None or isinstance(value, bool) or (low is None and high is None):
            continue
        if isinstance(value, float) and value != value:
            raise SettingError(field.name, value, "is not a number")
        if low is not None and value < low:
            raise SettingError(field.name, value, f"must be at least {low:g}")
        if high is not None and value > high:
            raise SettingError(field.name, value, f"must be at most {high:g}")


def _convert(value: Any, kind: Any) -> Any:
    """A value that fits `kind`, in the field's own type (a path string as a Path)."""
    kinds = typing.get_args(kind) or (kind,)
    if isinstance(value, str) and Path in kinds and str not in kinds:
        return Path(value)
    if isinstance(value, int) and not isinstance(value, bool) and kind in (float, float | None):
        return float(value)
    return value


def _type_name(kind: Any) -> str:
    if typing.get_origin(kind) is None and hasattr(kind, "__name__"):
        return kind.__name__
    return str(kind).replace("typing.", "")


Layer = tuple[str, Mapping[str, Any]]  # (where the values come from, the values)


def resolve(
    cls: type[T],
    section: str,
    flags: Mapping[str, Any] | None = None,
    files: Sequence[Layer] = (),
    defaults: Sequence[Layer] = (),
) -> T:
    """Build `cls` from its defaults, `defaults` (defaults that depend on something, such as
    the model being trained), bobby.toml's `[section]`, the environment, `files` (a
    command's own settings files, each `(name, values)`) and `flags`.

    Flags whose value is None count as not given, so a CLI can pass every option it has.
    Every value is checked (`check`), once, and an error names where the value came from.
    """
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"{cls!r} is not a dataclass")
    hints = typing.get_type_hints(cls)
    names = {field.name for field in dataclasses.fields(cls) if field.init}
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for source, layer in defaults:
        for key, value in layer.items():
            values[_known(key, names, source)], origins[key] = value, source
    path = config_file()
    for key, value in file_settings(section).items():
        values[_known(key, names, str(path), f" in [{section}]")] = value
        origins[key.replace("-", "_")] = f"{path}: [{section}] {key}"
    _known_environment(section, names)
    for field in names:
        env = f"BOBBY_{section.upper()}_{field.upper()}"
        if env in os.environ:
            values[field], origins[field] = _parse_env(env, os.environ[env], hints[field]), env
    for source, layer in files:
        for key, value in layer.items():
            values[_known(key, names, source)] = value
            origins[key] = f"{source}: {key}"
    for key, value in (flags or {}).items():
        if value is not None:
            values[key], origins[key] = value, flag_name(key)
    return make(cls, values, origins)


def _known_environment(section: str, names: set[str]) -> None:
    """A BOBBY_<SECTION>_* variable that names no setting of the section is a typo that
    would silently do nothing (BOBBY_GENERATE_TEMPERATURE): say which one was meant."""
    prefix = f"BOBBY_{section.upper()}_"
    known = sorted(prefix + name.upper() for name in names)
    for env in os.environ:
        if env.startswith(prefix) and env not in known:
            raise InputError(
                f"{env}: no such setting in [{section}]{meant(env, known)} "
                f"(known: {', '.join(known)})"
            )


def setting(section: str, name: str, kind: type, default: Any) -> Any:
    """One setting of another step, resolved as that step would (bobby.toml, then the
    environment), for a step that only needs to agree with it (prep counting tokens the
    way training will cut them) without depending on that step's code."""
    value, origin = default, None
    table = file_settings(section)
    if name in table:
        value, origin = table[name], f"{config_file()}: [{section}] {name}"
    env = f"BOBBY_{section.upper()}_{name.upper()}"
    if env in os.environ:
        value, origin = _parse_env(env, os.environ[env], kind), env
    if not fits_type(value, kind):
        raise InputError(f"{origin} = {value!r} is not a valid {_type_name(kind)}")
    return value


def make(cls: type[T], values: Mapping[str, Any], origins: Mapping[str, str]) -> T:
    """`cls(**values)`, checked, with each error naming the value's origin."""
    hints = typing.get_type_hints(cls)
    converted = {
        name: _convert(value, hints[name]) if fits_type(value, hints[name]) else value
        for name, value in values.items()
    }
    try:
        options = cls(**converted)
        check(options)  # again for a class that does not check itself
        if any(f.name == "origins" and not f.init for f in dataclasses.fields(cls)):
            options.origins = dict(origins)  # type: ignore[attr-defined]
        return options
    except SettingError as err:
        shown = f" = {err.value!r}" if err.shown else ""
        raise InputError(f"{origins.get(err.name, err.name)}{shown} {err.problem}") from None


def replace_checked(
    options: T, values: Mapping[str, Any], source: str, allowed: Sequence[str]
) -> T:
    """`options` with `values` (from one source, such as an HTTP request body) put in,
    only `allowed` fields, checked as `resolve` checks, each error naming `source`."""
    names = {field.name for field in dataclasses.fields(options) if field.init}
    for key in values:
        _known(key, set(allowed), source)
    merged = {name: getattr(options, name) for name in names} | dict(values)
    return make(type(options), merged, {key: f"{source}: {key}" for key in values})


def _known(key: str, names: set[str], source: str, place: str = "") -> str:
    field = key.replace("-", "_")
    if field not in names:
        known = ", ".join(sorted(names))
        raise InputError(f"{source}: unknown setting {key!r}{place} (known: {known})")
    return field
