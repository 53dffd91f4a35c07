"""`bobby sync`, and the rule it shares with export and prep: never learn from the bot.

The happy paths run against the real local PDS and PLC directory (fixture `pds`). The
hostile ones need a server that misbehaves on purpose: a small HTTP server in the test
(`Server`) that plays a did:web domain and its PDS, serving whatever DID document or CAR
the test gives it. did:web on localhost is resolved over http, as atproto's own
resolver does, so no certificate is involved.
"""

from __future__ import annotations

import json
import socket
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import libipld
import orjson
import pytest

from bobby import state
from bobby.bluesky.session import session_file
from bobby.bot_posts import REASON
from bobby.errors import InputError
from bobby.export.bluesky import decode
from bobby.export.twitter import Stats
from tests.car import post, without, write_car, write_other_car
from tests.test_post_pds import as_bot

POST = "app.bsky.feed.post"
OLD = "did:plc:someoneelse234567abcdefg"


class Server:
    """An HTTP server on localhost answering each path with what `routes` holds."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, bytes]] = {}
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                status, kind, body = routes.get(
                    self.path.split("?")[0], (404, "application/json", b'{"error":"NotFound"}')
                )
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.did = f"did:web:localhost%3A{self.port}"
        self.url = f"http://localhost:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def document(self, value: Any) -> None:
        body = value if isinstance(value, bytes) else orjson.dumps(value)
        self.routes["/.well-known/did.json"] = (200, "application/json", body)

    def repository(self, car: bytes) -> None:
        self.routes["/xrpc/com.atproto.sync.getRepo"] = (200, "application/vnd.ipld.car", car)


def document(did: str, pds: str, handle: str = "alice.example") -> dict[str, Any]:
    """A DID document of the shape the PLC directory serves."""
    return {
        "@context": ["https://www.w3.org/ns/did/v1"],
        "id": did,
        "alsoKnownAs": [f"at://{handle}"],
        "verificationMethod": [],
        "service": [
            {"id": "#atproto_pds", "type": "AtprotoPersonalDataServer", "serviceEndpoint": pds}
        ],
    }


@pytest.fixture
def server() -> Iterator[Server]:
    served = Server()
    yield served
    served.httpd.shutdown()
    served.httpd.server_close()


def one_line_error(result, *parts: str) -> None:
    assert result.exit_code == 1, result.stdout + result.stderr
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    for part in parts:
        assert part in result.stderr, result.stderr


def lines(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def written_posts(isolated: Path) -> Path:
    """A posts file made by `bobby export` from another account's repository."""
    car = isolated / "old.car"
    car.write_bytes(
        write_car(OLD, {f"{POST}/3kaaaaaaaaa22": post("an older post", "2024-01-02T03:04:05Z")})
    )
    return car


# --- against a server that plays a did:web account -------------------------------------


def test_did_web_account_is_synced_through_its_document(cli, server, isolated):
    server.document(document(server.did, server.url))
    records = {
        f"{POST}/3kbbbbbbbbb22": post("first post of a did:web account", "2024-05-01T10:00:00Z"),
        f"{POST}/3kccccccccc22": post("second post of it", "2024-05-02T10:00:00Z"),
        "app.bsky.feed.like/3kddddddddd22": {"$type": "app.bsky.feed.like", "createdAt": "2024-05-02T10:00:00Z"},
    }  # fmt: skip
    server.repository(write_car(server.did, records))

    result = cli("sync", server.did, "--json")

    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["did"], report["handle"], report["pds"]) == (
        server.did,
        "alice.example",
        server.url,
    )
    assert report["since"] is None and report["rev"] == "3l000000000002"
    assert [post["text"] for post in report["new"]] == [
        "first post of a did:web account",
        "second post of it",
    ]
    written = lines(isolated / "data" / "posts.jsonl")
    assert [post["id"] for post in written] == [post["id"] for post in report["new"]]
    assert written[0]["id"] == f"at://{server.did}/{POST}/3kbbbbbbbbb22"
    stored = orjson.loads((isolated / "data" / "posts.sync.json").read_bytes())
    assert stored["accounts"][server.did]["rev"] == "3l000000000002"
    assert "2 new posts added to data/posts.jsonl" in result.stderr
    written = (isolated / "data" / "posts.jsonl").read_bytes()

    latest = orjson.dumps({"cid": "bafy", "rev": "3l000000000002"})
    server.routes["/xrpc/com.atproto.sync.getLatestCommit"] = (200, "application/json", latest)
    del server.routes["/xrpc/com.atproto.sync.getRepo"]  # not asked for: nothing is new
    again = json.loads(cli("sync", server.did, "--json").stdout)
    assert (again["since"], again["downloaded_bytes"], again["new"]) == ("3l000000000002", 0, [])

    server.repository(write_car(server.did, records))
    (isolated / "data" / "posts.sync.json").write_text("{ cut off")  # unreadable: start over
    again = json.loads(cli("sync", server.did, "--json").stdout)
    assert (again["since"], again["posts_downloaded"], again["new"]) == (None, 2, [])
    assert (isolated / "data" / "posts.jsonl").read_bytes() == written

    assert cli("export", written_posts(isolated)).exit_code == 0  # rewrites posts.jsonl
    again = json.loads(cli("sync", server.did, "--json").stdout)
    assert again["since"] is None and len(again["new"]) == 2 and again["posts"] == 3


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("not a handle!", "'not a handle!' is not a Bluesky handle (alice.bsky.social) or DID"),
        ("@-bad-.example", "is not a Bluesky handle"),
        ("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "only did:plc and did:web"),
        ("did:web:example.com:users:alice", "only did:plc and did:web (without a path)"),
    ],
)
def test_what_is_not_a_handle_or_usable_did_is_one_line(cli, actor, expected):
    one_line_error(cli("sync", actor), expected)


