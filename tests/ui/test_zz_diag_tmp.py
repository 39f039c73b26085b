from __future__ import annotations
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from guanlan_desk.ui.fonts import use_app_font
from guanlan_desk.ui.i18n import install_translators
from guanlan_desk.ui.main_window import MainWindow
from guanlan_desk.ui.navigation import default_pages
from tests.ui.dispute_helpers import register

def culprits(w, limit, depth=0, out=None):
    out = [] if out is None else out
    for c in w.findChildren(QWidget, options=__import__("PySide6.QtCore").QtCore.Qt.FindChildOption.FindDirectChildrenOnly):
        if c.isWindow(): continue
        mw = max(c.minimumSizeHint().width(), c.minimumWidth())
        if mw > limit:
            out.append(("  "*depth) + f"{type(c).__name__}:{c.objectName()} {mw}")
            culprits(c, limit, depth+1, out)
    return out

@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [9, 14])
def test_diag(qtbot, qapp, app_session, lang, size):
    use_app_font(qapp)
    tr = install_translators(qapp, lang)
    f = QFont(qapp.font()); f.setPointSize(size); qapp.setFont(f)
    ids = [register(app_session.ctx, n) for n in ("王芳",)]
    win = MainWindow(app_session, default_pages())
    qtbot.addWidget(win)
    for spec in win._specs:
        win.show_page(spec.key)
    win.page("disputes").open_record(ids[0])
    print(lang, size, "window min", win.minimumSizeHint())
    for spec in win._specs:
        p = win.page(spec.key)
        print(" page", spec.key, p.minimumSizeHint())
        print("\n".join(culprits(p, 450, 2)))
    for t in tr: QCoreApplication.removeTranslator(t)
