"""Telegram webhook handler: secret check, rate limit, Redis sessions, backend API client.

Replies are returned in the webhook response (Telegram's "reply to webhook" form) so the
bot makes no outgoing call to Telegram at all in the default mode; BOT_REPLY_MODE=api
sends them through TELEGRAM_API_BASE_URL instead. Nothing is called on startup.
"""

import hmac
import json
import logging
import time

import httpx
import redis
import websockets
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse

from .config import settings

log = logging.getLogger("bot")
STARTED = time.time()
COUNTERS = {"updates": 0, "rejected_missing": 0, "rejected_wrong": 0, "rate_limited": 0, "duplicates": 0, "errors": 0}

app = FastAPI(title="stack example bot", version=settings.version, docs_url=None, redoc_url=None, openapi_url=None)
store = redis.Redis.from_url(settings.redis_url, socket_timeout=1.0, socket_connect_timeout=1.0, decode_responses=True)
backend = httpx.AsyncClient(base_url=settings.backend_url, timeout=3.0)

HELP = "Commands: /items, /add <name>, /version, /ping, /help"


def _count(key: str) -> None:
    COUNTERS[key] = COUNTERS.get(key, 0) + 1


@app.on_event("shutdown")
async def _close() -> None:
    await backend.aclose()


@app.get("/health")
def health():
    return {"status": "ok", "version": settings.version, "uptime_seconds": round(time.time() - STARTED, 1)}


@app.get("/ready")
async def ready():
    """Session storage and the backend API are reachable."""
    checks = {}
    try:
        store.ping()
        checks["redis"] = {"ok": True}
    except redis.RedisError as err:
        checks["redis"] = {"ok": False, "error": err.__class__.__name__}
    try:
        res = await backend.get("/health", timeout=2.0)
        checks["backend"] = {"ok": res.status_code == 200, "status": res.status_code}
    except httpx.HTTPError as err:
        checks["backend"] = {"ok": False, "error": err.__class__.__name__}
    ok = all(c["ok"] for c in checks.values())
    return JSONResponse({"status": "ready" if ok else "not-ready", "checks": checks}, status_code=200 if ok else 503)


@app.get("/metrics")
def metrics():
    lines = []
    for key, value in sorted(COUNTERS.items()):
        lines += [f"# TYPE bot_{key}_total counter", f"bot_{key}_total {value}"]
    return PlainTextResponse("\n".join(lines) + "\n", media_type="text/plain; version=0.0.4")


def _rate_limited(user_id: int) -> bool:
    window = max(1, int(settings.rate_window))
    key = f"bot:rl:{user_id}:{int(time.time()) // window}"
    pipe = store.pipeline()
    pipe.incr(key)
    pipe.expire(key, window + 1)
    count, _ = pipe.execute()
    return int(count) > settings.rate_limit


def _touch_session(user_id: int, command: str) -> dict:
    key = f"bot:session:{user_id}"
    pipe = store.pipeline()
    pipe.hincrby(key, "updates", 1)
    pipe.hset(key, mapping={"last_command": command, "last_seen": int(time.time())})
    pipe.expire(key, max(1, int(settings.session_ttl)))
    pipe.hgetall(key)
    return pipe.execute()[-1]


async def _ws_roundtrip(text: str) -> str:
    async with websockets.connect(settings.backend_ws_url, open_timeout=3, close_timeout=1) as ws:
        await ws.send(text)
        return await ws.recv()


async def _answer(command: str, arg: str, session: dict) -> str:
    if command in ("/start", "/help"):
        return f"Hello! {HELP}"
    if command == "/version":
        res = await backend.get("/api/version")
        res.raise_for_status()
        return f"bot {settings.version}, backend {res.json()['version']}"
    if command == "/items":
        res = await backend.get("/api/items", params={"limit": 10})
        res.raise_for_status()
        names = [f"#{i['id']} {i['name']}" for i in res.json()]
        return "\n".join(names) if names else "No items yet."
    if command == "/add":
        if not arg:
            return "Usage: /add <name>"
        res = await backend.post("/api/items", json={"name": arg})
        res.raise_for_status()
        return f"Added #{res.json()['id']}."
    if command == "/ping":
        started = time.perf_counter()
        echoed = await _ws_roundtrip("ping")
        return f"{echoed} via backend WebSocket in {(time.perf_counter() - started) * 1000:.0f} ms"
    return f"Unknown command. {HELP} (updates this session: {session.get('updates', '1')})"


async def _send_via_api(chat_id: int, text: str) -> None:
    url = f"{settings.api_base_url}/bot{settings.token}/sendMessage"
    async with httpx.AsyncClient(timeout=5.0) as client:
        res = await client.post(url, json={"chat_id": chat_id, "text": text})
    if res.status_code != 200:
        log.warning("sendMessage answered %s", res.status_code)


@app.post(settings.webhook_path)
async def webhook(request: Request):
    given = request.headers.get("x-telegram-bot-api-secret-token")
    if given is None:
        _count("rejected_missing")
        return JSONResponse({"ok": False, "error": "missing secret token"}, status_code=401)
    if not hmac.compare_digest(given.encode(), settings.webhook_secret.encode()):
        _count("rejected_wrong")
        return JSONResponse({"ok": False, "error": "wrong secret token"}, status_code=403)
    try:
        update = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return JSONResponse({"ok": False, "error": "body is not JSON"}, status_code=400)
    if not isinstance(update, dict):
        return JSONResponse({"ok": False, "error": "update must be an object"}, status_code=400)
    _count("updates")

    update_id = update.get("update_id")
    message = update.get("message") or update.get("edited_message") or {}
    chat_id = (message.get("chat") or {}).get("id")
    user_id = (message.get("from") or {}).get("id") or chat_id
    text = (message.get("text") or "").strip()
    if update_id is not None and not store.set(f"bot:update:{update_id}", 1, nx=True, ex=3600):
        _count("duplicates")
        return {"ok": True, "duplicate": True}
    if chat_id is None or not text:
        return {"ok": True, "ignored": True}
    if _rate_limited(user_id):
        _count("rate_limited")
        log.info("user %s rate-limited", user_id)
        return {"ok": True, "rate_limited": True}

    command, _, arg = text.partition(" ")
    command = command.split("@", 1)[0].lower()
    session = _touch_session(user_id, command)
    try:
        reply = await _answer(command, arg.strip(), session)
    except (httpx.HTTPError, OSError, websockets.WebSocketException) as err:
        _count("errors")
        log.warning("command %s failed: %s", command, err)
        reply = "The service is busy, please try again."
    if settings.reply_mode == "api":
        await _send_via_api(chat_id, reply)
        return {"ok": True}
    return {"method": "sendMessage", "chat_id": chat_id, "text": reply}
