"""/metrics, /healthz and /readyz on one small HTTP server thread.

A thread, not the event loop: probes and scrapes must answer even while the loop is busy
with a long batch, or Kubernetes would restart a worker that is merely working.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from .metrics import Metrics

__all__ = ["HealthServer"]


class HealthServer:
    def __init__(self, metrics: Metrics, host: str, port: int, is_ready: Callable[[], bool], is_alive: Callable[[], bool]) -> None:

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                path = self.path.split("?", 1)[0]
                if path == "/metrics":
                    self._send(200, generate_latest(metrics.registry), CONTENT_TYPE_LATEST)
                elif path == "/healthz":
                    ok = is_alive()
                    self._send(200 if ok else 503, b"ok\n" if ok else b"not alive\n")
                elif path == "/readyz":
                    ok = is_ready()
                    self._send(200 if ok else 503, b"ready\n" if ok else b"not ready\n")
                else:
                    self._send(404, b"not found: try /metrics, /healthz, /readyz\n")

            def _send(self, status: int, body: bytes, ctype: str = "text/plain; charset=utf-8") -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:  # scrapes every 15 s would flood the log
                pass

        self._server = ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True
        self.host, self.port = self._server.server_address[:2]
        self._thread = threading.Thread(target=self._server.serve_forever, name="akhbar-http", daemon=True)

    def start(self) -> "HealthServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
