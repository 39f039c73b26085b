"""Glyph coverage: fallback for rare name characters, a clear refusal when no font has one, FangSong."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.ttfonts import TTFont

from guanlan_desk.forms import fonts
from guanlan_desk.forms.coverage import check_coverage
from guanlan_desk.forms.data import PartyInfo
from guanlan_desk.forms.errors import UnprintableCharacter
from guanlan_desk.forms.fonts import BUNDLED, Face, face_for, font_set, markup, missing_chars
from guanlan_desk.forms.notice_to_attend import SPEC as NOTICE
from guanlan_desk.paths import resource_dir

from .conftest import LI, case, notice, pdf_text, render

ONLY_IN_KAI = "\U0002000b"  # 𠀋, CJK Ext B: LXGW WenKai has it, UMing and WenQuanYi do not
IN_NO_FONT = "\U0002a6d6"  # 𪛖, CJK Ext B: none of the bundled faces has it


def test_every_bundled_font_embeds_and_has_its_licence() -> None:
    folder = resource_dir() / "fonts"
    for bundled in BUNDLED:
        font = TTFont("probe-" + bundled.face, str(folder / bundled.file), subfontIndex=bundled.subfont)
        assert ord("调") in font.face.charToGlyph
    assert {p.name for p in folder.glob("LICENSE-*.txt")} == {
        "LICENSE-arphic-uming.txt", "LICENSE-wqy-microhei.txt", "LICENSE-lxgw-wenkai.txt"}
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert all(b.file in readme for b in BUNDLED)


def test_the_test_characters_are_what_the_tests_assume() -> None:
    assert face_for(ONLY_IN_KAI, Face.SONG) is Face.KAI
    assert face_for(IN_NO_FONT, Face.SONG) is None


def test_missing_chars_uses_the_cmap_and_skips_spaces_and_invisible_marks() -> None:
    body = font_set().body
    assert missing_chars("张伟 李秀兰\u3000\n\ufe00", body) == set()
    assert missing_chars(f"李{ONLY_IN_KAI}明", Face.SONG) == {ONLY_IN_KAI}


def test_markup_wraps_only_the_missing_run_in_a_face_that_has_it() -> None:
    text = markup(f"李{ONLY_IN_KAI}明 <&>", Face.SONG)
    assert text == f'李<font name="{Face.KAI}">{ONLY_IN_KAI}</font>明 &lt;&amp;&gt;'


def test_a_character_in_one_face_only_falls_back_and_prints() -> None:
    rare = replace(LI, name=f"李{ONLY_IN_KAI}明")
    data = notice(addressee=rare, case=case(parties=(case().parties[0], rare)))
    problems = check_coverage(data)
    assert problems and all(p.char == ONLY_IN_KAI and p.face is Face.KAI and not p.blocking for p in problems)
    assert "case.parties[1].name" in {p.field for p in problems}
    assert f"李{ONLY_IN_KAI}明" in pdf_text(render(NOTICE, data))  # ToUnicode fixed for astral characters


def test_a_character_in_no_face_stops_printing_and_names_char_and_field() -> None:
    data = notice(addressee=PartyInfo(name=f"王{IN_NO_FONT}"))
    problems = [p for p in check_coverage(data) if p.blocking]
    assert [p.field for p in problems] == ["addressee.name"] and problems[0].codepoint == "U+2A6D6"
    out = io.BytesIO()
    with pytest.raises(UnprintableCharacter) as caught:
        NOTICE.render(data, out)
    assert caught.value.char == IN_NO_FONT and caught.value.field == "addressee.name"
    assert IN_NO_FONT in str(caught.value) and "U+2A6D6" in str(caught.value)
    assert out.getvalue() == b""  # nothing half-written


def _embedded_fonts(pdf: bytes) -> set[bytes]:
    return {line.split(b"+", 1)[1].split()[0] for line in pdf.split(b"/BaseFont /")[1:] if b"+" in line[:8]}


def test_an_installed_fangsong_does_not_change_the_print(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pagination is the same on every workstation: the bundled Song is the body face even where Windows has
    simfang.ttf (in C:\\Windows\\Fonts or the user's font folder)."""
    fonts.reset_fonts()
    before = render(NOTICE, notice())
    for folder in (tmp_path / "Windows" / "Fonts", tmp_path / "Local" / "Microsoft" / "Windows" / "Fonts",
                   tmp_path / "home" / ".fonts"):
        folder.mkdir(parents=True)
        (folder / "simfang.ttf").symlink_to(resource_dir() / "fonts" / "LXGWWenKai-Regular.ttf")
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    fonts.reset_fonts()
    try:
        assert font_set().body is Face.SONG and font_set().fallbacks[0] is Face.SONG
        after = render(NOTICE, notice())
    finally:
        fonts.reset_fonts()
    assert after.count(b"/Type /Page\n") == before.count(b"/Type /Page\n")
    assert _embedded_fonts(after) == _embedded_fonts(before) and b"GL-FangSong" not in after


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("调解协议书张伟李秀兰（）《》，。、：；“”123abc \n"), max_size=120))
def test_markup_accepts_any_text_the_fonts_cover(text: str) -> None:
    out = markup(text, font_set().body)
    assert "<" not in out.replace("<br/>", "").replace("<font", "").replace("</font>", "")
