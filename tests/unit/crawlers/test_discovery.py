from crawlers.discovery import Link, is_article_url, parse_feed, parse_section, parse_sitemap

RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>ش</title>
<item><title>غارة على سرمين</title><link>http://a.test/news/2020/01/sarmin-raid.html</link>
<pubDate>Wed, 22 Jan 2020 10:05:00 +0300</pubDate></item>
<item><title>قصف</title><link>/news/2020/01/shelling.html</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>ف</title><entry><title>كمين</title><link href="http://b.test/ar/ambush-near-mayadin"/>
<updated>2020-01-22T10:00:00Z</updated><id>1</id></entry></feed>"""

NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>http://c.test/story/1234</loc><news:news><news:publication_date>2020-01-22</news:publication_date>
<news:title>هجوم</news:title></news:news></url></urlset>"""

SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>http://c.test/sitemap-2020.xml</loc></sitemap></sitemapindex>"""

SECTION = """<html><body><nav><a href="/">الرئيسية</a><a href="/category/syria/">سوريا</a>
<a href="/tag/idlib/">إدلب</a></nav>
<a href="/news/2020/01/22/idlib-clashes.html">اشتباكات</a>
<a href="/news/2020/01/22/idlib-clashes.html#comments">تعليقات</a>
<a href="http://elsewhere.test/news/2020/01/x.html">خارجي</a>
<a href="/static/logo.png">شعار</a><a href="mailto:a@b.c">راسلنا</a>
<a href="/ar/politics/statement">بيان الخارجية بشأن المفاوضات الأخيرة في جنيف</a>
<a href="/ar/politics">سياسة</a></body></html>"""


def test_rss_and_atom_links_are_absolute_and_in_order_with_their_times():
    assert parse_feed(RSS, "http://a.test/feed") == [
        Link("http://a.test/news/2020/01/sarmin-raid.html", "2020-01-22T10:05:00+03:00"),
        Link("http://a.test/news/2020/01/shelling.html"),
    ]
    assert parse_feed(ATOM, "http://b.test/atom.xml") == [
        Link("http://b.test/ar/ambush-near-mayadin", "2020-01-22T10:00:00+00:00")
    ]


def test_news_sitemap_pages_and_sitemap_index_children_are_told_apart():
    story = Link("http://c.test/story/1234", "2020-01-22")
    assert parse_sitemap(NEWS_SITEMAP, "http://c.test/") == ([story], [])
    assert parse_sitemap(SITEMAP_INDEX, "http://c.test/") == ([], ["http://c.test/sitemap-2020.xml"])


def test_truncated_sitemap_keeps_what_it_can_read_and_garbage_gives_nothing():
    truncated = "<urlset><url><loc>http://c.test/a"
    assert parse_sitemap(truncated, "http://c.test/") == ([Link("http://c.test/a")], [])
    assert parse_sitemap("", "http://c.test/") == ([], [])
    assert parse_sitemap("not xml at all", "http://c.test/") == ([], [])


def test_section_page_yields_same_host_article_links_only():
    links = parse_section(SECTION, "http://a.test/category/syria/")
    assert links == [
        "http://a.test/news/2020/01/22/idlib-clashes.html",
        "http://a.test/ar/politics/statement",
    ]


def test_article_url_heuristic():
    assert is_article_url("http://a.test/news/2020/01/22/story.html")
    assert is_article_url("http://a.test/ar/clashes-in-rural-idlib")
    assert not is_article_url("http://a.test/")
    assert not is_article_url("http://a.test/category/syria/")
    assert not is_article_url("http://a.test/feed.xml")
