"""Golden layout: the faults a committee rejects, each checked on the printed pages (issue 12).

Every test here failed before the fix: a long summary left pages of ruled borders only, a 500-character
summary pushed the signature to page 2, the register's signature and seal block stood alone on a page, the
receipt of a notice with many materials split across pages, and long names broke inside a signature line.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace

import pytest
from pypdf import PdfReader

from guanlan_desk.domain.enums import DisputeRole, PartyKind
from guanlan_desk.forms.data import CaseInfo, NoticeInfo, PartyInfo
from guanlan_desk.forms.registry import DOCUMENTS

from .conftest import ZHANG, agreement_info, case, notice, render

LONG = "2025年3月，申请人将房屋出租给被申请人，双方因押金、墙面修复和空调维修费用发生争议，多次协商未果。"  # 51
COMPANY = PartyInfo(name="深圳市观澜街道宏达精密电子科技有限公司", role=DisputeRole.RESPONDENT,
                    kind=PartyKind.LEGAL_PERSON, legal_rep="陈国强")
UYGHUR = PartyInfo(name="阿卜杜拉·买买提", role=DisputeRole.APPLICANT)


def page_texts(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", "", p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("doc_id", ["application", "intake_register", "closing_report"])
@pytest.mark.parametrize("repeat", [10, 30, 50])
def test_a_long_summary_flows_on_without_an_empty_page(doc_id: str, repeat: int) -> None:
    pages = page_texts(render(DOCUMENTS[doc_id], case(summary=LONG * repeat)))
    for number, text in enumerate(pages, start=1):
        assert len(text) > 120, (number, text)  # never a page of ruled borders and a line or two
    for number, text in enumerate(pages[:-1], start=1):
        assert "多次协商未果" in text or "墙面修复" in text, number  # the summary fills each page it reaches


def test_a_500_character_summary_keeps_the_application_on_one_page() -> None:
    pdf = render(DOCUMENTS["application"], case(summary=LONG * 10))
    assert len(page_texts(pdf)) == 1


@pytest.mark.parametrize("repeat", [11, 12, 13, 31, 34, 38])
def test_the_register_s_signature_and_seal_keep_the_last_lines_of_the_summary(repeat: int) -> None:
    pages = page_texts(render(DOCUMENTS["intake_register"], case(summary=LONG * repeat)))
    with_seal = [text for text in pages if "登记人（签名）" in text]
    assert len(with_seal) == 1 and "（印章）" in with_seal[0]
    assert "多次协商未果" in with_seal[0]  # the block is never alone on a page


@pytest.mark.parametrize("materials", [4, 6, 7, 33, 36])
def test_the_receipt_of_a_notice_is_never_torn(materials: int) -> None:
    items = tuple(f"与本纠纷有关的第{i}份证据材料原件及复印件" for i in range(materials))
    pages = page_texts(render(DOCUMENTS["notice_to_attend"], notice(materials_to_bring=items)))
    caption = [i for i, text in enumerate(pages) if "送达回执（" in text]
    signed = [i for i, text in enumerate(pages) if "受送达人签名" in text and "送达人签名" in text]
    assert caption == signed and len(caption) == 1
    assert "沿此线剪下" in pages[caption[0]]


def test_the_reminder_s_receipt_is_never_torn() -> None:
    from .conftest import reminder

    for k in range(3, 12):
        pages = page_texts(render(DOCUMENTS["legal_risk_reminder"], reminder(facts=LONG * k)))
        assert [i for i, t in enumerate(pages) if "签收回执" in t] == [i for i, t in enumerate(pages) if "签收人" in t]


def signature_lines(pdf: bytes, marker: str) -> list[tuple[str, str]]:
    """(line, previous line) of every printed line holding ``marker``, as ``pdftotext -layout`` sets them."""
    lines = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    rows = [re.split(r"\s{2,}", line.strip())[0] for line in lines.decode().splitlines()]
    return [(row, rows[i - 1] if i else "") for i, row in enumerate(rows) if marker in row]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_names_never_break_in_the_agreement_s_signature_lines() -> None:
    parties = (ZHANG, UYGHUR, COMPANY, replace(COMPANY, name="深圳市龙华区观澜街道君子布社区股份合作公司"))
    pdf = render(DOCUMENTS["agreement"], agreement_info(case=case(parties=parties)))
    names = {p.name for p in parties}
    found = signature_lines(pdf, "（签名盖章或按指印）")
    assert len(found) == len(parties)
    for line, previous in found:
        name = line.split("（签名盖章或按指印）")[0]
        assert (name in names) or (not name and previous in names), (line, previous)


def test_the_case_number_of_the_closing_report_is_on_one_line() -> None:
    pdf = render(DOCUMENTS["closing_report"], case(case_no="（2026）观城调字第0011号"))
    raw = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "（2026）观城调字第0011号" in raw  # extract_text keeps line breaks: a wrapped number would not match


def test_labels_never_wrap_inside_a_word() -> None:
    raw = "".join(p.extract_text() for p in PdfReader(io.BytesIO(render(DOCUMENTS["closing_report"], case()))).pages)
    assert "纠纷简要事实" in raw.replace(" ", "") or "纠纷简要\n事实" in raw
    assert "纠纷简要事\n实" not in raw and "纠纷简要情\n况" not in raw


def test_the_roster_is_landscape() -> None:
    from .conftest import sample

    page = PdfReader(io.BytesIO(render(DOCUMENTS["lcp_roster"], sample("lcp_roster")))).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)


def test_the_notice_names_the_other_side_by_role() -> None:
    second = PartyInfo(name="王芳", role=DisputeRole.APPLICANT)
    data = CaseInfo(case_no="（2026）观城调字第0011号", dispute_type_label="劳动争议纠纷",
                    parties=(ZHANG, COMPANY, second))
    text = page_texts(render(DOCUMENTS["notice_to_attend"], NoticeInfo(case=data, addressee=second)))[0]
    assert f"关于您与{COMPANY.name}之间的" in text  # not "与张伟、…": a co-applicant is not the other side
    text = page_texts(render(DOCUMENTS["notice_to_attend"], NoticeInfo(case=data, addressee=COMPANY)))[0]
    assert "关于您与张伟、王芳之间的" in text
