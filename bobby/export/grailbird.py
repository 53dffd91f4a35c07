"""Archives from before 2019 ("Grailbird"): one `data/js/tweets/YYYY_MM.js` per month,
and `tweets.csv` beside them.

The monthly files hold the tweets as the API returned them (field `text`, entities, the
retweeted tweet embedded), with another date format; the CSV has the same tweets in ten
columns with the links' targets comma-joined. When both are there the JSON is read, as it
says more; the CSV is the fallback for archives that only kept it.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from bobby.errors import InputError
from bobby.export import jsdata, timefmt
from bobby.export.archive import Archive
from bobby.export.twitter import Account, Stats, classify, convert, unescape
from bobby.posts import Post

_TCO = re.compile(r"https?://t\.co/\w+")
_MEDIA_URL = re.compile(r"/(?:photo|video)/\d+$")
CSV_COLUMNS = ("tweet_id", "timestamp", "text")


def is_grailbird(archive: Archive) -> bool:
    return bool(archive.glob("data/js/tweets/*.js")) or archive.has("tweets.csv")


def _account(archive: Archive) -> Account:
    if not archive.has("data/js/user_details.js"):
        return Account()
    details = jsdata.parse(
        archive.read("data/js/user_details.js"), f"{archive.path}: data/js/user_details.js"
    )
    if not isinstance(details, dict):
        return Account()
    return Account(str(details.get("id") or "") or None, details.get("screen_name"))


def read(archive: Archive, stats: Stats) -> list[Post]:
    """Every post of a Grailbird archive."""
    months = archive.glob("data/js/tweets/*.js")
    account = _account(archive)
    if not months:
        return read_csv(archive.read("tweets.csv"), f"{archive.path}: tweets.csv", account, stats)
    posts: list[Post] = []
    for name in months:
        records = jsdata.parse_array(archive.read(name), f"{archive.path}: {name}")
        if account.id is None and records and isinstance(records[0], dict):
            user = records[0].get("user") or {}
            account = Account(user.get("id_str"), user.get("screen_name"))
        posts += convert(records, account, stats)
    return posts


def _expand(text: str, expanded: list[str]) -> tuple[str, list[str], bool]:
    """Put the CSV's expanded links back in place of the t.co links, in order.

    The column lists each link's target in the order of appearance (media links, which
    end in /photo/N, last and often repeated); a media link's t.co is dropped from the
    text as the current archives' is.
    """
    unique = list(dict.fromkeys(url for url in expanded if url))
    media = [url for url in unique if _MEDIA_URL.search(url)]
    links = [url for url in unique if url not in media]
    shorts = _TCO.findall(text)
    for short, target in zip(shorts, links, strict=False):
        text = text.replace(short, target, 1)
    if media:
        for short in shorts[len(links) :]:
            text = text.replace(short, "")
        text = text.rstrip()
    return text, links, bool(media)


def read_csv(data: bytes, name: str, account: Account, stats: Stats) -> list[Post]:
    """The posts of a Grailbird `tweets.csv` (quoted fields, newlines inside them)."""
    try:
        rows = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
        if rows.fieldnames is None or not set(CSV_COLUMNS) <= set(rows.fieldnames):
            raise InputError(
                f"{name}: not a Twitter archive CSV (expected columns {', '.join(CSV_COLUMNS)})"
            )
        posts: list[Post] = []
        for row in rows:
            try:
                posts.append(_csv_post(row, account))
            except (KeyError, TypeError, ValueError, AttributeError):
                stats.skip("malformed record")
    except (UnicodeDecodeError, csv.Error) as err:
        raise InputError(f"{name}: not a readable CSV file ({err})") from None
    return posts


def _csv_post(row: dict[str, Any], account: Account) -> Post:
    text, urls, has_media = _expand(
        unescape(row["text"]), (row.get("expanded_urls") or "").split(",")
    )
    reply_to = row.get("in_reply_to_status_id") or None
    kind = classify(
        text,
        account,
        retweet=bool(row.get("retweeted_status_id")),
        reply_to=reply_to,
        reply_user=row.get("in_reply_to_user_id") or None,
        reply_name=None,
        quote=False,
        urls=urls,
    )
    if not row["tweet_id"] or not row["text"]:
        raise ValueError("empty record")
    return {
        "id": row["tweet_id"],
        "source": "twitter",
        "created_at": timefmt.twitter(row["timestamp"]),
        "text": text,
        "kind": kind,
        "reply_to_id": reply_to,
        "lang": None,
        "urls": urls,
        "mentions": re.findall(r"(?<![\w@])@(\w{1,15})", text),
        "hashtags": re.findall(r"(?<![\w#&])#(\w+)", text),
        "has_media": has_media,
        "like_count": None,
        "repost_count": None,
    }
