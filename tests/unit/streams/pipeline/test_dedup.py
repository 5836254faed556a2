import dataclasses
import sys

from datasketch import MinHash

from streams.engines.embedded.router import Router, StateTables
from streams.pipeline.alerts import Matcher
from streams.pipeline.dedup import band_keys, jaccard, packed, shingles, signature
from streams.pipeline.steps import Out
from streams.pipeline.topology import pipeline_steps
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


def test_a_signature_is_the_minhash_datasketch_computes_for_the_shingles() -> None:
    # signatures reuse one set of permutations; stored band keys stay valid only if the values
    # are those of a MinHash made afresh
    for text in (REPORT, OTHER_OUTLET):
        fresh = MinHash(num_perm=128)
        fresh.update_batch(list(shingles(text)))
        assert signature(text) == [int(value) for value in fresh.hashvalues]


def check(*articles: Article) -> dict[str, str | None]:
    """Run the duplicate-check steps (as the engines do) over articles in this order."""
    decided: dict[str, str | None] = {}

    def keep(out: Out) -> None:
        if out.topic == "checked-articles":
            article = Article.from_json(out.value)
            decided[article.article_id] = article.duplicate_of

    steps = [s for s in pipeline_steps(Matcher([]), clock=lambda: 0.0) if s.name.startswith("dedup")]
    router = Router(steps, StateTables.load(["band-buckets", "dedup-pending"], iter(())), keep)
    for article in articles:
        router.send("articles", article.article_id, article.to_json())
    return decided


def fetched(article: Article, at: str) -> Article:
    return dataclasses.replace(article, fetched_at=at)


def test_exact_and_near_copies_are_linked_to_the_original_and_other_reports_are_kept():
    decided = check(
        fetched(art("a", REPORT), "1"),
        fetched(art("b", REPORT), "2"),
        fetched(art("c", EDITED), "3"),
        fetched(art("d", OTHER_OUTLET), "4"),
    )
    assert decided == {"a": None, "b": "a", "c": "a", "d": None}


def test_the_copy_fetched_first_is_the_original_whatever_order_they_arrive_in():
    """A copy that reached the check before the earlier-fetched original is corrected."""
    decided = check(fetched(art("copy", EDITED), "2"), fetched(art("original", REPORT), "1"))
    assert decided == {"copy": "original", "original": None}


def test_seeing_the_same_article_again_does_not_make_it_its_own_duplicate_nor_send_it_again():
    article = fetched(art("a", REPORT), "1")
    assert check(article, article) == {"a": None}


def test_a_packed_signature_scores_like_the_signature_and_is_smaller() -> None:
    report, edited = signature(REPORT), signature(EDITED)
    assert jaccard(packed(report), packed(edited)) == jaccard(report, edited)
    assert jaccard(packed(report), edited) == jaccard(report, edited)
    as_list = sys.getsizeof(report) + sum(sys.getsizeof(value) for value in report)
    assert sys.getsizeof(packed(report)) < as_list / 5  # what a band bucket holds per article
