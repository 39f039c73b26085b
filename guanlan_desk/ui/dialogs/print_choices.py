"""Which documents the print dialog ticks by default: those the record's state makes meaningful."""

from __future__ import annotations

from datetime import date, timedelta

from guanlan_desk.domain.enums import AgreementKind, DisputeStatus, PartyKind
from guanlan_desk.services.disputes import DisputeDetail

FOLLOW_UP_HORIZON = timedelta(days=7)

_BY_STATUS: dict[DisputeStatus, tuple[str, ...]] = {
    DisputeStatus.REGISTERED: ("application", "intake_register", "rights_notice"),
    DisputeStatus.ACCEPTED: ("rights_notice", "notice_to_attend"),
    DisputeStatus.DECLINED: ("decline_notice",),
    DisputeStatus.MEDIATING: ("notice_to_attend", "session_record"),
    DisputeStatus.NOT_SETTLED: ("session_record", "closing_report"),
    DisputeStatus.REFERRED: ("closing_report", "file_note"),
    DisputeStatus.WITHDRAWN: ("closing_report", "file_note"),
    DisputeStatus.PERFORMED: ("closing_report",),
    DisputeStatus.NOT_PERFORMED: ("closing_report",),
    DisputeStatus.FOLLOWED_UP: ("closing_report",),
    DisputeStatus.ARCHIVED: ("case_file",),
}


def follow_up_due(detail: DisputeDetail, today: date) -> bool:
    """True when a scheduled visit is not yet made and falls due within a week (or is overdue)."""
    return any(f.done_on is None and f.due_on <= today + FOLLOW_UP_HORIZON for f in detail.follow_ups)


def default_documents(detail: DisputeDetail, today: date) -> list[str]:
    """The document ids to tick for this dispute, in menu order of importance.

    Mediating: the notice to attend (one per party) and the session record; after an agreement: the
    agreement (or the oral agreement register) and, for a written one within its 30 days, the joint
    judicial-confirmation application; a follow-up due within a week: the follow-up record.
    """
    chosen = list(_BY_STATUS.get(detail.status, ()))
    agreement = detail.agreement
    if agreement is not None and detail.status in (DisputeStatus.SETTLED, DisputeStatus.PERFORMED,
                                                   DisputeStatus.NOT_PERFORMED):
        written = agreement.kind == AgreementKind.WRITTEN.value
        chosen.insert(0, "agreement" if written else "oral_agreement")
        if written and not detail.jc_requested and agreement.jc_deadline is not None and agreement.jc_deadline >= today:
            organisation = any(p.kind in (PartyKind.LEGAL_PERSON, PartyKind.ORGANISATION) for p in detail.parties)
            chosen.append("judicial_confirmation_org" if organisation else "judicial_confirmation")
    if follow_up_due(detail, today):
        chosen.append("follow_up")
    return list(dict.fromkeys(chosen))
