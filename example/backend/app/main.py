"""REST API (items), WebSocket echo, liveness/readiness and metrics."""

import logging
import time
from typing import List

import redis
from fastapi import FastAPI, HTTPException, Request, Response, WebSocket, WebSocketDisconnect
from fastapi.responses import JSONResponse, PlainTextResponse
from pydantic import BaseModel, constr
from sqlalchemy import delete, insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from . import cache
from .config import settings
from .db import engine, items
from .metrics import METRICS

log = logging.getLogger("backend")
STARTED = time.time()

app = FastAPI(
    title="stack example backend",
    version=settings.version,
    docs_url="/api/docs",
    openapi_url="/api/openapi.json",
    redoc_url=None,
)


class ItemIn(BaseModel):
    name: constr(strip_whitespace=True, min_length=1, max_length=200)


class ItemOut(BaseModel):
    id: int
    name: str
    created_at: str


def _row(row) -> dict:
    return {"id": row.id, "name": row.name, "created_at": row.created_at.isoformat()}


@app.middleware("http")
async def observe(request: Request, call_next):
    start = time.perf_counter()
    status = 500
    try:
        response = await call_next(request)
        status = response.status_code
        return response
    finally:
        route = request.scope.get("route")
        endpoint = request.scope.get("endpoint")
        path = getattr(route, "path", None) or getattr(endpoint, "__name__", None) or "unmatched"
        METRICS.observe(request.method, path, status, time.perf_counter() - start)


def _liveness() -> JSONResponse:
    body = {"status": "ok", "version": settings.version, "uptime_seconds": round(time.time() - STARTED, 1)}
    if settings.fault == "unhealthy":
        body.update(status="failing", fault="unhealthy")
        return JSONResponse(body, status_code=503)
    return JSONResponse(body)


@app.get("/health")
def health():
    """Liveness: the process answers."""
    return _liveness()


@app.get("/api/health")
def api_health():
    return _liveness()


@app.get("/api/version")
def version():
    return {"version": settings.version}


@app.get("/ready")
def ready():
    """Readiness: PostgreSQL (schema migrated) and Redis answer."""
    checks = {}
    ok = settings.fault != "unhealthy"
    try:
        with engine.connect() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        checks["postgres"] = {"ok": revision is not None, "revision": revision}
        ok = ok and revision is not None
    except SQLAlchemyError as err:
        checks["postgres"] = {"ok": False, "error": str(err.__class__.__name__)}
        ok = False
    try:
        cache.client.ping()
        checks["redis"] = {"ok": True}
    except redis.RedisError as err:
        checks["redis"] = {"ok": False, "error": str(err.__class__.__name__)}
        ok = False
    body = {"status": "ready" if ok else "not-ready", "version": settings.version, "checks": checks}
    if settings.fault == "unhealthy":
        body["fault"] = "unhealthy"
    return JSONResponse(body, status_code=200 if ok else 503)


@app.get("/metrics")
def metrics():
    pool = engine.pool
    gauges = {
        "db_pool_size": ("Configured pool size.", settings.db_pool_size),
        "db_pool_checked_out": ("Connections in use.", pool.checkedout()),
    }
    return PlainTextResponse(METRICS.render(settings.version, gauges), media_type="text/plain; version=0.0.4")


@app.get("/api/items", response_model=List[ItemOut])
def list_items(limit: int = 100):
    limit = max(1, min(limit, 500))
    with engine.connect() as conn:
        rows = conn.execute(select(items).order_by(items.c.id.desc()).limit(limit)).all()
    return [_row(r) for r in rows]


@app.post("/api/items", response_model=ItemOut, status_code=201)
def create_item(item: ItemIn):
    with engine.begin() as conn:
        row = conn.execute(insert(items).values(name=item.name).returning(items)).one()
    out = _row(row)
    cache.publish("events", {"type": "item.created", "item": out})
    log.info("item %s created", out["id"])
    return out


@app.get("/api/items/{item_id}", response_model=ItemOut)
def get_item(item_id: int, response: Response):
    key = f"item:{item_id}"
    hit = cache.get_json(key)
    if hit is not None:
        response.headers["X-Cache"] = "hit"
        return hit
    with engine.connect() as conn:
        row = conn.execute(select(items).where(items.c.id == item_id)).one_or_none()
    if row is None:
        raise HTTPException(status_code=404, detail="item not found")
    out = _row(row)
    cache.set_json(key, out)
    response.headers["X-Cache"] = "miss"
    return out


@app.delete("/api/items/{item_id}", status_code=204)
def delete_item(item_id: int):
    with engine.begin() as conn:
        deleted = conn.execute(delete(items).where(items.c.id == item_id)).rowcount
    cache.delete(f"item:{item_id}")
    if not deleted:
        raise HTTPException(status_code=404, detail="item not found")
    return Response(status_code=204)


@app.websocket("/ws")
async def ws_echo(ws: WebSocket):
    """Echo every text or binary message back (the mini-app and the bot use it as a live channel)."""
    await ws.accept()
    METRICS.ws_delta(1)
    try:
        while True:
            message = await ws.receive()
            if message["type"] == "websocket.disconnect":
                break
            METRICS.ws_message()
            if message.get("text") is not None:
                await ws.send_text(message["text"])
            elif message.get("bytes") is not None:
                await ws.send_bytes(message["bytes"])
    except WebSocketDisconnect:
        pass
    finally:
        METRICS.ws_delta(-1)
