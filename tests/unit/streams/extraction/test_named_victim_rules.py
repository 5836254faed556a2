"""Rules prompted by the seventh blind set (tests/fixtures/extraction_eval/blind7.yaml: victims
named instead of counted, Maghreb and Gulf wording, wire phrasing, follow-ups that correct a
toll, non-violent stories with violent words), each checked here on sentences written for the
test, not on the set's own."""

from streams.extraction.arabic import normalize
from streams.extraction.places import find_place_mentions
from tests.unit.streams.extraction.reading import counts, events, tolls

# --- victims named instead of counted -------------------------------------------------------


def test_a_second_victim_named_by_a_definite_noun_adds_one() -> None:
    text = "استشهد الشاب سامر عادل (24 عاماً) والطفل كريم نادر (9 أعوام) برصاص الجنود"
    assert sum(v or 0 for k, v in counts(text) if k == "killed") == 2


def test_a_dual_noun_after_a_named_victim_adds_two() -> None:
    text = "قتل المهندس وليد سالم والعاملتين هدى وسعاد في قصف على المصنع"
    assert sum(v or 0 for k, v in counts(text) if k == "killed") == 3


def test_a_couple_and_their_child_are_three() -> None:
    text = "قتل الزوجان سمير وهالة وابنتهما ريم في غارة على منزلهم"
    assert sum(v or 0 for k, v in counts(text) if k == "killed") == 3


def test_a_kin_noun_with_a_possessive_after_named_victims_adds_one() -> None:
    text = "قتل الشقيقان فادي ورامي وابن خالهما برصاص مجهولين"
    assert sum(v or 0 for k, v in counts(text) if k == "killed") == 3


def test_named_victims_after_a_subset_word_are_not_added_again() -> None:
    text = "قتل شخصان بينهما الطفل سامي والشاب رائد في قصف على الحي"
    assert counts(text) == [("killed", 2)]


def test_a_father_named_in_apposition_is_not_another_victim() -> None:
    text = "استشهد الشاب نبيل والد الطفلة سلمى برصاص القناصة"
    assert counts(text) == [("killed", 1)]


def test_the_wounded_after_a_named_dead_are_not_added_to_the_dead() -> None:
    assert counts("قتل الشاب مازن وأصيب الطفل هادي بجروح") == [("killed", 1), ("injured", 1)]


def test_an_initial_with_a_period_does_not_end_the_sentence() -> None:
    text = "اشتباك\nأعلنت الوزارة استشهاد الرقيب ع. سليم والجندي ف. هشام في اشتباك مع مهربين مسلحين."
    assert (2, None) in tolls(text)


def test_a_maghreb_agent_is_a_member_of_the_forces() -> None:
    assert counts("استشهد عون بالحرس الوطني وأصيب زميله في انفجار لغم") == [("killed", 1), ("injured", 1)]


# --- cases, corrections and denials ---------------------------------------------------------


def test_cases_right_after_an_injury_word_are_people() -> None:
    assert counts("أدى القصف إلى إصابة 7 حالات اختناق بينها أطفال") == [("injured", 7)]


def test_cases_away_from_a_casualty_word_are_not_people() -> None:
    assert counts("سجلت المدينة 40 حالة كوليرا خلال الشتاء") == []


def test_a_figure_announced_earlier_and_corrected_is_not_added() -> None:
    text = ("تعديل\nعدلت الوزارة حصيلة الغارة على البلدة إلى 3 قتلى و8 جرحى، بعد أن أعلنت في وقت "
            "سابق مقتل 6 أشخاص.")
    assert tolls(text) == [(3, 8)]


def test_an_earlier_report_of_more_dead_after_and_was_is_not_added() -> None:
    text = ("تصحيح\nقتل رجلان في قصف على مخيم للنازحين، وكانت مصادر محلية قد أفادت في وقت سابق "
            "بمقتل 5 أشخاص.")
    assert tolls(text) == [(2, None)]


def test_a_denied_figure_is_not_added() -> None:
    text = ("هجوم\nقتل 4 حراس في هجوم على فندق، نافياً ما تداولته وسائل إعلام عن مقتل 15 شخصاً.")
    assert tolls(text) == [(4, None)]


# --- non-violent stories with violent words -------------------------------------------------


def test_a_court_sentence_carried_out_is_no_incident() -> None:
    text = "بيان\nنفذت السلطات حكم القتل تعزيراً في 3 مدانين بتهريب المخدرات والإرهاب."
    assert events(text) == []


def test_a_market_story_with_shooting_words_is_no_incident() -> None:
    text = "البورصة\nأطلق المستثمرون النار على أقدامهم ببيع الأسهم فهوى المؤشر 3 في المائة."
    assert events(text) == []


def test_a_political_bombshell_is_no_incident() -> None:
    text = "سياسة\nفجر الرئيس قنبلة سياسية بحل مجلس الأمة، ووصفها نواب بأنها رصاصة في قلب البرلمان."
    assert events(text) == []


def test_the_dead_of_a_flood_are_no_attack() -> None:
    text = "كارثة\nانتشلت فرق الإنقاذ جثامين 40 من ضحايا الفيضان بعد انهيار سد على الوادي."
    assert events(text) == []


