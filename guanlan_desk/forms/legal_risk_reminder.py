"""法律风险提醒函: a letter pointing out a legal risk, its possible consequences and what to do.

Set a little tighter than a GB/T 9704 letter (24 pt leading, as the notice to attend); the tear-off receipt
is kept whole, on the next sheet when the letter is long.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer

from guanlan_desk.forms.blocks import CutLine, RuledLines, Val, closing, para, seal_block, title
from guanlan_desk.forms.grid import grid
from guanlan_desk.forms.data import LegalRiskReminderInfo
from guanlan_desk.forms.spec import DocumentSpec
from guanlan_desk.forms.styles import styles
from guanlan_desk.forms.text import numbered

TITLE = "法律风险提醒函"
NOTE = "本函系法律风险提示，供您参考，不具有强制执行效力。"


def _heading() -> ParagraphStyle:
    s = styles()
    return s.heading.clone("reminder_heading", leading=s.letter_tight.leading)


def _section(heading: str, items: tuple[str, ...], *, blank_lines: int = 2) -> list[Flowable]:
    s = styles()
    body: list[Flowable] = [para(s.letter_tight, item) for item in numbered(items)]
    return [para(_heading(), heading), *(body or [RuledLines(blank_lines, s.letter_tight.leading)])]


def story(letter: LegalRiskReminderInfo) -> list[Flowable]:
    """Addressee, the situation, risks, suggestions, legal basis, contact, seal; a receipt stub."""
    s = styles()
    out: list[Flowable] = [*title(TITLE, letter.number or None)]
    out.append(para(s.letter_flush, Val(letter.addressee, 8), "："))
    out.append(para(s.letter_tight, "本着预防和化解矛盾纠纷、维护您合法权益的原则，现就", Val(letter.subject, 10),
                    "有关事项可能存在的法律风险提醒如下："))
    out.append(para(_heading(), "一、基本情况"))
    out += [para(s.letter_tight, line) for line in letter.facts.splitlines() if line.strip()] or [
        RuledLines(3, s.letter_tight.leading)]
    out += _section("二、可能存在的法律风险", letter.risks)
    out += _section("三、建议", letter.suggestions)
    if letter.legal_basis or not letter.facts:
        out += _section("四、相关法律依据", letter.legal_basis)
    contact = para(s.letter_tight, "特此提醒。如有疑问，请与", Val(letter.contact_person, 4), "联系，电话：",
                   Val(letter.contact_phone, 7), "。", NOTE)
    out.append(closing([contact], seal_block(letter.issuer, letter.issued_on, blank_org="（盖章）",
                                             style=s.letter_tight, space_above=0.3)))
    if letter.with_receipt:
        receipt = grid([["文书", Val(f"{TITLE}（{letter.number}）" if letter.number else TITLE), "被提醒人", Val(letter.addressee)],
                        ["签收人", "", "签收时间", ""]], (2, 5, 2, 3), heights={1: 11},
                       label=s.label_small, value=s.cell_small)
        out.append(KeepTogether([Spacer(0, 4), CutLine(), para(s.caption, "签收回执"), *receipt]))  # never torn
    return out


SPEC = DocumentSpec("legal_risk_reminder", TITLE, "risk", LegalRiskReminderInfo, story)
