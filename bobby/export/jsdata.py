"""Reading the JavaScript files of Twitter archives: `window.YTD.tweets.part0 = [...]`,
`Grailbird.data.tweets_2009_04 = [...]`, `window.__THAR_CONFIG = {...}`.

Each is one assignment of a JSON value. Small files are parsed whole. The tweets files
can hold hundreds of thousands of records (gigabytes), so `iter_records` streams them:
the archives are pretty-printed, and since a JSON string cannot contain a raw newline, a
newline followed by a closing brace at the indentation of the array's elements can only
be the end of a top-level element. The text up to the last such boundary in each chunk
is parsed at C speed as one array. A file laid out any other way is parsed whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO, Any

import orjson

from bobby.errors import InputError

CHUNK = 2 << 20
_ASSIGNMENT = re.compile(rb"^\s*(?:var\s+)?[A-Za-z_$][\w$.]*\s*=\s*")
_BOM = b"\xef\xbb\xbf"


class LayoutError(Exception):
    """The file is valid but not laid out the way streaming expects."""


def _value_start(head: bytes, name: str) -> int:
    """Offset of the JSON value after `window.X = ` (or 0 for a bare JSON file)."""
    start = len(_BOM) if head.startswith(_BOM) else 0
    match = _ASSIGNMENT.match(head, start)
    if match:
        return match.end()
    stripped = head[start:].lstrip()
    if stripped[:1] in (b"[", b"{"):
        return len(head) - len(stripped)
    raise InputError(f"{name}: not an archive data file (expected `window.YTD.… = [`)")


def _loads(data: bytes, name: str) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as err:
        raise InputError(f"{name}: not valid archive data ({err})") from None


def parse(data: bytes, name: str) -> Any:
    """The value assigned in a whole archive .js file."""
    body = data[_value_start(data[:4096], name) :].rstrip()
    if body.endswith(b";"):
        body = body[:-1]
    return _loads(body, name)


def parse_array(data: bytes, name: str) -> list[Any]:
    """Like `parse`, but the value must be an array."""
    value = parse(data, name)
    if not isinstance(value, list):
        raise InputError(f"{name}: expected an array of records, found {type(value).__name__}")
    return value


def iter_bodies(stream: IO[bytes], name: str) -> Iterator[bytes]:
    """The records of a large archive .js array, as array bodies of about `CHUNK` bytes.

    Each body is one or more whole records separated by commas, without the brackets;
    `parse_body` turns it into a list. Raises `LayoutError` if the layout is not the one
    archives use; the caller then parses the file whole with `parse_array`.
    """
    buf = stream.read(CHUNK)
    start = _value_start(buf[:4096], name)
    buf = buf[start:].lstrip()
    if not buf.startswith(b"["):
        raise LayoutError
    buf = buf[1:]
    first = buf.lstrip()
    if not first.startswith(b"{"):
        if first.startswith(b"]"):
            return  # an empty array
        raise LayoutError
    # The indentation of the first element's opening brace, if it starts a line.
    line_start = buf.rfind(b"\n", 0, len(buf) - len(first))
    indent = buf[line_start + 1 : len(buf) - len(first)] if line_start >= 0 else b""
    if indent.strip():
        raise LayoutError
    boundary = b"\n" + indent + b"}"
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        buf += chunk
        cut = _last_boundary(buf, boundary)
        if cut > 0:
            yield buf[:cut]
            buf = buf[cut:].lstrip()[1:]  # drop the comma between elements
    tail = buf.rstrip()
    if tail.endswith(b";"):
        tail = tail[:-1].rstrip()
    if not tail.endswith(b"]"):
        raise InputError(f"{name}: truncated, the array of records does not end")
    yield tail[:-1]


def _last_boundary(buf: bytes, boundary: bytes) -> int:
    """End offset of the last top-level element followed by a comma, or -1."""
    pos = len(buf)
    while (pos := buf.rfind(boundary, 0, pos)) >= 0:
        end = pos + len(boundary)
        if buf[end : end + 64].lstrip()[:1] == b",":
            return end
    return -1


def field(value: Any, *keys: str) -> Any:
    """`value[key][key]...`, or None where a step is not an object or lacks the key.

    Archive metadata (manifest.js, account.js) is read through this, so a field of an
    unexpected type means "not there", never a crash deep inside the reader.
    """
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def text(value: Any) -> str | None:
    """A non-empty string or number as text (archives write ids both ways); else None."""
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        return None
    return str(value)


def parse_body(body: bytes) -> list[Any]:
    """The records of one body from `iter_bodies`."""
    try:
        return orjson.loads(b"[" + body + b"]")
    except orjson.JSONDecodeError:
        raise LayoutError from None
