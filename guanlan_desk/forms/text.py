"""How values are written on paper: dates in Arabic numerals without leading zeros, money, name lists."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

WEEKDAYS = "一二三四五六日"
DATE_BLANK = "\xa0" * 8 + "年" + "\xa0" * 4 + "月" + "\xa0" * 4 + "日"  # U+3000 runs would collapse
_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def fmt_date(value: date | None) -> str:
    """``2026年3月5日`` (GB/T 9704-2012: Arabic numerals, no leading zeros); empty for ``None``."""
    if value is None:
        return ""
    return f"{value.year}年{value.month}月{value.day}日"


def fmt_time(value: datetime) -> str:
    """``9时``, ``14时30分``."""
    return f"{value.hour}时" + (f"{value.minute}分" if value.minute else "")


def fmt_datetime(value: datetime | None, *, weekday: bool = False) -> str:
    """``2026年3月12日（星期四）14时30分``; empty for ``None``."""
    if value is None:
        return ""
    day = fmt_date(value.date())
    if weekday:
        day += f"（星期{WEEKDAYS[value.weekday()]}）"
    return f"{day}{fmt_time(value)}"


def fmt_date_or_blank(value: date | None) -> str:
    """A date, or ``年　月　日`` with room to write one in."""
    return fmt_date(value) or DATE_BLANK


def fmt_money(amount: Decimal | None) -> str:
    """``12,000.00元``; empty for ``None``."""
    if amount is None:
        return ""
    return f"{amount.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,}元"


def _section(number: int) -> str:
    """Capital numerals for 0 < number < 10000, with 零 for inner gaps."""
    units = ("", "拾", "佰", "仟")
    out: list[str] = []
    zero = False
    for power in range(3, -1, -1):
        digit = number // 10**power % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(_DIGITS[digit] + units[power])
    return "".join(out)


def rmb_upper(amount: Decimal) -> str:
    """The amount in capital numerals as written on agreements: ``壹万贰仟元整``, ``叁佰元零伍角``."""
    cents = int((abs(amount) * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    parts: list[str] = []
    for unit, size in (("亿", 10**8), ("万", 10**4), ("", 1)):
        section = yuan // size % 10000 if size < 10**8 else yuan // size
        if section:
            if parts and section < 1000 and parts[-1] != "零":
                parts.append("零")
            parts.append(_section(section) + unit)
        elif parts and parts[-1] != "零":
            parts.append("零")
    while parts and parts[-1] == "零":
        parts.pop()
    text = "".join(parts) + "元" if parts else ("零元" if not jiao and not fen else "")
    if not jiao and not fen:
        return ("负" if amount < 0 else "") + text + "整"
    if jiao:
        text += ("零" if parts and yuan % 10 == 0 else "") + _DIGITS[jiao] + "角"
    if fen:
        text += ("零" if parts and not jiao else "") + _DIGITS[fen] + "分"
    return ("负" if amount < 0 else "") + text


def names(values: Iterable[str]) -> str:
    """Names joined with the enumeration comma: ``张三、李四``."""
    return "、".join(v for v in values if v)


def numbered(items: Iterable[str]) -> list[str]:
    """``1. …``, ``2. …`` for the non-empty items."""
    return [f"{i}. {text}" for i, text in enumerate((t for t in items if t.strip()), start=1)]
