"""key slots (the data key wrapped per user and by the recovery code), pending audit events, a failure window
on users, and triggers that make the audit log append-only (issue 9)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 08:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

TRIGGERS = {
    "audit_event_no_update": "BEFORE UPDATE ON audit_event",
    "audit_event_no_delete": "BEFORE DELETE ON audit_event",
}


def upgrade() -> None:
    """Apply."""
    op.create_table('key_slot',
    sa.Column('id', sa.String(length=48), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.Column('kdf', sa.String(length=64), nullable=False),
    sa.Column('salt', sa.LargeBinary(), nullable=False),
    sa.Column('device_tag', sa.String(length=32), nullable=False),
    sa.Column('wrapped', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_key_slot_user_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_slot')),
    sa.UniqueConstraint('user_id', name=op.f('uq_key_slot_user_id'))
    )
    op.create_table('audit_pending',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_pending'))
    )
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failure_window_start', sa.DateTime(), nullable=True))
    for name, when in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN "
                   "SELECT RAISE(ABORT, 'the audit log is append-only'); END")


def downgrade() -> None:
    """Revert."""
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_column('failure_window_start')
    op.drop_table('audit_pending')
    op.drop_table('key_slot')
