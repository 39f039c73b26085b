"""statistics indexes: covering indexes for counting disputes by period (issue 14)

A year's statistics read ~10 short columns of tens of thousands of disputes; the rows also hold long texts
(summary, requests) whose overflow pages SQLite would follow to reach the later columns. The covering
indexes answer the counting queries from the index alone; the source index finds the grid officers' finds
(screening rounds).

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-03 09:30:00
"""

from __future__ import annotations

from alembic import op

revision = '0010'
down_revision = '0008'
branch_labels = None
depends_on = None

DISPUTE_COLUMNS = ['received_on', 'community_code', 'dispute_type', 'subtype', 'source', 'status', 'venue_id',
                   'persons_involved', 'jc_requested', 'flags', 'grid_id', 'deleted_at', 'id']
AGREEMENT_COLUMNS = ['dispute_id', 'deleted_at', 'kind', 'amount_fen', 'performance', 'id']
SOURCE_COLUMNS = ['source', 'received_on', 'community_code', 'grid_id', 'deleted_at']


def upgrade() -> None:
    """Apply."""
    with op.batch_alter_table('dispute', schema=None) as batch_op:
        batch_op.create_index('ix_dispute_statistics', DISPUTE_COLUMNS, unique=False)
        batch_op.create_index('ix_dispute_source_day', SOURCE_COLUMNS, unique=False)
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.create_index('ix_agreement_statistics', AGREEMENT_COLUMNS, unique=False)


def downgrade() -> None:
    """Revert."""
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_index('ix_agreement_statistics')
    with op.batch_alter_table('dispute', schema=None) as batch_op:
        batch_op.drop_index('ix_dispute_source_day')
        batch_op.drop_index('ix_dispute_statistics')
