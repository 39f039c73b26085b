"""Attachments of a record (scans, photos): add from files, open (decrypted to a temp file), remove.

Opening goes through the service, which checks the hash and writes an audit record.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.services import attachments
from guanlan_desk.services.attachments import AttachmentRow
from guanlan_desk.ui import decrypted
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.ops import Op, WriteOp
from guanlan_desk.ui.session import AppSession


def size_text(size: int) -> str:
    """A file size for people (KB / MB)."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB"



class FilePicker:
    """Which files to attach (a class so tests can replace the file dialog)."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> list[str]:
        """The chosen file paths (empty when cancelled)."""
        files, _filter = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("AttachmentsPanel", "Attach files"), "",
            QCoreApplication.translate("AttachmentsPanel", "Scans, photos and documents") + " (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx)"
            + ";;" + QCoreApplication.translate("AttachmentsPanel", "All files") + " (*)")
        return list(files)


class RemoveConfirm:
    """Asks before a file is taken off the record."""

    @classmethod
    def ask(cls, parent: QWidget | None, filename: str) -> bool:
        """True when the user confirms."""
        return QMessageBox.question(parent, QCoreApplication.translate("AttachmentsPanel", "Remove attachment"),
                                    QCoreApplication.translate("AttachmentsPanel", "Remove {name} from this record?").format(name=filename),
                                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes


class AttachmentsPanel(QWidget):
    """The files of one record; ``changed`` after a file is added or removed (the write itself tells the views)."""

    changed = Signal()
    opened = Signal(str)  # the temp file handed to the system viewer

    def __init__(self, session: AppSession, owner_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._owner_type = owner_type
        self._owner_id: str | None = None
        self._rows: list[AttachmentRow] = []
        self._generation = 0
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("attachments_table")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("File"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 110)
        self.table.setColumnWidth(1, 320)
        self.table.cellDoubleClicked.connect(self._on_table_cell_double_clicked)
        self.kind = QComboBox(self)
        self.kind.setObjectName("attachment_kind")
        self.kind.addItems(list(attachments.KINDS))
        self.kind.setCurrentText("证据")
        self.add_button = QPushButton(self.tr("Add files…"), self)
        self.add_button.setObjectName("attachment_add")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("attachment_remove")
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.kind)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.set_owner(None)

    def set_owner(self, owner_id: str | None) -> None:
        """Show the files of ``owner_id`` (none for a record not saved yet)."""
        self._owner_id = owner_id
        for button in (self.add_button, self.kind):
            button.setEnabled(owner_id is not None)
        self.add_button.setToolTip("" if owner_id else self.tr("Save the record first."))
        self.reload()

    def reload(self) -> None:
        """Read the list again (off the GUI thread; the latest request wins)."""
        self._generation += 1
        generation, owner, ctx = self._generation, self._owner_id, self._session.ctx
        if owner is None:
            self._fill([])
            return
        op: Op[list[AttachmentRow]] = Op(self, lambda: attachments.list_attachments(ctx, owner))
        op.success(lambda rows: self._fill(rows) if generation == self._generation else None).run()

    def _fill(self, rows: list[AttachmentRow]) -> None:
        self._rows = rows
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            for c, value in enumerate((row.kind, row.filename, size_text(row.size))):
                self.table.setItem(r, c, QTableWidgetItem(value))
        has = bool(self._rows)
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def filenames(self) -> list[str]:
        """The names of the files listed."""
        return [r.filename for r in self._rows]

    def add_files(self, paths: list[str]) -> None:
        """Attach ``paths`` with the chosen kind (off the GUI thread)."""
        owner = self._owner_id
        if owner is None or not paths:
            return
        ctx, kind, owner_type = self._session.ctx, self.kind.currentText(), self._owner_type

        def work() -> int:
            for path in paths:
                attachments.add_attachment(ctx, owner_type=owner_type, owner_id=owner, filename=Path(path).name,
                                           data=Path(path).read_bytes(), kind=kind)
            return len(paths)

        WriteOp(self, self._session, work).success(self._on_files_changed).failure(self._on_add_failed).run()

    def _on_add_failed(self, exc: BaseException) -> None:
        self.reload()
        show_error(self, exc)

    def _on_files_changed(self, _result: object) -> None:
        self.reload()
        self.changed.emit()

    def _current(self) -> AttachmentRow | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._rows):
            row = 0 if len(self._rows) == 1 else -1
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_files(FilePicker.ask(self))

    @Slot()
    def _on_open_button_clicked(self) -> None:
        row = self._current()
        if row is None:
            return
        ctx = self._session.ctx

        def work() -> str:
            # Written under a name the app makes (the file's name is display text, never part of a path), in the
            # app's own temporary folder that is swept at start and exit.
            return str(attachments.save_for_viewing(ctx, row.id, decrypted.folder() / row.id[:8]))

        Op(self, work).success(self._on_opened).run()

    def _on_opened(self, path: str) -> None:
        self.opened.emit(path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    @Slot(int, int)
    def _on_table_cell_double_clicked(self, _row: int, _column: int) -> None:
        self._on_open_button_clicked()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        row = self._current()
        if row is None or not RemoveConfirm.ask(self, row.filename):
            return
        ctx = self._session.ctx
        WriteOp(self, self._session, lambda: attachments.remove_attachment(ctx, row.id)).success(
            self._on_files_changed).run()
