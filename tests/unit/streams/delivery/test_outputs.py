"""Alert outputs against real receivers on 127.0.0.1: one attempt per send."""

import json

import httpx
import pytest
from aiohttp import web
from rich.console import Console

from streams.delivery.outputs import AppriseOutput, DeliveryError, JsonlOutput, WebhookOutput, build_outputs
from streams.delivery.signing import verify
from streams.settings import Settings
from tests.factories import make_alert
from tests.unit.streams.delivery.conftest import closed_port


async def test_webhook_body_is_the_alert_signed_with_the_secret(receiver):
    async with httpx.AsyncClient() as client:
        await WebhookOutput(client, receiver.url, secret="s3cret").send(make_alert())
    ((headers, body),) = receiver.requests
    assert json.loads(body)["alert_id"] == "al-1"
    assert json.loads(body)["incident"]["evidence"] == "غارة على أريحا"
    assert headers["X-Newswatch-Alert-Id"] == "al-1"
    verify(headers, body, "s3cret", tolerance_s=60)


async def test_webhook_without_a_secret_is_not_signed(receiver):
    async with httpx.AsyncClient() as client:
        await WebhookOutput(client, receiver.url).send(make_alert())
    ((headers, _),) = receiver.requests
    assert "X-Newswatch-Signature" not in headers


async def test_webhook_server_error_is_a_retryable_failure(receiver):
    receiver.fail_first = 1
    async with httpx.AsyncClient() as client:
        with pytest.raises(DeliveryError, match="HTTP 503") as caught:
            await WebhookOutput(client, receiver.url).send(make_alert())
    assert not caught.value.permanent


@pytest.mark.parametrize(
    ("status", "headers", "permanent", "retry_after"),
    [(404, {}, True, None), (401, {}, True, None), (429, {"Retry-After": "7"}, False, 7.0),
     (503, {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, False, 0.0)],
)
async def test_webhook_client_errors_are_permanent_except_throttling(status, headers, permanent, retry_after):
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers)

    async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as client:
        with pytest.raises(DeliveryError) as caught:
            await WebhookOutput(client, "http://receiver.test/hook").send(make_alert())
    assert (caught.value.permanent, caught.value.retry_after) == (permanent, retry_after)


async def test_refused_connection_is_a_delivery_error():
    async with httpx.AsyncClient() as client:
        with pytest.raises(DeliveryError, match="ConnectError"):
            await WebhookOutput(client, f"http://127.0.0.1:{closed_port()}/hook").send(make_alert())


async def test_jsonl_output_appends_one_line_per_alert(tmp_path):
    path = tmp_path / "alerts.jsonl"
    output = JsonlOutput(path)
    await output.send(make_alert())
    await output.send(make_alert())
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["alert_id"] for line in lines] == ["al-1", "al-1"]


async def test_jsonl_output_on_an_unwritable_path_is_a_delivery_error(tmp_path):
    with pytest.raises(DeliveryError, match="cannot append"):
        await JsonlOutput(tmp_path / "missing" / "alerts.jsonl").send(make_alert())


async def test_apprise_json_channel_gets_the_bilingual_message():
    received = []

    async def hook(request: web.Request) -> web.Response:
        received.append(await request.json())
        return web.Response(status=200)

    app = web.Application()
    app.router.add_post("/notify", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    try:
        await AppriseOutput(f"json://127.0.0.1:{port}/notify").send(make_alert())
    finally:
        await runner.cleanup()
    ((payload,),) = [received]
    assert "غارة جوية في أريحا" in payload["title"] and "airstrike in Ariha" in payload["title"]
    assert "القتلى 11" in payload["message"] and "11 killed, 8 injured (2 reports)" in payload["message"]


async def test_apprise_channel_that_is_down_is_a_delivery_error():
    output = AppriseOutput(f"json://127.0.0.1:{closed_port()}/notify")
    with pytest.raises(DeliveryError, match=output.name):
        await output.send(make_alert())


def test_apprise_output_name_hides_the_token():
    output = AppriseOutput("json://127.0.0.1:9/notify?token=SECRET")
    assert output.name.startswith("apprise-json-") and "SECRET" not in output.name


def test_an_unknown_apprise_scheme_is_refused_at_start_up():
    with pytest.raises(ValueError, match="nosuchservice"):
        AppriseOutput("nosuchservice://token")


async def test_outputs_are_built_from_settings(tmp_path):
    settings = Settings(
        alerts_jsonl=tmp_path / "alerts.jsonl",
        webhook_url="http://127.0.0.1:9/hook",
        apprise_urls="json://127.0.0.1:9/a, json://127.0.0.1:9/b",
    )
    async with httpx.AsyncClient() as client:
        names = [output.name for output in build_outputs(settings, client, Console())]
        assert names[:3] == ["terminal", "jsonl", "webhook"]
        assert len(names) == 5 and all(n.startswith("apprise-json-") for n in names[3:])
        assert build_outputs(Settings(), client) == []
