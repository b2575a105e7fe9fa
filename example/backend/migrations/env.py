"""Alembic environment: online migrations only, one transaction, serialised by an advisory lock."""

import logging
import os
import sys
import time
from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine, pool, text
from sqlalchemy.exc import OperationalError

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)
log = logging.getLogger("alembic.env")

# Any constant; concurrent `alembic upgrade` runs (two deploys, a manual run) queue here.
LOCK_ID = 727_001


def database_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        sys.exit("DATABASE_URL is not set")
    return url


def connect(engine, attempts: int = 30):
    for attempt in range(1, attempts + 1):
        try:
            return engine.connect()
        except OperationalError as err:
            if attempt == attempts:
                raise
            log.warning("database not reachable yet (%s/%s): %s", attempt, attempts, str(err).splitlines()[0])
            time.sleep(1)


def run_migrations_online() -> None:
    engine = create_engine(database_url(), poolclass=pool.NullPool, future=True)
    with connect(engine) as connection:
        context.configure(connection=connection, target_metadata=None)
        with context.begin_transaction():
            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": LOCK_ID})
            context.run_migrations()
    log.info("migrations complete")


if context.is_offline_mode():
    sys.exit("offline migrations are not supported; run `alembic upgrade head` against the database")
run_migrations_online()
