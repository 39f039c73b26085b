"""人民调解申请书: the applicant's request for mediation (REFERENCE.md §1.3)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from guanlan_desk.forms.flow import KeepTail
from guanlan_desk.forms.blocks import para, paras, signature, title
from guanlan_desk.forms.grid import SPAN, Cell, grid
from guanlan_desk.domain.enums import DisputeRole
from guanlan_desk.forms.data import CaseInfo, PartyInfo
from guanlan_desk.forms.parties import PARTY_COLUMNS, parties_or_blank, party_rows, vertical
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import styles
from guanlan_desk.forms.text import numbered

TITLE = "人民调解申请书"
DECLARATION = ("人民调解委员会已将人民调解的性质、原则、效力以及当事人在调解活动中享有的权利和承担的义务告知申请人，"
               "申请人自愿申请人民调解委员会调解。")


def story(case: CaseInfo) -> list[Flowable]:
    """Parties, the dispute, the requests, the declaration and the applicant's signature."""
    s = styles()
    rows: list[list[Cell]] = []
    for party in parties_or_blank(case.parties):
        rows += party_rows(party)
    summary = paras(s.cell, case.summary)
    requests = paras(s.cell, "\n".join(numbered(case.requests)))
    # the statement takes the narrow column's vertical label (as the parties do) to give its text the width
    rows.append([vertical("纠纷简要情况"), summary or "", SPAN, SPAN, SPAN, SPAN, SPAN])
    rows.append(["当事人申请事项", SPAN, requests or "", SPAN, SPAN, SPAN, SPAN])
    declaration = [para(s.form_indent, DECLARATION)]
    for applicant in case.with_role(DisputeRole.APPLICANT) or (PartyInfo(),):
        declaration.append(signature("申请人（签名盖章或按指印）", name=applicant.name, on=case.applied_on,
                                     style=s.right))
    rows.append([declaration, SPAN, SPAN, SPAN, SPAN, SPAN, SPAN])
    heights = {len(rows) - 3: 55, len(rows) - 2: 30, len(rows) - 1: 30}
    tables = grid(rows, PARTY_COLUMNS, heights=heights)
    # the declaration and signatures never stand alone: the last lines of the requests go with them
    return [*title(TITLE, case.case_no or None), *tables[:-3], KeepTail(tables[-3:-1], tables[-1:])]


SPEC = DocumentSpec("application", TITLE, "dispute", CaseInfo, story)
