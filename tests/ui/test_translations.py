"""The zh_CN translation is complete: no unfinished entry, the same {placeholders}, every string of the code."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from guanlan_desk.paths import resource_dir

TS = resource_dir() / "i18n" / "guanlan_desk_zh_CN.ts"
PACKAGE = Path(__file__).resolve().parents[2] / "guanlan_desk"
PLACEHOLDER = re.compile(r"\{+[^{}]*\}+")
TOOLS = Path(sys.executable).parent


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a .ts file."""
    root = ET.parse(path).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append((name, message.findtext("source") or "", translation))
    return out


def test_every_entry_is_translated() -> None:
    unfinished = [(c, s) for c, s, t in messages(TS) if t.get("type") or not (t.text or "").strip()]
    assert unfinished == []


def test_translations_keep_exactly_the_placeholders_of_their_source() -> None:
    wrong = [(c, s, t.text) for c, s, t in messages(TS)
             if Counter(PLACEHOLDER.findall(s)) != Counter(PLACEHOLDER.findall(t.text or ""))]
    assert wrong == []


def test_every_string_in_the_code_is_in_the_ts_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-extensions", "py", "-locations", "none", str(PACKAGE),
                    "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    in_code = {(c, s) for c, s, _t in messages(fresh)}
    in_ts = {(c, s) for c, s, _t in messages(TS)}
    assert in_code - in_ts == set(), "run scripts/update_translations.sh and translate the new entries"
    assert in_ts - in_code == set(), "obsolete entries: run scripts/update_translations.sh"


@pytest.fixture
def compiled(tmp_path: Path) -> Path:
    qm = tmp_path / "zh_CN.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(qm)], check=True, timeout=60)
    return qm


def test_the_compiled_catalogue_translates_the_ui_and_the_errors(qapp: object, compiled: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("navigation", "Disputes") == "矛盾纠纷"
        assert QCoreApplication.translate("errors", "Wrong user name or password.") == "用户名或密码错误。"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_words_inside_messages_are_translated_too(qapp: object, compiled: Path) -> None:
    from guanlan_desk.domain.enums import DisputeStatus, Role
    from guanlan_desk.domain.errors import IllegalTransition
    from guanlan_desk.domain.lifecycle import DisputeAction, dispute_step
    from guanlan_desk.domain.roles import Permission
    from guanlan_desk.services.context import Ctx
    from guanlan_desk.services.errors import PermissionDenied
    from guanlan_desk.ui.i18n import error_text
    from tests.conftest import actor

    with pytest.raises(IllegalTransition) as refused:
        dispute_step(DisputeStatus.ARCHIVED, DisputeAction.ADD_SESSION)
    viewer = Ctx(None, actor(Role.VIEWER))  # type: ignore[arg-type]  # require() never touches the database
    with pytest.raises(PermissionDenied) as forbidden:
        viewer.require(Permission.DISPUTE_WRITE, "register disputes")
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        assert error_text(refused.value) == "当前状态为“已归档”，不能添加调解记录。"
        assert error_text(forbidden.value).endswith("无权执行此操作：登记纠纷。")
        assert not re.search(r"[A-Za-z]{3,}", error_text(forbidden.value))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "add a session to" in refused.value.render()  # untranslated, the English source stays whole
