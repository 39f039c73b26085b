"""Configuration, case numbering, deadlines and the hybrid logical clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guanlan_desk.domain import case_number, deadlines, hlc
from guanlan_desk.domain.config import THREE_COLOUR_LEVELS, LocalityConfig
from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.domain.ids import new_id


def test_default_palette_is_four_colours_and_three_is_allowed() -> None:
    config = LocalityConfig()
    assert [lvl.label for lvl in config.risk_levels] == ["红", "橙", "黄", "蓝"]
    three = replace(config, risk_levels=THREE_COLOUR_LEVELS).validate()
    with pytest.raises(ValidationError):
        three.level("blue")


def test_config_round_trips_through_json() -> None:
    config = replace(LocalityConfig(), risk_levels=THREE_COLOUR_LEVELS, follow_up_days=7,
                     case_number_pattern="〔{year}〕{abbrev}人调字{serial:03d}号")
    assert LocalityConfig.from_json(config.to_json()) == config


def test_bad_configuration_is_refused() -> None:
    with pytest.raises(ValidationError):
        replace(LocalityConfig(), case_number_pattern="第{serial}号").validate()
    with pytest.raises(ValidationError):
        replace(LocalityConfig(), risk_levels=THREE_COLOUR_LEVELS[:2]).validate()


def test_case_number_format_and_parse() -> None:
    number = case_number.format_case_number(LocalityConfig().case_number_pattern, year=2026, abbrev="观城", serial=1)
    assert number.text == "（2026）观城调字第0001号"
    match = case_number.pattern_regex(LocalityConfig().case_number_pattern).match(number.text)
    assert match is not None and match["year"] == "2026" and int(match["serial"]) == 1


@given(st.integers(1, 20), st.integers(1, 20), st.integers(0, 999))
def test_serial_blocks_of_two_workstations_never_collide(a: int, b: int, used: int) -> None:
    block = 1000
    if a == b:
        return
    first = case_number.block_range(a, block)
    second = case_number.block_range(b, block)
    assert not set(first) & set(second)
    serial = case_number.next_serial(first.start + used - 1 if used else None, a, block)
    assert serial in first and serial not in second


def test_a_block_runs_out_with_a_clear_error() -> None:
    with pytest.raises(case_number.SerialBlockExhausted):
        case_number.next_serial(2000, 2, 1000)
    assert case_number.next_serial(None, 2, 1000) == 1001


def test_deadlines() -> None:
    config = LocalityConfig()
    assert deadlines.jc_deadline(date(2026, 1, 31), config) == date(2026, 3, 2)
    assert deadlines.follow_up_due(date(2026, 3, 1), config) == date(2026, 3, 16)
    assert deadlines.risk_deadline(date(2026, 3, 1), "red", config) == date(2026, 3, 16)
    assert deadlines.retention_until(date(2024, 2, 29), "short", config) == date(2034, 2, 28)
    assert deadlines.retention_until(date(2024, 2, 29), "permanent", config) is None
    assert deadlines.days_left(date(2026, 3, 1), date(2026, 3, 3)) == -2


@given(st.lists(st.tuples(st.integers(0, 10**6), st.booleans()), min_size=1, max_size=50))
def test_hlc_is_monotonic_whatever_the_wall_clock_does(steps: list[tuple[int, bool]]) -> None:
    last: hlc.Hlc | None = None
    seen: list[str] = []
    for wall, remote in steps:
        if remote and last is not None:
            last = hlc.receive(last, hlc.Hlc(wall + 5, 3, "B"), wall, "A")
        else:
            last = hlc.tick(last, wall, "A")
        seen.append(last.encode())
    assert seen == sorted(seen) and len(set(seen)) == len(seen)
    assert hlc.Hlc.decode(seen[-1]) == last


def test_ids_are_time_ordered_uuid7() -> None:
    ids = [new_id() for _ in range(50)]
    assert all(i.version == 7 for i in ids)
    assert [i.int >> 80 for i in ids] == sorted(i.int >> 80 for i in ids)


def test_labels_of_equal_values_in_different_enums_do_not_collide() -> None:
    from guanlan_desk.domain.enums import DisputeStatus, LcpStatus, label

    assert DisputeStatus.REGISTERED.value == LcpStatus.REGISTERED.value
    assert label(DisputeStatus.REGISTERED) == "登记"
    assert label(LcpStatus.REGISTERED) == "在册"
