"""Conflicts side by side: the value that was kept and the other one, with where and when each was written."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.sync import status, ui_api
from guanlan_desk.sync.ui_api import ConflictView
from guanlan_desk.ui.ops import Op, WriteOp
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.sync.texts import field_label, table_label, when

class _Side(QGroupBox):
    """One of the two values: the text, its origin and time, and the button that chooses it."""

    def __init__(self, title: str, button: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.value = QPlainTextEdit()
        self.value.setReadOnly(True)
        self.value.setMinimumHeight(60)
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.button = QPushButton(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.origin)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)


class ConflictsPanel(QWidget):
    """Open conflicts on the left; the selected one's two values side by side with "keep this" / "use the other"."""

    conflict_resolved = Signal(str)  # conflict id

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._views: tuple[ConflictView, ...] = ()
        self._reading = 0  # the generation of the latest read: older answers are dropped
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.show_resolved = QCheckBox(self.tr("Show resolved conflicts"))
        self.empty = QLabel(self.tr("No conflicts. When both sides change the same field, the newer value is kept "
                                    "and the other one waits here for a decision."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setMargin(12)
        self.record = QLabel()
        self.record.setWordWrap(True)
        self.open_record = QPushButton(self.tr("Open record"))
        self.kept = _Side(self.tr("Value kept now"), self.tr("Keep this"))
        self.other = _Side(self.tr("The other value"), self.tr("Use the other"))
        self.state = QLabel()
        self.state.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        self.detail = QWidget()
        sides = QHBoxLayout()
        sides.addWidget(self.kept)
        sides.addWidget(self.other)
        head = QHBoxLayout()
        head.addWidget(self.record, 1)
        head.addWidget(self.open_record)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(head)
        detail_layout.addLayout(sides, 1)
        detail_layout.addWidget(self.state)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.show_resolved)

        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.show_resolved.toggled.connect(self._on_show_resolved_toggled)
        self.kept.button.clicked.connect(self._on_kept_clicked)
        self.other.button.clicked.connect(self._on_other_clicked)
        self.open_record.clicked.connect(self._on_open_record_clicked)
        self._show(None)

    @property
    def include_resolved(self) -> bool:
        """Whether resolved conflicts are listed too."""
        return self.show_resolved.isChecked()

    def set_conflicts(self, views: tuple[ConflictView, ...]) -> None:
        """List ``views``, keeping the selection on the same conflict when it is still there."""
        current = self.current()
        keep_id = current.conflict.id if current is not None else None
        self._views = views
        self.list.blockSignals(True)
        self.list.clear()
        select = 0 if views else -1
        for i, v in enumerate(views):
            c = v.conflict
            record = v.record_label or table_label(c.table_name)
            text = self.tr("{record} · {community}\nfield {field} · with {other} · {time}").format(
                record=record, community=v.community or table_label(c.table_name), field=field_label(c.field),
                other=c.other_origin or self.tr("unknown"), time=when(c.detected_at))
            if c.resolved:
                text = self.tr("{text} (resolved)").format(text=text)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.list.addItem(item)
            if c.id == keep_id:
                select = i
        self.list.blockSignals(False)
        self.list.setCurrentRow(select)
        self._show(self.current())

    def current(self) -> ConflictView | None:
        """The conflict shown on the right."""
        row = self.list.currentRow()
        return self._views[row] if 0 <= row < len(self._views) else None

    def _show(self, view: ConflictView | None) -> None:
        self.empty.setVisible(not self._views)
        self.splitter.setVisible(bool(self._views))
        self.detail.setVisible(view is not None)
        if view is None:
            return
        c = view.conflict
        what = table_label(c.table_name)
        self.record.setText(self.tr("Record: {record} ({what}); field: {field}").format(
            record=view.record_label or what, what=f"{what} · {view.community}" if view.community else what,
            field=field_label(c.field)))
        self.open_record.setVisible(bool(view.record_kind))
        self.kept.value.setPlainText(c.kept_value)
        self.other.value.setPlainText(c.other_value)
        self.kept.origin.setText(self.tr("Written at {origin}, {time}").format(
            origin=view.kept_origin or self.tr("unknown"), time=when(view.kept_at)))
        self.other.origin.setText(self.tr("Written at {origin}, {time}").format(
            origin=c.other_origin or self.tr("unknown"), time=when(view.other_at)))
        self.kept.button.setEnabled(not c.resolved)
        self.other.button.setEnabled(not c.resolved)
        if c.resolved:
            self.state.setText(self.tr("Resolved: the kept value stayed.") if c.resolution == "kept"
                               else self.tr("Resolved on the other workstation; its decision arrived here.")
                               if c.resolution == "remote" else self.tr("Resolved: the other value was put back."))
        else:
            self.state.setText(self.tr("Both workstations changed this field without seeing each other's edit. "
                                       "The newer value is in use everywhere; choose which one is right."))

    @Slot(int)
    def _on_list_current_row_changed(self, row: int) -> None:
        self._show(self.current())

    @Slot(bool)
    def _on_show_resolved_toggled(self, checked: bool) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the conflicts again (a short read, off the GUI thread; the latest request wins)."""
        self._reading += 1
        generation, ctx, resolved = self._reading, self._session.ctx, self.include_resolved
        op: Op[tuple[ConflictView, ...]] = Op(self, lambda: ui_api.conflict_views(ctx, include_resolved=resolved))
        op.success(lambda views: self.set_conflicts(views) if generation == self._reading else None).run()

    @Slot()
    def _on_kept_clicked(self) -> None:
        self._resolve("kept")

    @Slot()
    def _on_other_clicked(self) -> None:
        self._resolve("other")

    def _resolve(self, keep: Literal["kept", "other"]) -> WriteOp[None]:
        view = self.current()
        assert view is not None  # the buttons are hidden without a selection
        ctx = self._session.ctx
        self.kept.button.setEnabled(False)
        self.other.button.setEnabled(False)
        # a write: the views hear what it changed from the write itself
        op = WriteOp(self, self._session, lambda: status.resolve_conflict(ctx, view.conflict.id, keep=keep))
        op.success(lambda _: self._on_resolved(view))
        op.finished.connect(self.reload)
        op.run()
        return op

    def _on_resolved(self, view: ConflictView) -> None:
        self.conflict_resolved.emit(view.conflict.id)

    @Slot()
    def _on_open_record_clicked(self) -> None:
        view = self.current()
        if view is not None and view.record_kind:
            self._session.open_record(view.record_kind, view.record_id)
