"""Extraction rules and gazetteer data prompted by the tenth blind incident set
(tests/fixtures/incident_eval/blind_incidents10.yaml): villages, sub-districts, districts and
hills the gazetteer lacked, a town's spelling, a phrase read as a capital, and the day of a
report that recalls an earlier one. Each is checked here on reports written for the test, not
on the set's own sentences."""

import datetime as dt

import pytest

from streams.extraction.dates import resolve_date
from tests.unit.streams.extraction.reading import counts, only, place_ids


def location_ids(text: str) -> list[str]:
    return [loc.id for loc in only(text).locations]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("غارة على شبعا\nاستشهد راع بغارة من مسيرة إسرائيلية على أطراف بلدة شبعا صباح اليوم.", "lb_shebaa"),
        ("قصف على الهبارية\nأصيب ثلاثة مواطنين بقصف مدفعي إسرائيلي على منازل في الهبارية مساء اليوم.",
         "lb_hebbariyeh"),
        ("مسيرة فوق كفرحمام\nقتل شاب بغارة من مسيرة على دراجة نارية في بلدة كفرحمام ظهر اليوم.",
         "lb_kfarhamam"),
        ("هجوم في سليمان بيك\nقتل شرطي وأصيب آخر بهجوم مسلح على دورية في ناحية سليمان بيك فجر اليوم.",
         "iq_sulaiman_bek"),
        ("لغم في الشعانبي\nأصيب جنديان بانفجار لغم أثناء عملية تمشيط في جبل الشعانبي اليوم.",
         "tn_jebel_chambi"),
        ("هجوم في كرم\nقتل ستة أشخاص في هجوم مسلح على سيارة ركاب في منطقة كرم شمال غربي باكستان اليوم.",
         "pk_kurram"),
        ("اشتباكات في بقان\nقتل أربعة أشخاص في اشتباكات قبلية في بلدة بقان بباكستان مساء اليوم.",
         "pk_bagan"),
        ("هجوم قرب غورما رهاروس\nقتل ثلاثة جنود ماليين في كمين قرب غورما رهاروس اليوم.",
         "ml_gourma_rharous"),
        ("عبوة في مبيكيتوني\nأصيب شرطيان كينيان بانفجار عبوة ناسفة قرب مبيكيتوني صباح اليوم.",
         "ke_mpeketoni"),
        ("هجوم في مانغو\nقتل مسلحون أربعة قرويين في هجوم على قرية في منطقة مانغو بنيجيريا ليل الأحد.",
         "ng_mangu"),
    ],
)
def test_the_villages_districts_and_hills_the_gazetteer_lacked_are_read(text: str, place: str) -> None:
    assert location_ids(text)[0] == place


def test_two_villages_of_one_district_are_two_sites() -> None:
    first = location_ids("غارة على سيارة\nاستشهد شاب بغارة على سيارة في بلدة شبعا في قضاء حاصبيا اليوم.")
    second = location_ids("غارة على منزل\nاستشهد شخصان بغارة على منزل في بلدة الهبارية في قضاء حاصبيا اليوم.")
    assert first[0] == "lb_shebaa"
    assert second[0] == "lb_hebbariyeh"


def test_a_sub_district_named_with_its_district_is_the_sub_district() -> None:
    text = ("عبوة على دورية\nقتل شرطي بانفجار عبوة على دورية في ناحية سليمان بيك التابعة لقضاء "
            "طوزخورماتو مساء اليوم.")
    assert location_ids(text) == ["iq_sulaiman_bek"]


def test_generosity_and_mango_are_no_places() -> None:
    text = ("مهرجان للفاكهة\nأشاد الزوار بكرم أهالي المدينة وتذوقوا الموز والمانغو في المعرض الذي "
            "افتتحه الوزير أمس.")
    assert not {"pk_kurram", "ng_mangu"} & set(place_ids(text))


def test_a_second_spelling_of_baidoa_is_baidoa() -> None:
    text = "تفجير في الصومال\nقتل أربعة أشخاص بانفجار عبوة ناسفة في سوق مدينة بايدوا اليوم."
    assert location_ids(text)[0] == "so_baidoa"


def test_a_birthplace_is_not_muscat() -> None:
    text = ("تشييع جنديين\nشيع أهالي المدينة جثماني جنديين قتلا بانفجار لغم أمس، ودفنا في مسقط "
            "رأسيهما في مدينة سبيطلة بولاية القصرين.")
    assert "om_muscat" not in place_ids(text)
    assert "om_muscat" not in place_ids(text.replace("رأسيهما", "رأسه"))


PUB = dt.date(2024, 5, 3)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weekday dates the report's act; "أمس" after it, the act it answers
        ("أحرق مسلحون السوق مساء الجمعة ردا على الهجوم على الحافلة أمس", dt.date(2024, 5, 3)),
        ("قتل مسلحون ثلاثة ليل الخميس بعد هجوم أمس", dt.date(2024, 5, 2)),
        # the day word that comes first still decides either way
        ("قتل جندي أمس في هجوم شبيه بهجوم الثلاثاء", dt.date(2024, 5, 2)),
        ("قتل جندي فجر اليوم", dt.date(2024, 5, 3)),
    ],
)
def test_the_first_day_word_dates_the_report(text: str, expected: dt.date) -> None:
    assert resolve_date(text, PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one wounded who died, named by his rank among the dead: the toll so far
        ("أعلنت الشرطة وفاة عنصر رابع متأثرا بجروحه في المستشفى", [("killed", 4)]),
        ("توفي مدني ثالث متأثرا بجراحه صباح اليوم", [("killed", 3)]),
        # after a count of dead in the clause, one more
        ("قتل شرطيان في الكمين وتوفي شرطي ثالث متأثرا بجروحه", [("killed", 2), ("killed", 1)]),
        # killed outright in a roundup's clause, one more
        ("فيما قتل مزارع ثالث برصاص مجهولين قرب القرية", [("killed", 1)]),
    ],
)
def test_a_victim_who_died_of_wounds_named_by_his_rank_gives_the_toll(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert counts(text) == expected
