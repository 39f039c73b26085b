"""Windows has no IANA time-zone database: the app must start, and "today" is Shenzhen's everywhere."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from guanlan_desk.domain import localtime
from tests.windows.conftest import run_main

# Windows: no system zone files (PYTHONTZPATH points nowhere) and, worst case, no tzdata package either.
NO_SYSTEM_ZONES = {"PYTHONTZPATH": "/nonexistent"}
NO_TZDATA = "import sys\nsys.modules['tzdata'] = None\n"


def test_version_runs_without_system_zone_data() -> None:
    done = run_main("--version", env=NO_SYSTEM_ZONES)
    assert done.returncode == 0, done.stderr.decode()
    assert b"guanlan_desk" in done.stdout and b"Traceback" not in done.stderr


@pytest.mark.parametrize("prelude", ["", NO_TZDATA], ids=["tzdata", "no-tzdata"])
def test_cli_commands_run_without_system_zone_data(demo_dir: Path, prelude: str) -> None:
    for args in (("stats", "--data-dir", str(demo_dir)), ("search", "--data-dir", str(demo_dir), "纠纷")):
        done = run_main(*args, env=NO_SYSTEM_ZONES, prelude=prelude)
        assert done.returncode == 0, done.stderr.decode()
        assert b"Traceback" not in done.stderr


def test_tzdata_provides_the_zone_when_the_system_has_none() -> None:
    done = run_main("--version", env=NO_SYSTEM_ZONES, prelude=(
        "from guanlan_desk.domain import localtime\nassert localtime.has_zone_data(), localtime.LOCAL_TZ"))
    assert done.returncode == 0, done.stderr.decode()


def test_fixed_utc8_fallback_when_no_zone_data_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(key: str) -> None:
        raise localtime.ZoneInfoNotFoundError(key)

    monkeypatch.setattr(localtime, "ZoneInfo", missing)
    zone = localtime._load()
    assert zone is localtime.UTC_PLUS_8
    assert datetime(2026, 3, 4, 16, 30, tzinfo=timezone.utc).astimezone(zone).date() == date(2026, 3, 5)


@pytest.mark.skipif(not hasattr(__import__("time"), "tzset"), reason="time.tzset is POSIX-only")
def test_today_is_shenzhen_today_whatever_the_pc_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    # 23:30 in Berlin on 4 March is 06:30 on 5 March in Shenzhen.
    late = datetime(2026, 3, 4, 22, 30, tzinfo=timezone.utc)
    assert localtime.local_today(late) == date(2026, 3, 5)
    assert localtime.to_local(late.replace(tzinfo=None)).hour == 6  # naive values are UTC, as stored
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    import time

    time.tzset()
    try:
        assert localtime.local_today() == localtime.local_now().date()
        assert localtime.local_now().utcoffset() == localtime.UTC_PLUS_8.utcoffset(None)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_no_module_uses_the_pc_zone_or_its_own_zone() -> None:
    """One definition of "today": no ``date.today()``, ``QDate.currentDate()`` or zone of its own elsewhere."""
    package = Path(localtime.__file__).resolve().parents[1]
    banned = ("date.today()", "QDate.currentDate()", "ZoneInfo(", "timezone(timedelta(hours=8)", "datetime.now()")
    offenders = [f"{path.relative_to(package)}: {needle}" for path in package.rglob("*.py")
                 if path.name != "localtime.py" for needle in banned if needle in path.read_text(encoding="utf-8")]
    assert offenders == []
