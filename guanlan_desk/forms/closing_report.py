"""人民调解结案报告表 (REFERENCE.md §1.14): one page summing up a closed case."""

from __future__ import annotations

from reportlab.platypus import Flowable

from guanlan_desk.domain.enums import Source
from guanlan_desk.forms.flow import KeepTail
from guanlan_desk.forms.blocks import Val, check, one_line, para, paras, title
from guanlan_desk.forms.grid import SPAN, grid
from guanlan_desk.forms.data import CaseInfo
from guanlan_desk.forms.parties import parties_or_blank
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import styles
from guanlan_desk.forms.text import fmt_money, names

TITLE = "人民调解结案报告表"
# The report's five sources and the channels that count under each.
SOURCES: tuple[tuple[str, frozenset[Source]], ...] = (
    ("当事人申请", frozenset({Source.PARTY_APPLICATION})),
    ("调委会主动调解", frozenset({Source.COMMITTEE_INITIATIVE, Source.GRID_SCREENING})),
    ("公安机关移交", frozenset({Source.POLICE})),
    ("审判机关委托", frozenset({Source.COURT_PRE_FILING, Source.COURT_ENTRUSTED})),
    ("政府部门指定", frozenset({Source.GOVERNMENT, Source.PETITION_OFFICE, Source.HOTLINE_12345})),
)


def story(case: CaseInfo) -> list[Flowable]:
    """Numbers and dates, who handled it, the parties, source, facts, result and performance."""
    s = styles()
    parties = [para(s.cell, p.role_label, "：", Val(p.name, 5), "\u3000住址：", Val(p.address, 12), "\u3000电话：",
                    Val(p.phone, 7)) for p in parties_or_blank(case.parties)]
    table = grid([
        ["卷号", one_line(s.cell, Val(case.case_no)), "填表时间", Val(case.compiled_on)],
        ["承办单位", Val(case.committee_name), "承办人", Val(names(case.mediators))],
        ["受案时间", Val(case.received_text), "结案时间", Val(case.closed_on)],
        ["当事人信息", parties, SPAN, SPAN],
        ["案件来源", para(s.cell, check((text, case.source in channels) for text, channels in SOURCES)), SPAN, SPAN],
        ["纠纷类型", Val(case.dispute_type_label), "涉及金额", Val(fmt_money(case.amount))],
        ["纠纷简要事实", paras(s.cell, case.summary) or "", SPAN, SPAN],
        ["调解结果", Val(case.result_label), SPAN, SPAN],
        ["协议履行情况", Val(case.performance_label), SPAN, SPAN],
        ["备注", Val(case.remarks), SPAN, SPAN],
    ], (2, 4, 2, 4), heights={3: 24, 6: 70, 7: 14, 8: 14, 9: 14})
    # the result, performance and remarks rows stay with the last lines of the facts: never a page of them alone
    return [*title(TITLE, case.case_no or None), *table[:-4], KeepTail(table[-4:-3], table[-3:])]


SPEC = DocumentSpec("closing_report", TITLE, "dispute", CaseInfo, story)
