"""statistics indexes 2: the risk ledger's covering index, and the prevented persons in the dispute one (issue 14)

A year's risk figures and its screening rounds read ~10 short columns of every risk item alive in the year;
without an index covering them SQLite scans the table, whose rows hold long encrypted texts. The dispute
statistics index gains the two prevented-persons columns so that the counting query (防止民转刑 / 防止群体性上访
人数 included) never visits a dispute row.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 12:40:00
"""

from __future__ import annotations

from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

OLD_DISPUTE_COLUMNS = ['received_on', 'community_code', 'dispute_type', 'subtype', 'source', 'status', 'venue_id',
                       'persons_involved', 'jc_requested', 'flags', 'grid_id', 'deleted_at', 'id']
DISPUTE_COLUMNS = OLD_DISPUTE_COLUMNS + ['prevented_criminal_persons', 'prevented_petition_persons']
RISK_COLUMNS = ['found_on', 'deleted_at', 'community_code', 'grid_id', 'category', 'level', 'leader_name',
                'closed_on', 'deadline', 'status', 'status_changed_at']


def upgrade() -> None:
    """Apply."""
    with op.batch_alter_table('dispute', schema=None) as batch_op:
        batch_op.drop_index('ix_dispute_statistics')
        batch_op.create_index('ix_dispute_statistics', DISPUTE_COLUMNS, unique=False)
    with op.batch_alter_table('risk_item', schema=None) as batch_op:
        batch_op.create_index('ix_risk_item_statistics', RISK_COLUMNS, unique=False)


def downgrade() -> None:
    """Revert."""
    with op.batch_alter_table('risk_item', schema=None) as batch_op:
        batch_op.drop_index('ix_risk_item_statistics')
    with op.batch_alter_table('dispute', schema=None) as batch_op:
        batch_op.drop_index('ix_dispute_statistics')
        batch_op.create_index('ix_dispute_statistics', OLD_DISPUTE_COLUMNS, unique=False)
