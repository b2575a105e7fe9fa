"""Entry point: one uvicorn worker (sessions and limits live in Redis, so scale with replicas)."""

import logging
import logging.config

import uvicorn

from .config import settings
from .logging_setup import log_config


def main() -> None:
    cfg = log_config(settings.log_level, settings.log_format)
    logging.config.dictConfig(cfg)
    logging.getLogger("bot").info(
        "starting bot %s for bot id %s: webhook %s, reply mode %s, session ttl %ss, limit %s/%ss",
        settings.version,
        settings.bot_id,
        settings.webhook_path,
        settings.reply_mode,
        settings.session_ttl,
        settings.rate_limit,
        settings.rate_window,
    )
    uvicorn.run(
        "bot.main:app",
        host="0.0.0.0",
        port=settings.port,
        log_level=settings.log_level,
        log_config=cfg,
        reload=settings.reload,
        reload_dirs=["/app/bot"] if settings.reload else None,
        proxy_headers=True,
        forwarded_allow_ips="*",
    )


if __name__ == "__main__":
    main()
