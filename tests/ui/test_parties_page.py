"""The party page: paged search, one party's disputes and risk items, the repeated-disputes warning, merging."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from guanlan_desk.domain.enums import IdType, PartyKind
from guanlan_desk.services import dispute_steps, disputes, parties, risks
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.parties import PartyInput
from guanlan_desk.ui.pages import RecordPage
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.parties import page as parties_page
from guanlan_desk.ui.views.parties.page import PartiesPage, parties_page_spec
from tests.services.test_risks_core import report
from tests.ui.dispute_helpers import ZHANG_ID, Boxes, register, save_screenshot, type_text
from tests.ui.waiting import settle


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def zhang(app_session: AppSession) -> str:
    return parties.find_or_create(app_session.ctx, PartyInput(
        PartyKind.PERSON, "张伟", id_type=IdType.RESIDENT_ID, id_number=ZHANG_ID, phone="13800138000")).id


def test_the_spec_and_the_paged_search(qtbot: object, qtmodeltester: object, app_session: AppSession, zhang: str,
                                       boxes: Boxes) -> None:
    spec = parties_page_spec()
    assert (spec.key, spec.record_kind) == ("parties", "party")
    for name in ("王芳", "李强", "赵敏"):
        register(app_session.ctx, name)
    page = spec.factory(app_session, None)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    settle(qtbot)
    assert isinstance(page, PartiesPage) and isinstance(page, RecordPage) and not page.has_unsaved_changes()
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    assert page.model.rowCount() == 7  # 张伟, three applicants, three respondents (no USCC: not matched)
    masked = [page.model.data(page.model.index(r, 2)) for r in range(page.model.rowCount())]
    assert ZHANG_ID not in masked and any(m and "*" in m for m in masked)
    with qtbot.waitSignal(page.search.query_changed, timeout=3000):  # type: ignore[attr-defined]
        qtbot.keyClicks(page.search, ZHANG_ID)  # type: ignore[attr-defined]  # a full ID number finds the person
    settle(qtbot)
    assert page.model.rowCount() == 1 and page.model.row_id(0) == zhang
    page.search.clear()
    settle(qtbot)
    with qtbot.waitSignal(page.search.query_changed, timeout=3000):  # type: ignore[attr-defined]
        type_text(page.search, "zm")
    settle(qtbot)
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 0)) == "赵敏"


def test_several_open_disputes_raise_the_warning_and_open_records(qtbot: object, qapp: QApplication, zh_ui: QApplication,
                                                                   app_session: AppSession, zhang: str,
                                                                   grid_officer: Ctx, boxes: Boxes,
                                                                   tmp_path: Path) -> None:
    first = register(app_session.ctx, applicant_party_id=zhang)
    page = PartiesPage(app_session)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    settle(qtbot)
    page.resize(1366, 768)
    settle(qtbot)
    page.open_record(zhang)
    settle(qtbot)
    assert page.detail.heading.text() == "张伟"
    assert page.detail.fields["phone"].text() == "138****8000"
    assert not page.detail.warning.isVisibleTo(page)  # one open dispute: no warning
    second = register(app_session.ctx, applicant_party_id=zhang, respondent="观澜物业管理有限公司")
    risk = report(grid_officer, title="张伟多次到社区反映欠薪问题", party_ids=(zhang,))
    dispute_steps.link_risk(app_session.ctx, second, risk.id)
    from guanlan_desk.services.dto import Changes

    app_session.apply(Changes(disputes=True, ids=(second,)))  # the page refreshes itself
    settle(qtbot)
    assert page.detail.warning.isVisibleTo(page)
    assert "2" in page.detail.warning.text() and "张伟" in page.detail.warning.text()
    assert set(page.detail.dispute_ids()) == {first, second}
    assert page.detail.risks_table.rowCount() == 1
    opened: list[tuple[str, str]] = []
    app_session.record_requested.connect(lambda kind, rid: opened.append((kind, rid)))
    page.detail.disputes_table.cellDoubleClicked.emit(0, 0)
    settle(qtbot)
    page.detail.risks_table.cellDoubleClicked.emit(0, 1)
    settle(qtbot)
    assert opened[0][0] == "dispute" and opened[0][1] in {first, second} and opened[1] == ("risk", risk.id)
    page.show()
    settle(qtbot)
    save_screenshot(page, tmp_path, "parties_page.png")
    dispute_steps.decline_dispute(app_session.ctx, second, reason="一方拒绝调解")
    page.refresh()
    settle(qtbot)
    assert not page.detail.warning.isVisibleTo(page)
    assert risks.risks_of_party(app_session.ctx, zhang)


def test_an_admin_merges_a_duplicate(qtbot: object, app_session: AppSession, zhang: str, boxes: Boxes,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    duplicate = parties.find_or_create(app_session.ctx, PartyInput(PartyKind.PERSON, "张伟", phone="13900139000")).id
    dispute_id = register(app_session.ctx, applicant_party_id=duplicate)
    page = PartiesPage(app_session)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    settle(qtbot)
    page.open_record(zhang)
    settle(qtbot)
    assert page.detail.merge_button.isVisibleTo(page)
    monkeypatch.setattr(parties_page.MergePartyDialog, "ask",
                        classmethod(lambda cls, parent, session, keep_id, name: duplicate))
    page.detail.merge_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: page.detail.dispute_ids() == [dispute_id])  # type: ignore[attr-defined]
    assert boxes.questions and "张伟" in boxes.questions[0]
    assert disputes.get_dispute(app_session.ctx, dispute_id).parties[0].party_id == zhang
    assert page.model.rowCount() == 2 and page.model.canFetchMore(QModelIndex()) is False


def test_a_viewer_sees_no_merge_or_unmask(qtbot: object, viewer: Ctx, qsettings: object, zhang: str,
                                          boxes: Boxes) -> None:
    session = AppSession(viewer.db, viewer.actor, qsettings)  # type: ignore[arg-type]
    page = PartiesPage(session)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    settle(qtbot)
    page.open_record(zhang)
    settle(qtbot)
    assert not page.detail.merge_button.isVisibleTo(page)
    assert not page.detail.unmask_button.isVisibleTo(page)


def test_edit_a_party_keeping_masked_values(qtbot: object, app_session: AppSession, zhang: str, boxes: Boxes,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from guanlan_desk.ui.views.parties import edit_dialog

    page = PartiesPage(app_session)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    settle(qtbot)
    page.open_record(zhang)
    settle(qtbot)
    detail = page.detail.detail
    assert detail is not None
    dialog = edit_dialog.PartyEditDialog(detail, app_session.ctx.today())
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    settle(qtbot)
    assert dialog.phone.text() == "138****8000"  # masked: left alone unless replaced
    dialog.phone.setText("12")
    dialog.accept()
    assert dialog.value is None and dialog.errors["phone"].isVisibleTo(dialog)
    dialog.phone.setText("138****8000")
    dialog.address.setText("深圳市龙华区观澜街道观城社区")
    dialog.accept()
    assert dialog.value is not None
    monkeypatch.setattr(edit_dialog.PartyEditDialog, "ask", classmethod(lambda cls, parent, d, today: dialog.value))
    page.detail.edit_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: page.detail.fields["address"].text() != "—")  # type: ignore[attr-defined]
    full = parties.get_party(app_session.ctx, zhang, unmask=True, reason="测试")
    assert full.data.phone == "13800138000" and full.data.address == "深圳市龙华区观澜街道观城社区"


def test_showing_full_details_is_audited(qtbot: object, app_session: AppSession, zhang: str, boxes: Boxes) -> None:
    from PySide6.QtWidgets import QMessageBox

    from guanlan_desk.services import audit

    page = PartiesPage(app_session)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    settle(qtbot)
    page.open_record(zhang)
    settle(qtbot)
    before = audit.actions_for(app_session.ctx, zhang)
    page.detail.unmask_button.click()
    settle(qtbot)
    boxes_open = [w for w in page.findChildren(QMessageBox) if w.isVisible()]
    assert boxes_open and ZHANG_ID in boxes_open[0].text() and "13800138000" in boxes_open[0].text()
    boxes_open[0].close()
    assert len(audit.actions_for(app_session.ctx, zhang)) == len(before) + 1
    assert page.detail.fields["id_number"].text() != ZHANG_ID  # the page itself stays masked
