"""Record keys in the atproto TID format, chosen by bobby before a post is sent.

A TID is 64 bits, written as 13 characters of a sortable base-32 alphabet: microseconds
since 1970 in the high 53 bits (the top bit stays 0) and a 10-bit clock id. Choosing the
key on our side, and writing it to the state database before the network call, is what
lets a retry ask the PDS "is this record already there?" instead of posting twice.
"""

from __future__ import annotations

import threading
import time

_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
_lock = threading.Lock()
_last = 0


def new_tid() -> str:
    """A fresh TID, greater than every TID this process made before."""
    import secrets  # here: a dry run, which makes no record key, need not import it

    global _last
    with _lock:
        micros = max(time.time_ns() // 1000, _last + 1)
        _last = micros
    value = (micros << 10) | secrets.randbits(10)
    return "".join(_ALPHABET[(value >> shift) & 31] for shift in range(60, -1, -5))