@pytest.mark.parametrize(
    ("served", "expected"),
    [
        (b"<html>not json</html>", "the DID document of did:web:localhost%3A{port} is not JSON"),
        (b"[1, 2]", "not a valid DID document"),
        ({"id": "{did}", "service": "nope"}, "not a valid DID document (service: "),
        ({"id": "did:web:elsewhere.example"}, "the DID document is that of 'did:web:elsewhere.example'"),
        ({"id": "{did}", "alsoKnownAs": ["at://alice.example"]}, "its DID document names no PDS"),
        (
            {"id": "{did}", "service": [{"id": "#atproto_pds", "type": "AtprotoPersonalDataServer", "serviceEndpoint": "ftp://x"}]},
            "its DID document names no PDS",
        ),
    ],
)  # fmt: skip
def test_a_malformed_did_document_is_one_line(cli, server, isolated, served, expected):
    if isinstance(served, dict):
        served = orjson.dumps(served).decode().replace("{did}", server.did).encode()
    server.document(served)

    result = cli("sync", server.did)

    one_line_error(result, expected.replace("{port}", str(server.port)))
    assert not (isolated / "data").exists()


def test_a_handle_its_did_document_does_not_name_back_is_refused(cli, server):
    server.document(document(server.did, server.url, handle="alice.example"))
    answer = orjson.dumps({"did": server.did})
    server.routes["/xrpc/com.atproto.identity.resolveHandle"] = (200, "application/json", answer)

    one_line_error(
        cli("sync", "mallory.example", "--pds", server.url),
        f"@mallory.example resolves to {server.did}, whose DID document names @alice.example: "
        "the handle is not confirmed",
    )


def test_no_such_did_web_document(cli, server):
    one_line_error(cli("sync", server.did), f"{server.did}: no such DID at localhost:{server.port}")


@pytest.mark.parametrize(
    "car",
    [
        b"this is not a CAR file at all",
        write_car("did:plc:x", {})[:40],  # cut off
        write_other_car({"hello": "world"}),  # a CAR, but its root is not a commit
    ],
)
def test_a_car_that_is_not_a_repository_is_one_line_and_loses_nothing(cli, server, isolated, car):
    assert cli("export", written_posts(isolated)).exit_code == 0
    before = (isolated / "data" / "posts.jsonl").read_bytes()
    server.document(document(server.did, server.url))
    server.repository(car)

    result = cli("sync", server.did)

    one_line_error(
        result,
        f"what {server.url} sent as the repository of @alice.example: not a readable Bluesky repository",
    )
    assert (isolated / "data" / "posts.jsonl").read_bytes() == before
    assert not (isolated / "data" / "posts.sync.json").exists()


@pytest.mark.parametrize("line", [b"not json", b"[1, 2]", b'{"id": 1, "source": "bluesky"}'])
def test_a_posts_file_with_a_line_that_is_not_a_post_is_one_line(cli, server, isolated, line):
    server.document(document(server.did, server.url))
    posts = isolated / "data" / "posts.jsonl"
    posts.parent.mkdir()
    posts.write_bytes(b"\n" + line + b"\n")

    one_line_error(cli("sync", server.did), f"{posts.relative_to(isolated)}, line 2: not a post")
    assert posts.read_bytes() == b"\n" + line + b"\n"


def test_the_repository_of_another_account_is_refused(cli, server, isolated):
    server.document(document(server.did, server.url))
    server.repository(
        write_car(OLD, {f"{POST}/3kbbbbbbbbb22": post("not theirs", "2024-05-01T10:00:00Z")})
    )

    one_line_error(cli("sync", server.did), f"it is the repository of {OLD}")
    assert not (isolated / "data" / "posts.jsonl").exists()


