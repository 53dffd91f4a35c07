"""Talking to Bluesky: the session (`session`), XRPC calls with readable errors and
retries (`xrpc`), rich-text facets and checks (`richtext`, `facets`) and record keys
(`tid`).

What only talks to a server imports the atproto SDK inside functions, so `bobby --help`
and a dry run never pay for it.
"""

# Bluesky's limits on a post's text (app.bsky.feed.post): user-perceived characters
# (`bobby.text.graphemes`) and bytes of UTF-8. Here, apart from the code that measures
# text, as the gate's settings take their defaults from them at every start of bobby.
MAX_GRAPHEMES = 300
MAX_BYTES = 3000
