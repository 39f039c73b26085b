"""sync conflicts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 04:26:29.806150
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""

    op.create_table('sync_conflict',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field_names', sa.Text(), nullable=False),
    sa.Column('kept', sa.JSON(), nullable=False),
    sa.Column('other', sa.JSON(), nullable=False),
    sa.Column('kept_hlc', sa.String(length=64), nullable=False),
    sa.Column('other_hlc', sa.String(length=64), nullable=False),
    sa.Column('other_origin', sa.String(length=36), nullable=False),
    sa.Column('bundle_sha256', sa.String(length=64), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=64), nullable=False),
    sa.Column('resolution', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_row_id'), ['row_id'], unique=False)




def downgrade() -> None:
    """Revert."""

    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_row_id'))

    op.drop_table('sync_conflict')

