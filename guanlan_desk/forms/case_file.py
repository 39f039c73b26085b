"""The case file (调解卷宗): cover, index (卷内目录), back cover, and the whole dossier as one PDF.

The dossier prints the documents in the index's order (REFERENCE.md §1.1). The index needs the page on
which each document starts, so the dossier is laid out twice: the first pass records the pages, the
second prints them (the index has a fixed number of rows, so the second pass paginates the same).
"""

from __future__ import annotations

import io
from functools import partial
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from guanlan_desk.domain.enums import AgreementKind, SessionKind, Source
from guanlan_desk.forms import (
    agreement,
    application,
    file_note,
    follow_up,
    intake_register,
    investigation_record,
    judicial_confirmation,
    notice_to_attend,
    oral_agreement,
    rights_notice,
    session_record,
)
from guanlan_desk.forms.blocks import Val, para, title
from guanlan_desk.forms.grid import Cell, grid
from guanlan_desk.forms.data import AttachmentSlot, CaseFileInfo, CaseInfo
from guanlan_desk.forms.layout import build_pdf, join_documents, page_probe
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import FRAME_WIDTH, styles, table_style
from guanlan_desk.forms.text import DATE_BLANK, fmt_date

COVER_TITLE = "调解卷宗"
INDEX_TITLE = "卷内目录"
BACK_TITLE = "卷宗封底"
INDEX_ROWS = 16


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the index: a printed document (``story``) or paper attachments, and whether it is required."""

    title: str
    required: bool
    story: Callable[[], list[Flowable]] | None = None
    attachment_pages: int | None = None
    remark: str = ""


def entries(info: CaseFileInfo) -> list[Entry]:
    """The index rows in the ministry's order, present items and required ones."""
    case = info.case
    att = {slot: [a for a in info.attachments if a.slot is slot] for slot in AttachmentSlot}

    def paper(title_zh: str, slot: AttachmentSlot, required: bool = False) -> Entry:
        items = att[slot]
        pages = sum(a.pages or 0 for a in items) or None
        remark = "；".join((a.remark or a.title) + (f"（{a.pages}页）" if a.pages else "")
                           for a in items if a.remark or a.title)
        return Entry(title_zh, required, attachment_pages=pages, remark=("另附：" + remark) if remark else "")

    def printed(title_zh: str, required: bool, stories: Sequence[Callable[[], list[Flowable]]]) -> Entry:
        if not stories:
            return Entry(title_zh, required)
        return Entry(title_zh, required, story=lambda: join_documents([make() for make in stories]))

    sessions = {kind: [s for s in info.sessions if s.kind is kind] for kind in SessionKind}
    applied = case.source is Source.PARTY_APPLICATION
    first = (application.TITLE, application.story) if applied else (intake_register.TITLE, intake_register.story)
    first_title = first[0] if case.source is not None else f"{application.TITLE}（{intake_register.TITLE}）"
    out = [printed(first_title, True, [lambda: first[1](case)] if case.case_no or case.parties else [])]
    out.append(printed(rights_notice.TITLE, True, [lambda: rights_notice.story(case)] if case.parties else []))
    if info.notices:
        out.append(printed("调解通知书及送达回执", False, [partial(notice_to_attend.story, n) for n in info.notices]))
    out += [paper("当事人身份证明", AttachmentSlot.IDENTITY, True), paper("授权委托书", AttachmentSlot.POWER_OF_ATTORNEY)]
    out.append(printed(investigation_record.TITLE, False,
                       [partial(investigation_record.story, x) for x in sessions[SessionKind.INVESTIGATION]]))
    out.append(paper("人民调解证据材料", AttachmentSlot.EVIDENCE))
    out.append(printed(session_record.TITLE, True,
                       [partial(session_record.story, x) for x in sessions[SessionKind.MEDIATION]]))
    deal = info.agreement
    if deal is not None and deal.kind is AgreementKind.ORAL:
        out.append(printed(oral_agreement.TITLE, True, [lambda: oral_agreement.story(deal)]))
    else:
        out.append(printed(agreement.TITLE, True, [lambda: agreement.story(deal)] if deal is not None else []))
    out.append(paper("收条或汇款单等履行凭证", AttachmentSlot.PERFORMANCE))
    out.append(printed(follow_up.TITLE, False, [partial(follow_up.story, v) for v in info.follow_ups]))
    jc = info.judicial_confirmation
    jc_entry = printed("司法确认有关材料", False, [lambda: judicial_confirmation.story(
        jc, organisation=any(p.is_organisation for p in case.parties))] if jc is not None else [])
    out.append(jc_entry if jc is not None else paper("司法确认有关材料", AttachmentSlot.JUDICIAL))
    note = info.file_note
    out.append(printed(file_note.TITLE, False, [lambda: file_note.story(note)] if note is not None else []))
    return [e for e in out if e.required or e.story is not None or e.attachment_pages or e.remark]


