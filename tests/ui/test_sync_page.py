"""The sync page between a community workstation and the office: export, import, refusals, drop, cancel."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox

from guanlan_desk.services import risks
from guanlan_desk.sync import exporter, status
from guanlan_desk.ui.ops import _OpBase
from guanlan_desk.ui.pages import PageSpec
from guanlan_desk.ui.views.sync.actions import FileAsk
from guanlan_desk.ui.views.sync.page import SyncPage, sync_page_spec
from guanlan_desk.ui.views.sync.scheduler import EXPORT_FOLDER_KEY
from tests.sync.helpers import db_digest
from tests.ui.sync_fixtures import Pair, Side, pair, report_risk  # noqa: F401 - fixture
from tests.ui.waiting import settle

WAIT = 10_000


def page_of(qtbot: Any, side: Side) -> SyncPage:
    page = SyncPage(side.session)
    qtbot.addWidget(page)
    side.session.settings.setValue(EXPORT_FOLDER_KEY, str(side.folder))
    page.refresh()
    return page


def export(qtbot: Any, page: SyncPage) -> None:
    with qtbot.waitSignal(page.sync_state_changed, timeout=WAIT):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)


def import_paths(qtbot: Any, page: SyncPage, *paths: Path) -> list[str]:
    with qtbot.waitSignal(page.sync_state_changed, timeout=WAIT):
        page.import_paths(list(paths))
    return page.result_texts()


def bundles(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.glbundle"))


def test_the_page_spec_names_the_sync_area() -> None:
    spec = sync_page_spec()
    assert isinstance(spec, PageSpec) and spec.key == "sync" and spec.title() == "Sync"


def test_buttons_follow_the_workstation_role(qtbot: Any, pair: Pair) -> None:
    gc, office = page_of(qtbot, pair.gc), page_of(qtbot, pair.office)
    gc.show()
    office.show()
    assert gc.import_enrolment.isVisible() and not gc.enrol_community.isVisible()
    assert office.enrol_community.isVisible() and office.import_answer.isVisible()
    assert not office.import_enrolment.isVisible()
    settle(qtbot)
    assert gc.overview.received.isVisible() and not office.overview.received.isVisible()
    fp = status.sync_overview(pair.gc.station.ctx).fingerprint
    assert gc.overview.fingerprint.text().replace("\n", "  ").split() == fp.split()


def test_export_now_writes_a_bundle_and_nothing_is_pending_afterwards(qtbot: Any, pair: Pair) -> None:
    report_risk(pair.gc)
    page = page_of(qtbot, pair.gc)
    settle(qtbot)
    assert int(page.overview.pending.text()) > 0
    states: list[tuple[int, object]] = []
    page.sync_state_changed.connect(lambda n, at: states.append((n, at)))
    export(qtbot, page)
    [made] = bundles(pair.gc.folder)
    [line] = page.result_texts()
    assert made.name in line and "records" in line
    assert page.overview.pending.text() == "0"  # sent: counted again only after new edits
    assert states and states[-1][0] == 0 and states[-1][1] is not None
    assert page.history_model.rowCount() == 1
    assert page.history_model.data(page.history_model.index(0, 0)) == "Export"


def test_the_first_export_asks_for_the_folder_and_remembers_it(qtbot: Any, pair: Pair,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    page = SyncPage(pair.gc.session)
    qtbot.addWidget(page)
    asked: list[str] = []
    monkeypatch.setattr(FileAsk, "ask_folder", classmethod(lambda cls, parent, title, start="": (
        asked.append(title), str(pair.gc.folder))[1]))
    report_risk(pair.gc)
    export(qtbot, page)
    assert len(asked) == 1 and pair.gc.session.settings.value(EXPORT_FOLDER_KEY) == str(pair.gc.folder)
    assert len(bundles(pair.gc.folder)) == 1
    page.full.setChecked(True)
    export(qtbot, page)  # no second question
    assert len(asked) == 1 and "full re-export" in page.result_texts()[0]


def test_a_missing_export_folder_leaves_the_export_pending_and_says_so(qtbot: Any, pair: Pair) -> None:
    report_risk(pair.gc)
    page = page_of(qtbot, pair.gc)
    page.show()
    gone = pair.root / "stick-removed"
    pair.gc.session.settings.setValue(EXPORT_FOLDER_KEY, str(gone))
    export(qtbot, page)
    assert "USB stick" in page.result_texts()[0]
    assert page.overview.export_warning.isVisible() and str(gone) in page.overview.export_warning.text()
    assert int(page.overview.pending.text()) > 0


def test_the_office_imports_with_counts_and_a_second_import_changes_nothing(qtbot: Any, pair: Pair) -> None:
    report_risk(pair.gc)
    export(qtbot, page_of(qtbot, pair.gc))
    [made] = bundles(pair.gc.folder)
    office = page_of(qtbot, pair.office)
    seen: list[object] = []
    pair.office.session.changes_applied.connect(lambda changes, initiator: seen.append(changes))
    [line] = import_paths(qtbot, office, made)
    assert "imported" in line and "1 new" in line and "risk items 1" in line
    assert seen and getattr(seen[0], "risks") is True
    assert office.overview.last_import.text() != "never"
    assert [r.title for r in risks.list_risks(pair.office.station.ctx).rows] == ["观城工业区出租屋消防通道堵塞"]
    digest = db_digest(pair.office.station.db)
    [again] = import_paths(qtbot, office, made)
    assert "already imported" in again
    assert db_digest(pair.office.station.db) == digest


def test_a_tampered_bundle_is_refused_with_the_reason_and_nothing_changes(qtbot: Any, pair: Pair) -> None:
    report_risk(pair.gc)
    export(qtbot, page_of(qtbot, pair.gc))
    [made] = bundles(pair.gc.folder)
    data = bytearray(made.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = pair.root / "tampered.glbundle"
    bad.write_bytes(bytes(data))
    office = page_of(qtbot, pair.office)
    before = db_digest(pair.office.station.db)
    [line] = import_paths(qtbot, office, bad)
    assert "tampered.glbundle: refused" in line and "damaged or was tampered" in line
    assert "({" not in line  # parameters filled in
    assert db_digest(pair.office.station.db) == before


def test_a_folder_import_skips_what_is_not_addressed_here(qtbot: Any, pair: Pair) -> None:
    report_risk(pair.gc)
    export(qtbot, page_of(qtbot, pair.gc))
    office = page_of(qtbot, pair.office)
    lines = import_paths(qtbot, office, pair.gc.folder)
    assert len(lines) == 1 and "imported" in lines[0]
    # The office's own outgoing bundle on the same stick is left alone on the next scan.
    pair.office.session.settings.setValue(EXPORT_FOLDER_KEY, str(pair.gc.folder))
    export(qtbot, office)
    lines = import_paths(qtbot, office, pair.gc.folder)
    assert any("not addressed to this workstation" in t for t in lines)
    assert any("already imported" in t for t in lines)


def test_dropping_a_bundle_on_the_page_imports_it(qtbot: Any, pair: Pair) -> None:
    report_risk(pair.gc)
    export(qtbot, page_of(qtbot, pair.gc))
    [made] = bundles(pair.gc.folder)
    office = page_of(qtbot, pair.office)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(made))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(office.sync_state_changed, timeout=WAIT):
        office.dropEvent(event)
    assert event.isAccepted()
    assert "imported" in office.result_texts()[0]
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(pair.root / "notes.txt"))])
    ignored = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, other, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    office.dropEvent(ignored)
    assert not ignored.isAccepted()


def cancel_at(monkeypatch: pytest.MonkeyPatch, report_number: int) -> list[int]:
    """Press Cancel when the work sends its ``report_number``-th progress report."""
    calls: list[int] = []
    original = _OpBase._report

    def report(self: _OpBase[Any], done: int, total: int) -> bool:
        calls.append(done)
        if len(calls) >= report_number:
            self.cancel()
        return original(self, done, total)

    monkeypatch.setattr(_OpBase, "_report", report)
    return calls


def test_cancelling_a_long_import_leaves_the_database_unchanged(qtbot: Any, pair: Pair,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(30):
        report_risk(pair.gc, f"出租屋消防隐患第{n}处")
    export(qtbot, page_of(qtbot, pair.gc))
    [made] = bundles(pair.gc.folder)
    office = page_of(qtbot, pair.office)
    before = db_digest(pair.office.station.db)
    calls = cancel_at(monkeypatch, 3)
    [line] = import_paths(qtbot, office, made)
    assert len(calls) >= 3 and line == "Import cancelled: nothing was changed."
    assert db_digest(pair.office.station.db) == before
    monkeypatch.undo()
    [retry] = import_paths(qtbot, office, made)
    assert "30 new" in retry


def test_cancelling_an_export_leaves_no_partial_bundle(qtbot: Any, pair: Pair,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(10):
        report_risk(pair.gc, f"出租屋消防隐患第{n}处")
    page = page_of(qtbot, pair.gc)
    settle(qtbot)
    pending = page.overview.pending.text()
    cancel_at(monkeypatch, 2)
    export(qtbot, page)
    assert page.result_texts() == ["Export cancelled: no bundle was written."]
    assert list(pair.gc.folder.iterdir()) == []
    settle(qtbot)
    assert page.overview.pending.text() == pending


def test_history_and_peers_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, pair: Pair) -> None:
    report_risk(pair.gc)
    gc = page_of(qtbot, pair.gc)
    export(qtbot, gc)
    office = page_of(qtbot, pair.office)
    import_paths(qtbot, office, bundles(pair.gc.folder)[0])
    qtmodeltester.check(office.history_model)
    qtmodeltester.check(office.peers_model)
    assert office.history_model.rowCount() == 1
    row = [office.history_model.data(office.history_model.index(0, c)) for c in range(7)]
    assert row[0] == "Import" and row[3] == "1" and row[6] == "imported"
    peer = [office.peers_model.data(office.peers_model.index(0, c)) for c in range(8)]
    assert peer[2] == "GC" and peer[3] == status.sync_overview(pair.gc.station.ctx).fingerprint
    assert office.peers_model.rowCount(office.peers_model.index(0, 0)) == 0
    assert office.peers_model.data(QModelIndex()) is None


def test_a_refusal_to_read_is_shown_not_crashed(qtbot: Any, pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail("no dialog expected"))
    office = page_of(qtbot, pair.office)
    [line] = import_paths(qtbot, office, pair.root / "gone.glbundle")
    assert "does not exist" in line


def test_the_import_buttons_use_the_file_and_folder_choosers(qtbot: Any, pair: Pair,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    report_risk(pair.gc)
    export(qtbot, page_of(qtbot, pair.gc))
    [made] = bundles(pair.gc.folder)
    office = page_of(qtbot, pair.office)
    office.resize(1366, 768)
    office.show()
    monkeypatch.setattr(FileAsk, "ask_bundles", classmethod(lambda cls, parent, start="": [str(made)]))
    monkeypatch.setattr(FileAsk, "ask_folder", classmethod(lambda cls, parent, title, start="": str(pair.gc.folder)))
    with qtbot.waitSignal(office.sync_state_changed, timeout=WAIT):
        qtbot.mouseClick(office.import_files, Qt.MouseButton.LeftButton)
    assert "imported" in office.result_texts()[0]
    with qtbot.waitSignal(office.sync_state_changed, timeout=WAIT):
        qtbot.mouseClick(office.import_folder, Qt.MouseButton.LeftButton)
    assert "already imported" in office.result_texts()[0]


def drag_enter(mime: QMimeData) -> QDragEnterEvent:
    with warnings.catch_warnings():  # PySide6 marks the QPoint constructor deprecated; Qt 6 has no other
        warnings.simplefilter("ignore", DeprecationWarning)
        return QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier)


def test_dragging_bundles_over_the_page_is_accepted_and_highlighted(qtbot: Any, pair: Pair) -> None:
    page = page_of(qtbot, pair.office)
    normal = page.controls.hint.text()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pair.gc.folder))])
    event = drag_enter(mime)
    page.dragEnterEvent(event)
    assert event.isAccepted() and page.controls.hint.text() != normal
    text = QMimeData()
    text.setText("some words")
    other = drag_enter(text)
    page.dragEnterEvent(other)
    assert not other.isAccepted()


def test_a_viewer_sees_the_state_but_cannot_export_and_is_told_why(qtbot: Any, pair: Pair) -> None:
    from guanlan_desk.domain.enums import Role
    from tests.conftest import actor

    pair.gc.session.switch_user(actor(Role.VIEWER, "viewer1"))
    page = page_of(qtbot, pair.gc)
    assert not page.export_button.isEnabled() and "does not allow" in page.export_button.toolTip()
    assert not page.import_enrolment.isEnabled() and "administrator" in page.import_enrolment.toolTip()
    assert not page.acceptDrops()
    settle(qtbot)
    assert page.overview.pending.text().isdigit() and not page.overview.message.isVisibleTo(page)
    pair.gc.session.switch_user(actor(Role.ADMIN, "admin"))
    assert page.export_button.isEnabled() and page.acceptDrops()


def _two_bundles_after_a_receipt(qtbot: Any, pair: Pair) -> tuple[Any, Any, Path, Path]:
    gc, office = page_of(qtbot, pair.gc), page_of(qtbot, pair.office)
    report_risk(pair.gc)
    export(qtbot, gc)
    import_paths(qtbot, office, *bundles(pair.gc.folder))
    export(qtbot, office)
    import_paths(qtbot, gc, *bundles(pair.office.folder))  # the receipt: incremental bundles from here on
    for n in range(2):
        report_risk(pair.gc, f"隐患{n}")
        export(qtbot, gc)
    second, third = bundles(pair.gc.folder)[-2:]
    return gc, office, second, third


def test_a_missing_bundle_is_named_with_what_to_do_and_later_ones_wait(
        qtbot: Any, pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exporter, "_chain", lambda *_: [])  # bundles as sent before the chain list: they wait
    _, office, second, third = _two_bundles_after_a_receipt(qtbot, pair)
    [line] = import_paths(qtbot, office, third)
    assert "arrived early" in line
    office.show()
    banner = office.overview.gaps
    assert banner.isVisible() and "观城社区 1号机: bundle 2 missing" in banner.text()
    assert second.name in banner.text() and "export again" in banner.text()  # the file to find, or what to ask
    assert "bundle 2 missing" in office.gaps.text()
    lines = import_paths(qtbot, office, second)
    assert len(lines) == 2 and all("imported" in t for t in lines)  # the waiting one follows by itself
    assert not office.overview.gaps.isVisible() and office.gaps.text() == "No bundles are missing."


def test_a_later_bundle_carrying_a_missing_one_is_imported_at_once(qtbot: Any, pair: Pair) -> None:
    _, office, second, third = _two_bundles_after_a_receipt(qtbot, pair)
    [line] = import_paths(qtbot, office, third)
    assert "bundle 3" in line and "imported" in line and "missing bundle(s) 2" in line
    office.show()
    assert not office.overview.gaps.isVisible() and office.gaps.text() == "No bundles are missing."
    [late] = import_paths(qtbot, office, second)
    assert "nothing to do" in late


def test_one_export_at_a_time(qtbot: Any, pair: Pair) -> None:
    report_risk(pair.gc)
    page = page_of(qtbot, pair.gc)
    with qtbot.waitSignal(page.sync_state_changed, timeout=WAIT):
        first = page.export_now()
        assert first is not None and not page.export_button.isEnabled()
        assert page.export_now() is None and page.import_paths([pair.gc.folder]) is None
    assert page.export_button.isEnabled() and len(bundles(pair.gc.folder)) == 1
