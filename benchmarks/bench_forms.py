"""Printing benchmark: one notice to attend, a batch of 200, the size of a one-page form, against a baseline.

    .venv/bin/python benchmarks/bench_forms.py --runs 15 --batch 200

Measured after the print fonts are loaded (the first document of a session pays ~0.5 s to parse the
TrueType files once). The baseline, in the same run, is a one-page reportlab PDF of the same amount of
Latin text in the built-in Helvetica (no embedding, no CJK wrapping): the ratio says what the embedded
CJK subsets and the form layout cost. Aims (issue 4): < 50 ms a notice, < 10 s for 200, <= 200 KB a page.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from guanlan_desk.domain.enums import DisputeRole  # noqa: E402
from guanlan_desk.domain.enums import AgreementKind, PartyKind, SessionKind  # noqa: E402
from guanlan_desk.forms import case_file, notice_to_attend  # noqa: E402
from guanlan_desk.forms.data import (  # noqa: E402
    AgreementInfo,
    AttachmentEntry,
    AttachmentSlot,
    CaseFileInfo,
    CaseInfo,
    FileNoteInfo,
    FollowUpInfo,
    NoticeInfo,
    PartyInfo,
    SessionInfo,
)
from guanlan_desk.forms.fonts import font_set  # noqa: E402

SPEC = notice_to_attend.SPEC
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"


def notice(i: int) -> NoticeInfo:
    """A filled notice to attend for party ``i`` (names vary, so the font subsets vary too)."""
    name = SURNAMES[i % len(SURNAMES)] + GIVEN[i % len(GIVEN)] + GIVEN[(i * 7) % len(GIVEN)]
    other = PartyInfo(name="深圳市观澜宏达电子有限公司", role=DisputeRole.RESPONDENT)
    addressee = PartyInfo(name=name, role=DisputeRole.APPLICANT, phone="13800138000")
    case = CaseInfo(case_no=f"（2026）观城调字第{i + 1:04d}号", committee_name="观澜街道观城社区人民调解委员会",
                    title=f"{name}与深圳市观澜宏达电子有限公司劳动争议纠纷", dispute_type_label="劳动争议纠纷",
                    parties=(addressee, other), venue="观城社区平安建设中心微调解室")
    return NoticeInfo(case=case, addressee=addressee, number=case.case_no, scheduled_at=datetime(2026, 3, 12, 14, 30),
                      place="观城社区平安建设中心微调解室", contact_person="刘敏", contact_phone="0755-28012345",
                      issued_on=date(2026, 3, 6), delivery_method="当面送达")


def dossier(sessions: int = 6, paragraphs: int = 24) -> CaseFileInfo:
    """A whole 调解卷宗 with stress data: 8 parties (companies, a transliterated name), long transcripts."""
    names = ["王伟", "李芳", "张秀英", "阿卜杜拉·买买提", "刘洋", "陈静"]
    parties = tuple(PartyInfo(name=n, role=DisputeRole.APPLICANT, sex="男", ethnicity="汉族", age=40, phone="13800138000",
                              address="深圳市龙华区观澜街道观城社区观澜大道88号") for n in names)
    parties += (PartyInfo(name="深圳市观澜街道宏达精密电子科技有限公司", role=DisputeRole.RESPONDENT,
                          kind=PartyKind.LEGAL_PERSON, legal_rep="陈国强", address="观澜街道库坑社区工业园A栋"),
                PartyInfo(name="深圳市龙华区观澜街道君子布社区股份合作公司", role=DisputeRole.RESPONDENT,
                          kind=PartyKind.LEGAL_PERSON, legal_rep="黄志明"))
    line = "申请人陈述：被申请人自2025年10月起拖欠工资，经多次催要未果，要求一次性支付拖欠工资并承担相应的经济补偿。"
    case = CaseInfo(case_no="（2026）观城调字第0039号", committee_name="观澜街道观城社区人民调解委员会",
                    title="王伟等6人与深圳市观澜街道宏达精密电子科技有限公司等2方劳动争议纠纷",
                    dispute_type_label="劳动争议纠纷", parties=parties, summary=line * 12,
                    requests=("支付拖欠工资", "支付经济补偿"), mediators=("王丽华", "陈建国"), recorder="刘敏",
                    received_on=date(2026, 3, 2), closed_on=date(2026, 3, 30), compiled_by="刘敏",
                    compiled_on=date(2026, 4, 10), retention_label="10年")
    talks = tuple(SessionInfo(case=case, kind=SessionKind.MEDIATION if k % 2 else SessionKind.INVESTIGATION,
                              started_at=datetime(2026, 3, 10 + k, 9), place="观城社区微调解室",
                              interviewee=names[k % 6], content="\n".join(line for _ in range(paragraphs)))
                  for k in range(sessions))
    deal = AgreementInfo(case=case, number=case.case_no, kind=AgreementKind.WRITTEN, facts=line * 3,
                         terms=tuple(line for _ in range(8)), performance_method="银行转账", copies=9,
                         effective_on=date(2026, 3, 30))
    return CaseFileInfo(
        case=case, notices=tuple(NoticeInfo(case=case, addressee=p, number=case.case_no,
                                            scheduled_at=datetime(2026, 3, 10, 9), place="观城社区微调解室")
                                 for p in parties),
        sessions=talks, agreement=deal,
        follow_ups=(FollowUpInfo(case=case, agreement_number=case.case_no, visited_on=date(2026, 4, 5),
                                 situation=line, visitor="王丽华", method="上门"),),
        file_note=FileNoteInfo(case=case, text="卷内材料齐全。", author="刘敏", written_on=date(2026, 4, 10)),
        attachments=(AttachmentEntry(AttachmentSlot.IDENTITY, "当事人身份证复印件", 8),
                     AttachmentEntry(AttachmentSlot.EVIDENCE, "工资条及考勤记录", 12)), checker="王丽华")


def one_dossier(info: CaseFileInfo) -> tuple[float, int, int]:
    """Seconds, pages and bytes of the whole dossier."""
    out = io.BytesIO()
    start = time.perf_counter()
    pages = case_file.SPEC.render(info, out)
    return time.perf_counter() - start, pages, len(out.getvalue())


def one_notice(i: int) -> tuple[float, int]:
    """Milliseconds and bytes of one notice."""
    out = io.BytesIO()
    start = time.perf_counter()
    SPEC.render(notice(i), out)
    return (time.perf_counter() - start) * 1000, len(out.getvalue())


def baseline(text_chars: int) -> tuple[float, int]:
    """Milliseconds and bytes of a one-page Latin PDF in Helvetica with as many characters as the notice."""
    styles = getSampleStyleSheet()
    words = ("Notice to attend a mediation session, voluntary and free of charge. " * 40)[:text_chars]
    out = io.BytesIO()
    start = time.perf_counter()
    doc = SimpleDocTemplate(out, pagesize=A4)
    doc.build([Paragraph(words[k:k + 400], styles["BodyText"]) for k in range(0, len(words), 400)])
    return (time.perf_counter() - start) * 1000, len(out.getvalue())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args()

    start = time.perf_counter()
    font_set()
    one_notice(0)  # parses the fonts and warms reportlab's caches
    print(f"first notice of the session (fonts parsed): {(time.perf_counter() - start) * 1000:.0f} ms")

    singles = [one_notice(i) for i in range(1, args.runs + 1)]
    single_ms = statistics.median(t for t, _ in singles)
    single_bytes = statistics.median(b for _, b in singles)
    chars = len("".join(p.text for p in SPEC.story(notice(1)) if hasattr(p, "text")))
    bases = [baseline(max(chars, 400)) for _ in range(args.runs)]
    base_ms = statistics.median(t for t, _ in bases)
    base_bytes = statistics.median(b for _, b in bases)

    batches = []
    for _ in range(3):
        items = [notice(i) for i in range(args.batch)]
        out = io.BytesIO()
        start = time.perf_counter()
        pages = SPEC.render_many(items, out)
        batches.append((time.perf_counter() - start, pages, len(out.getvalue())))
    batch_s, batch_pages, batch_bytes = sorted(batches)[1]

    rare = replace(notice(1), addressee=PartyInfo(name="李\U0002000b明"))
    rare_ms = statistics.median(one_notice_data(rare) for _ in range(args.runs))

    print(f"one notice to attend (median of {args.runs}): {single_ms:.1f} ms, {single_bytes / 1024:.0f} KB "
          f"(aim < 50 ms, <= 200 KB a page)")
    print(f"  with a rare name character in the fallback face: {rare_ms:.1f} ms")
    print(f"baseline, one Latin page in Helvetica: {base_ms:.1f} ms, {base_bytes / 1024:.1f} KB "
          f"-> notice/baseline {single_ms / base_ms:.1f}x time, {single_bytes / base_bytes:.0f}x size")
    print(f"batch of {args.batch} notices in one PDF (median of 3): {batch_s:.2f} s, {batch_pages} pages, "
          f"{batch_bytes / 1024:.0f} KB ({batch_bytes / batch_pages / 1024:.1f} KB a page; aim < 10 s)")
    dossier_s, dossier_pages, dossier_bytes = sorted(one_dossier(dossier()) for _ in range(3))[1]
    per_page = dossier_s * 1000 / dossier_pages
    print(f"whole dossier, stress data (median of 3): {dossier_s:.2f} s, {dossier_pages} pages, "
          f"{dossier_bytes / 1024:.0f} KB ({dossier_bytes / dossier_pages / 1024:.1f} KB a page); "
          f"{per_page:.0f} ms a page = {per_page / (batch_s * 1000 / batch_pages):.1f}x a batch notice page "
          f"(laid out twice: the index numbers the pages)")
    return 0


def one_notice_data(data: NoticeInfo) -> float:
    """Milliseconds of one notice with ``data``."""
    out = io.BytesIO()
    start = time.perf_counter()
    SPEC.render(data, out)
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    raise SystemExit(main())
