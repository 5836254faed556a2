"""Rules prompted by the fifteenth blind set (tests/fixtures/extraction_eval/blind15.yaml: the
conflicts of 2024-2026, drones, Sudan, Lebanon, Yemen, the Sahel, Pakistan and Afghanistan,
Syria after 2024), each checked here on sentences written for the test, not on the set's own
sentences."""

import pytest

from tests.unit.streams.extraction.reading import events

# --- drones that strike and drones that do not ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "الرياض - حلقت 1500 طائرة مسيرة فوق بوليفارد الرياض في عرض ضوئي احتفالاً بيوم التأسيس.",
        "الخرطوم - بدأت وزارة الزراعة رش مزارع القمح في ولاية نهر النيل بالمسيرات لمكافحة الجراد.",
        "أنقرة - سلمت الشركة 20 مسيرة للجيش الأذربيجاني ضمن صفقة وقعت العام الماضي في باكو.",
    ],
)
def test_drones_that_strike_nothing_make_no_incident(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "أربيل - استهدفت طائرة مسيرة مفخخة مطار أربيل الدولي فجر اليوم دون وقوع إصابات.",
        "الموصل - هجوم بطائرة مسيرة على موقع عسكري غربي الموصل دون وقوع إصابات.",
    ],
)
def test_a_drone_attack_without_casualties_is_still_an_incident(text: str) -> None:
    assert len(events(text)) == 1
