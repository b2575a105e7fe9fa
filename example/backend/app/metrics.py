"""Prometheus text exposition without a client library (per worker process)."""

import threading
import time

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


def _labels(**kv) -> str:
    inner = ",".join(f'{k}="{str(v).replace(chr(92), chr(92) * 2).replace(chr(34), chr(92) + chr(34))}"' for k, v in kv.items())
    return "{" + inner + "}" if inner else ""


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests = {}
        self.durations = {}
        self.websockets = 0
        self.ws_messages = 0
        self.started = time.time()

    def observe(self, method: str, path: str, status: int, seconds: float) -> None:
        with self._lock:
            key = (method, path, str(status))
            self.requests[key] = self.requests.get(key, 0) + 1
            hkey = (method, path)
            hist = self.durations.setdefault(hkey, [[0] * len(BUCKETS), 0, 0.0])
            for i, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    hist[0][i] += 1
            hist[1] += 1
            hist[2] += seconds

    def ws_delta(self, delta: int) -> None:
        with self._lock:
            self.websockets += delta

    def ws_message(self) -> None:
        with self._lock:
            self.ws_messages += 1

    def render(self, version: str, extra_gauges: dict) -> str:
        out = [
            "# HELP app_info Build information.",
            "# TYPE app_info gauge",
            f"app_info{_labels(version=version)} 1",
            "# HELP process_start_time_seconds Start time of this worker process.",
            "# TYPE process_start_time_seconds gauge",
            f"process_start_time_seconds {self.started:.3f}",
            "# HELP http_requests_total HTTP requests handled by this worker.",
            "# TYPE http_requests_total counter",
        ]
        with self._lock:
            for (method, path, status), n in sorted(self.requests.items()):
                out.append(f"http_requests_total{_labels(method=method, path=path, status=status)} {n}")
            out += [
                "# HELP http_request_duration_seconds Request latency.",
                "# TYPE http_request_duration_seconds histogram",
            ]
            for (method, path), (counts, count, total) in sorted(self.durations.items()):
                for bound, n in zip(BUCKETS, counts):
                    out.append(f"http_request_duration_seconds_bucket{_labels(method=method, path=path, le=bound)} {n}")
                out.append(f"http_request_duration_seconds_bucket{_labels(method=method, path=path, le='+Inf')} {count}")
                out.append(f"http_request_duration_seconds_count{_labels(method=method, path=path)} {count}")
                out.append(f"http_request_duration_seconds_sum{_labels(method=method, path=path)} {total:.6f}")
            out += [
                "# HELP websocket_connections Open WebSocket connections.",
                "# TYPE websocket_connections gauge",
                f"websocket_connections {self.websockets}",
                "# HELP websocket_messages_total WebSocket messages echoed.",
                "# TYPE websocket_messages_total counter",
                f"websocket_messages_total {self.ws_messages}",
            ]
        for name, (help_text, value) in sorted(extra_gauges.items()):
            out += [f"# HELP {name} {help_text}", f"# TYPE {name} gauge", f"{name} {value}"]
        return "\n".join(out) + "\n"


METRICS = Metrics()
