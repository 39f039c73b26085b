"""不予受理告知书: the committee will not take up an application, and says where else to turn."""

from __future__ import annotations

from reportlab.platypus import Flowable

from guanlan_desk.forms.blocks import Val, closing, para, seal_block, title
from guanlan_desk.forms.data import DeclineInfo
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import styles
from guanlan_desk.forms.text import fmt_date

TITLE = "不予受理告知书"
DEFAULT_ALTERNATIVES = "您可以依法通过仲裁、行政、司法等途径解决纠纷，维护自己的合法权益。"


def story(notice: DeclineInfo) -> list[Flowable]:
    """The addressee, what was applied for, why it is not taken up, the other routes, the seal."""
    s = styles()
    case = notice.case
    matter = notice.matter or case.title or case.dispute_type_label
    out: list[Flowable] = [*title(TITLE, notice.number or case.case_no)]
    out.append(para(s.letter_flush, Val(notice.addressee.name, 6), "："))
    out.append(para(s.letter, "您于", Val(fmt_date(notice.applied_on or case.applied_on), 7), "向本委员会申请调解",
                    Val(matter, 12), "。"))
    out.append(para(s.letter, "经审查，", Val(notice.reason.rstrip("。；，"), 18), "，本委员会决定不予受理。"))
    out.append(para(s.letter, notice.alternatives or DEFAULT_ALTERNATIVES))
    out.append(closing([para(s.letter, "特此告知。")], seal_block(case.committee_name, notice.issued_on)))
    return out


SPEC = DocumentSpec("decline_notice", TITLE, "dispute", DeclineInfo, story)
