"""The cleaning stage on small hand-made pages (the fixture sites test it on realistic ones)."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crawlers.clean import (
    MAX_TEXT_CHARS,
    _hash_of_folded,
    _squeeze,
    _story_lines,
    clean,
    content_hash,
    drop_furniture,
)
from crawlers.exceptions import EmptyPage, NoArticle, NotArabic

BODY = [
    "قُتل أربعة عناصر من قوات النظام وأصيب سبعة آخرون، صباح اليوم الثلاثاء، بهجوم شنه مقاتلون على "
    "نقطة عسكرية في محيط بلدة كفرنبل بريف إدلب الجنوبي.",
    "وقال مصدر ميداني إن الهجوم بدأ بتفجير عبوة ناسفة عند مدخل النقطة، تلاه اشتباك بالأسلحة الخفيفة "
    "والمتوسطة استمر نحو ساعة.",
    "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى ساعة إعداد هذا الخبر، فيما ردت قوات النظام بقصف "
    "مدفعي على قرى مجاورة.",
]


def page(body: list[str], extra: str = "", lang: str = "ar") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>هجوم على نقطة عسكرية في ريف إدلب</title>
<meta property="article:published_time" content="2021-03-09T08:30:00+02:00">
<script>window.ads = {{slots: ["top", "side"]}}; function track() {{ return 1; }}</script>
<style>.x {{ color: red }}</style></head><body>
<nav><a href="/">الرئيسية</a> <a href="/syria">سوريا</a> <a href="/world">العالم</a></nav>
<div class="weather-widget">دمشق ١٨° غائم جزئياً</div>
<article><h1>هجوم على نقطة عسكرية في ريف إدلب</h1>{paragraphs}</article>
<div class="share-buttons">ShareWhatsAppTwitterFacebook</div>
<section class="related-news"><h3>مقالات ذات صلة</h3>
<a href="/a">افتتاح معرض الكتاب في مدينة حلب بمشاركة واسعة</a></section>
<div id="comments"><h3>اترك تعليقاً</h3><p>تعليق القارئ أبو سامر: الله يحمي البلد</p></div>
<aside class="most-read"><h3>الأكثر قراءة</h3><a href="/b">أسعار الذهب اليوم في الأسواق</a></aside>
{extra}<footer>جميع الحقوق محفوظة لشبكة المثال ٢٠٢١</footer></body></html>"""


def test_clean_keeps_the_story_and_drops_the_furniture():
    article = clean(page(BODY), "http://a.test/news/2021/03/09/attack.html", source_id="a")
    assert article.title == "هجوم على نقطة عسكرية في ريف إدلب"
    assert article.published_at == "2021-03-09"
    assert article.lang == "ar" and article.source_id == "a"
    for paragraph in BODY:
        assert paragraph in article.text
    for furniture in ["ShareWhatsApp", "معرض الكتاب", "أبو سامر", "أسعار الذهب", "غائم", "الحقوق محفوظة",
                      "window.ads", "الرئيسية"]:
        assert furniture not in article.text
    assert article.text.count("\n") == len(BODY) - 1


def test_a_huge_story_keeps_its_beginning_within_the_limit_of_one_message(caplog):
    sentence = "وقال شاهد عيان إن القصف استمر طوال الليل على الأحياء السكنية في المدينة رقم {}."
    paragraphs = [" ".join(sentence.format(n * 20 + k) for k in range(20)) for n in range(400)]
    article = clean(page(BODY + paragraphs), "http://a.test/news/long.html")
    assert len(article.text) <= MAX_TEXT_CHARS and article.text.startswith(BODY[0])
    assert article.text.endswith(".")  # cut between paragraphs
    assert len(article.to_json().encode("utf-8")) < 1_000_000
    assert "cut to its first" in caplog.text


def test_english_page_is_refused_as_not_arabic():
    english = ["Four soldiers were killed on Tuesday in an attack on a military post near Kafranbel. " * 3]
    with pytest.raises(NotArabic):
        clean(page(english, lang="en"), "http://a.test/en/attack.html")


def test_empty_and_textless_pages_say_why():
    with pytest.raises(EmptyPage):
        clean("   ", "http://a.test/empty")
    with pytest.raises(NoArticle):
        clean("<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>", "http://a.test/nav")


def test_content_hash_ignores_spelling_variants_and_spacing():
    assert content_hash("قُتِلَ   أحمد في إدلب") == content_hash("قتل احمد في ادلب")
    assert content_hash("قتل احمد في ادلب") != content_hash("قتل احمد في حلب")


def test_trailer_after_related_heading_is_cut_once_the_story_has_begun():
    story = "فقرة من نص الخبر تروي ما حدث بالتفصيل. " * 8
    text = f"{story}\nمقالات ذات صلة\nعنوان مقال آخر"
    assert drop_furniture(text) == story.strip()
    assert drop_furniture(f"التعليقات\n{story}") == f"التعليقات\n{story.strip()}"


def test_page_chrome_before_the_headline_and_metadata_lines_are_dropped():
    text = "\n".join([
        "آخر الأخبار:", "الرئيسية > الأخبار", "عنوان الخبر", "نشر بتاريخ: 19 كانون الثاني 2020",
        "نص الخبر.", "كلمات مفتاحية: حمص",
    ])
    assert drop_furniture(text, "عنوان الخبر") == "نص الخبر."


def test_layout_table_cells_become_lines():
    assert drop_furniture("| نص الخبر الأول | نص ثان |") == "نص الخبر الأول\nنص ثان"


SPACED = st.text(st.sampled_from([" ", "\t", "\u00a0", "\u200f", "\u200e", "\u2003", "ب", "|"]), max_size=40)


@given(SPACED)
def test_squeeze_makes_every_run_of_spaces_one_space_and_trims(text):
    assert _squeeze(text) == re.sub("[ \t\u00a0\u200f\u200e]+", " ", text).strip()


STORY_TEXT = st.text(
    st.one_of(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), st.sampled_from(" \n\t|.،Σa\u0640")),
    max_size=300,
)


@given(STORY_TEXT, st.sampled_from(["", "عنوان الخبر"]))
def test_the_hash_from_the_kept_lines_normalised_once_equals_the_hash_of_the_text(text, title):
    lines, folded = _story_lines(text, title)
    assert "\n".join(lines) == drop_furniture(text, title)
    assert _hash_of_folded("\n".join(folded)) == content_hash("\n".join(lines))
