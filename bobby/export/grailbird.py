"""Archives from before 2019 ("Grailbird"): one `data/js/tweets/YYYY_MM.js` per month,
and `tweets.csv` beside them.

The monthly files hold the tweets as the API returned them (field `text`, entities, the
retweeted tweet embedded), with another date format; the CSV has the same tweets in ten
columns with the links' targets comma-joined. When both are there the JSON is read, as it
says more; the CSV is the fallback for archives that only kept it.

Large archives hold 10^5 tweets, and each month's records are several times the size of
the post they become, so both forms are read as a stream: one month (or one CSV row) at
a time, each post packed into its finished line at once.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from typing import Any

from bobby.errors import InputError
from bobby.export import jsdata, timefmt
from bobby.export.archive import Archive
from bobby.export.packed import Packed, as_thread, pack
from bobby.export.twitter import Owner, Stats, classify, convert, unescape
from bobby.posts import ExportedPost

_TCO = re.compile(r"https?://t\.co/\w+")
_MEDIA_URL = re.compile(r"/(?:photo|video)/\d+$")
# The CSV joins a tweet's link targets with commas, and links may hold commas themselves
# (`.../world/0,1518,800850,00.html`): a target starts only where a new address does.
_NEXT_URL = re.compile(r",(?=https?://)")
CSV_COLUMNS = ("tweet_id", "timestamp", "text")


def is_grailbird(archive: Archive) -> bool:
    return bool(archive.glob("data/js/tweets/*.js")) or archive.has("tweets.csv")


def _account(archive: Archive) -> Owner:
    if not archive.has("data/js/user_details.js"):
        return Owner()
    details = jsdata.parse(
        archive.read("data/js/user_details.js"), f"{archive.path}: data/js/user_details.js"
    )
    return Owner(
        jsdata.text(jsdata.field(details, "id")), jsdata.text(jsdata.field(details, "screen_name"))
    )


def read(archive: Archive, stats: Stats) -> list[Packed]:
    """Every post of a Grailbird archive, packed for the merge."""
    months = archive.glob("data/js/tweets/*.js")
    account = _account(archive)
    if not months:
        return read_csv(archive, "tweets.csv", account, stats)
    posts: list[Packed] = []
    for name in months:
        records = jsdata.parse_array(archive.read(name), f"{archive.path}: {name}")
        if account.id is None and records:
            user = jsdata.field(records[0], "user")
            account = Owner(
                jsdata.text(jsdata.field(user, "id_str")),
                jsdata.text(jsdata.field(user, "screen_name")),
            )
        posts += pack(convert(records, account, stats))
        del records  # before the next month is parsed
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


def read_csv(archive: Archive, name: str, account: Owner, stats: Stats) -> list[Packed]:
    """The posts of a Grailbird `tweets.csv` (quoted fields, newlines inside them).

    The CSV does not say whose archive it is. Without `user_details.js`, the owner is
    the person the archive's own tweets reply to (a reply whose parent is in the file is
    a reply to oneself); with the owner known, a reply to one of their deleted tweets is
    still part of their thread.
    """
    label = f"{archive.path}: {name}"
    posts: list[Packed] = []
    batch: list[ExportedPost] = []  # packed a thousand at a time
    ids: set[str] = set()
    replies: list[tuple[int, str | None, str]] = []  # (index, parent, user replied to)
    try:
        with archive.open(name) as raw:
            rows = csv.DictReader(io.TextIOWrapper(raw, "utf-8-sig", newline=""))
            if rows.fieldnames is None or not set(CSV_COLUMNS) <= set(rows.fieldnames):
                raise InputError(
                    f"{label}: not a Twitter archive CSV (expected columns {', '.join(CSV_COLUMNS)})"
                )
            for row in rows:
                try:
                    post = _csv_post(row, account)
                except (KeyError, TypeError, ValueError, AttributeError):
                    stats.skip("malformed record")
                    continue
                ids.add(post["id"])
                if post["kind"] == "reply" and (user := row.get("in_reply_to_user_id")):
                    replies.append((len(posts) + len(batch), post["reply_to_id"], user))
                batch.append(post)
                if len(batch) == 1000:
                    posts += pack(batch)
                    batch = []
            posts += pack(batch)
    except (UnicodeDecodeError, csv.Error) as err:
        raise InputError(f"{label}: not a readable CSV file ({err})") from None
    if account.id is None:
        owners = Counter(user for _, parent, user in replies if parent in ids)
        if owners:
            owner = owners.most_common(1)[0][0]
            for index, _, user in replies:
                if user == owner:
                    posts[index] = as_thread(posts[index])
    return posts


def _csv_post(row: dict[str, Any], account: Owner) -> ExportedPost:
    text, urls, has_media = _expand(
        unescape(row["text"]), _NEXT_URL.split(row.get("expanded_urls") or "")
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
