"""A person's photo: shown scaled in a fixed-ratio frame, with a neat placeholder when there is none."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPixmap
from PySide6.QtWidgets import QFileDialog, QSizePolicy, QWidget

MAX_SIDE = 800  # photos are scaled down before they are stored: a wall card needs no more


class PhotoPicker(QObject):
    """Choosing an image file (a class so tests can replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The chosen image's path, or ``None``."""
        title = QCoreApplication.translate("PhotoPicker", "Choose a photo")
        path, _ = QFileDialog.getOpenFileName(parent, title, "", "*.jpg *.jpeg *.png *.bmp")
        return path or None


def prepared_photo(path: str) -> tuple[str, bytes]:
    """The image at ``path`` scaled to at most ``MAX_SIDE`` pixels, as JPEG bytes (name, data).

    Raises ``ValueError`` when the file is not an image Qt can read.
    """
    image = QImage(path)
    if image.isNull():
        raise ValueError(path)
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", 88)  # type: ignore[call-overload]  # WORKAROUND: the stubs want bytes, the binding wants str
    buffer.close()
    stem = path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0] or "photo"
    return f"{stem}.jpg", bytes(data.data())


class PhotoFrame(QWidget):
    """A 3:4 portrait frame: the photo scaled to fit, or a silhouette placeholder."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap: QPixmap | None = None
        self._placeholder = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """A passport-style frame."""
        return QSize(150, 200)

    def set_photo(self, data: bytes | None) -> bool:
        """Show the image in ``data`` (None clears it); False if it cannot be decoded."""
        if not data:
            self._pixmap = None
            self.update()
            return True
        pixmap = QPixmap()
        ok = pixmap.loadFromData(data)
        self._pixmap = pixmap if ok else None
        self.update()
        return ok

    def set_placeholder(self, text: str) -> None:
        """The words under the silhouette when there is no photo."""
        self._placeholder = text
        self.update()

    def has_photo(self) -> bool:
        """Whether a photo is shown."""
        return self._pixmap is not None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A click asks to choose a photo."""
        if self.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Draw the photo, or the placeholder."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QColor("#B0BEC5"))
        painter.setBrush(QColor("#ECEFF1"))
        painter.drawRoundedRect(rect, 6, 6)
        if self._pixmap is not None:
            scaled = self._pixmap.scaled(self.size() - QSize(6, 6), Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation)
            x = (self.width() - scaled.width()) // 2
            y = (self.height() - scaled.height()) // 2
            painter.drawPixmap(x, y, scaled)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#B0BEC5"))
            w, h = rect.width(), rect.height()
            head = QRectF(rect.center().x() - w * 0.17, rect.top() + h * 0.16, w * 0.34, w * 0.34)
            painter.drawEllipse(head)
            body = QPainterPath()
            body.addRoundedRect(QRectF(rect.left() + w * 0.2, head.bottom() + h * 0.04, w * 0.6, h * 0.3), 30, 30)
            painter.drawPath(body)
            painter.setPen(QColor("#546E7A"))
            painter.drawText(QRectF(rect.left(), rect.bottom() - h * 0.2, w, h * 0.18),
                             int(Qt.AlignmentFlag.AlignCenter), self._placeholder)
        painter.end()
