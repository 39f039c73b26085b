"""司法确认申请书, individual/individual and individual/organisation (人民调解法 Art. 33; 法释〔2011〕5号)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from guanlan_desk.forms.blocks import RuledLines, Val, closing, para, signature, title
from guanlan_desk.forms.data import JudicialConfirmationInfo
from guanlan_desk.forms.parties import parties_or_blank, party_line
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import styles
from guanlan_desk.forms.text import fmt_date, names, numbered

TITLE = "司法确认申请书"
DECLARATION = ("申请人出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为；如果因为该协议内容而给他人造成损害的，"
               "愿意承担相应的民事责任和其他法律责任。")
LEADING = 20.0  # a little tighter than the other forms: the application and its signatures fit on one page


@dataclass(frozen=True, slots=True)
class _Tight:
    doc_no: ParagraphStyle
    form: ParagraphStyle
    form_indent: ParagraphStyle
    right: ParagraphStyle


DEFAULT_ANNEXES = ("人民调解协议书", "申请人身份证明", "与调解协议相关的财产权利证明")


def story(application: JudicialConfirmationInfo, *, organisation: bool) -> list[Flowable]:
    """The applicants (with identity documents), the request, the agreement, declarations, signatures."""
    base = styles()
    s = _Tight(base.doc_no, base.form.clone("jc_form", leading=LEADING),
               base.form_indent.clone("jc_form_indent", leading=LEADING), base.right)
    agreement = application.agreement
    case = agreement.case
    parties = parties_or_blank(case.parties, organisation=organisation)
    out: list[Flowable] = [*title(TITLE), para(s.doc_no, "（个人与单位）" if organisation else "（个人与个人）")]
    for party in parties:
        out.append(para(s.form, "申请人：", *party_line(party, with_id=True)))
    when = fmt_date(agreement.effective_on)
    out.append(para(s.form, "请求事项："))
    out.append(para(s.form_indent, "请求人民法院依法确认申请人于", Val(when, 7), "经", Val(case.committee_name, 12),
                    "主持调解达成的人民调解协议（编号：", Val(agreement.number or case.case_no, 8), "）有效。"))
    out.append(para(s.form, "事实和理由："))
    out.append(para(s.form_indent, "申请人", Val(names(p.name for p in case.parties), 8), "因",
                    Val(case.dispute_type_label, 6), "，经", Val(case.committee_name, 12), "调解，于", Val(when, 7),
                    "自愿达成如下调解协议："))
    terms = numbered(agreement.terms)
    out += [para(s.form_indent, t) for t in terms] or [RuledLines(3, s.form.leading)]
    out.append(para(s.form_indent, DECLARATION))
    addressee = [para(s.form_indent, "此致"), para(s.form, Val(application.court, 12))]
    annexes = application.annexes or DEFAULT_ANNEXES
    annex = para(s.form, "附：", "；".join(f"{i}. {a}" for i, a in enumerate(annexes, start=1)), "。")
    signers = [signature("申请人（签名或盖章）" if p.is_organisation else "申请人（签名）",
                         name=p.name, on=application.applied_on, style=s.right) for p in parties]
    out.append(closing([*addressee, annex, *signers[:-1]], signers[-1]))  # never a page of signatures alone
    return out


SPEC_PERSONS = DocumentSpec("judicial_confirmation", f"{TITLE}（个人与个人）", "dispute", JudicialConfirmationInfo,
                            partial(story, organisation=False))
SPEC_ORGANISATION = DocumentSpec("judicial_confirmation_org", f"{TITLE}（个人与单位）", "dispute",
                                 JudicialConfirmationInfo, partial(story, organisation=True))
