"""Screenshots of the sync page in Chinese (community and office), and the zh_CN entries of the sync contexts."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from guanlan_desk.paths import resource_dir
from guanlan_desk.store.models import RiskItem
from guanlan_desk.ui.dialogs.enrolment import ImportEnrolmentDialog
from guanlan_desk.ui.views.sync.page import SyncPage
from guanlan_desk.ui.views.sync.scheduler import EXPORT_FOLDER_KEY
from tests.sync.helpers import edit
from tests.ui.sync_fixtures import SCREENS, Pair, Side, pair, report_risk, strangers  # noqa: F401 - fixtures

WAIT = 10_000
SYNC_CONTEXTS = {"ActionsBox", "ConflictsPanel", "EnrolCommunityDialog", "EnrolmentFileAsk", "HistoryModel", "ImportAnswerDialog",
                 "ImportEnrolmentDialog", "OverviewPanel", "PeersModel", "SyncPage", "SyncTexts", "sync_details"}


def shoot(widget: Any, tmp_path: Path, name: str) -> QImage:
    widget.resize(1366, 768)
    widget.show()
    QApplication.processEvents()
    path = tmp_path / name
    assert widget.grab().save(str(path))
    if SCREENS.is_dir():
        shutil.copy(path, SCREENS / name)
    image = QImage(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}
    assert len(colours) > 5
    return image


def exchange(qtbot: Any, src: SyncPage, side: Side, dst: SyncPage) -> None:
    with qtbot.waitSignal(src.sync_state_changed, timeout=WAIT):
        src.export_now()
    newest = max(side.folder.glob("*.glbundle"), key=lambda p: p.stat().st_mtime_ns)
    with qtbot.waitSignal(dst.sync_state_changed, timeout=WAIT):
        dst.import_paths([newest])


def test_screenshots_of_the_sync_pages(qtbot: Any, zh_ui: QApplication, pair: Pair, tmp_path: Path) -> None:
    for side in (pair.gc, pair.office):
        side.session.settings.setValue(EXPORT_FOLDER_KEY, str(side.folder))
    gc, office = SyncPage(pair.gc.session), SyncPage(pair.office.session)
    qtbot.addWidget(gc)
    qtbot.addWidget(office)
    rid = report_risk(pair.gc)
    report_risk(pair.gc, "库坑村老旧厂房电线私拉乱接")
    exchange(qtbot, gc, pair.gc, office)
    exchange(qtbot, office, pair.office, gc)  # the receipt: "received by the office up to"
    edit(pair.gc.station, RiskItem, rid, title="观城工业区3栋出租屋消防通道被杂物堵塞")
    pair.clock.advance(minutes=5)
    edit(pair.office.station, RiskItem, rid, title="观城工业区出租屋消防通道堵塞（街道督办）")
    exchange(qtbot, gc, pair.gc, office)
    report_risk(pair.gc, "新澜路口占道经营")
    gc.refresh()
    office.refresh()
    assert gc.export_button.text() == "立即导出" and "同步包" in gc.import_files.text()
    assert "生成第 2 号同步包" in gc.result_texts()[0]
    assert office.tabs.tabText(0) == "冲突（1）"
    shoot(gc, tmp_path, "sync-community.png")
    office.tabs.setCurrentIndex(0)
    shoot(office, tmp_path, "sync-office-conflicts.png")
    office.tabs.setCurrentIndex(1)
    shoot(office, tmp_path, "sync-office-history.png")


def test_screenshot_of_the_enrolment_import(qtbot: Any, zh_ui: QApplication, strangers: Pair, tmp_path: Path) -> None:
    from guanlan_desk.sync import enrolment

    made = enrolment.create_enrolment(strangers.office.station.ctx, community_code="GC",
                                      folder=strangers.office.folder)
    dialog = ImportEnrolmentDialog(strangers.gc.session)
    qtbot.addWidget(dialog)
    dialog.answer_folder.setText(str(strangers.gc.folder))
    dialog.file.setText(made.path)
    dialog.confirm.setChecked(True)
    assert dialog.accept_button.text() == "导入并生成应答文件"
    dialog.resize(720, 560)
    dialog.show()
    QApplication.processEvents()
    path = tmp_path / "sync-enrolment-import.png"
    assert dialog.grab().save(str(path))
    if SCREENS.is_dir():
        shutil.copy(path, SCREENS / path.name)
    assert dialog.windowTitle() == "导入街道登记文件"


def test_every_sync_entry_is_translated_with_its_placeholders() -> None:
    ts = resource_dir() / "i18n" / "guanlan_desk_zh_CN.ts"
    root = ET.parse(ts).getroot()
    seen = set()
    for context in root.iter("context"):
        name = context.findtext("name")
        if name not in SYNC_CONTEXTS:
            continue
        seen.add(name)
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None and translation.get("type") != "unfinished" and translation.text, source
            placeholders = set(re.findall(r"\{\w+\}", source))
            assert placeholders == set(re.findall(r"\{\w+\}", translation.text)), source
    assert seen == SYNC_CONTEXTS
