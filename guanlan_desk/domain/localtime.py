"""The one local time zone and "today" of the whole app: Shenzhen (UTC+8), whatever the PC is set to.

Windows has no IANA time-zone database; the ``tzdata`` package (a dependency, bundled by the frozen build)
provides ``Asia/Shanghai``. Should it be missing all the same, a fixed UTC+8 is used: China has had no
daylight-saving time since 1991, so both give the same wall-clock time for every date the app records.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ZONE_NAME = "Asia/Shanghai"
UTC_PLUS_8 = timezone(timedelta(hours=8), "CST")


def _load() -> tzinfo:
    try:
        return ZoneInfo(ZONE_NAME)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return UTC_PLUS_8


LOCAL_TZ: tzinfo = _load()


def has_zone_data() -> bool:
    """Whether the IANA data for ``Asia/Shanghai`` is available (the self-test checks the bundled copy)."""
    return not isinstance(LOCAL_TZ, timezone)


def to_local(moment: datetime) -> datetime:
    """``moment`` in Shenzhen time (a naive value is taken as UTC, as the database stores it)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return aware.astimezone(LOCAL_TZ)


def local_now() -> datetime:
    """The current time in Shenzhen, from the PC's clock."""
    return datetime.now(timezone.utc).astimezone(LOCAL_TZ)


def local_today(now: datetime | None = None) -> date:
    """Today's date in Shenzhen (of ``now``, UTC, when given), not in the PC's own zone."""
    return to_local(now).date() if now is not None else local_now().date()
