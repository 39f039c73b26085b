"""The legal-clarity person editor: profile with photo and consent, status history, trainings, services,
and the disputes the person helped mediate."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget

from guanlan_desk.domain.enums import LcpStatus
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import attachments, lcp
from guanlan_desk.services.lcp import LcpDetail
from guanlan_desk.services.errors import StaleRecord
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.ops import LatestRead, Op, WriteOp
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.lcp.lcp_dialogs import ServiceDialog, StatusDialog, TrainingDialog
from guanlan_desk.ui.views.lcp.lcp_panels import HistoryPanel, MediatedPanel, ServicesPanel, TrainingsPanel
from guanlan_desk.ui.views.lcp.lcp_profile import LcpProfile
from guanlan_desk.ui.views.lcp.person_view import PersonView, read_person
from guanlan_desk.ui.widgets.lcp_photo import PhotoPicker, prepared_photo
from guanlan_desk.ui.widgets.ledger_form import FieldErrors, show_failure
from guanlan_desk.ui.widgets.ledger_page import RecordEditor
from guanlan_desk.ui.widgets.ledger_print import PrintButton
from guanlan_desk.ui.widgets.risk_level import StatusChip
from guanlan_desk.ui.widgets.scrolled import scrolled
from guanlan_desk.ui.enum_text import enum_text

PhotoChange = tuple[str, bytes] | None  # a new photo (name, JPEG bytes); None with _photo_removed clears it


class LcpEditor(RecordEditor):
    """One person's profile (or a new one)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._detail: LcpDetail | None = None
        self._reads = LatestRead(self)  # older answers are dropped
        self._dirty = False
        self._new_photo: PhotoChange = None
        self._photo_removed = False
        self.errors = FieldErrors(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.back = QPushButton(self.tr("← Roster"))
        self.back.setToolTip(self.tr("Back to the list (Esc)"))
        self.back.clicked.connect(self.back_requested)
        header.addWidget(self.back)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        header.addWidget(self.heading, 1)
        self.status_chip = StatusChip()
        self.wall_chip = StatusChip()
        header.addWidget(self.status_chip)
        header.addWidget(self.wall_chip)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self._on_save_clicked)
        header.addWidget(self.save_button)
        self.print_button = PrintButton("lcp", session, self)
        self.print_button.setToolTip(self.tr("Print the roster entry or the culture-wall card"))
        header.addWidget(self.print_button)
        layout.addLayout(header)

        self.tabs = QTabWidget()
        self.profile = LcpProfile(session, self.errors)
        self.history = HistoryPanel()
        self.history.add_requested.connect(self._on_history_add_requested)
        self.trainings = TrainingsPanel()
        self.trainings.add_requested.connect(self._on_trainings_add_requested)
        self.services = ServicesPanel()
        self.services.add_requested.connect(self._on_services_add_requested)
        self.mediated = MediatedPanel()
        self.mediated.dispute_opened.connect(self._on_mediated_dispute_opened)
        for widget, title in ((scrolled(self.profile), self.tr("Profile")), (self.history, self.tr("Status history")),
                              (self.trainings, self.tr("Trainings")), (self.services, self.tr("Services")),
                              (self.mediated, self.tr("Disputes mediated"))):
            self.tabs.addTab(widget, title)
        layout.addWidget(self.tabs, 1)
        self.new()

    # -- what is shown ---------------------------------------------------------------------------
    @property
    def record_id(self) -> str | None:
        """The id of the person shown (None for a new profile)."""
        return self._detail.id if self._detail else None

    @property
    def detail(self) -> LcpDetail | None:
        """The profile as last loaded."""
        return self._detail

    def is_dirty(self) -> bool:
        """Whether edits are not saved yet."""
        return self._dirty

    def _rebuild_profile(self) -> None:
        self.errors = FieldErrors(self)
        profile = LcpProfile(self._session, self.errors)
        profile.edited.connect(self._on_profile_edited)
        profile.photo_requested.connect(self._on_profile_photo_requested)
        profile.photo_removed.connect(self._on_profile_photo_removed)
        current = self.tabs.currentIndex()
        old = self.tabs.widget(0)
        self.tabs.removeTab(0)
        if old is not None:
            old.deleteLater()
        self.tabs.insertTab(0, scrolled(profile), self.tr("Profile"))
        self.profile.deleteLater()
        self.profile = profile
        self.tabs.setCurrentIndex(max(current, 0))
        self._new_photo = None
        self._photo_removed = False

    def new(self) -> None:
        """Start a blank profile (a new candidate)."""
        self._detail = None
        self._rebuild_profile()
        self.heading.setText(self.tr("New legal-clarity person"))
        self.status_chip.set_status(enum_text(LcpStatus.CANDIDATE))
        self.wall_chip.set_status("")
        for index in range(1, 5):
            self.tabs.setTabEnabled(index, False)
            self.tabs.setTabToolTip(index, self.tr("Available once the person is saved."))
        self.tabs.setCurrentIndex(0)
        self._dirty = False
        self._refresh_buttons()
        self.profile.name.setFocus()

    def load(self, record_id: str, then: Callable[[], None] | None = None,
             otherwise: Callable[[], None] | None = None) -> None:
        """Show the person with ``record_id`` (read off the GUI thread; the latest request wins); ``then()`` once
        shown, ``otherwise()`` after telling the user it cannot be read."""
        ctx = self._session.ctx
        self._reads.run(lambda: read_person(ctx, record_id), self._show, then=then, otherwise=otherwise)

    def _show(self, view: PersonView) -> None:
        detail = self._detail = view.detail
        self._rebuild_profile()
        self.profile.load(detail)
        self._show_photo(view)
        self.heading.setText(detail.data.name)
        self.status_chip.set_status(enum_text(detail.status), warning=detail.status is LcpStatus.REMOVED)
        self.wall_chip.set_status(self.tr("On the culture wall") if detail.display_consent
                                  and detail.status is LcpStatus.REGISTERED else "")
        self.history.load(detail.history)
        self.trainings.load(detail.trainings, detail.training_hours)
        self.services.load(detail.services)
        self.mediated.load(detail.mediated)
        for index in range(1, 5):
            self.tabs.setTabEnabled(index, True)
            self.tabs.setTabToolTip(index, "")
        reason = "" if self._session.ctx.can(Permission.LCP_WRITE) else self._role_reason()
        self.profile.set_editable(not reason, reason)
        self._dirty = False
        self._refresh_buttons()

    def _show_photo(self, view: PersonView) -> None:
        if view.detail.photo_attachment_id is None:
            self.profile.photo.set_photo(None)
        elif view.photo is None:
            self.profile.photo.set_placeholder(self.tr("Photo unreadable"))
        else:
            self.profile.photo.set_photo(view.photo)

    def _role_reason(self) -> str:
        return self.tr("Your role ({role}) cannot change legal-clarity persons.").format(
            role=enum_text(self._session.actor.role))

    def _blocked(self) -> str:
        if self._detail is None:
            return self.tr("Save the new person first.")
        if not self._session.ctx.can(Permission.LCP_WRITE):
            return self._role_reason()
        if self._dirty:
            return self.tr("Save your changes first.")
        return ""

    def _refresh_buttons(self) -> None:
        reason = self._blocked()
        self.history.allow_add(reason)
        self.trainings.allow_add(reason)
        services_reason = reason or (self.tr("A removed person cannot record new services.")
                                     if self._detail is not None and self._detail.status is LcpStatus.REMOVED else "")
        self.services.allow_add(services_reason)
        if self._detail is not None and not reason and not lcp.STATUS_STEPS[self._detail.status]:
            self.history.allow_add(self.tr("No further status change is possible."))
        self.save_button.setEnabled(self._session.ctx.can(Permission.LCP_WRITE) and
                                    (self._dirty or self._detail is None))
        self.print_button.set_record(self._detail.id if self._detail else None)

    # -- saving ----------------------------------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Check and save the profile, the photo and the consent; ``then()`` after success."""
        self.errors.clear()
        if not self.profile.validate(self.errors):
            self.tabs.setCurrentIndex(0)
            return False
        ctx = self._session.ctx
        data = self.profile.lcp_input()
        detail = self._detail
        consent, consent_on, show_phone = self.profile.consent_state()
        consent_changed = (consent, consent_on, show_phone) != (
            (detail.display_consent, detail.consent_on, detail.show_phone) if detail else (False, None, False))
        photo, removed = self._new_photo, self._photo_removed

        def work() -> str:
            if detail is None:
                person_id = lcp.create_lcp(ctx, data)
            else:
                person_id = detail.id
                lcp.update_lcp(ctx, person_id, data, expected_version=detail.version)
            if photo is not None:
                row = attachments.add_attachment(ctx, owner_type="lcp", owner_id=person_id, filename=photo[0],
                                                 data=photo[1], kind="照片")
                lcp.set_photo(ctx, person_id, row.id)
            elif removed:
                lcp.set_photo(ctx, person_id, None)
            if consent_changed:
                lcp.set_display_consent(ctx, person_id, consent=consent, on=consent_on or ctx.today(),
                                        show_phone=show_phone)
            return person_id

        def done(view: PersonView) -> None:
            self._reads.supersede()  # a read started before the save must not show the older profile
            self._show(view)  # what the save wrote, read in the same background call
            self.saved.emit(view.detail.id)
            if then is not None:
                then()

        self.save_button.setEnabled(False)
        WriteOp(self, self._session, lambda: read_person(ctx, work())).success(done).failure(
            self._on_save_failed).run()
        return True

    def _on_save_failed(self, exc: BaseException) -> None:
        self._refresh_buttons()
        if isinstance(exc, StaleRecord) and self._detail is not None:
            show_error(self, exc)
            self.load(self._detail.id)
            return
        self.tabs.setCurrentIndex(0)
        show_failure(self, self.errors, exc)

    def _step(self, work: Callable[[], Any]) -> None:
        detail = self._detail
        if detail is None:
            return
        person_id = detail.id

        WriteOp(self, self._session, work).success(lambda _result: self.load(person_id)).run()

    # -- slots -----------------------------------------------------------------------------------
    @Slot()
    def _on_save_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_profile_edited(self) -> None:
        self._dirty = True
        self._refresh_buttons()

    @Slot()
    def _on_profile_photo_requested(self) -> None:
        path = PhotoPicker.ask(self)
        if not path:
            return
        try:
            self._new_photo = prepared_photo(path)
        except ValueError:
            QMessageBox.warning(self, self.tr("Photo"), self.tr("This file is not an image that can be read."))
            return
        self._photo_removed = False
        self.profile.photo.set_photo(self._new_photo[1])
        self._on_profile_edited()

    @Slot()
    def _on_profile_photo_removed(self) -> None:
        if not self.profile.photo.has_photo():
            return
        self._new_photo = None
        self._photo_removed = True
        self.profile.photo.set_photo(None)
        self._on_profile_edited()

    @Slot()
    def _on_history_add_requested(self) -> None:
        detail = self._detail
        if detail is None:
            return
        entry = StatusDialog.ask(self, sorted(lcp.STATUS_STEPS[detail.status]), self._session.ctx.today())
        if entry is None:
            return
        ctx = self._session.ctx
        self._step(lambda: lcp.change_status(ctx, detail.id, entry.to, reason=entry.reason, on=entry.on,
                                             approver=entry.approver))

    @Slot()
    def _on_trainings_add_requested(self) -> None:
        detail = self._detail
        entry = TrainingDialog.ask(self, self._session.ctx.today()) if detail else None
        if detail is None or entry is None:
            return
        ctx = self._session.ctx
        self._step(lambda: lcp.add_training(ctx, detail.id, held_on=entry.held_on, topic=entry.topic,
                                            hours=entry.hours, mode=entry.mode, organiser=entry.organiser,
                                            passed=entry.passed, score=entry.score))

    @Slot()
    def _on_services_add_requested(self) -> None:
        detail = self._detail
        entry = ServiceDialog.ask(self, self._session.ctx.today()) if detail else None
        if detail is None or entry is None:
            return
        ctx = self._session.ctx
        self._step(lambda: lcp.add_service(ctx, detail.id, served_on=entry.served_on, kind=entry.kind,
                                           people_served=entry.people_served, note=entry.note))

    @Slot(str)
    def _on_mediated_dispute_opened(self, dispute_id: str) -> None:
        self._session.open_record("dispute", dispute_id)
