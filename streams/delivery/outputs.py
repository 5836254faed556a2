"""Where alerts go: the terminal, a JSON-lines file, a signed webhook.

Webhook bodies are signed with HMAC-SHA256 over the raw body (header
``X-Newswatch-Signature: sha256=<hex>``) so receivers can check the sender; the alert id is
sent too (``X-Newswatch-Alert-Id``) so a receiver can drop a redelivery.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
from pathlib import Path
from typing import Protocol

import httpx
from rich.console import Console
from rich.text import Text

from streams.records import Alert

__all__ = ["AlertOutput", "JsonlOutput", "TerminalOutput", "WebhookError", "WebhookOutput", "sign"]

LOGGER = logging.getLogger(__name__)


class AlertOutput(Protocol):
    async def send(self, alert: Alert) -> None: ...


class WebhookError(Exception):
    """The webhook did not accept the alert after every retry."""


def sign(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


class TerminalOutput:
    """One line per alert, Arabic place and actor names as written."""

    def __init__(self, console: Console) -> None:
        self._console = console

    async def send(self, alert: Alert) -> None:
        incident = alert.incident
        style = "bold red" if alert.kind == "new" else "bold yellow"
        line = Text(f"{'ALERT' if alert.kind == 'new' else 'UPDATE'} ", style=style)
        line.append(f"[{alert.subscription_id}] {alert.reason}")
        names = [loc.name_ar for loc in incident.locations[:2]]
        names += [actor.name_ar for actor in incident.actors[:2]]
        if names:
            line.append(" — " + "، ".join(names), style="cyan")
        killed, reports = incident.headline.killed, len(incident.reports)
        toll = f"{killed} killed" if killed else "no toll reported"
        line.append(f" ({toll}; {reports} report{'s' if reports != 1 else ''})")
        self._console.print(line)


class JsonlOutput:
    """Appends one JSON object per alert to a file."""

    def __init__(self, path: Path) -> None:
        self._path = path

    async def send(self, alert: Alert) -> None:
        with self._path.open("a", encoding="utf-8") as handle:
            handle.write(alert.to_json() + "\n")


class WebhookOutput:
    """POSTs the alert as JSON; retries with backoff, then raises ``WebhookError``."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        url: str,
        *,
        secret: str | None = None,
        retries: int = 3,
        backoff: float = 0.5,
    ) -> None:
        self._client = client
        self._url = url
        self._secret = secret
        self._retries = retries
        self._backoff = backoff

    async def send(self, alert: Alert) -> None:
        body = alert.to_json().encode("utf-8")
        headers = {"Content-Type": "application/json", "X-Newswatch-Alert-Id": alert.alert_id}
        if self._secret:
            headers["X-Newswatch-Signature"] = sign(body, self._secret)
        problem = ""
        for attempt in range(self._retries + 1):
            try:
                response = await self._client.post(self._url, content=body, headers=headers)
            except httpx.HTTPError as exc:
                problem = f"{type(exc).__name__}: {exc}"
            else:
                if response.status_code < 400:
                    return
                problem = f"HTTP {response.status_code}"
                if response.status_code < 500 and response.status_code != 429:
                    break
            if attempt < self._retries:
                await asyncio.sleep(self._backoff * 2**attempt)
        raise WebhookError(f"webhook {self._url} refused alert {alert.alert_id}: {problem}")
