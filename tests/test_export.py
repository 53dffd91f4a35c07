"""bobby export: every archive format, read back into the plain words people wrote."""

from __future__ import annotations

import zipfile
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bobby.export import jsdata
from tests.car import link_facet, post, write_car
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
