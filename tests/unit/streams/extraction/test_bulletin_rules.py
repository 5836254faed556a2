"""Rules prompted by the fourth blind set (tests/fixtures/extraction_eval/blind4.yaml: breaking
bulletins, live blogs whose toll rises, local spellings, kidnappings, mines, tribal clashes),
each checked here on sentences written for the test, not on the set's own."""

from streams.extraction.actors import find_actors
from streams.extraction.arabic import normalize
from streams.extraction.places import find_places
from tests.unit.streams.extraction.reading import counts, events, tolls

# --- rising tolls --------------------------------------------------------------------------


def test_the_bulletin_noun_of_a_rising_toll_gives_the_current_figure() -> None:
    assert counts("مصادر طبية: ارتفاع عدد القتلى إلى ستة") == [("killed", 6)]


def test_a_rising_toll_of_the_dead_carries_the_wounded_joined_to_it() -> None:
    assert counts("ارتفاع عدد الشهداء إلى 6 والجرحى إلى 14") == [("killed", 6), ("injured", 14)]
    assert counts("ارتفع عدد القتلى إلى خمسة، بينهم امرأة، والمصابين إلى 8") == [
        ("killed", 5), ("injured", 8)]


def test_a_toll_head_before_its_verb_and_the_other_head_after_the_figure() -> None:
    assert counts("وقال المسؤول إن عدد القتلى بلغ 40 والجرحى 95") == [("killed", 40), ("injured", 95)]


def test_a_figure_glued_to_the_next_head_is_not_that_heads_count() -> None:
    # "40 والجرحى" is not forty wounded: the "و" opens the next head
    assert ("injured", 40) not in counts("وقال المسؤول إن عدد القتلى بلغ 40 والجرحى 95")


def test_a_rising_toll_with_its_figure_before_the_head() -> None:
    assert counts("ارتفع إلى 9 عدد قتلى القصف على السوق") == [("killed", 9)]


def test_the_earlier_provisional_figure_of_a_rising_toll_is_no_count() -> None:
    text = ("حصيلة\nارتفعت حصيلة التفجير إلى 12 قتيلاً و20 جريحاً، بعد أن كانت الحصيلة الأولية 7 "
            "قتلى.")
    assert tolls(text) == [(12, 20)]


def test_an_account_of_an_earlier_attack_after_a_comma_leaves_the_report_standing() -> None:
    text = ("إعدام\nأظهر تسجيل إعدام أربعة رهائن في ولاية بورنو، قال التنظيم إنه أسرهم خلال هجوم "
            "الشهر الماضي.")
    assert [[p.id for p in e.locations] for e in events(text)] == [["ng_borno_state"]]


def test_a_live_blog_keeps_the_latest_figure_of_one_incident() -> None:
    text = ("تغطية مباشرة: قصف على السوق\n"
            "09:00 - مقتل شخصين وإصابة ثلاثة بقصف مدفعي على السوق.\n"
            "11:30 - الصحة: ارتفاع عدد القتلى إلى سبعة والجرحى إلى 15.")
    assert tolls(text) == [(7, 15)]


def test_a_clock_time_and_a_numbered_update_are_no_counts() -> None:
    assert counts("(تحديث 3) قتيلان في القصف") == [("killed", 2)]
    assert counts("14:20 سقوط قتيل بغارة على البلدة") == [("killed", 1)]


# --- counts in other words ----------------------------------------------------------------


def test_killing_them_all_counts_the_people_numbered_before() -> None:
    assert counts("قصفت طائرة حافلة كانت تقل تسعة ركاب، ما أدى إلى مقتلهم جميعاً") == [("killed", 9)]


def test_killing_them_all_with_no_number_before_stays_vague() -> None:
    assert counts("أدى القصف إلى مقتلهم جميعاً") == [("killed", None)]


def test_a_witness_colloquial_died_and_numbers_count() -> None:
    assert counts("قال أحد الأهالي: ضربت القذيفة البيت ومات تلاتة زول") == [("killed", 3)]
    assert counts("ومات تمانية وعشرين شخصاً في القصف") == [("killed", 28)]


def test_a_headline_naming_the_best_known_of_the_dead_is_the_bodys_incident() -> None:
    text = ("غارة تقتل قيادياً في الفصيل\n"
            "قتل قيادي في الفصيل واثنان من مرافقيه بغارة على سيارتهم قرب المدينة.")
    assert tolls(text) == [(3, None)]


def test_fighters_called_extremist_belong_to_the_militants_not_the_army() -> None:
    text = ("اشتباك\nأعلن الجيش مقتل خمسة عناصر تكفيرية في اشتباك مع قواته، كما قتل جندي في "
            "المواجهات.")
    assert sorted(tolls(text)) == [(1, None), (5, None)]


def test_the_wounded_still_in_care_are_wounded() -> None:
    assert counts("قتل ثلاثة في القصف، فيما لا يزال خمسة آخرون يتلقون العلاج") == [
        ("killed", 3), ("injured", 5)]


def test_a_body_found_killed_is_one_dead_and_its_wounds_are_no_more_wounded() -> None:
    assert counts("عثر على شرطي مقتولاً قرب منزله في الحي، مصاباً بطلقتين في الصدر") == [("killed", 1)]


def test_someone_else_named_wounded_after_a_death_is_still_wounded() -> None:
    assert counts("قتل رجل وخرج ابنه مصاباً") == [("killed", 1), ("injured", 1)]


def test_a_definite_head_with_its_figure_after_it_counts() -> None:
    assert counts("وقال الشاهد إن القتلى 6 والجرحى أكثر من 30") == [("killed", 6), ("injured", 30)]
    assert counts("نقل الجرحى 3 مرات إلى المستشفى") == [("injured", None)]


