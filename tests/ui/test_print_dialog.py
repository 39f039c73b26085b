"""The print dialog: documents for the record's state, QtPdf preview, Save as PDF, printing to a QPrinter, audit."""

from __future__ import annotations

import io
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pypdf import PdfReader

from guanlan_desk.domain.enums import LcpStatus
from guanlan_desk.forms import registry
from guanlan_desk.services import audit, disputes, lcp
from guanlan_desk.services.context import Ctx
from guanlan_desk.ui.dialogs import print_dialog, print_preview
from guanlan_desk.ui.dialogs.print_choices import default_documents
from guanlan_desk.ui.dialogs.print_dialog import PrintDialog
from guanlan_desk.ui.session import AppSession
from tests.printing.cases import IN_NO_FONT, ONLY_IN_KAI, TODAY, mediating, new_case, settled
from tests.services.test_lcp_core import person as lcp_person
from tests.services.test_risks_core import assign, report

SCREENS = Path("/work/screens/ui-print")


pytestmark = pytest.mark.usefixtures("zh_ui")  # the bundled font and zh_CN, as the app runs


def preview_painted(dialog: QWidget, view: QWidget) -> bool:
    """True once the preview shows ink (QPdfView renders its pages asynchronously)."""
    image = view.grab().toImage()
    dark = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            if image.pixelColor(x, y).lightness() < 100:
                dark += 1
    return dark > 50


def pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages).replace(" ", "")


def open_dialog(qtbot: object, session: AppSession, dispute_id: str | None, subject: str = "dispute") -> PrintDialog:
    dialog = PrintDialog(session, subject=subject, record_id=dispute_id)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.rendered, timeout=20000):  # type: ignore[attr-defined]
        dialog.show()
    return dialog


def listed(dialog: PrintDialog) -> tuple[list[str], list[str]]:
    titles, ticked = [], []
    for row in range(dialog.documents.count()):
        item = dialog.documents.item(row)
        titles.append(item.text())
        if item.checkState() == Qt.CheckState.Checked:
            ticked.append(item.text())
    return titles, ticked


def title(doc_id: str) -> str:
    return registry.get(doc_id).title_zh


def not_blank(image: QImage) -> bool:
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)}
    return len(colours) > 1


def test_a_mediating_dispute_offers_its_documents_and_previews_the_notices(
        qtbot: object, app_session: AppSession, mediator: Ctx, tmp_path: Path) -> None:
    dispute_id = mediating(mediator)
    dialog = open_dialog(qtbot, app_session, dispute_id)
    titles, ticked = listed(dialog)
    assert titles == [spec.title_zh for spec in registry.for_subject("dispute")]
    assert ticked == [title("notice_to_attend"), title("session_record")]
    assert [b.text() for b in dialog.party_boxes] == ["张三", "深圳市观澜精密五金有限公司"]
    assert dialog.parties_box.isEnabled()
    document = dialog.preview.document
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() >= 3  # a notice per party and the session record
    assert dialog.preview.print_button.isEnabled() and dialog.preview.save_button.isEnabled()
    assert "（2026）观城调字第0001号" in dialog.caption_label.text()
    dialog.resize(1366, 768)
    qtbot.waitUntil(lambda: preview_painted(dialog, dialog.preview.view), timeout=10000)  # type: ignore[attr-defined]
    assert dialog.windowTitle() == "打印文书" and dialog.preview.print_button.text() == "打印(&P)…"
    shot = dialog.grab()
    shot.save(str(tmp_path / "print_dialog.png"))
    if SCREENS.is_dir():
        shutil.copy(tmp_path / "print_dialog.png", SCREENS / "print_dialog.png")
    assert not_blank(shot.toImage())
    dialog.preview.zoom.setCurrentIndex(dialog.preview.zoom.findText("整页"))
    assert dialog.preview.view.zoomMode() == QPdfView.ZoomMode.FitInView


def visible(dialog: PrintDialog) -> list[str]:
    return [dialog.documents.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.documents.count())
            if not dialog.documents.item(r).isHidden()]


