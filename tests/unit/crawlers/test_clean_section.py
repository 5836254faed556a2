"""Cleaning reads the article's section when one holds the story, and the whole page when not;
the page is parsed as trafilatura parses it."""

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, tostring
from trafilatura import main_extractor
from trafilatura.metadata import extract_author, extract_meta_json
from trafilatura.settings import Document

from crawlers import clean as cleaning
from crawlers.clean import _main_section, _parse, _section_document, _story_block, _text_document, clean

PARAGRAPHS = [
    f"الفقرة {k}: قال مصدر محلي إن فرق الدفاع المدني ما زالت تعمل في موقع الانفجار الذي وقع "
    "صباح اليوم في السوق الشعبي وسط المدينة، وإن عدد الضحايا مرشح للارتفاع."
    for k in range(6)
]


def _page(body: str, head: str = "") -> str:
    return (
        f'<html lang="ar"><head><meta charset="utf-8"><title>انفجار في سوق المدينة</title>{head}'
        f"<script>var big = '{'x' * 5000}';</script><style>.a {{color: red}}</style></head>"
        f"<body><nav><a href='/'>الرئيسية</a></nav>{body}"
        "<aside><p>الأكثر قراءة: أسعار الذهب اليوم في الأسواق المحلية</p></aside></body></html>"
    )


