"""Enrolment through the screens: the office writes the file, the community compares and answers, the office
compares and enrols; bundles then flow. Wrong files are refused in words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from guanlan_desk.sync import status
from guanlan_desk.ui.dialogs.enrolment import (
    EnrolCommunityDialog,
    EnrolmentFileAsk,
    ImportAnswerDialog,
    ImportEnrolmentDialog,
)
from guanlan_desk.ui.views.sync.page import SyncPage
from guanlan_desk.ui.views.sync.scheduler import EXPORT_FOLDER_KEY
from tests.ui.sync_fixtures import Pair, Side, report_risk, strangers  # noqa: F401 - fixture
from tests.ui.waiting import settle

WAIT = 10_000


def fingerprint_shown(text: str) -> list[str]:
    return text.replace("\n", " ").split()


def enrol_file(qtbot: Any, office: Side, folder: Path) -> str:
    dialog = EnrolCommunityDialog(office.session)
    qtbot.addWidget(dialog)
    assert dialog.community.findData("GLJD") == -1  # the office does not enrol itself
    dialog.community.setCurrentIndex(dialog.community.findData("GC"))
    dialog.folder.setText(str(folder))
    office_fp = status.sync_overview(office.station.ctx).fingerprint
    assert fingerprint_shown(dialog.fingerprint.value.text()) == office_fp.split()
    with qtbot.waitSignal(dialog.enrolment_written, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].path in dialog.message.text()
    return str(blocker.args[0].path)


def test_the_whole_handshake_through_the_screens(qtbot: Any, strangers: Pair) -> None:
    office, gc = strangers.office, strangers.gc
    path = enrol_file(qtbot, office, office.folder)

    dialog = ImportEnrolmentDialog(gc.session)
    qtbot.addWidget(dialog)
    dialog.answer_folder.setText(str(gc.folder))
    dialog.file.setText(path)
    # The office's fingerprint is shown for comparison before anything is stored.
    assert fingerprint_shown(dialog.fingerprint.value.text()) == status.sync_overview(
        office.station.ctx).fingerprint.split()
    assert "观城社区" in dialog.details.text() and "another community" not in dialog.details.text()
    assert not dialog.accept_button.isEnabled()
    assert status.sync_overview(gc.station.ctx).peers == ()
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.enrolment_imported, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    answer = blocker.args[0].answer_path
    assert Path(answer).parent == gc.folder and answer in dialog.message.text()
    gc_fp = status.sync_overview(gc.station.ctx).fingerprint
    assert fingerprint_shown(dialog.mine.value.text()) == gc_fp.split()

    back = ImportAnswerDialog(office.session)
    qtbot.addWidget(back)
    back.file.setText(answer)
    assert fingerprint_shown(back.fingerprint.value.text()) == gc_fp.split()
    assert "GC" in back.details.text()
    back.confirm.setChecked(True)
    with qtbot.waitSignal(back.answer_imported, timeout=WAIT):
        qtbot.mouseClick(back.accept_button, Qt.MouseButton.LeftButton)
    assert "enrolled" in back.message.text()

    # Bundles now flow, and the office page lists the community with its fingerprint.
    report_risk(gc)
    gc.session.settings.setValue(EXPORT_FOLDER_KEY, str(gc.folder))
    page = SyncPage(gc.session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sync_state_changed, timeout=WAIT):
        page.export_now()
    office_page = SyncPage(office.session)
    qtbot.addWidget(office_page)
    with qtbot.waitSignal(office_page.sync_state_changed, timeout=WAIT):
        office_page.import_paths([gc.folder])
    assert any("imported" in t and "1 new" in t for t in office_page.result_texts())
    model = office_page.peers_model
    assert [model.data(model.index(0, c)) for c in (2, 3)] == ["GC", gc_fp]


def test_an_invitation_waits_in_the_peer_list_until_answered(qtbot: Any, strangers: Pair) -> None:
    enrol_file(qtbot, strangers.office, strangers.office.folder)
    page = SyncPage(strangers.office.session)
    qtbot.addWidget(page)
    model = page.peers_model
    settle(qtbot)
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1)) == "Awaiting answer"
    assert "enrolment file issued" in model.data(model.index(0, 7))


def test_a_wrong_file_is_refused_before_anything_is_stored(qtbot: Any, strangers: Pair) -> None:
    path = Path(enrol_file(qtbot, strangers.office, strangers.office.folder))
    back = ImportAnswerDialog(strangers.office.session)  # an enrolment file where an answer is expected
    qtbot.addWidget(back)
    back.file.setText(str(path))
    assert "not an answer file" in back.message.text() and not back.confirm.isEnabled()
    data = bytearray(path.read_bytes())
    data[-10] ^= 0x01
    bad = strangers.root / "bad.glenrol"
    bad.write_bytes(bytes(data))
    dialog = ImportEnrolmentDialog(strangers.gc.session)
    qtbot.addWidget(dialog)
    dialog.file.setText(str(bad))
    assert "damaged or was tampered" in dialog.message.text()
    assert not dialog.confirm.isEnabled() and not dialog.accept_button.isEnabled()


def test_the_folder_is_chosen_with_the_browse_button(qtbot: Any, strangers: Pair,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(EnrolmentFileAsk, "ask_folder",
                        classmethod(lambda cls, parent, title, start="": str(strangers.office.folder)))
    dialog = EnrolCommunityDialog(strangers.office.session)
    qtbot.addWidget(dialog)
    dialog.folder.clear()
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert "existing folder" in dialog.message.text()
    browse = [b for b in dialog.findChildren(type(dialog.write_button)) if b.text() == "Browse…"]
    qtbot.mouseClick(browse[0], Qt.MouseButton.LeftButton)
    assert dialog.folder.text() == str(strangers.office.folder)


def test_the_page_opens_the_enrolment_screens_by_role(qtbot: Any, strangers: Pair,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(EnrolCommunityDialog, "ask", classmethod(lambda cls, s, p=None: asked.append("enrol")))
    monkeypatch.setattr(ImportAnswerDialog, "ask", classmethod(lambda cls, s, p=None: asked.append("answer")))
    monkeypatch.setattr(ImportEnrolmentDialog, "ask", classmethod(lambda cls, s, p=None: asked.append("import")))
    office, gc = SyncPage(strangers.office.session), SyncPage(strangers.gc.session)
    for page in (office, gc):
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
    qtbot.mouseClick(office.enrol_community, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(office.import_answer, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(gc.import_enrolment, Qt.MouseButton.LeftButton)
    assert asked == ["enrol", "answer", "import"]


def test_a_second_office_needs_the_replace_box_and_the_old_one_is_revoked(qtbot: Any, strangers: Pair) -> None:
    from sqlalchemy import select

    from guanlan_desk.store.models import SyncPeer
    from guanlan_desk.sync import peers

    office, gc = strangers.office, strangers.gc
    with gc.station.ctx.write() as session:  # GC is enrolled with some other office already
        session.add(SyncPeer(workstation_id="11111111-2222-3333-4444-555555555555", role="office",
                             community_code="GLJD", name="旧街道工作站", enrolled_at=strangers.clock.now,
                             sign_public_key="x", box_public_key="y"))
        session.commit()
    path = enrol_file(qtbot, office, office.folder)
    dialog = ImportEnrolmentDialog(gc.session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.answer_folder.setText(str(gc.folder))
    dialog.file.setText(path)
    assert dialog.replace.isVisible() and "旧街道工作站" in dialog.replace.text()
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert "already enrolled with another office" in dialog.message.text()
    dialog.replace.setChecked(True)
    with qtbot.waitSignal(dialog.enrolment_imported, timeout=WAIT):
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    with gc.station.ctx.read() as session:
        old = session.execute(select(SyncPeer).where(SyncPeer.name == "旧街道工作站")).scalar_one()
        assert old.role == peers.REVOKED
