"""supervision: the office's 交办 / 督办 to a community, signed off and answered there (issue 17)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""
    op.create_table('supervision_task',
    sa.Column('community_code', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('subject_kind', sa.String(length=16), nullable=False),
    sa.Column('subject_id', sa.Uuid(), nullable=False),
    sa.Column('subject_code', sa.String(length=40), nullable=False),
    sa.Column('subject_title', sa.String(length=200), nullable=False),
    sa.Column('addressee', sa.String(length=50), nullable=False),
    sa.Column('instruction', sa.Text(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('issued_by', sa.String(length=64), nullable=False),
    sa.Column('issued_by_name', sa.String(length=50), nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=True),
    sa.Column('signed_by_name', sa.String(length=50), nullable=False),
    sa.Column('answered_at', sa.DateTime(), nullable=True),
    sa.Column('answered_by_name', sa.String(length=50), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_by_name', sa.String(length=50), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supervision_task'))
    )
    with op.batch_alter_table('supervision_task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supervision_task_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_task_community_code'), ['community_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_task_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_task_subject_id'), ['subject_id'], unique=False)


def downgrade() -> None:
    """Revert."""
    op.drop_table('supervision_task')
