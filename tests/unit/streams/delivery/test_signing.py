"""Webhook signatures as a receiver checks them."""

import pytest

from streams.delivery.signing import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    SignatureError,
    sign,
    signature_headers,
    verify,
)

BODY = '{"alert_id": "al-1", "reason": "غارة"}'.encode()
NOW = 1_700_000_000


def test_a_fresh_signed_body_verifies():
    headers = signature_headers(BODY, "s3cret", NOW)
    verify(headers, BODY, "s3cret", now=NOW + 10)


def test_header_names_are_matched_in_any_case():
    headers = {name.lower(): value for name, value in signature_headers(BODY, "s3cret", NOW).items()}
    verify(headers, BODY, "s3cret", now=NOW)


def test_signature_covers_timestamp_and_body():
    assert sign(BODY, "s3cret", NOW) != sign(BODY, "s3cret", NOW + 1)
    assert sign(BODY, "s3cret", NOW) != sign(BODY + b" ", "s3cret", NOW)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda h, b: (h, b.replace(b"al-1", b"al-2")), "does not match"),
        (lambda h, b: ({**h, TIMESTAMP_HEADER: str(NOW + 1)}, b), "does not match"),
        (lambda h, b: ({**h, SIGNATURE_HEADER: "v1=" + "0" * 64}, b), "does not match"),
        (lambda h, b: ({**h, SIGNATURE_HEADER: "sha256=" + sign(b, "s3cret", NOW)}, b), "does not match"),
        (lambda h, b: ({TIMESTAMP_HEADER: h[TIMESTAMP_HEADER]}, b), "missing"),
        (lambda h, b: ({**h, TIMESTAMP_HEADER: "yesterday"}, b), "not an integer"),
    ],
)
def test_tampered_requests_are_rejected(change, message):
    headers, body = change(signature_headers(BODY, "s3cret", NOW), BODY)
    with pytest.raises(SignatureError, match=message):
        verify(headers, body, "s3cret", now=NOW)


def test_another_secret_is_rejected():
    with pytest.raises(SignatureError, match="does not match"):
        verify(signature_headers(BODY, "other", NOW), BODY, "s3cret", now=NOW)


@pytest.mark.parametrize("age", [301, -301, 86_400])
def test_stale_or_future_timestamps_are_rejected(age):
    with pytest.raises(SignatureError, match="tolerance"):
        verify(signature_headers(BODY, "s3cret", NOW), BODY, "s3cret", tolerance_s=300, now=NOW + age)


def test_during_a_rotation_either_secret_verifies():
    old, new = signature_headers(BODY, "old", NOW), signature_headers(BODY, "new", NOW)
    headers = {**new, SIGNATURE_HEADER: f"{old[SIGNATURE_HEADER]}, {new[SIGNATURE_HEADER]}"}
    verify(headers, BODY, "old", now=NOW)
    verify(headers, BODY, "new", now=NOW)
