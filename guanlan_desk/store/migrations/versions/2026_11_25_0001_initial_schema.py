"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 03:33:35.215473
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""
    op.create_table('attachment',
    sa.Column('owner_type', sa.String(length=16), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_owner_id'), ['owner_id'], unique=False)

    op.create_table('audit_event',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('id', name=op.f('uq_audit_event_id'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_entity_id'), ['entity_id'], unique=False)

    op.create_table('community',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('abbrev', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community')),
    sa.UniqueConstraint('code', name=op.f('uq_community_code'))
    )
    with op.batch_alter_table('community', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_community_change_seq'), ['change_seq'], unique=False)

    op.create_table('grid',
    sa.Column('community_code', sa.String(length=32), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grid')),
    sa.UniqueConstraint('community_code', 'code', name=op.f('uq_grid_community_code'))
    )
    with op.batch_alter_table('grid', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grid_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_grid_community_code'), ['community_code'], unique=False)

    op.create_table('import_log',
    sa.Column('bundle_sha256', sa.String(length=64), nullable=False),
    sa.Column('sender', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('bundle_sha256', name=op.f('pk_import_log'))
    )
    with op.batch_alter_table('import_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_log_sender'), ['sender'], unique=False)

    op.create_table('local_state',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('int_value', sa.Integer(), nullable=False),
    sa.Column('text_value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_state'))
    )
    op.create_table('party',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('name_initials', sa.String(length=32), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('ethnicity', sa.String(length=16), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('age', sa.Integer(), nullable=True),
    sa.Column('occupation', sa.String(length=50), nullable=False),
    sa.Column('phone', sa.LargeBinary(), nullable=True),
    sa.Column('phone_bidx', sa.String(length=32), nullable=True),
    sa.Column('address', sa.LargeBinary(), nullable=True),
    sa.Column('id_type', sa.String(length=32), nullable=False),
    sa.Column('id_number', sa.LargeBinary(), nullable=True),
    sa.Column('id_bidx', sa.String(length=32), nullable=True),
    sa.Column('uscc', sa.String(length=18), nullable=True),
    sa.Column('business_name', sa.String(length=100), nullable=False),
    sa.Column('legal_rep_name', sa.String(length=50), nullable=False),
    sa.Column('legal_rep_title', sa.String(length=50), nullable=False),
    sa.Column('minor_under_14', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.LargeBinary(), nullable=True),
    sa.Column('community_code', sa.String(length=32), nullable=False),
    sa.Column('merged_into_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['merged_into_id'], ['party.id'], name=op.f('fk_party_merged_into_id_party')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party'))
    )
    with op.batch_alter_table('party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_party_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_party_community_code'), ['community_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_party_id_bidx'), ['id_bidx'], unique=False)
        batch_op.create_index(batch_op.f('ix_party_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_party_name_initials'), ['name_initials'], unique=False)
        batch_op.create_index(batch_op.f('ix_party_phone_bidx'), ['phone_bidx'], unique=False)
        batch_op.create_index(batch_op.f('ix_party_uscc'), ['uscc'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('sync_peer',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('community_code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('sign_public_key', sa.Text(), nullable=False),
    sa.Column('box_public_key', sa.Text(), nullable=False),
    sa.Column('acked_seq', sa.Integer(), nullable=False),
    sa.Column('last_bundle_seq', sa.Integer(), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_peer')),
    sa.UniqueConstraint('workstation_id', name=op.f('uq_sync_peer_workstation_id'))
    )
    op.create_table('user',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('password_changed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user')),
    sa.UniqueConstraint('username', name=op.f('uq_user_username'))
    )
    op.create_table('venue',
    sa.Column('community_code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('venue_type', sa.String(length=32), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_venue'))
    )
    with op.batch_alter_table('venue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_venue_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_venue_community_code'), ['community_code'], unique=False)

    op.create_table('workstation',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('community_code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('key_check', sa.String(length=64), nullable=False),
    sa.Column('demo', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workstation'))
    )
    op.create_table('dispute',
    sa.Column('case_no', sa.String(length=40), nullable=False),
    sa.Column('case_year', sa.Integer(), nullable=False),
    sa.Column('case_serial', sa.Integer(), nullable=False),
    sa.Column('community_code', sa.String(length=32), nullable=False),
    sa.Column('grid_id', sa.Uuid(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('dispute_type', sa.String(length=2), nullable=False),
    sa.Column('subtype', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('venue_id', sa.Uuid(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('requests', sa.Text(), nullable=False),
    sa.Column('party_names', sa.Text(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=True),
    sa.Column('persons_involved', sa.Integer(), nullable=False),
    sa.Column('flags', sa.String(length=200), nullable=False),
    sa.Column('sensitive_notes', sa.LargeBinary(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('status_changed_at', sa.DateTime(), nullable=False),
    sa.Column('decline_reason', sa.Text(), nullable=False),
    sa.Column('referral_kind', sa.String(length=16), nullable=False),
    sa.Column('referral_target', sa.String(length=100), nullable=False),
    sa.Column('court_ref_no', sa.String(length=64), nullable=False),
    sa.Column('withdraw_reason', sa.Text(), nullable=False),
    sa.Column('mediation_due', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('archived_on', sa.Date(), nullable=True),
    sa.Column('retention', sa.String(length=16), nullable=False),
    sa.Column('retention_until', sa.Date(), nullable=True),
    sa.Column('jc_requested', sa.Boolean(), nullable=False),
    sa.Column('registered_by', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['grid_id'], ['grid.id'], name=op.f('fk_dispute_grid_id_grid')),
    sa.ForeignKeyConstraint(['venue_id'], ['venue.id'], name=op.f('fk_dispute_venue_id_venue')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispute')),
    )
    with op.batch_alter_table('dispute', schema=None) as batch_op:
        batch_op.create_index('ix_dispute_case_serial', ['community_code', 'case_year', 'case_serial'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_no'), ['case_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_community_code'), ['community_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_dispute_type'), ['dispute_type'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_received_on'), ['received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_status'), ['status'], unique=False)

    op.create_table('legal_clarity_person',
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('name_initials', sa.String(length=32), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('ethnicity', sa.String(length=16), nullable=False),
    sa.Column('phone', sa.LargeBinary(), nullable=True),
    sa.Column('phone_bidx', sa.String(length=32), nullable=True),
    sa.Column('address', sa.LargeBinary(), nullable=True),
    sa.Column('id_number', sa.LargeBinary(), nullable=True),
    sa.Column('id_bidx', sa.String(length=32), nullable=True),
    sa.Column('community_code', sa.String(length=32), nullable=False),
    sa.Column('grid_id', sa.Uuid(), nullable=True),
    sa.Column('political_status', sa.String(length=16), nullable=False),
    sa.Column('education', sa.String(length=16), nullable=False),
    sa.Column('occupation', sa.String(length=50), nullable=False),
    sa.Column('identities', sa.String(length=300), nullable=False),
    sa.Column('selection_method', sa.String(length=16), nullable=False),
    sa.Column('selected_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('recognised_on', sa.Date(), nullable=True),
    sa.Column('certificate_no', sa.String(length=40), nullable=False),
    sa.Column('badge_no', sa.String(length=40), nullable=False),
    sa.Column('adviser_name', sa.String(length=50), nullable=False),
    sa.Column('adviser_firm', sa.String(length=100), nullable=False),
    sa.Column('display_consent', sa.Boolean(), nullable=False),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('show_phone', sa.Boolean(), nullable=False),
    sa.Column('bio', sa.String(length=200), nullable=False),
    sa.Column('photo_attachment_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['grid_id'], ['grid.id'], name=op.f('fk_legal_clarity_person_grid_id_grid')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_clarity_person'))
    )
    with op.batch_alter_table('legal_clarity_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_legal_clarity_person_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_clarity_person_community_code'), ['community_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_clarity_person_id_bidx'), ['id_bidx'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_clarity_person_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_clarity_person_name_initials'), ['name_initials'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_clarity_person_phone_bidx'), ['phone_bidx'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_clarity_person_status'), ['status'], unique=False)

    op.create_table('risk_item',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('code_year', sa.Integer(), nullable=False),
    sa.Column('code_serial', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('community_code', sa.String(length=32), nullable=False),
    sa.Column('grid_id', sa.Uuid(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('involved_count', sa.Integer(), nullable=False),
    sa.Column('found_on', sa.Date(), nullable=False),
    sa.Column('reporter', sa.String(length=50), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('leader_name', sa.String(length=50), nullable=False),
    sa.Column('leader_title', sa.String(length=50), nullable=False),
    sa.Column('leader_unit', sa.String(length=100), nullable=False),
    sa.Column('leader_user', sa.String(length=64), nullable=False),
    sa.Column('responsible_units', sa.String(length=200), nullable=False),
    sa.Column('responsible_person', sa.String(length=50), nullable=False),
    sa.Column('responsible_phone', sa.LargeBinary(), nullable=True),
    sa.Column('control_measures', sa.Text(), nullable=False),
    sa.Column('resolution_measures', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('status_changed_at', sa.DateTime(), nullable=False),
    sa.Column('close_requested_on', sa.Date(), nullable=True),
    sa.Column('close_requested_by', sa.String(length=64), nullable=False),
    sa.Column('close_basis', sa.Text(), nullable=False),
    sa.Column('close_evidence', sa.Text(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closed_by', sa.String(length=64), nullable=False),
    sa.Column('reopen_reason', sa.Text(), nullable=False),
    sa.Column('key_person_kind', sa.String(length=32), nullable=False),
    sa.Column('key_person_notes', sa.LargeBinary(), nullable=True),
    sa.Column('key_person_monitor', sa.LargeBinary(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['grid_id'], ['grid.id'], name=op.f('fk_risk_item_grid_id_grid')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_item'))
    )
    with op.batch_alter_table('risk_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_risk_item_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_risk_item_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_risk_item_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_risk_item_community_code'), ['community_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_risk_item_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_risk_item_found_on'), ['found_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_risk_item_grid_id'), ['grid_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_risk_item_level'), ['level'], unique=False)
        batch_op.create_index(batch_op.f('ix_risk_item_status'), ['status'], unique=False)

    op.create_table('agreement',
    sa.Column('dispute_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('facts', sa.Text(), nullable=False),
    sa.Column('terms', sa.Text(), nullable=False),
    sa.Column('performance_method', sa.Text(), nullable=False),
    sa.Column('performance_deadline', sa.Date(), nullable=True),
    sa.Column('performance_place', sa.String(length=100), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=True),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('jc_deadline', sa.Date(), nullable=True),
    sa.Column('performance', sa.String(length=16), nullable=False),
    sa.Column('performance_noted_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['dispute_id'], ['dispute.id'], name=op.f('fk_agreement_dispute_id_dispute')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement')),
    sa.UniqueConstraint('dispute_id', name=op.f('uq_agreement_dispute_id'))
    )
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_jc_deadline'), ['jc_deadline'], unique=False)

    op.create_table('dispute_mediator',
    sa.Column('dispute_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('lcp_id', sa.Uuid(), nullable=True),
    sa.Column('is_lead', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['dispute_id'], ['dispute.id'], name=op.f('fk_dispute_mediator_dispute_id_dispute')),
    sa.ForeignKeyConstraint(['lcp_id'], ['legal_clarity_person.id'], name=op.f('fk_dispute_mediator_lcp_id_legal_clarity_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispute_mediator'))
    )
    with op.batch_alter_table('dispute_mediator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dispute_mediator_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_mediator_dispute_id'), ['dispute_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_mediator_lcp_id'), ['lcp_id'], unique=False)

    op.create_table('dispute_party',
    sa.Column('dispute_id', sa.Uuid(), nullable=False),
    sa.Column('party_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['dispute_id'], ['dispute.id'], name=op.f('fk_dispute_party_dispute_id_dispute')),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_dispute_party_party_id_party')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispute_party'))
    )
    with op.batch_alter_table('dispute_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dispute_party_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_party_dispute_id'), ['dispute_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_party_party_id'), ['party_id'], unique=False)

    op.create_table('dispute_risk',
    sa.Column('dispute_id', sa.Uuid(), nullable=False),
    sa.Column('risk_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['dispute_id'], ['dispute.id'], name=op.f('fk_dispute_risk_dispute_id_dispute')),
    sa.ForeignKeyConstraint(['risk_id'], ['risk_item.id'], name=op.f('fk_dispute_risk_risk_id_risk_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispute_risk'))
    )
    with op.batch_alter_table('dispute_risk', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dispute_risk_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_risk_dispute_id'), ['dispute_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_risk_risk_id'), ['risk_id'], unique=False)

    op.create_table('follow_up',
    sa.Column('dispute_id', sa.Uuid(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('visitor', sa.String(length=50), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('performance', sa.String(length=16), nullable=False),
    sa.Column('satisfaction', sa.String(length=16), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['dispute_id'], ['dispute.id'], name=op.f('fk_follow_up_dispute_id_dispute')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up'))
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_dispute_id'), ['dispute_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_due_on'), ['due_on'], unique=False)

    op.create_table('lcp_service',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('served_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('people_served', sa.Integer(), nullable=False),
    sa.Column('dispute_id', sa.Uuid(), nullable=True),
    sa.Column('risk_id', sa.Uuid(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['dispute_id'], ['dispute.id'], name=op.f('fk_lcp_service_dispute_id_dispute')),
    sa.ForeignKeyConstraint(['person_id'], ['legal_clarity_person.id'], name=op.f('fk_lcp_service_person_id_legal_clarity_person')),
    sa.ForeignKeyConstraint(['risk_id'], ['risk_item.id'], name=op.f('fk_lcp_service_risk_id_risk_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lcp_service'))
    )
    with op.batch_alter_table('lcp_service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lcp_service_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_lcp_service_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_lcp_service_served_on'), ['served_on'], unique=False)

    op.create_table('lcp_status_change',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('from_status', sa.String(length=16), nullable=False),
    sa.Column('to_status', sa.String(length=16), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('approver', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['legal_clarity_person.id'], name=op.f('fk_lcp_status_change_person_id_legal_clarity_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lcp_status_change'))
    )
    with op.batch_alter_table('lcp_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lcp_status_change_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_lcp_status_change_person_id'), ['person_id'], unique=False)

    op.create_table('lcp_training',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('hours_tenths', sa.Integer(), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('organiser', sa.String(length=100), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['legal_clarity_person.id'], name=op.f('fk_lcp_training_person_id_legal_clarity_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lcp_training'))
    )
    with op.batch_alter_table('lcp_training', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lcp_training_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_lcp_training_person_id'), ['person_id'], unique=False)

    op.create_table('mediation_session',
    sa.Column('dispute_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('held_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('participants', sa.Text(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('recorder', sa.String(length=50), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['dispute_id'], ['dispute.id'], name=op.f('fk_mediation_session_dispute_id_dispute')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_session'))
    )
    with op.batch_alter_table('mediation_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_session_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_session_dispute_id'), ['dispute_id'], unique=False)

    op.create_table('risk_party',
    sa.Column('risk_id', sa.Uuid(), nullable=False),
    sa.Column('party_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_risk_party_party_id_party')),
    sa.ForeignKeyConstraint(['risk_id'], ['risk_item.id'], name=op.f('fk_risk_party_risk_id_risk_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_party'))
    )
    with op.batch_alter_table('risk_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_risk_party_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_risk_party_party_id'), ['party_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_risk_party_risk_id'), ['risk_id'], unique=False)

    op.create_table('risk_review',
    sa.Column('risk_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=False),
    sa.Column('participants', sa.String(length=200), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('level_before', sa.String(length=16), nullable=False),
    sa.Column('level_after', sa.String(length=16), nullable=False),
    sa.Column('author', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['risk_id'], ['risk_item.id'], name=op.f('fk_risk_review_risk_id_risk_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_review'))
    )
    with op.batch_alter_table('risk_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_risk_review_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_risk_review_risk_id'), ['risk_id'], unique=False)

    _create_search()
    op.execute("INSERT INTO local_state (key, int_value, text_value) VALUES ('change_seq', 0, ''), ('hlc', 0, '')")


# Full-text search: FTS5 trigram tables (3+ character substrings). Triggers cannot write into FTS5 tables
# while trusted_schema=OFF ("unsafe use of virtual table"), so they queue changed rowids in search_pending
# and the store applies the queue inside the same transaction before it commits (store/search.py).
SEARCH_TABLES = {
    "dispute": ("case_no", "title", "summary", "party_names"),
    "party": ("name", "business_name", "name_initials"),
    "risk_item": ("code", "title", "description", "leader_name", "responsible_person"),
    "legal_clarity_person": ("name", "name_initials", "certificate_no"),
}


def _create_search() -> None:
    op.execute("CREATE TABLE search_pending (tbl TEXT NOT NULL, rid INTEGER NOT NULL, "
               "PRIMARY KEY (tbl, rid)) WITHOUT ROWID")
    for table, columns in SEARCH_TABLES.items():
        cols = ", ".join(columns)
        op.execute(f"CREATE VIRTUAL TABLE {table}_fts USING fts5({cols}, tokenize='trigram')")
        watched = ", ".join((*columns, "deleted_at"))
        op.execute(f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN "
                   f"INSERT OR IGNORE INTO search_pending VALUES ('{table}', new.rowid); END")
        op.execute(f"CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {watched} ON {table} BEGIN "
                   f"INSERT OR IGNORE INTO search_pending VALUES ('{table}', new.rowid); END")
        op.execute(f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN "
                   f"INSERT OR IGNORE INTO search_pending VALUES ('{table}', old.rowid); END")


def _drop_search() -> None:
    for table in SEARCH_TABLES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    op.execute("DROP TABLE IF EXISTS search_pending")


def downgrade() -> None:
    """Revert."""
    _drop_search()
    with op.batch_alter_table('risk_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_risk_review_risk_id'))
        batch_op.drop_index(batch_op.f('ix_risk_review_change_seq'))

    op.drop_table('risk_review')
    with op.batch_alter_table('risk_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_risk_party_risk_id'))
        batch_op.drop_index(batch_op.f('ix_risk_party_party_id'))
        batch_op.drop_index(batch_op.f('ix_risk_party_change_seq'))

    op.drop_table('risk_party')
    with op.batch_alter_table('mediation_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_session_dispute_id'))
        batch_op.drop_index(batch_op.f('ix_mediation_session_change_seq'))

    op.drop_table('mediation_session')
    with op.batch_alter_table('lcp_training', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lcp_training_person_id'))
        batch_op.drop_index(batch_op.f('ix_lcp_training_change_seq'))

    op.drop_table('lcp_training')
    with op.batch_alter_table('lcp_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lcp_status_change_person_id'))
        batch_op.drop_index(batch_op.f('ix_lcp_status_change_change_seq'))

    op.drop_table('lcp_status_change')
    with op.batch_alter_table('lcp_service', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lcp_service_served_on'))
        batch_op.drop_index(batch_op.f('ix_lcp_service_person_id'))
        batch_op.drop_index(batch_op.f('ix_lcp_service_change_seq'))

    op.drop_table('lcp_service')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_due_on'))
        batch_op.drop_index(batch_op.f('ix_follow_up_dispute_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_change_seq'))

    op.drop_table('follow_up')
    with op.batch_alter_table('dispute_risk', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dispute_risk_risk_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_risk_dispute_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_risk_change_seq'))

    op.drop_table('dispute_risk')
    with op.batch_alter_table('dispute_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dispute_party_party_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_party_dispute_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_party_change_seq'))

    op.drop_table('dispute_party')
    with op.batch_alter_table('dispute_mediator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dispute_mediator_lcp_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_mediator_dispute_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_mediator_change_seq'))

    op.drop_table('dispute_mediator')
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_jc_deadline'))
        batch_op.drop_index(batch_op.f('ix_agreement_change_seq'))

    op.drop_table('agreement')
    with op.batch_alter_table('risk_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_risk_item_status'))
        batch_op.drop_index(batch_op.f('ix_risk_item_level'))
        batch_op.drop_index(batch_op.f('ix_risk_item_grid_id'))
        batch_op.drop_index(batch_op.f('ix_risk_item_found_on'))
        batch_op.drop_index(batch_op.f('ix_risk_item_deadline'))
        batch_op.drop_index(batch_op.f('ix_risk_item_community_code'))
        batch_op.drop_index(batch_op.f('ix_risk_item_code'))
        batch_op.drop_index(batch_op.f('ix_risk_item_change_seq'))
        batch_op.drop_index(batch_op.f('ix_risk_item_category'))

    op.drop_table('risk_item')
    with op.batch_alter_table('legal_clarity_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_legal_clarity_person_status'))
        batch_op.drop_index(batch_op.f('ix_legal_clarity_person_phone_bidx'))
        batch_op.drop_index(batch_op.f('ix_legal_clarity_person_name_initials'))
        batch_op.drop_index(batch_op.f('ix_legal_clarity_person_name'))
        batch_op.drop_index(batch_op.f('ix_legal_clarity_person_id_bidx'))
        batch_op.drop_index(batch_op.f('ix_legal_clarity_person_community_code'))
        batch_op.drop_index(batch_op.f('ix_legal_clarity_person_change_seq'))

    op.drop_table('legal_clarity_person')
    with op.batch_alter_table('dispute', schema=None) as batch_op:
        batch_op.drop_index('ix_dispute_case_serial')
        batch_op.drop_index(batch_op.f('ix_dispute_status'))
        batch_op.drop_index(batch_op.f('ix_dispute_received_on'))
        batch_op.drop_index(batch_op.f('ix_dispute_dispute_type'))
        batch_op.drop_index(batch_op.f('ix_dispute_community_code'))
        batch_op.drop_index(batch_op.f('ix_dispute_change_seq'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_no'))

    op.drop_table('dispute')
    op.drop_table('workstation')
    with op.batch_alter_table('venue', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_venue_community_code'))
        batch_op.drop_index(batch_op.f('ix_venue_change_seq'))

    op.drop_table('venue')
    op.drop_table('user')
    op.drop_table('sync_peer')
    op.drop_table('setting')
    with op.batch_alter_table('party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_party_uscc'))
        batch_op.drop_index(batch_op.f('ix_party_phone_bidx'))
        batch_op.drop_index(batch_op.f('ix_party_name_initials'))
        batch_op.drop_index(batch_op.f('ix_party_name'))
        batch_op.drop_index(batch_op.f('ix_party_id_bidx'))
        batch_op.drop_index(batch_op.f('ix_party_community_code'))
        batch_op.drop_index(batch_op.f('ix_party_change_seq'))

    op.drop_table('party')
    op.drop_table('local_state')
    with op.batch_alter_table('import_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_log_sender'))

    op.drop_table('import_log')
    with op.batch_alter_table('grid', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grid_community_code'))
        batch_op.drop_index(batch_op.f('ix_grid_change_seq'))

    op.drop_table('grid')
    with op.batch_alter_table('community', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_community_change_seq'))

    op.drop_table('community')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_event_action'))

    op.drop_table('audit_event')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_owner_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_change_seq'))

    op.drop_table('attachment')
