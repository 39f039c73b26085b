"""Party blocks as the ministry's forms print them (申请书, 协议书, 司法确认申请书 …)."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from guanlan_desk.domain.enums import DisputeRole, PartyKind
from guanlan_desk.forms.blocks import Part, Raw, Val
from guanlan_desk.forms.grid import ABOVE, SPAN, Cell
from guanlan_desk.forms.data import PartyInfo

# Seven columns: a narrow vertical role label, then three label/value pairs.
PARTY_COLUMNS = (1.0, 2.3, 2.5, 2.3, 2.0, 2.0, 2.8)


def vertical(text: str) -> Raw:
    """A label written one character a line, as in the forms' narrow left column."""
    return Raw("<br/>".join(escape(c) for c in text))


def age_text(party: PartyInfo) -> str:
    """The age as printed (``35``), empty when unknown."""
    return "" if party.age is None else str(party.age)


def party_rows(party: PartyInfo, role: str | None = None) -> list[list[Cell]]:
    """Three grid rows for one party over :data:`PARTY_COLUMNS`: a person's or an organisation's fields."""
    head = vertical(role or party.role_label)
    if party.is_organisation:
        return [
            [head, "名称", Val(party.name), SPAN, SPAN, "联系电话", Val(party.phone)],
            [ABOVE, "法定代表人（负责人）", Val(party.legal_rep), "职务", Val(party.legal_rep_title), "委托代理人",
             Val(party.agent)],
            [ABOVE, "住所地", Val(party.address), SPAN, SPAN, SPAN, SPAN],
        ]
    return [
        [head, "姓名", Val(party.name), "性别", Val(party.sex), "民族", Val(party.ethnicity)],
        [ABOVE, "年龄", Val(age_text(party)), "职业或职务", Val(party.occupation), "联系方式", Val(party.phone)],
        [ABOVE, "单位或住址", Val(party.address), SPAN, SPAN, SPAN, SPAN],
    ]


def parties_or_blank(parties: Sequence[PartyInfo], *, organisation: bool = False) -> tuple[PartyInfo, ...]:
    """The parties, or an empty applicant and respondent for the blank form (the second an organisation)."""
    if parties:
        return tuple(parties)
    second = PartyKind.LEGAL_PERSON if organisation else PartyKind.PERSON
    return PartyInfo(role=DisputeRole.APPLICANT), PartyInfo(role=DisputeRole.RESPONDENT, kind=second)


def party_line(party: PartyInfo, *, with_id: bool = False) -> list[Part]:
    """A party written out in one paragraph (court filings): ``张伟，男，汉族，45岁，…``; labelled blanks when empty."""
    if party.is_organisation:
        return [Val(party.name, 12), "，住所地：", Val(party.address, 14), "。法定代表人（负责人）：",
                Val(party.legal_rep, 5), "，职务：", Val(party.legal_rep_title, 5), "，联系电话：", Val(party.phone, 7), "。"]
    if party.name:
        ethnicity = party.ethnicity + ("" if not party.ethnicity or party.ethnicity.endswith("族") else "族")
        age = f"{party.age}岁" if party.age is not None else ""
        facts = "，".join(x for x in (party.name, party.sex, ethnicity, age, party.occupation) if x)
        parts: list[Part] = [facts, "，住址：", Val(party.address, 14), "，联系电话：", Val(party.phone, 7)]
    else:
        parts = ["姓名", Val("", 4), "，性别", Val("", 1), "，民族", Val("", 2), "，年龄", Val("", 1), "，职业",
                 Val("", 4), "，住址", Val("", 12), "，联系电话", Val("", 6)]
    if with_id:
        parts += ["，", party.id_type_label or "身份证件", "号码：", Val(party.id_number, 10)]
    parts.append("。")
    return parts
