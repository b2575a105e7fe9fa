#!/usr/bin/env python3
"""Development server for the mini-app: rebuilds from the mounted src/ whenever a file
changed (hot reload on refresh), serves without caching, answers /healthz."""

import http.server
import os
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build  # noqa: E402

SRC = os.environ.get("FRONTEND_SRC", "/app/src")
OUT = os.environ.get("FRONTEND_DEV_OUT", "/tmp/frontend-dev")
PORT = int(os.environ.get("PORT", "8080"))
CONFIG = {
    "apiBaseUrl": os.environ.get("API_BASE_URL", "/api").rstrip("/"),
    "wsUrl": os.environ.get("WS_URL", "/ws"),
    "version": os.environ.get("APP_VERSION", "dev") + "+dev",
}
FLAGS = build.parse_features(os.environ.get("FEATURE_FLAGS", "items,websocket,debug"))
_lock = threading.Lock()
_stamp = None


def rebuild_if_changed() -> None:
    global _stamp
    stamp = tuple(sorted((f, os.stat(os.path.join(SRC, f)).st_mtime_ns) for f in os.listdir(SRC)))
    with _lock:
        if stamp != _stamp:
            build.build(SRC, OUT, CONFIG, FLAGS, hashed=False)
            _stamp = stamp
            print("rebuilt from", SRC, flush=True)


class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=OUT, **kwargs)

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self):
        if self.path == "/healthz":
            body = b"ok\n"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        rebuild_if_changed()
        if not os.path.exists(os.path.join(OUT, self.path.split("?", 1)[0].lstrip("/"))):
            self.path = "/index.html"
        super().do_GET()


if __name__ == "__main__":
    rebuild_if_changed()
    server = http.server.ThreadingHTTPServer(("0.0.0.0", PORT), Handler)
    print(f"mini-app dev server on :{PORT}, sources {SRC}", flush=True)
    server.serve_forever()
