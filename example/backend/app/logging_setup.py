"""Log level and format (json | text) from the environment, for the app and uvicorn."""

import json
import logging
import time

_QUIET_PATHS = ("/health", "/ready", "/metrics")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class QuietProbes(logging.Filter):
    """Drop access-log lines of health/metrics probes (every few seconds) unless debugging."""

    def filter(self, record: logging.LogRecord) -> bool:
        if logging.getLogger().isEnabledFor(logging.DEBUG):
            return True
        args = record.args if isinstance(record.args, tuple) else ()
        path = str(args[2]) if len(args) > 2 else ""
        return not path.startswith(_QUIET_PATHS)


def log_config(level: str, fmt: str) -> dict:
    formatter = {"()": f"{__name__}.JsonFormatter"} if fmt == "json" else {
        "format": "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
    }
    lvl = level.upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"default": formatter},
        "filters": {"quiet_probes": {"()": f"{__name__}.QuietProbes"}},
        "handlers": {
            "stdout": {"class": "logging.StreamHandler", "formatter": "default", "stream": "ext://sys.stdout"},
            "access": {
                "class": "logging.StreamHandler",
                "formatter": "default",
                "stream": "ext://sys.stdout",
                "filters": ["quiet_probes"],
            },
        },
        "root": {"handlers": ["stdout"], "level": lvl},
        "loggers": {
            "uvicorn": {"handlers": ["stdout"], "level": lvl, "propagate": False},
            "uvicorn.error": {"handlers": ["stdout"], "level": lvl, "propagate": False},
            "uvicorn.access": {"handlers": ["access"], "level": lvl, "propagate": False},
            "sqlalchemy.engine": {"level": "WARNING"},
        },
    }
