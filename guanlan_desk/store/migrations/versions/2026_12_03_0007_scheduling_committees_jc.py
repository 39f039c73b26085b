"""scheduling and notices, per-community committees, judicial confirmation records, mediation deadlines

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-03 08:48:48.966352
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0007'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""
    op.create_table('judicial_confirmation',
    sa.Column('dispute_id', sa.Uuid(), nullable=False),
    sa.Column('court', sa.String(length=100), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('court_case_no', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['dispute_id'], ['dispute.id'], name=op.f('fk_judicial_confirmation_dispute_id_dispute')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_judicial_confirmation')),
    sa.UniqueConstraint('dispute_id', name=op.f('uq_judicial_confirmation_dispute_id'))
    )
    with op.batch_alter_table('judicial_confirmation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_judicial_confirmation_change_seq'), ['change_seq'], unique=False)

    op.create_table('mediation_schedule',
    sa.Column('dispute_id', sa.Uuid(), nullable=False),
    sa.Column('scheduled_at', sa.DateTime(), nullable=False),
    sa.Column('venue_id', sa.Uuid(), nullable=True),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('mediators', sa.String(length=200), nullable=False),
    sa.Column('contact_person', sa.String(length=50), nullable=False),
    sa.Column('contact_phone', sa.String(length=20), nullable=False),
    sa.Column('materials', sa.Text(), nullable=False),
    sa.Column('superseded_at', sa.DateTime(), nullable=True),
    sa.Column('session_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['dispute_id'], ['dispute.id'], name=op.f('fk_mediation_schedule_dispute_id_dispute')),
    sa.ForeignKeyConstraint(['session_id'], ['mediation_session.id'], name=op.f('fk_mediation_schedule_session_id_mediation_session')),
    sa.ForeignKeyConstraint(['venue_id'], ['venue.id'], name=op.f('fk_mediation_schedule_venue_id_venue')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_schedule'))
    )
    with op.batch_alter_table('mediation_schedule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_schedule_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_schedule_dispute_id'), ['dispute_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_schedule_scheduled_at'), ['scheduled_at'], unique=False)

    with op.batch_alter_table('community', schema=None) as batch_op:
        batch_op.add_column(sa.Column('committee_name', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('seal_text', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('case_number_pattern', sa.String(length=64), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('committee_phone', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('committee_address', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('active', sa.Boolean(), nullable=False, server_default=sa.true()))

    with op.batch_alter_table('dispute', schema=None) as batch_op:
        batch_op.add_column(sa.Column('accepted_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('court_deadline', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('extended_due', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('extension_consent', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('end_kind', sa.String(length=16), nullable=False, server_default=''))

    with op.batch_alter_table('mediation_notice', schema=None) as batch_op:
        batch_op.add_column(sa.Column('schedule_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('superseded', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('delivered_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('receiver', sa.String(length=50), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('refused', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('server', sa.String(length=50), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_mediation_notice_schedule_id'), ['schedule_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_mediation_notice_schedule_id_mediation_schedule'),
                                    'mediation_schedule', ['schedule_id'], ['id'])

    # The deadline counts from 受理: cases already past registration were accepted on the day received.
    op.execute("UPDATE dispute SET accepted_on = received_on WHERE status != 'registered'")



def downgrade() -> None:
    """Revert."""
    with op.batch_alter_table('mediation_notice', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_mediation_notice_schedule_id_mediation_schedule'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_mediation_notice_schedule_id'))
        batch_op.drop_column('server')
        batch_op.drop_column('refused')
        batch_op.drop_column('receiver')
        batch_op.drop_column('delivered_at')
        batch_op.drop_column('superseded')
        batch_op.drop_column('schedule_id')

    with op.batch_alter_table('dispute', schema=None) as batch_op:
        batch_op.drop_column('end_kind')
        batch_op.drop_column('extension_consent')
        batch_op.drop_column('extended_due')
        batch_op.drop_column('court_deadline')
        batch_op.drop_column('accepted_on')

    with op.batch_alter_table('community', schema=None) as batch_op:
        batch_op.drop_column('active')
        batch_op.drop_column('committee_address')
        batch_op.drop_column('committee_phone')
        batch_op.drop_column('case_number_pattern')
        batch_op.drop_column('seal_text')
        batch_op.drop_column('committee_name')

    with op.batch_alter_table('mediation_schedule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_schedule_scheduled_at'))
        batch_op.drop_index(batch_op.f('ix_mediation_schedule_dispute_id'))
        batch_op.drop_index(batch_op.f('ix_mediation_schedule_change_seq'))

    op.drop_table('mediation_schedule')
    with op.batch_alter_table('judicial_confirmation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_judicial_confirmation_change_seq'))

    op.drop_table('judicial_confirmation')
