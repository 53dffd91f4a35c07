"""What the bot itself wrote, so that bobby never learns from its own posts.

A bot trained on posts.jsonl must learn the person's voice, not its own: once it posts, a
Bluesky sync or export of an account it posts from, or a later archive holding a text it
wrote, would otherwise feed its output back into training, and each round would drift
further from the person. Export, sync and prep all leave out:

- every post of an account bobby posts as: the DID of the stored session
  (`bobby login`) and every account the state database has posted from;
- every post whose text is one bobby posted or is about to post (the state database's
  `posted_texts`), wherever it was found.

Nothing here touches the network, and a state database that does not exist yet is not
created just to find out that bobby never posted.
"""

from __future__ import annotations

from dataclasses import dataclass

import orjson

from bobby import state
from bobby.bluesky.session import session_file
from bobby.export.packed import Packed
from bobby.paths import state_db

REASON = "posted by bobby (its own account or a text it posted)"


@dataclass(frozen=True)
class BotPosts:
    """The bot's accounts (DIDs) and the texts it posted."""

    dids: frozenset[str] = frozenset()
    texts: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.dids or self.texts)

    def made(self, id: str, text: str) -> bool:
        """Whether the post with this id (an at:// URI for Bluesky posts) and text is the bot's."""
        return self.by_account(id) or text.strip() in self.texts

    def by_account(self, id: str) -> bool:
        """Whether the post with this id is in the repository of one of the bot's accounts."""
        return id.startswith("at://") and id[5:].partition("/")[0] in self.dids


def session_did() -> str | None:
    """The DID of the stored session, or None when there is none or it cannot be read
    (`bobby.bluesky.session` decides whether a session is usable; here any DID will do)."""
    try:
        stored = orjson.loads(session_file().read_bytes())
        from atproto import Session

        return Session.decode(stored["session"]).did or None
    except Exception:  # missing or unreadable in any way: no account known from it
        return None


def gather() -> BotPosts:
    """The bot's accounts and texts, from the stored session and the state database."""
    dids: set[str] = set()
    texts: set[str] = set()
    if did := session_did():
        dids.add(did)
    if state_db().is_file():
        with state.database() as db:
            dids.update(state.posting_accounts(db))
            texts.update(text.strip() for text in state.posted_texts(db))
    texts.discard("")
    return BotPosts(frozenset(dids), frozenset(texts))


def leave_out(posts: list[Packed], bot: BotPosts) -> tuple[list[Packed], int]:
    """The posts that are not the bot's, and how many were.

    A post's text is read from its line only when bobby has posted texts to compare it with.
    """
    if not bot:
        return posts, 0
    if bot.texts:
        kept = [post for post in posts if not bot.made(post.id, orjson.loads(post.line)["text"])]
    else:
        kept = [post for post in posts if not bot.by_account(post.id)]
    return kept, len(posts) - len(kept)
