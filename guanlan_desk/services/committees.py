"""Each community's own people's mediation committee (人民调解委员会): name, abbreviation, seal text, case-number
pattern, phone and address.

They are reference data: the street office edits them and sends them with its enrolment files and bundles; a
community workstation reads them. Numbering, every printed document and the statistics take the committee of
the case's community, so a case numbered 新澜调字 is never printed under another committee's name.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from guanlan_desk.domain import case_number, text
from guanlan_desk.domain.config import LocalityConfig
from guanlan_desk.domain.enums import AuditAction, WorkstationRole
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit, reference
from guanlan_desk.services.context import Ctx, load_config
from guanlan_desk.services.errors import RuleViolation
from guanlan_desk.store.models import Community
from guanlan_desk.store.uow import GuanlanSession

COMMITTEE_SUFFIX = "人民调解委员会"


@dataclass(frozen=True, slots=True)
class Committee:
    """A community's committee as numbering and documents use it (defaults filled in)."""

    community_code: str
    community_name: str
    abbrev: str
    name: str
    seal_text: str
    case_number_pattern: str
    phone: str
    address: str
    active: bool

    def example_case_number(self, year: int) -> str:
        """What the first case number of ``year`` looks like."""
        return case_number.format_case_number(self.case_number_pattern, year=year, abbrev=self.abbrev,
                                              serial=1).text


@dataclass(frozen=True, slots=True)
class CommunityInput:
    """What the office edits about a community and its committee (blank committee fields take the defaults)."""

    name: str
    abbrev: str
    committee_name: str = ""
    seal_text: str = ""
    case_number_pattern: str = ""
    phone: str = ""
    address: str = ""
    active: bool = True


def default_committee_name(community_name: str) -> str:
    """``<community>人民调解委员会`` (社区 names keep their 社区: 新澜社区人民调解委员会)."""
    return community_name + COMMITTEE_SUFFIX


def _committee(row: Community | None, code: str, config: LocalityConfig) -> Committee:
    if row is None:  # an unknown code (not yet enrolled): the locality defaults
        return Committee(code, code, code, config.committee_name, config.committee_name, config.case_number_pattern,
                         "", "", True)
    name = row.committee_name or default_committee_name(row.name)
    return Committee(row.code, row.name, row.abbrev or row.name, name, row.seal_text or name,
                     row.case_number_pattern or config.case_number_pattern, row.committee_phone,
                     row.committee_address, row.active)


def committee_in(session: GuanlanSession, community_code: str) -> Committee:
    """The committee of ``community_code`` inside a unit of work."""
    return _committee(reference.community_of(session, community_code), community_code, load_config(session))


def committee_of(ctx: Ctx, community_code: str) -> Committee:
    """The committee of one community."""
    with ctx.read() as session:
        return committee_in(session, community_code)


def committees(ctx: Ctx) -> list[Committee]:
    """Every community's committee (retired ones too), by code."""
    with ctx.read() as session:
        config = load_config(session)
        rows = session.scalars(select(Community).where(Community.deleted_at.is_(None)).order_by(Community.code))
        return [_committee(r, r.code, config) for r in rows]


def can_edit(ctx: Ctx) -> bool:
    """Only the street office edits the communities (its reference data travels to the communities)."""
    return ctx.db.workstation.role == WorkstationRole.OFFICE.value and ctx.can(Permission.SETTINGS)


def _check(data: CommunityInput) -> None:
    if not data.name.strip():
        raise ValidationError("name", QT_TRANSLATE_NOOP("errors", "Please enter the community's name."))
    if not data.abbrev.strip():
        raise ValidationError("abbrev", QT_TRANSLATE_NOOP(
            "errors", "Please enter the abbreviation used in case numbers."))
    pattern = data.case_number_pattern.strip()
    if pattern:
        if "{serial" not in pattern or "{year" not in pattern:
            raise ValidationError("case_number_pattern", QT_TRANSLATE_NOOP(
                "errors", "A case number pattern needs {{year}} and {{serial}}."))
        case_number.format_case_number(pattern, year=2026, abbrev=data.abbrev, serial=1)


def save_community(ctx: Ctx, code: str, data: CommunityInput) -> Committee:
    """Office: add a community (a new code) or edit one and its committee; a community is retired, never deleted."""
    ctx.require(Permission.SETTINGS, QT_TRANSLATE_NOOP("terms", "edit communities"))
    data = text.clean_record(data)
    if ctx.db.workstation.role != WorkstationRole.OFFICE.value:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "errors", "Only the street office edits the communities and their committees; they arrive here with "
            "its reference data."))
    code = code.strip().upper()
    if not code or not code.isalnum() or len(code) > 8:
        raise ValidationError("code", QT_TRANSLATE_NOOP(
            "errors", "A community code is one to eight letters or digits."))
    _check(data)
    with ctx.write() as session:
        row = reference.community_of(session, code)
        created = row is None
        if row is None:
            row = Community(id=reference.reference_id("community", code), origin=reference.REFERENCE_ORIGIN, code=code)
            session.add(row)
        before = {k: getattr(row, k, None) for k in _FIELDS}
        row.name = data.name.strip()
        row.abbrev = data.abbrev.strip()
        row.committee_name = data.committee_name.strip()
        row.seal_text = data.seal_text.strip()
        row.case_number_pattern = data.case_number_pattern.strip()
        row.committee_phone = data.phone.strip()
        row.committee_address = data.address.strip()
        row.active = data.active
        changes = audit.changed_fields(before, {k: getattr(row, k) for k in _FIELDS})
        audit.record(session, ctx, AuditAction.CREATE if created else AuditAction.UPDATE, "community", code,
                     {"fields": changes})
        session.commit()
        return committee_in(session, code)


_FIELDS = ("name", "abbrev", "committee_name", "seal_text", "case_number_pattern", "committee_phone",
           "committee_address", "active")


def locality_settings(ctx: Ctx) -> LocalityConfig:
    """The locality settings (time limits the dialogs show: follow-up days, the mediation time limit …)."""
    with ctx.read() as session:
        return load_config(session)
