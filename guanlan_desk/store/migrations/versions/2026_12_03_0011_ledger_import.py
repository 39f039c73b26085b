"""ledger import: where each record taken in from an Excel ledger came from (issue 15)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""
    op.create_table('ledger_import_row',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('record_kind', sa.String(length=16), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('community_code', sa.String(length=32), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('sheet', sa.String(length=100), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('row_key', sa.String(length=64), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_import_row'))
    )
    with op.batch_alter_table('ledger_import_row', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_import_row_file_sha256'), ['file_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_import_row_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_import_row_row_key'), ['row_key'], unique=False)


def downgrade() -> None:
    """Revert."""
    op.drop_table('ledger_import_row')
