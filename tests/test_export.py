"""bobby export: every archive format, read back into the plain words people wrote."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bobby.export import jsdata
from tests import x_archive
from tests.car import (
    deep_car,
    link_facet,
    post,
    shared_subtrees_car,
    write_car,
    write_other_car,
)
from tests.fifo import fifo
from tests.x_archive import (
    Tweet,
    at,
    grailbird_csv,
    grailbird_month,
    long_tweet,
    write_archive,
    write_files,
)


def read_posts(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def export(cli, *args) -> list[dict]:
    result = cli("export", *args, "--out", "posts.jsonl")
    assert result.exit_code == 0, result.stderr
    return read_posts(Path("posts.jsonl"))


def assert_one_line_error(result, *fragments: str) -> None:
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    assert "Traceback" not in result.stderr + result.stdout


def thread_archive() -> list[Tweet]:
    return [
        Tweet("101", "a plain post & <nothing> more 🌊", at(1)),
        Tweet("102", "reading https://example.org/tides/spring?x=1&y=2 today #tides", at(2)),
        Tweet("103", "first of a thread", at(3)),
        Tweet(
            "104",
            "second of the thread",
            at(3, 13),
            reply_to="103",
            reply_user="1000",
            reply_name="me",
        ),
        Tweet(
            "105",
            "@gull_watcher you are right",
            at(4),
            reply_to="999",
            reply_user="55",
            reply_name="gull_watcher",
        ),
        Tweet("106", "RT @gull_watcher: the gulls are back", at(5)),
        Tweet("107", "look at this one https://twitter.com/someone/status/12345", at(6)),
        Tweet("108", "a photo of the lamp", at(7), media=True, likes=7, retweets=2),
        Tweet("109", "@keeper_jo hello there", at(8), reply_user="77"),
    ]


def test_current_archive_as_folder(cli, tmp_path):
    write_archive(tmp_path / "archive", thread_archive())
    posts = export(cli, tmp_path / "archive")
    by_id = {p["id"]: p for p in posts}
    assert [p["id"] for p in posts] == [str(i) for i in range(101, 110)]
    assert by_id["101"]["text"] == "a plain post & <nothing> more 🌊"
    assert by_id["102"]["text"] == "reading https://example.org/tides/spring?x=1&y=2 today #tides"
    assert by_id["102"]["urls"] == ["https://example.org/tides/spring?x=1&y=2"]
    assert by_id["102"]["hashtags"] == ["tides"]
    assert {p["id"]: p["kind"] for p in posts} == {
        "101": "post", "102": "post", "103": "post", "104": "self_reply", "105": "reply",
        "106": "retweet", "107": "quote", "108": "post", "109": "reply",
    }  # fmt: skip
    assert by_id["104"]["reply_to_id"] == "103"
    assert by_id["105"]["mentions"] == ["gull_watcher"]
    assert by_id["109"]["reply_to_id"] is None  # addressed to a person, not to a post
    assert by_id["108"]["text"] == "a photo of the lamp"
    assert by_id["108"]["has_media"] is True
    assert (by_id["108"]["like_count"], by_id["108"]["repost_count"]) == (7, 2)
    assert by_id["101"]["created_at"] == "2024-03-01T12:00:00Z"
    assert set(by_id["101"]) == {
        "id", "source", "created_at", "text", "kind", "reply_to_id", "lang", "urls",
        "mentions", "hashtags", "has_media", "like_count", "repost_count",
    }  # fmt: skip


def test_zip_equals_folder_and_nested_zip_root(cli, tmp_path):
    tweets = thread_archive()
    write_archive(tmp_path / "folder", tweets)
    write_archive(tmp_path / "x.zip", tweets, as_zip=True)
    from_folder = export(cli, tmp_path / "folder")
    assert export(cli, tmp_path / "x.zip") == from_folder
    # a zip made from the extracted folder has everything one level down
    with (
        zipfile.ZipFile(tmp_path / "x.zip") as src,
        zipfile.ZipFile(tmp_path / "nested.zip", "w") as dst,
    ):
        for info in src.infolist():
            dst.writestr("twitter-2024-11-16/" + info.filename, src.read(info))
    assert export(cli, tmp_path / "nested.zip") == from_folder
    # and the data folder itself works too
    assert export(cli, tmp_path / "folder" / "data") == from_folder


@pytest.mark.parametrize("layout", ["2024", "2017"])
@pytest.mark.parametrize("wrap", [True, False])
def test_older_tweet_js_layouts(cli, tmp_path, layout, wrap):
    write_archive(
        tmp_path / "a", thread_archive(), file_name="tweet", layout=layout, wrap=wrap, account=None
    )
    posts = export(cli, tmp_path / "a")
    assert len(posts) == 9
    # without an account file, a reply to one's own tweet is still a thread
    assert next(p for p in posts if p["id"] == "104")["kind"] == "self_reply"


def test_parts_listed_in_manifest_and_without_manifest(cli, tmp_path):
    tweets = [Tweet(str(1000 + i), f"post number {i}", at(1 + i % 27, i % 24)) for i in range(50)]
    write_archive(tmp_path / "m", tweets, parts=3)
    assert (tmp_path / "m/data/tweets-part2.js").exists()
    assert len(export(cli, tmp_path / "m")) == 50
    write_archive(tmp_path / "n", tweets, parts=3, account=None)
    assert len(export(cli, tmp_path / "n")) == 50


def test_long_note_is_joined_by_time_and_prefix(cli, tmp_path):
    full = "this is a long one about the lamp. " * 12 + "and the end https://example.com/lamp"
    tweet, note = long_tweet("300", full, at(9, 8, 30, 15))
    other = Tweet("301", "short and sweet", at(9, 8, 30, 15))  # same second, not truncated
    unmatched = long_tweet("0", "x" * 400, at(20))[1]
    write_archive(tmp_path / "a", [tweet, other], notes=[note, unmatched])
    result = cli("export", tmp_path / "a", "--out", "posts.jsonl", "--json")
    posts = {p["id"]: p for p in read_posts(Path("posts.jsonl"))}
    assert tweet.text.endswith("…")
    assert posts["300"]["text"] == full
    assert posts["300"]["urls"] == ["https://example.com/lamp"]
    assert posts["301"]["text"] == "short and sweet"
    summary = orjson.loads(result.stdout)
    assert summary["long_notes_joined"] == 1
    assert summary["skipped"] == {"long-post note without its tweet": 1}


def test_deleted_tweets_only_when_asked(cli, tmp_path):
    write_archive(
        tmp_path / "a", thread_archive()[:2], deleted=[Tweet("50", "regrettable", at(1, 1))]
    )
    assert [p["id"] for p in export(cli, tmp_path / "a")] == ["101", "102"]
    assert [p["id"] for p in export(cli, tmp_path / "a", "--include-deleted")] == [
        "50",
        "101",
        "102",
    ]


def test_retweet_by_retweeted_status_id(cli, tmp_path):
    tweet = Tweet("7", "a repost without the prefix", at(1), extra={"retweeted_status_id": "5"})
    write_archive(tmp_path / "a", [tweet])
    assert export(cli, tmp_path / "a")[0]["kind"] == "retweet"


def test_grailbird_monthly_files(cli, tmp_path):
    tweets = thread_archive()
    write_files(tmp_path / "g", {
        "data/js/tweets/2024_03.js": grailbird_month(tweets, "2024_03"),
        "data/js/user_details.js": b'var user_details =  {\n  "screen_name" : "me",\n  "id" : "1000"\n}',
    })  # fmt: skip
    posts = {p["id"]: p for p in export(cli, tmp_path / "g")}
    assert len(posts) == 9
    assert posts["101"]["text"] == "a plain post & <nothing> more 🌊"
    assert posts["104"]["kind"] == "self_reply"
    assert posts["102"]["urls"] == ["https://example.org/tides/spring?x=1&y=2"]
    assert posts["101"]["created_at"] == "2024-03-01T12:00:00Z"


def test_grailbird_csv(cli, tmp_path):
    rows = [
        {"tweet_id": "1", "timestamp": "2015-08-22 22:45:29 +0000", "text": "RT @someone: news http://t.co/abc", "retweeted_status_id": "9", "expanded_urls": "http://example.com/n"},
        {"tweet_id": "2", "timestamp": "2015-08-21 18:37:18 +0000", "text": "a \"quoted\" line\nand a second line &amp; more"},
        {"tweet_id": "3", "timestamp": "2015-08-21 16:14:21 +0000", "text": "@pal never enough", "in_reply_to_status_id": "8", "in_reply_to_user_id": "16"},
        {"tweet_id": "4", "timestamp": "2015-08-20 10:00:00 +0000", "text": "see http://t.co/aaa and http://t.co/bbb",
         "expanded_urls": "http://example.org/a,http://twitter.com/me/status/4/photo/1,http://twitter.com/me/status/4/photo/1"},
        {"tweet_id": "5", "timestamp": "2015-08-20 11:00:00 +0000", "text": "more on that", "in_reply_to_status_id": "4", "in_reply_to_user_id": "1000"},
    ]  # fmt: skip
    write_files(tmp_path / "c", {"tweets.csv": grailbird_csv(rows)})
    posts = {p["id"]: p for p in export(cli, tmp_path / "c")}
    assert posts["1"]["kind"] == "retweet"
    assert posts["2"]["text"] == 'a "quoted" line\nand a second line & more'
    assert posts["3"]["kind"] == "reply" and posts["3"]["reply_to_id"] == "8"
    assert posts["4"]["text"] == "see http://example.org/a and"
    assert posts["4"]["has_media"] is True and posts["4"]["urls"] == ["http://example.org/a"]
    assert posts["5"]["kind"] == "self_reply"  # replies to a tweet of the archive


def test_bluesky_repository(cli, tmp_path):
    did = "did:plc:abc123"
    text = "tide tables 🌊 at example.org/tid... #tides @gull.bsky.social"
    records = {
        "app.bsky.feed.post/3k2aaaaaaaa22": post(
            text, "2024-05-01T10:00:00.123Z", langs=["en"],
            facets=[
                link_facet(text, "example.org/tid...", "https://example.org/tides/2024"),
                {"index": {"byteStart": len(text.encode()) - 22, "byteEnd": len(text.encode()) - 16 - 0}, "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "tides"}]},
            ],
        ),
        "app.bsky.feed.post/3k2aaaaaaaa23": post(
            "and the thread goes on", "2024-05-01T10:01:00Z",
            reply={"root": {"uri": f"at://{did}/app.bsky.feed.post/3k2aaaaaaaa22", "cid": "x"},
                   "parent": {"uri": f"at://{did}/app.bsky.feed.post/3k2aaaaaaaa22", "cid": "x"}},
        ),
        "app.bsky.feed.post/3k2aaaaaaaa24": post(
            "nice", "2024-05-02T09:00:00+02:00",
            reply={"root": {"uri": "at://did:plc:other/app.bsky.feed.post/1", "cid": "x"},
                   "parent": {"uri": "at://did:plc:other/app.bsky.feed.post/1", "cid": "x"}},
        ),
        "app.bsky.feed.post/3k2aaaaaaaa25": post(
            "look", "2024-05-03T09:00:00Z",
            embed={"$type": "app.bsky.embed.recordWithMedia", "record": {}, "media": {"$type": "app.bsky.embed.images", "images": []}},
        ),
        "app.bsky.actor.profile/self": {"$type": "app.bsky.actor.profile", "displayName": "me"},
        "app.bsky.feed.like/3k2aaaaaaaa26": {"$type": "app.bsky.feed.like", "createdAt": "2024-05-03T09:00:00Z"},
    }  # fmt: skip
    for n in range(20):  # enough keys for a tree of several levels
        records[f"app.bsky.feed.post/3k3bbbbbbb{n:03d}"] = post(
            f"filler {n}", f"2024-06-{n + 1:02d}T00:00:00Z"
        )
    (tmp_path / "repo.car").write_bytes(write_car(did, records))
    posts = export(cli, tmp_path / "repo.car")
    assert len(posts) == 24
    first, thread, reply, quote = posts[:4]
    assert first["id"] == f"at://{did}/app.bsky.feed.post/3k2aaaaaaaa22"
    assert first["source"] == "bluesky"
    assert (
        first["text"] == "tide tables 🌊 at https://example.org/tides/2024 #tides @gull.bsky.social"
    )
    assert first["urls"] == ["https://example.org/tides/2024"]
    assert first["created_at"] == "2024-05-01T10:00:00Z"
    assert first["lang"] == "en" and first["like_count"] is None
    assert thread["kind"] == "self_reply" and reply["kind"] == "reply"
    assert reply["created_at"] == "2024-05-02T07:00:00Z"
    assert quote["kind"] == "quote" and quote["has_media"] is True


def test_sources_merge_sorted_without_duplicates(cli, tmp_path):
    tweets = thread_archive()
    write_archive(tmp_path / "old", tweets[:5])
    write_archive(tmp_path / "new", tweets[3:])
    (tmp_path / "repo.car").write_bytes(
        write_car(
            "did:plc:me", {"app.bsky.feed.post/3k": post("on bluesky now", "2024-03-04T12:30:00Z")}
        )
    )
    result = cli(
        "export",
        tmp_path / "old",
        tmp_path / "new",
        tmp_path / "repo.car",
        "--out",
        "posts.jsonl",
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    posts = read_posts(Path("posts.jsonl"))
    assert len(posts) == 10
    assert [p["created_at"] for p in posts] == sorted(p["created_at"] for p in posts)
    assert posts[5]["source"] == "bluesky"
    summary = orjson.loads(result.stdout)
    assert summary["skipped"] == {"duplicate (in more than one source)": 2}
    assert summary["posts"] == 10 and summary["by_year"] == {"2024": 10}
    assert summary["by_kind"] == {"post": 5, "reply": 2, "self_reply": 1, "quote": 1, "retweet": 1}


def test_summary_table_on_stderr(cli, tmp_path):
    write_archive(tmp_path / "a", thread_archive())
    result = cli("export", tmp_path / "a", "--out", "posts.jsonl")
    assert result.stdout == ""
    assert "9 posts written to posts.jsonl" in result.stderr
    assert "self_reply 1" in result.stderr and "2024 9" in result.stderr


# -- bad input ---------------------------------------------------------------------------


@pytest.fixture
def existing_output() -> Path:
    out = Path("posts.jsonl")
    out.write_text('{"kept": true}\n')
    return out


def test_missing_path(cli, existing_output):
    assert_one_line_error(
        cli("export", "nowhere.zip", "--out", existing_output), "nowhere.zip", "no such file"
    )
    assert existing_output.read_text() == '{"kept": true}\n'


def test_not_an_archive(cli, tmp_path, existing_output):
    (tmp_path / "notes.txt").write_text("hello")
    assert_one_line_error(
        cli("export", tmp_path / "notes.txt", "--out", existing_output),
        "notes.txt",
        "not a Twitter/X archive",
    )
    (tmp_path / "empty").mkdir()
    assert_one_line_error(
        cli("export", tmp_path / "empty", "--out", existing_output),
        "empty",
        "not a Twitter/X archive",
    )
    assert existing_output.read_text() == '{"kept": true}\n'


def test_truncated_and_corrupt_zip(cli, tmp_path, existing_output):
    archive = write_archive(tmp_path / "x.zip", thread_archive() * 30, as_zip=True)
    data = archive.read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: len(data) // 2])
    assert_one_line_error(
        cli("export", tmp_path / "cut.zip", "--out", existing_output), "cut.zip", "not a valid zip"
    )
    # flip bytes inside the compressed tweets.js: the zip opens, the member fails its CRC
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo("data/tweets.js")
    corrupt = bytearray(data)
    start = info.header_offset + 30 + len(info.filename) + 200
    corrupt[start : start + 40] = bytes(40)
    (tmp_path / "bad.zip").write_bytes(bytes(corrupt))
    assert_one_line_error(
        cli("export", tmp_path / "bad.zip", "--out", existing_output), "bad.zip", "data/tweets.js"
    )
    assert existing_output.read_text() == '{"kept": true}\n'


def test_invalid_tweets_js_and_empty_archive(cli, tmp_path, existing_output):
    write_files(
        tmp_path / "a", {"data/tweets.js": b'window.YTD.tweets.part0 = [ {\n  "tweet" : { "id" : '}
    )
    assert_one_line_error(cli("export", tmp_path / "a", "--out", existing_output), "data/tweets.js")
    write_files(tmp_path / "b", {"data/tweets.js": b"window.YTD.tweets.part0 = [ ]"})
    assert_one_line_error(cli("export", tmp_path / "b", "--out", existing_output), "no posts found")
    assert existing_output.read_text() == '{"kept": true}\n'


def test_broken_bluesky_export(cli, tmp_path, existing_output):
    car = write_car("did:plc:me", {"app.bsky.feed.post/3k": post("hi", "2024-01-01T00:00:00Z")})
    (tmp_path / "cut.car").write_bytes(car[:-10])
    assert_one_line_error(
        cli("export", tmp_path / "cut.car", "--out", existing_output), "cut.car", "Bluesky"
    )


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.binary(max_size=200).map(lambda b: b"window.YTD.tweets.part0 = [ {\n" + b),
        st.text(max_size=200).map(lambda t: f"window.YTD.tweets.part0 = [{t}]".encode()),
    )
)
def test_arbitrary_bytes_in_place_of_tweets_js_never_crash(cli, tmp_path, data):
    folder = tmp_path / "fuzz"
    write_files(folder, {"data/tweets.js": data})
    result = cli("export", folder, "--out", tmp_path / "fuzz.jsonl")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1)
    if result.exit_code == 1:
        assert_one_line_error(result)


# -- streaming ---------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["2024", "2017"])
def test_streaming_reader_matches_whole_parse_across_chunks(tmp_path, monkeypatch, layout):
    from tests.x_archive import ytd

    records = [
        Tweet(str(i), f'post {i} {{not a brace}} "q" }}, {{', at(1 + i % 27)).record()
        for i in range(300)
    ]
    data = ytd("YTD.tweets.part0", records, layout)
    monkeypatch.setattr(jsdata, "CHUNK", 1000)
    import io

    batches = [
        jsdata.parse_body(body) for body in jsdata.iter_bodies(io.BytesIO(data), "tweets.js")
    ]
    assert len(batches) > 10
    assert (
        [r for batch in batches for r in batch]
        == jsdata.parse_array(data, "tweets.js")
        == orjson.loads(orjson.dumps(records))
    )


def test_unusual_layout_falls_back_to_whole_parse(cli, tmp_path):
    records = [Tweet(str(i), f"post {i}", at(1 + i)).record() for i in range(5)]
    write_files(
        tmp_path / "a", {"data/tweets.js": b"window.YTD.tweets.part0 = " + orjson.dumps(records)}
    )
    assert len(export(cli, tmp_path / "a")) == 5


# -- the real archives -------------------------------------------------------------------


def test_real_2024_archive(cli, real_archives):
    posts = {p["id"]: p for p in export(cli, real_archives / "x_2024_alrocar")}
    assert len(posts) == 8
    kinds = [p["kind"] for p in posts.values()]
    assert {k: kinds.count(k) for k in set(kinds)} == {
        "post": 2,
        "reply": 2,
        "self_reply": 1,
        "quote": 1,
        "retweet": 2,
    }
    long = posts["1851942807159619757"]
    assert "Ajustes > Notificaciones > Alertas" in long["text"]  # &gt; unescaped
    assert long["kind"] == "quote" and long["has_media"] is True
    assert "https://t.co" not in long["text"]
    assert long["text"].endswith("https://twitter.com/GVA112/status/1851940685131210784")
    assert (
        posts["1853790406305108349"]["text"]
        == "No se puede explicar mejor\n\nhttps://www.youtube.com/watch?v=Jh9p__hrxS8"
    )
    assert posts["1854591356741861770"]["text"] == "@skgsergio Eso qué es?"  # media link removed
    assert posts["1848757197745860812"]["kind"] == "self_reply"
    assert posts["1849856061991489924"]["kind"] == "retweet"
    assert posts["1848756482629620036"]["like_count"] == 3


def test_real_note_tweets_join(cli, real_archives, tmp_path):
    """The excerpt's notes belong to tweets outside the excerpt: give one its tweet back."""
    import json

    source = real_archives / "x_2024_alrocar/data"
    notes = jsdata.parse_array((source / "note-tweet.js").read_bytes(), "note-tweet.js")
    note = notes[1]["noteTweet"]
    full = note["core"]["text"]
    cut = full[:200] + "…"
    tweet = Tweet("1775197948340547584", cut, at(2, 16, 25, 47, year=2024, month=4))
    write_files(tmp_path / "a", {
        "data/tweets.js": b"window.YTD.tweets.part0 = " + json.dumps([tweet.record()], indent=2).encode(),
        "data/note-tweet.js": (source / "note-tweet.js").read_bytes(),
    })  # fmt: skip
    posts = export(cli, tmp_path / "a")
    assert posts[0]["text"].startswith("2. Ejecutaban todos los tests con cada commit.")
    assert posts[0]["text"].endswith("=>  https://github.com/tinybirdco/ci/pull/77/files")
    assert posts[0]["urls"] == ["https://github.com/tinybirdco/ci/pull/77/files"]


