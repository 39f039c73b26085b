"""The shared shape of the 调查记录 and the 调解记录: a head grid, the transcript, the signatures."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Spacer, Table

from guanlan_desk.forms.blocks import closing, para, paras, signature, title
from guanlan_desk.forms.layout import page_footer
from guanlan_desk.forms.grid import Cell, grid
from guanlan_desk.forms.data import SessionInfo
from guanlan_desk.forms.styles import FRAME_WIDTH, styles, table_style
from guanlan_desk.forms.text import fmt_datetime, fmt_time

BLANK_LINES = 12


def when(session: SessionInfo) -> str:
    """``2026年3月12日14时30分至16时``."""
    start = fmt_datetime(session.started_at)
    if start and session.ended_at is not None:
        same_day = session.started_at is not None and session.ended_at.date() == session.started_at.date()
        return f"{start}至{fmt_time(session.ended_at) if same_day else fmt_datetime(session.ended_at)}"
    return start


CONFIRM = "以上记录我已看过（已向我宣读），与我说的相符。"


def record_story(doc_title: str, session: SessionInfo, head: Sequence[Sequence[Cell]],
                 tail: Sequence[Flowable], signers: Sequence[tuple[str, str]], footer: str) -> list[Flowable]:
    """Title and case number, the head grid, ``记录：`` and the transcript, ``tail``, the signature lines.

    ``signers`` are (role, name) pairs, one line each; ``footer`` is the line signed on every page of a
    record of several pages (the signer confirms each page).
    """
    s = styles()
    out: list[Flowable] = [page_footer(footer), *title(doc_title, session.case.case_no or None),
                           *grid(head, (2, 5, 2, 5))]
    out.append(Spacer(0, 6))
    out.append(para(s.form, "记录："))
    out += paras(s.form_indent, session.content, blank_lines=BLANK_LINES)
    lines = [signature(f"{role}（签名）", name=name, style=s.form, blank_width=6, dated=False) for role, name in signers]
    pairs = [lines[i:i + 2] + [Spacer(0, 0)] * (2 - len(lines[i:i + 2])) for i in range(0, len(lines), 2)]
    block = Table(pairs, colWidths=[FRAME_WIDTH / 2] * 2)  # two signers a row: a name too long moves down
    block.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 3)]))
    body = out[-1:]
    out[-1:] = [closing([*body, *tail], block)]
    return out
