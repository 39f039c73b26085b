"""人民调解调查记录 (REFERENCE.md §1.6)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from guanlan_desk.forms.blocks import Val, para
from guanlan_desk.forms.grid import SPAN
from guanlan_desk.forms.data import SessionInfo
from guanlan_desk.forms.records import CONFIRM, record_story, when
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import styles
from guanlan_desk.forms.text import names

TITLE = "人民调解调查记录"


def story(session: SessionInfo) -> list[Flowable]:
    """Time, place, who was questioned and by whom, the Q&A, and the interviewee's confirmation."""
    s = styles()
    head = [
        ["时间", Val(when(session)), SPAN, SPAN],
        ["地点", Val(session.place), SPAN, SPAN],
        ["调查人", Val(names(session.investigators or session.mediators)), "记录人", Val(session.recorder)],
        ["被调查人", Val(session.interviewee), "参加人", Val(session.participants)],
    ]
    confirm = para(s.form_indent, CONFIRM)
    investigators = session.investigators or session.mediators
    signers = [("被调查人", session.interviewee), *(("调查人", n) for n in investigators or ("",)),
               ("记录人", session.recorder)]
    return record_story(TITLE, session, head, [confirm], signers,
                        "本页记录我已看过，与我说的相符。被调查人签名：" + "_" * 16)


SPEC = DocumentSpec("investigation_record", TITLE, "dispute", SessionInfo, story)
