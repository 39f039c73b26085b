"""Print a record's documents: choose them, preview them, print or save them (every print audited).

The dispute, risk and legal-clarity-person editors call ``PrintDialog.ask(parent, session, subject=...,
record_id=...)``. The documents are filled from the record by :mod:`guanlan_desk.printing.bundle` on a
worker thread; before anything is shown, the glyph coverage of every name is checked, and a character
that no print font has is named in a warning (that document is left out, never printed wrong).
"""

from __future__ import annotations

import re
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.printing import bundle as printing
from guanlan_desk.printing import offers
from guanlan_desk.printing.bundle import Bundle, Choice, CoverageIssue, Prepared
from guanlan_desk.services import disputes, lcp, risks
from guanlan_desk.ui.dialogs.print_choices import default_documents
from guanlan_desk.ui.dialogs.print_preview import PdfPreview, lay_out_print_dialog
from guanlan_desk.ui.errors import describe, show_error
from guanlan_desk.ui.ops import LongOp, Progress
from guanlan_desk.ui.session import AppSession

DOC_ROLE = Qt.ItemDataRole.UserRole
_DEFAULTS = {"risk": ["risk_assignment"], "lcp": ["lcp_wall"]}
FACE_NAMES = {"GL-Song": "宋体", "GL-Hei": "黑体", "GL-Kai": "楷体", "GL-FangSong": "仿宋"}


def warn_unprintable(parent: QWidget | None, text: str) -> None:
    """Tell the user that a name cannot be printed (tests replace this)."""
    QMessageBox.warning(parent, QCoreApplication.translate("PrintDialog", "A character cannot be printed"), text)


def issue_text(issues: list[CoverageIssue] | tuple[CoverageIssue, ...]) -> str:
    """One paragraph per character: whose name has it, and which documents were left out or print it in a fallback."""
    groups: dict[tuple[str, bool], list[CoverageIssue]] = {}
    for issue in issues:
        groups.setdefault((issue.char, issue.blocking), []).append(issue)
    lines = []
    for (char, blocking), group in groups.items():
        names = [i.value for i in group if i.field.endswith("name")] or [i.value for i in group]
        who = "、".join(f"\u201c{n}\u201d" for n in dict.fromkeys(names))
        codepoint = group[0].codepoint
        if blocking:
            titles = "".join(f"《{t}》" for t in dict.fromkeys(i.title for i in group))
            lines.append(QCoreApplication.translate(
                "PrintDialog", "{who}: the character \u201c{char}\u201d ({codepoint}) is in none of the print fonts, "
                "so these documents were left out: {titles}. Check the name; if it is right, print the blank form "
                "and write it in by hand.").format(who=who, char=char, codepoint=codepoint, titles=titles))
        else:
            face = group[0].face or ""
            lines.append(QCoreApplication.translate(
                "PrintDialog", "{who}: the character \u201c{char}\u201d ({codepoint}) prints in the fallback font "
                "{face}; check it in the preview.").format(who=who, char=char, codepoint=codepoint,
                                                          face=FACE_NAMES.get(face, face)))
    return "\n".join(lines)


def safe_file_name(text: str) -> str:
    """``text`` without the characters file systems refuse."""
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_") or "document"


