"""Settings from the environment (the compose files pass them through from .env)."""

import os
import re
from dataclasses import dataclass

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h)")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def parse_duration(value: str) -> float:
    """Seconds from '90', '90s', '1m30s', '250ms', '2h' (the .env 'duration' type)."""
    text = value.strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    total, pos = 0.0, 0
    for match in _DURATION_PART.finditer(text):
        if match.start() != pos:
            break
        total += float(match.group(1)) * _UNITS[match.group(2)]
        pos = match.end()
    if pos != len(text) or not text:
        raise ValueError(f"expected a duration like 30s or 1m30s, got {value!r}")
    return total


def _int(name: str, default: int, lo: int, hi: int) -> int:
    raw = os.environ.get(name, "") or str(default)
    try:
        value = int(raw)
    except ValueError:
        raise SystemExit(f"{name}: expected an integer, got {raw!r}")
    if not lo <= value <= hi:
        raise SystemExit(f"{name}: expected {lo}..{hi}, got {value}")
    return value


def _choice(name: str, default: str, choices: tuple) -> str:
    value = (os.environ.get(name, "") or default).lower()
    if value not in choices:
        raise SystemExit(f"{name}: expected one of {', '.join(choices)}, got {value!r}")
    return value


def _bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    return raw in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class Settings:
    version: str
    fault: str
    port: int
    workers: int
    reload: bool
    database_url: str
    db_pool_size: int
    db_max_overflow: int
    db_pool_timeout: float
    redis_url: str
    cache_ttl: float
    log_level: str
    log_format: str


def load() -> Settings:
    try:
        cache_ttl = parse_duration(os.environ.get("CACHE_TTL", "") or "60s")
        pool_timeout = parse_duration(os.environ.get("DB_POOL_TIMEOUT", "") or "10s")
    except ValueError as err:
        raise SystemExit(f"CACHE_TTL/DB_POOL_TIMEOUT: {err}")
    return Settings(
        version=os.environ.get("APP_VERSION", "") or "dev",
        fault=_choice("FAULT", "none", ("none", "unhealthy", "crash", "migration-fail")),
        port=_int("PORT", 8000, 1, 65535),
        workers=_int("BACKEND_WORKERS", 2, 1, 32),
        reload=_bool("BACKEND_RELOAD", False),
        database_url=os.environ.get("DATABASE_URL", ""),
        db_pool_size=_int("DB_POOL_SIZE", 5, 1, 100),
        db_max_overflow=_int("DB_MAX_OVERFLOW", 10, 0, 100),
        db_pool_timeout=pool_timeout,
        redis_url=os.environ.get("REDIS_URL", "") or "redis://redis:6379/0",
        cache_ttl=cache_ttl,
        log_level=_choice("LOG_LEVEL", "info", ("debug", "info", "warning", "error")),
        log_format=_choice("LOG_FORMAT", "json", ("json", "text")),
    )


settings = load()