def cover(case: CaseInfo) -> list[Flowable]:
    """The committee, 调解卷宗, and the cover's eight fields on ruled lines."""
    s = styles()
    dates = [fmt_date(case.received_date), fmt_date(case.closed_on)]
    span = f"{dates[0]}至{dates[1]}" if any(dates) else ""
    fields = [("卷\u3000\u3000名", case.title), ("卷\u3000\u3000号", case.case_no),
              ("人民调解员", "、".join(case.mediators)), ("调解日期", span), ("立\u2002卷\u2002人", case.compiled_by),
              ("立卷日期", fmt_date(case.compiled_on)), ("保管期限", case.retention_label), ("备\u3000\u3000注", case.remarks)]
    rows = [[para(s.letter_flush, label), para(s.letter_flush, Val(value, 1) if value else "")] for label, value in fields]
    table = Table(rows, colWidths=[36 * mm, FRAME_WIDTH - 44 * mm], hAlign="CENTER")
    table.setStyle(table_style([("LINEBELOW", (1, 0), (1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("TOPPADDING", (0, 0), (-1, -1), 12)]))
    committee = para(s.doc_no, Val(case.committee_name, 12) if case.committee_name else "________人民调解委员会")
    big = styles().title.clone("cover_title", fontSize=42, leading=56, spaceBefore=30 * mm, spaceAfter=30 * mm)
    return [committee, para(big, COVER_TITLE), table]


def index(rows: Sequence[Entry], pages: Mapping[str, tuple[int, int]]) -> list[Flowable]:
    """序号 / 文书名称 / 页号 / 备注, padded with empty rows to write in."""
    s = styles()
    data: list[list[Cell]] = [["序号", "文书名称", "页号", "备注"]]
    for i, entry in enumerate(rows, start=1):
        first, last = pages.get(entry.title, (0, 0))
        where = (f"{first}" if first == last else f"{first}–{last}") if first else ""
        data.append([para(s.cell_center, str(i)), Val(entry.title), para(s.cell_center, where), Val(entry.remark)])
    data += [[None] * 4 for _ in range(max(0, INDEX_ROWS - len(rows)))]
    return [*title(INDEX_TITLE), *grid(data, (1.2, 6, 1.8, 4), value=s.cell, heights={r: 9 for r in range(1, len(data))})]


def back_cover(info: CaseFileInfo, printed_pages: int | None) -> list[Flowable]:
    """本卷情况: pages and attachments, who compiled and checked the file, and when."""
    s = styles()
    papers = sum(1 for a in info.attachments)
    count = Val(str(printed_pages) if printed_pages else "", 3)
    lines = [para(s.letter, "本卷共有打印文书", count, "页，另附纸质材料", Val(str(papers) if papers else "", 3), "份。"),
             para(s.letter_flush, "立卷人：", Val(info.case.compiled_by, 6), "\u3000\u3000检查人：", Val(info.checker, 6)),
             para(s.letter_flush, "立卷日期：", fmt_date(info.case.compiled_on) or DATE_BLANK)]
    box = Table([[lines]], colWidths=[FRAME_WIDTH])
    box.setStyle(table_style([("BOX", (0, 0), (-1, -1), 1.2, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 18),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 18), ("LEFTPADDING", (0, 0), (-1, -1), 16)]))
    return [*title("卷内备考表"), Spacer(0, 10 * mm), box]


def _dossier(info: CaseFileInfo, pages: Mapping[str, tuple[int, int]], total: int | None) -> list[list[Flowable]]:
    rows = entries(info)
    parts: list[list[Flowable]] = [cover(info.case), index(rows, pages)]
    for entry in rows:
        if entry.story is not None:
            parts.append([page_probe(entry.title), *entry.story()])
    parts.append([page_probe(BACK_TITLE), *back_cover(info, total)])
    return parts


def page_ranges(info: CaseFileInfo) -> tuple[dict[str, tuple[int, int]], int]:
    """The first pass: each printed entry's first and last page, and the dossier's page count."""
    total, probes = build_pdf(io.BytesIO(), join_documents(_dossier(info, {}, None)), title=COVER_TITLE, dossier=True)
    order = sorted(probes.items(), key=lambda kv: kv[1])
    ranges = {key: (page, order[i + 1][1] - 1) for i, (key, page) in enumerate(order[:-1])}
    return ranges, total


def dossier_story(info: CaseFileInfo) -> list[Flowable]:
    """The whole dossier as one story, its index numbered from a first pass."""
    return join_documents(_dossier(info, *page_ranges(info)))


def write(info: CaseFileInfo, out: BinaryIO) -> int:
    """The whole dossier into ``out``, with the file's running page numbers; returns the page count."""
    pages, _ = build_pdf(out, dossier_story(info), title=f"{COVER_TITLE} {info.case.case_no}".strip(),
                         subject="case_file", dossier=True)
    return pages


def _index_story(info: CaseFileInfo) -> list[Flowable]:
    return index(entries(info), page_ranges(info)[0])


def _back_story(info: CaseFileInfo) -> list[Flowable]:
    return back_cover(info, page_ranges(info)[1] if info.case.case_no else None)


SPEC = DocumentSpec("case_file", "调解卷宗（整卷）", "dispute", CaseFileInfo, dossier_story, write)
SPEC_COVER = DocumentSpec("case_file_cover", "调解卷宗封面", "dispute", CaseInfo, cover)
SPEC_INDEX = DocumentSpec("case_file_index", INDEX_TITLE, "dispute", CaseFileInfo, _index_story)
SPEC_BACK = DocumentSpec("case_file_back", BACK_TITLE, "dispute", CaseFileInfo, _back_story)