def test_real_2017_tweet_js(cli, real_archives):
    posts = {p["id"]: p for p in export(cli, real_archives / "x_2017_tweetjs")}
    assert len(posts) == 6
    assert posts["832167133379301376"]["kind"] == "reply"  # no in_reply_to_screen_name
    assert (
        posts["831863802970853377"]["kind"] == "reply"
        and posts["831863802970853377"]["reply_to_id"] is None
    )
    assert posts["830014430247137280"]["kind"] == "retweet"
    assert posts["844454048556355584"]["text"] == "57点"
    assert posts["841163574529613824"]["urls"][0].startswith(
        "https://docs.google.com/spreadsheets/"
    )


def test_real_deleted_tweets(cli, real_archives):
    result = cli("export", real_archives / "x_2022_deleted", "--out", "posts.jsonl")
    assert_one_line_error(result, "no posts found", "2 deleted")
    posts = export(cli, real_archives / "x_2022_deleted", "--include-deleted")
    assert [p["id"] for p in posts] == ["1584879622306828289", "1585517364682031105"]


def test_real_grailbird(cli, real_archives, tmp_path):
    posts = export(cli, real_archives / "grailbird_2009_2015")
    assert len(posts) == 5
    gas_mask = next(p for p in posts if p["id"] == "1674204521")
    assert (
        gas_mask["kind"] == "reply"
        and gas_mask["text"] == "@taestell I rather wear a creepy gas mask"
    )
    assert posts[0]["created_at"] == "2009-04-24T00:00:00Z"
    assert any('"Password1"' in p["text"] for p in posts)