# --- Gulf and Maghreb actors and places -----------------------------------------------------


def test_police_in_a_gulf_story_are_the_gulf_state_forces() -> None:
    text = "مسقط - قتل شرطي في إطلاق نار على دورية للشرطة في ولاية بوشر بسلطنة عمان."
    actors = {a.id for e in events(text) for a in e.actors}
    assert "gulf_forces" in actors


def test_a_mauritanian_wilaya_is_a_first_level_division() -> None:
    ids = {m.entry.id for m in find_place_mentions(normalize("في ولاية الحوض الشرقي شرقي موريتانيا"))}
    assert "mr_hodh_ech_chargui" in ids


def test_committees_are_not_a_cameroonian_town() -> None:
    ids = {m.entry.id for m in find_place_mentions(normalize("قالت لجان المقاومة في الخرطوم"))}
    assert not any(i.startswith("cm_") for i in ids)


# --- counts after their people, attackers ended ---------------------------------------------


def test_a_number_with_the_article_after_plural_people_counts_them() -> None:
    assert counts("وقتلت القوات الخاصة المسلحين الستة بعد حصار دام ساعات") == [("killed", 6)]
    assert counts("فيما قتل الجناة الثلاثة في تبادل لإطلاق النار") == [("killed", 3)]


def test_a_weekday_with_the_article_is_no_count() -> None:
    assert counts("قتل الجنود الأربعاء الماضي في كمين") == [("killed", None)]


def test_the_attacker_ended_after_the_attack_is_a_toll_of_his_own() -> None:
    text = ("إطلاق نار\nأطلق رجل النار على حراس مبنى حكومي فقتل اثنين منهم، وتم التعامل معه "
            "والقضاء عليه.")
    assert sorted(tolls(text), key=str) == sorted([(2, None), (1, None)], key=str)


def test_attackers_killed_by_the_forces_are_not_the_forces_dead() -> None:
    text = ("هجوم\nقتل 5 من رجال الشرطة في هجوم على مركز أمني، فيما تمكنت القوات الأمنية من قتل "
            "المهاجمين الثلاثة.")
    assert sorted(tolls(text), key=str) == sorted([(5, None), (3, None)], key=str)


def test_migrants_are_people() -> None:
    assert counts("قتل أربعة مهاجرين بإطلاق نار على قارب") == [("killed", 4)]


# --- lists and asides that name the counted -------------------------------------------------


def test_an_aside_naming_the_people_counted_is_skipped_on_the_way_to_their_verb() -> None:
    text = "قالت المصادر إن أسرة من ستة أفراد، هم الجد والجدة وأربعة من أحفادهما، قتلت في الغارة"
    assert counts(text) == [("killed", 6)]


def test_counts_inside_an_aside_naming_the_counted_are_not_added() -> None:
    assert counts("قتل تسعة أشخاص، هم خمسة رجال وأربع نساء، في القصف على السوق") == [("killed", 9)]


def test_victims_listed_after_and_they_are_count_one_each_where_no_figure_was_given() -> None:
    text = "نشرت القيادة أسماء ضحايا الكمين على الطريق، وهم: الملازم سامي، والرقيب هادي، والجندي نور"
    assert ("killed", 3) in counts(text)


def test_a_list_after_a_figure_does_not_count_its_victims_again() -> None:
    assert counts("قتل ثلاثة جنود، وهم: الملازم سامي، والرقيب هادي، والجندي نور") == [("killed", 3)]


def test_a_word_for_bodies_counts_the_figure_after_it() -> None:
    assert counts("عثرت دورية على جثث 6 رعاة قتلوا برصاص مسلحين في الصحراء") == [("killed", 6)]


def test_a_bodies_figure_in_a_flood_story_is_no_incident() -> None:
    assert events("فيضان\nانتشلت الفرق جثث 30 شخصاً جرفتهم مياه الفيضان في الوادي.") == []


# --- a definite attack noun with its nationality --------------------------------------------


def test_a_definite_attack_noun_with_a_definite_nationality_names_the_attacker() -> None:
    text = "غارة\nارتفعت حصيلة الغارة الإسرائيلية على مبنى في مدينة صور إلى 6 قتلى."
    assert [a.id for e in events(text) for a in e.actors] == ["israel"]


def test_a_definite_nationality_after_a_noun_that_is_no_attack_names_no_one() -> None:
    text = "حادث\nالتقى الوفد الإسرائيلي بالمسؤولين، وقتل 3 في حادث إطلاق نار في المدينة."
    assert "israel" not in [a.id for e in events(text) for a in e.actors]


def test_a_claim_in_a_sentence_of_its_own_names_the_perpetrator() -> None:
    text = "هجوم\nقتل 4 أشخاص في إطلاق نار قرب مسجد في المدينة. وأعلن تنظيم داعش مسؤوليته."
    assert [(a.id, a.role) for e in events(text) for a in e.actors] == [("isis", "perpetrator")]


def test_a_responsibility_taken_alone_is_no_incident() -> None:
    assert events("بيان\nأعلن الوزير مسؤوليته عن القرار بعد اجتماع الحكومة في العاصمة.") == []
