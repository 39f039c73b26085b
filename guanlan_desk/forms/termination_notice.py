"""终止调解告知书 (人民调解法 Art. 26): mediation has failed and ends; the other routes stay open.

"人民调解员调解纠纷，调解不成的，应当终止调解，并依据有关法律、法规的规定，告知当事人可以依法通过仲裁、
行政、司法等途径维护自己的权利。" One notice per party, with a receipt line.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from guanlan_desk.domain.case_titles import counterparts
from guanlan_desk.forms.blocks import CutLine, Val, closing, para, seal_block, title
from guanlan_desk.forms.data import TerminationInfo
from guanlan_desk.forms.grid import grid
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import styles
from guanlan_desk.forms.text import fmt_date, names

TITLE = "终止调解告知书"
ROUTES = (
    "（一）属于劳动争议、农村土地承包经营纠纷等依法应当先行仲裁的，可以向有关仲裁机构申请仲裁；",
    "（二）属于行政机关依法处理范围的，可以请求有关行政机关依法处理；",
    "（三）可以依法向人民法院提起诉讼。",
)


def story(notice: TerminationInfo) -> list[Flowable]:
    """The addressee, the case, why mediation ends, the other routes, the seal; a receipt to sign."""
    s = styles()
    case = notice.case
    others = names(counterparts([(p.name, p.role) for p in case.parties], notice.addressee.name,
                                notice.addressee.role))
    reason = (notice.reason or case.termination_reason).rstrip("。；，")
    out: list[Flowable] = [*title(TITLE, notice.number or case.case_no)]
    out.append(para(s.letter_flush, Val(notice.addressee.name, 6), "："))
    out.append(para(s.letter, "您与", Val(others, 6), "之间的", Val(case.dispute_type_label, 6), "，本委员会于",
                    Val(fmt_date(case.received_date), 7), "受理并组织调解。经调解，", Val(reason, 18),
                    "，未能达成调解协议。"))
    out.append(para(s.letter, "依照《中华人民共和国人民调解法》第二十六条的规定，本委员会决定自",
                    Val(fmt_date(notice.terminated_on), 7), "起终止调解。您可以依法通过下列途径维护自己的权利："))
    out += [para(s.letter, route) for route in ROUTES[:-1]]
    out.append(closing([para(s.letter, ROUTES[-1]), para(s.letter, "特此告知。")],
                       seal_block(case.committee_name, notice.issued_on)))
    receipt = grid([["受送达人", Val(notice.addressee.name), "签收时间", ""],
                    ["受送达人签名", "", "送达人签名", ""]], (2, 4, 2, 4), heights={1: 9},
                   label=s.label_small, value=s.cell_small)
    out.append(KeepTogether([Spacer(0, 2), CutLine(), para(s.caption, "送达回执（", TITLE, "）"), *receipt]))
    return out


SPEC = DocumentSpec("termination_notice", TITLE, "dispute", TerminationInfo, story)
