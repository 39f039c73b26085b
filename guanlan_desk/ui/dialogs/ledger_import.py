"""导入台账: take a community's existing Excel/WPS/CSV ledger in, step by step (issue 15).

1. the file and what it holds (disputes, risk items, legal-clarity persons);
2. the sheet, the header row and which column fills which field (suggested from the headers, or the mapping
   the community used last time), with a preview of the first rows as the app would store them;
3. the check of every row (ready, warnings, refused with the reason), which saves as .xlsx;
4. the import: every accepted row in one transaction, or none.
Reading, checking and importing run off the GUI thread (:mod:`guanlan_desk.ui.ops`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.roles import Permission
from guanlan_desk.reports.ledger_in import pipeline
from guanlan_desk.reports.ledger_in.fields import (
    FIELDS,
    FIELDS_CONTEXT,
    ColumnMapping,
    LedgerKind,
    MappingError,
    header_names,
    suggest_columns,
    suggest_mapping,
)
from guanlan_desk.reports.ledger_in.reading import LedgerFile, SheetData
from guanlan_desk.reports.ledger_in.report import write_report
from guanlan_desk.reports.ledger_in.rows import DryRun, RowOutcome, RowStatus, dry_run
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.ledger_import import DisputeRecord, ImportResult, LcpRecord, RiskRecord
from guanlan_desk.ui.errors import describe, show_error
from guanlan_desk.ui.i18n import translate
from guanlan_desk.ui.ops import Op, WriteOp
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.enum_text import enum_text

PREVIEW_ROWS = 8
KIND_LABELS = {
    LedgerKind.DISPUTES: QT_TRANSLATE_NOOP("LedgerImport", "Disputes (矛盾纠纷排查化解台账)"),
    LedgerKind.RISKS: QT_TRANSLATE_NOOP("LedgerImport", "Risk items (风险隐患台账)"),
    LedgerKind.LCP: QT_TRANSLATE_NOOP("LedgerImport", "Legal-clarity persons (法律明白人名册)"),
}
KIND_PERMISSIONS = {LedgerKind.DISPUTES: Permission.DISPUTE_WRITE, LedgerKind.RISKS: Permission.RISK_WRITE,
                    LedgerKind.LCP: Permission.LCP_WRITE}
STATUS_COLOURS = {RowStatus.REFUSED: "#b3261e", RowStatus.WARNING: "#8a5a00", RowStatus.SKIPPED: "#6b6b6b"}


def _column_name(index: int) -> str:
    """Excel's column letters: 0 → A, 27 → AB."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def status_text(status: RowStatus) -> str:
    """The row result as the user reads it."""
    return {
        RowStatus.READY: QCoreApplication.translate("LedgerImport", "ready"),
        RowStatus.WARNING: QCoreApplication.translate("LedgerImport", "ready, with warnings"),
        RowStatus.REFUSED: QCoreApplication.translate("LedgerImport", "refused"),
        RowStatus.SKIPPED: QCoreApplication.translate("LedgerImport", "skipped"),
    }[status]


def record_summary(outcome: RowOutcome) -> str:
    """How the app would store the row, in one line."""
    record = outcome.record
    if isinstance(record, DisputeRecord):
        names = "、".join(p.name for p in record.applicants)
        against = "、".join(p.name for p in record.respondents)
        amount = f"，{record.amount_fen / 100:,.2f}元" if record.amount_fen else ""
        return (f"{record.received_on:%Y-%m-%d}　{names}" + (f" 与 {against}" if against else "")
                + f"　{enum_text(record.dispute_type)}　{enum_text(record.status)}{amount}")
    if isinstance(record, RiskRecord):
        return f"{record.found_on:%Y-%m-%d}　{record.title}　{enum_text(record.category)}　{record.level}"
    if isinstance(record, LcpRecord):
        return f"{record.name}　{record.political_status}　{record.education}"
    return ""


