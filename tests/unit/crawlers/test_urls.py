from crawlers.urls import article_id, canonical_url, host_of, resolve


def test_canonical_url_drops_fragment_tracking_and_sorts_query():
    url = "HTTP://News.Example.com/a/story.html?b=2&utm_source=x&a=1#comments"
    assert canonical_url(url) == "http://news.example.com/a/story.html?a=1&b=2"


def test_same_page_spelled_differently_has_one_article_id():
    assert article_id("http://x.org/s?id=3&utm_medium=rss") == article_id("http://X.org/s?id=3#top")
    assert article_id("http://x.org/s?id=3") != article_id("http://x.org/s?id=4")


def test_host_keeps_port_so_loopback_outlets_are_distinct_hosts():
    assert host_of("http://127.0.0.1:8081/a") == "127.0.0.1:8081"
    assert host_of("http://127.0.0.1:8082/a") != host_of("http://127.0.0.1:8081/a")


def test_resolve_makes_links_absolute_and_refuses_other_schemes():
    assert resolve("http://x.org/news/", "../a.html") == "http://x.org/a.html"
    assert resolve("http://x.org/", "mailto:desk@x.org") is None
    assert resolve("http://x.org/", "javascript:void(0)") is None
