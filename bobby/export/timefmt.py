"""Timestamps from every source, to one form: ISO 8601 in UTC, to the second.

Twitter writes `Sat Nov 09 12:14:18 +0000 2024`, Grailbird `2009-05-01 00:00:00 +0000`,
Bluesky and note tweets ISO 8601 with milliseconds. One form to the second sorts
correctly as text and joins note tweets to their tweets. Tens of thousands are parsed
per export, so the common UTC forms are sliced rather than run through strptime.
"""

from __future__ import annotations

from datetime import UTC, datetime

MONTHS = {
    name: f"{number:02d}"
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def _utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(_FORMAT)


def twitter(value: str) -> str:
    """`Sat Nov 09 12:14:18 +0000 2024` (or Grailbird's `2009-05-01 00:00:00 +0000`)."""
    if len(value) == 30 and value[19:26] == " +0000 " and value[4:7] in MONTHS:
        return f"{value[26:30]}-{MONTHS[value[4:7]]}-{value[8:10]}T{value[11:19]}Z"
    if len(value) == 25 and value[4] == "-" and value.endswith(" +0000"):
        return f"{value[:10]}T{value[11:19]}Z"
    if value[4:5] == "-":
        return _utc(datetime.strptime(value, "%Y-%m-%d %H:%M:%S %z"))
    return _utc(datetime.strptime(value, "%a %b %d %H:%M:%S %z %Y"))


def iso(value: str) -> str:
    """ISO 8601 with any precision and offset (`2024-04-02T16:25:47.000Z`)."""
    if len(value) == 24 and value[10] == "T" and value.endswith("Z") and value[19] == ".":
        return value[:19] + "Z"
    return _utc(datetime.fromisoformat(value))