def test_real_grailbird_csv(cli, real_archives, tmp_path):
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "tweets.csv").write_bytes(
        (real_archives / "grailbird_2009_2015/tweets.excerpt.csv").read_bytes()
    )
    posts = {p["id"]: p for p in export(cli, folder)}
    assert len(posts) == 9
    assert posts["635221280971694080"]["kind"] == "retweet"
    assert (
        posts["634484231645863936"]["text"]
        == 'RT @davidwalshblog: Pronounce it with me:\n\n“CMS” === “See a mess"'
    )
    assert posts["634760460865273856"]["kind"] == "reply"
    assert posts["633485855513014272"]["text"].startswith('"No one wants to exploit their cookies')


def test_parallel_parse_equals_serial(cli, tmp_path, monkeypatch):
    """Large files are parsed by worker processes; the result must not change."""
    from bobby.export import twitter

    full = "a long post about the lamp and the fog. " * 10
    tweet, note = long_tweet("5000", full, at(27))
    tweets = [
        Tweet(str(1000 + i), f"post {i} &amp; more", at(1 + i % 26, i % 24)) for i in range(400)
    ]
    write_archive(tmp_path / "a.zip", [*tweets, tweet], notes=[note], as_zip=True)
    serial = export(cli, tmp_path / "a.zip")
    monkeypatch.setattr(twitter, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(jsdata, "CHUNK", 4096)
    assert export(cli, tmp_path / "a.zip") == serial
    assert serial[-1]["text"] == full


def test_written_files_get_ordinary_permissions(cli, tmp_path):
    import os
    import stat

    write_archive(tmp_path / "a", thread_archive())
    export(cli, tmp_path / "a")
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(Path("posts.jsonl").stat().st_mode) == 0o666 & ~umask


def test_unmatched_notes_are_counted_per_archive(cli, tmp_path):
    first, note = long_tweet("300", "the lamp and the fog " * 20, at(9))
    write_archive(tmp_path / "a", [first], notes=[note])
    lonely = long_tweet("0", "a note whose tweet is gone " * 20, at(20))[1]
    write_archive(tmp_path / "b", [Tweet("400", "a short post", at(10))], notes=[lonely])
    result = cli("export", tmp_path / "a", tmp_path / "b", "--out", "posts.jsonl", "--json")
    summary = orjson.loads(result.stdout)
    assert summary["long_notes_joined"] == 1
    assert summary["skipped"] == {"long-post note without its tweet": 1}


def test_output_that_is_a_folder_is_a_clear_error(cli, tmp_path):
    write_archive(tmp_path / "a", thread_archive())
    (tmp_path / "out").mkdir()
    assert_one_line_error(cli("export", tmp_path / "a", "--out", tmp_path / "out"), "is a folder")


# -- what real archives showed (issue 14) -----------------------------------------------


def test_a_folder_holding_several_archives_exports_them_all(cli, tmp_path):
    downloads = tmp_path / "Downloads"
    write_archive(downloads / "twitter-2024-11-16", thread_archive()[:4])
    write_files(
        downloads / "old-archive",
        {"data/js/tweets/2012_05.js": grailbird_month([Tweet("50", "from 2012", at(1, year=2012, month=5))], "2012_05")},
    )  # fmt: skip
    write_archive(downloads / "second.zip", [Tweet("60", "in a zip", at(20))], as_zip=True)
    (downloads / "repo.car").write_bytes(
        write_car("did:plc:me", {"app.bsky.feed.post/3k": post("on bluesky", "2024-05-01T00:00:00Z")})
    )  # fmt: skip
    write_files(downloads / "holiday-photos", {"beach.jpg": b"\xff\xd8"})  # not an archive
    with zipfile.ZipFile(downloads / "unrelated.zip", "w") as zf:
        zf.writestr("report.txt", "not an archive")
    result = cli("export", downloads, "--out", "posts.jsonl", "--json")
    assert result.exit_code == 0, result.stderr
    assert {p["id"] for p in read_posts(Path("posts.jsonl"))} == {
        "101", "102", "103", "104", "50", "60", "at://did:plc:me/app.bsky.feed.post/3k"
    }  # fmt: skip
    sources = orjson.loads(result.stdout)["sources"]
    assert [(Path(s["path"]).name, s["posts"]) for s in sources] == [
        ("old-archive", 1), ("repo.car", 1), ("second.zip", 1), ("twitter-2024-11-16", 4)
    ]  # fmt: skip
    table = cli("export", downloads, "--out", "posts.jsonl").stderr
    assert table.count("source ") == 4


def test_csv_links_with_commas_are_matched_to_the_text_in_order(cli, tmp_path):
    spiegel = "http://www.spiegel.de/international/world/0,1518,800850,00.html"
    rows = [
        {"tweet_id": "1", "timestamp": "2012-01-10 10:00:00 +0000",
         "text": "read http://t.co/aaa then http://t.co/bbb http://t.co/ccc",
         "expanded_urls": f"{spiegel},http://example.org/a?x=1,2,http://twitter.com/me/status/1/photo/1"},
    ]  # fmt: skip
    write_files(tmp_path / "c", {"tweets.csv": grailbird_csv(rows)})
    (only,) = export(cli, tmp_path / "c")
    assert only["urls"] == [spiegel, "http://example.org/a?x=1,2"]
    assert only["text"] == f"read {spiegel} then http://example.org/a?x=1,2"
    assert only["has_media"] is True


def test_the_same_tweet_in_two_archives_keeps_the_fuller_record_whatever_the_order(cli, tmp_path):
    full = "the whole story of the lamp, which is long. " * 9
    cut, note = long_tweet("300", full, at(9), likes=3, retweets=1)
    newer = Tweet("300", cut.text, at(9), likes=12, retweets=4)
    write_archive(tmp_path / "old", [cut, Tweet("301", "only in the old one", at(8))])
    write_archive(tmp_path / "new", [newer], notes=[note])
    forward = export(cli, tmp_path / "old", tmp_path / "new")
    assert export(cli, tmp_path / "new", tmp_path / "old") == forward
    long = next(p for p in forward if p["id"] == "300")
    assert long["text"] == full and (long["like_count"], long["repost_count"]) == (12, 4)
    # the long text and the newer counts can come from different archives
    write_archive(tmp_path / "older", [Tweet("300", cut.text, at(9), likes=1)], notes=[note])
    write_archive(tmp_path / "newest", [Tweet("300", cut.text, at(9), likes=20, retweets=5)])
    (merged,) = export(cli, tmp_path / "newest", tmp_path / "older")
    assert merged["text"] == full and (merged["like_count"], merged["repost_count"]) == (20, 5)
    assert export(cli, tmp_path / "older", tmp_path / "newest") == [merged]


def test_summary_counts_styled_notes_and_the_same_archive_twice_once(cli, tmp_path):
    cut, note = long_tweet("300", "a long post about the fog and the lamp. " * 9, at(9))
    styled = Tweet("301", "short, but written in bold", at(10))
    lonely = long_tweet("0", "a note whose tweet is gone " * 20, at(20))[1]
    write_archive(
        tmp_path / "a",
        [cut, styled],
        notes=[note, x_archive.note(styled.created, styled.text), lonely],
        deleted=[Tweet("50", "regrettable", at(1))],
    )
    write_archive(tmp_path / "a.zip", [cut, styled], notes=[note, lonely], as_zip=True,
                  deleted=[Tweet("50", "regrettable", at(1))])  # fmt: skip
    for args in ([tmp_path / "a"], [tmp_path / "a", tmp_path / "a", tmp_path / "a.zip"]):
        result = cli("export", *args, "--out", "posts.jsonl", "--json")
        summary = orjson.loads(result.stdout)
        assert summary["long_notes_joined"] == 1
        skipped = summary["skipped"]
        assert skipped.pop("duplicate (in more than one source)", 0) == 2 * (len(args) - 1)
        assert skipped == {
            "long-post note without its tweet": 1,
            "deleted (keep with --include-deleted)": 1,
        }


def test_grailbird_months_are_read_one_by_one(cli, tmp_path):
    months = {
        f"data/js/tweets/2013_{month:02d}.js": grailbird_month(
            [Tweet(f"{month}{n}", f"month {month} post {n}", at(1 + n, month=month, year=2013))
             for n in range(3)], f"2013_{month:02d}")
        for month in range(1, 13)
    }  # fmt: skip
    write_files(tmp_path / "g", months)
    posts = export(cli, tmp_path / "g")
    assert len(posts) == 36 and posts[0]["id"] == "10" and posts[-1]["id"] == "122"


def test_csv_only_archive_infers_its_owner_from_self_replies(cli, tmp_path):
    rows = [
        {"tweet_id": "14", "timestamp": "2015-08-22 12:00:00 +0000", "text": "@pal not mine", "in_reply_to_status_id": "7", "in_reply_to_user_id": "55"},
        {"tweet_id": "13", "timestamp": "2015-08-22 11:00:00 +0000", "text": "and more on my deleted tweet", "in_reply_to_status_id": "9", "in_reply_to_user_id": "1000"},
        {"tweet_id": "12", "timestamp": "2015-08-22 10:00:00 +0000", "text": "continued", "in_reply_to_status_id": "11", "in_reply_to_user_id": "1000"},
        {"tweet_id": "11", "timestamp": "2015-08-22 09:00:00 +0000", "text": "a thread starts"},
    ]  # fmt: skip
    write_files(tmp_path / "c", {"tweets.csv": grailbird_csv(rows)})
    kinds = {p["id"]: p["kind"] for p in export(cli, tmp_path / "c")}
    assert kinds == {"11": "post", "12": "self_reply", "13": "self_reply", "14": "reply"}


# -- hostile and broken input (issue 11) ------------------------------------------------


def _one_archive_files() -> dict[str, bytes]:
    folder = write_archive(Path("src"), thread_archive())
    return {
        str(path.relative_to(folder).as_posix()): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file()
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"password": b"secret"}, "data/manifest.js is encrypted (a password-protected zip)"),
        ({"method": 9}, "data/manifest.js is compressed with Deflate64, which Python cannot read"),
        ({"method": 98}, "is compressed with PPMd"),
    ],
)
def test_zips_python_cannot_read_are_one_line(cli, tmp_path, existing_output, kwargs, message):
    archive = x_archive.raw_zip(tmp_path / "x.zip", _one_archive_files(), **kwargs)
    if "password" in kwargs:  # a real encrypted zip: it opens with its password
        with zipfile.ZipFile(archive) as zf:
            assert zf.read("data/tweets.js", pwd=b"secret").startswith(b"window.YTD")
    assert_one_line_error(cli("export", archive, "--out", existing_output), "x.zip", message)
    assert existing_output.read_text() == '{"kept": true}\n'
    # the same members as Deflate read fine: the refusal is about the method alone
    assert len(export(cli, x_archive.raw_zip(tmp_path / "ok.zip", _one_archive_files()))) == 9


