"""The communities and their mediation committees in 设置: the office edits them (its reference data travels to
the communities); a community workstation shows them read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.errors import UserFacingError, ValidationError
from guanlan_desk.services import committees
from guanlan_desk.services.committees import Committee, CommunityInput
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.i18n import error_text
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.widgets.field_error import FieldError


class CommunityDialog(QDialog):
    """Add or edit one community and its committee (blank committee fields take the defaults)."""

    def __init__(self, session: AppSession, existing: Committee | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("community_dialog")
        self.setWindowTitle(self.tr("Edit community") if existing else self.tr("Add a community"))
        self.code = QLineEdit(existing.community_code if existing else "", self)
        self.code.setObjectName("community_code")
        self.code.setReadOnly(existing is not None)
        self.name = QLineEdit(existing.community_name if existing else "", self)
        self.name.setObjectName("community_name")
        self.abbrev = QLineEdit(existing.abbrev if existing else "", self)
        self.committee = QLineEdit(existing.name if existing else "", self)
        self.committee.setObjectName("committee_name")
        self.committee.setPlaceholderText(self.tr("<community>人民调解委员会 when left empty"))
        self.seal = QLineEdit(existing.seal_text if existing else "", self)
        self.seal.setPlaceholderText(self.tr("The committee's name when left empty"))
        self.pattern = QLineEdit(existing.case_number_pattern if existing else "", self)
        self.pattern.setObjectName("case_number_pattern")
        self.pattern.setPlaceholderText("（{year}）{abbrev}调字第{serial:04d}号")
        self.phone = QLineEdit(existing.phone if existing else "", self)
        self.address = QLineEdit(existing.address if existing else "", self)
        self.active = QCheckBox(self.tr("In use (retired communities keep their records)"), self)
        self.active.setChecked(existing.active if existing else True)
        self.example = QLabel(self)
        self.example.setObjectName("case_number_example")
        self.error = FieldError(self.pattern, self)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Community"), self.name)
        form.addRow(self.tr("Abbreviation in case numbers"), self.abbrev)
        form.addRow(self.tr("Committee"), self.committee)
        form.addRow(self.tr("Seal text"), self.seal)
        form.addRow(self.tr("Case number pattern"), self.pattern)
        form.addRow("", self.example)
        form.addRow("", self.error)
        form.addRow(self.tr("Committee phone"), self.phone)
        form.addRow(self.tr("Committee address"), self.address)
        form.addRow("", self.active)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        for edit in (self.pattern, self.abbrev):
            edit.textChanged.connect(self._on_pattern_text_changed)
        self._on_pattern_text_changed()

    def value(self) -> CommunityInput:
        """What was entered."""
        return CommunityInput(self.name.text().strip(), self.abbrev.text().strip(), self.committee.text().strip(),
                              self.seal.text().strip(), self.pattern.text().strip(), self.phone.text().strip(),
                              self.address.text().strip(), self.active.isChecked())

    @Slot()
    def _on_pattern_text_changed(self) -> None:
        pattern = self.pattern.text().strip()
        if not pattern:
            self.example.setText(self.tr("Uses the sub-district's pattern."))
            return
        try:
            text = pattern.format(year=self._session.ctx.today().year, abbrev=self.abbrev.text().strip(), serial=1,
                                  ws="")
        except (KeyError, IndexError, ValueError):
            self.example.setText(self.tr("The pattern is not valid yet."))
            return
        self.example.setText(self.tr("First number this year: {number}").format(number=text))

    def accept(self) -> None:
        """Save through the service; errors stay in the dialog."""
        try:
            committees.save_community(self._session.ctx, self.code.text(), self.value())
        except ValidationError as exc:
            self.error.show_message(error_text(exc))
            return
        except UserFacingError as exc:  # a known fault (a bug goes to the crash dialog as everywhere)
            show_error(self, exc)
            return
        super().accept()


class CommitteesBox(QGroupBox):
    """The committee of every community: name, abbreviation, seal text, case number, phone."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Communities and their mediation committees"), parent)
        self.setObjectName("committees_box")
        self._session = session
        self.editable = committees.can_edit(session.ctx)
        self.table = QTreeWidget(self)
        self.table.setObjectName("committees_table")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Community"), self.tr("Committee"), self.tr("Seal text"),
                                    self.tr("Case number"), self.tr("Phone")])
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(self.fontMetrics().height() * 16)
        note = QLabel(self.tr("Numbering and every printed document use the committee of the case's community.")
                      + " " + (self.tr("Changes travel to the communities with the next bundle.") if self.editable
                               else self.tr("The street office sets these; they arrive with its reference data.")))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        if self.editable:
            self.add_button = QPushButton(self.tr("Add a community…"), self)
            self.add_button.setObjectName("committee_add")
            self.edit_button = QPushButton(self.tr("Edit…"), self)
            self.edit_button.setObjectName("committee_edit")
            self.add_button.clicked.connect(self._on_add_button_clicked)
            self.edit_button.clicked.connect(self._on_edit_button_clicked)
            self.table.itemActivated.connect(self._on_edit_button_clicked)
            row = QHBoxLayout()
            row.addWidget(self.add_button)
            row.addWidget(self.edit_button)
            row.addStretch(1)
            layout.addLayout(row)
        self._rows: list[Committee] = []
        self._reading = 0  # the generation of the latest read: older answers are dropped
        self.refresh()

    def refresh(self) -> None:
        """Read the committees again (off the GUI thread; the latest request wins)."""
        self._reading += 1
        generation, ctx = self._reading, self._session.ctx
        op: Op[list[Committee]] = Op(self, lambda: committees.committees(ctx))
        op.success(lambda rows: self._fill(rows) if generation == self._reading else None).run()

    def _fill(self, rows: list[Committee]) -> None:
        self._rows = rows
        own = self._session.db.workstation.community_code
        year = self._session.ctx.today().year
        self.table.clear()
        for c in self._rows:
            name = c.community_name if c.active else self.tr("{name} (retired)").format(name=c.community_name)
            try:
                example = c.example_case_number(year)
            except ValidationError:
                example = c.case_number_pattern
            item = QTreeWidgetItem([name, c.name, c.seal_text, example, c.phone])
            item.setData(0, Qt.ItemDataRole.UserRole, c.community_code)
            if c.community_code == own:
                font = item.font(0)
                font.setBold(True)
                for column in range(5):
                    item.setFont(column, font)
            self.table.addTopLevelItem(item)

    def _selected(self) -> Committee | None:
        item = self.table.currentItem()
        code = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return next((c for c in self._rows if c.community_code == code), None)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        if CommunityDialog(self._session, None, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        chosen = self._selected()
        if chosen is not None and CommunityDialog(self._session, chosen, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()
