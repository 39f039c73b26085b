"""Every printable document by id; the CLI lists them as ``id<TAB>title`` and the UI offers them per subject."""

from __future__ import annotations

from typing import Any

from guanlan_desk.forms import (
    agreement,
    application,
    case_file,
    closing_report,
    decline_notice,
    file_note,
    follow_up,
    intake_register,
    investigation_record,
    judicial_confirmation,
    lcp_roster,
    lcp_wall,
    legal_risk_reminder,
    notice_to_attend,
    oral_agreement,
    power_of_attorney,
    rights_notice,
    risk_assignment,
    session_record,
    termination_notice,
)
from guanlan_desk.forms.errors import UnknownDocument
from guanlan_desk.forms.spec import DocumentSpec, Subject

__all__ = ["DOCUMENTS", "DocumentSpec", "Subject", "get", "for_subject"]

_ORDER: tuple[DocumentSpec[Any], ...] = (
    application.SPEC,
    intake_register.SPEC,
    rights_notice.SPEC,
    power_of_attorney.SPEC,
    notice_to_attend.SPEC,
    decline_notice.SPEC,
    investigation_record.SPEC,
    session_record.SPEC,
    agreement.SPEC,
    oral_agreement.SPEC,
    termination_notice.SPEC,
    follow_up.SPEC,
    judicial_confirmation.SPEC_PERSONS,
    judicial_confirmation.SPEC_ORGANISATION,
    closing_report.SPEC,
    file_note.SPEC,
    case_file.SPEC_COVER,
    case_file.SPEC_INDEX,
    case_file.SPEC_BACK,
    case_file.SPEC,
    risk_assignment.SPEC,
    legal_risk_reminder.SPEC,
    lcp_roster.SPEC,
    lcp_wall.SPEC,
)

DOCUMENTS: dict[str, DocumentSpec[Any]] = {spec.id: spec for spec in _ORDER}


def get(doc_id: str) -> DocumentSpec[Any]:
    """The document called ``doc_id``; :class:`UnknownDocument` otherwise."""
    try:
        return DOCUMENTS[doc_id]
    except KeyError:
        raise UnknownDocument(doc_id) from None


def for_subject(subject: Subject) -> list[DocumentSpec[Any]]:
    """The documents printed from one kind of record, in menu order."""
    return [spec for spec in _ORDER if spec.subject == subject]
