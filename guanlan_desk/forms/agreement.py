"""人民调解协议书 (人民调解法 Art. 29; REFERENCE.md §1.8): one signature row per party, seal over the date."""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

from guanlan_desk.forms.flow import KeepTail
from guanlan_desk.forms.blocks import RuledLines, Part, Val, para, paras, signature, title
from guanlan_desk.forms.grid import SPAN, Cell, grid
from guanlan_desk.forms.data import AgreementInfo
from guanlan_desk.forms.parties import PARTY_COLUMNS, parties_or_blank, party_rows
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import FRAME_WIDTH, styles, table_style
from guanlan_desk.forms.text import DATE_BLANK, fmt_date, fmt_money, numbered, rmb_upper

TITLE = "人民调解协议书"
CELL_LEADING = 18.0  # the terms inside the ruled table: a two-party agreement of a few terms fits one page
EFFECT = ("本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效，"
          "具有法律约束力，当事人应当按照约定履行。")


def terms_cell(agreement: AgreementInfo) -> list[Flowable]:
    """``经调解，自愿达成如下协议：`` and the numbered terms (with the amount in capitals when there is one)."""
    s = styles()
    out: list[Flowable] = [para(s.cell, "经调解，自愿达成如下协议：")]
    term = s.form_indent.clone("agreement_term", leading=CELL_LEADING)
    out += [para(term, t) for t in numbered(agreement.terms)] or [RuledLines(4, s.form.leading)]
    if agreement.amount is not None:
        out.append(para(term, "协议涉及金额：人民币", fmt_money(agreement.amount), "（大写：",
                        rmb_upper(agreement.amount), "）。"))
    return out


def performance_cell(agreement: AgreementInfo) -> list[Flowable]:
    """Manner, time limit and (2002 rules) place of performance, and any breach clause."""
    s = styles()
    out = paras(s.cell, agreement.performance_method)
    parts: list[Part] = ["履行期限：", Val(fmt_date(agreement.performance_deadline), 8)]
    if agreement.performance_place or not agreement.performance_method:
        parts += ["\u3000履行地点：", Val(agreement.performance_place, 10)]
    out.append(para(s.cell, *parts))
    out += paras(s.cell, agreement.breach_clause, prefix="违约责任：")
    return out


def signatures(agreement: AgreementInfo) -> list[Flowable]:
    """A row per party on the left; mediator, recorder and the committee's seal area over the date on the right."""
    s = styles()
    parties = [signature("（签名盖章或按指印）" if p.name else "当事人（签名盖章或按指印）", name=p.name, dated=False,
                         style=s.form, blank_width=5)
               for p in parties_or_blank(agreement.case.parties)]
    staff = [signature("人民调解员（签名）", dated=False, style=s.form, blank_width=4),
             signature("记录人（签名）", dated=False, style=s.form, blank_width=4),
             para(s.right, "（人民调解委员会印章）"),
             para(s.right, fmt_date(agreement.effective_on) or DATE_BLANK)]
    table = Table([[parties, staff]], colWidths=[0.58 * FRAME_WIDTH - 6, 0.42 * FRAME_WIDTH - 6])
    table.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [table]


def story(agreement: AgreementInfo) -> list[Flowable]:
    """Parties, facts and issues, terms, performance, copies, signatures."""
    s = styles()
    case = agreement.case
    rows: list[list[Cell]] = []
    for party in parties_or_blank(case.parties):
        rows += party_rows(party)
    facts = paras(s.cell, agreement.facts)
    facts += paras(s.cell, agreement.responsibilities, prefix="各方责任：")
    rows.append(["纠纷主要事实、争议事项", SPAN, facts or "", SPAN, SPAN, SPAN, SPAN])
    rows.append([terms_cell(agreement), SPAN, SPAN, SPAN, SPAN, SPAN, SPAN])
    rows.append(["履行方式、时限", SPAN, performance_cell(agreement), SPAN, SPAN, SPAN, SPAN])
    copies = [para(s.form_indent.clone("agreement_copies", leading=CELL_LEADING), "本协议一式", Val(agreement.copies, 2), "份，当事人、人民调解委员会各持一份。", EFFECT)]
    rows.append([copies, SPAN, SPAN, SPAN, SPAN, SPAN, SPAN])
    rows.append([signatures(agreement), SPAN, SPAN, SPAN, SPAN, SPAN, SPAN])
    n = len(rows)
    tables = grid(rows, PARTY_COLUMNS, heights={n - 5: 22, n - 4: 40, n - 3: 16})
    # the copies line and the signatures stay together: never a page of signatures alone
    return [*title(TITLE), para(s.doc_no, "编号：", Val(agreement.number or case.case_no, 10)), *tables[:-5],
            KeepTail(tables[-5:-2], tables[-2:])]


SPEC = DocumentSpec("agreement", TITLE, "dispute", AgreementInfo, story)
