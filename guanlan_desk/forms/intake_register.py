"""人民调解受理登记表, filled in by the committee (REFERENCE.md §1.4)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from guanlan_desk.domain.enums import Source, StatSource, label
from guanlan_desk.forms.blocks import RuledLines, Val, check, para, paras, signature, title
from guanlan_desk.forms.flow import KeepTail
from guanlan_desk.forms.grid import SPAN, grid
from guanlan_desk.forms.data import CaseInfo
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import styles
from guanlan_desk.forms.text import fmt_date, fmt_date_or_blank, names

TITLE = "人民调解受理登记表"


def source_boxes(source: Source | None) -> str:
    """The form's two sources, ① 当事人申请 ② 主动调解; a referral ticks ② and names the channel."""
    applied = source is not None and source.stat_source is StatSource.APPLICATION
    own = source is not None and not applied
    detail = f"（{label(source)}）" if source is not None and source.stat_source is StatSource.REFERRAL else ""
    return check([("当事人申请", applied), ("人民调解委员会主动调解" + detail, own)])


def story(case: CaseInfo) -> list[Flowable]:
    """The opening sentence, type, source, facts, signatures and seal."""
    s = styles()
    received_on = case.received_date
    received = fmt_date(received_on)
    how = "依当事人申请" if case.source is not None and case.source.stat_source is StatSource.APPLICATION else "经当事人同意"
    opening = para(s.form_indent, Val(received, 7), "，本人民调解委员会", how, "，调解",
                   Val(names(p.name for p in case.parties), 10), "之间的纠纷。")
    committee = [para(s.cell, Val(case.committee_name) if case.committee_name else "人民调解委员会", "（印章）"),
                 para(s.right, fmt_date_or_blank(received_on))]
    # one line per party to sign on (a blank form: two)
    signers: list[Flowable] = [signature("（签名）", name=p.name, dated=False, style=s.cell, blank_width=6)
                               for p in case.parties if p.name] or [RuledLines(2, 22)]
    table = grid([
        [opening, SPAN, SPAN, SPAN],
        ["纠纷类型", Val(case.dispute_type_label), "案件来源", para(s.cell, source_boxes(case.source))],
        ["纠纷简要情况", paras(s.cell, case.summary) or "", SPAN, SPAN],
        ["当事人（签名）", signers, SPAN, SPAN],
        ["登记人（签名）", Val(case.registrar), committee, SPAN],
        ["备注", Val(case.remarks), SPAN, SPAN],
    ], (2.5, 3, 2, 4.5), heights={2: 85, 3: 16, 4: 22, 5: 14})
    # the signatures, the registrar and the seal stay together, with the last lines of the facts above them
    return [*title(TITLE, case.case_no or None), para(s.note, "（此表由人民调解委员会填写）"), *table[:2],
            KeepTail(table[2:3], table[3:])]


SPEC = DocumentSpec("intake_register", TITLE, "dispute", CaseInfo, story)
