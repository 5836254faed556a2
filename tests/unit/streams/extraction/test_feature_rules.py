"""Rules prompted by the third blind set (tests/fixtures/extraction_eval/blind3.yaml: features,
roundups, claims, monitors' totals), each checked here on sentences written for the test, not
on the set's own."""

from streams.extraction.actors import find_actors
from streams.extraction.arabic import normalize
from streams.extraction.casualties import find_casualties
from streams.extraction.places import find_places
from tests.unit.streams.extraction.reading import counts, events, tolls

# --- counts and their verbs ------------------------------------------------------------------

def test_a_hedge_between_a_count_and_its_verb_keeps_the_count() -> None:
    assert counts("وقال الطبيب إن ثمانية مدنيين على الأقل قتلوا في القصف") == [("killed", 8)]


def test_a_dual_subject_before_a_dual_passive_verb_is_two_wounded() -> None:
    assert counts("وأكد الناطق أن شرطيين أصيبا بشظايا القذيفة") == [("injured", 2)]


def test_a_dual_with_a_possessive_pronoun_is_two() -> None:
    assert counts("قتل رجل وأصيب ابناه في القصف") == [("killed", 1), ("injured", 2)]


def test_a_singular_with_a_possessive_pronoun_stays_one() -> None:
    assert counts("قتل رجل وأصيب ابنه في القصف") == [("killed", 1), ("injured", 1)]


def test_people_named_by_their_tie_to_another_count() -> None:
    assert counts("قتل رجل في الهجوم وأصيب جاره بجروح") == [("killed", 1), ("injured", 1)]


def test_an_ordinal_object_after_an_active_wounding_verb_is_one() -> None:
    assert counts("اغتال مسلحون شرطيين وأصابوا ثالثاً") == [("killed", 2), ("injured", 1)]


def test_a_companion_named_with_a_preposition_joins_the_toll() -> None:
    assert tolls("غارة على سيارة\nأدت الغارة إلى مقتل قيادي في الفصيل ومرافق له.") == [(2, None)]


def test_a_ministry_count_of_neutralised_enemies_is_killed() -> None:
    assert counts("وأعلنت الوزارة تحييد 12 إرهابياً في المنطقة") == [("killed", 12)]


def test_the_verb_neutralised_alone_is_not_a_count() -> None:
    assert counts("وحيدت الشرطة المهاجم") == []


def test_the_attacker_finished_off_after_his_attack_is_his_own_toll() -> None:
    assert counts("فتح مسلح النار فقتل خمسة أشخاص قبل أن تقضي عليه الشرطة") == [
        ("killed", 5), ("killed", 1)]


def test_a_plan_that_ends_something_is_no_death() -> None:
    assert events("خطة جديدة\nأعلنت الحكومة خطة تقضي على البطالة قبل أن يقضي عليها الغلاء.") == []


# --- background --------------------------------------------------------------------------

def test_a_count_since_an_earlier_date_is_background() -> None:
    text = ("اغتيالات في الجنوب\nسجلت المحافظة 300 عملية اغتيال منذ ذلك الحين قتل فيها 200 شخص.\n"
            "وقتل مسلحون مجهولون شاباً في البلدة.")
    assert tolls(text) == [(1, None)]


def test_a_monitor_month_total_is_no_incident() -> None:
    text = "حصيلة شهرية\nوثقت الشبكة مقتل 140 مدنياً خلال آذار الماضي في مختلف المحافظات."
    assert events(text) == []


def test_a_monitor_periodic_report_is_no_incident() -> None:
    text = "تقرير\nوقالت المنظمة في تقريرها السنوي إن 900 مدني قتلوا في الغارات."
    assert events(text) == []


def test_a_trial_retells_a_toll_it_does_not_report() -> None:
    text = "تأجيل\nأجلت المحكمة جلسة محاكمة المتهمين بتفجير الحافلة الذي أوقع 12 قتيلاً."
    assert events(text) == []


