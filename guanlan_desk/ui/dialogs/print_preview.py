"""The PDF preview with Print… and Save as PDF…, shared by the print dialog and the batch print.

The preview is QtPdf (``QPdfDocument`` + ``QPdfView``, every page, fit to width). Printing renders each
page with ``QPdfDocument.render()`` at the printer's resolution (at most :data:`MAX_PRINT_DPI`) into the
printer's painter on A4; copies and the page range from the print dialog are respected. Every print and
every saved PDF is written to the audit log (:func:`guanlan_desk.printing.bundle.register_output`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from guanlan_desk.printing import jobs
from guanlan_desk.printing.bundle import Bundle, register_output
from guanlan_desk.ui.ops import Op
from guanlan_desk.ui.preferences import Preferences
from guanlan_desk.ui.session import AppSession

ZOOM_STEPS = (50, 75, 100, 150, 200)
MAX_PRINT_DPI = 300  # a 12 pt form prints crisply at 300 dpi; an A4 page image is then ~35 MB, not ~550 MB


def ask_printer(parent: QWidget | None, printer: QPrinter, pages: int) -> bool:
    """Show the system print dialog for ``printer`` (``pages`` to choose a range from); True on Print.

    Tests replace this.
    """
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(pages, 1))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    return bool(dialog.exec() == QPrintDialog.DialogCode.Accepted)


def ask_save_path(parent: QWidget | None, suggested: str) -> str | None:
    """Ask where to save the PDF; ``None`` when cancelled (tests replace this)."""
    title = QCoreApplication.translate("PdfPreview", "Save as PDF")
    pattern = QCoreApplication.translate("PdfPreview", "PDF documents (*.pdf)")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    if not path:
        return None
    return path if path.lower().endswith(".pdf") else path + ".pdf"


def print_document(document: QPdfDocument, printer: QPrinter, *, copies: int = 1,
                   progress: Callable[[int, int], bool] | None = None) -> int:
    """Paint the pages of ``document`` (the printer's page range, ``copies`` times) onto A4; returns pages sent.

    ``progress(done, total)`` is called before each page; when it returns False the job is aborted (nothing
    is printed) and 0 is returned.
    """
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    count = document.pageCount()
    ranged = printer.printRange() != QPrinter.PrintRange.AllPages or printer.fromPage() > 0
    first = max(printer.fromPage(), 1) if ranged and printer.fromPage() else 1
    last = min(printer.toPage(), count) if ranged and printer.toPage() else count
    pages = list(range(first - 1, last))
    copies = max(copies, printer.copyCount(), 1)
    if printer.supportsMultipleCopies():
        printer.setCopyCount(copies)
        runs = 1
    else:
        runs = copies
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    scale = printer.resolution() / dpi
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    sent = 0
    aborted = False
    try:
        painter.scale(scale, scale)
        total = runs * len(pages)
        for _ in range(runs):
            for index in pages:
                if progress is not None and not progress(sent, total):
                    aborted = True
                    printer.abort()  # a spooled job is dropped; a print-to-file keeps no partial file (below)
                    return 0
                if sent:
                    printer.newPage()
                size = document.pagePointSize(index)
                image = document.render(index, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72)))
                painter.drawImage(QPoint(0, 0), image)
                sent += 1
    finally:
        painter.end()
        if aborted and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            Path(printer.outputFileName()).unlink(missing_ok=True)
    return sent


def lay_out_print_dialog(dialog: QDialog, choices: QWidget, preview: QWidget, sizes: tuple[int, int]) -> QLabel:
    """The print dialogs' shape: the choices beside the preview, a status line and Close below; returns the line."""
    splitter = QSplitter(Qt.Orientation.Horizontal, dialog)
    splitter.addWidget(choices)
    splitter.addWidget(preview)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes(list(sizes))
    status = QLabel(dialog)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close.rejected.connect(dialog.reject)
    bottom = QHBoxLayout()
    bottom.addWidget(status, 1)
    bottom.addWidget(close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(splitter, 1)
    layout.addLayout(bottom)
    return status


class PdfPreview(QWidget):
    """A multi-page preview of a rendered bundle with Print… and Save as PDF… (both audited)."""

    printed = Signal(int)  # pages sent to the printer
    saved = Signal(str)  # the path of the saved PDF

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._bundle: Bundle | None = None
        self._copies = 1
        self._suggested = "document.pdf"
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.message)
        self._stack.addWidget(self.view)
        self.zoom = QComboBox(self)
        self.zoom.setToolTip(self.tr("Zoom of the preview"))
        self.zoom.addItem(self.tr("Fit width"), "width")
        self.zoom.addItem(self.tr("Whole page"), "page")
        for percent in ZOOM_STEPS:
            self.zoom.addItem(f"{percent}%", percent)
        self.zoom.currentIndexChanged.connect(self._on_zoom_current_index_changed)
        self.pages_label = QLabel(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setToolTip(self.tr("Print the previewed pages (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.save_button.setToolTip(self.tr("Save the previewed pages as a PDF file (Ctrl+Shift+S)"))
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_button.click)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.save_button.click)
        buttons = QHBoxLayout()
        buttons.addWidget(self.zoom)
        buttons.addWidget(self.pages_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._stack, 1)
        layout.addLayout(buttons)
        self.show_message(self.tr("Choose the documents to preview."))

    @property
    def bundle(self) -> Bundle | None:
        """What is shown (``None`` while nothing is)."""
        return self._bundle

    def set_copies(self, copies: int) -> None:
        """How many copies Print… sends."""
        self._copies = max(copies, 1)

    def show_message(self, text: str) -> None:
        """Show ``text`` instead of a preview; printing and saving are off."""
        self._bundle = None
        self.document.close()
        self.message.setText(text)
        self._stack.setCurrentWidget(self.message)
        self.pages_label.clear()
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def show_bundle(self, bundle: Bundle, suggested_name: str) -> None:
        """Preview ``bundle``; Print… and Save as PDF… act on exactly these bytes."""
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(bundle.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Error:
            self.show_message(self.tr("The preview could not be shown."))
            return
        self._bundle = bundle
        self._suggested = suggested_name
        self._stack.setCurrentWidget(self.view)
        self.pages_label.setText(self.tr("{pages} pages, {documents} documents").format(
            pages=bundle.pages, documents=bundle.documents))
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    @Slot(int)
    def _on_zoom_current_index_changed(self, index: int) -> None:
        choice = self.zoom.itemData(index)
        if choice == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(int(choice) / 100)

    @Slot()
    def _on_print_button_clicked(self) -> None:
        bundle = self._bundle
        if bundle is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setCopyCount(self._copies)
        printer.setDocName(self._suggested)
        printer.setFromTo(0, 0)
        if not ask_printer(self, printer, self.document.pageCount()):
            return
        copies = max(printer.copyCount(), 1)
        # the job prints its own copy of the bytes: a new preview rendered meanwhile cannot change it
        document = QPdfDocument(self)
        source = QBuffer(self)
        source.setData(QByteArray(bundle.pdf))
        source.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(source)
        dialog = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)

        def report(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(done)
            QCoreApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            sent = print_document(document, printer, copies=copies, progress=report)
        finally:
            dialog.reset()
            dialog.deleteLater()
            document.close()
            document.deleteLater()
            source.deleteLater()
        if not sent:
            return
        where = printer.outputFileName() or printer.printerName() or "printer"
        ctx = self._session.ctx
        Op(self, lambda: register_output(ctx, bundle, where, copies=copies)).success(
            lambda _digest: self.printed.emit(sent)).run()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        bundle = self._bundle
        if bundle is None:
            return
        prefs = Preferences(self._session.settings)
        path = ask_save_path(self, str(Path(prefs.pdf_folder) / self._suggested))
        if path is None:
            return
        prefs.pdf_folder = str(Path(path).parent)
        ctx = self._session.ctx

        def work() -> str:
            jobs.write_pdf(Path(path), bundle.pdf)
            register_output(ctx, bundle, path)
            return path

        Op(self, work).success(self.saved.emit).run()
