"""sync bundles: field clocks, export log, peers' audit chains, exchange marks on sync_peer (issue 5)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 07:47:19.933683
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""
    op.create_table('peer_audit_event',
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('origin', 'seq', name=op.f('pk_peer_audit_event'))
    )
    op.create_table('sync_export',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('since_seq', sa.Integer(), nullable=False),
    sa.Column('bundle_sha256', sa.String(length=64), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('max_change_seq', sa.Integer(), nullable=False),
    sa.Column('max_audit_seq', sa.Integer(), nullable=False),
    sa.Column('full', sa.Boolean(), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_export'))
    )
    with op.batch_alter_table('sync_export', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_export_peer_id'), ['peer_id'], unique=False)

    op.create_table('sync_field_clock',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('base_hlc', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_id', 'field', name=op.f('pk_sync_field_clock'))
    )
    with op.batch_alter_table('sync_peer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sent_seq', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('last_sent_sha256', sa.String(length=64), server_default='', nullable=False))
        batch_op.add_column(sa.Column('last_received_sha256', sa.String(length=64), server_default='', nullable=False))
        batch_op.add_column(sa.Column('acked_created_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('enrolment_token', sa.String(length=36), server_default='', nullable=False))
        batch_op.add_column(sa.Column('problem', sa.Text(), server_default='', nullable=False))



def downgrade() -> None:
    """Revert."""
    with op.batch_alter_table('sync_peer', schema=None) as batch_op:
        batch_op.drop_column('problem')
        batch_op.drop_column('enrolment_token')
        batch_op.drop_column('acked_created_at')
        batch_op.drop_column('last_received_sha256')
        batch_op.drop_column('last_sent_sha256')
        batch_op.drop_column('sent_seq')

    op.drop_table('sync_field_clock')
    with op.batch_alter_table('sync_export', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_export_peer_id'))

    op.drop_table('sync_export')
    op.drop_table('peer_audit_event')
