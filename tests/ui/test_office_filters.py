"""The office finds one community's records: a community filter and column in the dispute and party lists."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes.page import DisputesPage
from guanlan_desk.ui.views.parties.page import PartiesPage
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Trio, kk_template, trio  # noqa: F401 - fixtures
from tests.sync.test_supervision import send
from tests.ui.shell_helpers import screenshot

pytestmark = pytest.mark.usefixtures("zh_ui")  # the bundled font and zh_CN, as the app runs
SHOTS = Path(os.environ.get("GUANLAN_SHOTS", "/tmp/shots/w17"))


@pytest.fixture
def office_session(trio: Trio, tmp_path: Path) -> AppSession:  # noqa: F811
    settings = QSettings(str(tmp_path / "office.ini"), QSettings.Format.IniFormat)
    new_case(trio.gc.ctx, "张三")
    new_case(trio.gc.ctx, "李四")
    new_case(trio.kk.ctx, "王五", "深圳市库坑塑胶制品厂")
    send(trio.gc, trio.office)
    send(trio.kk, trio.office)
    return AppSession(trio.office.db, trio.office.ctx.actor, settings)


def _column(page: DisputesPage, key: str) -> list[str]:
    model = page.list.model
    col = [c.key for c in model.columns].index(key)
    return [str(model.data(model.index(r, col))) for r in range(model.rowCount())]


def test_the_office_lists_one_communitys_disputes(qtbot: QtBot, office_session: AppSession, tmp_path: Path) -> None:
    page = DisputesPage(office_session)
    qtbot.addWidget(page)
    page.resize(1400, 700)
    page.show()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 3, timeout=5000)
    # The office opens on the list: no 登记新纠纷 form, no "New dispute" button, Ctrl+N does nothing.
    assert not page.editor.isVisible() and not page.list.new_button.isVisible()
    page.new_record()
    assert not page.editor.isVisible()
    combo = page.list.filter_bar.community_combo
    assert combo is not None
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert "观澜街道" not in offered and offered[0] == "全部社区" and "观城社区" in offered
    combo.setCurrentIndex(-1)  # nothing chosen (an unknown code was asked for): every community, not "None"
    assert combo.current_code() is None
    combo.setCurrentIndex(0)
    assert sorted(_column(page, "community")) == ["库坑社区", "观城社区", "观城社区"]
    grids_all = page.list.filter_bar.grid_combo.count()
    combo.setCurrentIndex(combo.findData("GC"))
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 2, timeout=5000)
    assert _column(page, "community") == ["观城社区", "观城社区"]
    grid_names = [page.list.filter_bar.grid_combo.itemText(i) for i in range(1, page.list.filter_bar.grid_combo.count())]
    assert grid_names and page.list.filter_bar.grid_combo.count() < grids_all
    assert page.list.filter_bar.current().community_code == "GC"
    qtbot.waitUntil(lambda: "2" in page.list.count_label.text(), timeout=5000)
    screenshot(page, tmp_path, "office-disputes-by-community", size=None)
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        shutil.copyfile(tmp_path / "office-disputes-by-community.png", SHOTS / "office-disputes-by-community.png")
    # Opening a case shows it (read-only for the office).
    page.open_record(page.list.model.row_id(0))
    qtbot.waitUntil(page.editor.isVisible, timeout=5000)
    page.list.filter_bar.clear()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 3, timeout=5000)


def test_the_office_lists_one_communitys_parties(qtbot: QtBot, office_session: AppSession) -> None:
    page = PartiesPage(office_session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 6, timeout=5000)
    assert page.community is not None
    page.community.setCurrentIndex(page.community.findData("KK"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    names = {page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())}
    assert names == {"王五", "深圳市库坑塑胶制品厂"}
    communities = {page.model.data(page.model.index(r, 4)) for r in range(page.model.rowCount())}
    assert communities == {"库坑社区"}


def test_a_communitys_case_at_the_office_is_read_only_with_a_way_to_supervise_it(
        qtbot: QtBot, office_session: AppSession, trio: Trio) -> None:  # noqa: F811
    from guanlan_desk.services import disputes
    from guanlan_desk.ui.views.disputes.editor import DisputeEditor

    [row] = [r for r in disputes.list_disputes(trio.office.ctx, limit=10).rows if r.community_code == "KK"]
    editor = DisputeEditor(office_session)
    qtbot.addWidget(editor)
    editor.resize(1366, 700)
    editor.show()
    editor.open(row.id)
    qtbot.waitUntil(lambda: editor.instruct_bar.isVisible(), timeout=5000)
    assert editor.instruct_bar.isVisible() and "库坑社区" in editor.instruct_bar.text.text()
    assert not editor.save_button.isEnabled()
