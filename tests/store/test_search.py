"""Chinese search: trigram FTS for 3+ characters, LIKE on the base table for 1–2, pinyin initials, tombstones."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from guanlan_desk.domain.enums import PartyKind
from guanlan_desk.store import search
from guanlan_desk.store.engine import Database
from guanlan_desk.store.models import Party
from guanlan_desk.store.uow import unit_of_work

NAMES = ["张三", "欧阳娜娜", "深圳市观澜精密五金有限公司", "李四", "张三丰"]


def add(db: Database, names: list[str]) -> None:
    with unit_of_work(db.writes) as session:
        for name in names:
            session.add(Party(kind=PartyKind.PERSON.value, name=name, name_initials=search.name_initials(name)))
        session.commit()


def find(db: Database, query: str) -> list[str]:
    with unit_of_work(db.reads) as session:
        return sorted(session.scalars(select(Party.name).where(
            Party.deleted_at.is_(None), search.match_condition(Party, query))))


def test_one_two_and_three_plus_characters(db: Database) -> None:
    add(db, NAMES)
    assert find(db, "张") == ["张三", "张三丰"]
    assert find(db, "娜娜") == ["欧阳娜娜"]
    assert find(db, "张三丰") == ["张三丰"]
    assert find(db, "精密五金") == ["深圳市观澜精密五金有限公司"]
    assert find(db, "观澜精密五金有限") == ["深圳市观澜精密五金有限公司"]
    assert find(db, "不存在的") == []


def test_pinyin_initials(db: Database) -> None:
    add(db, NAMES)
    assert search.name_initials("欧阳娜娜") == "oynn"
    assert find(db, "zs") == ["张三", "张三丰"]
    assert find(db, "ZSF") == ["张三丰"]


def test_fts_syntax_in_user_input_is_just_text(db: Database) -> None:
    add(db, ['他说"你好" OR 再见'])
    assert find(db, '"你好" OR') == ['他说"你好" OR 再见']
    assert find(db, "NEAR(") == []
    assert find(db, "%") == []


def test_index_follows_updates_and_tombstones(db: Database) -> None:
    add(db, ["王五六七"])
    with unit_of_work(db.writes) as session:
        party = session.scalars(select(Party)).one()
        party.name = "赵六七八"
        session.commit()
    assert find(db, "王五六") == [] and find(db, "赵六七") == ["赵六七八"]
    with unit_of_work(db.writes) as session:
        party = session.scalars(select(Party)).one()
        party.deleted_at = db.clock()
        session.commit()
    with unit_of_work(db.reads) as session:
        hits = session.execute(text("SELECT count(*) FROM party_fts WHERE party_fts MATCH '\"赵六七\"'")).scalar()
        pending = session.execute(text("SELECT count(*) FROM search_pending")).scalar()
    assert hits == 0 and pending == 0


def test_rebuild_restores_a_lost_index(db: Database) -> None:
    add(db, NAMES)
    with unit_of_work(db.writes) as session:
        session.execute(text("DELETE FROM party_fts"))
        session.commit()
    assert find(db, "张三丰") == []
    with unit_of_work(db.writes) as session:
        search.rebuild(session)
        session.commit()
    assert find(db, "张三丰") == ["张三丰"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet="观澜社区调解张王李三四五劳动工资", min_size=1, max_size=6))
def test_fts_and_like_agree_with_python_substring(db: Database, query: str) -> None:
    corpus = ["观澜社区调解", "张三劳动工资", "王五", "李四社区", "观澜劳动调解"]
    with unit_of_work(db.reads) as session:
        if not session.execute(select(func.count()).select_from(Party)).scalar():
            add(db, corpus)
    expected = sorted(n for n in corpus if query in n)
    assert find(db, query) == expected
