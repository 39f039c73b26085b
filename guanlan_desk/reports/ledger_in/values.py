"""The cell values of real ledgers: dates in five spellings, amounts in 元 or 万元, ID numbers Excel made numbers.

Every parser takes a raw cell and returns the value the app stores, or raises :class:`CellProblem` with a
reason an officer can act on. Nothing here guesses silently: a value that cannot be read exactly is refused
(an ID number that lost its last digits is never "repaired").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, TypeVar

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from guanlan_desk.reports.ledger_in.reading import CellValue

E = TypeVar("E")

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 once Excel's phantom 1900-02-29 is accounted for
_SERIAL_MIN, _SERIAL_MAX = 367, 2958465  # 1901-01-01 … 9999-12-31
_DATE_TEXT = re.compile(r"^(\d{4})\s*[年./\-]\s*(\d{1,2})\s*[月./\-]\s*(\d{1,2})\s*日?")
_MONTH_TEXT = re.compile(r"^(\d{4})\s*[年./\-]\s*(\d{1,2})\s*月?$")
_SERIAL_TEXT = re.compile(r"^\d{3,7}(\.0+)?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?E\+?\d+$")
_NAME_SEPARATORS = re.compile(r"[、，,；;／/\n\r\t]+|\s{1,}")
_TOTAL_WORDS = ("合计", "小计", "总计", "共计", "总数")


class CellProblem(UserFacingError):
    """Why a cell's value cannot be taken in (``field`` names the column's meaning)."""

    def __init__(self, field: str, message: str, **params: Any) -> None:
        self.field = field
        super().__init__(message, **params)


def text(value: CellValue) -> str:
    """A cell as clean text: NFKC (full-width digits and letters become ASCII), trimmed; numbers without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return unicodedata.normalize("NFKC", str(value)).strip()


def squeeze(value: str) -> str:
    """Text with every kind of space removed, for comparing header names and status words."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))


def parse_date(field: str, value: CellValue) -> date | None:
    """A date from a date cell, an Excel serial number, or text (2023-05-06, 2023.5.6, 2023年5月6日, 20230506)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if _SERIAL_MIN <= value <= _SERIAL_MAX:
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise CellProblem(field, QT_TRANSLATE_NOOP("errors", "{value} is not a date."), value=text(value))
    raw = squeeze(text(value))
    if _SERIAL_TEXT.match(raw):  # a CSV saved from Excel keeps a date cell without a format as its serial
        return parse_date(field, float(raw))
    for pattern in (_DATE_TEXT, _COMPACT_DATE):
        match = pattern.match(raw)
        if match:
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                break
    else:
        if _MONTH_TEXT.match(raw):
            raise CellProblem(field, QT_TRANSLATE_NOOP(
                "errors", "{value} has no day: write the full date (for example 2023年5月6日)."), value=raw)
    raise CellProblem(field, QT_TRANSLATE_NOOP(
        "errors", "{value} is not a date the app can read (write for example 2023-05-06 or 2023年5月6日)."),
        value=text(value))


def parse_amount_fen(field: str, value: CellValue) -> int | None:
    """An amount in fen from a number (元) or text such as 3,000元, ￥3000, 1.5万元 or 1.5万."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        yuan = Decimal(str(value))
    else:
        raw = squeeze(text(value)).replace(",", "").replace("￥", "").replace("¥", "").removeprefix("约")
        factor = Decimal(1)
        if raw.endswith("万元") or raw.endswith("万"):
            factor = Decimal(10000)
            raw = raw.removesuffix("元").removesuffix("万")
        raw = raw.removesuffix("元").removesuffix("人民币")
        if raw in ("", "无", "-", "/"):
            return None
        try:
            yuan = Decimal(raw) * factor
        except InvalidOperation:
            raise CellProblem(field, QT_TRANSLATE_NOOP(
                "errors", "{value} is not an amount (write for example 3000, 3000元 or 0.3万元)."),
                value=text(value)) from None
    if yuan < 0 or yuan > Decimal("1e12"):
        raise CellProblem(field, QT_TRANSLATE_NOOP("errors", "{value} is not a plausible amount."), value=text(value))
    return int((yuan * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_id_text(field: str, value: CellValue) -> str:
    """An ID number as text; a number of 16 or more digits lost its last digits in Excel and is refused."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if abs(value) >= 1e15:
            raise CellProblem(field, QT_TRANSLATE_NOOP(
                "errors", "The ID number {value} was stored by Excel as a number and has lost its last digits: "
                          "format the column as text and type the number again."),
                value=f"{value:.5E}" if isinstance(value, float) else str(value))
        return str(int(value))
    raw = squeeze(text(value)).upper()
    if _SCIENTIFIC.match(raw):  # what Excel shows, and saves to CSV, for a long number: 4.40309E+17
        raise CellProblem(field, QT_TRANSLATE_NOOP(
            "errors", "The ID number {value} was stored by Excel as a number and has lost its last digits: "
                      "format the column as text and type the number again."), value=raw)
    return raw


def split_names(value: CellValue) -> tuple[str, ...]:
    """Several names in one cell (张三、李四; 张三，李四; one a line) as separate names."""
    raw = unicodedata.normalize("NFKC", text(value))
    return tuple(part for part in (p.strip() for p in _NAME_SEPARATORS.split(raw)) if part)


def is_blank(row: Iterable[CellValue]) -> bool:
    """A row with nothing in it (a separator row)."""
    return all(not text(v) for v in row)


def is_total(row: Iterable[CellValue]) -> bool:
    """A 合计/小计/总计 row at the bottom of a ledger, which is no record."""
    for v in row:
        if isinstance(v, str) and any(w[0] in v for w in _TOTAL_WORDS):  # cheap test first: most cells pass
            t = squeeze(text(v))
            if any(t.startswith(w) for w in _TOTAL_WORDS):
                return True
    return False


def match_words(value: str, table: dict[str, E]) -> E | None:
    """The member whose word occurs in ``value`` (longest word first, so 不予受理 wins over 受理)."""
    key = squeeze(value)
    if not key:
        return None
    if key in table:
        return table[key]
    for word in sorted(table, key=len, reverse=True):
        if word in key:
            return table[word]
    return None
