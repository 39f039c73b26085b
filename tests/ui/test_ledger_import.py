"""The import wizard as an officer uses it: file, columns with a preview, the check, the import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from guanlan_desk.reports.ledger_in.fields import LedgerKind
from guanlan_desk.reports.ledger_in.reading import read_ledger
from guanlan_desk.services import disputes
from guanlan_desk.services.context import Ctx
from guanlan_desk.ui.dialogs.ledger_import import LedgerImportWizard
from guanlan_desk.ui.session import AppSession
from tests.reports.ledger_sheets import write_xlsx

pytestmark = pytest.mark.usefixtures("zh_ui")
SHOTS = Path("/tmp/shots/w15")


def _shot(widget: LedgerImportWizard, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))


def test_a_ledger_goes_in_through_the_four_steps(qtbot: object, app_session: AppSession, admin: Ctx,
                                                 tmp_path: Path) -> None:
    wizard = LedgerImportWizard(app_session)
    qtbot.addWidget(wizard)  # type: ignore[attr-defined]
    wizard.show()
    page = wizard.file_page
    assert not page.isComplete()
    page.choose_file(str(write_xlsx(tmp_path / "观城2023台账.xlsx")))
    assert page.isComplete() and page.kind is LedgerKind.DISPUTES
    _shot(wizard, "1-file.png")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)  # type: ignore[attr-defined]
    mapping = wizard.mapping_page
    assert mapping.header_row.value() == 2  # the title row is row 1
    assert mapping.current_mapping().columns["applicants"] == 2
    assert mapping.preview.rowCount() >= 4
    stored = [mapping.preview.item(r, 2).text() for r in range(mapping.preview.rowCount())]
    assert any("张三 与 李四" in s and "邻里纠纷" in s and "达成协议" in s for s in stored)
    _shot(wizard, "2-columns.png")
    # Unmapping a required field stops the wizard with the reason.
    mapping.set_column("received_on", None)
    assert not mapping.isComplete() and "受理日期" in mapping.message.text()
    mapping.set_column("received_on", 1)
    assert mapping.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.check_page, timeout=10000)  # type: ignore[attr-defined]
    check = wizard.check_page
    assert "可导入 2 行" in check.counts.text() and "不能导入 2 行" in check.counts.text()
    reasons = [check.table.item(r, 2).text() for r in range(check.table.rowCount())]
    assert any("末几位已丢失" in r for r in reasons)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "导入 2 行"
    _shot(wizard, "3-check.png")
    report = tmp_path / "检查结果.xlsx"
    check.save_to(report)
    qtbot.waitUntil(lambda: report.exists(), timeout=10000)  # type: ignore[attr-defined]
    assert read_ledger(report).sheets[0].rows[1][2] == "陈七"
    assert disputes.count_disputes(admin) == 0  # nothing written before the last step
    changed: list[object] = []
    app_session.changes_applied.connect(lambda changes, _initiator: changed.append(changes))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=10000)  # type: ignore[attr-defined]
    assert "已导入 2 条记录" in wizard.done_page.summary.text()
    assert disputes.count_disputes(admin) == 2
    assert changed and getattr(changed[0], "disputes") is True
    _shot(wizard, "4-done.png")


def test_a_file_that_cannot_be_read_keeps_the_wizard_on_the_first_step(
        qtbot: object, app_session: AppSession, tmp_path: Path) -> None:
    bad = tmp_path / "台账.et"
    bad.write_bytes(b"x")
    wizard = LedgerImportWizard(app_session)
    qtbot.addWidget(wizard)  # type: ignore[attr-defined]
    wizard.show()
    wizard.file_page.choose_file(str(bad))
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.file_page.message.text()), timeout=10000)  # type: ignore[attr-defined]
    assert wizard.currentPage() is wizard.file_page
    assert "另存为 .xlsx" in wizard.file_page.message.text()


def test_kinds_the_role_may_not_add_are_not_offered(qtbot: object, grid_officer: Ctx, qsettings: object) -> None:
    session = AppSession(grid_officer.db, grid_officer.actor, qsettings)  # type: ignore[arg-type]
    wizard = LedgerImportWizard(session)
    qtbot.addWidget(wizard)  # type: ignore[attr-defined]
    buttons = wizard.file_page.kinds.buttons()
    assert [b.isEnabled() for b in buttons] == [False, True, False]
    assert wizard.file_page.kind is LedgerKind.RISKS


def test_an_imported_case_history_starts_with_its_file_and_row(qtbot: object, app_session: AppSession, admin: Ctx,
                                                               tmp_path: Path) -> None:
    from guanlan_desk.reports.ledger_in import pipeline
    from guanlan_desk.ui.views.disputes.timeline import DisputeTimeline

    ledger = pipeline.open_ledger(write_xlsx(tmp_path / "观城2023台账.xlsx"))
    mapping = pipeline.first_mapping(admin, ledger, LedgerKind.DISPUTES)
    result = pipeline.apply(admin, ledger, mapping, pipeline.check(admin, ledger, mapping))
    timeline = DisputeTimeline()
    qtbot.addWidget(timeline)  # type: ignore[attr-defined]
    from guanlan_desk.services import ledger_import

    record_id = result.record_ids[0]
    timeline.show_detail(disputes.get_dispute(admin, record_id), [], admin.today(),
                         ledger_import.import_origin(admin, record_id))
    first = timeline.entries()[0]
    assert first[1] == "导入自台账"
    assert "观城2023台账.xlsx 第3行" in first[2]
