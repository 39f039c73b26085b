"""Every registered document, filled and blank: the text comes back, the fonts are embedded."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from pypdf import PdfReader

from guanlan_desk.forms.errors import UnknownDocument
from guanlan_desk.forms.registry import DOCUMENTS, for_subject, get

from .conftest import CASE_NO, COMPANY, TERMS, pdf_text, render, sample, squeeze

NAMES = ("张伟", "李秀兰")
# What each filled document must print besides the case number and the names (where it has them).
KEY_FACTS: dict[str, tuple[str, ...]] = {
    "application": ("押金5,600元", "请求确认押金余额的退还方式和时间", "申请人自愿申请人民调解委员会调解"),
    "intake_register": ("房屋租赁纠纷", "■当事人申请", "依当事人申请"),
    "rights_notice": ("不收取任何费用", "拒绝调解", "个人信息处理告知", "0755-28012345"),
    "notice_to_attend": ("2026年3月12日（星期四）14时30分", "观城社区平安建设中心微调解室", "送达回执"),
    "decline_notice": ("（2026）观城调不字第0001号", "该纠纷已由人民法院立案受理", "决定不予受理"),
    "investigation_record": ("维修花了1,200元", "被调查人", "王丽华"),
    "session_record": ("■达成协议", "要求尽快退还押金", "观城社区网格员赵强"),
    "agreement": (TERMS[0], TERMS[2], "肆仟肆佰元整", "本协议一式3份", "2026年3月20日"),
    "oral_agreement": (TERMS[1], "口头协议内容"),
    "follow_up": ("押金已于3月24日退还", "■已全部履行", "■满意"),
    "judicial_confirmation": ("深圳市龙华区人民法院", "440309198001011234", TERMS[0], "没有恶意串通"),
    "judicial_confirmation_org": (COMPANY.name, "陈国强", "（个人与单位）"),
    "closing_report": ("■当事人申请", "已全部履行", "调解成功（书面协议）"),
    "termination_notice": ("第二十六条", "双方对押金数额分歧较大", "申请仲裁", "行政机关依法处理", "提起诉讼", "送达回执"),
    "power_of_attorney": ("赵敏", "本单位员工", "■特别授权", "签署调解协议", "深圳市观澜宏达电子有限公司"),
    "file_note": ("因当事人本人到场，无需委托",),
    "case_file_cover": ("调解卷宗", "张伟与李秀兰房屋租赁纠纷", "10年"),
    "case_file_index": ("卷内目录", "人民调解协议书", "双方身份证复印件（2页）"),
    "case_file_back": ("卷内备考表", "检查人：王丽华"),
    "case_file": (TERMS[0], "卷内目录", "卷内备考表"),
    "risk_assignment": ("FX2026-0007", "黄志明", "宏达电子厂拖欠工资隐患", "观澜街道劳动办（牵头）", "2026年3月31日"),
    "legal_risk_reminder": ("观城法提〔2026〕2号", COMPANY.name, "可能被劳动行政部门责令限期支付", "签收回执"),
    "lcp_roster": ("林美华", "吴建平", "GL2024-018", "观城社区（第2网格）"),
    "lcp_wall": ("林美华", "郑秋萍", "参与调解邻里漏水纠纷", "0755-28012345"),
}
# Documents that name only some of the parties: the organisation party, the party who was visited.
NAMES_PRINTED = {"judicial_confirmation_org": NAMES[:1], "follow_up": NAMES[1:], "power_of_attorney": NAMES[:1],
                 "termination_notice": NAMES}
WITHOUT_CASE = {"risk_assignment", "legal_risk_reminder", "lcp_roster", "lcp_wall", "case_file_index",
                "case_file_back", "decline_notice"}
HEADINGS = {"case_file_cover": "调解卷宗", "case_file": "调解卷宗", "case_file_back": "卷内备考表",
            "lcp_wall": "法律明白人风采"}


def heading(doc_id: str) -> str:
    """The title printed on the blank form."""
    return HEADINGS.get(doc_id, DOCUMENTS[doc_id].title_zh)


def fonts_of(pdf: bytes) -> list[dict[str, Any]]:
    """Every font dictionary used on any page."""
    found: dict[int, dict[str, Any]] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for ref in (fonts.get_object().values() if fonts else []):
            found[id(ref.get_object())] = ref.get_object()
    return list(found.values())


def assert_embedded(pdf: bytes) -> None:
    """Each font carries its outlines (FontFile2), or is a Type0 font whose descendant does."""
    fonts = fonts_of(pdf)
    assert fonts
    for font in fonts:
        if font["/Subtype"] == "/Type0":
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        else:
            assert font["/Subtype"] == "/TrueType", font
            descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor or "/FontFile3" in descriptor, font["/BaseFont"]


def test_the_registry_lists_ascii_ids_with_chinese_titles() -> None:
    assert len(DOCUMENTS) >= 20
    for doc_id, spec in DOCUMENTS.items():
        assert doc_id == spec.id and re.fullmatch(r"[a-z_]+", doc_id)
        assert re.search(r"[\u4e00-\u9fff]", spec.title_zh) and "\t" not in spec.title_zh
        assert spec.subject in ("dispute", "risk", "lcp", "roster")
    assert [s.id for s in for_subject("risk")] == ["risk_assignment", "legal_risk_reminder"]
    with pytest.raises(UnknownDocument, match="summons"):
        get("summons")


@pytest.mark.parametrize("doc_id", list(DOCUMENTS))
def test_filled_document_prints_its_data(doc_id: str) -> None:
    pdf = render(DOCUMENTS[doc_id], sample(doc_id))
    text = pdf_text(pdf)
    expected = list(KEY_FACTS[doc_id])
    if doc_id not in WITHOUT_CASE:
        expected += [CASE_NO, *NAMES_PRINTED.get(doc_id, NAMES)]
    for fact in expected:
        assert squeeze(fact) in text, fact
    assert "传票" not in text
    assert_embedded(pdf)
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.creator == "guanlan_desk" and meta.title


@pytest.mark.parametrize("doc_id", list(DOCUMENTS))
def test_blank_document_prints_its_title_and_no_data(doc_id: str) -> None:
    out = io.BytesIO()
    pages = DOCUMENTS[doc_id].render(None, out)
    text = pdf_text(out.getvalue())
    assert pages >= 1
    assert squeeze(heading(doc_id)) in text
    assert "张伟" not in text and "None" not in text
    assert_embedded(out.getvalue())


def test_the_dossier_prints_its_documents_in_the_index_order() -> None:
    text = pdf_text(render(DOCUMENTS["case_file"], sample("case_file")))
    titles = ["调解卷宗", "卷内目录", "人民调解申请书", "人民调解当事人权利义务告知书", "调解通知书", "人民调解调查记录",
              "人民调解记录", "人民调解协议书", "人民调解回访记录", "卷宗情况说明", "卷内备考表"]
    index_end = text.index("卷宗情况说明") + 1  # the index lists them first; the documents follow
    positions = [text.index(t, index_end if i > 1 else 0) for i, t in enumerate(titles)]
    assert positions == sorted(positions)
    # the index numbers the pages: the application is page 3, right after cover and index
    assert "1人民调解申请书3" in text
