"""What makes a text a Bluesky post: its length limits, its facets, its language.

Bluesky counts a post's length in graphemes (what a reader sees as one character: "é"
written as e + combining accent is one, so is a family emoji of seven code points), at
most 300, and in UTF-8 bytes, at most 3000. Links, @mentions and #hashtags are not
found by the apps in the text: the post carries them as facets, each with the UTF-8 byte
range it covers. Detection is the atproto SDK's port of the official TypeScript rules; a
mention becomes a facet only when its handle resolves to a DID, and otherwise stays plain
text, as in the Bluesky app.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import regex

from bobby.bluesky.facets import links_and_tags, mentions
from bobby.files import read_jsonl
from bobby.text import MAX_BYTES, MAX_GRAPHEMES, graphemes

# Twitter's pseudo-languages: undetermined, no linguistic content, media/hashtag/emoji-only...
_NOT_LANGUAGES = {"und", "zxx", "art"}
_OLD_CODES = {
    "in": "id",
    "iw": "he",
    "ji": "yi",
}  # Twitter still writes the withdrawn ISO 639 codes
_LANGUAGE_TAG = regex.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


def problem(text: str) -> str | None:
    """Why `text` cannot be posted as it is, or None if it can."""
    if not text.strip():
        return "the text is empty"
    try:
        text.encode()
    except UnicodeEncodeError:
        return "the text is not valid Unicode (it holds half of a character, a lone surrogate)"
    length = graphemes(text)
    if length > MAX_GRAPHEMES:
        return f"the text is {length} characters (graphemes) long; Bluesky allows {MAX_GRAPHEMES}"
    size = len(text.encode())
    if size > MAX_BYTES:
        return f"the text is {size} bytes in UTF-8; Bluesky allows {MAX_BYTES}"
    return None


def facets(text: str, resolve: Callable[[str], str | None]) -> list[dict[str, Any]]:
    """The facets of `text` (links, #tags, $cashtags, resolvable @mentions), by position.

    Args:
        text: the post.
        resolve: a handle's DID, or None when it does not resolve; called once per handle,
            and only if the text mentions someone.
    """
    found = [_facet(*link_or_tag) for link_or_tag in links_and_tags(text)]
    dids: dict[str, str | None] = {}
    for mention in mentions(text):
        handle = mention.handle.lower()
        if handle not in dids:
            dids[handle] = resolve(handle)
        if dids[handle] is not None:
            feature = {"$type": "app.bsky.richtext.facet#mention", "did": dids[handle]}
            found.append(_facet(mention.start, mention.end, feature))
    return sorted(found, key=lambda facet: facet["index"]["byteStart"])


def _facet(start: int, end: int, feature: dict[str, Any]) -> dict[str, Any]:
    """A facet as the Bluesky app writes one."""
    return {
        "$type": "app.bsky.richtext.facet",
        "index": {"byteStart": start, "byteEnd": end},
        "features": [feature],
    }


def _language(code: object) -> str | None:
    """A BCP 47 tag for Bluesky from a source's language code, or None for Twitter's
    pseudo-codes (und, zxx, qme, qht...)."""
    if not isinstance(code, str):
        return None
    code = _OLD_CODES.get(code, code)
    if code in _NOT_LANGUAGES or code.startswith("q") or not _LANGUAGE_TAG.fullmatch(code):
        return None
    return code


def dominant_language(posts_file: Path) -> str | None:
    """The language most of the person's posts are in (the `lang` field of posts.jsonl),
    or None when the file is missing or names no real language."""
    if not posts_file.is_file():
        return None
    return most_common_language(post.get("lang") for post in read_jsonl(posts_file))


def most_common_language(codes: Iterable[object]) -> str | None:
    """The real language most of `codes` name (source codes, Twitter's pseudo-codes
    ignored), or None when none does."""
    counts = Counter(map(_language, codes))
    counts.pop(None, None)
    return counts.most_common(1)[0][0] if counts else None
