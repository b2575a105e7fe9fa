"""Settings from the environment."""

import os
import re
from dataclasses import dataclass

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h)")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]{35}$")


def parse_duration(value: str) -> float:
    """Seconds from '90', '90s', '1m30s', '250ms', '2h'."""
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


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, "") or default


def _duration(name: str, default: str) -> float:
    try:
        return parse_duration(_env(name, default))
    except ValueError as err:
        raise SystemExit(f"{name}: {err}")


def _int(name: str, default: int, lo: int, hi: int) -> int:
    raw = _env(name, str(default))
    try:
        value = int(raw)
    except ValueError:
        raise SystemExit(f"{name}: expected an integer, got {raw!r}")
    if not lo <= value <= hi:
        raise SystemExit(f"{name}: expected {lo}..{hi}, got {value}")
    return value


def _choice(name: str, default: str, choices: tuple) -> str:
    value = _env(name, default).lower()
    if value not in choices:
        raise SystemExit(f"{name}: expected one of {', '.join(choices)}, got {value!r}")
    return value


@dataclass(frozen=True)
class Settings:
    version: str
    port: int
    reload: bool
    token: str
    webhook_secret: str
    webhook_path: str
    webhook_url: str
    api_base_url: str
    reply_mode: str
    session_ttl: float
    rate_limit: int
    rate_window: float
    redis_url: str
    backend_url: str
    backend_ws_url: str
    log_level: str
    log_format: str

    @property
    def bot_id(self) -> str:
        """The public numeric part of the token, safe to log."""
        return self.token.split(":", 1)[0] if ":" in self.token else "?"


def load() -> Settings:
    token = _env("TELEGRAM_BOT_TOKEN")
    if not TOKEN_RE.match(token):
        raise SystemExit("TELEGRAM_BOT_TOKEN: expected <digits>:<35 characters [A-Za-z0-9_-]>")
    secret = _env("TELEGRAM_WEBHOOK_SECRET")
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise SystemExit("TELEGRAM_WEBHOOK_SECRET: expected 1-256 characters [A-Za-z0-9_-]")
    path = _env("BOT_WEBHOOK_PATH", "/bot/webhook")
    if not path.startswith("/"):
        raise SystemExit(f"BOT_WEBHOOK_PATH: expected a path starting with /, got {path!r}")
    backend = _env("BACKEND_URL", "http://backend:8000").rstrip("/")
    return Settings(
        version=_env("APP_VERSION", "dev"),
        port=_int("PORT", 8081, 1, 65535),
        reload=_env("BOT_RELOAD").lower() in ("1", "true", "yes", "on"),
        token=token,
        webhook_secret=secret,
        webhook_path=path,
        webhook_url=_env("WEBHOOK_URL"),
        api_base_url=_env("TELEGRAM_API_BASE_URL", "https://api.telegram.org").rstrip("/"),
        reply_mode=_choice("BOT_REPLY_MODE", "webhook", ("webhook", "api")),
        session_ttl=_duration("BOT_SESSION_TTL", "30m"),
        rate_limit=_int("BOT_RATE_LIMIT", 20, 1, 100000),
        rate_window=_duration("BOT_RATE_LIMIT_WINDOW", "60s"),
        redis_url=_env("REDIS_URL", "redis://redis:6379/0"),
        backend_url=backend,
        backend_ws_url=_env("BACKEND_WS_URL", backend.replace("http", "ws", 1) + "/ws"),
        log_level=_choice("LOG_LEVEL", "info", ("debug", "info", "warning", "error")),
        log_format=_choice("LOG_FORMAT", "json", ("json", "text")),
    )


settings = load()