def test_a_zip_bomb_is_refused_naming_the_limit(cli, tmp_path, existing_output, monkeypatch):
    files = _one_archive_files()
    head, tail = files["data/tweets.js"].rsplit(b"]", 1)
    files["data/tweets.js"] = head + b" " * (65 << 20) + b"]" + tail  # 65 MiB, mostly spaces
    bomb = write_files(tmp_path / "bomb.zip", files, as_zip=True)
    assert bomb.stat().st_size < 200_000
    result = cli("export", bomb, "--out", existing_output)
    assert_one_line_error(
        result, "bomb.zip: data/tweets.js would expand", "BOBBY_EXPORT_MAX_EXPANSION="
    )
    assert existing_output.read_text() == '{"kept": true}\n'
    monkeypatch.setenv("BOBBY_EXPORT_MAX_EXPANSION", "2000")  # a genuine archive, raised
    assert len(export(cli, bomb)) == 9
    monkeypatch.setenv("BOBBY_EXPORT_MAX_EXPANSION", "lots")
    assert_one_line_error(
        cli("export", bomb, "--out", existing_output), "BOBBY_EXPORT_MAX_EXPANSION='lots'"
    )


@pytest.mark.parametrize(
    ("car", "message"),
    [
        (shared_subtrees_car("did:plc:me", 40), "a tree node is reached twice"),
        (deep_car("did:plc:me", 100), "the tree is deeper than 64 levels"),
        (
            write_car(
                "did:plc:me", {"app.bsky.feed.post/3k": post("hi there", "2024-01-01")}
            ).replace(b"hi there", b"ho there"),  # the bytes changed, not the CID
            "a block's bytes do not match its CID",
        ),
        (write_other_car(post("hi", "2024-01-01")), "its root is not a signed commit"),
    ],
)
def test_hostile_bluesky_trees_are_refused(cli, tmp_path, existing_output, car, message):
    (tmp_path / "hostile.car").write_bytes(car)
    assert len(car) < 20_000
    assert_one_line_error(
        cli("export", tmp_path / "hostile.car", "--out", existing_output), message
    )
    assert existing_output.read_text() == '{"kept": true}\n'