# --- what is not an incident ---------------------------------------------------------------


def test_a_gas_bottle_in_maghreb_spelling_is_an_accident() -> None:
    assert events("انفجار\nأصيب أربعة أشخاص إثر انفجار قنينة غاز في مقهى.") == []


def test_a_television_series_is_no_incident() -> None:
    assert events("دراما\nيروي المسلسل قصة ضابط يقتل فيها ثلاثة من رفاقه في تفجير سيارة.") == []


def test_a_hearing_of_a_court_case_is_no_incident() -> None:
    assert events("تأجيل النظر في قضية الهجوم على فندق في مدينة سوسة") == []


def test_a_match_report_dense_with_sport_words_is_no_incident_even_with_an_injured_player() -> None:
    text = ("مباراة\nشن الفريق هجوماً كاسحاً وأطلق قذائف على مرمى منافسه في الشوط الأول، وخرج مدافع "
            "الضيوف مصاباً بعد تدخل قوي.")
    assert events(text) == []


def test_an_attack_at_a_stadium_during_a_match_is_still_an_incident() -> None:
    assert tolls("هجوم\nقتل 3 مشجعين في هجوم مسلح على الملعب خلال المباراة.") == [(3, None)]


def test_prices_that_kill_citizens_are_a_figure_of_speech() -> None:
    text = "غلاء\nقال النائب إن الغلاء يقتل 3 مواطنين من كل عشرة وإن الأسعار تطلق الرصاص على التموين."
    assert events(text) == []


# --- actors --------------------------------------------------------------------------------


def _actor_ids(text: str, country: str | None = None) -> list[str]:
    return [m.entry.id for m in find_actors(normalize(text), country)]


def test_tribes_fighting_each_other_are_tribal_fighters() -> None:
    assert "tribal_forces" in _actor_ids("اندلع نزاع عشائري بين عشيرتين في القضاء", "IQ")
    assert "tribal_forces" in _actor_ids("تجددت اشتباكات قبلية في المدينة", "LY")


def test_two_armed_groups_are_armed_groups() -> None:
    assert _actor_ids("اشتباكات بين مجموعتين مسلحتين في المدينة", "LY") == ["armed_groups"]


def test_fatah_is_a_palestinian_faction() -> None:
    assert _actor_ids("اشتباكات بين عناصر من حركة فتح ومسلحين في المخيم", "LB")[0] == "palestinian_factions"


def test_the_iraqi_hezbollah_is_not_the_lebanese_one() -> None:
    assert _actor_ids("استهدفت مسيرة سيارة لميليشيا حزب الله العراقي", "IQ") == ["pmf"]


def test_a_states_general_command_is_its_army_not_haftars() -> None:
    assert _actor_ids("أعلن مصدر في القيادة العامة للقوات المسلحة الأردنية إحباط محاولة تسلل") == [
        "jordanian_forces"]
    assert _actor_ids("قالت القيادة العامة للقوات المسلحة العربية الليبية إن قواتها تقدمت") == ["lna"]


# --- places --------------------------------------------------------------------------------


def _place_ids(text: str) -> list[str]:
    return [p.id for p in find_places(normalize(text))]


def test_a_clitic_split_that_makes_a_longer_name_wins_over_a_whole_word_name() -> None:
    # "بأم درمان" is "ب" + "أم درمان", not the Iranian town "بام" followed by a word
    assert _place_ids("سقطت قذائف على سوق بأم درمان") == ["sd_omdurman"]
    assert _place_ids("وقع زلزال في مدينة بام الإيرانية") == ["ir_bam"]


def test_eastern_after_a_military_region_is_no_egyptian_governorate() -> None:
    assert _place_ids("أعلنت المنطقة العسكرية الشرقية إحباط محاولة تسلل") == []
    assert _place_ids("قتل شخص في محافظة الشرقية") == ["eg_sharqia"]


# --- triggers ------------------------------------------------------------------------------


def test_an_explosion_in_the_accusative_is_an_incident_unless_it_is_an_accident() -> None:
    found = events("باكستان\nقالت الشرطة إن انفجاراً وقع داخل مسجد في مدينة بيشاور.")
    assert [(e.type, [p.id for p in e.locations]) for e in found] == [("explosion", ["pk_peshawar"])]
    assert events("انفجار\nقال الدفاع المدني إن انفجاراً نجم عن تسرب غاز أصاب 3 أشخاص.") == []


def test_shelling_with_the_article_and_a_raid_in_the_present_are_triggers() -> None:
    found = events("الفاشر\nقالت غرفة الطوارئ إن القتلى 12 والجرحى 30، متهمة القوات بالقصف.")
    assert [[(c.killed, c.injured) for c in e.casualties] for e in found] == [[(12, 30)]]
    raid = events("تغطية\n07:10 - قوات الاحتلال تقتحم مدينة جنين.")
    assert [[p.id for p in e.locations] for e in raid] == [["ps_janin"]]


def test_a_campaign_that_targets_children_is_no_attack() -> None:
    assert events("تطعيم\nأطلقت الوزارة حملة تطعيم تستهدف مليوني طفل في مدينة مقديشو.") == []


# --- incidents with no casualties ----------------------------------------------------------


def test_two_rockets_intercepted_with_no_casualties_are_an_incident_with_no_toll() -> None:
    found = events("اعتراض\nقال الجيش إن منظومة الدفاع الجوي اعترضت صاروخين أطلقا باتجاه مدينة عسقلان.")
    assert [(e.type, e.casualties, [p.id for p in e.locations]) for e in found] == [
        ("shelling", [], ["il_ashkelon"])]
