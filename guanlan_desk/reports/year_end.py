"""The year-end figures paragraph a 法治建设 report is written from, in the seed report's style, with each
number tied to the query behind it (a segment's ``key``, the same keys as the statistics table)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from guanlan_desk.domain.enums import ServiceKind, VenueType
from guanlan_desk.reports.sources import Outcome
from guanlan_desk.reports.statistics import Statistics


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of the paragraph: plain text, or a number with the key of its query."""

    text: str
    key: str | None = None


def _n(value: int | str, key: str) -> Segment:
    return Segment(str(value), key)


def segments(stats: Statistics) -> tuple[Segment, ...]:
    """The paragraph as text and linked numbers."""
    d, r, p = stats.disputes, stats.risks, stats.lcps
    whole = "全年" if stats.period.kind.value == "year" else f"{stats.period.label}"
    t: list[Segment] = [Segment(f"{whole}{'' if stats.scope.everything else stats.scope_label}受理矛盾纠纷"),
                        _n(d.accepted, "accepted"), Segment("宗，调解成功"),
                        _n(d.successful, Outcome.SUCCESS.value), Segment("宗，成功率"),
                        _n(f"{100 * d.success_rate:.1f}", Outcome.SUCCESS.value), Segment("%，协议涉及金额"),
                        _n(f"{d.amount_wan:.2f}", Outcome.SUCCESS.value), Segment("万元，涉及当事人"),
                        _n(d.persons("accepted"), "accepted"), Segment("人次")]
    top = sorted((row for row in d.by_type if row.count), key=lambda row: -row.count)[:3]
    if top:
        t.append(Segment("。其中"))
        for i, row in enumerate(top):
            t += [Segment(("、" if i else "") + row.label), _n(row.count, row.key), Segment("宗")]
        t += [Segment("，劳动争议纠纷占" if top[0].key == "type:10" else "，居首位的纠纷占"),
              _n(f"{top[0].percent:.1f}", top[0].key), Segment("%")]
    park = f"venue:{VenueType.PARK_STUDIO.value}"
    # The park studios' sentence only where there are park studios' cases (no "妥善处置…0宗").
    t += ([Segment("。依托驻园区调解工作室妥善处置园区矛盾纠纷"), _n(d.cases(park), park), Segment("宗，各社区")]
          if d.cases(park) else [Segment("。各社区")])
    t += [Segment("微调解室受理纠纷"), _n(d.cases(f"venue:{VenueType.MICRO_ROOM.value}"),
                                          f"venue:{VenueType.MICRO_ROOM.value}"),
          Segment("宗；防止民间纠纷转化为刑事案件"), _n(d.cases("prevent_criminal"), "prevent_criminal"),
          Segment("件"), _n(d.persons("prevent_criminal"), "prevent_criminal"), Segment("人，防止群体性上访"),
          _n(d.cases("prevent_petition"), "prevent_petition"), Segment("件"),
          _n(d.persons("prevent_petition"), "prevent_petition"), Segment("人。开展矛盾纠纷排查"),
          _n(d.screening_rounds, "screening_rounds"), Segment("次，网格员排查发现纠纷"),
          _n(d.cases("grid_found"), "grid_found"), Segment("宗；新发现风险隐患"), _n(r.count("risk:found"), "risk:found"),
          Segment("项，销号"), _n(r.count("risk:closed"), "risk:closed"), Segment("项，年末在办" if stats.period.kind.value == "year" else "项，期末在办"),
          _n(r.count("risk:open"), "risk:open"), Segment("项。现有在册法律明白人"),
          _n(p.registered, "lcp:status=registered"), Segment("名，开展法律明白人培训"),
          _n(p.training_sessions, "lcp:sessions"), Segment("场、参训"), _n(p.trained_persons, "lcp:trained"),
          Segment("人；法律明白人开展政策法律宣传")]
    publicity = next(s for s in p.services if s.key == f"lcp:service={ServiceKind.PUBLICITY.value}")
    mediation = next(s for s in p.services if s.key == f"lcp:service={ServiceKind.MEDIATION.value}")
    t += [_n(publicity.events, publicity.key), Segment("场、服务群众"), _n(publicity.people_served, publicity.key),
          Segment("人次，参与化解矛盾纠纷"), _n(mediation.person_times, mediation.key), Segment("人次。")]
    return tuple(t)


def plain_text(parts: tuple[Segment, ...]) -> str:
    """The paragraph as copyable text."""
    return "".join(s.text for s in parts)


def html(parts: tuple[Segment, ...]) -> str:
    """The paragraph as rich text, each number a link whose target is its query key."""
    return "".join(f'<a href="{escape(s.key)}">{escape(s.text)}</a>' if s.key else escape(s.text) for s in parts)


def references(parts: tuple[Segment, ...]) -> list[tuple[str, str]]:
    """(number, query key) of each linked number, in order (the CLI's footnotes)."""
    return [(s.text, s.key) for s in parts if s.key]
