"""Sample data for the printed documents, and helpers to read the PDFs back."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from pypdf import PdfReader

from guanlan_desk.domain.enums import (
    AgreementKind,
    DisputeRole,
    PartyKind,
    Performance,
    Satisfaction,
    SessionKind,
    SessionOutcome,
    Source,
)
from guanlan_desk.forms.data import (
    AgreementInfo,
    AttachmentEntry,
    AttachmentSlot,
    CaseFileInfo,
    CaseInfo,
    DeclineInfo,
    FileNoteInfo,
    FollowUpInfo,
    JudicialConfirmationInfo,
    LcpInfo,
    LcpRosterInfo,
    LcpWallInfo,
    LegalRiskReminderInfo,
    NoticeInfo,
    PartyInfo,
    PowerOfAttorneyInfo,
    RiskAssignmentInfo,
    SessionInfo,
    TerminationInfo,
)
from guanlan_desk.forms.spec import DocumentSpec

CASE_NO = "（2026）观城调字第0001号"
COMMITTEE = "观澜街道观城社区人民调解委员会"
ZHANG = PartyInfo(name="张伟", role=DisputeRole.APPLICANT, sex="男", ethnicity="汉族", age=45, occupation="个体经营",
                  phone="13800138000", address="深圳市龙华区观澜街道观城社区观澜大道88号3栋502房",
                  id_type_label="居民身份证", id_number="440309198001011234")
LI = PartyInfo(name="李秀兰", role=DisputeRole.RESPONDENT, sex="女", ethnicity="壮族", age=38, occupation="工厂职工",
               phone="13912345678", address="深圳市龙华区观澜街道桂花社区桂花路16号", id_type_label="居民身份证",
               id_number="45010219871212002X")
COMPANY = PartyInfo(name="深圳市观澜宏达电子有限公司", role=DisputeRole.RESPONDENT, kind=PartyKind.LEGAL_PERSON,
                    phone="0755-27986655", address="深圳市龙华区观澜街道库坑社区工业园A栋", legal_rep="陈国强",
                    legal_rep_title="总经理")
SUMMARY = ("2025年3月，申请人张伟将观澜大道88号3栋502房出租给被申请人李秀兰，月租金2,800元，押金5,600元。"
           "2026年2月租期届满，被申请人退房后，双方因墙面损坏、空调维修费用及押金退还发生争执，申请人扣留押金。")
TERMS = ("申请人张伟于2026年3月25日前退还被申请人李秀兰押金4,400元",
         "被申请人李秀兰承担空调维修费用1,200元，从押金中扣除",
         "双方就本租赁合同再无其他争议")


def case(**changes: Any) -> CaseInfo:
    """A house-rental dispute between two persons."""
    values: dict[str, Any] = dict(
        case_no=CASE_NO, committee_name=COMMITTEE, committee_phone="0755-28012345",
        committee_address="深圳市龙华区观澜街道观澜大道123号", title="张伟与李秀兰房屋租赁纠纷",
        dispute_type_label="房屋租赁纠纷", source=Source.PARTY_APPLICATION, applied_on=date(2026, 3, 5),
        received_at=datetime(2026, 3, 5, 10, 0), occurred_on=date(2026, 2, 28), occurred_place="观澜大道88号",
        venue="观城社区平安建设中心微调解室", summary=SUMMARY,
        requests=("请求被申请人赔偿墙面修复及空调维修费用1,200元", "请求确认押金余额的退还方式和时间"),
        parties=(ZHANG, LI), mediators=("王丽华", "陈建国"), recorder="刘敏", registrar="刘敏",
        amount=Decimal("5600"), closed_on=date(2026, 3, 20), result_label="调解成功（书面协议）",
        performance_label="已全部履行", compiled_by="刘敏", compiled_on=date(2026, 4, 10), retention_label="10年",
        remarks="当事人已领取协议书")
    values.update(changes)
    return CaseInfo(**values)


def agreement_info(**changes: Any) -> AgreementInfo:
    """The written agreement of :func:`case`."""
    values: dict[str, Any] = dict(
        case=case(), number=CASE_NO, facts="双方因租赁房屋退租时墙面损坏、空调维修费用及押金退还发生争议。",
        responsibilities="被申请人对空调损坏负有责任；墙面属正常使用损耗。", terms=TERMS,
        performance_method="银行转账至被申请人本人账户", performance_deadline=date(2026, 3, 25),
        performance_place="观城社区平安建设中心", copies=3, effective_on=date(2026, 3, 20),
        jc_deadline=date(2026, 4, 19), amount=Decimal("4400"))
    values.update(changes)
    return AgreementInfo(**values)


def session(kind: SessionKind = SessionKind.MEDIATION, **changes: Any) -> SessionInfo:
    """A mediation session (or an investigation) with a short transcript."""
    values: dict[str, Any] = dict(
        case=case(), kind=kind, started_at=datetime(2026, 3, 12, 14, 30), ended_at=datetime(2026, 3, 12, 16, 0),
        place="观城社区平安建设中心微调解室", matter="押金退还", participants="观城社区网格员赵强",
        parties_present=("张伟", "李秀兰"), interviewee="李秀兰", investigators=("王丽华",),
        mediators=("王丽华", "陈建国"), recorder="刘敏",
        content="调解员：告知双方当事人的权利义务。\n张伟：空调压缩机损坏，维修花了1,200元。\n"
                "李秀兰：同意承担空调维修费用，要求尽快退还押金。",
        outcome=SessionOutcome.AGREED)
    values.update(changes)
    return SessionInfo(**values)


def notice(**changes: Any) -> NoticeInfo:
    """The notice to attend sent to the respondent."""
    values: dict[str, Any] = dict(
        case=case(), addressee=LI, number="（2026）观城调通字第0001号", scheduled_at=datetime(2026, 3, 12, 14, 30),
        place="观城社区平安建设中心微调解室", contact_person="刘敏", contact_phone="0755-28012345",
        issued_on=date(2026, 3, 6), delivery_method="当面送达", server="刘敏")
    values.update(changes)
    return NoticeInfo(**values)


def risk_item(**changes: Any) -> RiskAssignmentInfo:
    """A red-level latent dispute assigned to a sub-district leader."""
    values: dict[str, Any] = dict(
        number="观城交〔2026〕3号", code="FX2026-0007", category_label="矛盾纠纷隐患", level_label="红色（重大）",
        level_colour="#D32F2F", community="观城社区", grid="第3网格", title="宏达电子厂拖欠工资隐患",
        description="宏达电子厂停产，拖欠42名员工两个月工资约38万元，员工多次聚集讨薪。", involved="宏达电子厂员工42人",
        found_on=date(2026, 3, 2), reporter="赵强", leader_name="黄志明", leader_title="副主任", leader_unit="观澜街道办事处",
        responsible_units=("观澜街道劳动办", "观城社区工作站"), responsible_person="周涛", responsible_phone="13688886666",
        control_measures="每日走访，掌握员工动态，防止过激行为。", resolution_measures="协调企业出售设备筹款，分两期支付欠薪。",
        deadline=date(2026, 3, 31), assigned_by="观澜街道平安办", assigned_on=date(2026, 3, 3), contact="孙磊")
    values.update(changes)
    return RiskAssignmentInfo(**values)


def reminder(**changes: Any) -> LegalRiskReminderInfo:
    """A reminder to a landlord about a deposit clause."""
    values: dict[str, Any] = dict(
        number="观城法提〔2026〕2号", addressee="深圳市观澜宏达电子有限公司", subject="员工工资支付",
        facts="经了解，贵公司自2026年1月起未按时足额支付员工工资。",
        risks=("劳动者可以解除劳动合同并要求支付经济补偿", "可能被劳动行政部门责令限期支付并加付赔偿金"),
        suggestions=("尽快与员工协商制定欠薪支付计划", "依法按时足额支付劳动报酬"),
        legal_basis=("《中华人民共和国劳动合同法》第三十条、第三十八条、第八十五条",), issuer=COMMITTEE,
        issued_on=date(2026, 3, 8), contact_person="刘敏", contact_phone="0755-28012345")
    values.update(changes)
    return LegalRiskReminderInfo(**values)


def follow_up() -> FollowUpInfo:
    """A follow-up visit after the agreement was performed."""
    return FollowUpInfo(case=case(), agreement_number=CASE_NO, visited=("李秀兰",), visited_on=date(2026, 4, 2),
                        reason="回访协议履行情况", performance=Performance.FULL, satisfaction=Satisfaction.SATISFIED,
                        situation="押金已于3月24日退还，双方无新的争议。", visitor="王丽华")


def lcp(name: str, *, consent: bool = True, photo: bytes | None = None, phone: str | None = "13700001111") -> LcpInfo:
    """A legal-clarity person of 观城社区."""
    return LcpInfo(name=name, sex="女", birth_year=1975, political_status="中共党员", community="观城社区", grid="第2网格",
                   phone=phone, photo=photo, identities=("人民调解员", "网格员"), recognised_on=date(2024, 6, 1),
                   certificate_no="GL2024-018", recent_services=("2026年2月 参与调解邻里漏水纠纷", "2026年1月 开展反诈宣传"),
                   consent=consent)


def sample(doc_id: str) -> object:
    """Filled data for every registered document."""
    agreement = agreement_info()
    if doc_id.startswith("case_file") and doc_id != "case_file_cover":
        return case_file()
    samples: dict[str, object] = {
        "application": case(),
        "intake_register": case(),
        "rights_notice": case(),
        "notice_to_attend": notice(),
        "decline_notice": DeclineInfo(case=case(), addressee=ZHANG, number="（2026）观城调不字第0001号",
                                      applied_on=date(2026, 3, 5), matter="与李秀兰之间的房屋租赁纠纷",
                                      reason="该纠纷已由人民法院立案受理", issued_on=date(2026, 3, 6)),
        "investigation_record": session(SessionKind.INVESTIGATION),
        "session_record": session(),
        "agreement": agreement,
        "oral_agreement": agreement_info(kind=AgreementKind.ORAL),
        "follow_up": follow_up(),
        "judicial_confirmation": JudicialConfirmationInfo(agreement=agreement, court="深圳市龙华区人民法院",
                                                          applied_on=date(2026, 3, 23)),
        "judicial_confirmation_org": JudicialConfirmationInfo(
            agreement=agreement_info(case=case(parties=(ZHANG, COMPANY))), court="深圳市龙华区人民法院",
            applied_on=date(2026, 3, 23)),
        "closing_report": case(),
        "termination_notice": TerminationInfo(case=case(), addressee=LI, reason="双方对押金数额分歧较大",
                                              terminated_on=date(2026, 3, 20), issued_on=date(2026, 3, 20)),
        "power_of_attorney": PowerOfAttorneyInfo(case=case(parties=(ZHANG, COMPANY)), principal=COMPANY,
                                                 agent_name="赵敏", agent_sex="女", agent_phone="13600001111",
                                                 agent_address="深圳市观澜宏达电子有限公司人事部", agent_relation="本单位员工",
                                                 special=True, signed_on=date(2026, 3, 10)),
        "file_note": FileNoteInfo(case=case(), text="本案申请人未提供授权委托书，因当事人本人到场，无需委托。",
                                  author="刘敏", written_on=date(2026, 4, 10)),
        "case_file_cover": case(),
        "risk_assignment": risk_item(),
        "legal_risk_reminder": reminder(),
        "lcp_roster": LcpRosterInfo(community="观城社区", persons=(lcp("林美华"), lcp("吴建平", consent=False)),
                                    compiled_by="刘敏", compiled_on=date(2026, 3, 1)),
        "lcp_wall": LcpWallInfo(community="观城社区", persons=(lcp("林美华"), lcp("吴建平", consent=False),
                                                              lcp("郑秋萍", phone=None)),
                                adviser="广东观澜律师事务所 何律师", hotline="0755-28012345", issued_on=date(2026, 3, 1)),
    }
    return samples[doc_id]


def case_file() -> CaseFileInfo:
    """A settled, followed-up case with paper attachments."""
    return CaseFileInfo(
        case=case(), notices=(notice(), notice(addressee=ZHANG)),
        sessions=(session(SessionKind.INVESTIGATION), session()), agreement=agreement_info(),
        follow_ups=(follow_up(),),
        file_note=FileNoteInfo(case=case(), text="卷内材料齐全。", author="刘敏", written_on=date(2026, 4, 10)),
        attachments=(AttachmentEntry(AttachmentSlot.IDENTITY, "双方身份证复印件", 2),
                     AttachmentEntry(AttachmentSlot.PERFORMANCE, "押金退还转账凭证", 1)),
        checker="王丽华")


def render(spec: DocumentSpec[Any], data: object | None) -> bytes:
    """The PDF bytes of ``spec`` for ``data``."""
    out = io.BytesIO()
    spec.render(data, out)
    return out.getvalue()


def pdf_text(pdf: bytes) -> str:
    """All text of the PDF with whitespace removed (lines break anywhere in Chinese)."""
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))


def squeeze(text: str) -> str:
    """``text`` without whitespace, to compare with :func:`pdf_text`."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="session")
def fonts_loaded() -> None:
    """Register the print fonts once per run."""
    from guanlan_desk.forms.fonts import font_set

    font_set()