def test_a_war_total_since_its_start_date_is_background() -> None:
    text = ("غارة على بلدة\nسقط منذ الثامن من تشرين الأول أكثر من 300 قتيل.\n"
            "وقتل شخصان في غارة على البلدة اليوم.")
    assert tolls(text) == [(2, None)]


# --- claims and actors ---------------------------------------------------------------------

def test_a_denial_in_the_participle_makes_the_toll_contested() -> None:
    text = ("هجوم على قاعدة\nقالت الجماعة إنها قتلت 20 جندياً في الهجوم على القاعدة، "
            "فيما قال الجيش إنه صد الهجوم نافياً سقوط قتلى في صفوفه.")
    assert any(e.contested for e in events(text))


def test_an_islamic_state_province_by_the_full_name() -> None:
    norm = normalize("هاجم مسلحون من تنظيم الدولة الإسلامية في الصحراء الكبرى قرية")
    assert "is_provinces" in {m.entry.id for m in find_actors(norm)}


def test_a_claimant_word_for_enemies_perishing_is_killed() -> None:
    assert counts("وأعلنت الجماعة هلاك 4 من عناصر الميليشيا في الهجوم") == [("killed", 4)]


# --- places ------------------------------------------------------------------------------------

def test_an_iraqi_district_word_picks_the_iraqi_place_of_a_shared_name() -> None:
    places = find_places(normalize("سقطت قذيفة على سوق في قضاء سنجار"))
    assert [(p.id, p.country, p.resolved_by) for p in places] == [("iq_sinjar", "IQ", "division_word")]


def test_without_the_division_word_the_shared_name_resolves_as_before() -> None:
    assert [p.country for p in find_places(normalize("سقطت قذيفة على سوق في سنجار"))] == ["SY"]


def test_a_person_named_by_nationality_is_a_victim() -> None:
    assert counts("قتل مسلحون يمنياً وأصابوا اثنين آخرين") == [("killed", 1), ("injured", 2)]


def test_a_nationality_after_a_people_noun_is_no_second_victim() -> None:
    assert counts("مقتل مدني لبناني وإصابة آخر") == [("killed", 1), ("injured", 1)]


def test_the_bare_occupation_is_israel_and_the_named_one_is_not() -> None:
    bare = events("إصابة\nأصيب شاب برصاص الاحتلال في نابلس.")
    assert {a.id for e in bare for a in e.actors} == {"israel"}
    named = events("قصف\nقتل مدنيان بقصف الاحتلال التركي على قرية في ريف الحسكة.")
    assert {a.id for e in named for a in e.actors} == {"turkey"}


def test_the_passive_of_assassinate_counts_its_victim() -> None:
    assert counts("اغتيل قاض برصاص مسلحين أمام منزله") == [("killed", 1)]


def test_smugglers_killed_by_border_forces_are_not_the_forces_own_dead() -> None:
    norm = normalize("أعلن حرس الحدود مقتل 3 مهربين في اشتباك")
    groups = [i.group for i in find_casualties(norm, find_actors(norm), "border guards")]
    assert groups and "border guards" not in groups


def test_a_pakistani_city_named_with_its_urdu_words() -> None:
    assert [p.id for p in find_places(normalize("هجوم على مركز للشرطة في ديرة إسماعيل خان"))] == [
        "pk_dera_ismail_khan"]


def test_a_settlement_word_marks_a_small_israeli_town() -> None:
    assert [p.id for p in find_places(normalize("سقط صاروخ على مستوطنة كريات شمونة"))] == [
        "il_qiryat_shmona"]


def test_coal_is_no_town() -> None:
    assert find_places(normalize("انفجار داخل منجم للفحم")) == []


def test_a_life_taken_names_its_victims_after_it() -> None:
    assert counts("أودى انفجار العبوة بحياة 6 عمال في الموقع") == [("killed", 6)]


