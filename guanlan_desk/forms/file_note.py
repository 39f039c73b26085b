"""卷宗情况说明: a free-text note on the file (REFERENCE.md §1.12)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from guanlan_desk.forms.blocks import Val, closing, para, paras, signature, title
from guanlan_desk.forms.grid import SPAN, grid
from guanlan_desk.forms.data import FileNoteInfo
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import styles

TITLE = "卷宗情况说明"


def story(note: FileNoteInfo) -> list[Flowable]:
    """The file's name and number, the explanation, who wrote it and when."""
    s = styles()
    case = note.case
    head = grid([["卷名", Val(case.title), SPAN, SPAN], ["卷号", Val(case.case_no), "调解员", Val("、".join(case.mediators))]],
                (2, 5, 2, 5))
    body = paras(s.letter, note.text, blank_lines=12)
    sign = signature("说明人（签名）", name=note.author, on=note.written_on, style=s.letter_flush)
    return [*title(TITLE), *head, para(s.letter_flush, "说明："), *body[:-1], closing(body[-1:], sign)]


SPEC = DocumentSpec("file_note", TITLE, "dispute", FileNoteInfo, story)
