"""The party dialog with identifiers typed in full-width mode: no crash, the known person is found, warnings shown."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from guanlan_desk.domain.enums import DisputeRole, IdType, PartyKind
from guanlan_desk.services import parties
from guanlan_desk.services.parties import PartyInput
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes.party_dialog import PartyDialog
from tests.ui.waiting import settle

ZHANG_ID = "11010519491231002X"


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@pytest.fixture
def dialog(qtbot: object, zh_ui: QApplication, app_session: AppSession) -> PartyDialog:
    widget = PartyDialog(app_session, DisputeRole.APPLICANT, None)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    return widget


def test_a_full_width_id_number_finds_the_registered_person(qtbot: object, dialog: PartyDialog,
                                                            app_session: AppSession) -> None:
    known = parties.find_or_create(app_session.ctx, PartyInput(PartyKind.PERSON, "张伟", id_type=IdType.RESIDENT_ID,
                                                               id_number=ZHANG_ID))
    dialog.id_number.setText(_full_width("110105 19491231 002x"))
    dialog.id_number.editingFinished.emit()
    settle(qtbot)
    assert dialog.name.text() == "张伟"
    assert dialog.found_label.isVisibleTo(dialog)
    assert not dialog.errors["id_number"].has_error
    dialog.accept()
    assert dialog.result_draft is not None and dialog.result_draft.party_id == known.id


def test_a_full_width_credit_code_does_not_crash_the_dialog(dialog: PartyDialog) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(PartyKind.LEGAL_PERSON))
    dialog.uscc.setText("91" + _full_width("110000") + "101623741K")
    dialog.uscc.editingFinished.emit()  # raised ValueError inside the check-character lookup before
    assert not dialog.errors["uscc"].has_error
    assert dialog.uscc.text() == "91110000101623741K"


def test_a_permit_number_under_resident_id_is_warned_about(dialog: PartyDialog) -> None:
    body = "81000019900101001"
    from guanlan_desk.domain import idcard
    dialog.id_number.setText(body + idcard.check_char(body))
    dialog.id_number.editingFinished.emit()
    assert dialog.id_warning.isVisibleTo(dialog) and "居住证" in dialog.id_warning.text()
    dialog.resize(520, 560)
    dialog.grab().save("/tmp/shots/w11b/party-permit-warning.png")


def test_fields_are_capped_at_their_printed_length(dialog: PartyDialog) -> None:
    assert dialog.name.maxLength() == 100 and dialog.address.maxLength() == 200
