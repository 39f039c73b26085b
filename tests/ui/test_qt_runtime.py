"""The Qt binding itself must survive a long session (PySide6 6.12.0 on Python 3.11 did not)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLineEdit


def test_calls_returning_nothing_keep_the_reference_count_of_none(qapp: QApplication) -> None:
    # Before Python 3.12 None is an ordinary object: a binding that takes one reference too many off it on
    # every void call (PySide6 6.12.0) makes a day-long session die with "none_dealloc".
    edit = QLineEdit()
    before = sys.getrefcount(None)
    for i in range(2000):
        edit.setText(str(i))
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 100
