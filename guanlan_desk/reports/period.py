"""The period (month, quarter, year, from–to) and the scope (communities) a statistic is computed for."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError


class PeriodKind(StrEnum):
    """How the period was chosen."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive date range with the way it was chosen (for titles and the month trend)."""

    kind: PeriodKind
    start: date
    end: date

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """A calendar month."""
        return cls(PeriodKind.MONTH, date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """A calendar quarter (1–4)."""
        first = 3 * (quarter - 1) + 1
        return cls(PeriodKind.QUARTER, date(year, first, 1),
                   date(year, first + 2, calendar.monthrange(year, first + 2)[1]))

    @classmethod
    def year(cls, year: int) -> Period:
        """A calendar year."""
        return cls(PeriodKind.YEAR, date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def between(cls, start: date, end: date) -> Period:
        """From ``start`` to ``end``, both included."""
        if end < start:
            raise ValidationError("period", QT_TRANSLATE_NOOP("errors", "The period ends before it starts."))
        return cls(PeriodKind.RANGE, start, end)

    @property
    def label(self) -> str:
        """The Chinese title of the period: 2026年11月, 2026年第四季度, 2026年, 2026年1月1日至3月31日."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.start.year}年{self.start.month}月"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}年第{'一二三四'[(self.start.month - 1) // 3]}季度"
        if self.kind is PeriodKind.YEAR:
            return f"{self.start.year}年"
        return f"{_cn(self.start)}至{_cn(self.end)}"

    @property
    def code(self) -> str:
        """The text :func:`parse_period` reads back (2026-11, 2026Q4, 2026, 2026-01-01..2026-03-31)."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}Q{(self.start.month - 1) // 3 + 1}"
        if self.kind is PeriodKind.YEAR:
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    def months(self) -> list[tuple[int, int]]:
        """The (year, month) pairs the period touches, in order (the month trend's axis)."""
        out: list[tuple[int, int]] = []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def previous(self) -> Period:
        """The period of the same length just before (last month, last quarter, last year)."""
        if self.kind is PeriodKind.MONTH:
            prev = self.start - timedelta(days=1)
            return Period.month(prev.year, prev.month)
        if self.kind is PeriodKind.QUARTER:
            q = (self.start.month - 1) // 3 + 1
            return Period.quarter(self.start.year - 1, 4) if q == 1 else Period.quarter(self.start.year, q - 1)
        if self.kind is PeriodKind.YEAR:
            return Period.year(self.start.year - 1)
        length = self.end - self.start
        return Period.between(self.start - length - timedelta(days=1), self.start - timedelta(days=1))


def _cn(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


def parse_period(text: str) -> Period:
    """Read 2026-11, 2026Q4, 2026 or 2026-01-01..2026-03-31."""
    text = text.strip()
    try:
        if m := _MONTH.match(text):
            return Period.month(int(m[1]), int(m[2]))
        if m := _QUARTER.match(text):
            return Period.quarter(int(m[1]), int(m[2]))
        if m := _YEAR.match(text):
            return Period.year(int(m[1]))
        if m := _RANGE.match(text):
            return Period.between(date.fromisoformat(m[1]), date.fromisoformat(m[2]))
    except ValueError:
        pass
    raise ValidationError("period", QT_TRANSLATE_NOOP(
        "errors", "Unknown period {text}: use 2026-11, 2026Q4, 2026 or 2026-01-01..2026-03-31."), text=text)


@dataclass(frozen=True, slots=True)
class Scope:
    """Which communities are counted: ``codes`` empty means all of them."""

    codes: tuple[str, ...] = ()

    @property
    def everything(self) -> bool:
        """Whether every community is counted."""
        return not self.codes

    @classmethod
    def parse(cls, text: str | None) -> Scope:
        """``GC,KK`` → two communities; empty or ``all`` → all."""
        if not text or text.strip().lower() == "all":
            return cls()
        return cls(tuple(sorted({c.strip() for c in text.split(",") if c.strip()})))
