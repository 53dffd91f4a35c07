"""Talking to Bluesky: the session (`session`), XRPC calls with readable errors and
retries (`xrpc`), rich-text facets and checks (`richtext`, `facets`) and record keys
(`tid`); here, what every record is held to: the limits on a post's text, the form of
its times.

What only talks to a server imports the atproto SDK inside functions, so `bobby --help`
and a dry run never pay for it.
"""

from datetime import UTC, datetime

# Bluesky's limits on a post's text (app.bsky.feed.post): user-perceived characters
# (`bobby.text.graphemes`) and bytes of UTF-8. Here, apart from the code that measures
# text, as the gate's settings take their defaults from them at every start of bobby.
MAX_GRAPHEMES = 300
MAX_BYTES = 3000


def timestamp(when: datetime | None = None) -> str:
    """`when` (default now) in UTC, as Bluesky writes times: 2026-11-25T12:00:00.123Z.
    Every time in the state database has this form, so comparing them as text orders them."""
    when = datetime.now(UTC) if when is None else when.astimezone(UTC)
    return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")
