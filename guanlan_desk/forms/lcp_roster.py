"""法律明白人名册: a community's legal-clarity persons (REFERENCE.md §4.3)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from guanlan_desk.forms.blocks import Val, one_line, para, title
from guanlan_desk.forms.layout import landscape
from guanlan_desk.forms.grid import Cell, grid
from guanlan_desk.forms.data import LcpInfo, LcpRosterInfo
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import L_FRAME_WIDTH, styles
from guanlan_desk.forms.text import DATE_BLANK, fmt_date

TITLE = "法律明白人名册"
HEADER = ("序号", "姓名", "性别", "出生年份", "政治面貌", "身份类别", "所在社区（网格）", "联系电话", "认定日期", "证书编号")
WIDTHS = (0.8, 1.6, 0.8, 1.4, 1.8, 3.2, 2.8, 2.2, 2.2, 2.6)  # landscape: phone, date, certificate no. on one line
BLANK_ROWS = 15


def shown(roster: LcpRosterInfo) -> tuple[LcpInfo, ...]:
    """Everyone on an internal roster; only those who consented on one that is put up in public."""
    return tuple(p for p in roster.persons if p.consent) if roster.public else roster.persons


def _row(i: int, p: LcpInfo) -> list[Cell]:
    where = "（".join((p.community, p.grid)) + "）" if p.grid else p.community
    s = styles()
    return [Val(str(i)), one_line(s.cell_small, p.name) if p.name else None, Val(p.sex), Val("" if p.birth_year is None else str(p.birth_year)),
            Val(p.political_status), Val("、".join(p.identities)), Val(where),
            one_line(s.cell_small, "—" if p.phone is None else p.phone), one_line(s.cell_small, fmt_date(p.recognised_on)),
            one_line(s.cell_small, p.certificate_no) if p.certificate_no else None]


def story(roster: LcpRosterInfo) -> list[Flowable]:
    """Who compiled it and when, then one row a person (or empty rows to write in); the header repeats."""
    s = styles()
    persons = shown(roster)
    rows: list[list[Cell]] = [list(HEADER)]
    rows += [_row(i, p) for i, p in enumerate(persons, start=1)]
    rows += [[None] * len(HEADER) for _ in range(0 if persons else BLANK_ROWS)]
    heading = roster.title or (f"{roster.community}{TITLE}" if roster.community else TITLE)
    meta = para(s.cell, "填报单位：", Val(roster.community, 8), "\u3000\u3000填报人：", Val(roster.compiled_by, 4),
                "\u3000\u3000填报日期：", fmt_date(roster.compiled_on) or DATE_BLANK)
    table = grid(rows, WIDTHS, label=s.label_small, value=s.cell_small, repeat_rows=1,
                 heights={r: 9 for r in range(1, len(rows))}, width=L_FRAME_WIDTH)
    return landscape([*title(heading), meta, *table])


SPEC = DocumentSpec("lcp_roster", TITLE, "roster", LcpRosterInfo, story)
