"""Talking to Bluesky: the session (`session`), XRPC calls with readable errors and
retries (`xrpc`), rich-text facets and checks (`richtext`) and record keys (`tid`).

Everything here imports the atproto SDK inside functions, so `bobby --help` never pays
for it.
"""
