"""The SSRF guard: which addresses are public, the allow-list, and real loopback connections."""

import ipaddress

import httpx
import pytest
from aiohttp import web

from crawlers.exceptions import BlockedAddress
from crawlers.guard import AddressGuard, guarded_transport, is_public

REFUSED = [
    "127.0.0.1", "127.0.0.2", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
    "100.64.0.1", "100.100.100.200", "0.0.0.0", "224.0.0.1", "240.0.0.1", "255.255.255.255",
    "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1", "::ffff:127.0.0.1",
    "::ffff:169.254.169.254", "2002:7f00:1::", "2002:a00:1::", "64:ff9b::7f00:1",
]
PUBLIC = ["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111", "::ffff:8.8.8.8"]


@pytest.mark.parametrize("address", REFUSED)
def test_private_and_special_addresses_are_not_public(address):
    assert not is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", PUBLIC)
def test_global_addresses_are_public(address):
    assert is_public(ipaddress.ip_address(address))


def test_the_allow_list_takes_addresses_ports_and_networks():
    guard = AddressGuard(["127.0.0.1:8080", "10.0.0.0/8", "[::1]:9000"])
    loopback = ipaddress.ip_address("127.0.0.1")
    assert guard.permits(loopback, 8080) and not guard.permits(loopback, 8081)
    assert guard.permits(ipaddress.ip_address("10.9.9.9"), 1)
    assert guard.permits(ipaddress.ip_address("::1"), 9000)
    assert not guard.permits(ipaddress.ip_address("::1"), 9001)


def test_a_bad_allow_list_entry_is_named():
    with pytest.raises(ValueError, match="not-an-ip"):
        AddressGuard(["not-an-ip"])


@pytest.mark.parametrize("host", ["127.0.0.1", "2130706433", "0x7f000001", "127.1", "localhost"])
async def test_every_spelling_of_loopback_is_refused_after_resolution(host):
    with pytest.raises(BlockedAddress):
        await AddressGuard().resolve(host, 80)


@pytest.fixture
async def loopback_site():
    app = web.Application()
    app.router.add_get("/", lambda request: web.Response(text="hello"))
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    yield port
    await runner.cleanup()


async def test_the_transport_refuses_a_loopback_connection_unless_allowed(loopback_site):
    port = loopback_site
    limits = httpx.Limits(max_connections=4)
    async with httpx.AsyncClient(transport=guarded_transport(AddressGuard(), limits)) as client:
        with pytest.raises(BlockedAddress):
            await client.get(f"http://127.0.0.1:{port}/")
        with pytest.raises(BlockedAddress):
            await client.get(f"http://localhost:{port}/")
    allowed = AddressGuard([f"127.0.0.1:{port}"])
    async with httpx.AsyncClient(transport=guarded_transport(allowed, limits)) as client:
        assert (await client.get(f"http://127.0.0.1:{port}/")).text == "hello"
        with pytest.raises(BlockedAddress):
            await client.get(f"http://127.0.0.2:{port}/")
