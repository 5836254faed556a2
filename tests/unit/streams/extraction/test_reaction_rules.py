"""Reactions to an incident: the governments and bodies that condemn it, send condolences or
call for calm are named in clauses of their own, and those clauses add no place and no
incident (`reactions` in lexicons/incidents.yaml)."""

import pytest

from tests.unit.streams.extraction.reading import events, only, place_ids, places_of, tolls

ATTACK = (
    "هجوم على سوق\n"
    "قتل خمسة أشخاص وأصيب عشرة آخرون، صباح الأحد، بانفجار عبوة ناسفة في سوق شعبي بمدينة الموصل. "
)


@pytest.mark.parametrize(
    "reaction",
    [
        "وأدانت مصر والسعودية والإمارات الهجوم ودعت إلى محاسبة المسؤولين عنه.",
        "وفي ردود الفعل، نددت تركيا وقطر بالتفجير، فيما أعربت الأردن عن تضامنها مع العراق.",
        "وسط إدانات من الكويت والبحرين وسلطنة عمان للاعتداء.",
    ],
)
def test_the_countries_that_condemn_an_attack_are_not_where_it_happened(reaction: str) -> None:
    event = only(ATTACK + reaction)
    assert places_of(event) <= {"iq", "iq_nineveh", "iq_mosul"}, places_of(event)
    assert "iq_mosul" in places_of(event)


def test_a_reaction_in_a_headline_names_the_site_after_the_attack_word() -> None:
    text = "الأردن يدين الهجوم على كنيسة في مدينة المنيا\nعمان - أدانت وزارة الخارجية الهجوم."
    assert "jo" not in place_ids(text)


def test_a_reaction_that_gives_the_toll_still_counts_it() -> None:
    text = "تفجير\nودانت الحكومة اللبنانية الغارة التي أسفرت عن مقتل ثلاثة مدنيين في بلدة الخيام."
    assert (3, None) in tolls(text)


def test_a_country_before_the_attack_word_without_a_reaction_is_still_a_site() -> None:
    text = "هجوم\nشهدت سوريا هجوماً بسيارة مفخخة أسفر عن مقتل أربعة أشخاص."
    assert "sy" in place_ids(text)


def test_a_condemnation_alone_is_no_incident_of_its_own() -> None:
    text = ATTACK + "ودانت فرنسا الهجوم الإرهابي."
    assert len(events(text)) == 1
