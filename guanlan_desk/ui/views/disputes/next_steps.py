"""The next-step strip under the dispute heading, on every tab: the state and the steps the case allows now.

Its buttons share the action bar's actions (one enabled state, one tooltip); a step the case allows but the user
may not take shows disabled, with the reason beside it.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QWidget

from guanlan_desk.domain.lifecycle import DisputeAction
from guanlan_desk.services.disputes import DisputeDetail
from guanlan_desk.ui.enum_text import enum_text
from guanlan_desk.ui.views.disputes.actions import REQUEST_JC, DisputeActionBar
from guanlan_desk.ui.widgets.flow_layout import FlowLayout


class NextStepStrip(QFrame):
    """"已受理 · 下一步：[添加调解记录…] [撤回…] …" (the steps' buttons run them as the action bar does)."""

    def __init__(self, bar: DisputeActionBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("next_steps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._bar = bar
        self.state = QLabel(self)
        self.state.setObjectName("next_steps_state")
        self.reason = QLabel(self)
        self.reason.setObjectName("next_steps_reason")
        self.reason.setStyleSheet("color: #7f6000;")
        self.reason.setWordWrap(True)
        flow = FlowLayout(self)
        flow.setContentsMargins(6, 3, 6, 3)
        flow.addWidget(self.state)
        self.buttons: dict[str, QToolButton] = {}
        for key, action in bar.step_actions.items():
            button = QToolButton(self)
            button.setObjectName(f"next_{key}")
            button.setDefaultAction(action)
            button.setAutoRaise(False)
            flow.addWidget(button)
            self.buttons[key] = button
        flow.addWidget(self.reason)
        bar.updated.connect(self.update_for)
        self.update_for(None)

    def steps_shown(self) -> list[str]:
        """The keys of the steps on the strip, in order."""
        return [k for k, b in self.buttons.items() if not b.isHidden()]

    @Slot(object)
    def update_for(self, detail: DisputeDetail | None) -> None:
        """Show ``detail``'s state and next steps (a new dispute: what to do to register it)."""
        if detail is None:
            self.state.setText(self.tr("New dispute · Next: fill in the case and save it to register it"))
            shown: list[str] = []
        else:
            self.state.setText(self.tr("{status} · Next:").format(status=enum_text(detail.status)))
            actions = self._bar.step_actions
            steps = {a.value for a in DisputeAction}
            # Lifecycle steps show when the case allows them; the others (the JC application, recording the
            # delivery of notices) when the action bar enables them.
            shown = [k for k in actions if (k in steps and k != REQUEST_JC and DisputeAction(k) in detail.allowed)
                     or ((k not in steps or k == REQUEST_JC) and actions[k].isEnabled())]
        for key, button in self.buttons.items():
            button.setHidden(key not in shown)
        disabled = [self.buttons[k].defaultAction().toolTip() for k in shown
                    if not self.buttons[k].defaultAction().isEnabled()]
        if detail is not None and not shown:
            self.reason.setText(self.tr("none: the case is closed."))
        else:
            self.reason.setText(disabled[0] if disabled else "")
        self.reason.setHidden(not self.reason.text())
