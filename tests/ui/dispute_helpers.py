"""Helpers of the dispute and party UI tests: readable app fonts and translations, screenshots, known people."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from guanlan_desk.domain import idcard
from guanlan_desk.domain.enums import DisputeRole, DisputeType, IdType, PartyKind, Source
from guanlan_desk.services import disputes
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.disputes import DisputeInput, DisputePartyInput, MediatorInput
from guanlan_desk.services.parties import PartyInput

SCREENS = Path("/work/screens/ui-disputes")


def id_number(body17: str) -> str:
    """A valid resident ID number for a 17-digit body."""
    return body17 + idcard.check_char(body17)


ZHANG_ID = id_number("44030619850312123")  # 张伟, born 1985-03-12


def register(ctx: Ctx, applicant: str = "张伟", respondent: str = "深圳市观澜精密五金有限公司", *,
             applicant_id: str = "", dtype: DisputeType = DisputeType.LABOUR, title: str = "",
             applicant_party_id: str | None = None) -> str:
    """Register a dispute through the service; returns its id."""
    first = DisputePartyInput(DisputeRole.APPLICANT, party_id=applicant_party_id) if applicant_party_id else \
        DisputePartyInput(DisputeRole.APPLICANT, PartyInput(
            PartyKind.PERSON, applicant, id_type=IdType.RESIDENT_ID if applicant_id else None,
            id_number=applicant_id))
    data = DisputeInput(
        dispute_type=dtype, source=Source.PARTY_APPLICATION, received_on=ctx.today(), title=title,
        summary="申请人反映被申请人拖欠三个月工资共计一万二千元。",
        parties=(first, DisputePartyInput(DisputeRole.RESPONDENT, PartyInput(PartyKind.LEGAL_PERSON, respondent))),
        mediators=(MediatorInput("陈志强", is_lead=True),))
    return disputes.register_dispute(ctx, data).id


def save_screenshot(widget: QWidget, tmp_path: Path, name: str) -> Path:
    """Grab ``widget`` into tmp_path (and the shared screens folder when it exists); checks it is not blank."""
    image = widget.grab().toImage()
    path = tmp_path / name
    assert image.save(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 13)}
    assert len(colours) > 3, "the screenshot is blank"
    if SCREENS.is_dir():
        shutil.copy(path, SCREENS / name)
    assert QImage(str(path)).width() == image.width()
    return path


class Boxes:
    """Message boxes answered automatically and remembered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.warnings: list[str] = []
        self.questions: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes
        monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: self.warnings.append(text))
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _question(self, parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        self.questions.append(text)
        return self.answer


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, Chinese included (QTest.keyClicks only knows ASCII keys)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
