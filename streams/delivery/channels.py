"""Per-subscription channels: each alert goes to the shared outputs and to its subscription's own.

A team gives a subscription channel URLs (apprise URLs for Slack, Telegram, Discord, e-mail …,
or an ``https://`` receiver, which gets the signed webhook). The output of a channel is made the
first time an alert is routed to it and then kept, so a channel added over HTTP while the
pipeline runs is served without a restart; two subscriptions naming the same URL share it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence

import httpx

from streams.delivery.dispatcher import Dispatcher
from streams.delivery.outputs import AlertOutput, AppriseOutput, WebhookOutput
from streams.records import Alert

__all__ = ["ChannelRoute", "channel_output"]


def channel_output(url: str, client: httpx.AsyncClient, secret: str | None) -> AlertOutput:
    """The output for one channel URL: a signed webhook for http(s), apprise for the rest."""
    if url.startswith(("http://", "https://")):
        # the URL may hold a token: the name shows only a digest of it
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:8]
        return WebhookOutput(client, url, secret=secret, name=f"webhook-{digest}")
    return AppriseOutput(url)


class ChannelRoute:
    """``route`` for a ``Dispatcher``: the shared outputs, plus the alert's subscription's channels."""

    def __init__(
        self,
        dispatcher: Dispatcher,
        channels_of: Callable[[str], Sequence[str]],
        make_output: Callable[[str], AlertOutput],
    ) -> None:
        self._dispatcher = dispatcher
        self._shared = list(dispatcher.outputs)
        self._channels_of = channels_of
        self._make_output = make_output
        self._names: dict[str, str] = {}  # channel URL → output name

    def __call__(self, alert: Alert) -> Iterable[str]:
        names = list(self._shared)
        for url in self._channels_of(alert.subscription_id):
            name = self._names.get(url)
            if name is None:
                output = self._make_output(url)
                self._dispatcher.add_output(output)
                name = self._names[url] = output.name
            if name not in names:
                names.append(name)
        return names