def test_a_deep_but_real_tree_is_read(cli, tmp_path):
    (tmp_path / "deep.car").write_bytes(deep_car("did:plc:me", 60))
    assert len(export(cli, tmp_path / "deep.car")) == 60


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("where", ["data/tweets.js", "the source itself"])
def test_a_fifo_is_refused_not_waited_on(cli, tmp_path, existing_output, where):
    write_archive(tmp_path / "a", thread_archive())
    inside = where == "data/tweets.js"
    with fifo(tmp_path / "a/data/tweets.js" if inside else tmp_path / "x.zip") as path:
        result = cli("export", tmp_path / "a" if inside else path, "--out", existing_output)
    assert_one_line_error(result, "is not a regular file (a pipe or a device)")
    assert existing_output.read_text() == '{"kept": true}\n'


def test_a_full_disk_is_one_line_and_keeps_the_old_posts(tmp_path):
    """The file size limit (RLIMIT_FSIZE) makes writes fail as a full disk does, for
    this process only and without privileges."""
    resource = pytest.importorskip("resource")
    write_archive(
        tmp_path / "a",
        [Tweet(str(1000 + i), f"post {i} " * 20, at(1 + i % 27)) for i in range(400)],
    )
    old = tmp_path / "posts.jsonl"
    old.write_text('{"kept": true}\n')

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a kill
        resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, resource.RLIM_INFINITY))

    result = subprocess.run(
        [sys.executable, "-m", "bobby", "export", tmp_path / "a", "--out", old],
        capture_output=True, text=True, preexec_fn=small_files,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "posts.jsonl: cannot write it (File too large)" in result.stderr
    assert "unchanged" in result.stderr
    assert old.read_text() == '{"kept": true}\n'
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3),
    max_leaves=8,
)  # fmt: skip


