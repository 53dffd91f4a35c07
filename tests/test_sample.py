"""The sample archive that ships with bobby: `bobby export` gives back every post as it was
written in posts.toml, and the committed archive is exactly what the build script makes."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bobby.files import read_jsonl
from bobby.sample import archive_path

ROOT = Path(__file__).resolve().parents[1]
STATUS_URL = re.compile(r"^https://twitter\.com/\w+/status/\d+$")


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    """scripts/build_sample.py, loaded as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "build_sample", ROOT / "scripts" / "build_sample.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def written(builder: ModuleType, deleted: bool = False) -> list[tuple[str, str]]:
    """(kind, text) of every post as posts.toml describes it."""
    posts = []
    for post in builder.load()["post"]:
        if post.get("deleted") and not deleted:
            continue
        if post["text"].startswith("RT @"):
            kind = "retweet"
        else:
            kind = "reply" if "to" in post else "quote" if "quote" in post else "post"
        posts.append((kind, builder.full_text(post)))
        posts += [("self_reply", part) for part in post.get("thread", ())]
    return posts


def export(cli, *args: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    result = cli("export", archive_path(), "--out", "posts.jsonl", "--json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout), list(read_jsonl("posts.jsonl"))


def test_export_gives_back_every_post_as_written(cli, builder):
    summary, posts = export(cli)
    expected = written(builder)
    assert Counter((post["kind"], post["text"]) for post in posts) == Counter(expected)
    assert summary["by_kind"] == dict(Counter(kind for kind, _ in expected))
    assert summary["long_notes_joined"] == 2
    assert summary["skipped"] == {"deleted (keep with --include-deleted)": 3}
    kinds = summary["by_kind"]
    assert 300 <= kinds["post"] + kinds["quote"] <= 400
    assert min(kinds["reply"], kinds["self_reply"], kinds["retweet"], kinds["quote"]) >= 5
    assert summary["first"].startswith("2022-01") and summary["last"].startswith("2023-12")


def test_export_undoes_what_x_did_to_the_text(cli):
    _, posts = export(cli)
    texts = [post["text"] for post in posts]
    long = [text for text in texts if len(text) > 280]
    assert len(long) == 2 and not any(text.endswith("…") for text in long)
    assert not any(
        entity in text for text in texts for entity in ("&amp;", "&lt;", "&gt;", "t.co/")
    )
    assert sum("&" in text for text in texts) > 100
    assert any(" < " in text for text in texts) and any(" -> " in text for text in texts)
    assert sum("🕯️" in text for text in texts) > 50
    media = [post for post in posts if post["has_media"]]
    assert len(media) > 20 and all(post["kind"] == "post" for post in media)
    links = [url for post in posts if post["kind"] != "quote" for url in post["urls"]]
    assert links and all(
        url.startswith(("https://example.org/", "https://example.com/")) for url in links
    )
    assert all(STATUS_URL.match(post["urls"][-1]) for post in posts if post["kind"] == "quote")


def test_threads_and_replies_point_where_they_should(cli):
    _, posts = export(cli)
    by_id = {post["id"]: post for post in posts}
    for post in posts:
        if post["kind"] == "self_reply":
            assert by_id[post["reply_to_id"]]["created_at"] < post["created_at"]
        elif post["kind"] == "reply":
            assert post["reply_to_id"] not in by_id and post["text"].startswith(
                f"@{post['mentions'][0]} "
            )
    ordered = [int(post["id"]) for post in posts]
    assert ordered == sorted(ordered), "ids grow with time, as X's do"


def test_deleted_posts_come_back_on_request(cli, builder):
    summary, posts = export(cli, "--include-deleted")
    assert summary["posts"] == len(written(builder, deleted=True)) == len(written(builder)) + 3
    assert Counter(post["text"] for post in posts) == Counter(
        text for _, text in written(builder, deleted=True)
    )


def test_shipped_archive_is_built_from_posts_toml(builder, tmp_path):
    built = builder.build(tmp_path / "archive")
    shipped = archive_path()
    names = sorted(str(path.relative_to(built)) for path in built.rglob("*") if path.is_file())
    assert names == sorted(
        str(path.relative_to(shipped)) for path in shipped.rglob("*") if path.is_file()
    )
    assert names == [
        "data/deleted-tweets.js",
        "data/manifest.js",
        "data/note-tweet.js",
        "data/tweets.js",
    ]
    for name in names:
        assert (shipped / name).read_bytes() == (built / name).read_bytes(), (
            f"{name} differs from what scripts/build_sample.py makes of posts.toml: rebuild it"
        )
    tweets = (shipped / "data" / "tweets.js").read_bytes()
    assert b"&amp;" in tweets and b"&lt;" in tweets and b"&gt;" in tweets and "…".encode() in tweets
    assert sum((shipped / name).stat().st_size for name in names) < 1_000_000
