"""mediation notices

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 04:04:34.190830
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""

    op.create_table('mediation_notice',
    sa.Column('dispute_id', sa.Uuid(), nullable=False),
    sa.Column('party_id', sa.Uuid(), nullable=False),
    sa.Column('scheduled_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('materials', sa.Text(), nullable=False),
    sa.Column('contact_person', sa.String(length=50), nullable=False),
    sa.Column('contact_phone', sa.String(length=20), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('delivery_method', sa.String(length=16), nullable=False),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.Column('receipt_signed', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['dispute_id'], ['dispute.id'], name=op.f('fk_mediation_notice_dispute_id_dispute')),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_mediation_notice_party_id_party')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_notice'))
    )
    with op.batch_alter_table('mediation_notice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_notice_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_notice_dispute_id'), ['dispute_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_notice_party_id'), ['party_id'], unique=False)




def downgrade() -> None:
    """Revert."""

    with op.batch_alter_table('mediation_notice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_notice_party_id'))
        batch_op.drop_index(batch_op.f('ix_mediation_notice_dispute_id'))
        batch_op.drop_index(batch_op.f('ix_mediation_notice_change_seq'))

    op.drop_table('mediation_notice')