def _maybe(shape: st.SearchStrategy) -> st.SearchStrategy:
    """A field as archives have it, or any JSON value in its place."""
    return st.one_of(shape, JSON)


MANIFESTS = _maybe(
    st.fixed_dictionaries({
        "userInfo": _maybe(st.fixed_dictionaries({"accountId": JSON, "userName": JSON})),
        "dataTypes": _maybe(st.fixed_dictionaries({
            "tweets": _maybe(st.fixed_dictionaries({
                "files": _maybe(st.lists(_maybe(st.fixed_dictionaries({"fileName": _maybe(st.just("data/tweets.js"))})), max_size=3)),
            })),
            "noteTweet": JSON,
            "deletedTweets": JSON,
        })),
    })
)  # fmt: skip
ACCOUNTS = _maybe(
    st.lists(_maybe(st.fixed_dictionaries({"account": _maybe(st.fixed_dictionaries({"accountId": JSON, "username": JSON}))})), max_size=2)
)  # fmt: skip


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(manifest=MANIFESTS, account=ACCOUNTS)
def test_manifest_and_account_of_any_shape_never_crash(cli, tmp_path, manifest, account):
    files = {
        "data/tweets.js": x_archive.ytd("YTD.tweets.part0", [t.record() for t in thread_archive()]),
        "data/manifest.js": b"window.__THAR_CONFIG = " + json.dumps(manifest).encode(),
        "data/account.js": b"window.YTD.account.part0 = " + json.dumps(account).encode(),
    }
    write_files(tmp_path / "fuzz", files)
    result = cli("export", tmp_path / "fuzz", "--out", tmp_path / "fuzz.jsonl")
    if result.exit_code == 1:  # a manifest.js or account.js that is not a JS assignment
        assert_one_line_error(result)
    else:
        assert result.exit_code == 0, result.exception
        assert len(read_posts(tmp_path / "fuzz.jsonl")) == 9


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    method=st.sampled_from([0, 8, 9, 12, 14, 93, 98]),
    password=st.sampled_from([None, b"pw"]),
    prefix=st.sampled_from(["", "twitter-2024-11-16/"]),
)
def test_zip_variants_export_or_say_why_in_one_line(cli, tmp_path, method, password, prefix):
    files = {prefix + name: data for name, data in _one_archive_files().items()}
    if method in (0, 12, 14) and password is None:  # methods zipfile writes itself
        path = tmp_path / "v.zip"
        with zipfile.ZipFile(path, "w", method) as zf:
            for name, data in files.items():
                zf.writestr(name, data)
    else:
        path = x_archive.raw_zip(tmp_path / "v.zip", files, method=method, password=password)
    result = cli("export", path, "--out", tmp_path / "v.jsonl")
    if method in (0, 8, 12, 14) and password is None:
        assert result.exit_code == 0, result.stderr
        assert len(read_posts(tmp_path / "v.jsonl")) == 9
    else:
        assert_one_line_error(result, "v.zip: data/")


def test_an_out_that_is_a_pipe_is_refused_and_left_as_it_is(cli, tmp_path):
    """`--out /dev/full` or a FIFO: renaming the new file over it would replace the node
    with a regular file (mode 0666 for /dev/full) and report success."""
    import stat

    from tests.fifo import fifo

    write_archive(tmp_path / "a", thread_archive())
    with fifo(tmp_path / "pipe") as pipe:
        result = cli("export", tmp_path / "a", "--out", pipe)
        assert result.exit_code == 1
        assert result.stderr.startswith(f"Error: {pipe}: is not a regular file (a pipe or")
        assert stat.S_ISFIFO(pipe.stat().st_mode)
