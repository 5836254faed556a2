"""Per-subscription channels: an alert reaches the shared outputs and its own subscription's
channels, a channel added while running is served, and one URL is one output."""

import asyncio

from streams.delivery.channels import ChannelRoute, channel_output
from streams.delivery.dispatcher import Dispatcher
from streams.delivery.outputs import AppriseOutput, WebhookOutput
from streams.pipeline.subscriptions import Subscription
from tests.factories import make_alert
from tests.unit.streams.delivery.test_dispatcher import Flaky


async def test_each_alert_goes_to_the_shared_outputs_and_its_subscriptions_own_channels():
    shared = Flaky("terminal")
    made: dict[str, Flaky] = {}
    channels = {"idlib": ["slack://a/b/c"], "aleppo": ["slack://a/b/c", "tgram://bot/chat"], "quiet": []}

    def make(url: str) -> Flaky:
        made[url] = Flaky(f"out-{len(made)}")
        return made[url]

    async with Dispatcher([shared]) as dispatcher:
        route = ChannelRoute(dispatcher, lambda sid: Subscription(sid, channels=tuple(channels[sid])), make)
        dispatcher.route_by(route)
        receipts = [dispatcher.submit(make_alert(f"al-{s}", s)) for s in ("idlib", "aleppo", "quiet")]
        channels["quiet"] = ["tgram://bot/chat"]  # added over HTTP while running
        receipts.append(dispatcher.submit(make_alert("al-quiet-2", "quiet")))
        await asyncio.wait_for(asyncio.gather(*(r.future for r in receipts)), 2.0)
    assert shared.received == ["al-idlib", "al-aleppo", "al-quiet", "al-quiet-2"]
    assert made["slack://a/b/c"].received == ["al-idlib", "al-aleppo"]
    assert made["tgram://bot/chat"].received == ["al-aleppo", "al-quiet-2"]
    assert len(made) == 2, "two subscriptions naming one URL share one output"


async def test_a_web_address_is_a_signed_webhook_and_anything_else_goes_through_apprise():
    import httpx

    async with httpx.AsyncClient() as client:
        hook = channel_output("https://hooks.example.org/t0ken", client, "secret")
        chat = channel_output("json://127.0.0.1:9/x", client, None)
    assert isinstance(hook, WebhookOutput) and "t0ken" not in hook.name
    assert isinstance(chat, AppriseOutput)
