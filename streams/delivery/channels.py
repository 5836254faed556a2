"""Per-subscription channels: each alert goes to the shared outputs and to its subscription's own.

A team gives a subscription channel URLs (apprise URLs for Slack, Telegram, Discord, e-mail …,
or an ``https://`` receiver, which gets the signed webhook). The output of a channel is made the
first time an alert is routed to it and then kept, so a channel added over HTTP while the
pipeline runs is served without a restart; two subscriptions naming the same URL share it.

A subscription whose policy is a digest has its alerts held (the ``digest`` output of
``streams.delivery.digests``) instead of sent to its channels; its digests go to its channels
only (the shared outputs had each alert already).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence

import httpx

from streams.delivery.dispatcher import Dispatcher
from streams.delivery.outputs import AlertOutput, AppriseOutput, Message, WebhookOutput
from streams.pipeline.subscriptions import Subscription
from streams.records import Digest

__all__ = ["ChannelRoute", "channel_output"]


def channel_output(url: str, client: httpx.AsyncClient, secret: str | None) -> AlertOutput:
    """The output for one channel URL: a signed webhook for http(s), apprise for the rest."""
    if url.startswith(("http://", "https://")):
        # the URL may hold a token: the name shows only a digest of it
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:8]
        return WebhookOutput(client, url, secret=secret, name=f"webhook-{digest}")
    return AppriseOutput(url)


class ChannelRoute:
    """``route`` for a ``Dispatcher``: the shared outputs (the dispatcher's when the route is
    made), plus the alert's subscription's channels, or ``digests`` (the output that holds
    alerts for a digest) when the subscription asks for a digest."""

    def __init__(
        self,
        dispatcher: Dispatcher,
        subscription_of: Callable[[str], Subscription | None],
        make_output: Callable[[str], AlertOutput],
        digests: AlertOutput | None = None,
    ) -> None:
        self._dispatcher = dispatcher
        self._shared = list(dispatcher.outputs)
        self._subscription_of = subscription_of
        self._make_output = make_output
        self._digests = digests
        if digests is not None:
            dispatcher.add_output(digests)
        self._names: dict[str, str] = {}  # channel URL → output name

    def __call__(self, message: Message) -> Iterable[str]:
        subscription = self._subscription_of(message.subscription_id)
        channels = subscription.channels if subscription is not None else ()
        if isinstance(message, Digest):
            return self._channel_names(channels)
        digest = subscription is not None and subscription.policy.mode == "digest"
        if digest and channels and self._digests is not None:
            return [*self._shared, self._digests.name]
        return self._shared + [n for n in self._channel_names(channels) if n not in self._shared]

    def _channel_names(self, channels: Sequence[str]) -> list[str]:
        names: list[str] = []
        for url in channels:
            name = self._names.get(url)
            if name is None:
                output = self._make_output(url)
                self._dispatcher.add_output(output)
                name = self._names[url] = output.name
            if name not in names:
                names.append(name)
        return names
