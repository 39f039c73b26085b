"""人民调解口头协议登记表 (人民调解法 Art. 28, 30; filled in like the 协议书, REFERENCE.md §1.9)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from guanlan_desk.forms.agreement import performance_cell
from guanlan_desk.forms.blocks import Val, para, paras, signature, title
from guanlan_desk.forms.grid import SPAN, Cell, grid
from guanlan_desk.forms.data import AgreementInfo
from guanlan_desk.forms.parties import parties_or_blank
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import styles
from guanlan_desk.forms.text import numbered

TITLE = "人民调解口头协议登记表"


def story(agreement: AgreementInfo) -> list[Flowable]:
    """The parties one line each, the facts, the oral terms, performance, signatures."""
    s = styles()
    case = agreement.case
    rows: list[list[Cell]] = [["当事人", "姓名（名称）", "联系方式", "单位或住址", SPAN]]
    for party in parties_or_blank(case.parties):
        rows.append([party.role_label, Val(party.name), Val(party.phone), Val(party.address), SPAN])
    terms = paras(s.cell, "\n".join(numbered(agreement.terms)))
    rows += [
        ["纠纷简要情况", paras(s.cell, agreement.facts or case.summary) or "", SPAN, SPAN, SPAN],
        ["口头协议内容", terms or "", SPAN, SPAN, SPAN],
        ["履行方式、时限", performance_cell(agreement), SPAN, SPAN, SPAN],
        ["协议达成时间", Val(agreement.effective_on), "人民调解员", Val("、".join(case.mediators)), SPAN],
    ]
    signers = [signature("当事人（签名或按指印）", name=p.name, dated=False, style=s.cell)
               for p in parties_or_blank(case.parties)]
    signers += [signature("人民调解员（签名）", dated=False, style=s.cell),
                signature("登记人（签名）", style=s.cell, on=agreement.effective_on)]
    rows.append([signers, SPAN, SPAN, SPAN, SPAN])
    n = len(rows)
    table = grid(rows, (2.2, 2.6, 2.6, 2.6, 2.6), heights={n - 5: 35, n - 4: 50, n - 3: 20})
    return [*title(TITLE, agreement.number or case.case_no or None),
            para(s.note, "（口头协议自各方当事人达成协议之日起生效）"), *table]


SPEC = DocumentSpec("oral_agreement", TITLE, "dispute", AgreementInfo, story)