def test_the_communique_noun_of_finishing_off_counts_a_single_enemy() -> None:
    assert counts("أسفرت العملية عن القضاء على إرهابي وتوقيف آخر") == [("killed", 1)]


def test_an_earlier_similar_attack_in_the_same_sentence_is_background() -> None:
    text = ("هجوم\nقتل 4 جنود في هجوم على نقطة، وهو ثاني هجوم من نوعه بعد هجوم أسفر عن مقتل "
            "9 جنود في المنطقة.")
    assert tolls(text) == [(4, None)]


def test_one_arrested_after_one_killed_is_no_second_death() -> None:
    assert counts("مقتل مهاجم واعتقال آخر قرب الحاجز") == [("killed", 1)]
    assert counts("قتل 4 مسلحين وأسر 3 آخرين") == [("killed", 4)]


def test_a_gas_blast_is_an_accident() -> None:
    assert events("انفجار\nأدى انفجار أسطوانة غاز في مخبز بالمدينة إلى مقتل 5 أشخاص.") == []


def test_a_bomb_near_a_fuel_tank_is_still_an_attack() -> None:
    text = "تفجير\nانفجرت عبوة ناسفة قرب خزان وقود في المدينة ما أسفر عن مقتل 3 أشخاص."
    assert tolls(text) == [(3, None)]


def test_the_death_an_attack_answers_is_not_its_toll() -> None:
    assert counts("أطلقت الحركة قذائف على المستوطنات رداً على اغتيال قائدها") == []


def test_a_commander_and_an_imam_are_victims() -> None:
    assert counts("مقتل قائد ميداني في الجماعة") == [("killed", 1)]
    assert counts("اغتال مسلحون إماماً قرب المسجد") == [("killed", 1)]


def test_by_land_is_no_town_and_tillaberi_spelt_apart_is() -> None:
    assert find_places(normalize("بدأت القوات قصفاً برياً على المواقع")) == []
    assert [p.id for p in find_places(normalize("هجوم على قرية في منطقة تيلا بري"))] == ["ne_tillaberi"]


def test_led_to_is_no_town() -> None:
    assert find_places(normalize("انفجرت عبوة في السوق ما أدى إلى مقتل شخصين")) == []


def test_a_fire_or_a_collapse_with_no_attack_word_is_no_incident() -> None:
    assert events("حريق\nأدى حريق في مستودع إلى إصابة 6 عمال بحالات اختناق.") == []
    assert events("انهيار\nلقي 3 أشخاص مصرعهم إثر انهيار مبنى قديم في المدينة.") == []
    assert tolls("حريق\nاندلع حريق في السوق إثر قصف مدفعي أدى إلى مقتل 3 أشخاص.") == [(3, None)]


def test_finishing_off_counts_its_victims() -> None:
    assert counts("وقالت الكتائب إن مقاتليها أجهزوا على 4 جنود") == [("killed", 4)]


def test_the_red_sea_is_no_egyptian_governorate_and_the_governorate_still_is() -> None:
    assert find_places(normalize("استهدفت سفينة في البحر الأحمر")) == []
    assert [p.id for p in find_places(normalize("سقطت قذيفة في محافظة البحر الأحمر"))] == [
        "eg_red_sea_governorate"]


def test_the_wound_a_death_came_from_is_no_new_wounded() -> None:
    assert counts("لقي شاب حتفه إثر إصابته بطلق ناري") == [("killed", 1)]
    assert counts("نقل شرطي إلى المستشفى إثر إصابته برصاصة") == [("injured", 1)]


def test_a_month_with_no_day_is_a_total_and_ibb_is_a_place() -> None:
    assert events("حصيلة\nوثقت المنظمة مقتل 60 مدنياً في نيسان في مختلف المناطق.") == []
    assert tolls("هجوم\nقتل 3 أشخاص في إب بهجوم مسلح.") == [(3, None)]
    assert tolls("قصف\nقتل 3 أشخاص في 5 أيار بقصف على القرية.") == [(3, None)]
