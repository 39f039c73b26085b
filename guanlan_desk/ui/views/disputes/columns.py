"""The columns of the dispute list (titles translated when the list is built)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from guanlan_desk.services.disputes import DisputeRow
from guanlan_desk.ui.models.paged import Column

OVERDUE_COLOUR = "#f8d7da"
DEFAULT_HIDDEN = ("venue",)


def day_text(day: date | None) -> str:
    """A date as 2026-03-04 (empty for none)."""
    return day.isoformat() if day is not None else ""



def dispute_columns(communities: dict[str, str] | None = None) -> list[Column[DisputeRow]]:
    """The list's columns in their default order (with ``communities``, the office's: a community column)."""
    overdue = QCoreApplication.translate("DisputeColumns", "Overdue")
    names = communities or {}

    def community_name(row: DisputeRow) -> str:
        return names.get(row.community_code, row.community_code)

    community = [Column("community", QCoreApplication.translate("DisputeColumns", "Community"), community_name,
                        sort="community_code")
                 ] if communities is not None else []
    return [
        Column("case_no", QCoreApplication.translate("DisputeColumns", "Case number"), lambda r: r.case_no, sort="case_no"),
        *community,
        Column("received_on", QCoreApplication.translate("DisputeColumns", "Received"), lambda r: day_text(r.received_on), sort="received_on"),
        Column("title", QCoreApplication.translate("DisputeColumns", "Title"), lambda r: r.title, sort="title", tooltip=lambda r: r.title),
        Column("status", QCoreApplication.translate("DisputeColumns", "Status"), lambda r: r.status_label, sort="status"),
        Column("type", QCoreApplication.translate("DisputeColumns", "Type"), lambda r: r.type_label, sort="dispute_type"),
        Column("parties", QCoreApplication.translate("DisputeColumns", "Parties"), lambda r: r.party_names, tooltip=lambda r: r.party_names),
        Column("venue", QCoreApplication.translate("DisputeColumns", "Venue"), lambda r: r.venue),
        Column("next_due", QCoreApplication.translate("DisputeColumns", "Next due"), lambda r: day_text(r.next_due)),
        Column("overdue", overdue, lambda r: overdue if r.overdue else "",
               color=lambda r: OVERDUE_COLOUR if r.overdue else None),
    ]
