"""Common ground of the Excel ledgers: xlsxwriter workbooks with Chinese headers, a frozen header row,
column widths, print titles, landscape A4, and an atomic, audited write.

xlsxwriter rather than openpyxl: it writes native .xlsx with formats fast, and its constant-memory mode
streams a 100,000-row ledger row by row (flat memory); nothing here needs to read a workbook back.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from guanlan_desk.domain.enums import AuditAction
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit
from guanlan_desk.services.context import Ctx

FONT = "宋体"


@dataclass(frozen=True, slots=True)
class Column:
    """A ledger column: Chinese header, width in characters, and the cell format's name."""

    header: str
    width: float
    kind: str = "text"  # text | wrap | date | amount | int


@dataclass(frozen=True, slots=True)
class ExportResult:
    """A written workbook: where, how many records, its SHA-256 (as registered in the audit log)."""

    path: Path
    rows: int
    sha256: str
    unmasked: bool


class Sheet:
    """A worksheet being written: the sheet, its formats by kind, the next row."""

    def __init__(self, ws: Worksheet, fmt: dict[str, Any], columns: Sequence[Column], row: int) -> None:
        self.ws = ws
        self.formats = fmt
        self.columns = columns
        self.row = row
        # One bound writer per column, chosen once: the per-cell work of a 100,000-row ledger stays small. A date
        # is its Excel serial day with the date format (what write_datetime writes), from a cache of the days.
        kinds = {"date": self._write_day, "amount": ws.write_number, "int": ws.write_number}
        self._writers = [(c, kinds.get(col.kind, ws.write_string), fmt[col.kind]) for c, col in enumerate(columns)]
        self._days: dict[date, int] = {}

    def _write_day(self, row: int, col: int, value: date, cell_format: Any) -> None:
        if isinstance(value, datetime):
            self.ws.write_datetime(row, col, value, cell_format)
            return
        serial = self._days.get(value)
        if serial is None:
            serial = self._days[value] = excel_day(value)
        self.ws.write_number(row, col, serial, cell_format)

    def write(self, values: Sequence[Any]) -> None:
        """Write one record row; ``None`` and empty strings leave the cell empty."""
        r = self.row
        for (c, writer, cell_format), value in zip(self._writers, values, strict=True):
            if value is not None and value != "":
                writer(r, c, value, cell_format)
        self.row += 1


_EXCEL_EPOCH = date(1899, 12, 30)


def excel_day(day: date) -> int:
    """The Excel (1900 date system) serial number of a day from 1900-03-01 on (the day count from 1899-12-30)."""
    return (day - _EXCEL_EPOCH).days


def formats(wb: Workbook) -> dict[str, Any]:
    """The cell formats every ledger uses."""
    base = {"font_name": FONT, "font_size": 10, "valign": "top", "border": 1}
    return {
        "title": wb.add_format({"font_name": FONT, "font_size": 16, "bold": True, "align": "center"}),
        "subtitle": wb.add_format({"font_name": FONT, "font_size": 10, "align": "left"}),
        "header": wb.add_format({**base, "bold": True, "bg_color": "#DCE6F1", "align": "center",
                                 "valign": "vcenter", "text_wrap": True}),
        "text": wb.add_format(base),
        "wrap": wb.add_format({**base, "text_wrap": True}),
        "date": wb.add_format({**base, "num_format": "yyyy-mm-dd", "align": "center"}),
        "amount": wb.add_format({**base, "num_format": "#,##0.00"}),
        "int": wb.add_format({**base, "num_format": "0", "align": "center"}),
    }


def begin_sheet(wb: Workbook, name: str, title: str, subtitle: str, columns: Sequence[Column],
                fmt: dict[str, Any]) -> Sheet:
    """A sheet with its title, subtitle and header row; header frozen and repeated on every printed page."""
    ws = wb.add_worksheet(name)
    last = len(columns) - 1
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(2)
    ws.set_footer("&C第 &P 页，共 &N 页")
    for c, col in enumerate(columns):
        ws.set_column(c, c, col.width)
    ws.merge_range(0, 0, 0, last, title, fmt["title"])
    ws.merge_range(1, 0, 1, last, subtitle, fmt["subtitle"])
    ws.set_row(2, 30)
    for c, col in enumerate(columns):
        ws.write_string(2, c, col.header, fmt["header"])
    ws.freeze_panes(3, 0)
    return Sheet(ws, fmt, columns, 3)


def check_export(ctx: Ctx, unmask: bool) -> None:
    """Exports need the export permission; clear personal fields need the unmask permission too."""
    ctx.require(Permission.EXPORT, QT_TRANSLATE_NOOP("terms", "export ledgers"))
    if unmask:
        ctx.require(Permission.PII_UNMASK, QT_TRANSLATE_NOOP("terms", "export personal data unmasked"))


def write_workbook(ctx: Ctx, out: Path, what: str, build: Callable[[Workbook], int], *, unmask: bool,
                   constant_memory: bool = False) -> ExportResult:
    """Build a workbook into a temporary file, fsync, rename over ``out``; register the export in the audit log."""
    tmp = out.with_name(out.name + ".tmp")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": constant_memory, "default_date_format": "yyyy-mm-dd"})
        wb.set_properties({"title": what, "author": ctx.actor.display_name, "company": "观澜街道"})
        rows = build(wb)
        wb.close()
        with open(tmp, "rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        raise UserFacingError(QT_TRANSLATE_NOOP("errors", "The workbook could not be written to {path}: {reason}"),
                              path=str(out), reason=exc.strerror or str(exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    digest = audit.record_output(ctx, AuditAction.EXPORT, what=what + ("_unmasked" if unmask else ""),
                                 entity_id=out.name, content=out, count=rows, destination=str(out))
    return ExportResult(out, rows, digest, unmask)
