"""Reply-shaped training samples: how the person answers a post, from their own archive.

An archive holds only the person's own posts, so the posts whose parent is in it are the
person's answers to themselves (their threads, and replies under their own posts). Each
such reply that prep kept as a training sample is also written as an answer to its parent
(and the thread's first post, when that is another one), in the reply form of the prompt
recipe (`bobby.prompt.reply_request`), which `bobby reply` prompts with. The adapter then
also learns how the person continues a conversation. The text format has no prompt to
condition on, so it gets none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bobby.files import read_jsonl
from bobby.prompt import messages, reply_request


def reply_samples(
    posts: Path, kept: list[tuple[str, str, str]], format: str, system: str | None
) -> list[dict[str, Any]]:
    """Samples answering each kept post (source, id, sample text) whose parent is in `posts`."""
    if format == "text":
        return []
    by_key = {
        (p.get("source"), str(p.get("id"))): p for p in read_jsonl(posts) if isinstance(p, dict)
    }
    samples = []
    for source, id, text in kept:
        post = by_key.get((source, id))
        parent = by_key.get((source, str(post.get("reply_to_id")))) if post else None
        if parent is None or not parent.get("text"):
            continue
        root, seen = parent, {id}
        while (up := by_key.get((source, str(root.get("reply_to_id"))))) and up["id"] not in seen:
            seen.add(root["id"])
            root = up
        request = reply_request(parent["text"], None if root is parent else root["text"])
        if format == "completions":
            samples.append({"prompt": request, "completion": text})
        else:
            samples.append({"messages": messages(request, text, system)})
    return samples
