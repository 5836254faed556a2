"""The Kibana part of set-up against a loopback stub that answers like Kibana: a rejected
object (200, success false) must fail the set-up with the reason."""

from __future__ import annotations

import httpx
import pytest

from streams.ops.setup import SAVED_OBJECTS, SetupError, import_saved_objects, kibana_client, wait_for_kibana
from streams.settings import Settings
from tests.kibana_stub import kibana_stub, rejected_import

OBJECTS = sum(1 for line in SAVED_OBJECTS.read_text(encoding="utf-8").splitlines() if line.strip())


def test_an_accepted_import_returns_the_count_and_sends_what_kibana_needs() -> None:
    with kibana_stub() as stub:
        stub.import_body = {"successCount": OBJECTS, "success": True, "warnings": []}
        settings = Settings(kibana_url=stub.url, kibana_username="elastic", kibana_password="s3cret-pw")
        with kibana_client(settings) as client:
            wait_for_kibana(client, timeout=5)
            assert import_saved_objects(client) == OBJECTS
    (request,) = stub.requests
    assert request["path"] == "/api/saved_objects/_import?overwrite=true"
    assert request["headers"]["Authorization"] == httpx.BasicAuth("elastic", "s3cret-pw")._auth_header
    assert b'filename="saved_objects.ndjson"' in request["body"]
    assert SAVED_OBJECTS.read_bytes() in request["body"]


def test_a_rejected_object_fails_with_its_reason_although_kibana_answered_200() -> None:
    with kibana_stub() as stub:
        stub.import_body = rejected_import(OBJECTS - 1, "newswatch-gone")
        with httpx.Client(base_url=stub.url) as client, pytest.raises(SetupError) as failure:
            import_saved_objects(client)
    message = str(failure.value)
    assert f"({OBJECTS - 1} of {OBJECTS} imported)" in message
    assert "lens:newswatch-lens-toll-over-time: missing_references index-pattern:newswatch-gone" in message


def test_fewer_objects_than_the_file_holds_is_a_failure_even_with_success_true() -> None:
    with kibana_stub() as stub:
        stub.import_body = {"successCount": OBJECTS - 2, "success": True, "warnings": []}
        with httpx.Client(base_url=stub.url) as client, pytest.raises(SetupError, match="imported"):
            import_saved_objects(client)


def test_an_error_status_fails_with_kibanas_message() -> None:
    with kibana_stub() as stub:
        stub.import_status = 401
        stub.import_body = {"statusCode": 401, "error": "Unauthorized", "message": "unable to authenticate"}
        with httpx.Client(base_url=stub.url) as client, pytest.raises(SetupError, match="HTTP 401: unable"):
            import_saved_objects(client)


def test_kibana_that_never_becomes_available_times_out() -> None:
    with kibana_stub() as stub:
        stub.status_level = "unavailable"
        with httpx.Client(base_url=stub.url) as client, pytest.raises(SetupError, match="'unavailable'"):
            wait_for_kibana(client, timeout=0.5)


def test_no_kibana_url_is_a_clear_error() -> None:
    with pytest.raises(SetupError, match="NEWSWATCH_KIBANA_URL"):
        kibana_client(Settings())
