"""Length limits, facets with UTF-8 byte offsets, and the language of a person's posts."""

from __future__ import annotations

import json

from bobby.bluesky import richtext

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # one grapheme, 25 bytes


def test_graphemes_count_what_a_reader_sees():
    assert richtext.graphemes("e\u0301") == 1
    assert richtext.graphemes(FAMILY) == 1
    assert richtext.graphemes("\U0001f1e9\U0001f1ea\U0001f1eb\U0001f1f7") == 2  # two flags
    assert richtext.graphemes("abc") == 3


def test_problem_names_what_is_wrong():
    assert richtext.problem("a" * 300) is None
    assert richtext.problem("e\u0301" * 300) is None
    assert richtext.problem(" \n\t") == "the text is empty"
    assert "301 characters (graphemes) long; Bluesky allows 300" in richtext.problem(
        "e\u0301" * 301
    )
    assert "3000" in richtext.problem(FAMILY * 200)  # 200 graphemes but 5000 bytes


def test_facets_have_utf8_byte_offsets_and_unresolved_mentions_stay_text():
    text = "Grüße @alice.test @ghost.test @Alice.test → https://example.com/ä. #tëst"
    asked = []

    def resolve(handle):
        asked.append(handle)
        return "did:plc:alice" if handle == "alice.test" else None

    found = richtext.facets(text, resolve)

    data = text.encode()

    def covered(facet):
        return data[facet["index"]["byteStart"] : facet["index"]["byteEnd"]].decode()

    assert [(covered(facet), facet["features"][0]) for facet in found] == [
        ("@alice.test", {"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:alice"}),
        ("@Alice.test", {"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:alice"}),
        (
            "https://example.com/ä",
            {"$type": "app.bsky.richtext.facet#link", "uri": "https://example.com/ä"},
        ),
        ("#tëst", {"$type": "app.bsky.richtext.facet#tag", "tag": "tëst"}),
    ]
    assert asked == ["alice.test", "ghost.test"]  # once per handle
    assert richtext.facets("no links here", resolve) == []


def test_dominant_language_ignores_twitter_pseudo_languages(isolated):
    posts = isolated / "posts.jsonl"
    langs = ["und"] * 9 + ["qme", "zxx", None, "in", "in", "en"]
    posts.write_text("".join(json.dumps({"text": "x", "lang": lang}) + "\n" for lang in langs))
    assert richtext.dominant_language(posts) == "id"  # Twitter's old code for Indonesian
    assert richtext.dominant_language(isolated / "missing.jsonl") is None
    posts.write_text(json.dumps({"text": "x", "lang": "und"}) + "\n")
    assert richtext.dominant_language(posts) is None
