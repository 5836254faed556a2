"""A place inside an actor's name names the group: a namesake abroad must not move the story,
and one in the story's country stays (reports written for the test)."""

from tests.unit.streams.extraction.reading import place_ids


def test_a_foreign_namesake_inside_a_groups_name_is_not_the_site() -> None:
    found = place_ids(
        "غارة تركية في نينوى\n"
        "قتل اثنان من عناصر وحدات مقاومة سنجار بغارة لطائرة مسيرة تركية على سيارتهما في محافظة نينوى، "
        "بحسب مصدر محلي."
    )
    assert "sinjar_idlib" not in found
    assert "iq_nineveh" in found


def test_a_place_of_the_storys_country_inside_a_name_stays() -> None:
    found = place_ids(
        "مقتل جنديين في الطارمية\n"
        "أعلنت قيادة عمليات بغداد مقتل جنديين بهجوم على نقطة تفتيش في قضاء الطارمية الليلة الماضية."
    )
    assert {"iq_baghdad_city", "iq_at_tarmiyah"} <= found
