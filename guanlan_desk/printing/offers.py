"""Which of a dispute's documents make sense in its state (the print dialog and ``print --list --record``).

A settled case has no 不予受理告知书, a written agreement no 口头协议登记表, a failed mediation no pre-filled
协议书. Blank forms (``--blank``, the dialog's "blank forms") are always all offered.
"""

from __future__ import annotations

from dataclasses import dataclass

from guanlan_desk.domain.enums import AgreementKind, DisputeStatus, PartyKind
from guanlan_desk.forms import registry
from guanlan_desk.services.disputes import DisputeDetail

_INTAKE = ("application", "intake_register", "rights_notice", "power_of_attorney")
_MEDIATION = (*_INTAKE, "notice_to_attend", "investigation_record", "session_record")
_FILE = ("closing_report", "file_note", "case_file_cover", "case_file_index", "case_file_back", "case_file")
_ORGANISATIONS = (PartyKind.LEGAL_PERSON, PartyKind.ORGANISATION)


@dataclass(frozen=True, slots=True)
class CaseState:
    """What the offers depend on: the status, the agreement's kind (if any) and whether a party is an organisation."""

    status: DisputeStatus
    agreement_kind: AgreementKind | None = None
    organisation: bool = False
    declined: bool = False

    @classmethod
    def of(cls, detail: DisputeDetail) -> CaseState:
        """The state of a dispute as the editor loaded it."""
        kind = AgreementKind(detail.agreement.kind) if detail.agreement is not None else None
        return cls(detail.status, kind, any(p.kind in _ORGANISATIONS for p in detail.parties),
                   bool(detail.decline_reason))


def _ended(state: CaseState) -> DisputeStatus:
    """An archived case offers what the way it ended offers."""
    if state.status is not DisputeStatus.ARCHIVED:
        return state.status
    if state.agreement_kind is not None:
        return DisputeStatus.FOLLOWED_UP
    return DisputeStatus.DECLINED if state.declined else DisputeStatus.NOT_SETTLED


def offered_ids(state: CaseState) -> list[str]:
    """The document ids offered for a dispute in ``state``, in menu order."""
    status = _ended(state)
    ids: tuple[str, ...]
    if status is DisputeStatus.REGISTERED:
        ids = (*_INTAKE, "decline_notice", "case_file_cover")
    elif status is DisputeStatus.DECLINED:
        ids = ("application", "intake_register", "decline_notice", *_FILE)
    elif status is DisputeStatus.ACCEPTED:
        ids = (*_MEDIATION, "case_file_cover")
    elif status is DisputeStatus.MEDIATING:
        ids = (*_MEDIATION, "agreement", "oral_agreement", "termination_notice", "file_note", "case_file_cover")
    elif status is DisputeStatus.NOT_SETTLED:
        ids = (*_MEDIATION, "termination_notice", *_FILE)
    elif status in (DisputeStatus.REFERRED, DisputeStatus.WITHDRAWN):
        ids = (*_MEDIATION, *_FILE)
    else:  # settled, performed or not, followed up
        written = state.agreement_kind is not AgreementKind.ORAL
        deal = ("agreement",) if written else ("oral_agreement",)
        confirm = (("judicial_confirmation_org",) if state.organisation else ("judicial_confirmation",)) \
            if written else ()
        ids = (*_MEDIATION, *deal, "follow_up", *confirm, *_FILE)
    known = set(ids)
    return [spec.id for spec in registry.for_subject("dispute") if spec.id in known]


def offered(detail: DisputeDetail) -> list[str]:
    """The document ids offered for this dispute."""
    return offered_ids(CaseState.of(detail))
