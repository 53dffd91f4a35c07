"""Settings: defaults < bobby.toml < BOBBY_* environment < command-line flags.

Each step describes its settings as a dataclass with defaults. `resolve` fills one from
the `[section]` of bobby.toml, then from environment variables named
`BOBBY_<SECTION>_<FIELD>`, then from the flags the user actually gave, so that every step
resolves its settings the same way and in one place.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from bobby.errors import InputError
from bobby.paths import config_file

T = TypeVar("T")


def _load_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as err:
        raise InputError(f"{path}: not valid TOML ({err})") from None


def file_settings(section: str) -> dict[str, Any]:
    """The `[section]` table of bobby.toml, or an empty dict."""
    path = config_file()
    table = _load_file(path).get(section, {})
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


def check_seed(seed: int | None) -> None:
    """A seed MLX and numpy both accept (they refuse negative ones with a traceback)."""
    if seed is not None and not 0 <= seed < 2**32:
        raise InputError(f"seed {seed} must be between 0 and 2**32 - 1")


def check_at_least(minimum: int, **values: int) -> None:
    """Counts that make no sense below `minimum` (-n 0, max_tokens 0)."""
    for name, value in values.items():
        if value < minimum:
            raise InputError(f"{name} must be at least {minimum}, not {value}")


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


def resolve(cls: type[T], section: str, flags: Mapping[str, Any] | None = None) -> T:
    """Build `cls` from its defaults, bobby.toml's `[section]`, the environment and `flags`.

    Flags whose value is None count as not given, so a CLI can pass every option it has.
    Every value is checked against its field's type here, once, so that a wrong one in
    bobby.toml is a one-line error naming it rather than a traceback later.
    """
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"{cls!r} is not a dataclass")
    hints = typing.get_type_hints(cls)
    fields = {field.name: field for field in dataclasses.fields(cls) if field.init}
    names = set(fields)
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for key, value in file_settings(section).items():
        field = key.replace("-", "_")
        if field not in names:
            known = ", ".join(sorted(names))
            raise InputError(
                f"{config_file()}: unknown setting {key!r} in [{section}] (known: {known})"
            )
        values[field], origins[field] = value, f"{config_file()}: [{section}] {key}"
    for field in names:
        env = f"BOBBY_{section.upper()}_{field.upper()}"
        if env in os.environ:
            values[field], origins[field] = _parse_env(env, os.environ[env], hints[field]), env
    for key, value in (flags or {}).items():
        if value is not None:
            values[key], origins[key] = value, f"--{key.replace('_', '-')}"
    for field, value in values.items():
        kind = hints[field]
        if not fits_type(value, kind):
            # a secret's field has repr=False: its value is never shown
            shown = f" = {value!r}" if fields[field].repr else ""
            raise InputError(f"{origins[field]}{shown} is not a valid {_type_name(kind)}")
        values[field] = _convert(value, kind)
    return cls(**values)
