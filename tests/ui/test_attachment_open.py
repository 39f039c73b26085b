"""Opening an attachment writes it under a name the app makes: a stored name that looks like a path (it may have
arrived in a bundle) stays display text."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from guanlan_desk.services import attachments
from guanlan_desk.store.models import Attachment
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes.page import DisputesPage
from guanlan_desk.ui.widgets import attachments_panel
from tests.ui.dispute_helpers import register
from tests.ui.test_disputes_editor import boxes, page  # noqa: F401  (fixtures)
from tests.ui.waiting import settle


@pytest.mark.parametrize("hostile", ["../../escaped.pdf", "../escaped.pdf"])
def test_opening_an_attachment_with_a_path_for_a_name_stays_in_the_private_folder(
        qtbot: object, page: DisputesPage, app_session: AppSession,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch, hostile: str) -> None:
    dispute_id = register(app_session.ctx, "王芳")
    row = attachments.add_attachment(app_session.ctx, owner_type="dispute", owner_id=dispute_id,
                                     filename="证据.pdf", data=b"%PDF-1.4 evidence")
    with app_session.ctx.write() as s:  # as a bundle from another workstation could have named it
        stored = s.get(Attachment, uuid.UUID(row.id))
        assert stored is not None
        stored.filename = hostile
        s.commit()
    page.open_record(dispute_id)
    settle(qtbot)
    panel = page.editor.attachments
    qtbot.waitUntil(lambda: panel.filenames() == [hostile])  # type: ignore[attr-defined]
    opened: list[str] = []
    monkeypatch.setattr(attachments_panel.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(opened))  # type: ignore[attr-defined]
    from guanlan_desk.ui import decrypted

    private = (decrypted.folder() / row.id[:8]).resolve()  # the app's own swept temporary folder
    path = Path(opened[0]).resolve()
    assert path.parent == private and path.name == f"{row.id}.pdf"
    assert path.read_bytes() == b"%PDF-1.4 evidence"
    assert not (private.parent / "escaped.pdf").exists() and not (private.parent.parent / "escaped.pdf").exists()
