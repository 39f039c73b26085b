"""风险隐患交办单: a risk item assigned to its responsible leader (包案领导), REFERENCE.md §3."""

from __future__ import annotations

import re

from reportlab.platypus import Flowable

from guanlan_desk.forms.blocks import Raw, Val, para, paras, signature, title
from guanlan_desk.forms.grid import SPAN, grid
from guanlan_desk.forms.data import RiskAssignmentInfo
from guanlan_desk.forms.fonts import markup
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import styles
from guanlan_desk.forms.text import DATE_BLANK, fmt_date

TITLE = "风险隐患交办单"
REQUIREMENTS = ("请包案领导牵头，督促责任单位和责任人落实稳控、化解措施，在化解时限内化解到位，"
                "并将办理情况填写于本单“办理情况反馈”栏，书面反馈交办单位；情况发生变化的，及时报告。")
_HEX = re.compile(r"#?([0-9A-Fa-f]{6})")


def level(item: RiskAssignmentInfo) -> Raw | Val:
    """The level's label after a square in its palette colour (an unknown colour prints no square)."""
    colour = _HEX.fullmatch(item.level_colour.strip())
    if not item.level_label or colour is None:
        return Val(item.level_label)
    face = styles().cell.fontName
    return Raw(f'<font color="#{colour.group(1)}">■</font> ' + markup(item.level_label, face, field="level_label"))


def story(item: RiskAssignmentInfo) -> list[Flowable]:
    """The item, its level, leader, units, measures and deadline; the receipt and the feedback box."""
    s = styles()
    units = "；".join(f"{u}（牵头）" if i == 0 and len(item.responsible_units) > 1 else u
                     for i, u in enumerate(item.responsible_units))
    leader = "\u3000".join(x for x in (item.leader_name, item.leader_title, item.leader_unit) if x)
    person = "\u3000".join(x for x in (item.responsible_person, item.responsible_phone) if x)
    where = "\u3000".join(x for x in (item.community, item.grid) if x)
    assigned = [para(s.cell, Val(item.assigned_by, 10) if item.assigned_by else "（交办单位）", "（盖章）"),
                para(s.right, fmt_date(item.assigned_on) or DATE_BLANK)]
    table = grid([
        ["隐患编号", Val(item.code), "风险等级", level(item)],
        ["隐患类别", Val(item.category_label), "所在网格", Val(where)],
        ["隐患名称", Val(item.title), SPAN, SPAN],
        ["基本情况", paras(s.cell, item.description) or "", SPAN, SPAN],
        ["涉及人员", Val(item.involved), SPAN, SPAN],
        ["发现时间", Val(item.found_on), "报告人", Val(item.reporter)],
        ["包案领导", Val(leader), SPAN, SPAN],
        ["责任单位", Val(units), SPAN, SPAN],
        ["责任人", Val(person), "化解时限", Val(item.deadline)],
        ["稳控措施", paras(s.cell, item.control_measures) or "", SPAN, SPAN],
        ["化解措施", paras(s.cell, item.resolution_measures) or "", SPAN, SPAN],
        ["工作要求", para(s.cell, REQUIREMENTS), SPAN, SPAN],
        ["交办单位", assigned, "签收", [signature("签收人", style=s.cell, dated=False, blank_width=5),
                                       para(s.cell, "签收时间："), para(s.right, DATE_BLANK)]],
        ["办理情况反馈", "", SPAN, SPAN],
    ], (2.3, 4, 1.8, 3.9), heights={3: 20, 9: 14, 10: 14, 13: 28})  # 办理情况反馈 on one line
    number = para(s.doc_no, "编号：", Val(item.number or item.code, 8), "\u3000\u3000联系人：", Val(item.contact, 8))
    return [*title(TITLE), number, *table]


SPEC = DocumentSpec("risk_assignment", TITLE, "risk", RiskAssignmentInfo, story)
