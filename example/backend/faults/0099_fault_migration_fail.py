"""FAULT=migration-fail: a migration that fails half way (copied into versions/ only for that build).

PostgreSQL runs the whole upgrade in one transaction (see env.py), so the table created
here is rolled back with it and the schema stays at the previous revision.

Revision ID: 0099
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("fault_probe", sa.Column("id", sa.Integer, primary_key=True))
    raise RuntimeError("FAULT=migration-fail: this build's migration fails on purpose")


def downgrade() -> None:
    op.drop_table("fault_probe")
