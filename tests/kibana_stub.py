"""A loopback HTTP server that answers Kibana's status and saved-objects import APIs the way
Kibana 8.19 does, including 200 with ``success: false`` for rejected objects. The import
itself is Kibana's to run; what newswatch must get right is reading the answer."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class KibanaStub:
    url: str = ""
    status_level: str = "available"
    import_status: int = 200
    import_body: dict[str, Any] = field(default_factory=dict)
    requests: list[dict[str, Any]] = field(default_factory=list)


def rejected_import(imported: int, missing_view: str) -> dict[str, Any]:
    """Kibana's answer when one object refers to a data view that does not exist."""
    return {
        "successCount": imported,
        "success": False,
        "warnings": [],
        "errors": [
            {
                "id": "newswatch-lens-toll-over-time",
                "type": "lens",
                "title": "Tolls over time (killed, injured)",
                "meta": {"title": "Tolls over time (killed, injured)", "icon": "lensApp"},
                "error": {
                    "type": "missing_references",
                    "references": [{"type": "index-pattern", "id": missing_view}],
                },
            }
        ],
    }


@contextmanager
def kibana_stub() -> Iterator[KibanaStub]:
    stub = KibanaStub()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path == "/api/status":
                self._answer(200, {"status": {"overall": {"level": stub.status_level}}})
            else:
                self._answer(404, {"statusCode": 404, "error": "Not Found"})

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            stub.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
            if not self.headers.get("kbn-xsrf"):
                self._answer(400, {"statusCode": 400, "message": "Request must contain a kbn-xsrf header."})
            elif self.path.startswith("/api/saved_objects/_import"):
                self._answer(stub.import_status, stub.import_body)
            else:
                self._answer(404, {"statusCode": 404, "error": "Not Found"})

        def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    stub.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield stub
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
