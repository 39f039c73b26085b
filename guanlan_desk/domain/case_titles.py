"""How a dispute is named on its file and in its notices: the applicants against the respondents.

``张三与深圳市观澜宏达电子有限公司劳动争议纠纷``; several on one side: ``张三、李四与…``, more than two:
``张三等3人与…`` (``等3方`` when organisations are among them). Never simply "the first two names".
"""

from __future__ import annotations

from collections.abc import Sequence

from guanlan_desk.domain.enums import DisputeRole


def side(names: Sequence[str], *, organisations: bool = False) -> str:
    """One side of a dispute in a title: all names up to two, else the first and how many."""
    names = [n for n in dict.fromkeys(names) if n]
    if len(names) <= 2:
        return "、".join(names)
    return f"{names[0]}等{len(names)}{'方' if organisations else '人'}"


def against(parties: Sequence[tuple[str, DisputeRole | None, bool]]) -> str:
    """``A与B`` from ``(name, role, is_organisation)``: applicants against respondents (third parties left out).

    Without both sides named (roles unknown), the names in order: ``A与B`` for two, ``A等N人`` for more.
    """
    sides = []
    for role in (DisputeRole.APPLICANT, DisputeRole.RESPONDENT):
        members = [(n, org) for n, r, org in parties if r is role and n]
        sides.append(side([n for n, _ in members], organisations=any(org for _, org in members)))
    if all(sides):
        return "与".join(sides)
    named = [(n, org) for n, r, org in parties if n and r is not DisputeRole.THIRD_PARTY] or \
        [(n, org) for n, _, org in parties if n]
    if len(named) == 2:
        return f"{named[0][0]}与{named[1][0]}"
    return side([n for n, _ in named], organisations=any(org for _, org in named))


def counterparts(parties: Sequence[tuple[str, DisputeRole | None]], addressee: str,
                 role: DisputeRole | None) -> list[str]:
    """The names on the other side from ``addressee``: respondents for an applicant and the reverse.

    A third party (or an unknown role) faces every other party.
    """
    other = {DisputeRole.APPLICANT: DisputeRole.RESPONDENT, DisputeRole.RESPONDENT: DisputeRole.APPLICANT}.get(
        role) if role is not None else None
    names = [n for n, r in parties if n and n != addressee and (other is None or r is other)]
    return list(dict.fromkeys(names)) or [n for n, _ in parties if n and n != addressee]


def case_title(parties: Sequence[tuple[str, DisputeRole | None, bool]], kind: str) -> str:
    """The default 卷名: ``A与B`` and the dispute type (``劳动争议纠纷``)."""
    return against(parties) + kind
