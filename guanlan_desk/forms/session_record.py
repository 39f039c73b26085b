"""人民调解记录: the record of a mediation session (REFERENCE.md §1.7)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from guanlan_desk.domain.enums import SessionOutcome, label
from guanlan_desk.forms.blocks import Val, check, para
from guanlan_desk.forms.grid import SPAN
from guanlan_desk.forms.data import SessionInfo
from guanlan_desk.forms.records import CONFIRM, record_story, when
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import styles
from guanlan_desk.forms.text import names

TITLE = "人民调解记录"


def story(session: SessionInfo) -> list[Flowable]:
    """Time, place, matter, who took part, the transcript, the result, the signatures."""
    s = styles()
    present = session.parties_present or tuple(p.name for p in session.case.parties)
    head = [
        ["时间", Val(when(session)), SPAN, SPAN],
        ["地点", Val(session.place), "事由", Val(session.matter or session.case.title)],
        ["当事人", Val(names(present)), SPAN, SPAN],
        ["参加人", Val(session.participants), SPAN, SPAN],
        ["调解员", Val(names(session.mediators or session.case.mediators)), "记录人",
         Val(session.recorder or session.case.recorder)],
    ]
    result = para(s.form, "调解结果：", check((label(o), o is session.outcome) for o in SessionOutcome))
    # one line for each party present (two blank ones on a blank form), then the committee's side
    signers = [("当事人", name) for name in present] or [("当事人", ""), ("当事人", "")]
    signers += [("调解员", n) for n in session.mediators or session.case.mediators or ("",)]
    signers += [("记录人", session.recorder or session.case.recorder), ("参加人", "")]
    return record_story(TITLE, session, head, [result, para(s.form_indent, CONFIRM)], signers,
                        "本页记录已看过（已向我宣读），无误。当事人签名：" + "_" * 24)


SPEC = DocumentSpec("session_record", TITLE, "dispute", SessionInfo, story)
