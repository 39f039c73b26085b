"""Building a PDF: A4 pages with GB/T 9704 margins, page numbers per document, PDF metadata.

Several documents can share one PDF (a batch of notices, a whole case file): each starts with a
:class:`DocStart` marker, and page numbers ("— 1 —", only on documents of more than one page) restart
there. Page decorations are drawn when the canvas is saved, once every document's length is known.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate
from reportlab.platypus.doctemplate import BaseDocTemplate

from guanlan_desk.forms.fonts import font_set
from guanlan_desk.forms.styles import (
    BOTTOM,
    L_BOTTOM,
    L_LEFT,
    L_RIGHT,
    L_TOP,
    LEFT,
    PAGE_HEIGHT,
    PAGE_NO_PT,
    PAGE_SIZE,
    PAGE_WIDTH,
    RIGHT,
    TOP,
)

PORTRAIT, LANDSCAPE = "portrait", "landscape"

CREATOR = "guanlan_desk"


class PrintCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """A canvas that keeps its pages until ``save`` so it can number each document's pages."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []
        self.starts: list[int] = [0]
        self.probes: dict[str, int] = {}
        self.footers: dict[int, str] = {}  # document start page -> a line to sign on every page of it
        self.dossier = False
        self.page_count = 0

    def start_document(self) -> None:
        """A new document begins on the current page."""
        index = len(self._saved)
        if self.starts[-1] != index:
            self.starts.append(index)

    def page_footer(self, text: str) -> None:
        """Every page of the current document (when it has more than one) carries ``text`` at its foot."""
        self.footers[self.starts[-1]] = text

    def probe(self, key: str) -> None:
        """Remember the (1-based) page on which ``key`` was drawn."""
        self.probes.setdefault(key, len(self._saved) + 1)

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        """Keep the page; it is drawn for real in :meth:`save`."""
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Decorate every kept page, then write the file."""
        total = len(self._saved)
        bounds = [*self.starts, total]
        for index, state in enumerate(self._saved):
            self.__dict__.update(state)
            doc = max(i for i, start in enumerate(self.starts) if start <= index)
            first, end = bounds[doc], bounds[doc + 1]
            if end - first > 1:
                if not self.dossier:  # a dossier has one scheme: the file's running page number
                    self._page_number(index - first + 1)
                if first in self.footers:
                    self._footer(self.footers[first])
            if self.dossier:
                self._dossier_number(index + 1)
            Canvas.showPage(self)
        self.page_count = total
        Canvas.save(self)

    def _box(self) -> tuple[float, float, float, float]:
        """The page width, and the type area's left, right and bottom edges of the current page."""
        width = float(self._pagesize[0])
        if width > float(self._pagesize[1]):
            return width, L_LEFT, width - L_RIGHT, L_BOTTOM
        return width, LEFT, width - RIGHT, BOTTOM

    def _page_number(self, number: int) -> None:
        """"— 1 —", 7 mm below the type area; odd pages right, even pages left, one character in."""
        self.setFont(str(font_set().body), PAGE_NO_PT)
        text = f"— {number} —"
        _, left, right, bottom = self._box()
        y = bottom - 7 * mm - PAGE_NO_PT
        if number % 2:
            self.drawRightString(right - PAGE_NO_PT, y, text)
        else:
            self.drawString(left + PAGE_NO_PT, y, text)

    def _footer(self, text: str) -> None:
        """A line to sign on, centred just under the type area (above the page number)."""
        self.setFont(str(font_set().body), 10.5)
        _, left, right, bottom = self._box()
        self.drawCentredString((left + right) / 2, bottom - 16, text)

    def _dossier_number(self, number: int) -> None:
        """The file's running page number (卷内页号), top right, as archives number sheets."""
        self.setFont(str(font_set().body), 10.5)
        self.drawRightString(float(self._pagesize[0]) - 12 * mm, float(self._pagesize[1]) - 12 * mm, str(number))


