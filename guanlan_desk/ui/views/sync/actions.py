"""The sync page's controls: export folder, export now (full re-export), import, the schedule, enrolment."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.domain.roles import Permission
from guanlan_desk.sync import ui_api
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.sync.scheduler import (
    EXPORT_ON_EXIT_KEY,
    SCHEDULE_KEY,
    export_on_exit_enabled,
    schedule_minutes,
)


class FileAsk:
    """The file and folder choosers of the sync page (tests monkeypatch these ``ask_*`` classmethods)."""

    @classmethod
    def ask_folder(cls, parent: QWidget | None, title: str, start: str = "") -> str:
        """A folder, or '' when the person cancelled."""
        return QFileDialog.getExistingDirectory(parent, title, start)

    @classmethod
    def ask_bundles(cls, parent: QWidget | None, start: str = "") -> list[str]:
        """Bundle files, or [] when the person cancelled."""
        files, _ = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("SyncPage", "Import sync bundles"), start,
            QCoreApplication.translate("SyncPage", "Sync bundles (*{suffix})").format(suffix=ui_api.BUNDLE_SUFFIX))
        return list(files)


class ActionsBox(QGroupBox):
    """Export folder, Export now, Full re-export, Import files or a folder, the schedule, enrolment by role."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Export and import"), parent)
        self._session = session
        role = session.db.workstation.role
        self.folder_label = QLineEdit()  # read-only: a long path scrolls instead of widening the page
        self.folder_label.setReadOnly(True)
        self.folder_label.setFrame(False)
        self.folder_label.setStyleSheet("QLineEdit { background: transparent; }")
        self.folder_label.setMinimumWidth(160)
        self.choose_folder = QPushButton(self.tr("Change…"))
        self.export_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
                                         self.tr("Export now"))
        self.export_button.setToolTip(self.tr("Write the changes for the other workstations into the export folder "
                                              "(Ctrl+E)"))
        self.full = QCheckBox(self.tr("Full re-export"))
        self.full.setToolTip(self.tr("Export everything, not just the changes (when the other side asks for it)"))
        self.import_files = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                        self.tr("Import bundles…"))
        self.import_files.setToolTip(self.tr("Choose one or more .glbundle files (Ctrl+I)"))
        self.import_folder = QPushButton(self.tr("Import a folder…"))
        self.import_folder.setToolTip(self.tr("Import every bundle of a folder, e.g. the USB stick"))
        self._tips = {b: b.toolTip() for b in (self.export_button, self.import_files, self.import_folder)}
        self.schedule = QSpinBox()
        self.schedule.setRange(0, 24 * 60)
        self.schedule.setSingleStep(15)
        self.schedule.setSpecialValueText(self.tr("off"))
        self.schedule.setSuffix(self.tr(" min"))
        self.schedule.setValue(schedule_minutes(session))
        self.schedule.setToolTip(self.tr("Export the changes in the background this often (0 = off)"))
        self.on_exit = QCheckBox(self.tr("Export when the program closes"))
        self.on_exit.setChecked(export_on_exit_enabled(session))
        self.hint = QLabel()
        self.show_drop_hint(False)
        self.enrol_community = QPushButton(self.tr("Enrol a community workstation…"))
        self.import_answer = QPushButton(self.tr("Import a community's answer…"))
        self.import_enrolment = QPushButton(self.tr("Import the office's enrolment file…"))

        row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("Export folder:")))
        row1.addWidget(self.folder_label, 1)
        row1.addWidget(self.choose_folder)
        row2 = QHBoxLayout()
        row2.addWidget(self.export_button)
        row2.addWidget(self.full)
        row2.addSpacing(24)
        row2.addWidget(self.import_files)
        row2.addWidget(self.import_folder)
        row2.addStretch(1)
        row3 = QHBoxLayout()
        row3.addWidget(QLabel(self.tr("Export automatically every")))
        row3.addWidget(self.schedule)
        row3.addSpacing(12)
        row3.addWidget(self.on_exit)
        row3.addStretch(1)
        for button in (self.enrol_community, self.import_answer):
            row3.addWidget(button)
            button.setVisible(role == "office")
        row3.addWidget(self.import_enrolment)
        self.import_enrolment.setVisible(role == "community")
        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addLayout(row3)
        layout.addWidget(self.hint)
        self.schedule.valueChanged.connect(self._on_schedule_value_changed)
        self.on_exit.toggled.connect(self._on_on_exit_toggled)

    def apply_permissions(self) -> None:
        """Enable what the logged-in user may do; a disabled button's tooltip says why."""
        ctx = self._session.ctx
        may_sync, may_enrol = ctx.can(Permission.EXPORT), ctx.can(Permission.SETTINGS)
        why = "" if may_sync else self.tr("Your role does not allow exporting or importing sync bundles.")
        for button in (self.export_button, self.import_files, self.import_folder, self.choose_folder):
            button.setEnabled(may_sync)
            button.setToolTip(why or self._tips.get(button, ""))
        self.full.setEnabled(may_sync)
        why = "" if may_enrol else self.tr("Only an administrator enrols workstations.")
        for button in (self.enrol_community, self.import_answer, self.import_enrolment):
            button.setEnabled(may_enrol)
            button.setToolTip(why)

    def show_drop_hint(self, dragging: bool) -> None:
        """The drag-and-drop hint, highlighted while bundles are dragged over the page."""
        if dragging:
            self.hint.setText(self.tr("Release the mouse button to import these bundles."))
            self.hint.setStyleSheet("QLabel { color: #0b5394; font-weight: bold; }")
        else:
            self.hint.setText(self.tr("You can also drag bundle files or a folder onto this page to import them."))
            self.hint.setStyleSheet("QLabel { color: palette(mid); }")

    @Slot(int)
    def _on_schedule_value_changed(self, minutes: int) -> None:
        self._session.settings.setValue(SCHEDULE_KEY, minutes)

    @Slot(bool)
    def _on_on_exit_toggled(self, checked: bool) -> None:
        self._session.settings.setValue(EXPORT_ON_EXIT_KEY, checked)
