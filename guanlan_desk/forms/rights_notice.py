"""人民调解当事人权利义务告知书 with the personal-information notice (REFERENCE.md §1.5, §7).

The content follows 人民调解法 Art. 3, 4 (principles, free of charge), 23 (rights), 24 (duties), 31-33
(effect, judicial confirmation) and PIPL Art. 13, 17 (what a notice about personal information says).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from guanlan_desk.forms.blocks import Val, closing, para, signature, title
from guanlan_desk.forms.data import CaseInfo
from guanlan_desk.forms.parties import parties_or_blank
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import styles
from guanlan_desk.forms.text import names

TITLE = "人民调解当事人权利义务告知书"
OPENING = ("根据《中华人民共和国人民调解法》等法律、法规的规定，现将人民调解委员会的性质、调解原则和法律效果，"
           "以及在调解中各方当事人享有的权利和应当承担的义务告知如下：")
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("一、人民调解委员会的性质", (
        "人民调解委员会是依法设立的调解民间纠纷的群众性组织。人民调解委员会调解民间纠纷，不收取任何费用。",)),
    ("二、调解原则", (
        "（一）在当事人自愿、平等的基础上进行调解；",
        "（二）不违背法律、法规和国家政策；",
        "（三）尊重当事人的权利，不得因调解而阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利。")),
    ("三、当事人享有的权利", (
        "（一）选择或者接受人民调解员；",
        "（二）接受调解、拒绝调解或者要求终止调解；",
        "（三）要求调解公开进行或者不公开进行；",
        "（四）自主表达意愿、自愿达成调解协议。")),
    ("四、当事人应当履行的义务", (
        "（一）如实陈述纠纷事实；",
        "（二）遵守调解现场秩序，尊重人民调解员；",
        "（三）尊重对方当事人行使权利。")),
    ("五、调解协议的效力", (
        "经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。当事人之间就调解协议的履行"
        "或者调解协议的内容发生争议的，一方当事人可以向人民法院提起诉讼。",
        "经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院"
        "申请司法确认。人民法院依法确认调解协议有效，一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院"
        "申请强制执行。")),
)


def privacy(case: CaseInfo) -> tuple[str, tuple[str, ...]]:
    """The personal-information notice (PIPL Art. 17): purpose, categories, retention, sharing, rights."""
    keep = f"卷宗保管期限（{case.retention_label}）" if case.retention_label else "卷宗保管期限"
    contact = f"，联系电话：{case.committee_phone}" if case.committee_phone else ""
    return ("六、个人信息处理告知", (
        "（一）处理目的：本委员会仅为调解本纠纷、制作和保管调解卷宗、回访协议履行情况以及统计工作需要（统计数据经"
        "去标识化处理）处理您的个人信息。",
        "（二）个人信息种类：姓名、性别、民族、年龄、职业或职务、联系方式、单位或住址，以及您提供的与纠纷有关的材料；"
        "申请司法确认时另需身份证件号码。",
        f"（三）保存期限：个人信息随调解卷宗保存，{keep}届满后依照规定销毁；电子信息加密保存，查阅、打印、导出均有记录。",
        "（四）提供与公开：除依法向人民法院、司法行政机关提供或者经您同意外，不向其他单位或者个人提供，不公开。",
        f"（五）您的权利：您可以向本委员会查阅、复制、更正、补充您的个人信息，依法要求删除{contact}。"))


def story(case: CaseInfo) -> list[Flowable]:
    """The notice, then one acknowledgement line per party."""
    s = styles()
    out: list[Flowable] = [*title(TITLE, case.case_no or None)]
    out.append(para(s.letter_flush, "当事人：", Val(names(p.name for p in case.parties), 12)))
    out.append(para(s.letter, OPENING))
    for heading, items in (*SECTIONS, privacy(case)):
        out.append(para(s.heading, heading))
        out += [para(s.letter, item) for item in items]
    signatures = [signature("当事人（签名）", name=p.name, style=s.letter_flush)
                  for p in parties_or_blank(case.parties)]
    ack = para(s.letter, "以上告知内容，本人已阅读（已听取告知），知悉并理解。")
    out.append(closing([ack], signatures))  # every party's line stays with the acknowledgement
    return out


SPEC = DocumentSpec("rights_notice", TITLE, "dispute", CaseInfo, story)
