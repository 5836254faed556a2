import dataclasses

from streams.pipeline.dedup import Deduplicator, NearDuplicateIndex, band_keys, jaccard, shingles, signature
from streams.records import Article

REPORT = (
    "قتل خمسة مدنيين بينهم طفلان وأصيب ثمانية آخرون، صباح اليوم الأحد، جراء غارات جوية شنها الطيران "
    "الحربي الروسي على الأحياء السكنية في مدينة أريحا جنوب إدلب. وقال الدفاع المدني إن فرقه انتشلت "
    "جثث الضحايا من تحت الأنقاض، وإن الغارات استهدفت سوقاً شعبياً ومحيط مستشفى المدينة. وأضاف أن "
    "حصيلة الضحايا مرشحة للارتفاع بسبب وجود إصابات خطيرة. وتتعرض المنطقة لقصف متواصل منذ أسبوعين."
)
EDITED = REPORT.replace("صباح اليوم الأحد", "صباح الأحد").replace(
    "وتتعرض المنطقة لقصف متواصل منذ أسبوعين.", "ويأتي القصف رغم اتفاق وقف إطلاق النار."
)
OTHER_OUTLET = (
    "أفاد مراسلنا في إدلب بأن طائرات حربية روسية استهدفت مدينة أريحا بعدة غارات، ما أدى إلى سقوط "
    "خمسة قتلى من المدنيين وإصابة آخرين. ونقل عن مصادر طبية أن بين القتلى طفلين، وأن فرق الإنقاذ "
    "ما زالت تبحث عن مفقودين. وتشهد مناطق جنوب إدلب تصعيداً عسكرياً منذ مطلع الشهر."
)


def art(article_id: str, text: str) -> Article:
    return Article(article_id, "u", "u", "s", "عنوان", text, None, "t", "ar", f"hash-{article_id}")


def test_shingles_ignore_spelling_variants():
    assert shingles("قُتِلَ خمسة مدنيين في أريحا") == shingles("قتل خمسه مدنيين في اريحا")


def test_lightly_edited_copy_is_similar_and_another_outlets_report_is_not():
    assert jaccard(signature(REPORT), signature(EDITED)) >= 0.6
    assert jaccard(signature(REPORT), signature(OTHER_OUTLET)) < 0.2


def test_band_keys_are_deterministic_and_shared_by_copies():
    assert band_keys(signature(REPORT)) == band_keys(signature(REPORT))
    assert set(band_keys(signature(REPORT))) & set(band_keys(signature(EDITED)))


def test_index_finds_the_original_for_a_copy_only():
    index = NearDuplicateIndex()
    index.add("original", signature(REPORT))
    assert index.find(signature(EDITED)) == "original"
    assert index.find(signature(OTHER_OUTLET)) is None


def test_deduplicator_links_exact_and_near_copies_and_keeps_originals():
    dedup = Deduplicator()
    first = dedup.check(art("a", REPORT))
    assert first.duplicate_of is None and len(first.signature) == 128
    exact = dedup.check(dataclasses.replace(art("b", REPORT + " "), content_hash="hash-a"))
    assert exact.duplicate_of == "a"
    assert dedup.check(art("c", EDITED)).duplicate_of == "a"
    assert dedup.check(art("d", OTHER_OUTLET)).duplicate_of is None


def test_seeing_the_same_article_again_does_not_make_it_its_own_duplicate():
    dedup = Deduplicator()
    dedup.check(art("a", REPORT))
    assert dedup.check(art("a", REPORT)).duplicate_of is None
