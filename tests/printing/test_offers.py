"""The documents offered by a case's state, the CLI's --record by printed case number, titles by role,
glyph coverage per printed document, and the dossier's attachments and judicial-confirmation papers."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from guanlan_desk.cli import main
from guanlan_desk.domain.case_titles import against, case_title, counterparts, side
from guanlan_desk.domain.enums import AgreementKind, DisputeRole, DisputeStatus
from guanlan_desk.forms.registry import DOCUMENTS
from guanlan_desk.printing import bundle, jobs, offers
from guanlan_desk.printing.offers import CaseState, offered_ids
from guanlan_desk.services import attachments, case_lookup, dispute_steps, disputes
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.engine import Database
from tests.conftest import ADMIN_PASSWORD
from tests.printing.cases import IN_NO_FONT, mediating, new_case, settled


def text_of(pdf: bytes) -> str:
    return "".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")


def test_a_settled_case_offers_its_agreement_and_no_decline_or_termination(mediator: Ctx) -> None:
    ids = offers.offered(disputes.get_dispute(mediator, settled(mediator)))
    assert "agreement" in ids and "judicial_confirmation_org" in ids and "follow_up" in ids
    assert not {"decline_notice", "oral_agreement", "termination_notice", "judicial_confirmation"} & set(ids)


def test_an_oral_agreement_offers_its_register_and_no_written_agreement() -> None:
    ids = offered_ids(CaseState(DisputeStatus.SETTLED, AgreementKind.ORAL))
    assert "oral_agreement" in ids and "agreement" not in ids and "judicial_confirmation" not in ids


def test_a_failed_mediation_offers_the_termination_notice_and_no_agreement(mediator: Ctx) -> None:
    dispute_id = mediating(mediator)
    assert "agreement" in offers.offered(disputes.get_dispute(mediator, dispute_id))  # to sign at the session
    dispute_steps.end_without_agreement(mediator, dispute_id, reason="双方对赔偿数额分歧过大")
    ids = offers.offered(disputes.get_dispute(mediator, dispute_id))
    assert "termination_notice" in ids and "closing_report" in ids
    assert not {"agreement", "oral_agreement", "decline_notice", "follow_up"} & set(ids)
    pdf, _, count = jobs.render(mediator, "termination_notice", record_id=dispute_id)
    text = text_of(pdf)
    assert count == 2 and "双方对赔偿数额分歧过大" in text and "第二十六条" in text and "提起诉讼" in text
    report = text_of(jobs.render(mediator, "closing_report", record_id=dispute_id)[0])
    assert "调解不成，终止调解（双方对赔偿数额分歧过大）" in report and "9时" not in report


def test_a_declined_case_offers_the_decline_notice_only_among_letters(mediator: Ctx) -> None:
    ref = new_case(mediator)
    dispute_steps.decline_dispute(mediator, ref.id, reason="已由人民法院受理")
    ids = offers.offered(disputes.get_dispute(mediator, ref.id))
    assert "decline_notice" in ids and "notice_to_attend" not in ids and "agreement" not in ids


def test_a_withdrawal_is_explained_in_the_file_and_the_closing_report(mediator: Ctx) -> None:
    dispute_id = mediating(mediator)
    dispute_steps.withdraw_dispute(mediator, dispute_id, reason="双方已自行和解")
    assert "当事人撤回调解申请（双方已自行和解）" in text_of(jobs.render(mediator, "closing_report", record_id=dispute_id)[0])
    assert "撤回理由：双方已自行和解" in text_of(jobs.render(mediator, "file_note", record_id=dispute_id)[0])


def test_the_print_dialog_choices_are_limited_to_the_offers_but_blank_prints_any(mediator: Ctx) -> None:
    dispute_id = settled(mediator)
    prepared = bundle.prepare(mediator, "dispute", dispute_id, [bundle.Choice("decline_notice", blank=True)])
    assert [doc for doc, _ in prepared.items] == ["decline_notice"]


def test_the_dossier_files_attachments_and_the_judicial_confirmation_papers(mediator: Ctx) -> None:
    from guanlan_desk.domain.enums import SessionKind
    from guanlan_desk.services.dispute_steps import AgreementInput, SessionInput
    from tests.printing.cases import WHEN
    from tests.services.test_disputes_core import TODAY

    dispute_id = new_case(mediator, a_id="11010519491231002X").id
    dispute_steps.accept_dispute(mediator, dispute_id)
    dispute_steps.add_session(mediator, dispute_id, SessionInput(SessionKind.MEDIATION, WHEN, place="微调解室",
                                                                 content="双方协商", recorder="李秀梅"))
    dispute_steps.record_agreement(mediator, dispute_id, AgreementInput(
        AgreementKind.WRITTEN, terms="被申请人支付工资12000元", facts="欠薪", signed_by_all_on=TODAY, sealed_on=TODAY))
    attachments.add_attachment(mediator, owner_type="dispute", owner_id=dispute_id, filename="张三身份证.jpg",
                               data=b"\xff\xd8fake", kind="身份证明")
    attachments.add_attachment(mediator, owner_type="dispute", owner_id=dispute_id, filename="工资欠条.pdf",
                               data=b"%PDF-1.4 fake", kind="证据")
    dispute_steps.request_judicial_confirmation(mediator, dispute_id)
    text = text_of(jobs.render(mediator, "case_file", record_id=dispute_id)[0])
    assert "另附：张三身份证" in text and "另附：工资欠条" in text
    assert "司法确认申请书" in text


@pytest.mark.parametrize("number", ["（2026）观城调字第0001号", "2026-0001", "2026-1"])
def test_the_cli_prints_by_the_case_number_as_printed(number: str, db: Database, admin: Ctx, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    dispute_id = settled(admin)
    assert case_lookup.resolve_dispute(admin, number) == dispute_id
    monkeypatch.setenv("GUANLAN_PASSWORD", ADMIN_PASSWORD)
    folder = str(db.data_dir)
    assert main(["print", "--list", "--record", number, "--data-dir", folder]) == 0
    listed = capsys.readouterr().out
    assert "agreement\t人民调解协议书" in listed and "decline_notice" not in listed
    out = tmp_path / "agreement.pdf"
    assert main(["print", "agreement", "--record", number, "--out", str(out), "--data-dir", folder]) == 0
    assert "人民调解协议书" in text_of(out.read_bytes())
    assert main(["print", "decline_notice", "--record", number, "--out", str(out), "--data-dir", folder]) == 2
    assert "--blank" in capsys.readouterr().err
    assert main(["search", "张三", "--data-dir", folder]) == 0
    assert dispute_id in capsys.readouterr().out  # search shows what --record takes


def test_an_unknown_case_number_is_a_clear_error(admin: Ctx) -> None:
    from guanlan_desk.domain.errors import UserFacingError

    with pytest.raises(UserFacingError, match="no dispute numbered"):
        case_lookup.resolve_dispute(admin, "2026-0999")
    with pytest.raises(UserFacingError, match="neither a case number"):
        case_lookup.resolve_dispute(admin, "hello")


def test_titles_name_the_applicants_against_the_respondents() -> None:
    parties = [("深圳市观澜精密五金有限公司", DisputeRole.RESPONDENT, True), ("张三", DisputeRole.APPLICANT, False),
               ("李四", DisputeRole.APPLICANT, False), ("王五", DisputeRole.THIRD_PARTY, False)]
    assert case_title(parties, "劳动争议纠纷") == "张三、李四与深圳市观澜精密五金有限公司劳动争议纠纷"
    assert side(["甲", "乙", "丙"]) == "甲等3人" and side(["甲", "乙公司", "丙"], organisations=True) == "甲等3方"
    assert against([("甲", None, False), ("乙", None, False)]) == "甲与乙"
    assert counterparts([("甲", DisputeRole.APPLICANT), ("乙", DisputeRole.APPLICANT), ("丙", DisputeRole.RESPONDENT)],
                        "乙", DisputeRole.APPLICANT) == ["丙"]


def test_the_default_title_follows_the_roles_not_the_order(mediator: Ctx) -> None:
    from guanlan_desk.domain.enums import DisputeType, PartyKind, Source
    from guanlan_desk.services.disputes import DisputeInput, DisputePartyInput, MediatorInput
    from guanlan_desk.services.parties import PartyInput
    from tests.services.test_disputes_core import TODAY

    data = DisputeInput(
        dispute_type=DisputeType.LABOUR, source=Source.PARTY_APPLICATION, received_on=TODAY, summary="欠薪",
        parties=(DisputePartyInput(DisputeRole.RESPONDENT, PartyInput(kind=PartyKind.LEGAL_PERSON, name="宏达公司")),
                 DisputePartyInput(DisputeRole.APPLICANT, PartyInput(kind=PartyKind.PERSON, name="张三")),
                 DisputePartyInput(DisputeRole.APPLICANT, PartyInput(kind=PartyKind.PERSON, name="李四"))),
        mediators=(MediatorInput("陈志强", is_lead=True),))
    ref = disputes.register_dispute(mediator, data)
    assert disputes.get_dispute(mediator, ref.id).data.title == "张三、李四与宏达公司劳动争议纠纷"


def test_a_name_no_font_holds_blocks_only_the_documents_that_print_it(mediator: Ctx) -> None:
    from dataclasses import replace

    from guanlan_desk.forms.data import CaseInfo, NoticeInfo, PartyInfo

    rare = PartyInfo(name="王" + IN_NO_FONT, role=DisputeRole.APPLICANT)
    other = PartyInfo(name="张三", role=DisputeRole.APPLICANT)
    company = PartyInfo(name="宏达公司", role=DisputeRole.RESPONDENT)
    case = CaseInfo(case_no="（2026）观城调字第0001号", parties=(rare, other, company))
    spec = DOCUMENTS["notice_to_attend"]
    to_co_applicant = NoticeInfo(case=case, addressee=other)
    assert not [p for p in spec.problems(to_co_applicant) if p.blocking]  # it does not print the rare name
    spec.render(to_co_applicant, io.BytesIO())
    blocked = [p for p in spec.problems(NoticeInfo(case=case, addressee=company)) if p.blocking]
    assert blocked and blocked[0].value == rare.name  # the notice to the other side prints it
    assert [p for p in spec.problems(replace(to_co_applicant, addressee=rare)) if p.blocking]
