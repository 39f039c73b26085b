"""Fill the dispute documents' plain data from a :class:`DisputePrint` (never re-typed)."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from guanlan_desk.domain.enums import (
    AgreementKind,
    DisputeRole,
    Performance,
    Satisfaction,
    SessionKind,
    SessionOutcome,
    Source,
    label,
)
from guanlan_desk.forms.data import (
    AgreementInfo,
    CaseFileInfo,
    CaseInfo,
    DeclineInfo,
    FileNoteInfo,
    FollowUpInfo,
    JudicialConfirmationInfo,
    NoticeInfo,
    PartyInfo,
    SessionInfo,
)
from guanlan_desk.services.context import LOCAL_TZ
from guanlan_desk.services.disputes import AgreementRow
from guanlan_desk.services.print_data import DisputePrint, PrintParty

# Documents that need identity numbers (司法确认 needs proof of identity); all others print none (PIPL Art. 6).
ID_DOCUMENTS = {"judicial_confirmation", "judicial_confirmation_org"}
DEFAULT_COURT = "深圳市龙华区人民法院"


def _yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen) / 100


_ENUMERATION = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]{1,3}(?:、|[.．](?!\d)))\s*")


def _lines(text: str) -> tuple[str, ...]:
    """One item per line or semicolon, without the user's own numbering (the form numbers the items)."""
    items = (_ENUMERATION.sub("", line, count=1).strip() for line in re.split(r"[\n；;]+", text))
    return tuple(item for item in items if item)


def party_info(p: PrintParty, *, with_id: bool) -> PartyInfo:
    """A party as the forms print it."""
    return PartyInfo(
        name=p.name, role=p.role, kind=p.kind, sex=label(p.sex) if p.sex.value in ("1", "2") else "",
        ethnicity=p.ethnicity, age=p.age, occupation=p.occupation, phone=p.phone, address=p.address,
        id_type_label=label(p.id_type) if with_id and p.id_type else "",
        id_number=p.id_number if with_id else "", legal_rep=p.legal_rep_name, legal_rep_title=p.legal_rep_title)


def case_info(v: DisputePrint, *, with_id: bool = False) -> CaseInfo:
    """The case block most documents start from."""
    lead = [m.name for m in v.mediators if m.is_lead] + [m.name for m in v.mediators if not m.is_lead]
    recorder = next((s.recorder for s in v.sessions if s.recorder), "")
    performance = ""
    if v.agreement is not None and v.agreement.performance:
        performance = label(Performance(v.agreement.performance))
    result = ""
    if v.agreement is not None:
        result = "调解成功（" + label(AgreementKind(v.agreement.kind)) + "）"
    elif v.decline_reason:
        result = "不予受理"
    return CaseInfo(
        case_no=v.case_no, committee_name=v.committee_name,
        committee_phone=v.committee.phone if v.committee else "",
        committee_address=v.committee.address if v.committee else "", title=v.title, dispute_type_label=v.dispute_type_label,
        source=_source(v.source_label), applied_on=v.received_on,
        received_at=datetime(v.received_on.year, v.received_on.month, v.received_on.day, 9),
        venue=v.venue, summary=v.summary, requests=_lines(v.requests),
        parties=tuple(party_info(p, with_id=with_id) for p in v.parties), mediators=tuple(lead), recorder=recorder,
        registrar=v.registered_by, amount=_yuan(v.amount_fen), court_ref_no=v.court_ref_no, closed_on=v.closed_on,
        result_label=result, performance_label=performance, retention_label=v.retention_label,
    )


def _source(source_label: str) -> Source | None:
    return next((s for s in Source if label(s) == source_label), None)


def agreement_info(v: DisputePrint, a: AgreementRow, *, with_id: bool = False) -> AgreementInfo:
    """The agreement's data (terms one per line)."""
    return AgreementInfo(
        case=case_info(v, with_id=with_id), number=a.number or v.case_no, kind=AgreementKind(a.kind), facts=a.facts,
        terms=_lines(a.terms), performance_method=a.performance_method, performance_deadline=a.performance_deadline,
        performance_place=a.performance_place, copies=a.copies, effective_on=a.effective_on,
        jc_deadline=a.jc_deadline, amount=_yuan(a.amount_fen))


def notices(v: DisputePrint) -> list[NoticeInfo]:
    """One notice per notified party: the issued ones still in force (a rescheduled mediation's old notices are
    superseded), or a notice per party with the date left blank."""
    case = case_info(v)
    by_id = {p.party_id: p for p in v.parties}
    current = [n for n in v.notices if not n.superseded]
    if current:
        return [NoticeInfo(
            case=case, addressee=party_info(by_id[n.party_id], with_id=False) if n.party_id in by_id else PartyInfo(
                name=n.party_name), number=v.case_no, scheduled_at=n.scheduled_at.astimezone(_tz()), place=n.place,
            materials_to_bring=tuple(m for m in re.split(r"[、，,；;\n]+", n.materials) if m.strip()),
            contact_person=n.contact_person, contact_phone=n.contact_phone, issued_on=n.issued_on,
            delivery_method=n.delivery_method,
            delivered_at=n.delivered_at.astimezone(_tz()) if n.delivered_at else None,
            server=n.server) for n in current]
    return [NoticeInfo(case=case, addressee=party_info(p, with_id=False), number=v.case_no, place=v.venue)
            for p in v.parties]


