"""调解通知书: an invitation to attend a mediation session, one per party, with a 送达回执 stub.

Users ask for a "summons", but people's mediation is voluntary (人民调解法 Art. 3, 17) and free (Art. 4):
the notice invites, says the party may decline, and never reads as compulsory (REFERENCE.md §0.2, §1.14).
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer

from guanlan_desk.domain.case_titles import counterparts

from guanlan_desk.forms.flow import measure
from guanlan_desk.forms.blocks import CutLine, Val, check, closing, para, seal_block, title
from guanlan_desk.forms.grid import SPAN, grid
from guanlan_desk.forms.data import NoticeInfo
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import FRAME_HEIGHT, FRAME_WIDTH, styles
from guanlan_desk.forms.text import fmt_datetime, names

TITLE = "调解通知书"
DEFAULT_MATERIALS = (
    "本人身份证件",
    "与纠纷有关的证据材料（如合同、票据、照片等）",
    "委托他人参加的，授权委托书及受托人身份证件",
)
VOLUNTARY = (
    "依照《中华人民共和国人民调解法》，人民调解遵循自愿、平等的原则，不收取任何费用（第三条、第四条）。"
    "是否参加调解由您自愿决定，您可以拒绝调解（第十七条），也可以通过仲裁、行政、司法等途径解决纠纷。"
    "如不参加或不便按时到场，请提前告知联系人，以便另行安排。"
)


def _others(notice: NoticeInfo) -> str:
    """The other side of the dispute from the addressee (an applicant is told of the respondents)."""
    parties = [(p.name, p.role) for p in notice.case.parties]
    return names(counterparts(parties, notice.addressee.name, notice.addressee.role))


def story(notice: NoticeInfo) -> list[Flowable]:
    """The notice to one party, a cut line, and the receipt the server brings back.

    When the letter and its receipt do not fit one sheet (many parties or materials), the letter is set a
    size smaller; when even that does not fit, the letter continues and the receipt follows whole.
    """
    s = styles()
    normal = _story(notice, s.letter_tight, s.letter_flush)
    if _height(normal) <= FRAME_HEIGHT - 12:
        return normal
    for size, leading in ((14, 21), (13, 19.5), (12, 18)):  # 四号, then smaller down to 小四
        body = s.letter_tight.clone(f"notice_{size}", fontSize=size, leading=leading, firstLineIndent=2 * size)
        compact = _story(notice, body, s.letter_flush.clone(f"notice_{size}_flush", fontSize=size, leading=leading))
        if _height(compact) <= FRAME_HEIGHT - 12:
            return compact
    return normal


def _height(story: list[Flowable]) -> float:
    return measure(story, FRAME_WIDTH - 12)


def _story(notice: NoticeInfo, body: ParagraphStyle, flush: ParagraphStyle) -> list[Flowable]:
    s = styles()
    case = notice.case
    when = fmt_datetime(notice.scheduled_at, weekday=True)
    out: list[Flowable] = [*title(TITLE, notice.number or case.case_no)]
    out.append(para(flush, Val(notice.addressee.name, 6), "："))
    out.append(para(body, "关于您与", Val(_others(notice), 6), "之间的", Val(case.dispute_type_label, 6),
                    "，本委员会拟组织调解。为便于双方当面沟通、协商解决，诚邀您于",
                    Val(when) if when else "______年____月____日____时____分",
                    "到", Val(notice.place, 10), "参加调解。"))
    out.append(para(body, VOLUNTARY))
    materials = notice.materials_to_bring or DEFAULT_MATERIALS
    out.append(para(body, "参加调解时请携带：",
                    "；".join(f"{i}. {m.rstrip('；;。')}" for i, m in enumerate(materials, start=1)), "。"))
    contact = para(body, "联系人：", Val(notice.contact_person, 5), "\u3000联系电话：", Val(notice.contact_phone, 7))
    out.append(closing([contact], seal_block(case.committee_name, notice.issued_on, style=body, space_above=0.3)))
    # the receipt is torn off and brought back: one unit, never split (a long notice continues above it)
    out.append(KeepTogether([Spacer(0, 2), CutLine(), *_receipt(notice)]))
    return out


def _receipt(notice: NoticeInfo) -> list[Flowable]:
    s = styles()
    answer = check([("愿意参加调解", False), ("不愿参加调解", False), ("希望另约时间", False)])
    table = grid([
        ["案号", Val(notice.case.case_no), "受送达人", Val(notice.addressee.name)],
        ["送达方式", Val(notice.delivery_method), "送达时间", Val(notice.delivered_at or notice.delivered_on)],
        ["受送达人意见", Val(answer), SPAN, SPAN],
        ["受送达人签名", "", "送达人签名", Val(notice.server)],
    ], (2, 4, 2, 4), heights={3: 9}, label=s.label_small, value=s.cell_small)
    return [para(s.caption, "送达回执（", TITLE, "）"), *table]


SPEC = DocumentSpec("notice_to_attend", TITLE, "dispute", NoticeInfo, story)
