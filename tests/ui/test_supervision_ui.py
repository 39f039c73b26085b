"""交办 on both dashboards: the office instructs, the community signs off and answers, the office closes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from guanlan_desk.domain.enums import Role
from guanlan_desk.domain.supervision import TaskSubject
from guanlan_desk.services.context import Actor
from guanlan_desk.ui.views.dashboard import DashboardPage
from guanlan_desk.ui.views.supervision import dialogs
from tests.sync.test_supervision import send
from tests.ui.shell_helpers import screenshot
from tests.ui.waiting import settle
from tests.ui.sync_fixtures import Pair, Side, pair, report_risk  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("zh_ui")  # the bundled font and zh_CN, as the app runs
SHOTS = Path(os.environ.get("GUANLAN_SHOTS", "/tmp/shots/w17"))


def _page(qtbot: QtBot, side: Side) -> DashboardPage:
    page = DashboardPage(side.session)
    qtbot.addWidget(page)
    page.resize(1280, 1100)
    page.show()
    qtbot.waitUntil(lambda: page.overview is not None and page.supervision_box.counts is not None
                    and not page.supervision_box._loading, timeout=5000)
    return page


def _rows(page: DashboardPage) -> list[list[str]]:
    tree = page.supervision_box.tree
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


def _shot(page: QWidget, tmp_path: Path, name: str) -> None:
    screenshot(page, tmp_path, name, size=None)
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        shutil.copyfile(tmp_path / f"{name}.png", SHOTS / f"{name}.png")


def test_an_instruction_on_both_dashboards(qtbot: QtBot, pair: Pair, tmp_path: Path,  # noqa: F811
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    pair.office.session.switch_user(Actor("00000000-0000-0000-0000-000000000101", "zhang", "张振华",
                                          Role.OFFICE_STAFF))
    pair.gc.session.switch_user(Actor("00000000-0000-0000-0000-000000000102", "li", "李卫东", Role.ADMIN))
    risk_id = report_risk(pair.gc)
    never_instructed = _page(qtbot, pair.gc)
    assert not never_instructed.supervision_box.isVisible()  # no empty box on a community's dashboard
    send(pair.gc.station, pair.office.station)
    office = _page(qtbot, pair.office)
    box = office.supervision_box
    assert box.issue_button.isVisible() and not box.sign_button.isVisible()
    assert _rows(office) == [["暂无交办事项。", "", "", "", "", "", ""]]

    def fill_and_accept(dialog: dialogs.IssueDialog) -> int:
        dialog.subject.setCurrentIndex(dialog.subject.findData(TaskSubject.RISK.value))
        dialog.code.setText("no-such-code")
        dialog._accept()
        assert "请先找到记录" in dialog.error.text() and dialog.result() == 0
        from guanlan_desk.services import risks
        dialog.code.setText(risks.get_risk(pair.office.station.ctx, risk_id).code)
        dialog.instruction.setPlainText("请三日内清理消防通道，并反馈整改照片。")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(dialogs.IssueDialog, "exec", fill_and_accept)
    box.issue_button.click()
    qtbot.waitUntil(lambda: len(box.rows) == 1, timeout=5000)
    [row] = _rows(office)
    assert row[1:3] == ["交办", "观城社区"] and row[4].startswith("请三日内") and row[6] == "待签收"
    assert box.summary.text() == "未反馈 1 项，逾期 0 项，已反馈待办结 0 项"
    _shot(office, tmp_path, "jiaoban-office-dashboard-issued")

    send(pair.office.station, pair.gc.station)
    community = _page(qtbot, pair.gc)
    assert community.supervision_box.isVisible()
    cbox = community.supervision_box
    assert not cbox.issue_button.isVisible() and cbox.tree.isColumnHidden(2)
    [row] = _rows(community)
    assert row[5] == "张振华" and row[6] == "待签收"
    cbox.tree.setCurrentItem(cbox.tree.topLevelItem(0))
    assert cbox.sign_button.isEnabled()
    cbox.sign_button.click()
    qtbot.waitUntil(lambda: _rows(community)[0][6] == "已签收", timeout=5000)
    _shot(community, tmp_path, "jiaoban-community-dashboard-signed")

    def answer(dialog: dialogs.AnswerDialog) -> int:
        dialog.answer.setPlainText("已清理通道并张贴警示标识，照片存档。")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(dialogs.AnswerDialog, "exec", answer)
    cbox.tree.setCurrentItem(cbox.tree.topLevelItem(0))
    cbox.answer_button.click()
    qtbot.waitUntil(lambda: not cbox.rows, timeout=5000)
    assert _rows(community) == [["暂无交办事项。", "", "", "", "", "", ""]]  # no longer open

    send(pair.gc.station, pair.office.station)
    box.show_combo.setCurrentIndex(box.show_combo.findData("answered"))
    qtbot.waitUntil(lambda: len(box.rows) == 1 and box.rows[0].answer != "", timeout=5000)
    [row] = _rows(office)
    assert row[5] == "李卫东" and row[6] == "已反馈"
    _shot(office, tmp_path, "jiaoban-office-dashboard-answered")
    box.tree.setCurrentItem(box.tree.topLevelItem(0))
    box.close_button.click()
    qtbot.waitUntil(lambda: not box.rows, timeout=5000)
    assert box.counts is not None and box.counts.answered == 0 and box.counts.open == 0


def test_the_conflict_list_names_record_community_and_the_other_side(qtbot: QtBot, pair: Pair,  # noqa: F811
                                                                     tmp_path: Path) -> None:
    from guanlan_desk.store.models import RiskItem
    from guanlan_desk.ui.views.sync.page import SyncPage
    from guanlan_desk.ui.views.sync.scheduler import EXPORT_FOLDER_KEY
    from tests.sync.helpers import edit

    rid = report_risk(pair.gc)
    send(pair.gc.station, pair.office.station)
    edit(pair.gc.station, RiskItem, rid, control_measures="社区：网格员每日巡查")
    pair.clock.advance(minutes=5)
    edit(pair.office.station, RiskItem, rid, control_measures="街道：落实专人盯守")
    send(pair.gc.station, pair.office.station)
    pair.office.session.settings.setValue(EXPORT_FOLDER_KEY, str(pair.office.folder))
    page = SyncPage(pair.office.session)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    panel = page.conflicts
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=5000)
    text = panel.list.item(0).text()
    assert "FX2026-GC-0001" in text and "观城社区" in text and "稳控措施" in text and rid not in text
    page.tabs.setCurrentWidget(panel)
    _shot(page, tmp_path, "conflict-list-office")


def test_a_communitys_item_at_the_office_is_read_and_instructed_not_edited(
        qtbot: QtBot, pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    from guanlan_desk.services import supervision
    from guanlan_desk.ui.views.risks.risk_editor import RiskEditor

    pair.office.session.switch_user(Actor("00000000-0000-0000-0000-000000000101", "zhang", "张振华",
                                          Role.OFFICE_ADMIN))
    rid = report_risk(pair.gc)
    send(pair.gc.station, pair.office.station)
    editor = RiskEditor(pair.office.session)
    qtbot.addWidget(editor)
    editor.resize(1100, 700)
    editor.show()
    editor.load(rid)
    settle(qtbot)
    bar = editor.instruct_bar
    assert bar.isVisible() and "观城社区" in bar.text.text() and "交办" in bar.text.text()
    assert not editor.facts.title.isEnabled() and not editor.save_button.isEnabled()
    _shot(editor, tmp_path, "office-reads-a-community-risk")

    def write_and_send(dialog: dialogs.IssueDialog) -> int:
        assert dialog.found.text().startswith("FX2026-GC-")  # the editor's record, already found
        dialog.instruction.setPlainText("请于三日内清理消防通道。")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(dialogs.IssueDialog, "exec", write_and_send)
    with qtbot.waitSignal(bar.issued, timeout=5000):
        bar.button.click()
    settle(qtbot)
    [task] = supervision.list_tasks(pair.office.station.ctx, supervision.TaskFilter(show="all"))
    assert (task.subject_code, task.community_code, task.issued_by_name) == (
        editor.heading.text().split()[0], "GC", "张振华")
    # The community's own editor has no such bar: the item is its own.
    own = RiskEditor(pair.gc.session)
    qtbot.addWidget(own)
    own.show()
    own.load(rid)
    settle(qtbot)
    assert own._detail is not None and not own.instruct_bar.isVisible()
