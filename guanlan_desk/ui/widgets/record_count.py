"""The line under every list that says how many records it holds, worded the same on every page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def record_count_text(loaded: int, total: int | None = None, *, more: bool = False) -> str:
    """"已加载 120 / 共 677" when the total is known, "已加载 120（向下滚动加载更多）" while more pages wait."""
    if loaded == 0 and total in (None, 0):
        return QCoreApplication.translate("RecordCount", "No records match.")
    if total is not None:
        return QCoreApplication.translate("RecordCount", "Loaded {loaded} of {total}").format(
            loaded=f"{loaded:,}", total=f"{total:,}")
    if more:
        return QCoreApplication.translate("RecordCount", "Loaded {loaded} (scroll for more)").format(loaded=f"{loaded:,}")
    return QCoreApplication.translate("RecordCount", "Loaded {loaded}").format(loaded=f"{loaded:,}")


def page_range_text(offset: int, shown: int, total: int) -> str:
    """"第 51–100 条，共 677 条": which rows of a paged list this page shows, and how many the list holds."""
    if total == 0:
        return QCoreApplication.translate("RecordCount", "No records match.")
    return QCoreApplication.translate("RecordCount", "{first}–{last} of {total}").format(
        first=f"{offset + 1:,}", last=f"{offset + shown:,}", total=f"{total:,}")