def _tz() -> ZoneInfo:
    return LOCAL_TZ


def sessions(v: DisputePrint, kind: SessionKind) -> list[SessionInfo]:
    """The investigation or mediation records."""
    case = case_info(v)
    mediators = tuple(m.name for m in v.mediators)
    return [SessionInfo(
        case=case, kind=kind, started_at=s.held_at.astimezone(_tz()), place=s.place, matter=v.title,
        participants=s.participants, parties_present=tuple(p.name for p in v.parties), investigators=mediators,
        mediators=mediators, recorder=s.recorder, content=s.content,
        outcome=SessionOutcome(s.outcome) if s.outcome else None) for s in v.sessions if s.kind == kind.value]


def follow_ups(v: DisputePrint) -> list[FollowUpInfo]:
    """The recorded follow-up visits (or one blank record for the next visit)."""
    case = case_info(v)
    number = v.agreement.number if v.agreement else v.case_no
    done = [FollowUpInfo(
        case=case, agreement_number=number, visited=tuple(p.name for p in v.parties), visited_on=f.done_on,
        reason="回访协议履行情况", performance=Performance(f.performance) if f.performance else None,
        satisfaction=Satisfaction(f.satisfaction) if f.satisfaction else None, situation=f.findings,
        measures=f.measures, visitor=f.visitor) for f in v.follow_ups if f.done_on is not None]
    return done or [FollowUpInfo(case=case, agreement_number=number, visited=tuple(p.name for p in v.parties),
                                 reason="回访协议履行情况")]


def pending_follow_up(v: DisputePrint, due_on: date | None = None) -> FollowUpInfo:
    """The record of the next (not yet made) visit: who, which agreement, why; the rest is written on site.

    ``due_on`` picks the scheduled visit (its visitor is pre-filled when one was named).
    """
    pending = [f for f in v.follow_ups if f.done_on is None and (due_on is None or f.due_on == due_on)]
    visitor = pending[0].visitor if pending else ""
    lead = next((m.name for m in v.mediators if m.is_lead), "")
    return FollowUpInfo(case=case_info(v), agreement_number=v.agreement.number or v.case_no if v.agreement else v.case_no,
                        visited=tuple(p.name for p in v.parties), reason=f"{v.title}（回访协议履行情况）",
                        visitor=visitor or lead)


def decline(v: DisputePrint) -> DeclineInfo:
    """The 不予受理告知书 to the applicant."""
    applicant = next((p for p in v.parties if p.role == DisputeRole.APPLICANT), v.parties[0] if v.parties else None)
    return DeclineInfo(
        case=case_info(v), addressee=party_info(applicant, with_id=False) if applicant else PartyInfo(),
        number=v.case_no, applied_on=v.received_on, matter=v.title, reason=v.decline_reason,
        alternatives="可依法向人民法院提起诉讼，或向有关行政机关、仲裁机构申请处理。", issued_on=v.closed_on)


def judicial_confirmation(v: DisputePrint) -> JudicialConfirmationInfo:
    """The joint application, with identity numbers (the only document that prints them)."""
    agreement = agreement_info(v, v.agreement, with_id=True) if v.agreement else AgreementInfo(
        case=case_info(v, with_id=True))
    jc = v.judicial
    return JudicialConfirmationInfo(agreement=agreement, court=jc.court if jc else DEFAULT_COURT,
                                    applied_on=jc.applied_on if jc else None,
                                    annexes=("人民调解协议书", "当事人身份证明", "与协议内容有关的证据材料"))


def case_file(v: DisputePrint) -> CaseFileInfo:
    """The whole dossier in the index's order."""
    return CaseFileInfo(
        case=case_info(v), notices=tuple(notices(v)) if any(not n.superseded for n in v.notices) else (),
        sessions=tuple(sessions(v, SessionKind.INVESTIGATION) + sessions(v, SessionKind.MEDIATION)),
        agreement=agreement_info(v, v.agreement) if v.agreement else None,
        follow_ups=tuple(f for f in follow_ups(v) if f.visited_on is not None),
        judicial_confirmation=judicial_confirmation(v) if v.judicial else None)


def build(doc_id: str, v: DisputePrint) -> list[Any]:
    """The data items of ``doc_id`` for this dispute (several for per-party or per-session documents)."""
    if doc_id == "notice_to_attend":
        return list(notices(v))
    if doc_id == "investigation_record":
        return sessions(v, SessionKind.INVESTIGATION) or [SessionInfo(case=case_info(v), kind=SessionKind.INVESTIGATION)]
    if doc_id == "session_record":
        return sessions(v, SessionKind.MEDIATION) or [SessionInfo(case=case_info(v))]
    if doc_id in ("agreement", "oral_agreement"):
        return [agreement_info(v, v.agreement)] if v.agreement else [AgreementInfo(case=case_info(v))]
    if doc_id == "follow_up":
        return follow_ups(v)
    if doc_id == "decline_notice":
        return [decline(v)]
    if doc_id in ID_DOCUMENTS:
        return [judicial_confirmation(v)]
    if doc_id in ("case_file", "case_file_index", "case_file_back"):
        return [case_file(v)]
    if doc_id == "file_note":
        return [FileNoteInfo(case=case_info(v))]
    return [case_info(v)]

