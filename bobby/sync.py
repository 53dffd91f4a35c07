"""`bobby sync`: the person's new posts on their live Bluesky account, into posts.jsonl.

An archive is a snapshot; a person keeps posting. `sync` finds the account's repository
the way every atproto client does (handle → DID by DNS or HTTPS, or by asking a PDS;
DID → DID document from the PLC directory or, for did:web, the domain itself; the
document names the PDS), downloads it with `com.atproto.sync.getRepo` and merges its
posts into posts.jsonl with the export's rules (`bobby.export.bluesky`,
`bobby.export.merge`). The bot's own posts are left out (`bobby.bot_posts`).

The repository's revision is kept in a small file beside the posts file
(posts.jsonl → posts.sync.json), so that the next sync asks only for what was written
since (getRepo's `since`). It lives beside the posts file rather than in the state
database because it describes that file: it moves, is backed up and is deleted with it.
It also holds the sha256 of the posts file as sync left it: if the file was changed
since (`bobby export` rewrote it, or a person edited it), the stored revisions no longer
say what the file holds, and the whole repository is downloaded again; the merge drops
what is already there, so that costs time, never a post.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlparse

import orjson

from bobby import bot_posts
from bobby.bluesky import schema, xrpc
from bobby.bluesky.session import Identity
from bobby.errors import BlueskyError, InputError
from bobby.export import merge, packed
from bobby.export.bluesky import Repository, decode
from bobby.export.twitter import Stats
from bobby.files import sha256_file, write_json
from bobby.progress import Report, stage
from bobby.state import timestamp

if TYPE_CHECKING:
    from atproto_core.did_doc import DidDocument

PLC_DIRECTORY = "https://plc.directory"
TIMEOUT = 30.0  # seconds for one request
LARGEST_DID_DOCUMENT = 1 << 20  # bytes; real ones are about 1 KB
LARGEST_REPO = 256 << 20  # bytes of a getRepo answer (100,000 posts are about 60 MB)
REPO_TIME = 600.0  # seconds for one getRepo download in all
SHOWN = ("id", "created_at", "kind", "text")  # what the report says of each new post


@dataclass
class SyncReport:
    """What a sync downloaded and added; `to_dict()` is what `--json` prints.

    `since` is the revision the download started from (None: the whole repository);
    `new` lists the posts added, oldest first; `left_out` counts the bot's own posts
    that were found and not kept; `skipped` the records that were not readable posts.
    """

    did: str
    handle: str | None
    pds: str
    since: str | None
    rev: str | None
    downloaded_bytes: int
    posts_downloaded: int
    left_out: int
    posts: int
    out: str
    new: list[dict[str, Any]] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _syntax() -> tuple[Callable[[str], bool], Callable[[str], Any]]:
    from atproto_client.models.string_formats import DID_RE, is_valid_handle

    return is_valid_handle, DID_RE.match


def _http_url(url: str, what: str) -> str:
    """`url` without its trailing slash, if it is an http(s) URL with a host."""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise InputError(f"{what} must be an http(s) URL, got {url!r}")
    return url.rstrip("/")


def _get_json(url: str, what: str) -> Any:
    """GET a small JSON document; None for a 404. Errors name `what` and the server only."""
    import httpx

    from bobby.bluesky import transport

    try:
        with (
            transport.limits(TIMEOUT, 2 * LARGEST_DID_DOCUMENT),  # the loop's message first
            transport.client(TIMEOUT) as client,
            client.stream("GET", url, headers={"Accept": "application/json"}) as response,
        ):
            if response.status_code == 404:
                return None
            if response.status_code != 200:
                raise BlueskyError(
                    f"could not read {what}: {url} answered HTTP {response.status_code}"
                )
            body = b""
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > LARGEST_DID_DOCUMENT:
                    raise InputError(f"{url}: {what} is larger than {LARGEST_DID_DOCUMENT:,} bytes")
    except httpx.TimeoutException:
        raise xrpc.Unreachable(f"could not read {what}: {url} did not answer in time") from None
    except httpx.HTTPError as err:
        raise xrpc.Unreachable(f"could not read {what}: cannot reach {url} ({err})") from None
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as err:
        raise InputError(f"{url}: {what} is not JSON ({err})") from None


def did_document(did: str, plc: str = PLC_DIRECTORY) -> DidDocument:
    """The DID document of `did`: from the PLC directory for did:plc, from the domain's
    /.well-known/did.json for did:web (over http for localhost, as atproto's own resolver
    does, so that a local test network works)."""
    from atproto_core.did_doc import DidDocument
    from pydantic import ValidationError

    method, _, rest = did.removeprefix("did:").partition(":")
    if method == "plc":
        url = f"{_http_url(plc, '--plc')}/{quote(did, safe=':')}"
        where = f"the PLC directory {plc}"
    elif method == "web" and rest and ":" not in rest:
        host = unquote(rest)
        scheme = "http" if host.split(":")[0] == "localhost" else "https"
        url = f"{scheme}://{host}/.well-known/did.json"
        where = host
    else:
        raise InputError(f"{did}: only did:plc and did:web (without a path) name Bluesky accounts")
    value = _get_json(url, f"the DID document of {did}")
    if value is None:
        raise InputError(f"{did}: no such DID at {where}")
    try:
        document = DidDocument.model_validate(value)
    except ValidationError as err:
        problem = err.errors()[0]
        place = ".".join(map(str, problem["loc"])) or "the document"
        raise InputError(f"{url}: not a valid DID document ({place}: {problem['msg']})") from None
    if document.id != did:
        raise InputError(f"{url}: the DID document is that of {document.id!r}, not {did}")
    return document


def _handle_did(handle: str, pds: str | None) -> str:
    """The DID a handle stands for: asked of `pds` when given, else found by DNS (a TXT
    record at _atproto.HANDLE) or HTTPS (https://HANDLE/.well-known/atproto-did)."""
    if pds is not None:
        client = _client(pds)
        answer = xrpc.retrying(
            lambda: xrpc.query(
                client, "com.atproto.identity.resolveHandle", f"resolve @{handle}", handle=handle
            )
        )
        did = schema.string(answer, "did", f"resolve @{handle}")
    else:
        from atproto_identity.handle.resolver import HandleResolver

        did = HandleResolver(timeout=TIMEOUT).resolve(handle)
        if did is None:
            raise InputError(
                f"@{handle}: no such handle (no DNS record at _atproto.{handle} and no "
                f"https://{handle}/.well-known/atproto-did); give its PDS with --pds to ask it instead"
            )
    _, is_did = _syntax()
    if not isinstance(did, str) or not is_did(did):
        raise InputError(f"@{handle} resolved to {did!r}, which is not a DID")
    return did


def _client(pds: str) -> Any:
    from bobby.bluesky.session import BlueskyOptions, anonymous

    return anonymous(BlueskyOptions(pds=pds))


def find_account(actor: str, pds: str | None = None, plc: str = PLC_DIRECTORY) -> Identity:
    """The account a handle or DID names, and the PDS to download its repository from.

    Args:
        actor: a handle (alice.bsky.social, with or without @) or a DID.
        pds: ask this PDS for the handle's DID and download from it, rather than from
            the PDS the DID document names.
        plc: the PLC directory for did:plc.

    Raises:
        InputError: not a handle or DID, no such account, a DID document that is not
            one, or one that does not confirm the handle.
        BlueskyError: a server could not be reached or refused.
    """
    is_handle, is_did = _syntax()
    name = actor.strip().removeprefix("@")
    if pds is not None:
        pds = _http_url(pds, "--pds")
    if is_did(name):
        did, handle = name, None
    elif is_handle(name):
        handle = name.lower()
        did = _handle_did(handle, pds)
    else:
        raise InputError(
            f"{actor!r} is not a Bluesky handle (alice.bsky.social) or DID (did:plc:...)"
        )
    document = did_document(did, plc)
    named = document.get_handle()
    if handle is not None and (named or "").lower() != handle:
        raise InputError(
            f"@{handle} resolves to {did}, whose DID document names "
            f"{'@' + named if named else 'no handle'}: the handle is not confirmed"
        )
    endpoint = pds or document.get_pds_endpoint()
    if endpoint is None:
        raise InputError(f"{did}: its DID document names no PDS (no #atproto_pds http(s) service)")
    return Identity(did, named, endpoint.rstrip("/"))


def _name(account: Identity) -> str:
    return f"@{account.handle}" if account.handle else account.did


def download(account: Identity, since: str | None = None) -> bytes:
    """The account's repository as a CAR file; with `since`, only what was written after
    that revision."""
    from bobby.bluesky import transport

    client = _client(account.pds)
    params = {"did": account.did} | ({"since": since} if since else {})
    with transport.limits(REPO_TIME, LARGEST_REPO):
        car = xrpc.retrying(
            lambda: xrpc.query(
                client,
                "com.atproto.sync.getRepo",
                f"download the repository of {_name(account)} from {account.pds}",
                **params,
            )
        )
    if not isinstance(car, bytes):
        raise InputError(f"{account.pds}: answered getRepo with JSON, not a repository")
    return car


def latest_rev(account: Identity) -> str:
    """The revision of the account's latest commit (a small request: is there anything new?)."""
    what = f"ask {account.pds} for the latest revision of {_name(account)}"
    answer = xrpc.retrying(
        lambda: xrpc.query(
            _client(account.pds), "com.atproto.sync.getLatestCommit", what, did=account.did
        )
    )
    return schema.string(answer, "rev", what)


def state_file(posts: Path) -> Path:
    """Where the revisions synced into `posts` are kept: posts.jsonl → posts.sync.json."""
    return posts.with_name(f"{posts.stem}.sync.json")


def _read_state(posts: Path) -> dict[str, Any]:
    """What the last sync into `posts` stored; empty if nothing or nothing readable (the
    next sync then downloads everything, which loses nothing)."""
    try:
        stored = orjson.loads(state_file(posts).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}
    fine = isinstance(stored, dict) and isinstance(stored.get("accounts"), dict)
    return stored if fine else {}


def _stored_rev(posts: Path, did: str) -> str | None:
    """The revision last synced into `posts` for `did`, if the posts file is still as that
    sync left it; None (download everything) otherwise."""
    stored = _read_state(posts)
    if not stored or stored.get("posts_sha256") != sha256_file(posts):
        return None
    entry = stored["accounts"].get(did)
    rev = entry.get("rev") if isinstance(entry, dict) else None
    return rev if isinstance(rev, str) else None


def _store_rev(posts: Path, account: Identity, rev: str | None) -> None:
    """Record `rev` for the account, with the digest of the posts file as it is now."""
    accounts = _read_state(posts).get("accounts", {})
    accounts[account.did] = {
        "handle": account.handle,
        "pds": account.pds,
        "rev": rev,
        "synced_at": timestamp(),
    }
    write_json(state_file(posts), {"posts_sha256": sha256_file(posts), "accounts": accounts})


def sync(
    actor: str,
    posts: Path,
    pds: str | None = None,
    plc: str = PLC_DIRECTORY,
    progress: Report | None = None,
) -> SyncReport:
    """Add the account's posts that `posts` lacks to it; leave out the bot's own.

    Args:
        actor: the person's handle or DID.
        posts: the posts file (created if missing); rewritten only when something changes.
        pds: see `find_account`.
        plc: the PLC directory.
        progress: told as each stage starts.

    Raises:
        InputError: see `find_account`; the account is one bobby posts as; the posts file
            has a line that is not a post; what the PDS sent is not the repository.
        BlueskyError: a server could not be reached or refused.
    """
    stage(progress, f"Looking up {actor}")
    account = find_account(actor, pds, plc)
    name = _name(account)
    bot = bot_posts.gather()
    if account.did in bot.dids:
        raise InputError(
            f"{name} ({account.did}) is an account bobby posts as: it never learns from its own posts"
        )
    existing = packed.read(posts)
    since = _stored_rev(posts, account.did) if existing else None

    stats = Stats()
    if since is not None and latest_rev(account) == since:
        car, repo = b"", Repository(account.did, since, [])
    else:
        stage(progress, f"Downloading the repository of {name}")
        car = download(account, since)
        where = f"what {account.pds} sent as the repository of {name}"
        repo = decode(car, where, stats, partial=since is not None)
        if repo.did != account.did:
            raise InputError(f"{where}: it is the repository of {repo.did}")

    stage(progress, "Merging")
    known = {(post.source, post.id) for post in existing}
    fresh = [post for post in packed.pack(repo.posts) if (post.source, post.id) not in known]
    fresh, own_fresh = bot_posts.leave_out(fresh, bot)
    kept, own_kept = bot_posts.leave_out(existing, bot)
    merged = merge(kept + fresh, stats)
    if fresh or own_kept or not posts.exists():
        packed.write(posts, merged)
    _store_rev(posts, account, repo.rev)
    added = {post.id for post in fresh}
    return SyncReport(
        did=account.did,
        handle=account.handle,
        pds=account.pds,
        since=since,
        rev=repo.rev,
        downloaded_bytes=len(car),
        posts_downloaded=len(repo.posts),
        left_out=own_fresh + own_kept,
        posts=len(merged),
        out=str(posts),
        new=[
            {key: value for key, value in orjson.loads(post.line).items() if key in SHOWN}
            for post in merged
            if post.id in added
        ],
        skipped=stats.skipped,
    )
