"""Text as Bluesky measures it: grapheme clusters, not code points.

Bluesky limits a post to 300 graphemes (and 3000 bytes of UTF-8). A family emoji is one
grapheme but seven code points and 25 bytes; an accented letter written with a combining
mark is one grapheme and two code points. Counting anything else either refuses good
posts or lets the PDS refuse them.
"""

from __future__ import annotations

import regex

from bobby.bluesky import MAX_BYTES, MAX_GRAPHEMES

_GRAPHEME = regex.compile(r"\X")
_THINK = regex.compile(r"<think>.*?(?:</think>|$)", regex.DOTALL | regex.IGNORECASE)
_ARTIFACTS = regex.compile(
    r"<\|[^|>]*\|>|</?(?:s|think|assistant|user|system)>|^\s*(?:assistant|post)\s*:\s*",
    regex.IGNORECASE | regex.MULTILINE,
)
# Where a sentence may end: after . ! ? … (and closing quotes or brackets), or an emoji.
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’)\]]*(?=\s|$)|\p{Extended_Pictographic}\uFE0F?(?=\s|$)")


def graphemes(text: str) -> int:
    """The number of user-perceived characters, as Bluesky counts them."""
    return len(_GRAPHEME.findall(text))


def fits(text: str) -> bool:
    """Whether Bluesky accepts `text` as a post's text."""
    return graphemes(text) <= MAX_GRAPHEMES and len(text.encode()) <= MAX_BYTES


def normalize_whitespace(text: str) -> str:
    """Collapse runs of spaces, keep at most one blank line between paragraphs."""
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def clean(text: str) -> str:
    """A model's raw output as a post: no thinking blocks, chat tokens or role labels."""
    text = _THINK.sub("", text)
    text = _ARTIFACTS.sub("", text)
    text = text.strip().strip('"“”').strip()
    return normalize_whitespace(text)


def shorten(text: str, limit: int = MAX_GRAPHEMES) -> str:
    """`text` cut at the last sentence end that fits `limit` graphemes (and the byte cap).

    A post cut mid-sentence reads like a glitch; one that ends a sentence early reads
    like a choice. Falls back to the last word boundary if no sentence ends in time.
    """
    if fits(text) and graphemes(text) <= limit:
        return text
    clusters = _GRAPHEME.findall(text)[:limit]
    head = "".join(clusters)
    while len(head.encode()) > MAX_BYTES:
        clusters = clusters[: len(clusters) - 1]
        head = "".join(clusters)
    # Search the full text up to one past the cut, so that `$` only matches a real end.
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, len(head) + 1) if m.end() <= len(head)]
    if ends:
        return head[: ends[-1]].strip()
    space = head.rfind(" ")
    return (head[:space] if space > 0 else head).strip()


def finish(text: str) -> str | None:
    """A text the model was stopped in (at its token limit) cut back to its last complete
    sentence, or None if no sentence ended. A cut can also fall inside a multi-byte
    character, which decodes as U+FFFD: that never survives, as it never ends a sentence."""
    text = text.rstrip("\ufffd")
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    return text[: ends[-1]].strip() if ends else None
