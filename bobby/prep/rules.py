"""Which posts become samples, as `datasets` transformations.

Each rule gives every row the reason it is dropped, or "" to keep it. `mark` records
the reasons in a `dropped` column and `drop_marked` counts them and filters the rows
out. Marking first and filtering once keeps every map on one contiguous table: a map
over a filtered `datasets.Dataset` gathers its rows one at a time, which costs more
than the rules themselves. Every transformation sees the whole dataset as one batch
(see `bobby.prep.inmemory`), which is also what the rules that compare rows
(duplicates, threads) need.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bobby.bot_posts import REASON, BotPosts
from bobby.prep import text as text_rules
from bobby.prep.inmemory import Batch, column, filter_all, map_all
from bobby.prep.options import PrepOptions, date_bounds

if TYPE_CHECKING:
    from datasets import Dataset


KIND_REASONS = {
    "retweet": "retweets",
    "reply": "replies to other people",
    "self_reply": "own thread replies (kind not kept)",
    "quote": "quotes (kind not kept)",
    "post": "posts (kind not kept)",
}
UNDER_REPLY = "own replies continuing a reply to someone"


@dataclass
class Rule:
    """Why each row is dropped ("" keeps it), from the lists of `columns` (only those
    are handed to Python), for the rows no earlier rule dropped, in order."""

    columns: tuple[str, ...]
    reasons: Callable[..., list[str]]


def mark(ds: Dataset, rule: Rule) -> Dataset:
    """Fill in the `dropped` column for the rows `rule` drops (adding the column if absent)."""
    if "dropped" not in ds.column_names:
        ds = ds.add_column("dropped", [""] * len(ds))

    def function(dropped: list[str], *columns: list[Any]) -> Batch:
        live = [row for row, reason in enumerate(dropped) if not reason]
        found = rule.reasons(*([values[row] for row in live] for values in columns))
        marked = list(dropped)
        for row, reason in zip(live, found, strict=True):
            marked[row] = reason
        return {"dropped": marked}

    return map_all(ds, function, input_columns=["dropped", *rule.columns])


def drop_marked(ds: Dataset, dropped: Counter[str]) -> Dataset:
    """Remove the marked rows, adding their reasons to `dropped`."""
    dropped.update(reason for reason in column(ds, "dropped") if reason)
    kept = filter_all(
        ds, lambda reasons: [not reason for reason in reasons], input_columns=["dropped"]
    )
    return kept.remove_columns("dropped")


def post_rule(options: PrepOptions) -> Rule:
    """Kinds, dates and languages: what a post is, before its text is looked at.

    A reply to someone else makes no sense without the conversation, and neither do
    one's own replies continuing it, so those go with replies unless replies are kept.
    """
    kinds = set(options.kinds)
    since, until = date_bounds(options)
    langs = set(options.langs)
    not_lang = "language not " + ", ".join(options.langs)

    def reason(kind: str, root_kind: str, created: str, lang: str | None) -> str:
        if kind not in kinds:
            return KIND_REASONS[kind]
        if kind == "self_reply" and root_kind == "reply" and "reply" not in kinds:
            return UNDER_REPLY
        if since and created < since:
            return f"before {options.since}"
        if until and created >= until:
            return f"after {options.until}"
        if langs and (lang or "und") not in langs:
            return not_lang
        return ""

    return Rule(
        ("kind", "root_kind", "created_at", "lang"), lambda *columns: list(map(reason, *columns))
    )


def bot_rule(bot: BotPosts) -> Rule:
    """The bot's own posts (see `bobby.bot_posts`): a posts file made before bobby posted,
    or by other means, may hold them; training on them would teach the bot its own voice."""

    def reasons(ids: list[str], texts: list[str]) -> list[str]:
        return [REASON if bot.made(id, text) else "" for id, text in zip(ids, texts, strict=True)]

    return Rule(("id", "text"), reasons)


def clean(ds: Dataset, options: PrepOptions) -> Dataset:
    """Each post's own words (see `bobby.prep.text.clean`)."""
    strip_links = options.links == "strip"

    def function(texts: list[str], kinds: list[str]) -> Batch:
        return {
            "text": [
                text_rules.clean(
                    text,
                    quote=kind == "quote",
                    strip_mentions=options.strip_mentions,
                    strip_links=strip_links,
                )
                for text, kind in zip(texts, kinds, strict=True)
            ]
        }

    return map_all(ds, function, input_columns=["text", "kind"])


def join_threads(ds: Dataset) -> tuple[Dataset, int, int]:
    """One sample per thread: the texts of its kept posts in order, a blank line apart,
    in place of the thread's first kept post. Dropped rows pass through, to be counted.

    Returns:
        The dataset, the number of threads of more than one post, and how many posts
        those threads held.
    """
    sizes = Counter(
        thread
        for thread, reason in zip(column(ds, "thread"), column(ds, "dropped"), strict=True)
        if not reason
    )
    threads = sum(1 for size in sizes.values() if size > 1)
    posts = sum(size for size in sizes.values() if size > 1)

    def function(batch: Batch) -> Batch:
        members: dict[str, list[int]] = {}
        rows = []  # each output row: the rows it is made of
        for row, (thread, reason) in enumerate(zip(batch["thread"], batch["dropped"], strict=True)):
            if reason:
                rows.append([row])
            elif thread in members:
                members[thread].append(row)
            else:
                members[thread] = [row]
                rows.append(members[thread])
        joined = {key: [values[group[0]] for group in rows] for key, values in batch.items()}
        texts = batch["text"]
        joined["text"] = ["\n\n".join(texts[row] for row in group if texts[row]) for group in rows]
        return joined

    return map_all(ds, function, remove_columns=ds.column_names), threads, posts


def sample_rule(options: PrepOptions) -> Rule:
    """Links, length and duplicates: what the cleaned text of a sample is.

    Rows come oldest first, so of duplicates the first post is kept. Exact duplicates
    are the same text; near-duplicates the same words (`bobby.prep.text.near_key`).
    """
    drop_links = options.links == "drop-post"
    too_short = f"shorter than {options.min_chars} characters"
    dedup, near_dedup = options.dedup != "off", options.dedup == "near"

    def reasons(texts: list[str]) -> list[str]:
        exact: set[str] = set()
        near: set[str] = set()
        found = []
        for text in texts:
            reason = ""
            if drop_links and text_rules.has_link(text):
                reason = "posts with links (--links drop-post)"
            elif not text:
                reason = "empty after cleaning"
            elif len(text) < options.min_chars:
                reason = too_short
            elif dedup and text in exact:
                reason = "exact duplicates"
            elif near_dedup and (key := text_rules.near_key(text)) in near:
                reason = "near-duplicates"
            elif dedup:
                exact.add(text)
                if near_dedup:
                    near.add(key)
            found.append(reason)
        return found

    return Rule(("text",), reasons)
