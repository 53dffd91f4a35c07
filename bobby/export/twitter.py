"""Twitter/X archives from 2019 on: `data/tweets.js` (or `tweet.js`) and its parts,
`note-tweet.js` with the full text of long posts, `deleted-tweets.js`, and the account
in `manifest.js` or `account.js`.

Archives store every number as a string, escape `&`, `<` and `>` as HTML entities, hide
links behind t.co and end the text of media posts with a t.co link to the media. The
`retweeted` flag is always false, so retweets are recognised by their `RT @` prefix.
"""

from __future__ import annotations

import gc
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bobby.errors import InputError
from bobby.export import jsdata, timefmt
from bobby.export.archive import Archive
from bobby.export.packed import Packed, from_bytes, pack, to_bytes
from bobby.export.parallel import map_ordered
from bobby.posts import ExportedPost, Kind

# Links to a tweet: what a quote tweet carries as its last URL.
_STATUS_URL = re.compile(
    r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status(?:es)?/\d+/?(?:\?.*)?$"
)
_TRAILING_TCO = re.compile(r"(?:\s*https?://t\.co/\w+)+\s*$")
_LEADING_MENTIONS = re.compile(r"^(?:\.?@\w+\s+)+")


@dataclass
class Owner:
    """The archive's owner, to tell threads (replies to oneself) from replies."""

    id: str | None = None
    handle: str | None = None

    def is_self(self, user_id: Any, screen_name: Any) -> bool:
        if self.id and user_id is not None and str(user_id) == self.id:
            return True
        return bool(
            self.handle
            and isinstance(screen_name, str)
            and screen_name.lower() == self.handle.lower()
        )


# A long note, told from others by its time and text.
NoteKey = tuple[str, str]
# What converting a batch of records gives: the posts, the number of malformed records,
# the ids of the tweets a long note completed, the keys of the notes that found their tweet.
Converted = tuple[list[Any], int, list[str], list[NoteKey]]


@dataclass
class Stats:
    """What the readers skipped, and why.

    Long notes and deleted tweets are kept as sets of what they are, not counts, so that
    the same archive given twice (or as both its .zip and its folder) counts each once,
    and the counts can be settled against the merged posts at the end.
    """

    skipped: dict[str, int] = field(default_factory=dict)
    joined: set[str] = field(default_factory=set)  # tweets completed by a long note
    notes: set[NoteKey] = field(default_factory=set)  # every long note seen
    matched: set[NoteKey] = field(default_factory=set)  # notes whose tweet was found
    deleted: set[str] = field(default_factory=set)  # ids of deleted tweets left out

    def skip(self, reason: str, count: int = 1) -> None:
        if count:
            self.skipped[reason] = self.skipped.get(reason, 0) + count

    def add(self, converted: Converted) -> list[Any]:
        """Count what a conversion skipped and joined; return its posts."""
        posts, malformed, joined, matched = converted
        self.skip("malformed record", malformed)
        self.joined.update(joined)
        self.matched.update(matched)
        return posts


class Malformed(Exception):
    """A record lacks what every tweet has (an id, a time, a text)."""


def unescape(text: str) -> str:
    """Undo the HTML escaping archives apply to tweet text."""
    return html.unescape(text) if "&" in text else text


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


_id = jsdata.text


def classify(
    text: str,
    account: Owner,
    *,
    retweet: bool,
    reply_to: Any,
    reply_user: Any,
    reply_name: Any,
    quote: bool,
    urls: list[str],
) -> Kind:
    """What kind of post a tweet is. Archives always say `retweeted: false`, so a
    retweet is known by its `RT @` prefix or the id of the tweet it repeats; a quote by
    the link to the quoted tweet that ends its text."""
    if retweet or text.startswith("RT @"):
        return "retweet"
    if reply_to or reply_user:
        return "self_reply" if account.is_self(reply_user, reply_name) else "reply"
    if quote or (urls and _STATUS_URL.match(urls[-1])):
        return "quote"
    return "post"