def test_an_unreachable_pds_or_directory_is_one_line(cli, server):
    with socket.socket() as probe:  # a port nothing listens on once the probe is closed
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    server.document(document(server.did, closed))

    one_line_error(cli("sync", server.did), f"cannot reach {closed}")
    one_line_error(cli("sync", server.did, "--pds", closed), f"cannot reach {closed}")
    one_line_error(
        cli("sync", "did:plc:abcdefghijklmnopqrstuvwx", "--plc", closed),
        f"could not read the DID document of did:plc:abcdefghijklmnopqrstuvwx: cannot reach {closed}",
    )
    one_line_error(cli("sync", server.did, "--pds", "localhost:80"), "--pds must be an http(s) URL")


def test_a_partial_repository_gives_the_records_it_holds(isolated):
    records = {
        f"{POST}/3k{n:011d}": post(f"post number {n}", "2024-01-01T00:00:00Z") for n in range(40)
    }
    car = write_car(OLD, records, fanout=2)  # a tree several levels deep
    kept = {"post number 3", "post number 17", "post number 38"}

    def unchanged(value) -> bool:
        return value.get("$type") == POST and value["text"] not in kept

    posts = decode(without(car, unchanged), "partial", Stats(), partial=True).posts
    assert {post["text"] for post in posts} == kept

    header, blocks = libipld.decode_car(car)
    top = blocks[header["roots"][0]]["data"]
    holding = {  # tree nodes below the top that hold a kept record
        cid
        for cid, value in blocks.items()
        if "e" in value
        and cid != top
        and any(blocks[entry["v"]]["text"] in kept for entry in value["e"])
    }
    lower = blocks[min(holding)]
    partial = without(car, lambda value: unchanged(value) or value == lower)
    found = {post["text"] for post in decode(partial, "partial", Stats(), partial=True).posts}
    assert found and found < kept  # a subtree not sent did not change: passed over
    with pytest.raises(InputError, match="partial: not a readable Bluesky repository"):
        decode(partial, "partial", Stats())


# --- the bot's own posts, in export, sync and prep -------------------------------------


BOT = "did:plc:thebotaccount234567abcdef"


def bot_has_posted(text: str, repo: str = BOT) -> None:
    """What `bobby post` leaves behind: a row in the state database and a stored session."""
    with state.database() as db:
        state.write_post(db, state.Post(text=text, rkey=uuid.uuid4().hex[:13], created_at=state.timestamp(), status="posted", repo=repo))  # fmt: skip
    session_file().parent.mkdir(parents=True, exist_ok=True)
    session = f"bot.example:::{BOT}:::header.payload.sig:::header.payload.sig:::https://pds.example"
    session_file().write_bytes(orjson.dumps({"service": "https://pds.example", "login": "bot.example", "session": session}))  # fmt: skip


def test_export_leaves_out_the_bots_account_and_texts(cli, isolated):
    bot_has_posted("a text the bot wrote once")
    person = isolated / "person.car"
    person.write_bytes(
        write_car(OLD, {
            f"{POST}/3kaaaaaaaaa22": post("a text the bot wrote once", "2024-01-01T00:00:00Z"),
            f"{POST}/3kbbbbbbbbb22": post("the person's own words", "2024-01-02T00:00:00Z"),
        })
    )  # fmt: skip
    bot = isolated / "bot.car"
    bot.write_bytes(
        write_car(BOT, {f"{POST}/3kccccccccc22": post("bot output", "2024-01-03T00:00:00Z")})
    )

    result = cli("export", person, bot, "--json")

    assert result.exit_code == 0, result.stderr
    assert [post["text"] for post in lines(isolated / "data" / "posts.jsonl")] == [
        "the person's own words"
    ]
    assert json.loads(result.stdout)["skipped"] == {REASON: 2}
    one_line_error(cli("export", bot), f"no posts found (skipped: 1 {REASON})")


def test_sync_refuses_the_bots_own_account(cli, server, isolated):
    with state.database() as db:
        state.write_post(
            db,
            state.Post(
                text="x", rkey="3kaaaaaaaaa22", created_at=state.timestamp(), repo=server.did
            ),
        )
    server.document(document(server.did, server.url))

    one_line_error(
        cli("sync", server.did), f"@alice.example ({server.did}) is an account bobby posts as"
    )


