"""授权委托书: a party authorises an agent to take part in the mediation (REFERENCE.md §1.1 item 4)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from guanlan_desk.domain.case_titles import counterparts
from guanlan_desk.forms.blocks import Val, check, closing, para, signature, title
from guanlan_desk.forms.data import PartyInfo, PowerOfAttorneyInfo
from guanlan_desk.forms.grid import ABOVE, SPAN, Cell, grid
from guanlan_desk.forms.parties import vertical
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import styles
from guanlan_desk.forms.text import names

TITLE = "授权委托书"
SPECIAL = "代为承认、放弃、变更调解请求，进行和解，签署调解协议，签收调解文书"


def _principal_rows(p: PartyInfo) -> list[list[Cell]]:
    if p.is_organisation:
        return [[vertical("委托人"), "名称", Val(p.name), SPAN, "联系电话", Val(p.phone)],
                [ABOVE, "法定代表人（负责人）", Val(p.legal_rep), "职务", Val(p.legal_rep_title), SPAN],
                [ABOVE, "住所地", Val(p.address), SPAN, SPAN, SPAN]]
    return [[vertical("委托人"), "姓名", Val(p.name), "性别", Val(p.sex), SPAN],
            [ABOVE, "联系电话", Val(p.phone), SPAN, SPAN, SPAN],
            [ABOVE, "住址", Val(p.address), SPAN, SPAN, SPAN]]


def story(poa: PowerOfAttorneyInfo) -> list[Flowable]:
    """Principal and agent, the matter, the authority (general or special), the signatures."""
    s = styles()
    case, p = poa.case, poa.principal
    others = names(counterparts([(x.name, x.role) for x in case.parties], p.name, p.role))
    rows = _principal_rows(p)
    rows += [[vertical("受托人"), "姓名", Val(poa.agent_name), "性别", Val(poa.agent_sex), SPAN],
             [ABOVE, "联系电话", Val(poa.agent_phone), "与委托人关系", Val(poa.agent_relation), SPAN],
             [ABOVE, "工作单位或住址", Val(poa.agent_address), SPAN, SPAN, SPAN]]
    tables = grid(rows, (1.0, 2.4, 3.8, 2.0, 2.0, 2.8))
    matter = para(s.letter, "委托人因与", Val(others, 6), "之间的", Val(case.dispute_type_label, 6), "，现委托上列受托人",
                  "作为委托代理人，参加", Val(case.committee_name, 10) if case.committee_name else "________人民调解委员会",
                  "主持的调解活动。")
    authority = para(s.letter, "代理权限：", check([("一般授权", poa.special is False),
                                                 (f"特别授权（{SPECIAL}）", poa.special is True)]))
    period = para(s.letter, "委托期限：自本委托书签署之日起至本纠纷调解终结时止。")
    signers = [signature("委托人（签名盖章或按指印）", name=p.name, style=s.letter_flush, on=poa.signed_on),
               signature("受托人（签名）", name=poa.agent_name, style=s.letter_flush, on=poa.signed_on)]
    return [*title(TITLE, case.case_no or None), *tables, Spacer(0, 8), matter, authority, closing([period], signers)]


SPEC = DocumentSpec("power_of_attorney", TITLE, "dispute", PowerOfAttorneyInfo, story)
