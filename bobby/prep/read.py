"""Reading posts.jsonl into an Arrow table, checking every line.

posts.jsonl is written by `bobby export`, but it is a plain text file a person may edit
or produce by other means, so what prep relies on is checked and a bad line is reported
by its number. Arrow's JSON reader parses the file in C++ straight into the columns
`datasets` works on (a few times faster than building Python objects, and the reading
is a good share of prep's time); when it or a check objects, the file is read again line
by line in Python, which names the first bad line.

The thread each post belongs to is worked out here, once, from `reply_to_id`: every
later step needs it, and it is a walk over the whole file rather than a per-row step.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from bobby.errors import InputError
from bobby.files import open_regular
from bobby.posts import KINDS

if TYPE_CHECKING:
    import pyarrow as pa

REQUIRED = ("id", "source", "created_at", "text", "kind")
OPTIONAL = ("reply_to_id", "lang")
COLUMNS = ("id", "source", "created_at", "text", "kind", "lang", "thread", "root_kind")
TIME = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"
_TIME = re.compile(TIME)


def _check(post: Any, where: str) -> None:
    if not isinstance(post, dict):
        raise InputError(f"{where}: not a post (a JSON object was expected)")
    for key in REQUIRED:
        if not isinstance(post.get(key), str):
            problem = "missing" if key not in post or post[key] is None else "not a string"
            raise InputError(f"{where}: {key!r} is {problem}")
    for key in OPTIONAL:
        if not isinstance(post.get(key), str | None):
            raise InputError(f"{where}: {key!r} is not a string or null")
    if post["kind"] not in KINDS:
        raise InputError(f"{where}: kind {post['kind']!r} is not one of {', '.join(KINDS)}")
    if not _TIME.fullmatch(post["created_at"]):
        raise InputError(f"{where}: created_at {post['created_at']!r} is not YYYY-MM-DDTHH:MM:SSZ")


def _slow(path: Path) -> pa.Table:
    """Line by line: the first bad line raises an InputError naming it."""
    import pyarrow as pa

    posts = []
    for number, line in enumerate(path.read_bytes().splitlines(), 1):
        if not line.strip():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as err:
            raise InputError(
                f"{path}, line {number}: not UTF-8 text (byte {err.start + 1} is {line[err.start]:#04x})"
            ) from None
        try:
            post = orjson.loads(line)
        except orjson.JSONDecodeError as err:
            raise InputError(f"{path}, line {number}: not valid JSON ({err})") from None
        _check(post, f"{path}, line {number}")
        posts.append(post)
    if not posts:
        raise InputError(f"{path}: no posts in it")
    return pa.table(
        {
            key: pa.array([post.get(key) for post in posts], pa.string())
            for key in REQUIRED + OPTIONAL
        }
    )


def _fast(path: Path) -> pa.Table | None:
    """With Arrow's reader, or None if anything is amiss (`_slow` then says what)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.json as pj

    schema = pa.schema([(key, pa.string()) for key in REQUIRED + OPTIONAL])
    options = pj.ParseOptions(explicit_schema=schema, unexpected_field_behavior="ignore")
    try:
        table = pj.read_json(path, parse_options=options)
        table.validate(full=True)  # the reader lets bytes that are not UTF-8 through
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    fine = (
        table.num_rows
        and not any(table.column(key).null_count for key in REQUIRED)
        and pc.all(pc.is_in(table.column("kind"), pa.array(KINDS))).as_py()
        and pc.all(pc.match_substring_regex(table.column("created_at"), f"^{TIME}$")).as_py()
    )
    return table.select(REQUIRED + OPTIONAL) if fine else None


def _threads(
    sources: list[str], ids: list[str], kinds: list[str], parents: list[str | None]
) -> list[int]:
    """The row of each post's thread's first post.

    A thread is a post and the chain of one's own replies under it (`self_reply` whose
    `reply_to_id` is another post of the file); any other post is a thread of its own.
    """
    index = {key: row for row, key in enumerate(zip(sources, ids, strict=True))}
    roots: list[int | None] = [None] * len(ids)

    def root(row: int) -> int:
        chain: list[int] = []
        while (found := roots[row]) is None:
            parent = index.get((sources[row], parents[row]))
            if kinds[row] != "self_reply" or parent is None or parent in chain:
                roots[row] = found = row
                break
            chain.append(row)
            row = parent
        for member in chain:
            roots[member] = found
        return found

    return [root(row) for row in range(len(ids))]


def read_posts(path: Path) -> pa.Table:
    """The posts of `path`, oldest first, in the COLUMNS prep uses: those of the file and
    `thread` (`source:id` of the thread's first post) and `root_kind` (that post's kind).

    Raises:
        InputError: the file is missing, empty, or a line is not a post (naming the line).
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file (run `bobby export` first)")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    open_regular(path).close()  # a FIFO would block the reader
    try:
        table = _fast(path)
        if table is None:
            table = _slow(path)
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror or err})") from None
    times = table.column("created_at").to_pylist()
    if any(a > b for a, b in itertools.pairwise(times)):
        table = table.sort_by("created_at")
    columns = [table.column(key).to_pylist() for key in ("source", "id", "kind", "reply_to_id")]
    roots = pa.array(_threads(*columns))
    first = {key: table.column(key).take(roots) for key in ("source", "id", "kind")}
    # ids are unique within a source only
    thread = pc.binary_join_element_wise(first["source"], first["id"], ":")
    table = table.append_column("thread", thread).append_column("root_kind", first["kind"])
    return table.select(COLUMNS)
