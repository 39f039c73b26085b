"""The dry run's report as an .xlsx: the refused rows as they were, with the reason, ready to fix and import again.

xlsxwriter writes it (fast, with formats; the app only writes this file, never reads it back). The first sheet
holds the rows to fix, under the original header so the same column mapping fits when the officer imports the
corrected sheet; the second lists every row with what the dry run made of it.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.reports.ledger_in.fields import header_names
from guanlan_desk.reports.ledger_in.reading import CellValue, SheetData
from guanlan_desk.reports.ledger_in.rows import DryRun, RowStatus, Translate

STATUS_LABELS = {
    RowStatus.READY: QT_TRANSLATE_NOOP("ledger_report", "ready"),
    RowStatus.WARNING: QT_TRANSLATE_NOOP("ledger_report", "ready, with warnings"),
    RowStatus.REFUSED: QT_TRANSLATE_NOOP("ledger_report", "refused"),
    RowStatus.SKIPPED: QT_TRANSLATE_NOOP("ledger_report", "skipped (blank or total row)"),
}
ROW_HEADER = QT_TRANSLATE_NOOP("ledger_report", "Sheet row")
REASON_HEADER = QT_TRANSLATE_NOOP("ledger_report", "Why it was not imported")
RESULT_HEADER = QT_TRANSLATE_NOOP("ledger_report", "Check")
TO_FIX_SHEET = QT_TRANSLATE_NOOP("ledger_report", "To fix")
ALL_SHEET = QT_TRANSLATE_NOOP("ledger_report", "All rows")


def _identity(_context: str, source: str) -> str:
    return source


def write_report(dry: DryRun, sheet: SheetData, header_row: int, out: Path, *,
                 translate: Translate | None = None) -> Path:
    """Write the report to ``out`` (temp name, fsync, rename) and return it."""
    import xlsxwriter

    t = translate or _identity
    headers = header_names(sheet, header_row)
    tmp = out.with_name(out.name + ".part")
    book = xlsxwriter.Workbook(str(tmp), {"strings_to_numbers": False, "strings_to_formulas": False,
                                          "strings_to_urls": False})
    try:
        bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True})
        as_text = book.add_format({"num_format": "@"})
        as_date = book.add_format({"num_format": "yyyy-mm-dd"})
        wrap = book.add_format({"text_wrap": True, "font_color": "#C00000"})

        def put(ws: object, r: int, c: int, value: CellValue) -> None:
            if isinstance(value, datetime):
                ws.write_datetime(r, c, value, as_date)  # type: ignore[attr-defined]
            elif isinstance(value, date):
                ws.write_datetime(r, c, datetime(value.year, value.month, value.day), as_date)  # type: ignore[attr-defined]
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                ws.write_number(r, c, value)  # type: ignore[attr-defined]
            elif value is None:
                ws.write_blank(r, c, None)  # type: ignore[attr-defined]
            else:
                ws.write_string(r, c, str(value), as_text)  # type: ignore[attr-defined]

        fix = book.add_worksheet(t("ledger_report", TO_FIX_SHEET))
        for c, name in enumerate(headers):
            fix.write_string(0, c, name, bold)
        extra = len(headers)
        fix.write_string(0, extra, t("ledger_report", ROW_HEADER), bold)
        fix.write_string(0, extra + 1, t("ledger_report", REASON_HEADER), bold)
        fix.freeze_panes(1, 0)
        fix.set_column(0, max(extra - 1, 0), 14, as_text)
        fix.set_column(extra + 1, extra + 1, 60)
        r = 1
        for outcome in dry.outcomes:
            if outcome.status is not RowStatus.REFUSED:
                continue
            for c, value in enumerate(outcome.cells):
                put(fix, r, c, value)
            fix.write_number(r, extra, outcome.row_no)
            fix.write_string(r, extra + 1, " ".join(i.render(translate) for i in outcome.issues if i.error), wrap)
            r += 1

        every = book.add_worksheet(t("ledger_report", ALL_SHEET))
        for c, name in enumerate((t("ledger_report", ROW_HEADER), t("ledger_report", RESULT_HEADER),
                                  t("ledger_report", REASON_HEADER))):
            every.write_string(0, c, name, bold)
        every.freeze_panes(1, 0)
        every.set_column(1, 1, 18)
        every.set_column(2, 2, 80)
        for r, outcome in enumerate(dry.outcomes, start=1):
            every.write_number(r, 0, outcome.row_no)
            every.write_string(r, 1, t("ledger_report", STATUS_LABELS[outcome.status]))
            every.write_string(r, 2, " ".join(i.render(translate) for i in outcome.issues))
    finally:
        book.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, out)
    return out
