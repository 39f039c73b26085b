"""Writes run one at a time on the single writer thread, in the order started, and announce what they changed."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from guanlan_desk.services import disputes
from guanlan_desk.services.dto import Changes
from guanlan_desk.ui.ops import Op, WriteOp
from guanlan_desk.ui.session import AppSession
from tests.services.test_lcp_core import person
from tests.ui.dispute_helpers import register
from tests.ui.waiting import settle


def test_writes_never_overlap_and_run_in_the_order_started(qtbot: QtBot, app_session: AppSession) -> None:
    inside, overlaps, order, threads = [0], [], [], set()
    lock = threading.Lock()

    def write(n: int) -> int:
        with lock:
            inside[0] += 1
            overlaps.append(inside[0])
        threads.add(threading.get_ident())
        register(app_session.ctx, f"申请人{n}")  # a real write, long enough for a second worker to start
        order.append(n)
        with lock:
            inside[0] -= 1
        return n

    done: list[int] = []
    for n in range(6):
        WriteOp(None, app_session, lambda n=n: write(n)).success(done.append).run()
    settle(qtbot)
    assert order == list(range(6)) and done == list(range(6))
    assert max(overlaps) == 1  # never two writes at once
    assert len(threads) == 1 and threading.main_thread().ident not in threads


def test_a_write_announces_exactly_what_it_changed_before_its_own_callback(qtbot: QtBot,
                                                                          app_session: AppSession) -> None:
    heard: list[tuple[Changes, object]] = []
    app_session.changes_applied.connect(lambda changes, initiator: heard.append((changes, initiator)))
    initiator = object()
    seen_before_callback: list[int] = []
    op: WriteOp[str] = WriteOp(None, app_session, lambda: person(app_session.ctx, "黄丽娟"), initiator=initiator)
    op.success(lambda _id: seen_before_callback.append(len(heard))).run()
    settle(qtbot)
    [(changes, who)] = heard
    assert changes.lcps and not (changes.disputes or changes.parties or changes.risks)
    assert who is initiator and seen_before_callback == [1]
    assert op.changes == changes


def test_a_read_announces_nothing_and_a_failed_write_nothing(qtbot: QtBot, app_session: AppSession) -> None:
    dispute_id = register(app_session.ctx, "王芳")
    detail = disputes.get_dispute(app_session.ctx, dispute_id)
    heard: list[Changes] = []
    app_session.changes_applied.connect(lambda changes, _initiator: heard.append(changes))
    failures: list[BaseException] = []
    Op(None, lambda: disputes.get_dispute(app_session.ctx, dispute_id)).run()
    WriteOp(None, app_session, lambda: disputes.get_dispute(app_session.ctx, dispute_id)).run()
    WriteOp(None, app_session, lambda: disputes.update_dispute(
        app_session.ctx, dispute_id, detail.data, expected_version=detail.version + 5)).failure(
        failures.append).run()
    settle(qtbot)
    assert heard == [] and type(failures[0]).__name__ == "StaleRecord"
