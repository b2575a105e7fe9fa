"""Redis: read-through cache for items and pub/sub events. Failures degrade to the database."""

import json
import logging

import redis

from .config import settings

log = logging.getLogger("backend.cache")

client = redis.Redis.from_url(
    settings.redis_url,
    socket_timeout=1.0,
    socket_connect_timeout=1.0,
    health_check_interval=30,
    decode_responses=True,
)


def get_json(key: str):
    try:
        raw = client.get(key)
    except redis.RedisError as err:
        log.warning("cache get %s failed: %s", key, err)
        return None
    return json.loads(raw) if raw else None


def set_json(key: str, value) -> None:
    try:
        client.set(key, json.dumps(value, default=str), ex=max(1, int(settings.cache_ttl)))
    except redis.RedisError as err:
        log.warning("cache set %s failed: %s", key, err)


def delete(key: str) -> None:
    try:
        client.delete(key)
    except redis.RedisError as err:
        log.warning("cache delete %s failed: %s", key, err)


def publish(channel: str, value) -> None:
    try:
        client.publish(channel, json.dumps(value, default=str))
    except redis.RedisError as err:
        log.warning("publish to %s failed: %s", channel, err)
