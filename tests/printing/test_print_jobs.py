"""Print jobs: documents filled from the records (never re-typed), written atomically, every print audited."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from guanlan_desk.domain.enums import AgreementKind, SessionKind
from guanlan_desk.printing import jobs
from guanlan_desk.services import audit, dispute_steps, disputes, notices
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dispute_steps import AgreementInput, SessionInput
from guanlan_desk.services.errors import PermissionDenied
from guanlan_desk.services.notices import NoticeInput
from tests.services.test_disputes_core import TODAY, new_case

ID_NUMBER = "11010519491231002X"


def text_of(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def settled(mediator: Ctx) -> str:
    ref = new_case(mediator, a_id=ID_NUMBER)
    detail = disputes.get_dispute(mediator, ref.id)
    when = datetime(2026, 3, 10, 1, 30, tzinfo=timezone.utc)
    for p in detail.parties:
        notices.issue_notice(mediator, ref.id, NoticeInput(p.party_id, when, "观城社区微调解室",
                                                           contact_person="陈志强", contact_phone="13800138000"))
    dispute_steps.accept_dispute(mediator, ref.id)
    dispute_steps.add_session(mediator, ref.id, SessionInput(SessionKind.MEDIATION, when, place="微调解室",
                                                             content="双方就工资数额达成一致意见", recorder="李秀梅"))
    dispute_steps.record_agreement(mediator, ref.id, AgreementInput(
        AgreementKind.WRITTEN, terms="一、被申请人于2026年3月20日前支付申请人工资12000元；\n二、双方再无其他争议。",
        facts="双方因拖欠工资发生纠纷", signed_by_all_on=TODAY, sealed_on=TODAY))
    return ref.id


def test_notices_one_per_party_with_case_number_and_names(mediator: Ctx, settled: str) -> None:
    pdf, pages, count = jobs.render(mediator, "notice_to_attend", record_id=settled)
    text = text_of(pdf)
    assert count == 2 and pages >= 2
    assert "（2026）观城调字第0001号" in text and "张三" in text and "深圳市观澜精密五金有限公司" in text
    assert "观城社区微调解室" in text and "传票" not in text


def test_agreement_carries_the_terms_without_double_numbering(mediator: Ctx, settled: str) -> None:
    text = text_of(jobs.render(mediator, "agreement", record_id=settled)[0])
    assert "12000" in text and "双方再无其他争议" in text
    assert "一、一、" not in text and "1、一、" not in text


def test_id_numbers_print_only_on_the_judicial_confirmation(mediator: Ctx, settled: str) -> None:
    assert ID_NUMBER not in text_of(jobs.render(mediator, "agreement", record_id=settled)[0])
    assert ID_NUMBER in text_of(jobs.render(mediator, "judicial_confirmation", record_id=settled)[0])


def test_print_to_file_is_audited_and_blank_forms_work(mediator: Ctx, settled: str, tmp_path: Path) -> None:
    result = jobs.print_to_file(mediator, "case_file", tmp_path / "卷宗.pdf", record_id=settled)
    assert result.path.read_bytes().startswith(b"%PDF") and result.pages >= 3
    assert not list(tmp_path.glob("*.tmp"))
    assert audit.actions_for(mediator, settled)[-2:] == ["unmask", "print"]
    blank = jobs.print_to_file(mediator, "application", tmp_path / "blank.pdf")
    assert "人民调解申请书" in text_of(blank.path.read_bytes())


def test_viewers_cannot_print_personal_data(viewer: Ctx, mediator: Ctx, settled: str) -> None:
    with pytest.raises(PermissionDenied):
        jobs.render(viewer, "agreement", record_id=settled)
