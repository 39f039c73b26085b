"""Batch print of the follow-up records due this week: one PDF, one record per visit, cancel keeps nothing."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget
from pypdf import PdfReader

from guanlan_desk.services import audit, disputes
from guanlan_desk.services.context import Ctx
from guanlan_desk.ui.dialogs import print_preview
from guanlan_desk.ui.dialogs.batch_print import BatchPrintDialog, batch_print_action
from guanlan_desk.ui.session import AppSession
from tests.printing.cases import settled
from tests.ui.test_print_dialog import SCREENS, not_blank, pdf_text, preview_painted


pytestmark = pytest.mark.usefixtures("zh_ui")  # the bundled font and zh_CN, as the app runs


@pytest.fixture
def three_due(mediator: Ctx) -> list[str]:
    """Three settled disputes with a follow-up visit due in 2, 4 and 6 days."""
    return [settled(mediator, name, due_in=days) for name, days in (("张三", 2), ("李四", 4), ("王五", 6))]


def test_the_due_follow_ups_print_as_one_pdf_with_a_record_each(
        qtbot: object, app_session: AppSession, admin: Ctx, three_due: list[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = BatchPrintDialog(app_session)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.rendered, timeout=30000):  # type: ignore[attr-defined]
        dialog.show()
    assert dialog.table.rowCount() == 3
    assert all(dialog.table.item(r, 0).checkState() == Qt.CheckState.Checked for r in range(3))
    assert dialog.count_label.text() == "已勾选 3 / 3 项"
    bundle = dialog.preview.bundle
    assert bundle is not None and bundle.documents == 3 and bundle.doc_ids == ("follow_up",)
    assert dialog.preview.document.status() == QPdfDocument.Status.Ready
    assert dialog.preview.document.pageCount() == bundle.pages >= 3
    text = pdf_text(bundle.pdf)
    assert text.count("人民调解回访记录") == 3
    for n, name in enumerate(("张三", "李四", "王五"), start=1):
        assert f"（2026）观城调字第000{n}号" in text and name in text
    target = tmp_path / "回访.pdf"
    monkeypatch.setattr(print_preview, "ask_save_path", lambda parent, suggested: str(target))
    with qtbot.waitSignal(dialog.preview.saved, timeout=10000):  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.preview.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert len(PdfReader(io.BytesIO(target.read_bytes())).pages) == bundle.pages
    for dispute_id in three_due:  # every case in the batch has the print in its audit trail
        assert audit.actions_for(admin, dispute_id)[-1] == "print"
    dialog.resize(1366, 768)
    qtbot.waitUntil(lambda: preview_painted(dialog, dialog.preview.view), timeout=10000)  # type: ignore[attr-defined]
    shot = dialog.grab()
    shot.save(str(tmp_path / "batch_print.png"))
    if SCREENS.is_dir():
        shutil.copy(tmp_path / "batch_print.png", SCREENS / "batch_print.png")
    assert not_blank(shot.toImage())


def test_unticking_leaves_a_visit_out(qtbot: object, app_session: AppSession, three_due: list[str]) -> None:
    dialog = BatchPrintDialog(app_session, auto_render=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.count_label.text() == "已勾选 2 / 3 项"
    with qtbot.waitSignal(dialog.rendered, timeout=30000):  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    bundle = dialog.preview.bundle
    assert bundle is not None and bundle.documents == 2 and "李四" not in pdf_text(bundle.pdf)


def test_cancel_keeps_no_preview_and_writes_no_file(qtbot: object, app_session: AppSession, three_due: list[str],
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    saved: list[str] = []
    monkeypatch.setattr(print_preview, "ask_save_path", lambda parent, suggested: saved.append(suggested))
    dialog = BatchPrintDialog(app_session, auto_render=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    op = dialog.refresh(start=False)
    assert op is not None
    op.cancel()  # the user presses Cancel before the first record is filled
    with qtbot.waitSignal(dialog.rendered, timeout=30000):  # type: ignore[attr-defined]
        op.run()
    assert dialog.preview.bundle is None
    assert not dialog.preview.save_button.isEnabled() and not dialog.preview.print_button.isEnabled()
    assert "取消" in dialog.preview.message.text()
    qtbot.mouseClick(dialog.preview.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert saved == [] and list(tmp_path.glob("*.pdf")) == []


def test_nothing_due_says_so(qtbot: object, app_session: AppSession) -> None:
    dialog = BatchPrintDialog(app_session)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.table.rowCount() == 0 and not dialog.refresh_button.isEnabled()
    assert "没有到期的回访" in dialog.preview.message.text()


def test_the_action_opens_the_batch_dialog(qtbot: object, app_session: AppSession,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr(BatchPrintDialog, "ask", classmethod(lambda cls, parent, session: opened.append(session)))
    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    action = batch_print_action(app_session, window)
    assert action.text() == "打印本周回访记录(&F)…"
    action.trigger()
    assert opened == [app_session]


def test_due_follow_ups_cover_the_next_week_only(mediator: Ctx, three_due: list[str]) -> None:
    settled(mediator, "赵六", due_in=20)
    due = disputes.due_follow_ups(mediator, mediator.today().replace(day=mediator.today().day + 7))
    assert {d.dispute_id for d in due} == set(three_due)
