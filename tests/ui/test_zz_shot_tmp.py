from __future__ import annotations
import os
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget, QAbstractButton
from guanlan_desk.ui.main_window import MainWindow
from guanlan_desk.ui.navigation import default_pages
from guanlan_desk.services import dispute_steps
from tests.ui.dispute_helpers import register

TAG = os.environ.get("SHOT_TAG", "before")

def test_shot(qtbot, zh_ui, app_session):
    ids = [register(app_session.ctx, name, title="观城社区某五金厂拖欠工人三个月工资纠纷") for name in ("王芳", "李强", "赵敏")]
    dispute_steps.accept_dispute(app_session.ctx, ids[0])
    for size in (10, 14):
        f = QFont(zh_ui.font()); f.setPointSize(size); zh_ui.setFont(f)
        win = MainWindow(app_session, default_pages())
        qtbot.addWidget(win)
        win.resize(1366, 728)
        win.show()
        page = win.show_page("disputes")
        page.open_record(ids[0])
        qtbot.wait(300)
        print("size", size, "win", win.width(), win.height(), "minhint", win.minimumSizeHint().width(), "list", page.list.width(), "editor", page.editor.width())
        for b in page.findChildren(QAbstractButton):
            if b.isVisible():
                r = b.geometry(); p = b.mapTo(win, r.topLeft()-r.topLeft())
                if p.x() + b.width() > 1366: print("  off-screen", b.text(), p.x(), b.width())
        win.grab().save(f"/tmp/shots/w13/disputes-1366x768-{size}pt-{TAG}.png")
        win.close()

def test_diag_list(qtbot, zh_ui, app_session):
    f = QFont(zh_ui.font()); f.setPointSize(14); zh_ui.setFont(f)
    from guanlan_desk.ui.views.disputes.page import DisputesPage
    p = DisputesPage(app_session); qtbot.addWidget(p)
    l = p.list
    for w in (l, l.search, l.new_button, l.refresh_button, l.filter_bar, l.table, p.editor, p.editor.tabs, p.editor.heading, p.editor.next_steps):
        print(type(w).__name__, w.minimumSizeHint().width(), w.minimumWidth())
