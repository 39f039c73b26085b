"""The culture-wall poster (文化墙 / 公示板) of a community's legal-clarity persons.

Only persons who consented to be shown appear (REFERENCE.md §7 item 7); the phone only where they agreed
(``phone is None`` otherwise). A missing or unreadable photo prints a neat placeholder.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Spacer, Table

from guanlan_desk.forms.blocks import Val, para
from guanlan_desk.forms.data import LcpInfo, LcpWallInfo
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import FRAME_HEIGHT, FRAME_WIDTH, styles, table_style
from guanlan_desk.forms.text import fmt_date

TITLE = "法律明白人风采"
PHOTO_W, PHOTO_H = 27 * mm, 36 * mm
ACCENT = colors.HexColor("#A61B1B")
BLANK_CARDS = 4
MAX_SERVICES = 3


class PhotoPlaceholder(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A light frame with a head-and-shoulders outline, where a photo would be."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The photo's size."""
        return self.width, self.height

    def draw(self) -> None:
        """Frame, head, shoulders and the word 照片."""
        c, w, h = self.canv, self.width, self.height
        c.setFillColor(colors.HexColor("#F2F2F2"))
        c.setStrokeColor(colors.HexColor("#BBBBBB"))
        c.roundRect(0, 0, w, h, 3, stroke=1, fill=1)
        c.setFillColor(colors.HexColor("#CCCCCC"))
        c.circle(w / 2, h * 0.62, w * 0.18, stroke=0, fill=1)
        c.ellipse(w * 0.18, h * 0.12, w * 0.82, h * 0.48, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#888888"))
        c.setFont(styles().small.fontName, 8)
        c.drawCentredString(w / 2, h * 0.04, "照片")


def photo(data: bytes | None) -> Flowable:
    """The photo scaled into the frame, or the placeholder when there is none or it cannot be read."""
    if data:
        try:
            reader = ImageReader(io.BytesIO(data))
            reader.getRGBData()  # decode now: a truncated file must not fail half-way through the PDF
            width, height = reader.getSize()
        except (OSError, ValueError, SyntaxError):
            return PhotoPlaceholder(PHOTO_W, PHOTO_H)
        scale = min(PHOTO_W / width, PHOTO_H / height)
        return Image(io.BytesIO(data), width=width * scale, height=height * scale)
    return PhotoPlaceholder(PHOTO_W, PHOTO_H)


def card(person: LcpInfo | None, width: float, height: float | None = None) -> Table:
    """Photo left; name, roles, community, contact and recent services right."""
    s = styles()
    p = person or LcpInfo()
    name_style = s.title.clone("card_name", fontSize=16, leading=22, alignment=0, textColor=ACCENT, spaceAfter=0)
    where = "\u3000".join(x for x in (p.community, p.grid) if x)
    lines: list[Flowable] = [para(name_style, Val(p.name, 5)),
                             para(s.cell_small, Val("、".join(p.identities), 9)),
                             para(s.cell_small, "所在社区：", Val(where, 5))]
    if p.phone is not None or person is None:
        lines.append(para(s.cell_small, "联系电话：", Val(p.phone or "", 5)))
    services = p.recent_services[:MAX_SERVICES]
    if services or person is None:
        lines.append(para(s.cell_small, "近期服务："))
        lines += [para(s.cell_small, "· ", Val(item, 9)) for item in services or ("",)]
    if p.bio:
        lines.append(para(s.cell_small, p.bio))
    table = Table([[photo(p.photo), lines]], colWidths=[PHOTO_W + 8, width - PHOTO_W - 8],
                  rowHeights=None if height is None else [height])
    table.setStyle(table_style([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#C8A2A2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _pair(people: list[LcpInfo | None], width: float) -> list[Table | str]:
    """Two cards side by side, as tall as the taller one (a row of the wall lines up)."""
    height = max(card(p, width).wrap(width, FRAME_HEIGHT)[1] for p in people)
    cards: list[Table | str] = [card(p, width, height) for p in people]
    return cards + [""] * (2 - len(cards))


def story(wall: LcpWallInfo) -> list[Flowable]:
    """A red title band, two cards a row, the legal adviser and the hotline underneath."""
    s = styles()
    persons: list[LcpInfo | None] = [p for p in wall.persons if p.consent]
    if not wall.persons:
        persons = [None] * BLANK_CARDS
    heading = s.title.clone("wall_title", fontSize=26, leading=34, textColor=ACCENT)
    sub = s.doc_no.clone("wall_sub", textColor=ACCENT)
    out: list[Flowable] = [para(heading, wall.title or TITLE),
                           para(sub, Val(wall.community, 10), "\u3000", fmt_date(wall.issued_on))]
    rule = Table([[""]], colWidths=[FRAME_WIDTH], rowHeights=[3])
    rule.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), ACCENT)]))
    out += [rule, Spacer(0, 5 * mm)]
    half = (FRAME_WIDTH - 6 * mm) / 2
    rows = [_pair(persons[i:i + 2], half) for i in range(0, len(persons), 2)]
    if rows:
        cards = Table(rows, colWidths=[half + 3 * mm, half + 3 * mm], splitByRow=1)
        cards.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm)]))
        out.append(cards)
    out.append(Spacer(0, 4 * mm))
    out.append(para(s.cell, "法律顾问：", Val(wall.adviser, 12), "\u3000\u3000服务热线：", Val(wall.hotline, 8)))
    return out


SPEC = DocumentSpec("lcp_wall", "法律明白人文化墙海报", "lcp", LcpWallInfo, story)