def test_the_dialog_offers_what_the_state_makes_meaningful_and_any_blank_form(
        qtbot: object, app_session: AppSession, mediator: Ctx) -> None:
    dialog = open_dialog(qtbot, app_session, settled(mediator))
    shown = visible(dialog)
    assert "agreement" in shown and "follow_up" in shown
    assert "decline_notice" not in shown and "oral_agreement" not in shown and "termination_notice" not in shown
    dialog.documents.item([dialog.documents.item(r).data(Qt.ItemDataRole.UserRole)
                           for r in range(dialog.documents.count())].index("decline_notice")).setCheckState(
        Qt.CheckState.Checked)
    assert "decline_notice" not in [c.doc_id for c in dialog.chosen()]  # hidden: never printed filled in
    dialog.blank.setChecked(True)
    assert "decline_notice" in visible(dialog) and "decline_notice" in [c.doc_id for c in dialog.chosen()]


def test_save_as_pdf_writes_the_case_number_and_names_and_is_audited(
        qtbot: object, app_session: AppSession, mediator: Ctx, admin: Ctx, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dispute_id = mediating(mediator)
    dialog = open_dialog(qtbot, app_session, dispute_id)
    target = tmp_path / "out" / "通知书.pdf"
    monkeypatch.setattr(print_preview, "ask_save_path", lambda parent, suggested: str(target))
    with qtbot.waitSignal(dialog.preview.saved, timeout=10000):  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.preview.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    text = pdf_text(target.read_bytes())
    assert "（2026）观城调字第0001号" in text and "张三" in text and "深圳市观澜精密五金有限公司" in text
    assert "调解通知书" in text and "传票" not in text
    assert not list(target.parent.glob("*.tmp"))
    assert audit.actions_for(admin, dispute_id)[-1] == "print"
    assert dialog.output_done and "通知书.pdf" in dialog.status.text()


def test_printing_goes_to_the_printer_with_the_copies_and_is_audited(
        qtbot: object, app_session: AppSession, mediator: Ctx, admin: Ctx, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dispute_id = mediating(mediator)
    dialog = open_dialog(qtbot, app_session, dispute_id)
    dialog.copies.setValue(2)
    out = tmp_path / "printed.pdf"

    def to_pdf(parent: QWidget | None, printer: QPrinter, pages: int) -> bool:
        assert pages == dialog.preview.document.pageCount()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(150)
        return True

    monkeypatch.setattr(print_preview, "ask_printer", to_pdf)
    pages = dialog.preview.document.pageCount()
    with qtbot.waitSignal(dialog.preview.printed, timeout=20000) as sent:  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.preview.print_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert sent.args == [2 * pages]
    printed = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(printed.pages) == 2 * pages
    assert round(float(printed.pages[0].mediabox.width)) == 595  # A4
    event = audit.recent(admin, entity_id=dispute_id, limit=1)[0]
    assert event.action == "print" and str(out) in str(event.detail)


def test_a_notice_only_for_the_ticked_party(qtbot: object, app_session: AppSession, mediator: Ctx) -> None:
    dispute_id = mediating(mediator)
    dialog = open_dialog(qtbot, app_session, dispute_id)
    both = dialog.preview.bundle
    assert both is not None and both.documents == 3
    with qtbot.waitSignal(dialog.rendered, timeout=20000):  # type: ignore[attr-defined]
        dialog.party_boxes[1].setChecked(False)
    one = dialog.preview.bundle
    assert one is not None and one.documents == 2
    assert "深圳市观澜精密五金有限公司：" not in pdf_text(one.pdf).replace("\n", "")


def test_blank_forms_print_without_the_record(qtbot: object, app_session: AppSession, mediator: Ctx) -> None:
    dispute_id = mediating(mediator)
    dialog = open_dialog(qtbot, app_session, dispute_id)
    with qtbot.waitSignal(dialog.rendered, timeout=20000):  # type: ignore[attr-defined]
        dialog.blank.setChecked(True)
    assert not dialog.parties_box.isEnabled()
    blank = dialog.preview.bundle
    assert blank is not None and blank.documents == 2
    text = pdf_text(blank.pdf)
    assert "调解通知书" in text and "张三" not in text


def test_after_an_agreement_the_agreement_and_the_judicial_confirmation_are_ticked(
        qtbot: object, app_session: AppSession, mediator: Ctx) -> None:
    dispute_id = settled(mediator, due_in=3)
    dialog = open_dialog(qtbot, app_session, dispute_id)
    _, ticked = listed(dialog)
    assert ticked == [title("agreement"), title("follow_up"), title("judicial_confirmation_org")] or \
        set(ticked) == {title("agreement"), title("judicial_confirmation_org"), title("follow_up")}
    assert dialog.preview.bundle is not None
    assert "12000" in pdf_text(dialog.preview.bundle.pdf)


def test_a_rare_character_in_a_fallback_font_is_pointed_out(qtbot: object, app_session: AppSession,
                                                            mediator: Ctx) -> None:
    dispute_id = new_case(mediator, f"李{ONLY_IN_KAI}明").id
    dialog = open_dialog(qtbot, app_session, dispute_id)
    assert dialog.warning.isVisible() or not dialog.warning.isHidden()
    assert f"李{ONLY_IN_KAI}明" in dialog.warning.text() and "U+2000B" in dialog.warning.text()
    assert dialog.preview.bundle is not None  # it prints, in the fallback face
    assert f"李{ONLY_IN_KAI}明" in pdf_text(dialog.preview.bundle.pdf)


def test_a_character_no_font_has_is_named_and_never_printed(qtbot: object, app_session: AppSession, mediator: Ctx,
                                                            monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    warned: list[str] = []
    monkeypatch.setattr(print_dialog, "warn_unprintable", lambda parent, text: warned.append(text))
    dispute_id = new_case(mediator, f"王{IN_NO_FONT}").id
    dialog = open_dialog(qtbot, app_session, dispute_id)
    assert len(warned) == 1 and f"王{IN_NO_FONT}" in warned[0] and "U+2A6D6" in warned[0]
    assert f"王{IN_NO_FONT}" in dialog.warning.text()
    bundle = dialog.preview.bundle
    assert bundle is None or f"王{IN_NO_FONT}" not in pdf_text(bundle.pdf)
    dialog.resize(1366, 768)
    shot = dialog.grab()
    shot.save(str(tmp_path / "print_dialog_rare.png"))
    if SCREENS.is_dir():
        shutil.copy(tmp_path / "print_dialog_rare.png", SCREENS / "print_dialog_rare.png")
    assert not_blank(shot.toImage())


def test_a_viewer_is_told_they_cannot_print(qtbot: object, viewer: Ctx, mediator: Ctx, qsettings: object,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(print_dialog, "show_error", lambda parent, exc: shown.append(exc))
    dispute_id = mediating(mediator)
    session = AppSession(viewer.db, viewer.actor, qsettings)  # type: ignore[arg-type]
    dialog = open_dialog(qtbot, session, dispute_id)
    assert len(shown) == 1 and "print" in str(shown[0])
    assert not dialog.preview.print_button.isEnabled()


def test_a_risk_item_prints_its_assignment_sheet(qtbot: object, app_session: AppSession, admin: Ctx,
                                                 tmp_path: Path) -> None:
    ref = report(admin, "宏达电子厂拖欠工资隐患")
    assign(admin, ref.id)
    dialog = open_dialog(qtbot, app_session, ref.id, subject="risk")
    titles, ticked = listed(dialog)
    assert titles == [spec.title_zh for spec in registry.for_subject("risk")] and ticked == [title("risk_assignment")]
    assert not dialog.parties_box.isVisible()
    bundle = dialog.preview.bundle
    assert bundle is not None
    text = pdf_text(bundle.pdf)
    assert "风险隐患交办单" in text and "宏达电子厂拖欠工资隐患" in text and "周海峰" in text
    dialog.resize(1366, 768)
    dialog.preview.zoom.setCurrentIndex(dialog.preview.zoom.findText("整页"))
    qtbot.waitUntil(lambda: preview_painted(dialog, dialog.preview.view), timeout=10000)  # type: ignore[attr-defined]
    shot = dialog.grab()
    shot.save(str(tmp_path / "print_dialog_risk.png"))
    if SCREENS.is_dir():
        shutil.copy(tmp_path / "print_dialog_risk.png", SCREENS / "print_dialog_risk.png")
    assert not_blank(shot.toImage())


def test_a_legal_clarity_person_prints_the_community_wall(qtbot: object, app_session: AppSession,
                                                          admin: Ctx) -> None:
    shown, hidden = lcp_person(admin, "黄丽娟"), lcp_person(admin, "吴建平")
    for pid in (shown, hidden):
        lcp.change_status(admin, pid, LcpStatus.REGISTERED, reason="培训考核合格", on=TODAY)
    lcp.set_display_consent(admin, shown, consent=True, on=TODAY)
    dialog = open_dialog(qtbot, app_session, hidden, subject="lcp")
    titles, ticked = listed(dialog)
    assert titles == [title("lcp_wall"), title("lcp_roster")] and ticked == [title("lcp_wall")]
    assert "吴建平" in dialog.caption_label.text()
    bundle = dialog.preview.bundle
    assert bundle is not None
    text = pdf_text(bundle.pdf)
    assert "黄丽娟" in text and "吴建平" not in text  # the wall shows only those who consented
    assert "照片" in text  # no photo: the neat placeholder


def test_the_page_range_is_respected_and_a_cancelled_print_sends_nothing(
        qtbot: object, app_session: AppSession, mediator: Ctx, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, app_session, mediating(mediator))
    document = dialog.preview.document
    ranged = QPrinter(QPrinter.PrinterMode.HighResolution)
    ranged.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    ranged.setOutputFileName(str(tmp_path / "page2.pdf"))
    ranged.setResolution(96)
    ranged.setFromTo(2, 2)
    assert print_preview.print_document(document, ranged) == 1
    assert len(PdfReader(tmp_path / "page2.pdf").pages) == 1
    cancelled = QPrinter(QPrinter.PrinterMode.HighResolution)
    cancelled.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    cancelled.setOutputFileName(str(tmp_path / "cancelled.pdf"))
    cancelled.setResolution(96)
    assert print_preview.print_document(document, cancelled, progress=lambda done, total: done < 1) == 0
    assert not (tmp_path / "cancelled.pdf").exists()  # no partial file


def test_ask_returns_false_when_nothing_was_printed(qtbot: object, app_session: AppSession, mediator: Ctx,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    dispute_id = mediating(mediator)
    monkeypatch.setattr(PrintDialog, "exec", lambda self: 0)
    assert PrintDialog.ask(None, app_session, subject="dispute", record_id=dispute_id) is False


def test_without_a_record_only_blank_forms_print(qtbot: object, app_session: AppSession) -> None:
    dialog = open_dialog(qtbot, app_session, None)
    assert dialog.blank.isChecked() and not dialog.blank.isEnabled()
    assert "请至少勾选一份文书" in dialog.preview.message.text()
    with qtbot.waitSignal(dialog.rendered, timeout=20000):  # type: ignore[attr-defined]
        dialog.documents.item(0).setCheckState(Qt.CheckState.Checked)
    bundle = dialog.preview.bundle
    assert bundle is not None and bundle.record_ids == () and "人民调解申请书" in pdf_text(bundle.pdf)


def test_ask_for_a_record_that_is_gone_says_so(qtbot: object, app_session: AppSession,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(print_dialog, "show_error", lambda parent, exc: shown.append(exc))
    assert PrintDialog.ask(None, app_session, subject="dispute", record_id="01a2309d-0000-7000-8000-000000000000") \
        is False
    assert len(shown) == 1


def test_default_documents_follow_the_state(mediator: Ctx) -> None:
    registered = disputes.get_dispute(mediator, new_case(mediator).id)
    assert default_documents(registered, TODAY) == ["application", "intake_register", "rights_notice"]
    agreed = disputes.get_dispute(mediator, settled(mediator, "李四"))
    chosen = default_documents(agreed, TODAY)
    assert chosen[0] == "agreement" and "judicial_confirmation_org" in chosen  # the respondent is a company
    later = TODAY + timedelta(days=400)  # long after the 30-day window, with the visit overdue
    assert "judicial_confirmation_org" not in default_documents(agreed, later)
    assert "follow_up" in default_documents(agreed, later)
