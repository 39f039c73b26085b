"""避头尾: no printed line starts with a closing mark or a middle dot, whatever the text and the width."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from guanlan_desk.forms.blocks import Val, para
from guanlan_desk.forms.styles import styles

CANNOT_START = "，。、；：？！）》」』〉·"
CANNOT_END = "（《「『〈"
HANZI = "张三李四王五赵六钱七孙八周九吴十郑观澜调解委员会有限公司"
ALPHABET = HANZI + CANNOT_START + CANNOT_END + "0123456789AB" + "\U0002000b"  # 𠀋 prints in a fallback face


def line_texts(p: Paragraph, width: float) -> list[str]:
    """The text of each line reportlab sets ``p`` in at ``width`` points."""
    p.wrap(width, 1e6)
    bl = p.blPara
    if bl.kind == 0:
        return ["".join(words) for _, words in bl.lines]
    return ["".join(getattr(frag, "text", "") for frag in line.words) for line in bl.lines]


def check(lines: list[str]) -> None:
    for prev, line in zip(lines, lines[1:]):
        assert line[:1] not in CANNOT_START or not line, (prev, line, lines)
        assert prev[-1:] not in CANNOT_END or not prev.strip(CANNOT_END), (prev, line, lines)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET, min_size=1, max_size=120), width=st.integers(min_value=40, max_value=320),
       split=st.integers(min_value=0, max_value=120))
@example(text="纠纷双方多次协商未果，，。申请人要求退还押金", width=121, split=0)
@example(text="阿卜杜拉·买买提与深圳市观澜宏达电子有限公司", width=95, split=0)
def test_no_line_starts_with_a_closing_mark_or_a_dot(text: str, width: int, split: int) -> None:
    s = styles()
    check(line_texts(para(s.cell, text), width))  # one run (reportlab's textsplit path)
    head, tail = text[:split], text[split:]
    check(line_texts(para(s.form_indent, head, Val(tail)), width))  # a value inside fixed text, several runs
