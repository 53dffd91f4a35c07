"""Length limits, facets with UTF-8 byte offsets, and the language of a person's posts."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def _sdk_facets(text, resolve):
    """The facets as the atproto SDK's port of Bluesky's detection finds them (what bobby
    used before it found them itself, without importing the SDK)."""
    from atproto_client.models.utils import get_model_as_dict
    from atproto_client.utils import facet_detection

    found = []
    for facet in facet_detection.detect_facets(text):
        feature = get_model_as_dict(facet.features[0])
        found.append((facet.index.byte_start, facet.index.byte_end, feature))
    for mention in facet_detection.detect_mentions(text):
        if (did := resolve(mention.handle.lower())) is not None:
            feature = {"$type": "app.bsky.richtext.facet#mention", "did": did}
            found.append((mention.byte_start, mention.byte_end, feature))
    return sorted(found, key=lambda facet: facet[0])


def _bobbys(text, resolve):
    return [
        (f["index"]["byteStart"], f["index"]["byteEnd"], f["features"][0])
        for f in richtext.facets(text, resolve)
    ]


def _did(handle):
    return None if handle.startswith("ghost") else f"did:plc:{handle.replace('.', '-')}"


TRICKY = [
    "\U0001f600 https://example.com/a?b=1. next",  # an emoji before a link; the full stop
    f"{FAMILY}{FAMILY} see example.com/ä, then bsky.app!",  # links without a scheme
    "(https://en.wikipedia.org/wiki/Foo_(bar)) and (example.com) [https://x.org/]",
    "not links: file.txt, foo.notatld, HTTPS://EXAMPLE.COM, http://, https://x",
    "@alice.bsky.social: hi @bob.test. @x.y.z.example.com @nodot @-bad.com (@carol.dev)",
    "@Alice.Test @ALICE.test @ghost.test @a.test.@b.test email@example.com @a..b.com",
    "#123 #123abc #abc123 #1.5 #tag. #tag!! #a#b #️⃣ #\ufe0fx #\u200bzero #end_",
    "＃fullwidth #タグ #日本語のタグ！ 中文 https://例子.com 链接 example.中国 #标签 @ユーザー.test",
    "漢字https://example.com/漢字 かなexample.com 한국어 #한국어태그, @kr.test님",
    "$AAPL $toolong $ok. $A1B2 ($TSLA) $1abc $x’s",
    "line\nhttps://x.com\n#t\t@a.test\u3000#wide\u00a0@nb.test",
    "#" + "x" * 64 + " #" + "y" * 65 + " #" + "e\u0301" * 40,  # the 64-grapheme limit
    "",
]


@pytest.mark.parametrize("text", TRICKY)
def test_facets_are_the_atproto_sdks(text):
    assert _bobbys(text, _did) == _sdk_facets(text, _did)


# Pieces that make links, tags and mentions, and what breaks them: scheme, domains, known
# and unknown top-level domains, punctuation, brackets, emoji, CJK, several white spaces.
PIECES = ["https://", "http://", "example", ".com", ".test", ".zz", ".", ",", "!", "?",
          "(", ")", "/", "#", "＃", "$", "@", "a", "Z", "1", "42", "_", "-", "'", "’",
          " ", "\n", "\u3000", "\u00a0", "\u200d", "\ufe0f", "e\u0301", "日本", "中文",
          "\U0001f600", FAMILY, "bsky", "social"]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=24).map("".join))
@settings(max_examples=400, deadline=None)
def test_facets_are_the_atproto_sdks_on_any_mix(text):
    assert _bobbys(text, _did) == _sdk_facets(text, _did)
