"""The sample Twitter/X archive that ships with bobby, for `bobby demo` and first tries.

Two years of posts by @skerrow_light, the invented keeper of a lighthouse on a windy
island, written for this project (the source is `posts.toml` beside this file; the
archive is built from it by scripts/build_sample.py). The voice is deliberately
consistent (always lowercase, "&" for "and", the wind as a forecast gives it, "lamp lit."
in the evening, the same cat, boatman and gull) so that a few minutes of fine-tuning a
small model visibly changes what it writes. The archive is in X's current format, with
replies, threads, retweets, quotes, links, long posts, HTML entities and emoji, so the
demo exercises everything `bobby export` reads in a real one.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def archive_path() -> Path:
    """The folder of the sample archive (data/manifest.js, data/tweets.js, ...).

    Found through importlib.resources, so it is the installed package's copy wherever
    bobby was installed (a wheel unpacks package data as plain files).
    """
    return Path(str(files(__name__) / "archive"))
