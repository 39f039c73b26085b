"""mediator roster, coded case flags, case status history, legal advisers, group services (issue 11)

Data: case flags stored as Chinese words become CaseFlag codes; 政治面貌/文化程度 typed as words become codes;
mediators typed as free names become roster entries (one per community and name, with an id derived from both,
so every workstation that migrates its copy makes the same row); each case gets the status history it can be
given (registered when received, its current status since it changed).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 08:45:22.918957
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

# Frozen copies of the domain's tables as they are at this revision (a migration must not change with the code).
_FLAG_CODES = {"群体性": "mass", "可能民转刑": "crim_risk", "可能群体性上访": "petition_risk", "涉稳": "stability",
               "涉未成年人": "minor", "防止民转刑": "crim_prevented", "防止群体性上访": "petition_prevented"}
_FLAG_ORDER = ("mass", "crim_risk", "petition_risk", "stability", "minor", "crim_prevented", "petition_prevented")
_POLITICAL = {"中共党员": "cpc", "党员": "cpc", "中共预备党员": "cpc_probationary", "预备党员": "cpc_probationary",
              "共青团员": "youth_league", "团员": "youth_league", "民主党派": "democratic_party",
              "无党派人士": "non_partisan", "无党派": "non_partisan", "群众": "masses"}
_EDUCATION = {"研究生": "postgraduate", "硕士": "postgraduate", "博士": "postgraduate", "大学本科": "university",
              "本科": "university", "大学专科": "college", "大专": "college", "专科": "college",
              "中等专科": "vocational", "中专": "vocational", "高中": "high_school", "初中": "junior_high",
              "小学": "primary", "其他": "other"}
_NAMESPACE = uuid.UUID("6f1c2a52-8d0e-4b7e-9a37-2f0c5e1d9b11")

_dispute = sa.table("dispute", sa.column("id", sa.Uuid()), sa.column("flags", sa.String()),
                    sa.column("community_code", sa.String()), sa.column("status", sa.String()),
                    sa.column("received_on", sa.Date()), sa.column("status_changed_at", sa.DateTime()),
                    sa.column("created_at", sa.DateTime()), sa.column("origin", sa.String()),
                    sa.column("registered_by", sa.String()), sa.column("deleted_at", sa.DateTime()))
_link = sa.table("dispute_mediator", sa.column("id", sa.Uuid()), sa.column("dispute_id", sa.Uuid()),
                 sa.column("name", sa.String()), sa.column("lcp_id", sa.Uuid()), sa.column("mediator_id", sa.Uuid()),
                 sa.column("deleted_at", sa.DateTime()))


def _sync_columns() -> tuple[sa.ColumnClause[object], ...]:
    return (sa.column("id", sa.Uuid()), sa.column("origin", sa.String()), sa.column("created_at", sa.DateTime()),
            sa.column("updated_at", sa.DateTime()), sa.column("hlc", sa.String()),
            sa.column("version", sa.Integer()), sa.column("change_seq", sa.Integer()))


_mediator = sa.table("mediator", *_sync_columns(), sa.column("community_code", sa.String()), sa.column("name", sa.String()),
                     sa.column("sex", sa.String()), sa.column("role", sa.String()),
                     sa.column("certificate_no", sa.String()), sa.column("trainings", sa.String()),
                     sa.column("active", sa.Boolean()))
_history = sa.table("dispute_status_change", *_sync_columns(), sa.column("dispute_id", sa.Uuid()),
                    sa.column("action", sa.String()), sa.column("from_status", sa.String()),
                    sa.column("to_status", sa.String()), sa.column("changed_at", sa.DateTime()),
                    sa.column("changed_on", sa.Date()), sa.column("by_user", sa.String()),
                    sa.column("by_name", sa.String()))
_lcp = sa.table("legal_clarity_person", sa.column("id", sa.Uuid()), sa.column("political_status", sa.String()),
                sa.column("education", sa.String()))


def _codes(raw: str) -> str:
    found = {_FLAG_CODES.get(part.strip(), part.strip()) for part in raw.split(",")}
    return ",".join(code for code in _FLAG_ORDER if code in found)


def _migrate_data() -> None:
    conn = op.get_bind()
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    for row in conn.execute(sa.select(_dispute.c.id, _dispute.c.flags).where(_dispute.c.flags != "")).all():
        conn.execute(_dispute.update().where(_dispute.c.id == row.id).values(flags=_codes(row.flags)))
    for person in conn.execute(sa.select(_lcp.c.id, _lcp.c.political_status, _lcp.c.education)).all():
        conn.execute(_lcp.update().where(_lcp.c.id == person.id).values(
            political_status=_POLITICAL.get(person.political_status.strip(), person.political_status),
            education=_EDUCATION.get(person.education.strip(), person.education)))
    links = conn.execute(sa.select(_link.c.id, _link.c.name, _dispute.c.community_code, _dispute.c.origin).join(
        _dispute, _dispute.c.id == _link.c.dispute_id).where(
        _link.c.lcp_id.is_(None), _link.c.mediator_id.is_(None), _link.c.deleted_at.is_(None))).all()
    made: set[uuid.UUID] = set()
    for link in links:
        name = " ".join(link.name.split())
        if not name:
            continue
        mediator_id = uuid.uuid5(_NAMESPACE, f"mediator:{link.community_code}:{name}")
        if mediator_id not in made:
            made.add(mediator_id)
            conn.execute(_mediator.insert().values(
                id=mediator_id, origin=link.origin, created_at=now, updated_at=now, hlc="", version=1, change_seq=0,
                community_code=link.community_code, name=name[:50], sex="0", role="mediator", certificate_no="",
                trainings="", active=True))
        conn.execute(_link.update().where(_link.c.id == link.id).values(mediator_id=mediator_id))
    for case in conn.execute(sa.select(_dispute).where(_dispute.c.deleted_at.is_(None))).all():
        steps = [("register", "", "registered", case.created_at, case.received_on)]
        if case.status != "registered":
            steps.append(("", "", case.status, case.status_changed_at, case.status_changed_at.date()))
        for action, before, after, at, day in steps:
            conn.execute(_history.insert().values(
                id=uuid.uuid5(_NAMESPACE, f"history:{case.id}:{after}"), origin=case.origin, created_at=now,
                updated_at=now, hlc="", version=1, change_seq=0, dispute_id=case.id, action=action,
                from_status=before, to_status=after, changed_at=at, changed_on=day, by_user=case.registered_by
                if after == "registered" else "", by_name=""))


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""
    op.create_table('legal_adviser',
    sa.Column('community_code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('firm', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.LargeBinary(), nullable=True),
    sa.Column('since', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_adviser'))
    )
    with op.batch_alter_table('legal_adviser', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_legal_adviser_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_adviser_community_code'), ['community_code'], unique=False)

    op.create_table('mediator',
    sa.Column('community_code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('certificate_no', sa.String(length=40), nullable=False),
    sa.Column('phone', sa.LargeBinary(), nullable=True),
    sa.Column('trainings', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediator'))
    )
    with op.batch_alter_table('mediator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediator_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediator_community_code'), ['community_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediator_name'), ['name'], unique=False)

    op.create_table('dispute_status_change',
    sa.Column('dispute_id', sa.Uuid(), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('from_status', sa.String(length=16), nullable=False),
    sa.Column('to_status', sa.String(length=16), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('by_user', sa.String(length=64), nullable=False),
    sa.Column('by_name', sa.String(length=50), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['dispute_id'], ['dispute.id'], name=op.f('fk_dispute_status_change_dispute_id_dispute')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispute_status_change'))
    )
    with op.batch_alter_table('dispute_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dispute_status_change_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_status_change_changed_on'), ['changed_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_status_change_dispute_id'), ['dispute_id'], unique=False)

    with op.batch_alter_table('dispute', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prevented_criminal_persons', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('prevented_petition_persons', sa.Integer(), server_default='0', nullable=False))

    with op.batch_alter_table('dispute_mediator', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mediator_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_dispute_mediator_mediator_id'), ['mediator_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_dispute_mediator_mediator_id_mediator'), 'mediator', ['mediator_id'], ['id'])

    with op.batch_alter_table('lcp_service', schema=None) as batch_op:
        batch_op.add_column(sa.Column('event_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_lcp_service_event_id'), ['event_id'], unique=False)

    _migrate_data()


def downgrade() -> None:
    """Revert (flags and 政治面貌/文化程度 go back to words; the roster and history tables are dropped)."""
    conn = op.get_bind()
    words = {code: word for word, code in _FLAG_CODES.items()}
    for row in conn.execute(sa.select(_dispute.c.id, _dispute.c.flags).where(_dispute.c.flags != "")).all():
        conn.execute(_dispute.update().where(_dispute.c.id == row.id).values(
            flags=",".join(words.get(code, code) for code in row.flags.split(","))))
    political = {code: word for word, code in reversed(_POLITICAL.items())}
    education = {code: word for word, code in reversed(_EDUCATION.items())}
    for person in conn.execute(sa.select(_lcp.c.id, _lcp.c.political_status, _lcp.c.education)).all():
        conn.execute(_lcp.update().where(_lcp.c.id == person.id).values(
            political_status=political.get(person.political_status, person.political_status),
            education=education.get(person.education, person.education)))
    with op.batch_alter_table('lcp_service', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lcp_service_event_id'))
        batch_op.drop_column('event_id')

    with op.batch_alter_table('dispute_mediator', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_dispute_mediator_mediator_id_mediator'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_dispute_mediator_mediator_id'))
        batch_op.drop_column('mediator_id')

    # Not a batch (which rebuilds the table and trips over the rows that point at it): plain DROP COLUMN.
    op.execute("ALTER TABLE dispute DROP COLUMN prevented_petition_persons")
    op.execute("ALTER TABLE dispute DROP COLUMN prevented_criminal_persons")

    with op.batch_alter_table('dispute_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dispute_status_change_dispute_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_status_change_changed_on'))
        batch_op.drop_index(batch_op.f('ix_dispute_status_change_change_seq'))

    op.drop_table('dispute_status_change')
    with op.batch_alter_table('mediator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediator_name'))
        batch_op.drop_index(batch_op.f('ix_mediator_community_code'))
        batch_op.drop_index(batch_op.f('ix_mediator_change_seq'))

    op.drop_table('mediator')
    with op.batch_alter_table('legal_adviser', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_legal_adviser_community_code'))
        batch_op.drop_index(batch_op.f('ix_legal_adviser_change_seq'))

    op.drop_table('legal_adviser')
