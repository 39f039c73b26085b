"""Save as PDF starts in Documents (not the install folder the shortcuts start in) and remembers the last folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from guanlan_desk.services.context import Ctx
from guanlan_desk.ui.dialogs import print_preview
from guanlan_desk.ui.preferences import documents_folder
from guanlan_desk.ui.session import AppSession
from tests.printing.cases import mediating
from tests.ui.test_print_dialog import open_dialog


def test_save_as_pdf_starts_in_documents_then_in_the_last_folder(
        qtbot: object, app_session: AppSession, mediator: Ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the shortcut's working folder (the install folder)
    dialog = open_dialog(qtbot, app_session, mediating(mediator))
    offered: list[str] = []
    target = tmp_path / "案卷" / "通知书.pdf"
    target.parent.mkdir()

    def save(parent: object, suggested: str) -> str:
        offered.append(suggested)
        return str(target)
    monkeypatch.setattr(print_preview, "ask_save_path", save)
    for _ in range(2):
        with qtbot.waitSignal(dialog.preview.saved, timeout=10000):  # type: ignore[attr-defined]
            qtbot.mouseClick(dialog.preview.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    first, second = (Path(p) for p in offered)
    assert first.is_absolute() and str(first.parent) == documents_folder() and first.suffix == ".pdf"
    assert second.parent == target.parent and second.name == first.name
    shutil.rmtree(target.parent)  # the remembered folder is gone (a removed stick): back to Documents
    monkeypatch.setattr(print_preview, "ask_save_path", lambda parent, suggested: offered.append(suggested))
    qtbot.mouseClick(dialog.preview.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert str(Path(offered[-1]).parent) == documents_folder()
