"""A ledger file into sheets of plain cell values: .xlsx, .xls, .ods (python-calamine) and .csv (UTF-8 or GBK).

python-calamine (a Rust reader) is used for the workbooks because it reads the old binary .xls that WPS and
older Excel still save, as well as .xlsx and .ods, quickly and with little memory; openpyxl reads only
.xlsx and is several times slower on big sheets. Cell values keep their type (text, number, date), so a
reader further on can tell an ID number that Excel turned into a number from one typed as text.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError

CellValue = str | float | int | bool | date | datetime | time | timedelta | None

WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".xlsb"})
CSV_SUFFIXES = frozenset({".csv", ".txt"})
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 200_000


class LedgerFileError(UserFacingError):
    """A ledger file that cannot be read, with what to do about it."""


@dataclass(frozen=True, slots=True)
class SheetData:
    """One sheet: its rows from sheet row 1, and the merged ranges ((row, col), (row, col)), 0-based."""

    name: str
    rows: tuple[tuple[CellValue, ...], ...]
    merged: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = ()

    @property
    def width(self) -> int:
        """The number of columns of the widest row."""
        return max((len(r) for r in self.rows), default=0)

    def cell(self, row: int, col: int) -> CellValue:
        """The value at 0-based (row, col), ``None`` outside the data."""
        if 0 <= row < len(self.rows) and 0 <= col < len(self.rows[row]):
            return self.rows[row][col]
        return None


@dataclass(frozen=True, slots=True)
class LedgerFile:
    """A read ledger file: its name, content hash (so an import of the same file is recognised) and sheets."""

    path: Path
    sha256: str
    sheets: tuple[SheetData, ...]

    def sheet(self, name: str | None) -> SheetData:
        """The sheet called ``name`` (the first one if ``None``)."""
        if name is None:
            return self.sheets[0]
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise LedgerFileError(QT_TRANSLATE_NOOP("errors", "The file has no sheet called {sheet}."), sheet=name)


def read_ledger(path: Path) -> LedgerFile:
    """Read every sheet of ``path``; raises :class:`LedgerFileError` with a plain reason if it cannot."""
    suffix = path.suffix.lower()
    if suffix == ".et":
        raise LedgerFileError(QT_TRANSLATE_NOOP(
            "errors", "WPS's own .et format cannot be read: open the file in WPS and save it as .xlsx (Excel)."))
    if suffix not in WORKBOOK_SUFFIXES | CSV_SUFFIXES:
        raise LedgerFileError(QT_TRANSLATE_NOOP(
            "errors", "{name} is not a spreadsheet: choose an .xlsx, .xls or .csv file."), name=path.name)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise LedgerFileError(QT_TRANSLATE_NOOP("errors", "The file {name} does not exist."), name=path.name) from None
    except OSError as exc:
        raise LedgerFileError(QT_TRANSLATE_NOOP(
            "errors", "The file {name} could not be read ({reason}). Close it in Excel or WPS and try again."),
            name=path.name, reason=exc.strerror or str(exc)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise LedgerFileError(QT_TRANSLATE_NOOP(
            "errors", "{name} is larger than 100 MB: split the ledger into several files."), name=path.name)
    digest = hashlib.sha256(raw).hexdigest()
    sheets = _read_csv(raw, path.stem) if suffix in CSV_SUFFIXES else _read_workbook(raw, path.name)
    if not sheets or all(not s.rows for s in sheets):
        raise LedgerFileError(QT_TRANSLATE_NOOP("errors", "{name} contains no rows."), name=path.name)
    return LedgerFile(path, digest, tuple(sheets))


def _read_workbook(raw: bytes, name: str) -> list[SheetData]:
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(raw))
        sheets = []
        for sheet_name in book.sheet_names:
            sheet = book.get_sheet_by_name(sheet_name)
            data = sheet.to_python(skip_empty_area=False)  # from A1, so row i is sheet row i + 1
            if len(data) > MAX_ROWS:
                raise LedgerFileError(QT_TRANSLATE_NOOP(
                    "errors", "The sheet {sheet} has more than {limit} rows: split it into several files."),
                    sheet=sheet_name, limit=MAX_ROWS)
            rows = tuple(tuple(_cell(v) for v in row) for row in data)
            merged = tuple(((a[0], a[1]), (b[0], b[1])) for a, b in (_merged(sheet) or ()))
            sheets.append(SheetData(sheet_name, rows, merged))
        return sheets
    except LedgerFileError:
        raise
    except Exception as exc:  # calamine raises its own error types, also for password-protected files
        raise LedgerFileError(QT_TRANSLATE_NOOP(
            "errors", "{name} could not be read as a spreadsheet ({reason}). If it is password-protected, "
                      "remove the password in Excel or WPS first."), name=name, reason=str(exc)[:200]) from None


def _merged(sheet: Any) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    try:
        ranges = sheet.merged_cell_ranges
    except Exception:  # .xls and .ods sheets carry no merge information in calamine
        return []
    return list(ranges or [])


def _cell(value: Any) -> CellValue:
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, (bool, int, float, date, datetime, time, timedelta)):
        return value
    return None if value is None else str(value)


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM) when it decodes strictly, otherwise GB18030 (a superset of GBK)."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")


def _read_csv(raw: bytes, name: str) -> list[SheetData]:
    text = decode_text(raw)
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",\t;，")
    except csv.Error:
        dialect = csv.excel
    rows = []
    for row in csv.reader(io.StringIO(text), dialect):
        rows.append(tuple(_cell(v) for v in row))
        if len(rows) > MAX_ROWS:
            raise LedgerFileError(QT_TRANSLATE_NOOP(
                "errors", "The sheet {sheet} has more than {limit} rows: split it into several files."),
                sheet=name, limit=MAX_ROWS)
    return [SheetData(name, tuple(rows))]
