from streams.extraction.arabic import normalize
from streams.extraction.claims import find_claimants, is_disputed


def test_attribution_to_known_sources() -> None:
    assert find_claimants(normalize("وفق ما وثقه المرصد السوري لحقوق الإنسان")) == [
        "المرصد السوري لحقوق الإنسان"
    ]
    assert find_claimants(normalize("نقلت وكالة سانا عن مصدر عسكري")) == [
        "وكالة سانا", "مصدر عسكري"
    ]


def test_actor_speaking_directly_after_the_verb() -> None:
    assert find_claimants(normalize("أعلنت قسد أنها أحبطت هجوماً")) == ["قوات سوريا الديمقراطية"]


def test_no_attribution_no_claimant() -> None:
    assert find_claimants(normalize("قصفت قوات النظام بلدة البارة")) == []


def test_denials_mark_dispute() -> None:
    assert is_disputed(normalize("ونفت الوزارة هذه الأنباء"))
    assert is_disputed(normalize("ووصف البيان الرواية بأنها لا صحة لها"))
    assert not is_disputed(normalize("أكدت الوزارة مقتل عنصرين"))
