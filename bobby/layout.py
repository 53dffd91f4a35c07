"""Where a bot's files are: one object for the layout of a bot folder.

A bot is a working folder (the design's layout): `data/` holds the person's posts, the
training splits, prep's recipe and the state database, `adapters/` the trained adapters.
Every step names these files through `Layout`, so the layout is written down once and a
Python user can point every step at another folder with one argument.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bobby.paths import state_db

POSTS = "posts.jsonl"
PREP = "prep.json"
SPLITS = ("train", "valid", "test")


@dataclass(frozen=True)
class Layout:
    """The files of one bot folder.

    Attributes:
        data: the data folder (posts.jsonl, the splits, prep.json, state.db).
        adapters: the folder holding one sub-folder per trained adapter.
        state: the state database; default `bobby.paths.state_db()` (BOBBY_STATE_DB, else
            data/state.db) for the working folder, `data/state.db` for any other.
    """

    data: Path = Path("data")
    adapters: Path = Path("adapters")
    state: Path | None = None

    @classmethod
    def of(cls, folder: Path) -> Layout:
        """The layout of a bot folder other than the working one (the demo's)."""
        folder = Path(folder)
        return cls(folder / "data", folder / "adapters", folder / "data" / "state.db")

    @property
    def posts(self) -> Path:
        return self.data / POSTS

    @property
    def prep(self) -> Path:
        return self.data / PREP

    def split(self, name: str) -> Path:
        """data/train.jsonl, valid or test."""
        return self.data / f"{name}.jsonl"

    @property
    def state_db(self) -> Path:
        return self.state if self.state is not None else state_db()

    def holds_bot(self) -> list[Path]:
        """The bot files already here: what a command writing the folder wholesale
        (`bobby demo`) must not replace unasked."""
        files = [self.posts, self.prep, *(self.split(name) for name in SPLITS), self.state_db]
        return [path for path in files if path.exists()]