class PrintDialog(QDialog):
    """Choose, preview and print the documents of one record."""

    rendered = Signal()  # a preview (or its message) is shown

    @classmethod
    def ask(cls, parent: QWidget | None, session: AppSession, *, subject: str, record_id: str | None) -> bool:
        """Show the dialog; True when something was printed or saved (False too when the record cannot be read)."""
        try:
            dialog = cls(session, subject=subject, record_id=record_id, parent=parent)
        except UserFacingError as exc:  # the record is gone or out of the user's reach
            show_error(parent, exc)
            return False
        dialog.exec()
        return dialog.output_done

    def __init__(self, session: AppSession, *, subject: str, record_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._subject = subject
        self._record_id = record_id
        self.output_done = False
        self._running = False
        self._dirty = False
        self._warned: set[tuple[str, str]] = set()
        self.setWindowTitle(self.tr("Print documents"))
        self._offered: list[str] | None = None  # the documents the record's state offers (None: all)
        caption, defaults, parties = self._describe()
        self._caption = caption

        self.caption_label = QLabel(caption, self)
        self.caption_label.setWordWrap(True)
        self.caption_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.caption_label.font()
        font.setBold(True)
        self.caption_label.setFont(font)

        self.documents = QListWidget(self)
        self.documents.setToolTip(self.tr("Tick the documents to print; they print in this order."))
        for spec in printing.documents_for(subject):
            item = QListWidgetItem(spec.title_zh, self.documents)
            item.setData(DOC_ROLE, spec.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if spec.id in defaults else Qt.CheckState.Unchecked)
        documents_box = QGroupBox(self.tr("Documents"), self)
        QVBoxLayout(documents_box).addWidget(self.documents)

        self.party_boxes: list[QCheckBox] = []
        self.parties_box = QGroupBox(self.tr("Notice to attend: one for each ticked party"), self)
        parties_layout = QVBoxLayout(self.parties_box)
        for name in parties:
            box = QCheckBox(name, self.parties_box)
            box.setChecked(True)
            box.toggled.connect(self._schedule)
            parties_layout.addWidget(box)
            self.party_boxes.append(box)
        self.parties_box.setVisible(bool(parties))

        self.copies = QSpinBox(self)
        self.copies.setRange(1, 20)
        self.copies.setToolTip(self.tr("How many copies of each page the printer prints"))
        self.blank = QCheckBox(self.tr("Blank forms, to fill in by hand"), self)
        if record_id is None:  # no record: only the blank forms can be printed
            self.blank.setChecked(True)
            self.blank.setEnabled(False)
        options = QGroupBox(self.tr("Options"), self)
        form = QFormLayout(options)
        form.addRow(self.tr("Copies:"), self.copies)
        form.addRow(self.blank)

        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning.setStyleSheet("QLabel { color: #8a1c1c; background: #fdecea; border: 1px solid #e6a19a;"
                                   " border-radius: 3px; padding: 6px; }")
        self.warning.hide()

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.caption_label)
        left_layout.addWidget(documents_box, 1)
        left_layout.addWidget(self.parties_box)
        left_layout.addWidget(options)
        left_layout.addWidget(self.warning)

        self.preview = PdfPreview(session, self)
        self.preview.printed.connect(self._on_preview_printed)
        self.preview.saved.connect(self._on_preview_saved)
        self.status = lay_out_print_dialog(self, left, self.preview, (330, 800))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.documents.itemChanged.connect(self._on_documents_item_changed)
        self.copies.valueChanged.connect(self.preview.set_copies)
        self.blank.toggled.connect(self._apply_offers)
        self.blank.toggled.connect(self._schedule)
        self._apply_offers()
        self._fit_to_screen()
        self._update_parties()
        self._schedule()

    # -- what the record offers ------------------------------------------------------------------------

    def _describe(self) -> tuple[str, list[str], list[str]]:
        """The caption, the default documents and the parties (for per-party notices)."""
        ctx = self._session.ctx
        if self._record_id is None:
            return self.tr("Blank forms"), [], []
        if self._subject == "dispute":
            detail = disputes.get_dispute(ctx, self._record_id)
            names = list(dict.fromkeys(p.name for p in detail.parties))
            self._offered = offers.offered(detail)
            defaults = [d for d in default_documents(detail, ctx.today()) if d in self._offered]
            return f"{detail.case_no}\u3000{detail.data.title}", defaults, names
        if self._subject == "risk":
            risk = risks.get_risk(ctx, self._record_id)
            return f"{risk.code}\u3000{risk.title}", _DEFAULTS["risk"], []
        if self._subject == "lcp":
            person = lcp.get_lcp(ctx, self._record_id)
            return self.tr("{name} (the documents of the whole community)").format(name=person.data.name), \
                _DEFAULTS["lcp"], []
        return "", [], []

    def _fit_to_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1180, 700)
            return
        area = screen.availableGeometry()
        self.resize(min(1240, int(area.width() * 0.92)), min(820, int(area.height() * 0.92)))

    @Slot()
    def _apply_offers(self) -> None:
        """Show the documents the record's state offers; every document for blank forms."""
        blank = self.blank.isChecked()
        for row in range(self.documents.count()):
            item = self.documents.item(row)
            item.setHidden(not blank and self._offered is not None and item.data(DOC_ROLE) not in self._offered)

    def chosen(self) -> list[Choice]:
        """The ticked documents with the options."""
        blank = self.blank.isChecked()
        names = tuple(b.text() for b in self.party_boxes if b.isChecked())
        all_parties = len(names) == len(self.party_boxes)
        out = []
        for row in range(self.documents.count()):
            item = self.documents.item(row)
            if item.checkState() != Qt.CheckState.Checked or item.isHidden():
                continue
            doc_id = str(item.data(DOC_ROLE))
            parties = None if blank or all_parties or doc_id != "notice_to_attend" else names
            out.append(Choice(doc_id, blank=blank, parties=parties))
        return out

    def _update_parties(self) -> None:
        notice = any(c.doc_id == "notice_to_attend" for c in self.chosen())
        self.parties_box.setEnabled(notice and not self.blank.isChecked())

    # -- rendering -------------------------------------------------------------------------------------

    @Slot(QListWidgetItem)
    def _on_documents_item_changed(self, item: QListWidgetItem) -> None:
        self._update_parties()
        self._schedule()

    @Slot()
    def _schedule(self) -> None:
        self._update_parties()
        self._timer.start()

    @Slot()
    def refresh(self) -> None:
        """Render the chosen documents again (on a worker thread) and preview them."""
        self._timer.stop()
        if self._running:
            self._dirty = True
            return
        choices = self.chosen()
        if not choices:
            self.preview.show_message(self.tr("Tick at least one document."))
            self._show_issues(())
            self.rendered.emit()
            return
        ctx = self._session.ctx
        subject, record_id = self._subject, self._record_id

        def work(progress: Progress) -> tuple[Prepared, Bundle | None]:
            prepared = printing.prepare(ctx, subject, record_id, choices)
            printable = printing.without_blocking(prepared)
            if not printable.items:
                return prepared, None
            return prepared, printing.render(printable, progress)

        self._running = True
        self.status.setText(self.tr("Preparing the preview…"))
        op = LongOp(self, self.tr("Preparing the documents…"), work)
        op.success(lambda result: self._on_rendered(op.cancelled, *result))
        op.failure(self._on_render_failed)
        op.finished.connect(self._on_op_finished)
        op.run()

    def _on_rendered(self, cancelled: bool, prepared: Prepared, result: Bundle | None) -> None:
        self._show_issues(prepared.issues)
        if result is not None:
            name = safe_file_name(self._caption.split("\u3000")[0] or result.doc_ids[0]) + ".pdf"
            self.preview.show_bundle(result, name)
        elif cancelled:
            self.preview.show_message(self.tr("The preview was cancelled."))
        else:
            self.preview.show_message(self.tr("Nothing can be printed; see the warning on the left."))
        blocking = [i for i in prepared.issues if i.blocking and (i.value, i.char) not in self._warned]
        if blocking:
            self._warned |= {(i.value, i.char) for i in blocking}
            warn_unprintable(self, issue_text(blocking))

    def _on_render_failed(self, exc: BaseException) -> None:
        self.preview.show_message(describe(exc))
        show_error(self, exc)

    def _show_issues(self, issues: tuple[CoverageIssue, ...] | list[CoverageIssue]) -> None:
        self.warning.setText(issue_text(issues))
        self.warning.setVisible(bool(issues))

    @Slot()
    def _on_op_finished(self) -> None:
        self._running = False
        self.status.clear()
        if self._dirty:
            self._dirty = False
            self.refresh()
            return
        self.rendered.emit()

    @Slot(int)
    def _on_preview_printed(self, pages: int) -> None:
        self.output_done = True
        self.status.setText(self.tr("{pages} pages sent to the printer.").format(pages=pages))

    @Slot(str)
    def _on_preview_saved(self, path: str) -> None:
        self.output_done = True
        self.status.setText(self.tr("Saved: {path}").format(path=path))

