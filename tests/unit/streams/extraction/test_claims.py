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


def test_another_source_saying_the_same_people_died_gives_a_rival_toll_without_a_toll_word() -> None:
    norm = normalize("قال مسؤولون محليون إن 30 مدنياً قتلوا في الهجوم، بينما قال الجيش إن 12 مدنياً قتلوا.")
    ((start, end, kinds),) = rival_accounts(norm)
    assert "12" in norm[start:end] and kinds == {"killed"}


def test_another_source_counting_other_people_gives_further_dead() -> None:
    # civilians, then soldiers: more dead, not another account of the civilians
    norm = normalize("قال مسؤولون محليون إن 30 مدنياً قتلوا، بينما قال الجيش إن ستة جنود قتلوا أيضا.")
    assert rival_accounts(norm) == []


def test_a_further_death_a_source_is_named_for_is_no_rival_account() -> None:
    # no "إن" after the attribution: the source is named for the death, not giving another toll
    norm = normalize("قتل مدنيان في القصف، فيما قتل مدني ثالث برصاص قناص بحسب مصدر محلي.")
    assert rival_accounts(norm) == []
