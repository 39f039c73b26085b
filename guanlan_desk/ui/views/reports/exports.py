"""The export buttons of the statistics page: the Excel ledgers and the report PDF, run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from guanlan_desk.printing.monthly_report import write_report
from guanlan_desk.reports import ledgers, settings, statistics
from guanlan_desk.reports.period import Period, Scope
from guanlan_desk.services.context import Ctx
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.preferences import Preferences, documents_folder

LEDGER_NAMES = {
    "disputes": "矛盾纠纷排查化解台账", "risks": "风险隐患台账", "lcp": "法律明白人花名册", "stats": "统计表",
}



def ask_path(parent: QWidget | None, suggested: str, pdf: bool) -> str | None:
    """Ask where to save; ``None`` when cancelled (tests replace this)."""
    pattern = (QCoreApplication.translate("StatisticsPage", "PDF documents (*.pdf)") if pdf
               else QCoreApplication.translate("StatisticsPage", "Excel workbooks (*.xlsx)"))
    title = QCoreApplication.translate("StatisticsPage", "Save as")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    if not path:
        return None
    suffix = ".pdf" if pdf else ".xlsx"
    return path if path.lower().endswith(suffix) else path + suffix


def export_work(ctx: Ctx, kind: str, period: Period, scope: Scope, out: Path, unmask: bool) -> str:
    """Write one export; returns the line shown when it is done."""
    conf = settings.load(ctx)
    if kind == "pdf":
        made = write_report(ctx, period, scope, out, conf)
        text = QCoreApplication.translate("StatisticsPage", "Report written: %1 (%2 pages)")
        return text.replace("%1", str(made.path)).replace("%2", str(made.pages))
    if kind == "disputes":
        result = ledgers.dispute_ledger(ctx, period, scope, out, unmask=unmask)
    elif kind == "risks":
        result = ledgers.risk_ledger(ctx, period, scope, out, unmask=unmask)
    elif kind == "lcp":
        result = ledgers.lcp_roster(ctx, scope, out, unmask=unmask)
    else:
        result = ledgers.statistics_workbook(ctx, statistics.compute(ctx, period, scope, conf), out)
    text = QCoreApplication.translate("StatisticsPage", "Workbook written: %1 (%2 rows)")
    return text.replace("%1", str(result.path)).replace("%2", str(result.rows))


def run_export(parent: QWidget, ctx: Ctx, kind: str, period: Period, scope: Scope, unmask: bool,
               done: Callable[[str], None], ask: Callable[[QWidget | None, str, bool], str | None] = ask_path,
               prefs: Preferences | None = None) -> None:
    """Ask for a file name (in the folder last saved to, else Documents: never the program's folder), then write
    the export in the background and report it through ``done``."""
    name = "人民调解工作报告" if kind == "pdf" else LEDGER_NAMES[kind]
    file_name = f"{name}_{period.code.replace('..', '_')}{'.pdf' if kind == 'pdf' else '.xlsx'}"
    folder = prefs.pdf_folder if prefs is not None else documents_folder()
    path = ask(parent, str(Path(folder) / file_name), kind == "pdf")
    if path is None:
        return
    if prefs is not None:
        prefs.pdf_folder = str(Path(path).parent)
    Op(parent, lambda: export_work(ctx, kind, period, scope, Path(path), unmask)).success(done).run()


def confirm_unmask(parent: QWidget) -> bool:
    """Ask once before personal fields leave the machine in clear (the export is audited)."""
    title = QCoreApplication.translate("StatisticsPage", "Export personal data")
    text = QCoreApplication.translate("StatisticsPage", "The workbook will show names, phone numbers and ID numbers "
                                                        "in clear. The export is recorded in the audit log. Continue?")
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes
