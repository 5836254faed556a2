"""Alert outputs against a real webhook receiver on 127.0.0.1."""

import json

import httpx
import pytest
from aiohttp import web

from streams.delivery.outputs import JsonlOutput, WebhookError, WebhookOutput, sign
from streams.records import Alert, Incident


def alert() -> Alert:
    incident = Incident("i1", "airstrike", "2020-01-22", "2020-01-22", evidence="غارة على أريحا")
    return Alert("al-1", "idlib", "i1", "new", "idlib: airstrike in Ariha", incident, "2020-01-22T10:00:00")


@pytest.fixture
async def receiver():
    """A webhook receiver that fails ``fail_first`` times, then records what it gets."""
    state = {"fail_first": 0, "received": []}

    async def hook(request: web.Request) -> web.Response:
        body = await request.read()
        if state["fail_first"] > 0:
            state["fail_first"] -= 1
            return web.Response(status=503)
        state["received"].append((dict(request.headers), body))
        return web.Response(status=204)

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    state["url"] = f"http://127.0.0.1:{port}/hook"
    yield state
    await runner.cleanup()


async def test_webhook_body_is_the_alert_signed_with_the_secret(receiver):
    async with httpx.AsyncClient() as client:
        await WebhookOutput(client, receiver["url"], secret="s3cret").send(alert())
    ((headers, body),) = receiver["received"]
    assert json.loads(body)["alert_id"] == "al-1"
    assert json.loads(body)["incident"]["evidence"] == "غارة على أريحا"
    assert headers["X-Newswatch-Signature"] == sign(body, "s3cret")
    assert headers["X-Newswatch-Alert-Id"] == "al-1"


async def test_webhook_retries_server_errors(receiver):
    receiver["fail_first"] = 2
    async with httpx.AsyncClient() as client:
        await WebhookOutput(client, receiver["url"], backoff=0.01).send(alert())
    assert len(receiver["received"]) == 1


async def test_webhook_that_stays_down_raises_so_the_alert_is_dead_lettered(receiver):
    receiver["fail_first"] = 10
    async with httpx.AsyncClient() as client:
        with pytest.raises(WebhookError, match="HTTP 503"):
            await WebhookOutput(client, receiver["url"], retries=1, backoff=0.01).send(alert())


async def test_refused_connection_raises_webhook_error():
    async with httpx.AsyncClient() as client:
        with pytest.raises(WebhookError):
            await WebhookOutput(client, "http://127.0.0.1:9/hook", retries=0).send(alert())


async def test_jsonl_output_appends_one_line_per_alert(tmp_path):
    path = tmp_path / "alerts.jsonl"
    output = JsonlOutput(path)
    await output.send(alert())
    await output.send(alert())
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["alert_id"] for line in lines] == ["al-1", "al-1"]
