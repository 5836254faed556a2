"""The article's metadata (title, author, date, canonical URL, site) read without trafilatura's
whole metadata pass: the same values as that pass, from meta tags, JSON-LD or the page itself."""

import json
from pathlib import Path

import pytest
import trafilatura
import yaml
from trafilatura.metadata import extract_metadata

from crawlers.clean import _main_section, _metadata, _section_document, clean

LEDE_DIR = Path(__file__).parents[2] / "fixtures" / "clean_lede"
EXPECTED = yaml.safe_load((LEDE_DIR / "expected.yaml").read_text(encoding="utf-8"))

BODY = "".join(
    f"<p>الفقرة {k}: قال مصدر محلي إن فرق الدفاع المدني ما زالت تعمل في موقع الانفجار منذ ساعات الصباح.</p>"
    for k in range(5)
)


def page(head: str = "", before_body: str = "", title: str = "عنوان الصفحة") -> str:
    return (
        f'<html lang="ar"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
        f"<article><h1>انفجار في سوق المدينة</h1>{before_body}{BODY}</article></body></html>"
    )


def test_meta_tags_give_title_author_date_canonical_and_site() -> None:
    head = (
        '<meta property="og:title" content="انفجار في سوق المدينة">'
        '<meta name="author" content="سامر الحلبي">'
        '<meta property="article:published_time" content="2021-03-09T08:30:00+02:00">'
        '<meta name="twitter:site" content="@almithal">'
        '<link rel="canonical" href="https://news.example/2021/explosion">'
    )
    article = clean(page(head), "https://news.example/2021/explosion?utm_source=feed")
    assert article.title == "انفجار في سوق المدينة"
    assert article.author == "سامر الحلبي"
    assert article.published_at == "2021-03-09"
    assert article.canonical_url == "https://news.example/2021/explosion"
    assert article.site == "almithal"


def test_json_ld_wins_and_a_one_word_meta_author_is_no_byline() -> None:
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "عنوان من البيانات المنظمة",
        "datePublished": "2022-11-02T10:00:00Z", "author": {"@type": "Person", "name": "ليلى الخطيب"},
    }
    head = f'<meta name="author" content="admin"><script type="application/ld+json">{json.dumps(ld)}</script>'
    article = clean(page(head), "https://news.example/a")
    assert article.title == "عنوان من البيانات المنظمة"
    assert article.author == "ليلى الخطيب"
    assert article.published_at == "2022-11-02"


def test_without_structured_data_the_page_itself_gives_title_byline_and_url_date() -> None:
    byline = '<div class="byline"><span class="author-name">مراسل الشبكة في حلب</span></div>'
    article = clean(page(before_body=byline, title="انفجار في سوق المدينة"), "https://news.example/2020/01/24/blast/")
    assert article.title == "انفجار في سوق المدينة"
    assert article.author == "مراسل الشبكة في حلب"
    assert article.published_at == "2020-01-24"
    assert article.canonical_url == "https://news.example/2020/01/24/blast/"


def test_a_canonical_link_to_another_host_is_not_the_article_url() -> None:
    article = clean(page('<link rel="canonical" href="https://elsewhere.example/x">'), "https://news.example/a")
    assert article.canonical_url == "https://news.example/a"


@pytest.mark.parametrize("entry", EXPECTED, ids=[e["page"] for e in EXPECTED])
def test_fields_equal_trafilaturas_full_metadata_pass(entry: dict) -> None:
    tree = trafilatura.load_html((LEDE_DIR / entry["page"]).read_text(encoding="utf-8"))
    section = _main_section(tree)
    assert section is not None
    ours = _metadata(tree, entry["url"])
    from_section = _metadata(tree, entry["url"], _section_document(tree, section))
    full = extract_metadata(tree, entry["url"], {"extensive_search": False, "original_date": True}, False)
    for field in ("title", "author", "url", "date", "sitename"):
        assert getattr(ours, field) == getattr(from_section, field) == getattr(full, field), field
