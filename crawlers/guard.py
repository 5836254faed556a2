"""The SSRF guard: the crawler only ever connects to public addresses.

Pages, feeds and robots.txt come from strangers, and so do their redirects, so a hostile page
could point the crawler at 127.0.0.1, the cloud metadata service or a private network. The
check sits where the socket is opened: ``GuardedBackend`` resolves the host itself, refuses
the connection if any of its addresses is not public, and connects to the very address it
checked — so a name that resolves differently the second time (DNS rebinding) gains nothing.
Every connection httpx opens (first request, each redirect hop, robots.txt, feeds) goes
through it. Addresses are judged as numbers after resolution, so decimal, octal, hex and
IPv4-mapped IPv6 spellings of a private address are refused like the dotted form.

``allow`` lists the private addresses that may be reached anyway (the loopback fixture sites
in the demo and the tests): ``127.0.0.1`` (any port), ``127.0.0.1:8080``, ``10.0.0.0/8``.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from collections.abc import Iterable
from dataclasses import dataclass

import httpcore
import httpx

from crawlers.exceptions import BlockedAddress

__all__ = ["AddressGuard", "GuardedBackend", "guarded_transport", "is_public"]

LOGGER = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# Metadata services that sit on otherwise routable ranges (AWS IPv6, Alibaba); the IPv4
# 169.254.169.254 of most clouds is link-local and refused as such.
METADATA = (ipaddress.ip_network("fd00:ec2::254/128"), ipaddress.ip_network("100.100.100.200/32"))


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address hidden in an IPv4-mapped, 6to4 or Teredo IPv6 address."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped
        if address.sixtofour is not None:
            return address.sixtofour
        if address.teredo is not None:
            return address.teredo[1]
    return None


def is_public(address: IPAddress) -> bool:
    """True for a globally routable unicast address (not private, loopback, link-local,
    multicast, reserved, unspecified, shared or a metadata service)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return is_public(address.ipv4_mapped)  # the IPv4 address is where the socket goes
    embedded = _embedded_ipv4(address)
    if embedded is not None and not is_public(embedded):
        return False
    if any(address in network for network in METADATA):
        return False
    return address.is_global and not (
        address.is_multicast or address.is_reserved or address.is_unspecified or address.is_link_local
    )


@dataclass(frozen=True)
class _Allowed:
    network: IPNetwork
    port: int | None

    def covers(self, address: IPAddress, port: int) -> bool:
        return address in self.network and self.port in (None, port)


def _parse_allowed(entry: str) -> _Allowed:
    """``127.0.0.1``, ``127.0.0.1:8080``, ``[::1]:8080``, ``10.0.0.0/8``."""
    entry = entry.strip()
    port: int | None = None
    try:
        if entry.startswith("["):
            host, _, rest = entry[1:].partition("]")
            port = int(rest[1:]) if rest.startswith(":") else None
        elif entry.count(":") == 1:
            host, _, port_text = entry.partition(":")
            port = int(port_text)
        else:
            host = entry
        return _Allowed(ipaddress.ip_network(host, strict=False), port)
    except ValueError as exc:
        raise ValueError(f"{entry!r} is not an address, address:port or network ({exc})") from exc


class AddressGuard:
    """Decides which resolved addresses the crawler may connect to."""

    def __init__(self, allow: Iterable[str] = ()) -> None:
        self._allowed = tuple(_parse_allowed(entry) for entry in allow if entry.strip())

    def permits(self, address: IPAddress, port: int) -> bool:
        return is_public(address) or any(a.covers(address, port) for a in self._allowed)

    async def resolve(self, host: str, port: int) -> list[str]:
        """The addresses to connect to for ``host:port``; raises ``BlockedAddress`` if any of
        them is not permitted (a name with one private address is not trusted at all)."""
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        for text in addresses:
            address = ipaddress.ip_address(text.split("%", 1)[0])
            if not self.permits(address, port):
                raise BlockedAddress(f"{host}:{port} resolves to non-public address {address}")
        return addresses


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend with the guard in front of every TCP connection."""

    def __init__(self, guard: AddressGuard, backend: httpcore.AsyncNetworkBackend | None = None) -> None:
        self._guard = guard
        self._backend = backend or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await self._guard.resolve(host, port)
        error: Exception | None = None
        for address in addresses:  # the checked addresses, never the name again
            try:
                return await self._backend.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        raise error or httpcore.ConnectError(f"no address for {host}")

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise BlockedAddress(f"unix socket {path} refused")

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def guarded_transport(guard: AddressGuard, limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    """An httpx transport whose connections all pass the guard.

    httpx has no public hook for httpcore's network backend, so the transport's pool is
    rebuilt with one (``_pool`` is the attribute every httpx 0.2x transport sends through).
    Proxies from the environment are not used: a proxy would connect on our behalf, unchecked.
    """
    transport = httpx.AsyncHTTPTransport(limits=limits, trust_env=False)
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=GuardedBackend(guard),
    )
    return transport
