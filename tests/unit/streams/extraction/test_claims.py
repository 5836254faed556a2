from streams.extraction.arabic import normalize
from streams.extraction.claims import find_claimants, is_disputed, rival_accounts


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


def test_a_source_speaking_of_its_own_figure_gives_a_rival_toll_not_a_further_one() -> None:
    norm = normalize("أحصت الشرطة مقتل أربعة أشخاص في الهجوم، فيما تحدث شهود عيان عن خمسة قتلى.")
    (span,) = rival_accounts(norm)
    assert "خمسه" in norm[span[0] : span[1]]


def test_a_part_that_speaks_of_no_figure_is_no_rival() -> None:
    assert rival_accounts(normalize("قتل أربعة أشخاص في الهجوم، فيما تحدث الوزير عن تعزيز الأمن.")) == []
