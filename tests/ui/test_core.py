"""The UI core: the paged table model (checked by Qt's model tester), background ops, error display."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.services import disputes
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.disputes import DisputeFilter, DisputeRow
from guanlan_desk.ui import errors as ui_errors
from guanlan_desk.ui.models.paged import Column, PagedTableModel
from guanlan_desk.ui.ops import LongOp, Op
from tests.services.test_disputes_core import new_case

COLUMNS: list[Column[DisputeRow]] = [
    Column("case_no", "Case number", lambda r: r.case_no, sort="case_no"),
    Column("title", "Title", lambda r: r.title, sort="title"),
    Column("parties", "Parties", lambda r: r.party_names),
]


def model_for(ctx: Ctx, page_size: int = 3, query: str = "") -> PagedTableModel[DisputeRow]:
    def fetch(after: object, limit: int, sort: str, descending: bool) -> Callable[[], disputes.Page[DisputeRow]]:
        return lambda: disputes.list_disputes(ctx, DisputeFilter(query=query), sort=sort, descending=descending,
                                              after=after, limit=limit)  # type: ignore[arg-type]

    return PagedTableModel(COLUMNS, fetch, lambda r: r.id, page_size=page_size, sort="case_no")


@pytest.fixture
def seven_cases(mediator: Ctx) -> list[str]:
    return [new_case(mediator, a=f"张{n}", received=date(2026, 3, 4) - timedelta(days=i)).case_no
            for i, n in enumerate("一二三四五六七")]


def loaded(qtbot: QtBot, model: PagedTableModel[DisputeRow]) -> None:
    """Wait for the page on its way (pages are read off the GUI thread)."""
    qtbot.waitUntil(lambda: not model.fetching)


def test_the_model_loads_page_by_page_and_passes_the_model_tester(qtbot: QtBot, qtmodeltester: object,
                                                                   mediator: Ctx, seven_cases: list[str]) -> None:
    model = model_for(mediator)
    model.reload()
    assert model.rowCount() == 0  # nothing yet: the page is read off the GUI thread
    loaded(qtbot, model)
    assert model.rowCount() == 3  # the first page only
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        loaded(qtbot, model)
    assert model.rowCount() == 7
    shown = [model.data(model.index(r, 0)) for r in range(7)]
    assert shown == sorted(seven_cases, reverse=True)


def test_sorting_restarts_from_the_first_page_in_the_new_order(qtbot: QtBot, mediator: Ctx,
                                                               seven_cases: list[str]) -> None:
    model = model_for(mediator)
    model.reload()
    loaded(qtbot, model)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 3  # the rows shown stay until the new first page is there: no blank flash
    loaded(qtbot, model)
    assert model.rowCount() == 3
    assert model.data(model.index(0, 0)) == min(seven_cases)
    model.sort(2, Qt.SortOrder.AscendingOrder)  # not sortable by the service: nothing changes
    assert not model.fetching
    assert model.data(model.index(0, 0)) == min(seven_cases)


def test_a_failed_page_stops_paging_and_is_kept_for_the_view(qtbot: QtBot, viewer: Ctx, mediator: Ctx,
                                                              seven_cases: list[str]) -> None:
    def refuse(sort: str) -> disputes.Page[DisputeRow]:
        raise ValidationError("sort", "Unknown sort column: {name}.", name=sort)

    def fetch(after: object, limit: int, sort: str, descending: bool) -> Callable[[], disputes.Page[DisputeRow]]:
        return lambda: refuse(sort)

    model: PagedTableModel[DisputeRow] = PagedTableModel(COLUMNS, fetch, lambda r: r.id)
    model.reload()
    loaded(qtbot, model)
    assert model.rowCount() == 0
    assert isinstance(model.last_error, ValidationError)
    assert not model.canFetchMore(QModelIndex())


def test_search_narrows_the_listing(qtbot: QtBot, mediator: Ctx, seven_cases: list[str]) -> None:
    model = model_for(mediator, page_size=50, query="张三")
    model.reload()
    loaded(qtbot, model)
    assert model.rowCount() == 1
    assert "张三" in model.data(model.index(0, 2))


def test_an_op_returns_its_result_on_the_gui_thread(qtbot: object, mediator: Ctx, seven_cases: list[str]) -> None:
    results: list[int] = []
    op = Op(None, lambda: disputes.count_disputes(mediator)).success(results.append)
    with qtbot.waitSignal(op.finished, timeout=5000):  # type: ignore[attr-defined]
        op.run()
    assert results == [7]


def test_an_op_shows_a_user_facing_error_translated(qtbot: object, monkeypatch: pytest.MonkeyPatch,
                                                    viewer: Ctx) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    op = Op(parent, lambda: disputes.register_dispute(viewer, None))  # type: ignore[arg-type]
    with qtbot.waitSignal(op.finished, timeout=5000):  # type: ignore[attr-defined]
        op.run()
    assert len(shown) == 1 and "register disputes" in shown[0]


def test_a_bug_goes_to_the_crash_dialog_with_its_traceback(qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    crashes: list[BaseException] = []
    monkeypatch.setattr(ui_errors, "show_error", lambda parent, exc: crashes.append(exc))
    monkeypatch.setattr("guanlan_desk.ui.ops.show_error", lambda parent, exc: crashes.append(exc))
    op = Op(None, lambda: 1 // 0)
    with qtbot.waitSignal(op.finished, timeout=5000):  # type: ignore[attr-defined]
        op.run()
    assert len(crashes) == 1 and isinstance(crashes[0], ZeroDivisionError)
    assert "unexpected" in ui_errors.describe(crashes[0]).lower()


def test_a_cancelled_long_op_tells_its_work_to_stop(qtbot: object) -> None:
    seen: list[int] = []

    def work(progress: object) -> str:
        for done in range(1000):
            seen.append(done)
            if not progress(done, 1000):  # type: ignore[operator]
                return "stopped"
        return "finished"

    results: list[str] = []
    op = LongOp(None, "working", work).success(results.append)
    op.cancel()  # pressed before the first report arrives
    with qtbot.waitSignal(op.finished, timeout=5000):  # type: ignore[attr-defined]
        op.run()
    assert results == ["stopped"] and seen == [0]
