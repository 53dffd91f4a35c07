"""Writing Twitter/X archives in the real formats, for tests, benchmarks and the sample.

Tests describe tweets in plain words (natural text with real links, @mentions and
#hashtags) and this module produces what X would have written: entities with indices,
t.co links, HTML-escaped text, media links, numbers as strings, the `window.YTD...`
wrapper, the manifest. The tests can then check that export gets the plain words back.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

URL = re.compile(r"https?://\S+")
MENTION = re.compile(r"(?<!\w)@(\w{1,15})")
HASHTAG = re.compile(r"(?<![\w&])#(\w+)")


@dataclass
class Tweet:
    """A tweet as a person sees it; `record()` renders it as an archive stores it."""

    id: str
    text: str
    created: datetime
    reply_to: str | None = None
    reply_user: str | None = None
    reply_name: str | None = None
    media: bool = False
    lang: str = "en"
    likes: int = 0
    retweets: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def record(self, wrap: bool = True, grailbird: bool = False) -> dict[str, Any]:
        text = self.text
        urls = []
        for number, long in enumerate(URL.findall(self.text)):
            short = f"https://t.co/{self.id[-6:]}{number:04d}"
            urls.append(
                {"url": short, "expanded_url": long, "display_url": long.split("//", 1)[1][:26]}
            )
            text = text.replace(long, short, 1)
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        entities: dict[str, Any] = {
            "hashtags": [{"text": tag} for tag in HASHTAG.findall(self.text)],
            "symbols": [],
            "user_mentions": [
                {"screen_name": name, "name": name} for name in MENTION.findall(self.text)
            ],
            "urls": urls,
        }
        if self.media:
            short = f"https://t.co/m{self.id[-8:]}"
            escaped += " " + short
            entities["media"] = [
                {
                    "url": short,
                    "expanded_url": f"https://twitter.com/me/status/{self.id}/photo/1",
                    "media_url_https": "https://pbs.twimg.com/media/x.jpg",
                    "type": "photo",
                }
            ]
        tweet: dict[str, Any] = {
            "retweeted": False,
            "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
            "entities": entities,
            "display_text_range": ["0", str(len(escaped))],
            "favorite_count": str(self.likes),
            "id_str": self.id,
            "truncated": False,
            "retweet_count": str(self.retweets),
            "id": self.id,
            "created_at": self.created.strftime("%a %b %d %H:%M:%S +0000 %Y"),
            "favorited": False,
            "full_text": escaped,
            "lang": self.lang,
        }
        if self.reply_to or self.reply_user:
            if self.reply_to:
                tweet["in_reply_to_status_id"] = tweet["in_reply_to_status_id_str"] = self.reply_to
            tweet["in_reply_to_user_id"] = tweet["in_reply_to_user_id_str"] = self.reply_user
            if self.reply_name:
                tweet["in_reply_to_screen_name"] = self.reply_name
        tweet.update(self.extra)
        if grailbird:
            tweet["text"] = tweet.pop("full_text")
            tweet["id"] = int(self.id)
            tweet["created_at"] = self.created.strftime("%Y-%m-%d %H:%M:%S +0000")
        return {"tweet": tweet} if wrap else tweet


def note(created: datetime, text: str) -> dict[str, Any]:
    """A note-tweet.js record: the full text of a long post, with no tweet id."""
    urls = []
    for number, long in enumerate(URL.findall(text)):
        short = f"https://t.co/n{int(created.timestamp())}{number}"
        urls.append({"shortUrl": short, "expandedUrl": long, "displayUrl": long[8:30]})
        text = text.replace(long, short, 1)
    return {
        "noteTweet": {
            "noteTweetId": str(int(created.timestamp()) * 1000),
            "createdAt": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "updatedAt": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "core": {
                "styletags": [],
                "urls": urls,
                "text": text,
                "mentions": [],
                "cashtags": [],
                "hashtags": [],
            },
        }
    }


def long_tweet(
    id: str, full: str, created: datetime, **kwargs: Any
) -> tuple[Tweet, dict[str, Any]]:
    """A post over 280 characters: the tweet cut with `…`, and its note with the whole text."""
    return Tweet(id, full[:270].rstrip() + "…", created, **kwargs), note(created, full)


def ytd(global_name: str, records: Sequence[Any], layout: str = "2024") -> bytes:
    """`window.YTD.<name>.part0 = [...]` pretty-printed as X does ("key" : value).

    Layout "2024" puts each element's braces on lines of their own, indented by two;
    "2017" is the older `[ {` ... `}, {` ... `} ]` with elements at column 0.
    """
    if layout == "2024":
        body = json.dumps(list(records), indent=2, ensure_ascii=False, separators=(",", " : "))
    else:
        body = (
            "[ "
            + ", ".join(
                json.dumps(r, indent=2, ensure_ascii=False, separators=(",", " : "))
                for r in records
            )
            + " ]"
        )
    return f"window.{global_name} = {body}".encode()


def manifest(account_id: str, handle: str, files: dict[str, list[str]]) -> bytes:
    """data/manifest.js naming the account and the files of each data type."""
    names = {"tweets": "tweets", "noteTweet": "note_tweet", "deletedTweets": "deleted_tweets"}
    data_types = {
        kind: {
            "files": [
                {
                    "fileName": f"data/{name}",
                    "globalName": f"YTD.{names[kind]}.part{i}",
                    "count": "1",
                }
                for i, name in enumerate(parts)
            ]
        }
        for kind, parts in files.items()
    }
    value = {
        "userInfo": {"accountId": account_id, "userName": handle, "displayName": handle},
        "archiveInfo": {
            "sizeBytes": "1",
            "generationDate": "2024-11-16T11:33:22.222Z",
            "isPartialArchive": False,
        },
        "dataTypes": data_types,
    }
    return (
        "window.__THAR_CONFIG = " + json.dumps(value, indent=2, separators=(",", " : "))
    ).encode()


def write_archive(
    dest: Path,
    tweets: Iterable[Tweet],
    *,
    notes: Sequence[dict[str, Any]] = (),
    deleted: Sequence[Tweet] = (),
    account: tuple[str, str] | None = ("1000", "me"),
    parts: int = 1,
    as_zip: bool = False,
    file_name: str = "tweets",
    layout: str = "2024",
    wrap: bool = True,
) -> Path:
    """A current-format archive (folder, or .zip if `as_zip`) holding `tweets`.

    `parts` > 1 splits the tweets over tweets.js, tweets-part1.js, ... as X does for
    large archives; `account=None` leaves out the manifest (as older archives do);
    `file_name="tweet"` gives the older singular file names.
    """
    records = [tweet.record(wrap) for tweet in tweets]
    size = -(-len(records) // parts) if records else 0
    files: dict[str, bytes] = {}
    tweet_files = []
    for part in range(parts):
        name = f"{file_name}.js" if part == 0 else f"{file_name}-part{part}.js"
        files[f"data/{name}"] = ytd(
            f"YTD.{file_name}.part{part}", records[part * size : (part + 1) * size], layout
        )
        tweet_files.append(name)
    listed = {"tweets": tweet_files}
    if notes:
        files["data/note-tweet.js"] = ytd("YTD.note_tweet.part0", list(notes), layout)
        listed["noteTweet"] = ["note-tweet.js"]
    if deleted:
        files["data/deleted-tweets.js"] = ytd(
            "YTD.deleted_tweets.part0", [t.record(wrap) for t in deleted], layout
        )
        listed["deletedTweets"] = ["deleted-tweets.js"]
    if account:
        files["data/manifest.js"] = manifest(account[0], account[1], listed)
    return write_files(dest, files, as_zip)


def write_files(dest: Path, files: dict[str, bytes], as_zip: bool = False) -> Path:
    """Files at paths inside an archive, as a folder or a zip."""
    if as_zip:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in files.items():
                zf.writestr(name, data)
        return dest
    for name, data in files.items():
        path = dest / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return dest


def raw_zip(
    dest: Path, files: dict[str, bytes], *, method: int = 8, password: bytes | None = None
) -> Path:
    """A zip written field by field from the format (PKWARE's APPNOTE.TXT), for what
    Python's zipfile cannot write: members encrypted with a password (the traditional
    PKWARE cipher, what `zip -P` and Windows write), or compressed with another method.

    `method` 8 is Deflate; 9 is Deflate64 (what Windows writes for large archives):
    Deflate64 extends Deflate, and a stream of stored blocks is valid in both, so the
    members are true Deflate64 members. Any other method stores the bytes as they are
    and only declares it (enough for a reader, which must refuse it by its number).
    """
    out = bytearray()
    central = bytearray()
    for name, data in files.items():
        crc = zlib.crc32(data)
        if method in (8, 9):
            deflate = zlib.compressobj(level=9 if method == 8 else 0, wbits=-15)
            body = deflate.compress(data) + deflate.flush()
        else:
            body = data
        flags = 0
        if password is not None:
            body = _zipcrypto(password, os.urandom(11) + bytes([crc >> 24]) + body)
            flags |= 0x1
        raw_name = name.encode()
        fields = (20, flags, method, 0, 0x21, crc, len(body), len(data), len(raw_name))
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, 0, len(out)
        )
        central += raw_name
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + raw_name + body
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), len(out), 0
    )
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(bytes(out + central + end))
    return dest


def _zipcrypto(password: bytes, data: bytes) -> bytes:
    """Encrypt with the traditional PKWARE stream cipher (APPNOTE.TXT, section 6.1)."""

    def crc(value: int, byte: int) -> int:
        return zlib.crc32(bytes([byte]), value ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

    keys = [0x12345678, 0x23456789, 0x34567890]

    def update(byte: int) -> None:
        keys[0] = crc(keys[0], byte)
        keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = crc(keys[2], keys[1] >> 24)

    for byte in password:
        update(byte)
    out = bytearray()
    for byte in data:
        temp = (keys[2] | 2) & 0xFFFF
        out.append(byte ^ ((temp * (temp ^ 1)) >> 8) & 0xFF)
        update(byte)
    return bytes(out)


def grailbird_month(tweets: Sequence[Tweet], month: str) -> bytes:
    """data/js/tweets/YYYY_MM.js of a pre-2019 archive."""
    body = json.dumps(
        [t.record(wrap=False, grailbird=True) for t in tweets], indent=2, separators=(",", " : ")
    )
    return f"Grailbird.data.tweets_{month} = \n {body}".encode()


CSV_HEADER = [
    "tweet_id", "in_reply_to_status_id", "in_reply_to_user_id", "timestamp", "source", "text",
    "retweeted_status_id", "retweeted_status_user_id", "retweeted_status_timestamp", "expanded_urls",
]  # fmt: skip


def grailbird_csv(rows: Sequence[dict[str, str]]) -> bytes:
    """tweets.csv of a pre-2019 archive: every field quoted, newlines kept inside fields."""
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_HEADER, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: row.get(key, "") for key in CSV_HEADER})
    return out.getvalue().encode()


def at(
    day: int, hour: int = 12, minute: int = 0, second: int = 0, year: int = 2024, month: int = 3
) -> datetime:
    """A UTC time, briefly."""
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
