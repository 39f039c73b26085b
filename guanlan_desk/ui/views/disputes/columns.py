"""The columns of the dispute list (titles translated when the list is built)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics

from guanlan_desk.domain.enums import DisputeStatus, DisputeType
from guanlan_desk.services.disputes import DisputeRow
from guanlan_desk.ui.models.paged import Column
from guanlan_desk.ui.enum_text import enum_text

OVERDUE_COLOUR = "#f8d7da"
DEFAULT_HIDDEN = ("venue",)


def day_text(day: date | None) -> str:
    """A date as 2026-03-04 (empty for none)."""
    return day.isoformat() if day is not None else ""


def column_widths(metrics: QFontMetrics, titles: dict[str, str]) -> dict[str, int]:
    """Each column's width in pixels for the font of ``metrics``: the widest expected value or the title."""
    pad = metrics.horizontalAdvance("MM")
    samples = {
        "case_no": "（2026）观城调字第00000号", "received_on": "2026-03-04", "next_due": "2026-03-04",
        "status": max((enum_text(s) for s in DisputeStatus), key=metrics.horizontalAdvance),
        "type": max((enum_text(t) for t in DisputeType), key=metrics.horizontalAdvance),
        "title": "某某某某某某某某某某某某", "parties": "某某某、某某某某某某", "venue": "某某社区调解室",
        "community": "樟坑径社区",
        "overdue": "",
    }
    # the sort arrow sits beside the title
    return {key: max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(titles.get(key, "")) + pad) + pad
            for key, text in samples.items()}


def dispute_columns(communities: dict[str, str] | None = None) -> list[Column[DisputeRow]]:
    """The list's columns in their default order: the status second, so a narrow list still shows it (with
    ``communities``, the office's list, a community column third)."""
    overdue = QCoreApplication.translate("DisputeColumns", "Overdue")
    names = communities or {}

    def community_name(row: DisputeRow) -> str:
        return names.get(row.community_code, row.community_code)

    community = [Column("community", QCoreApplication.translate("DisputeColumns", "Community"), community_name,
                        sort="community_code")
                 ] if communities is not None else []
    return [
        Column("case_no", QCoreApplication.translate("DisputeColumns", "Case number"), lambda r: r.case_no, sort="case_no"),
        Column("status", QCoreApplication.translate("DisputeColumns", "Status"), lambda r: enum_text(r.status), sort="status"),
        *community,
        Column("received_on", QCoreApplication.translate("DisputeColumns", "Received"), lambda r: day_text(r.received_on), sort="received_on"),
        Column("title", QCoreApplication.translate("DisputeColumns", "Title"), lambda r: r.title, sort="title", tooltip=lambda r: r.title),
        Column("type", QCoreApplication.translate("DisputeColumns", "Type"), lambda r: enum_text(r.dispute_type), sort="dispute_type"),
        Column("parties", QCoreApplication.translate("DisputeColumns", "Parties"), lambda r: r.party_names, tooltip=lambda r: r.party_names),
        Column("venue", QCoreApplication.translate("DisputeColumns", "Venue"), lambda r: r.venue),
        Column("next_due", QCoreApplication.translate("DisputeColumns", "Next due"), lambda r: day_text(r.next_due)),
        Column("overdue", overdue, lambda r: overdue if r.overdue else "",
               color=lambda r: OVERDUE_COLOUR if r.overdue else None),
    ]
