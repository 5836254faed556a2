"""Properties of URL canonicalisation and redaction, checked on generated URLs (hypothesis)."""

from urllib.parse import urlsplit

from hypothesis import given
from hypothesis import strategies as st

from crawlers.urls import article_id, canonical_url, redact_text, redact_url, resolve

LABEL = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)
SEGMENT = st.text("abcdefghijklmnopqrstuvwxyz0123456789-_.~", min_size=1, max_size=12).filter(
    lambda s: s not in (".", "..")
)
PARAM = st.tuples(st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6), LABEL)


@st.composite
def urls(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]]]:
    scheme = draw(st.sampled_from(["http", "https"]))
    labels = draw(st.lists(LABEL, min_size=1, max_size=3))
    host = ".".join(labels) + "." + draw(st.sampled_from(["com", "net", "sy"]))
    host = "".join(c.upper() if draw(st.booleans()) else c for c in host)
    path = "/" + "/".join(draw(st.lists(SEGMENT, max_size=4)))
    params = draw(st.lists(PARAM, max_size=4, unique_by=lambda p: p[0]))
    query = "&".join(f"{k}={v}" for k, v in params)
    fragment = draw(st.one_of(st.just(""), LABEL))
    url = f"{scheme}://{host}{path}" + (f"?{query}" if query else "") + (f"#{fragment}" if fragment else "")
    return url, params


@given(urls())
def test_canonical_url_is_idempotent(generated):
    url, _ = generated
    once = canonical_url(url)
    assert canonical_url(once) == once


@given(urls())
def test_canonical_url_drops_the_fragment_and_lowercases_the_host(generated):
    url, _ = generated
    parts = urlsplit(canonical_url(url))
    assert parts.fragment == "" and parts.netloc == parts.netloc.lower()


@given(urls(), st.randoms())
def test_query_order_and_host_case_do_not_change_the_article_id(generated, rng):
    url, params = generated
    shuffled = list(params)
    rng.shuffle(shuffled)
    base = url.split("?")[0].split("#")[0]
    reordered = base.lower() + ("?" + "&".join(f"{k}={v}" for k, v in shuffled) if shuffled else "")
    assert article_id(url) == article_id(reordered)


@given(urls(), st.text(max_size=30))
def test_resolve_only_ever_returns_http_urls(generated, link):
    url, _ = generated
    resolved = resolve(url, link)
    assert resolved is None or urlsplit(resolved).scheme in ("http", "https")


@given(urls(), LABEL, st.text("abcdefghijklmnopqrstuvwxyz0123456789!$%&'()*+,;=", min_size=1, max_size=20))
def test_passwords_are_redacted_and_redaction_is_idempotent(generated, user, password):
    url, _ = generated
    scheme, rest = url.split("://", 1)
    secret_url = f"{scheme}://{user}:{password}@{rest}"
    for redacted in (redact_url(secret_url), redact_text(f"GET {secret_url} failed")):
        assert f":{password}@" not in redacted and ":***@" in redacted
        assert redact_text(redacted) == redacted