class FilePage(QWizardPage):
    """Step 1: the file and the kind of ledger."""

    def __init__(self, wizard: LedgerImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Choose the ledger"))
        self.setSubTitle(self.tr("An Excel or WPS sheet (.xlsx, .xls) or a .csv file. WPS's own .et files: save "
                                 "them as .xlsx first. Nothing is changed until the last step."))
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("No file chosen"))
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.kinds = QButtonGroup(self)
        kinds = QVBoxLayout()
        ctx = wizard.session.ctx
        for n, kind in enumerate(LedgerKind):
            button = QRadioButton(translate("LedgerImport", KIND_LABELS[kind]), self)
            allowed = ctx.can(KIND_PERMISSIONS[kind])
            button.setEnabled(allowed)
            if not allowed:
                button.setToolTip(self.tr("Your role may not add these records."))
            self.kinds.addButton(button, n)
            kinds.addWidget(button)
        first = next((b for b in self.kinds.buttons() if b.isEnabled()), None)
        if first is not None:
            first.setChecked(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e")
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("It holds"), kinds)
        form.addRow(self.message)
        self.path.textChanged.connect(self.completeChanged)

    @property
    def kind(self) -> LedgerKind:
        """The chosen kind of ledger."""
        return list(LedgerKind)[max(self.kinds.checkedId(), 0)]

    def choose_kind(self, kind: LedgerKind) -> None:
        """Tick ``kind`` (tests)."""
        self.kinds.button(list(LedgerKind).index(kind)).setChecked(True)

    def choose_file(self, path: str) -> None:
        """Use ``path`` (the browse button and tests)."""
        self.path.setText(path)
        self.message.clear()

    @Slot()
    def _on_browse_clicked(self) -> None:
        start = str(self._wizard.session.settings.value("ledger_import/folder", "")) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the ledger"), start,
            self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)"))
        if path:
            self._wizard.session.settings.setValue("ledger_import/folder", str(Path(path).parent))
            self.choose_file(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """Next needs a file and a kind the user may add."""
        return bool(self.path.text()) and self.kinds.checkedId() >= 0

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Read the file off the GUI thread; the wizard moves on when it has been read."""
        if self._wizard.ledger is not None and self._wizard.ledger.path == Path(self.path.text()) \
                and self._wizard.kind is self.kind:
            return True
        self._wizard.read_file(Path(self.path.text()), self.kind)
        return False


class MappingPage(QWizardPage):
    """Step 2: sheet, header row, column per field, and a preview of the first rows as they would be stored."""

    def __init__(self, wizard: LedgerImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._loading = False
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Check which column fills which field. Fields marked * are needed. The choice is "
                                 "remembered for the community's next ledger."))
        self.sheet = QComboBox(self)
        self.header_row = QSpinBox(self)
        self.header_row.setRange(1, 50)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sheet"), self))
        top.addWidget(self.sheet, 1)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Header on row"), self))
        top.addWidget(self.header_row)
        self.fields = QTableWidget(0, 2, self)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column of the sheet")])
        self.fields.verticalHeader().setVisible(False)
        self.fields.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview = QTableWidget(0, 3, self)
        self.preview.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Result"), self.tr("As it will be stored")])
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.fields, 3)
        layout.addWidget(QLabel(self.tr("The first rows, as the app would store them:"), self))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.message)
        self.sheet.currentIndexChanged.connect(self._on_sheet_changed)
        self.header_row.valueChanged.connect(self._on_header_row_changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Fill in the sheets and the suggested (or saved) mapping."""
        ledger, mapping = self._wizard.ledger, self._wizard.mapping
        assert ledger is not None and mapping is not None
        self._loading = True
        self.sheet.clear()
        self.sheet.addItems([s.name for s in ledger.sheets])
        self.sheet.setCurrentIndex(max(0, [s.name for s in ledger.sheets].index(mapping.sheet))
                                   if mapping.sheet in [s.name for s in ledger.sheets] else 0)
        self._loading = False
        self._show(mapping)

    def _current_sheet(self) -> SheetData:
        assert self._wizard.ledger is not None
        return self._wizard.ledger.sheets[max(self.sheet.currentIndex(), 0)]

    def _show(self, mapping: ColumnMapping) -> None:
        self._loading = True
        sheet = self._current_sheet()
        self.header_row.setValue(mapping.header_row + 1)
        headers = header_names(sheet, mapping.header_row)
        choices = [self.tr("— not in the sheet —")] + [
            f"{_column_name(c)}：{h}" if h else _column_name(c) for c, h in enumerate(headers)]
        specs = FIELDS[mapping.kind]
        self.fields.setRowCount(len(specs))
        for row, spec in enumerate(specs):
            name = translate(FIELDS_CONTEXT, spec.name) + (" *" if spec.required else "")
            item = QTableWidgetItem(name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.fields.setItem(row, 0, item)
            combo = QComboBox(self.fields)
            combo.addItems(choices)
            col = mapping.columns.get(spec.key)
            combo.setCurrentIndex(col + 1 if col is not None and col < len(headers) else 0)
            combo.currentIndexChanged.connect(self._on_column_changed)
            self.fields.setCellWidget(row, 1, combo)
        self.fields.resizeColumnToContents(0)
        self._loading = False
        self._wizard.mapping = mapping
        self._refresh_preview()

    def current_mapping(self) -> ColumnMapping:
        """The mapping as the page shows it."""
        assert self._wizard.mapping is not None
        columns: dict[str, int] = {}
        for row in range(self.fields.rowCount()):
            key = self._key(row)
            combo = self.fields.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            if combo.currentIndex() > 0:
                columns[key] = combo.currentIndex() - 1
        return ColumnMapping(self._wizard.mapping.kind, self.header_row.value() - 1, columns,
                             self._current_sheet().name)

    def _key(self, row: int) -> str:
        item = self.fields.item(row, 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def set_column(self, key: str, column: int | None) -> None:
        """Choose ``column`` (0-based; ``None`` for none) for field ``key`` (tests)."""
        for row in range(self.fields.rowCount()):
            if self._key(row) == key:
                combo = self.fields.cellWidget(row, 1)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(0 if column is None else column + 1)

    @Slot(int)
    def _on_sheet_changed(self, _index: int) -> None:
        if not self._loading and self._wizard.mapping is not None:
            self._show(suggest_mapping(self._current_sheet(), self._wizard.mapping.kind))

    @Slot(int)
    def _on_header_row_changed(self, value: int) -> None:
        if self._loading or self._wizard.mapping is None:
            return
        sheet = self._current_sheet()
        kind = self._wizard.mapping.kind
        self._show(ColumnMapping(kind, value - 1, suggest_columns(kind, header_names(sheet, value - 1)), sheet.name))

    @Slot(int)
    def _on_column_changed(self, _index: int) -> None:
        if not self._loading:
            self._wizard.mapping = self.current_mapping()
            self._refresh_preview()

    def _refresh_preview(self) -> None:
        mapping = self.current_mapping()
        sheet = self._current_sheet()
        try:
            mapping.check()
        except MappingError as exc:  # shown instead of the preview
            self.message.setText(describe(exc))
            self.preview.setRowCount(0)
            self.completeChanged.emit()
            return
        self.message.clear()
        # The preview is the first rows only: a cut-down sheet through the same checks (pure, fast).
        head = SheetData(sheet.name, sheet.rows[:mapping.header_row + 1 + PREVIEW_ROWS], sheet.merged)
        session = self._wizard.session
        preview = dry_run(head, mapping, today=session.ctx.today(), community_code=session.db.workstation.community_code)
        fill_outcomes(self.preview, preview.outcomes, summary=True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """Next needs a usable mapping."""
        return not self.message.text()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Check every row off the GUI thread; the wizard moves on when the check is done."""
        mapping = self.current_mapping()
        if self._wizard.dry is not None and self._wizard.checked_mapping == mapping:
            return True
        self._wizard.run_check(mapping)
        return False


def fill_outcomes(table: QTableWidget, outcomes: tuple[RowOutcome, ...], *, summary: bool) -> None:
    """Row number, result and either the stored form (preview) or the reasons (check) of each outcome."""
    table.setRowCount(len(outcomes))
    for row, outcome in enumerate(outcomes):
        number = QTableWidgetItem(str(outcome.row_no))
        result = QTableWidgetItem(status_text(outcome.status))
        reasons = " ".join(i.render(translate) for i in outcome.issues)
        text = record_summary(outcome) if summary and outcome.record is not None else reasons
        if summary and reasons and outcome.record is not None:
            text += f"（{reasons}）"
        detail = QTableWidgetItem(text)
        detail.setToolTip(reasons)
        colour = STATUS_COLOURS.get(outcome.status)
        if colour:
            for item in (result, detail):
                item.setForeground(QBrush(QColor(colour)))
        table.setItem(row, 0, number)
        table.setItem(row, 1, result)
        table.setItem(row, 2, detail)
    table.resizeColumnToContents(0)
    table.resizeColumnToContents(1)


class CheckPage(QWizardPage):
    """Step 3: every row checked; the refused ones with their reason; a report to save and fix."""

    def __init__(self, wizard: LedgerImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Check every row"))
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.only_problems = QRadioButton(self.tr("Rows to look at"), self)
        self.every_row = QRadioButton(self.tr("Every row"), self)
        self.only_problems.setChecked(True)
        self.only_problems.toggled.connect(self._fill)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Result"), self.tr("Reason")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.save_report = QPushButton(self.tr("Save the check as Excel…"), self)
        self.save_report.clicked.connect(self._on_save_report_clicked)
        self.saved = QLabel(self)
        filters = QHBoxLayout()
        filters.addWidget(self.only_problems)
        filters.addWidget(self.every_row)
        filters.addStretch(1)
        filters.addWidget(self.save_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.saved)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Show the counts and the rows."""
        dry = self._wizard.dry
        assert dry is not None
        ready, warn = dry.count(RowStatus.READY), dry.count(RowStatus.WARNING)
        refused, skipped = dry.count(RowStatus.REFUSED), dry.count(RowStatus.SKIPPED)
        self.counts.setText(self.tr(
            "{ready} rows ready, {warn} ready with warnings, {refused} refused, {skipped} skipped (blank, total or "
            "already imported rows). Importing takes in the {accepted} accepted rows in one step; refused rows can "
            "be fixed in the saved check and imported later.").format(
            ready=ready, warn=warn, refused=refused, skipped=skipped, accepted=ready + warn))
        self.saved.clear()
        self._fill()
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import {n} rows").format(n=ready + warn))
        self.completeChanged.emit()

    @Slot()
    def _fill(self) -> None:
        dry = self._wizard.dry
        if dry is None:
            return
        shown = dry.outcomes if self.every_row.isChecked() else tuple(o for o in dry.outcomes if o.issues)
        fill_outcomes(self.table, shown, summary=False)

    @Slot()
    def _on_save_report_clicked(self) -> None:
        ledger = self._wizard.ledger
        assert ledger is not None
        suggested = str(ledger.path.with_name(ledger.path.stem + self.tr("_check") + ".xlsx"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the check"), suggested,
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.save_to(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def save_to(self, path: Path) -> None:
        """Write the report to ``path`` (the button and tests)."""
        dry, mapping, ledger = self._wizard.dry, self._wizard.checked_mapping, self._wizard.ledger
        assert dry is not None and mapping is not None and ledger is not None
        sheet = ledger.sheet(mapping.sheet)
        Op(self, lambda: write_report(dry, sheet, mapping.header_row, path, translate=translate)).success(
            lambda out: self.saved.setText(self.tr("Saved: {path}").format(path=str(out)))).run()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """Importing needs at least one accepted row."""
        return self._wizard.dry is not None and bool(self._wizard.dry.accepted)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Import off the GUI thread; the wizard moves on when it is done."""
        if self._wizard.outcome is not None:
            return True
        self._wizard.run_import()
        return False


class DonePage(QWizardPage):
    """Step 4: what was imported."""

    def __init__(self, wizard: LedgerImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Imported"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.summary)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Say what was written."""
        result = self._wizard.outcome
        assert result is not None
        text = self.tr("{created} records were imported ({parties} new parties, {matched} matched to known ones; "
                       "{kept} case numbers kept from the sheet). Each record's history starts with the file and "
                       "row it came from; the records go to the street office with the next export.").format(
            created=result.created, parties=result.parties_created, matched=result.parties_matched,
            kept=result.case_numbers_kept)
        if result.notes:
            text += "\n" + self.tr("New case numbers were issued for {n} rows whose number belongs to another "
                                   "community or is already taken.").format(n=len(result.notes))
        self.summary.setText(text)


class LedgerImportWizard(QWizard):
    """The four steps; every slow step runs off the GUI thread and moves on when it has finished."""

    imported = Signal(object)  # ImportResult

    @classmethod
    def ask(cls, parent: QWidget | None, session: AppSession) -> ImportResult | None:
        """Run the wizard; the result when something was imported."""
        wizard = cls(session, parent)
        wizard.exec()
        return wizard.outcome

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ledger: LedgerFile | None = None
        self.kind: LedgerKind | None = None
        self.mapping: ColumnMapping | None = None
        self.checked_mapping: ColumnMapping | None = None
        self.dry: DryRun | None = None
        self.outcome: ImportResult | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Import a ledger"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.done_page):
            self.addPage(page)
        self.resize(880, 620)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def read_file(self, path: Path, kind: LedgerKind) -> None:
        """Read ``path`` and find the first mapping, off the GUI thread, then show step 2."""
        ctx = self._ctx()
        self._set_busy(True)

        def work() -> tuple[LedgerFile, ColumnMapping]:
            ledger = pipeline.open_ledger(path)
            return ledger, pipeline.first_mapping(ctx, ledger, kind)

        def done(result: tuple[LedgerFile, ColumnMapping]) -> None:
            self.ledger, self.mapping = result
            self.kind, self.dry, self.checked_mapping, self.outcome = kind, None, None, None
            self.next()

        def failed(exc: BaseException) -> None:
            self.file_page.message.setText(describe(exc))

        Op(self, work).success(done).failure(failed).run().finished.connect(lambda: self._set_busy(False))

    def run_check(self, mapping: ColumnMapping) -> None:
        """Check every row off the GUI thread, then show step 3."""
        ledger, ctx = self.ledger, self._ctx()
        assert ledger is not None
        self._set_busy(True)

        def done(dry: DryRun) -> None:
            self.dry, self.checked_mapping, self.outcome = dry, mapping, None
            self.next()

        def failed(exc: BaseException) -> None:
            self.mapping_page.message.setText(describe(exc))
            show_error(self, exc)

        Op(self, lambda: pipeline.check(ctx, ledger, mapping)).success(done).failure(failed).run() \
            .finished.connect(lambda: self._set_busy(False))

    def run_import(self) -> None:
        """Apply the accepted rows off the GUI thread (all or none), then show step 4."""
        ledger, mapping, dry, ctx = self.ledger, self.checked_mapping, self.dry, self._ctx()
        assert ledger is not None and mapping is not None and dry is not None
        self._set_busy(True)

        def done(result: ImportResult) -> None:
            self.outcome = result  # the write has told the views what it changed
            self.imported.emit(result)
            self.next()

        WriteOp(self, self.session, lambda: pipeline.apply(ctx, ledger, mapping, dry)).success(done).run() \
            .finished.connect(lambda: self._set_busy(False))

    def _ctx(self) -> Ctx:
        return self.session.ctx


def import_ledger_action(session: AppSession, parent: QWidget) -> QAction:
    """The File-menu action that opens the import of an existing ledger."""
    action = QAction(QCoreApplication.translate("LedgerImportWizard", "&Import a ledger (Excel)…"), parent)
    action.setStatusTip(QCoreApplication.translate(
        "LedgerImportWizard", "Take an existing Excel, WPS or CSV ledger in, with a check of every row"))
    action.triggered.connect(lambda: LedgerImportWizard.ask(parent, session))
    return action

