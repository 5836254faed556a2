"""Serve the fixture outlets until Ctrl-C, for poking at them with a browser or curl."""

from __future__ import annotations

import asyncio
import contextlib

from .server import FixtureSites


async def serve() -> None:
    async with FixtureSites() as sites:
        for source in sites.sources:
            print(f"{source.id:6} {source.name}")
            print(f"       home     {source.homepage}")
            for url in [*source.feeds, *source.sitemaps, *source.sections]:
                print(f"       {url}")
        print("serving; Ctrl-C to stop", flush=True)
        await asyncio.Event().wait()


def main() -> None:
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve())


if __name__ == "__main__":
    main()
