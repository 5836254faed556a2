"""schemathesis against /openapi.json: generated requests to every operation, authenticated as a
team, never get a 5xx and every response matches the documented schema.

Schemathesis' check that schema-valid requests are accepted is left out: a subscription's actor,
place and event-type ids are checked against the gazetteers, which a JSON schema does not hold,
so a random string there is rightly a 422."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
import uvicorn
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from indexer.sqlite_store import SqliteStore
from streams.api import create_app
from tests.unit.streams.api.helpers import alert, bearer, make_team, settings_for

START_S = 10.0
EXAMPLES = 5
ALL_CHECKS = list(HealthCheck)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """The API on a free loopback port in a thread: (base URL, team token)."""
    tmp = Path(tmp_path_factory.mktemp("contract"))
    with SqliteStore(tmp / "store.sqlite3") as store:
        for i in range(3):
            store.put_alert(alert(f"c-{i}"))
            store.put_incident(alert(f"c-{i}").incident)
    token = make_team(tmp / "teams.sqlite3", "contract", ("idlib",))
    app = create_app(settings_for(tmp / "store.sqlite3"), keepalive=0.2)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + START_S
    while not server.started:
        assert time.monotonic() < deadline, "the API did not start"
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}", token
    server.should_exit = True
    thread.join(timeout=10)


def test_no_server_errors_and_responses_match_the_schema(served: tuple[str, str]) -> None:
    url, token = served
    # The live stream never ends by itself; it has its own tests.
    schema = schemathesis.openapi.from_url(f"{url}/openapi.json").exclude(path="/alerts/stream")
    headers = bearer(token)
    checked = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=ALL_CHECKS, database=None)
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate(headers=headers, timeout=10, excluded_checks=[positive_data_acceptance])

        check()
        checked.append(operation.label)
    assert len(checked) >= 14, checked
