"""Entry point: uvicorn with workers / reload / log settings from the environment."""

import logging
import logging.config
import sys

import uvicorn

from .config import settings
from .logging_setup import log_config


def main() -> None:
    cfg = log_config(settings.log_level, settings.log_format)
    logging.config.dictConfig(cfg)
    log = logging.getLogger("backend")
    if settings.fault == "crash":
        log.error("FAULT=crash: this build exits on start on purpose (version %s)", settings.version)
        sys.exit(3)
    log.info(
        "starting backend %s: workers=%s reload=%s pool=%s+%s cache_ttl=%ss log=%s/%s",
        settings.version,
        settings.workers,
        settings.reload,
        settings.db_pool_size,
        settings.db_max_overflow,
        settings.cache_ttl,
        settings.log_level,
        settings.log_format,
    )
    common = dict(
        host="0.0.0.0",
        port=settings.port,
        log_level=settings.log_level,
        log_config=cfg,
        proxy_headers=True,
        forwarded_allow_ips="*",
    )
    if settings.reload:
        uvicorn.run("app.main:app", reload=True, reload_dirs=["/app/app"], **common)
    else:
        uvicorn.run("app.main:app", workers=settings.workers, **common)


if __name__ == "__main__":
    main()
