"""人民调解回访记录 (REFERENCE.md §1.10; 人民调解法 Art. 31: the committee supervises performance)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from guanlan_desk.domain.enums import Performance, Satisfaction, label
from guanlan_desk.forms.blocks import RuledLines, Val, check, para, paras, signature, title
from guanlan_desk.forms.grid import SPAN, grid
from guanlan_desk.forms.data import FollowUpInfo
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import styles
from guanlan_desk.forms.text import names

TITLE = "人民调解回访记录"
WRITING_LINE = 24.0  # points between the ruled lines to write on by hand


def situation(visit: FollowUpInfo) -> list[Flowable]:
    """Performance and satisfaction as tick boxes, then what was found and done."""
    s = styles()
    out: list[Flowable] = [
        para(s.cell, "协议履行情况：", check((label(p), p is visit.performance) for p in Performance)),
        para(s.cell, "当事人满意度：", check((label(x), x is visit.satisfaction) for x in Satisfaction)),
    ]
    if not (visit.situation or visit.hazards or visit.measures):  # to be written during the visit
        for heading, lines in (("具体情况：", 4), ("发现的问题和隐患：", 2), ("采取的措施：", 2)):
            out += [para(s.cell, heading), RuledLines(lines, WRITING_LINE)]
        return out
    out += paras(s.cell, visit.situation)
    out += paras(s.cell, visit.hazards, prefix="发现的问题和隐患：")
    out += paras(s.cell, visit.measures, prefix="采取的措施：")
    return out


def story(visit: FollowUpInfo) -> list[Flowable]:
    """Who was visited, the agreement number, the reason, what was found, the visitor's signature."""
    s = styles()
    case = visit.case
    visited = visit.visited or tuple(p.name for p in case.parties)
    table = grid([
        ["当事人", Val(names(visited)), SPAN, SPAN],
        ["调解协议编号", Val(visit.agreement_number or case.case_no), "回访时间", Val(visit.visited_on)],
        ["回访事由", Val(visit.reason or case.title), "回访方式", Val(visit.method)],
        ["回访情况", situation(visit), SPAN, SPAN],
        ["回访人", signature("回访人（签名）", name=visit.visitor, on=visit.visited_on, style=s.cell), SPAN, SPAN],
    ], (2.3, 4.5, 1.8, 3.4), heights={4: 16})
    return [*title(TITLE, case.case_no or None), *table]


SPEC = DocumentSpec("follow_up", TITLE, "dispute", FollowUpInfo, story)
