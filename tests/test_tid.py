"""Record keys in the TID format the PDS requires for posts."""

from atproto_client.models.string_formats import TID_RE

from bobby.bluesky.tid import new_tid


def test_tids_are_valid_and_increase():
    tids = [new_tid() for _ in range(2000)]
    assert all(TID_RE.match(tid) for tid in tids)
    assert tids == sorted(tids) and len(set(tids)) == len(tids)
