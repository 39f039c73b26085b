"""Keyboard order of the dispute editor: top to bottom as on screen, the parties first, the step strip before the
tabs (so before the timeline), and one Tab leaves a table (arrow keys move inside it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that Tab stops at, in their current focus-chain order."""
    out: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and len(out) < 2000:
        if root.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                and widget.focusProxy() is None:
            out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def chain(widgets: list[QWidget]) -> None:
    """Make Tab visit ``widgets`` in this order."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def set_editor_tab_order(sections: list[QWidget]) -> None:
    """Tab goes through ``sections`` in order (each section's own widgets in their order); tables take one Tab."""
    stops: list[QWidget] = []
    for section in sections:
        if section.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(section)
        own = getattr(section, "tab_stops", None)  # a section may say its on-screen order itself
        stops += [w for w in (own() if callable(own) else focus_chain(section)) if w not in stops]
        for view in section.findChildren(QAbstractItemView):
            view.setTabKeyNavigation(False)
    chain(stops)
