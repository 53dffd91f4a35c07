"""Cleaning a post's text, and the keys that tell duplicates apart.

The model should learn what the person writes, not the scaffolding around it: the
@handles Twitter puts in front of every reply, links (which a small model can only
invent), the link to the quoted post that ends a quote tweet. Whatever is left is the
person's own words, with their line breaks.
"""

from __future__ import annotations

import re
import unicodedata

import regex

# Twitter handles are \w+, Bluesky handles are domains; a leading "." was the old trick
# to make a reply visible to all followers.
LEADING_MENTIONS = re.compile(r"^(?:\.?@\w[\w.-]*(?:[\s:,]+|$))+")
LINK = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
# What a quote tweet ends with: the address of the quoted post (Twitter, X or Bluesky).
QUOTED_LINK = re.compile(
    r"\s*https?://(?:(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status(?:es)?/\d+|bsky\.app/profile/\S+/post/\w+)\S*\s*$",
    re.IGNORECASE,
)
_UNTIDY = ("  ", "\t", "\u00a0", " \n", "\n ", "\n\n\n")
_SPACES = re.compile(r"[ \t\u00a0]+")
_LINE_END = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")
_PUNCTUATION = regex.compile(r"[\p{P}\p{S}]+")


def tidy(text: str) -> str:
    """Collapse runs of spaces, trim lines, keep at most one blank line between paragraphs."""
    if not any(mark in text for mark in _UNTIDY):  # most posts: no substitution to make
        return text.strip()
    text = _LINE_END.sub("\n", _SPACES.sub(" ", text))
    return _BLANK_LINES.sub("\n\n", text).strip()


def clean(text: str, *, quote: bool, strip_mentions: bool, strip_links: bool) -> str:
    """The person's own words of one post.

    Args:
        text: the post as export wrote it (entities unescaped, links expanded).
        quote: the post quotes another; the quoted post's address is removed.
        strip_mentions: remove the @handles in front of the text (not those inside it).
        strip_links: remove every link.
    """
    if quote:
        text = QUOTED_LINK.sub("", text)
    if strip_mentions and text.lstrip().startswith(("@", ".@")):
        text = LEADING_MENTIONS.sub("", text.lstrip())
    if strip_links and _may_link(text):
        text = LINK.sub("", text)
    return tidy(text)


def _may_link(text: str) -> bool:
    """A cheap test that rules out the regular expression for most posts."""
    return "://" in text or "www." in text.lower()


def has_link(text: str) -> bool:
    """Whether the text still holds a link (for `--links drop-post`)."""
    return _may_link(text) and LINK.search(text) is not None


def near_key(text: str) -> str:
    """What two near-duplicates have in common: the words, without case, punctuation,
    symbols, links or spacing. A text made only of symbols (emoji) keeps itself as its
    key, so that different emoji posts are not all taken for one."""
    folded = (text if text.isascii() else unicodedata.normalize("NFKC", text)).casefold()
    if _may_link(folded):
        folded = LINK.sub(" ", folded)
    words = _PUNCTUATION.sub(" ", folded).split()
    return " ".join(words) if words else text