def test_prep_says_how_many_of_the_bots_posts_it_dropped(cli, isolated):
    bot_has_posted("  a text the bot wrote once ")
    posts = isolated / "data" / "posts.jsonl"
    rows = [
        (f"at://{BOT}/{POST}/3kaaaaaaaaa22", "bluesky", "the bot's own post on its account"),
        (f"at://{OLD}/{POST}/3kbbbbbbbbb22", "bluesky", "a text the bot wrote once"),
        ("1001", "twitter", "a text the bot wrote once"),
    ] + [(str(2000 + n), "twitter", f"the person's own words, number {n}") for n in range(20)]
    posts.write_bytes(
        b"".join(
            orjson.dumps({"id": id, "source": source, "created_at": f"2024-01-{n + 1:02d}T00:00:00Z", "text": text, "kind": "post", "reply_to_id": None, "lang": "en"}) + b"\n"
            for n, (id, source, text) in enumerate(rows)
        )
    )  # fmt: skip

    result = cli("prep", "--json")

    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["dropped"][REASON] == 3
    assert report["samples"]["kept"] == 20
    assert f"3  {REASON}" in result.stderr


# --- against the real local PDS ---------------------------------------------------------


def write_post(pds, account: dict[str, str], text: str) -> str:
    """A post written into `account`'s repository by the account itself; its at:// URI."""
    token = pds.session(account["handle"], account["password"])["accessJwt"]
    record = {"$type": POST, "text": text, "createdAt": "2026-11-29T05:00:00.000Z", "langs": ["en"]}
    answer = pds.call("com.atproto.repo.createRecord", token, {"repo": account["did"], "collection": POST, "record": record})  # fmt: skip
    answer.raise_for_status()
    return answer.json()["uri"]


def run_sync(cli, *args: str) -> dict[str, Any]:
    result = cli("sync", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.pds
def test_sync_adds_exactly_the_new_posts_and_then_nothing(cli, pds, isolated, monkeypatch):
    monkeypatch.setenv("BOBBY_PLC_URL", pds.plc)
    alice = pds.other
    assert cli("export", written_posts(isolated)).exit_code == 0
    posts = isolated / "data" / "posts.jsonl"
    write_post(pds, alice, f"already there before the first sync {uuid.uuid4().hex[:8]}")

    first = run_sync(cli, alice["did"])  # the DID, through the PLC directory

    assert (first["handle"], first["pds"], first["since"]) == (alice["handle"], pds.url, None)
    in_repo = {record["uri"] for record in pds.records(repo=alice["did"])}
    assert {post["id"] for post in first["new"]} == in_repo
    assert {post["id"] for post in lines(posts)} == in_repo | {f"at://{OLD}/{POST}/3kaaaaaaaaa22"}

    texts = [f"new since the last sync {n} {uuid.uuid4().hex[:8]}" for n in range(2)]
    uris = [write_post(pds, alice, text) for text in texts]
    second = run_sync(cli, f"@{alice['handle']}", "--pds", pds.url)  # the handle, asked of the PDS

    assert second["since"] == first["rev"] != second["rev"]
    assert [(post["id"], post["text"]) for post in second["new"]] == list(
        zip(uris, texts, strict=True)
    )
    assert second["posts_downloaded"] == 2  # only what changed was sent
    assert second["posts"] == len(in_repo) + 3
    written = posts.read_bytes()
    downloads = pds.requests("com.atproto.sync.getRepo")

    third = run_sync(cli, alice["did"])

    assert third["new"] == [] and third["since"] == third["rev"] == second["rev"]
    assert posts.read_bytes() == written
    assert pds.requests("com.atproto.sync.getRepo") == downloads  # nothing new: nothing downloaded


@pytest.mark.pds
def test_sync_leaves_out_what_the_bot_posted(cli, pds, isolated, monkeypatch):
    monkeypatch.setenv("BOBBY_PLC_URL", pds.plc)
    as_bot(monkeypatch, pds)
    copied = f"the bot said this first {uuid.uuid4().hex[:8]}"
    assert cli("post", "--text", copied).exit_code == 0
    own = f"the person's own words {uuid.uuid4().hex[:8]}"
    write_post(pds, pds.other, copied)
    write_post(pds, pds.other, own)

    report = run_sync(cli, pds.other["did"])

    texts = [post["text"] for post in lines(isolated / "data" / "posts.jsonl")]
    assert own in texts and copied not in texts
    assert report["left_out"] == 1
    one_line_error(cli("sync", pds.did), f"({pds.did}) is an account bobby posts as")
    car = isolated / "bot.car"
    car.write_bytes(
        httpx.get(f"{pds.url}/xrpc/com.atproto.sync.getRepo", params={"did": pds.did}).content
    )
    one_line_error(cli("export", car), REASON)


@pytest.mark.pds
def test_unknown_handle_on_the_pds_is_one_line(cli, pds, monkeypatch):
    monkeypatch.setenv("BOBBY_PLC_URL", pds.plc)
    one_line_error(cli("sync", "nobody.test", "--pds", pds.url), "could not resolve @nobody.test")
