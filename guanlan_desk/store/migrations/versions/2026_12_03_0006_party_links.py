"""party links: a cross-community duplicate is linked at the office, not merged (issue 9)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 09:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""
    op.create_table('party_link',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('party_id', sa.Uuid(), nullable=False),
    sa.Column('linked_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['linked_id'], ['party.id'], name=op.f('fk_party_link_linked_id_party')),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_party_link_party_id_party')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party_link')),
    sa.UniqueConstraint('party_id', 'linked_id', name=op.f('uq_party_link_party_id'))
    )
    with op.batch_alter_table('party_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_party_link_linked_id'), ['linked_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_party_link_party_id'), ['party_id'], unique=False)


def downgrade() -> None:
    """Revert."""
    with op.batch_alter_table('party_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_party_link_party_id'))
        batch_op.drop_index(batch_op.f('ix_party_link_linked_id'))
    op.drop_table('party_link')