class _Marker(Flowable):  # type: ignore[misc]
    """A zero-size flowable that tells the canvas something when it is drawn."""

    def __init__(self, action: Callable[[PrintCanvas], None]) -> None:
        super().__init__()
        self._action = action
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Takes no room."""
        return 0, 0

    def draw(self) -> None:
        """Run the action on the print canvas."""
        self._action(self.canv)


def doc_start() -> Flowable:
    """Marks the start of a document inside a shared PDF (page numbers restart here)."""
    return _Marker(lambda canvas: canvas.start_document())


def page_footer(text: str) -> Flowable:
    """Puts ``text`` at the foot of every page of the current document when it runs to several pages."""
    return _Marker(lambda canvas: canvas.page_footer(text))


def page_probe(key: str) -> Flowable:
    """Records the page on which it lands under ``key`` (for the case-file index)."""
    return _Marker(lambda canvas: canvas.probe(key))


class Orientation(Flowable):  # type: ignore[misc]
    """The first flowable of a document printed in landscape (:func:`landscape`)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Takes no room."""
        return 0, 0

    def draw(self) -> None:
        """Nothing to draw: :func:`join_documents` switched the page template."""


def landscape(story: list[Flowable]) -> list[Flowable]:
    """``story`` on landscape A4 pages (a table of many columns: the roster)."""
    return [Orientation(LANDSCAPE), *story]


def _orientation(part: Sequence[Flowable]) -> str:
    return part[0].name if part and isinstance(part[0], Orientation) else PORTRAIT


def join_documents(stories: Sequence[list[Flowable]]) -> list[Flowable]:
    """One story of several documents, each on fresh pages (in its orientation) with its own page numbers."""
    story: list[Flowable] = []
    for i, part in enumerate(stories):
        orientation = _orientation(part)
        if i:
            story += [NextPageTemplate(orientation), PageBreak()]
        else:
            story.append(Orientation(orientation))  # tells build_pdf which template to start with
        story.append(doc_start())
        story.extend(part)
    return story


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    """A4 templates, portrait and landscape; the built canvas stays reachable for its page count and probes."""

    def __init__(self, out: BinaryIO, *, title: str, subject: str, author: str, first: str) -> None:
        super().__init__(out, pagesize=PAGE_SIZE, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                         bottomMargin=BOTTOM, title=title, subject=subject, author=author, creator=CREATOR,
                         producer=CREATOR, lang="zh-CN", initialFontName=str(font_set().body))
        portrait = PageTemplate(PORTRAIT, [Frame(LEFT, BOTTOM, PAGE_WIDTH - LEFT - RIGHT, PAGE_HEIGHT - TOP - BOTTOM,
                                                 id="body")], pagesize=PAGE_SIZE)
        wide = PageTemplate(LANDSCAPE, [Frame(L_LEFT, L_BOTTOM, PAGE_HEIGHT - L_LEFT - L_RIGHT,
                                              PAGE_WIDTH - L_TOP - L_BOTTOM, id="body")],
                            pagesize=(PAGE_HEIGHT, PAGE_WIDTH))
        self.addPageTemplates([wide, portrait] if first == LANDSCAPE else [portrait, wide])


def build_pdf(out: BinaryIO, story: list[Flowable], *, title: str, subject: str = "", author: str = "",
              dossier: bool = False) -> tuple[int, Mapping[str, int]]:
    """Lay out ``story`` into ``out``; returns the page count and the pages of the :func:`page_probe` s."""
    first = next((f.name for f in story[:1] if isinstance(f, Orientation)), PORTRAIT)
    doc = _Doc(out, title=title, subject=subject, author=author, first=first)
    canvases: list[PrintCanvas] = []

    def make_canvas(*args: Any, **kwargs: Any) -> PrintCanvas:
        canvas = PrintCanvas(*args, **kwargs)
        canvas.dossier = dossier
        canvases.append(canvas)
        return canvas

    doc.build(story, canvasmaker=make_canvas)
    canvas = canvases[-1]
    return canvas.page_count, dict(canvas.probes)
