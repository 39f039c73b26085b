"""The shared shape of the 调查记录 and the 调解记录: a head grid, the transcript, the signatures."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Spacer

from guanlan_desk.forms.blocks import closing, para, paras, signature, title
from guanlan_desk.forms.grid import Cell, grid
from guanlan_desk.forms.data import SessionInfo
from guanlan_desk.forms.styles import styles
from guanlan_desk.forms.text import fmt_datetime, fmt_time

BLANK_LINES = 12


def when(session: SessionInfo) -> str:
    """``2026年3月12日14时30分至16时``."""
    start = fmt_datetime(session.started_at)
    if start and session.ended_at is not None:
        same_day = session.started_at is not None and session.ended_at.date() == session.started_at.date()
        return f"{start}至{fmt_time(session.ended_at) if same_day else fmt_datetime(session.ended_at)}"
    return start


def record_story(doc_title: str, session: SessionInfo, head: Sequence[Sequence[Cell]],
                 tail: Sequence[Flowable], signers: Sequence[str]) -> list[Flowable]:
    """Title and case number, the head grid, ``记录：`` and the transcript, ``tail``, the signature lines."""
    s = styles()
    out: list[Flowable] = [*title(doc_title, session.case.case_no or None), *grid(head, (2, 5, 2, 5))]
    out.append(Spacer(0, 6))
    out.append(para(s.form, "记录："))
    out += paras(s.form_indent, session.content, blank_lines=BLANK_LINES)
    lines = [signature(f"{who}（签名）", style=s.form, blank_width=10) for who in signers]
    out.append(closing([*tail, *lines[:-1]], lines[-1]))
    return out
