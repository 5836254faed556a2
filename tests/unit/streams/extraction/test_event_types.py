import pytest

from streams.extraction.arabic import normalize
from streams.extraction.event_types import event_type, find_triggers


def kind(text: str) -> str:
    return event_type(find_triggers(normalize(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت الطائرات غارات جوية على القرية", "airstrike"),
        ("استهدفت طائرة مسيّرة سيارة", "airstrike"),
        ("سقطت قذائف هاون على الحي", "shelling"),
        ("انفجرت عبوة ناسفة بدورية", "explosion"),
        ("اندلعت اشتباكات عنيفة على المحور", "armed_clash"),
        ("وقعت المجموعة في كمين محكم", "ambush"),
        ("اغتيل رئيس البلدية", "assassination"),  # the passive is an assassination too
        ("محاولة اغتيال قيادي", "assassination"),
        ("هاجم مسلحون حاجزاً", "attack"),
    ],
)
def test_trigger_types(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "دعا الوزير إلى احترام وقف إطلاق النار في المنطقة",
        "بحث الطرفان الوضع في منطقة خفض التصعيد",
        "افتتح معرض للكتاب في المدينة",
        "حذر المسؤول من أي هجوم محتمل",
    ],
)
def test_no_trigger_in_non_violent_text(text: str) -> None:
    assert find_triggers(normalize(text)) == []


def test_a_finishing_verb_whose_subject_stands_before_its_people_is_a_killing() -> None:
    # a communiqué's order: the unit, its place, then "على" and the people
    text = normalize("قضت وحدة من الجيش، في منطقة جبلية بالولاية، على أربعة إرهابيين.")
    assert [t.word for t in find_triggers(text)] == [normalize("قضت")]
    # a court's ruling, a stay: no people after "على", no killing
    assert find_triggers(normalize("قضت المحكمة على المتهم بالسجن عشر سنوات.")) == []
    assert find_triggers(normalize("قضى الوفد يومين في العاصمة.")) == []
