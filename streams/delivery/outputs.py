"""Where alerts go: the terminal, a JSON-lines file, a signed webhook, apprise channels.

An output makes one attempt per ``send`` and raises ``DeliveryError`` when it fails; retrying,
timing out and giving up are the dispatcher's job (``streams.delivery.dispatcher``), the same
for every output. Each output has a ``name`` that stays the same across restarts (the delivery
log and the outbox are keyed by it) and never contains a secret.

Outputs send alerts and digests alike (``Message``): a digest is one message listing a digest
subscription's incidents of a period (``streams.delivery.digests``). Webhook bodies are the
message's JSON (``kind`` tells an alert, ``new`` or ``update``, from a ``digest``), signed as
``streams.delivery.signing`` documents.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

import apprise
import httpx
from rich.console import Console
from rich.text import Text

from streams.delivery.messages import render, render_digest
from streams.delivery.signing import ALERT_ID_HEADER, signature_headers
from streams.records import Alert, Digest
from streams.settings import Settings

__all__ = [
    "AlertOutput",
    "AppriseOutput",
    "DeliveryError",
    "JsonlOutput",
    "Message",
    "TerminalOutput",
    "WebhookOutput",
    "build_outputs",
]

LOGGER = logging.getLogger(__name__)

# Client errors that a retry cannot fix; any other failure is worth another attempt.
RETRYABLE_STATUS = frozenset({408, 425, 429})

Message = Alert | Digest


class AlertOutput(Protocol):
    @property
    def name(self) -> str: ...

    async def send(self, alert: Message) -> None: ...


class DeliveryError(Exception):
    """One attempt failed. ``permanent``: retrying cannot help (e.g. HTTP 400, 401, 404);
    ``retry_after``: the receiver asked to wait this many seconds before the next attempt."""

    def __init__(self, message: str, *, permanent: bool = False, retry_after: float | None = None):
        super().__init__(message)
        self.permanent = permanent
        self.retry_after = retry_after


class TerminalOutput:
    """One line per alert, Arabic place and actor names as written."""

    name = "terminal"

    def __init__(self, console: Console) -> None:
        self._console = console

    async def send(self, alert: Message) -> None:
        if isinstance(alert, Digest):
            line = Text("DIGEST ", style="bold blue")
            line.append(f"[{alert.subscription_id}] {len(alert.alerts)} incident(s) ")
            line.append(f"from {alert.period_start} to {alert.period_end}")
            self._console.print(line)
            return
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

    name = "jsonl"

    def __init__(self, path: Path) -> None:
        self._path = path

    async def send(self, alert: Message) -> None:
        try:
            with self._path.open("a", encoding="utf-8") as handle:
                handle.write(alert.to_json() + "\n")
        except OSError as exc:
            raise DeliveryError(f"cannot append to {self._path}: {exc.strerror}") from exc


class WebhookOutput:
    """POSTs the alert as JSON, signed when a secret is set; one attempt per ``send``."""

    def __init__(
        self, client: httpx.AsyncClient, url: str, *, secret: str | None = None, name: str = "webhook"
    ) -> None:
        self._client = client
        self._url = url
        self._secret = secret
        self.name = name

    async def send(self, alert: Message) -> None:
        body = alert.to_json().encode("utf-8")
        headers = {"Content-Type": "application/json", ALERT_ID_HEADER: alert.message_id}
        if self._secret:
            headers.update(signature_headers(body, self._secret))
        try:
            response = await self._client.post(self._url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise DeliveryError(f"{type(exc).__name__}: {exc}".rstrip(": ")) from exc
        if response.status_code < 400:
            return
        status = response.status_code
        raise DeliveryError(
            f"HTTP {status}",
            permanent=status < 500 and status not in RETRYABLE_STATUS,
            retry_after=_retry_after(response.headers.get("Retry-After")),
        )


class AppriseOutput:
    """A chat, e-mail or push channel through an apprise URL (``slack://``, ``tgram://``,
    ``discord://``, ``msteams://``, ``mailtos://``, ``json://`` …): the short bilingual message
    of ``streams.delivery.messages``."""

    def __init__(self, url: str) -> None:
        self._apprise = apprise.Apprise()
        scheme = urlsplit(url).scheme or "?"
        # The URL holds the channel's token: the name shows only its scheme and a digest.
        self.name = f"apprise-{scheme}-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:8]}"
        if not self._apprise.add(url):
            raise ValueError(f"apprise does not accept the channel URL of {self.name} (scheme {scheme}://)")

    async def send(self, alert: Message) -> None:
        title, body = render_digest(alert) if isinstance(alert, Digest) else render(alert)
        result = await self._apprise.async_notify(body=body, title=title)
        if not result:
            problems = [entry.message for entry in result.logs() if entry.level in ("WARNING", "ERROR")]
            raise DeliveryError(f"{self.name}: {problems[-1] if problems else result.status.name}")


def build_outputs(
    settings: Settings, client: httpx.AsyncClient, console: Console | None = None
) -> list[AlertOutput]:
    """The outputs the settings ask for: the terminal (when given a console), the JSON-lines
    file, the signed webhook and each apprise URL. A bad apprise URL is a ``ValueError``."""
    outputs: list[AlertOutput] = []
    if console is not None:
        outputs.append(TerminalOutput(console))
    if settings.alerts_jsonl:
        outputs.append(JsonlOutput(settings.alerts_jsonl))
    if settings.webhook_url:
        outputs.append(WebhookOutput(client, settings.webhook_url, secret=settings.webhook_secret))
    outputs += [AppriseOutput(url) for url in _split(settings.apprise_urls)]
    return outputs


def _split(urls: str | Sequence[str] | None) -> list[str]:
    if not urls:
        return []
    items = urls.split(",") if isinstance(urls, str) else urls
    return [url.strip() for url in items if url.strip()]


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: a number of seconds or an HTTP date."""
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000": UTC by RFC 5322
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
