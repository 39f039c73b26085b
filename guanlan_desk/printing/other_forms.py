"""Fill the risk-ledger and legal-clarity-person documents from their print views."""

from __future__ import annotations

from datetime import date

from guanlan_desk.domain.enums import label
from guanlan_desk.forms.data import LcpInfo, LcpRosterInfo, LcpWallInfo, LegalRiskReminderInfo, RiskAssignmentInfo
from guanlan_desk.services.print_data import LcpPrint, RiskPrint


def risk_assignment(v: RiskPrint, *, contact: str, today: date) -> RiskAssignmentInfo:
    """The 交办单 of a risk item: the committee (or the community) assigns it; ``contact`` is who prepared it."""
    d = v.detail
    a = d.assignment
    return RiskAssignmentInfo(
        number=d.code, code=d.code, category_label=label(d.category), level_label=d.level.label,
        level_colour=d.level.colour, community=v.community_name, grid=v.grid_name, title=d.title,
        description=d.description, involved="、".join(name for _, name in d.parties) or f"{d.involved_count}人",
        found_on=d.found_on, reporter=d.reporter, leader_name=a.leader_name, leader_title=a.leader_title,
        leader_unit=a.leader_unit, responsible_units=tuple(u for u in a.responsible_units.split("、") if u),
        responsible_person=a.responsible_person, responsible_phone=v.responsible_phone,
        control_measures=a.control_measures, resolution_measures=a.resolution_measures, deadline=d.deadline,
        assigned_by=v.committee_name or v.community_name, assigned_on=today, contact=contact)


def legal_risk_reminder(v: RiskPrint, *, today: date) -> LegalRiskReminderInfo:
    """A reminder letter about the risk item's legal exposure (facts from the item; risks written by hand)."""
    d = v.detail
    return LegalRiskReminderInfo(
        number=d.code, addressee="、".join(name for _, name in d.parties), subject=d.title, facts=d.description,
        suggestions=tuple(s for s in (d.assignment.resolution_measures, d.assignment.control_measures) if s),
        issuer=v.committee_name, issued_on=today)


def _lcp(p: LcpPrint, community: str) -> LcpInfo:
    d = p.detail
    return LcpInfo(
        name=d.data.name, sex=label(d.data.sex) if d.data.sex.value in ("1", "2") else "",
        birth_year=d.data.birth_date.year if d.data.birth_date else None, political_status=label(d.data.political_status) if d.data.political_status else "",
        education=label(d.data.education) if d.data.education else "", community=community, grid=p.grid_name, phone=p.phone or None, photo=p.photo,
        identities=tuple(label(i) for i in d.data.identities), recognised_on=d.recognised_on,
        certificate_no=d.data.certificate_no,
        recent_services=tuple(f"{s.served_on.month}月{s.served_on.day}日 {label(s.kind)}" for s in d.services[:3]),
        bio=d.data.bio, consent=d.display_consent)


def roster(people: list[LcpPrint], community: str, *, compiled_by: str, today: date, public: bool) -> LcpRosterInfo:
    """The roster of a community."""
    return LcpRosterInfo(title=f"{community}法律明白人名册", community=community,
                         persons=tuple(_lcp(p, community) for p in people), compiled_by=compiled_by,
                         compiled_on=today, public=public)


def wall(people: list[LcpPrint], community: str, *, today: date) -> LcpWallInfo:
    """The culture-wall poster: consenting persons only (the caller selects them)."""
    return LcpWallInfo(title=f"{community}法律明白人", community=community,
                       persons=tuple(_lcp(p, community) for p in people if p.detail.display_consent),
                       issued_on=today)