def _ps(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def test_the_article_around_the_paragraphs_is_the_section() -> None:
    body = f'<article class="post"><h1>انفجار</h1><div class="body">{_ps(PARAGRAPHS)}</div></article>'
    tree = _parse(_page(body))
    section = _main_section(tree)
    assert section is not None and section.tag == "article"


def test_without_an_article_the_paragraphs_parent_is_the_section() -> None:
    tree = _parse(_page(f'<div id="main"><div class="story">{_ps(PARAGRAPHS)}</div></div>'))
    section = _main_section(tree)
    assert section is not None and section.get("class") == "story"


def test_paragraphs_spread_over_many_blocks_mean_the_whole_page() -> None:
    blocks = "".join(f"<div>{_ps([p])}</div>" for p in PARAGRAPHS)
    assert _main_section(_parse(_page(blocks))) is None


def test_the_section_document_keeps_head_metadata_and_json_ld_but_not_code() -> None:
    ld = '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'
    author = '<meta name="author" content="سامر الحلبي">'
    tree = _parse(_page(f"<article>{_ps(PARAGRAPHS)}</article>{ld}", head=author))
    small = _section_document(tree, _main_section(tree))
    assert small.find("head/title") is not None and small.find("head/meta[@name='author']") is not None
    assert small.find("head/style") is None and "x" * 5000 not in tostring(small, encoding="unicode")
    assert len(small.xpath("//script[@type='application/ld+json']")) == 1
    assert len(small.findall("body/article/p")) == len(PARAGRAPHS)


def test_text_from_the_section_equals_text_from_the_whole_page(monkeypatch) -> None:
    html = _page(f'<article><h1>انفجار في سوق المدينة</h1>{_ps(PARAGRAPHS)}</article>')
    cut = clean(html, "https://news.example/a")
    monkeypatch.setattr(cleaning, "_main_section", lambda tree: None)
    whole = clean(html, "https://news.example/a")
    assert cut.text == whole.text and cut.title == whole.title
    assert all(p in cut.text for p in PARAGRAPHS)


def test_a_section_with_too_little_story_falls_back_to_the_whole_page(monkeypatch) -> None:
    html = _page(f'<div class="story">{_ps(PARAGRAPHS)}</div>')
    monkeypatch.setattr(cleaning, "_main_section", lambda tree: tree.xpath("//nav")[0])
    article = clean(html, "https://news.example/a")
    assert all(p in article.text for p in PARAGRAPHS)


def test_a_byline_inside_the_section_is_found_as_on_the_whole_page() -> None:
    byline = '<div class="byline"><span class="author-name">مراسل الشبكة في حلب</span></div>'
    tree = _parse(_page(f"<article>{byline}{_ps(PARAGRAPHS)}</article>"))
    small = _section_document(tree, _main_section(tree))
    assert extract_author(small) == extract_author(tree) == "مراسل الشبكة في حلب"


def test_the_parse_equals_trafilaturas_on_control_characters_and_a_slashed_doctype() -> None:
    doctype = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n'
    html = doctype + _page(f"<article>{_ps(PARAGRAPHS)}<p>نص\x01فيه\x0bحروف\ufffeتحكم</p></article>")
    ours, theirs = _parse(html), trafilatura.load_html(html)
    assert tostring(ours, encoding="unicode") == tostring(theirs, encoding="unicode")


def test_a_self_closed_html_tag_goes_through_trafilaturas_repair() -> None:
    html = '<html lang="ar"/>\n<body><article>' + _ps(PARAGRAPHS) + "</article></body>"
    ours, theirs = _parse(html), trafilatura.load_html(html)
    assert ours is not None and len(ours.xpath("//p")) == len(theirs.xpath("//p")) == len(PARAGRAPHS)


def test_a_story_split_over_two_blocks_means_the_whole_page() -> None:
    blocks = f'<div class="a">{_ps(PARAGRAPHS[:4])}</div><div class="b">{_ps(PARAGRAPHS[4:])}</div>'
    tree = _parse(_page(blocks))
    assert _main_section(tree) is None


def test_paragraphs_straight_in_the_body_mean_the_whole_page() -> None:
    assert _main_section(_parse(_page(_ps(PARAGRAPHS)))) is None


def test_a_section_that_is_not_an_article_is_read_by_trafilaturas_main_pass(monkeypatch) -> None:
    # Marked as the article, the section is what trafilatura's first content expression finds,
    # so its fallback search of the whole (small) document for stray paragraphs does not run.
    def no_recovery(*args, **kwargs):
        raise AssertionError("trafilatura searched for wild text")

    monkeypatch.setattr(main_extractor, "recover_wild_text", no_recovery)
    for story in (f'<div class="story">{_ps(PARAGRAPHS)}</div>',
                  f'<table><tr><td id="newsBody">{_ps(PARAGRAPHS)}</td></tr></table>'):
        tree = _parse(_page(story))
        section = _main_section(tree)
        assert section is not None and section.tag in ("div", "td")
        assert _text_document(_story_block(section)).find("body/article") is not None
        article = clean(_page(story), "https://news.example/a")
        assert all(p in article.text for p in PARAGRAPHS)


def test_every_element_of_the_parse_is_an_html_element() -> None:
    tree = _parse(_page(f'<form><input name="q"><select><option>أ</option></select></form>{_ps(PARAGRAPHS)}'))
    assert tree is not None
    assert {type(element) for element in tree.iter(etree.Element)} == {HtmlElement}


HEADER = (
    '<nav class="crumbs"><a href="/">الرئيسية</a> / <a href="/field">ميداني</a></nav>'
    "<header><h1>انفجار في سوق المدينة يوقع قتلى وجرحى بين المدنيين "
    "ويخلف دماراً واسعاً في المحال التجارية المجاورة</h1>"
    '<div class="meta"><span class="author">مراسل الشبكة في حلب</span> <time>12 آذار 2021</time></div>'
    '<div class="share"><a href="#">فيسبوك</a> <a href="#">تويتر</a></div></header>'
    '<figure><img src="a.jpg"><figcaption>صورة من موقع الانفجار</figcaption></figure>'
)
TAGS = '<ul class="tags"><li><a href="/t/1">حلب</a></li><li><a href="/t/2">انفجار</a></li></ul>'


def test_an_article_of_paragraphs_and_furniture_gives_trafilatura_the_paragraphs_block(monkeypatch) -> None:
    html = _page(f'<article>{HEADER}<div class="body">{_ps(PARAGRAPHS)}</div>{TAGS}</article>')
    tree = _parse(html)
    section = _main_section(tree)
    assert section is not None and section.tag == "article"
    assert _story_block(section).get("class") == "body"
    block = clean(html, "https://news.example/a")
    monkeypatch.setattr(cleaning, "_story_block", lambda section: section)
    whole_article = clean(html, "https://news.example/a")
    assert block.text == whole_article.text and all(p in block.text for p in PARAGRAPHS)


def test_text_outside_the_paragraphs_block_keeps_the_whole_article() -> None:
    key_points = "<ul><li>" + PARAGRAPHS[0].replace("الفقرة 0", "أبرز ما جاء") + "</li></ul>"
    for extra in ("<p>وقال شاهد عيان إن الانفجار سمع في أرجاء المدينة.</p>", key_points):
        html = _page(f'<article>{HEADER}{extra}<div class="body">{_ps(PARAGRAPHS)}</div>{TAGS}</article>')
        section = _main_section(_parse(html))
        assert section is not None and _story_block(section) is section
        text = clean(html, "https://news.example/a").text
        assert "شاهد عيان" in text or "أبرز ما جاء" in text


def test_the_section_document_holds_each_metadata_script_once_in_page_order() -> None:
    head_ld = '<script type="application/ld+json">{"@type": "WebSite", "name": "شبكة المثال"}</script>'
    inner_ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"author": {"@type": "Person", "name": "سامر الحلبي"}}</script>بعد السكربت'
    )
    settings = '<script type="application/settings+json">{"path": "/a"}</script>'
    story = f"<article>{_ps(PARAGRAPHS[:3])}{inner_ld}{_ps(PARAGRAPHS[3:])}</article>{settings}"
    html = _page(story, head=head_ld)
    tree = _parse(html)
    small = _section_document(tree, _main_section(tree))
    kinds = '//script[@type="application/ld+json" or @type="application/settings+json"]'
    assert [s.text for s in small.xpath(kinds)] == [s.text for s in tree.xpath(kinds)]
    assert "بعد السكربت" in small.find("body/article").text_content()
    fields = ("author", "sitename", "title", "pagetype")
    ours, theirs = extract_meta_json(small, Document()), extract_meta_json(tree, Document())
    assert [getattr(ours, f) for f in fields] == [getattr(theirs, f) for f in fields]
    assert ours.author == "سامر الحلبي"
