"""The culture-wall poster (文化墙 / 公示板) of a community's legal-clarity persons.

Only persons who consented to be shown appear (REFERENCE.md §7 item 7); the phone only where they agreed
(``phone is None`` otherwise). A missing or unreadable photo prints a neat placeholder.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, PageBreak, Spacer, Table

from guanlan_desk.forms.blocks import Val, one_line, para
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


def photo(data: bytes | None, zoom: float = 1.0) -> Flowable:
    """The photo scaled into the frame (``zoom`` times the usual size), or the placeholder when there is none."""
    if data:
        try:
            reader = ImageReader(io.BytesIO(data))
            reader.getRGBData()  # decode now: a truncated file must not fail half-way through the PDF
            width, height = reader.getSize()
        except (OSError, ValueError, SyntaxError):
            return PhotoPlaceholder(PHOTO_W * zoom, PHOTO_H * zoom)
        scale = min(PHOTO_W / width, PHOTO_H / height) * zoom
        return Image(io.BytesIO(data), width=width * scale, height=height * scale)
    return PhotoPlaceholder(PHOTO_W * zoom, PHOTO_H * zoom)


def card(person: LcpInfo | None, width: float, height: float | None = None, zoom: float = 1.0) -> Table:
    """Photo left; name (on one line), roles, community, contact and recent services right."""
    s = styles()
    p = person or LcpInfo()
    name_style = s.title.clone("card_name", fontSize=16, leading=22, alignment=0, textColor=ACCENT, spaceAfter=0)
    where = "\u3000".join(x for x in (p.community, p.grid) if x)
    lines: list[Flowable] = [one_line(name_style, Val(p.name, 5), smallest=10),
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
    table = Table([[photo(p.photo, zoom), lines]], colWidths=[PHOTO_W * zoom + 8, width - PHOTO_W * zoom - 8],
                  rowHeights=None if height is None else [height])
    table.setStyle(table_style([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#C8A2A2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


GAP = 4 * mm
MAX_ZOOM = 1.6


def _natural(people: list[LcpInfo | None], width: float) -> float:
    return max(float(card(p, width).wrap(width, FRAME_HEIGHT)[1]) for p in people)


def _cards(rows: list[list[LcpInfo | None]], width: float, columns: int, room: float) -> list[Flowable]:
    """The rows of cards, stretched so that each page of the wall is filled (and split into pages evenly)."""
    natural = max(_natural(r, width) for r in rows)
    if len(rows) * (natural + GAP) > room:  # more than a page: as many rows a page as fit, smaller photos
        zoomed = max(float(card(p, width, zoom=0.75).wrap(width, FRAME_HEIGHT)[1]) for r in rows for p in r)
        if int(room // (zoomed + GAP)) > int(room // (natural + GAP)):
            return _cards_at(rows, width, columns, room, zoomed, 0.75)
    return _cards_at(rows, width, columns, room, natural, None)


def _cards_at(rows: list[list[LcpInfo | None]], width: float, columns: int, room: float, natural: float,
              fixed_zoom: float | None) -> list[Flowable]:
    per_page = max(1, int(room // (natural + GAP)))
    pages = -(-len(rows) // per_page)
    per_page = -(-len(rows) // pages)  # the same number of rows on every page
    height = max(natural, min(room / per_page - GAP, room / 2 - GAP))
    zoom = fixed_zoom or max(1.0, min(MAX_ZOOM, height / natural, (width * 0.45) / PHOTO_W))
    out: list[Flowable] = []
    for start in range(0, len(rows), per_page):
        chunk = rows[start:start + per_page]
        data = [[card(p, width, height, zoom) for p in r] + [""] * (columns - len(r)) for r in chunk]
        table = Table(data, colWidths=[width + GAP] * columns)
        table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), GAP),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), GAP),
                                    ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        if out:
            out.append(PageBreak())
        out.append(table)
    return out


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
    footer = [Spacer(0, 2 * mm), para(s.cell, "法律顾问：", Val(wall.adviser, 12), "\u3000\u3000服务热线：",
                                      Val(wall.hotline, 8))]
    # one card a row for one or two persons (bigger), two a row otherwise; the rows fill the page
    columns = 1 if len(persons) <= 2 else 2
    width = (FRAME_WIDTH - 12 - GAP * columns) / columns
    rows = [persons[i:i + columns] for i in range(0, len(persons), columns)]
    used = sum(f.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] + f.getSpaceAfter() + f.getSpaceBefore() for f in [*out, *footer])
    if rows:
        out += _cards(rows, width, columns, FRAME_HEIGHT - 12 - used)
    return out + footer


SPEC = DocumentSpec("lcp_wall", "法律明白人文化墙海报", "lcp", LcpWallInfo, story)
