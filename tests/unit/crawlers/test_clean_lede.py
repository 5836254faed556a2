"""A standfirst marked up apart from the body is kept, first, once (realistic pages)."""

from pathlib import Path

import pytest
import yaml

from crawlers.clean import clean

LEDE_DIR = Path(__file__).parents[2] / "fixtures" / "clean_lede"
EXPECTED = yaml.safe_load((LEDE_DIR / "expected.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", EXPECTED, ids=[e["page"] for e in EXPECTED])
def test_the_lede_comes_first_and_once_then_the_body(page: dict) -> None:
    article = clean((LEDE_DIR / page["page"]).read_text(encoding="utf-8"), page["url"])
    assert article.title == page["title"]
    assert article.text.startswith(page["lede"][:60])
    assert article.text.count(page["lede"][:60]) == 1
    assert page["body_first"][:60] in article.text and page["body_last"][:60] in article.text
    assert "اترك تعليقاً" not in article.text and "الأكثر قراءة" not in article.text


def _page(standfirst: str) -> str:
    body = "".join(
        f"<p>الفقرة {k}: قال مسؤول محلي إن فرق الإنقاذ ما زالت تعمل في موقع الحادث منذ الصباح.</p>"
        for k in range(6)
    )
    return (
        '<html lang="ar"><head><title>عنوان الخبر</title></head><body><article>'
        f"<h1>عنوان الخبر</h1>{standfirst}<div class=\"article-body\">{body}</div></article></body></html>"
    )


def test_a_link_list_or_a_short_label_with_a_summary_class_is_no_lede() -> None:
    links = "".join(f'<a href="/n/{k}">خبر ذو صلة رقم {k} عن الأحداث الجارية</a>' for k in range(4))
    for standfirst in (f'<div class="summary-list">{links}</div>', '<p class="summary">ملخص</p>'):
        text = clean(_page(standfirst), "https://news.example/a/").text
        assert text.startswith("الفقرة 0"), standfirst
