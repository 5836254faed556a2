"""The wall page in a real headless Chromium: log in with a team token, create a subscription in
the form, store an alert for it, and see its incident card appear; a 1920×1080 screenshot is
saved under tests/output/."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import httpx
from playwright.async_api import async_playwright

from indexer.sqlite_store import SqliteStore
from streams.api import create_app, serving
from tests.unit.streams.api.helpers import alert, bearer, make_team, settings_for

OUTPUT = Path(__file__).resolve().parents[1] / "output"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
WAIT_MS = 10_000


async def test_log_in_subscribe_and_see_the_card_appear(tmp_path: Path) -> None:
    store_path = tmp_path / "store.sqlite3"
    SqliteStore(store_path).close()
    token = make_team(tmp_path / "teams.sqlite3", "غرفة إدلب")
    app = create_app(settings_for(store_path), poll_interval=0.2, keepalive=2.0)
    OUTPUT.mkdir(exist_ok=True)
    async with serving(app) as url, async_playwright() as pw:
        browser = await pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, args=FLAGS, headless=True,
            viewport={"width": 1920, "height": 1080}, locale="ar",
        )
        try:
            page = await browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            await page.goto(url + "/")
            await page.fill("#token", token)
            await page.click("#login-form button")
            await page.wait_for_selector("#room:not([hidden])", timeout=WAIT_MS)
            await page.wait_for_selector("#status.ok", timeout=WAIT_MS)  # what /healthz says
            await page.click("#show-form")
            await page.fill("#sub-form [name=name]", "غارات على إدلب")
            await page.fill("#sub-form [name=places]", "إدلب")
            await page.check("#sub-form input[value=airstrike]")
            await page.click("#sub-form button[type=submit]")
            await page.wait_for_selector("#sub-done:has-text('حُفظ الاشتراك')", timeout=WAIT_MS)
            await page.wait_for_selector("#live.ok", timeout=WAIT_MS)

            async with httpx.AsyncClient(base_url=url, headers=bearer(token)) as http:
                (sub,) = (await http.get("/subscriptions")).json()["subscriptions"]
            with SqliteStore(store_path) as store:
                for n, killed in enumerate((5, 7)):
                    record = alert(f"live-{n}", kind="update" if n else "new", killed=killed,
                                   subscription_id=sub["id"], incident_id="inc-live")
                    record.incident.version = n + 1
                    store.put_alert(record)
            card = page.locator(".card[data-incident=inc-live]")
            await card.wait_for(timeout=WAIT_MS)
            text = await card.inner_text()
            assert "غارة جوية" in text and "محدَّث" in text and "معرة النعمان" in text
            assert "غارات على إدلب" in text  # the matching subscription, by name
            assert await card.locator(".chip.place").first.get_attribute("title") == "Maarat al-Numan"
            assert await page.locator(".leaflet-interactive").count() == 1  # its map marker
            await asyncio.sleep(0.5)  # let the fresh-card flash settle for the picture
            await page.screenshot(path=str(OUTPUT / "wall-1920x1080.png"))
            assert errors == []
        finally:
            await browser.close()
