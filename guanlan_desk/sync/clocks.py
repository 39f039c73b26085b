"""Row clocks from a bundle must be plausible: well formed, and not far ahead of this workstation's clock.

Hybrid logical clocks decide which value of a field wins. A clock stamped in 2100 (a workstation with a wrong
date, or a forgery) would win every later merge and drag this workstation's clock along. A bundle holding a
change dated more than the margin (a setting, one day unless changed) ahead of the receiver's clock is refused
whole, with a message naming the sender. This workstation's clock is its wall clock, or its own hybrid clock
when that is later (the newest change it has seen).
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import text

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import Setting
from guanlan_desk.store.uow import GuanlanSession
from guanlan_desk.sync.errors import BundleInvalid, ClockTooFarAhead
from guanlan_desk.sync.rows import ParsedRow

MARGIN_KEY = "sync.clock_margin_hours"
DEFAULT_MARGIN_HOURS = 24
MAX_MARGIN_HOURS = 24 * 30
_HLC = re.compile(r"^[0-9]{13}-[0-9]{5}-[^\s]{1,44}$")


def margin_hours(session: GuanlanSession) -> int:
    """How far ahead of this workstation's clock an incoming change may be dated (hours)."""
    row = session.get(Setting, MARGIN_KEY)
    try:
        value = int(row.value) if row is not None else DEFAULT_MARGIN_HOURS
    except ValueError:
        return DEFAULT_MARGIN_HOURS
    return value if 1 <= value <= MAX_MARGIN_HOURS else DEFAULT_MARGIN_HOURS


def set_margin_hours(ctx: Ctx, hours: int) -> None:
    """Change the clock margin (an administrator's setting)."""
    ctx.require(Permission.SETTINGS, QT_TRANSLATE_NOOP("terms", "change settings"))
    if not 1 <= hours <= MAX_MARGIN_HOURS:
        raise ValidationError("clock_margin", QT_TRANSLATE_NOOP(
            "errors", "The clock margin must be between 1 and {most} hours."), most=MAX_MARGIN_HOURS)
    with ctx.write() as session:
        row = session.get(Setting, MARGIN_KEY)
        if row is None:
            session.add(Setting(key=MARGIN_KEY, value=str(hours)))
        else:
            row.value = str(hours)
        session.commit()


def newest(rows: list[ParsedRow], name: str) -> str:
    """The newest clock in some rows; a malformed clock is refused (it would sort above every real one)."""
    top = ""
    for row, clocks in rows:
        stamps = [str(row["hlc"])] + [c for pair in clocks.values() for c in pair]
        for stamp in stamps:
            if stamp and not _HLC.match(stamp):
                raise BundleInvalid(f"a clock of {name} is malformed")
            if stamp > top:
                top = stamp
    return top


class ClockCheck:
    """Refuses rows dated more than the margin ahead of this workstation's clock as it was before the import."""

    def __init__(self, session: GuanlanSession, now: datetime, sender: str) -> None:
        self.margin = margin_hours(session)
        # This workstation's clock: its wall clock, or its hybrid clock when that is ahead (it saw later changes).
        mine = session.execute(text("SELECT text_value FROM local_state WHERE key = 'hlc'")).scalar() or ""
        self.here = max(int(now.timestamp() * 1000), int(mine[:13]) if _HLC.match(mine) else 0)
        self.sender = sender

    def __call__(self, name: str, rows: list[ParsedRow]) -> None:
        """Raise :class:`ClockTooFarAhead` when a change of ``rows`` is dated too far ahead."""
        top = newest(rows, name)
        ahead_ms = int(top[:13]) - self.here if top else 0
        if ahead_ms > self.margin * 3_600_000:
            raise ClockTooFarAhead(self.sender, ahead_ms // 3_600_000, self.margin)
