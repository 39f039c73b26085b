"""The office's community filter: every community of the sub-district (观澜街道 itself is not one of them)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from guanlan_desk.domain.enums import WorkstationRole
from guanlan_desk.services import reference
from guanlan_desk.services.context import Ctx
from guanlan_desk.ui.session import AppSession


OFFICE_CODE = reference.OFFICE_CODE  # the sub-district's own code (its records are the office's, not a community's)


def is_office(ctx: Ctx) -> bool:
    """Whether this is the street office's workstation (the one that sees every community's records)."""
    return ctx.db.workstation.role == WorkstationRole.OFFICE.value


def community_names(session: AppSession) -> dict[str, str]:
    """Community code to name, the sub-district's own code included (records of the office itself)."""
    return session.reference.community_names()


class CommunityCombo(QComboBox):
    """"All communities" and each community by name; ``current_code()`` is ``None`` for all."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("community_filter")
        self.addItem(self.tr("All communities"), "")
        for row in session.reference.communities:
            if row.code != reference.OFFICE_CODE:
                self.addItem(row.name, row.code)
        self.setMinimumContentsLength(6)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def current_code(self) -> str | None:
        """The chosen community's code (``None``: every community)."""
        data = self.currentData()
        return str(data) if data else None

    def set_code(self, code: str | None) -> None:
        """Choose ``code`` (``None`` or unknown: all)."""
        self.setCurrentIndex(max(0, self.findData(code)) if code else 0)
