"""Enumerations about people: mediators' roles on the roster, 政治面貌 and 文化程度 of legal-clarity persons."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from guanlan_desk.domain.enums import label, register_labels


class MediatorRole(StrEnum):
    """A mediator's place on the committee's roster (人民调解员名册, REFERENCE.md §8.3)."""

    DIRECTOR = "director"
    DEPUTY = "deputy"
    MEMBER = "member"
    MEDIATOR = "mediator"
    FULL_TIME = "full_time"
    INVITED = "invited"


register_labels(MediatorRole, {
    "director": ("主任", "Director"),
    "deputy": ("副主任", "Deputy director"),
    "member": ("委员", "Committee member"),
    "mediator": ("调解员", "Mediator"),
    "full_time": ("专职调解员", "Full-time mediator"),
    "invited": ("特邀调解员", "Invited mediator"),
})


class PoliticalStatus(StrEnum):
    """政治面貌 (GB/T 4762 groups as the cadre forms print them)."""

    CPC_MEMBER = "cpc"
    CPC_PROBATIONARY = "cpc_probationary"
    YOUTH_LEAGUE = "youth_league"
    DEMOCRATIC_PARTY = "democratic_party"
    NON_PARTISAN = "non_partisan"
    MASSES = "masses"


register_labels(PoliticalStatus, {
    "cpc": ("中共党员", "CPC member"),
    "cpc_probationary": ("中共预备党员", "CPC probationary member"),
    "youth_league": ("共青团员", "Youth League member"),
    "democratic_party": ("民主党派", "Democratic party member"),
    "non_partisan": ("无党派人士", "Non-partisan"),
    "masses": ("群众", "The masses (no affiliation)"),
})


class Education(StrEnum):
    """文化程度, highest level completed (GB/T 4658 groups)."""

    POSTGRADUATE = "postgraduate"
    UNIVERSITY = "university"
    COLLEGE = "college"
    SECONDARY_VOCATIONAL = "vocational"
    HIGH_SCHOOL = "high_school"
    JUNIOR_HIGH = "junior_high"
    PRIMARY = "primary"
    OTHER = "other"


register_labels(Education, {
    "postgraduate": ("研究生", "Postgraduate"),
    "university": ("大学本科", "University (bachelor)"),
    "college": ("大学专科", "College (associate)"),
    "vocational": ("中等专科", "Secondary vocational"),
    "high_school": ("高中", "Senior high school"),
    "junior_high": ("初中", "Junior high school"),
    "primary": ("小学", "Primary school"),
    "other": ("其他", "Other"),
})


def political_status_of(raw: str) -> PoliticalStatus | None:
    """The code stored in ``raw`` or the member whose Chinese label it is (older free text), else ``None``."""
    return _member_of(PoliticalStatus, raw)


def education_of(raw: str) -> Education | None:
    """The code stored in ``raw`` or the member whose Chinese label it is (本科 and 大专 read too), else ``None``."""
    aliases = {"本科": Education.UNIVERSITY, "大专": Education.COLLEGE, "中专": Education.SECONDARY_VOCATIONAL,
               "专科": Education.COLLEGE, "硕士": Education.POSTGRADUATE, "博士": Education.POSTGRADUATE}
    return aliases.get(raw.strip()) or _member_of(Education, raw)


E = TypeVar("E", bound=StrEnum)


def _member_of(enum_cls: type[E], raw: str) -> E | None:
    text = raw.strip()
    if text in enum_cls._value2member_map_:
        return enum_cls(text)
    for member in enum_cls:
        if label(member) == text:
            return member
    return None
