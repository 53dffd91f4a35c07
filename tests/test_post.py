"""`bobby post` without a server: choosing the text, the dry run, which options go together.
Posting itself is tested against a real PDS in test_post_pds.py, generated posts in
test_serve.py."""

from __future__ import annotations

import json

import pytest

from bobby.candidates import Candidate
from bobby.errors import InputError
from bobby.gate import Check, Verdict
from bobby.post import choose, web_url


def refused(text: str, why: str) -> Candidate:
    """A candidate the gate refused for `why`."""
    return Candidate(text, verdict=Verdict(text, [Check(why, False)]))


def test_choose_takes_the_first_candidate_that_passed_and_fits():
    ranked = [
        refused("best but refused", "repeats an old post"),
        Candidate("x" * 301),
        Candidate("  second best  \n", adapter="adapters/me", sampling={"temp": 0.8}, id=7),
        Candidate("third"),
    ]
    assert choose(ranked) == Candidate(
        "second best", adapter="adapters/me", sampling={"temp": 0.8}, id=7
    )


def test_choose_says_why_nothing_can_be_posted():
    with pytest.raises(InputError, match=r"^cannot post this text: the text is empty$"):
        choose([Candidate("   ")])
    with pytest.raises(
        InputError,
        match="none of the 2 candidates can be posted: repeats an old post; the text is empty",
    ):
        choose([refused("a", "repeats an old post"), Candidate("")])


def test_dry_run_builds_the_record_without_credentials_or_state(cli, isolated):
    (isolated / "data").mkdir()
    (isolated / "data" / "posts.jsonl").write_text('{"text": "hallo", "lang": "nl"}\n')

    result = cli("post", "--dry-run", "--json", "--text", "  zie https://example.com #vandaag  ")

    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    record = report["record"]
    assert report["dry_run"] is True and report["uri"] is None
    assert (
        record["$type"] == "app.bsky.feed.post"
        and record["text"] == "zie https://example.com #vandaag"
    )
    assert record["langs"] == ["nl"] and record["createdAt"].endswith("Z")
    assert [facet["features"][0]["$type"].rsplit("#")[1] for facet in record["facets"]] == [
        "link",
        "tag",
    ]
    assert not (isolated / "data" / "state.db").exists()
    assert not (isolated / "config").exists()


def test_posting_without_text_or_adapter_says_to_train_one(cli):
    result = cli("post", "--dry-run")
    assert result.exit_code == 1
    assert "no adapter under adapters/ (train one with `bobby train`)" in result.stderr


def test_generation_settings_with_text_are_refused(cli):
    result = cli("post", "--text", "hi", "--adapter-path", "adapters/me")
    assert result.exit_code == 1
    assert (
        "--adapter-path: for generating a post; with --text nothing is generated" in result.stderr
    )
    result = cli("post", "--text", "hello", "--temp", "0.5", "-n", "2")
    assert result.exit_code == 1 and "Error: -n, --temp: for generating a post" in result.stderr


def test_posting_without_any_credentials_says_to_log_in(cli):
    result = cli("post", "--text", "hi", "--pds", "http://127.0.0.1:9")
    assert result.exit_code == 1
    assert (
        result.stderr
        == "Error: not logged in to http://127.0.0.1:9: run `bobby login` (or set BOBBY_BLUESKY_HANDLE and BOBBY_BLUESKY_APP_PASSWORD)\n"
    )


def test_posting_from_cron_without_a_login_says_so_before_any_model_work(cli):
    """No login: said first, not after loading a model and generating (here there is no
    adapter at all; what `bobby post` tries first is what it says)."""
    result = cli("post", "--pds", "http://127.0.0.1:9")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: not logged in to http://127.0.0.1:9"), result.stderr


def test_a_dry_run_shows_the_gates_written_with_the_post(cli, isolated):
    args = ("post", "--dry-run", "--text", "hi", "--reply-gate", "following", "--no-quotes")
    result = cli(*args)
    assert result.exit_code == 0, result.stderr
    threadgate = next(line for line in result.stderr.splitlines() if "threadgate" in line)
    assert "followingRule" in threadgate
    postgate = next(line for line in result.stderr.splitlines() if "postgate" in line)
    assert "disableRule" in postgate


def test_a_setting_of_the_wrong_type_is_named_without_its_value(cli, isolated):
    (isolated / "bobby.toml").write_text(
        '[bluesky]\nhandle = "me.test"\napp_password = 987654321\n'
    )
    result = cli("post", "--text", "hi")
    assert result.exit_code == 1
    assert "[bluesky] app_password is not a valid str | None" in result.stderr
    assert "987654321" not in result.stderr


def test_a_dry_run_with_a_mention_needs_no_network(cli, isolated):
    """Where the mention cannot be looked up, the dry run still shows the record, the
    mention unlinked, and says so; nothing is sent either way."""
    result = cli(
        "post",
        "--dry-run",
        "--json",
        "--pds",
        "http://127.0.0.1:9",
        "--text",
        "hi @alice.bsky.social",
    )
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["record"]["text"] == "hi @alice.bsky.social" and "facets" not in report["record"]
    assert report["notes"] and "@alice.bsky.social could not be looked up" in report["notes"][0]


def test_text_that_is_not_valid_unicode_is_one_line(cli, isolated):
    result = cli("post", "--dry-run", "--text", "broken \ud800 half")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_a_posts_web_address():
    uri = "at://did:plc:abc/app.bsky.feed.post/3kabc"
    assert web_url(uri) == "https://bsky.app/profile/did:plc:abc/post/3kabc"
    assert web_url("at://did:plc:abc") == "at://did:plc:abc"  # names no post: kept as it is
