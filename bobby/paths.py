"""Where bobby keeps its files: the state database in the working folder, the rest outside.

The working folder holds a bot's own files (data/, adapters/, bobby.toml). Models that
can be shared between bots live in the user's cache folder and the Bluesky session in
the user's config folder, each movable by an environment variable so that tests and
unusual set-ups never touch the real ones.
"""

from __future__ import annotations

import os
from pathlib import Path


def _xdg(variable: str, fallback: str) -> Path:
    return Path(os.environ.get(variable) or Path.home() / fallback)


def cache_dir() -> Path:
    """Models fetched or imported by bobby (`BOBBY_CACHE_DIR`, else the XDG cache)."""
    if override := os.environ.get("BOBBY_CACHE_DIR"):
        return Path(override)
    return _xdg("XDG_CACHE_HOME", ".cache") / "bobby"


def config_dir() -> Path:
    """The stored Bluesky session (`BOBBY_CONFIG_DIR`, else the XDG config folder)."""
    if override := os.environ.get("BOBBY_CONFIG_DIR"):
        return Path(override)
    return _xdg("XDG_CONFIG_HOME", ".config") / "bobby"


def config_file() -> Path:
    """The bot's settings: `BOBBY_CONFIG`, else bobby.toml in the working folder."""
    return Path(os.environ.get("BOBBY_CONFIG") or "bobby.toml")


def state_db() -> Path:
    """The record of generated candidates and posts: `BOBBY_STATE_DB`, else data/state.db
    in the working folder, so each bot keeps its own history beside its data."""
    return Path(os.environ.get("BOBBY_STATE_DB") or "data/state.db")