def normalize(tweet: dict[str, Any], account: Owner) -> ExportedPost:
    """One archive tweet (current or Grailbird JSON) as a canonical post."""
    tweet_id = _id(tweet.get("id_str") or tweet.get("id"))
    text = tweet.get("full_text") or tweet.get("text")
    created = tweet.get("created_at")
    if tweet_id is None or not isinstance(text, str) or not isinstance(created, str):
        raise Malformed
    text = unescape(text)
    entities = tweet.get("entities") or {}
    urls = []
    for link in entities.get("urls") or ():
        expanded = link.get("expanded_url") or link.get("expanded")
        if expanded:
            urls.append(expanded)
            if short := link.get("url"):
                text = text.replace(short, expanded)
    media = entities.get("media") or (tweet.get("extended_entities") or {}).get("media")
    if media:
        for item in media:
            if short := item.get("url"):
                text = text.replace(short, "")
        text = text.rstrip()
    reply_to = _id(tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id"))
    kind = classify(
        text,
        account,
        retweet=bool(tweet.get("retweeted_status_id") or tweet.get("retweeted_status")),
        reply_to=reply_to,
        reply_user=tweet.get("in_reply_to_user_id_str") or tweet.get("in_reply_to_user_id"),
        reply_name=tweet.get("in_reply_to_screen_name"),
        quote=bool(tweet.get("quoted_status_id_str") or tweet.get("is_quote_status") is True),
        urls=urls,
    )
    lang = tweet.get("lang")
    return {
        "id": tweet_id,
        "source": "twitter",
        "created_at": timefmt.twitter(created),
        "text": text,
        "kind": kind,
        "reply_to_id": reply_to,
        "lang": lang if isinstance(lang, str) else None,
        "urls": urls,
        "mentions": [
            m["screen_name"] for m in entities.get("user_mentions") or () if m.get("screen_name")
        ],
        "hashtags": [h["text"] for h in entities.get("hashtags") or () if h.get("text")],
        "has_media": bool(media),
        "like_count": _int(tweet.get("favorite_count")),
        "repost_count": _int(tweet.get("retweet_count")),
    }


def convert(
    records: Iterable[Any], account: Owner, stats: Stats, notes: Notes | None = None
) -> list[ExportedPost]:
    """Normalize archive records (wrapped in `{"tweet": ...}` or not), skipping broken ones."""
    return stats.add(_convert(records, account, notes))


def _convert(records: Iterable[Any], account: Owner, notes: Notes | None) -> Converted:
    posts = []
    malformed = 0
    joined: list[str] = []
    matched: list[NoteKey] = []
    for record in records:
        try:
            tweet = record.get("tweet", record)
            post = normalize(tweet, account)
        except (Malformed, AttributeError, KeyError, TypeError, ValueError):
            malformed += 1
            continue
        if notes and (found := notes.match(post, tweet.get("full_text") or "")):
            key, completed = found
            matched.append(key)
            if completed:
                joined.append(post["id"])
        posts.append(post)
    return posts, malformed, joined, matched


# -- long posts ------------------------------------------------------------------------


def _comparable(text: str) -> str:
    """A prefix of a text that survives truncation, links and leading @mentions."""
    text = _LEADING_MENTIONS.sub("", unescape(text))
    text = re.sub(r"https?://\S+", "", text)
    return " ".join(text.split())[:40].rstrip("…")


@dataclass
class Note:
    created_at: str
    text: str
    urls: list[str]
    mentions: list[str]
    hashtags: list[str]

    @property
    def key(self) -> NoteKey:
        """What tells this note from another, in any archive it comes in."""
        return self.created_at, self.text


class Notes:
    """The full texts of long posts, found by creation time since they carry no tweet id."""

    def __init__(self) -> None:
        self.by_time: dict[str, list[Note]] = {}
        self.count = 0

    def __bool__(self) -> bool:
        return self.count > 0

    def add(self, record: dict[str, Any]) -> None:
        note = record.get("noteTweet", record)
        core = note["core"]
        text = unescape(core["text"])
        urls = []
        for link in core.get("urls") or ():
            expanded = link.get("expandedUrl")
            if expanded:
                urls.append(expanded)
                if short := link.get("shortUrl"):
                    text = text.replace(short, expanded)
        entry = Note(
            created_at=timefmt.iso(note["createdAt"]),
            text=text,
            urls=urls,
            mentions=[m["screenName"] for m in core.get("mentions") or () if m.get("screenName")],
            hashtags=[h["text"] for h in core.get("hashtags") or () if h.get("text")],
        )
        self.by_time.setdefault(entry.created_at, []).append(entry)
        self.count += 1

    def keys(self) -> set[NoteKey]:
        return {note.key for notes in self.by_time.values() for note in notes}

    def match(self, post: ExportedPost, raw_text: str) -> tuple[NoteKey, bool] | None:
        """The note of a post (same second, same beginning), and whether it completed it.

        A truncated post (its text ends in `…`) gets its note's full text. X also keeps
        notes for posts that were never cut, only styled (bold, italics); those match but
        change nothing, and are not notes without their tweet.
        """
        candidates = self.by_time.get(post["created_at"])
        if not candidates:
            return None
        prefix = _comparable(raw_text)
        for note in candidates:
            if _comparable(note.text).startswith(prefix[: max(len(prefix) - 1, 0)]):
                if not _TRAILING_TCO.sub("", raw_text).endswith("…"):
                    return note.key, False
                post["text"] = note.text
                post["urls"] = note.urls + [url for url in post["urls"] if url not in note.urls]
                post["mentions"] = note.mentions or post["mentions"]
                post["hashtags"] = note.hashtags or post["hashtags"]
                return note.key, True
        return None


# -- the archive ------------------------------------------------------------------------


@dataclass
class ArchiveLayout:
    """Which files of an archive hold what."""

    tweets: list[str]
    notes: list[str]
    deleted: list[str]
    account: Owner


def _manifest_files(manifest: Any, data_type: str) -> list[str]:
    files = jsdata.field(manifest, "dataTypes", data_type, "files")
    if not isinstance(files, list):
        return []
    return [name for entry in files if (name := jsdata.text(jsdata.field(entry, "fileName")))]


def _existing(archive: Archive, names: Iterable[str]) -> list[str]:
    return [name for name in names if archive.has(name)]


def is_current(archive: Archive) -> bool:
    """An archive of 2019 or later (as opposed to a Grailbird one)."""
    return archive.has("data/manifest.js") or bool(
        archive.glob("data/tweet*.js") + archive.glob("data/deleted-tweet*.js")
    )


def find_layout(archive: Archive) -> ArchiveLayout:
    """Read the manifest (or guess from file names, as older archives have none)."""
    account = Owner()
    tweets: list[str] = []
    notes: list[str] = []
    deleted: list[str] = []
    if archive.has("data/manifest.js"):
        manifest = jsdata.parse(
            archive.read("data/manifest.js"), f"{archive.path}: data/manifest.js"
        )
        if isinstance(manifest, dict):
            user = jsdata.field(manifest, "userInfo")
            account = Owner(
                _id(jsdata.field(user, "accountId")), jsdata.text(jsdata.field(user, "userName"))
            )
            tweets = _existing(
                archive,
                _manifest_files(manifest, "tweets") + _manifest_files(manifest, "communityTweet"),
            )
            notes = _existing(archive, _manifest_files(manifest, "noteTweet"))
            deleted = _existing(archive, _manifest_files(manifest, "deletedTweets"))
    if not tweets:
        tweets = _existing(archive, ["data/tweets.js", "data/tweet.js"])
        tweets += archive.glob("data/tweets-part*.js") + archive.glob("data/tweet-part*.js")
    notes = notes or _existing(archive, ["data/note-tweet.js"])
    deleted = deleted or _existing(archive, ["data/deleted-tweets.js", "data/deleted-tweet.js"])
    if account.id is None and archive.has("data/account.js"):
        records = jsdata.parse_array(
            archive.read("data/account.js"), f"{archive.path}: data/account.js"
        )
        if records:
            info = jsdata.field(records[0], "account") or records[0]
            account = Owner(
                _id(jsdata.field(info, "accountId")), jsdata.text(jsdata.field(info, "username"))
            )
    return ArchiveLayout(tweets, notes, deleted, account)


# Files larger than this are parsed by all cores (see `parallel`).
PARALLEL_BYTES = 24 << 20
_worker: tuple[Owner, Notes | None] = (Owner(), None)


def _set_worker(account: Owner, notes: Notes | None) -> None:
    global _worker
    _worker = (account, notes)
    gc.disable()  # see `export`: bulk parsing makes no reference cycles


def _convert_body(body: bytes) -> tuple[tuple[bytes, bytes], int, list[str], list[NoteKey]]:
    posts, malformed, joined, matched = _convert(jsdata.parse_body(body), *_worker)
    return to_bytes(pack(posts)), malformed, joined, matched


def _read_file(
    archive: Archive, name: str, account: Owner, stats: Stats, notes: Notes | None
) -> list[Packed]:
    """All posts of one tweets file, streamed in chunks, with long notes joined."""
    label = f"{archive.path}: {name}"
    try:
        with archive.open(name) as stream:
            bodies = jsdata.iter_bodies(stream, label)
            big = archive.size(name) > PARALLEL_BYTES
            results: list[Converted] = [
                (from_bytes(*packed), *counts)
                for packed, *counts in map_ordered(
                    _convert_body, bodies, big, _set_worker, (account, notes)
                )
            ]
    except jsdata.LayoutError:
        posts, *counts = _convert(jsdata.parse_array(archive.read(name), label), account, notes)
        results = [(pack(posts), *counts)]
    return [post for result in results for post in stats.add(result)]


def read(archive: Archive, include_deleted: bool, stats: Stats) -> list[Packed]:
    """Every post in a 2019-or-later Twitter/X archive, packed for the merge."""
    layout = find_layout(archive)
    if not layout.tweets and not layout.deleted:
        raise InputError(
            f"{archive.path}: no tweets file in this archive (data/tweets.js or data/tweet.js)"
        )
    notes = Notes()
    for name in layout.notes:
        for record in jsdata.parse_array(archive.read(name), f"{archive.path}: {name}"):
            try:
                notes.add(record)
            except (AttributeError, KeyError, TypeError, ValueError):
                stats.skip("malformed long-post note")
    posts: list[Packed] = []
    for name in layout.tweets:
        posts += _read_file(archive, name, layout.account, stats, notes)
    for name in layout.deleted:
        deleted = _read_file(archive, name, layout.account, stats, notes)
        if include_deleted:
            posts += deleted
        else:
            stats.deleted.update(post.id for post in deleted)
    stats.notes |= notes.keys()
    return posts
