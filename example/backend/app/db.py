"""PostgreSQL access: one SQLAlchemy engine per worker process, pool sized from the env."""

from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, create_engine, func

from .config import settings

metadata = MetaData()

items = Table(
    "items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

engine = create_engine(
    settings.database_url,
    pool_size=settings.db_pool_size,
    max_overflow=settings.db_max_overflow,
    pool_timeout=settings.db_pool_timeout,
    pool_pre_ping=True,
    pool_recycle=1800,
    connect_args={"connect_timeout": 3, "application_name": "backend"},
    future=True,
)
