"""Every enumeration choice in the dialogs and forms follows the UI language: the English glosses in English (no
Chinese character among them), the official Chinese labels in zh_CN."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timezone

import pytest
from PySide6.QtWidgets import QComboBox, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from guanlan_desk.domain import enums
from guanlan_desk.domain.enums import DisputeRole, LcpStatus, Sex
from guanlan_desk.services import parties
from guanlan_desk.services.context import load_config
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes.facts_form import DisputeFactsForm
from guanlan_desk.ui.views.disputes.party_dialog import PartyDialog
from guanlan_desk.ui.views.disputes.roster_dialog import RosterEntryDialog
from guanlan_desk.ui.views.disputes.schedule_dialogs import DeliveryDialog
from guanlan_desk.ui.views.lcp.lcp_community import JointServiceDialog
from guanlan_desk.ui.views.lcp.lcp_dialogs import ServiceDialog, StatusDialog, TrainingDialog
from guanlan_desk.ui.views.lcp.lcp_profile import LcpProfile
from guanlan_desk.ui.views.parties.edit_dialog import PartyEditDialog
from guanlan_desk.ui.views.risks.risk_dialogs import ReviewDialog
from guanlan_desk.ui.views.risks.risk_form import RiskFacts
from guanlan_desk.ui.widgets.ledger_form import FieldErrors
from tests.ui.dispute_helpers import register

CJK = re.compile(r"[\u3400-\u9fff]")
TODAY = date(2026, 3, 4)
CHINESE = set(enums._ZH.values())  # every enumeration's official label
ENGLISH = set(enums._EN.values())


def widgets(session: AppSession) -> Iterator[QWidget]:
    """The dialogs and forms that offer enumeration choices."""
    ctx = session.ctx
    with ctx.read() as s:
        config = load_config(s)
    yield DisputeFactsForm(session)
    yield PartyDialog(session, DisputeRole.APPLICANT)
    yield RosterEntryDialog(session)
    yield DeliveryDialog(datetime(2026, 3, 4, 2, tzinfo=timezone.utc), [], "")
    yield RiskFacts(session, config, FieldErrors())
    yield ReviewDialog(None, config.risk_levels, "yellow", TODAY, can_change_level=True)
    yield LcpProfile(session, FieldErrors())
    yield TrainingDialog(None, TODAY)
    yield ServiceDialog(None, TODAY)
    yield StatusDialog(None, list(LcpStatus), TODAY)
    yield JointServiceDialog(session)
    party_id = next(r.id for r in parties.list_parties(ctx, "王芳").rows if r.name == "王芳")
    yield PartyEditDialog(parties.get_party(ctx, party_id), TODAY)


def enum_items(widget: QWidget) -> list[str]:
    """The texts of the combo and list items that name an enumeration member, in either language."""
    texts = [c.itemText(i) for c in widget.findChildren(QComboBox) for i in range(c.count())]
    texts += [w.item(i).text() for w in widget.findChildren(QListWidget) for i in range(w.count())]
    return [t for t in texts if t in CHINESE or t in ENGLISH]


@pytest.fixture
def shown(qtbot: QtBot, app_session: AppSession) -> Iterator[AppSession]:
    register(app_session.ctx, "王芳")
    yield app_session


def test_english_enum_choices_carry_no_chinese(qtbot: QtBot, shown: AppSession) -> None:
    for widget in widgets(shown):
        qtbot.addWidget(widget)
        items = enum_items(widget)
        assert items, type(widget).__name__
        assert [t for t in items if CJK.search(t)] == [], type(widget).__name__
    form = DisputeFactsForm(shown)
    qtbot.addWidget(form)
    assert enums.gloss(enums.DisputeType.LABOUR) in [form.dispute_type.itemText(i)
                                                     for i in range(form.dispute_type.count())]


def test_chinese_enum_choices_are_the_official_labels(qtbot: QtBot, zh_ui: object, shown: AppSession) -> None:
    for widget in widgets(shown):
        qtbot.addWidget(widget)
        items = enum_items(widget)
        assert items and all(t in CHINESE for t in items), (type(widget).__name__, items)
    dialog = PartyDialog(shown, DisputeRole.APPLICANT)
    qtbot.addWidget(dialog)
    assert enums.label(Sex.FEMALE) in [dialog.sex.itemText(i) for i in range(dialog.sex.count())]
