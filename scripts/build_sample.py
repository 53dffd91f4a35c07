"""Render bobby/sample/posts.toml into the sample archive that ships with bobby.

    python scripts/build_sample.py            # rewrites bobby/sample/archive/
    python scripts/build_sample.py --out DIR  # writes the archive to DIR instead

The posts are written by hand as plain text; everything X adds on the way into an archive
(t.co links, entities, HTML escaping, media links, long posts cut with "…", snowflake ids,
the manifest) comes from tests/x_archive.py, the same writer the export tests trust. The
output depends only on posts.toml, byte for byte, so tests/test_sample.py can check that
the committed archive was built from the committed source.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import tomllib
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.x_archive import Tweet, long_tweet, write_archive  # noqa: E402

SOURCE = ROOT / "bobby" / "sample" / "posts.toml"
ARCHIVE = ROOT / "bobby" / "sample" / "archive"

TWITTER_EPOCH_MS = 1288834974657
LONG = 280
THREAD_GAP = timedelta(minutes=2)


def snowflake(when: datetime, sequence: int) -> str:
    """A tweet id as X makes them: milliseconds since its epoch, shifted, plus a sequence,
    so ids grow with time as they do in real archives."""
    ms = int(when.timestamp() * 1000) - TWITTER_EPOCH_MS
    return str((ms << 22) | sequence)


def _hash(text: str) -> int:
    return zlib.crc32(text.encode())


def status_url(handle: str, when: datetime) -> str:
    """The link a quote post ends with: a post of `handle` from a while before `when`."""
    return f"https://twitter.com/{handle}/status/{snowflake(when - timedelta(hours=3), 5)}"


def full_text(post: dict[str, Any]) -> str:
    """What she wrote in a post, as `bobby export` should give it back."""
    if quoted := post.get("quote"):
        return f"{post['text']} {status_url(quoted, post['at'])}"
    return post["text"]


def load(source: Path = SOURCE) -> dict[str, Any]:
    """posts.toml as data."""
    with source.open("rb") as handle:
        return tomllib.load(handle)


def _counts(text: str, media: bool) -> dict[str, int]:
    """Likes and reposts: small, varied, stable for a given text; none for retweets."""
    if text.startswith("RT @"):
        return {"likes": 0, "retweets": 3 + _hash(text) % 20}
    likes = _hash(text) % 23 + (14 if media else 0)
    return {"likes": likes, "retweets": likes // 7}


def _edit_info(tweet_id: str, when: datetime) -> dict[str, Any]:
    """The `edit_info` block every tweet of a current archive carries."""
    until = (when + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return {
        "edit_info": {
            "initial": {
                "editTweetIds": [tweet_id],
                "editableUntil": until,
                "editsRemaining": "5",
                "isEditEligible": False,
            }
        }
    }


@dataclass
class Sample:
    """The archive's tweets and notes, oldest first, as `write_archive` takes them."""

    account: tuple[str, str]
    tweets: list[Tweet] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)
    deleted: list[Tweet] = field(default_factory=list)
    sequence: int = 0

    def add(
        self, text: str, when: datetime, *, deleted: bool, media: bool = False, **reply: str
    ) -> str:
        """One tweet (and its note, if it is long); returns its id."""
        self.sequence += 1
        tweet_id = snowflake(when, self.sequence)
        extra = _edit_info(tweet_id, when)
        if deleted:
            extra["deleted_at"] = (when + timedelta(minutes=9)).strftime(
                "%a %b %d %H:%M:%S +0000 %Y"
            )
        fields: dict[str, Any] = {"media": media, "extra": extra, **reply, **_counts(text, media)}
        if len(text) > LONG:
            tweet, long_note = long_tweet(tweet_id, text, when, **fields)
            self.notes.append(long_note)
        else:
            tweet = Tweet(tweet_id, text, when, **fields)
        (self.deleted if deleted else self.tweets).append(tweet)
        return tweet_id


def sample(data: dict[str, Any]) -> Sample:
    """Every tweet and note of the archive, from the parsed posts.toml."""
    found = Sample((data["account"]["id"], data["account"]["handle"]))
    for post in data["post"]:
        when: datetime = post["at"]
        deleted = post.get("deleted", False)
        reply: dict[str, str] = {}
        if to := post.get("to"):
            # The post replied to is theirs, a little earlier; only its id is in the archive.
            earlier = when - timedelta(minutes=11 + _hash(post["text"]) % 50)
            reply = {
                "reply_to": snowflake(earlier, 3),
                "reply_user": data["accounts"][to],
                "reply_name": to,
            }
        previous = found.add(
            full_text(post), when, deleted=deleted, media=post.get("media", False), **reply
        )
        for number, part in enumerate(post.get("thread", ()), start=1):
            previous = found.add(
                part,
                when + number * THREAD_GAP,
                deleted=deleted,
                reply_to=previous,
                reply_user=found.account[0],
                reply_name=found.account[1],
            )
    return found


def build(dest: Path, source: Path = SOURCE) -> Path:
    """Write the sample archive (a folder with data/*.js) to `dest`."""
    found = sample(load(source))
    # X writes the newest first.
    return write_archive(
        dest,
        found.tweets[::-1],
        notes=found.notes[::-1],
        deleted=found.deleted[::-1],
        account=found.account,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ARCHIVE, help="the archive folder to (re)write")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        built = build(Path(tmp))
        shutil.rmtree(args.out / "data", ignore_errors=True)
        shutil.copytree(built / "data", args.out / "data")
    files = sorted(path for path in args.out.rglob("*") if path.is_file())
    for path in files:
        print(f"{path.relative_to(args.out)}  {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
