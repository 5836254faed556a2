"""Security work without violence is no incident: raids and arrests with no toll, seized weapons
and caches, ordnance cleared or blown up, drills, tests and deals; a raid or a clearance that
kills is still one."""

import pytest

from streams.extraction.extract import article_from_text, extract
from tests.unit.streams.extraction.reading import counts, events, only, tolls

# exercises, arms, a truce proposed, medicine
FIGURES_OF_SPEECH = {
    "exercise": (
        "ختام تمرين عسكري\n"
        "ونفذت القوات المشاركة قصفاً مدفعياً وغارات جوية على مواقع العدو الافتراضي قرب مدينة "
        "العقبة، ضمن تمرين على نقل الجرحى."
    ),
    "contracts": (
        "صفقة دفاعية جديدة\n"
        "وقعت وزارة الدفاع في الرياض عقوداً لشراء صواريخ مضادة للطائرات وطائرات مسيرة قادرة على "
        "حمل قنابل."
    ),
    "truce_proposed": (
        "الوسطاء يعرضون هدنة\n"
        "قدم الوسطاء مقترحاً لوقف القصف المدفعي والغارات الجوية على مدينة الفاشر لمدة شهرين."
    ),
    "tumour": (
        "علاج جديد\n"
        "أعلن باحثون في أبوظبي نجاح علاج مناعي جديد يقتل الخلايا السرطانية ويشن هجوماً على الورم "
        "لدى 30 مريضاً."
    ),
    "blood_pressure": (
        "حملة صحية في الكويت\n"
        "ودعت الوزارة إلى الحرب على السمنة في الكويت بعد أن كشفت الفحوص إصابة 800 شخص بارتفاع ضغط "
        "الدم."
    ),
}


def test_an_old_shell_detonated_by_engineers_is_no_incident() -> None:
    assert events("فجرت الفرق الهندسية قذيفة قديمة عثر عليها مزارع في حقله.") == []


def test_a_raid_that_arrested_wanted_men_in_the_maghreb_s_words_is_no_incident() -> None:
    quiet = ("الحرس الوطني يوقف مروجي مخدرات بالقيروان\n"
             "تمكنت وحدات الحرس الوطني بالقيروان من إيقاف أربعة أشخاص مفتش عنهم وحجز كمية من "
             "الأقراص المخدرة، إثر مداهمة منزل بمعتمدية حفوز.")
    deadly = ("مقتل عون حرس في مداهمة بالقيروان\n"
              "قتل عون من الحرس الوطني وأصيب آخر برصاص مسلح، إثر مداهمة منزل بمعتمدية حفوز في "
              "ولاية القيروان.")
    assert events(quiet) == []
    assert events(deadly)


@pytest.mark.parametrize(
    "text",
    [
        "عصابة مسلحة تطلق رهائن في زمفارا\nأفرجت العصابة عن 12 مختطفاً بعد مفاوضات مع زعماء القرية.",
        "زعيم ميليشيا يطلق الرهائن ويسلم سلاحه\nجرت المراسم بحضور حاكم الولاية وقادة محليين.",
    ],
)
def test_hostages_freed_in_a_headline_s_present_are_no_incident(text: str) -> None:
    assert events(text) == []


def test_a_drill_that_stages_a_blast_and_its_wounded_is_no_event() -> None:
    text = (
        "تمرين للدفاع المدني\n"
        "العقبة - نفذت فرق الدفاع المدني تمريناً وهمياً يحاكي انفجاراً في ميناء العقبة، "
        "جرى خلاله إسعاف \"مصابين\" ونقلهم إلى المستشفى."
    )
    assert events(text) == []


def test_ordnance_blown_up_under_control_is_no_event() -> None:
    text = (
        "الموصل - أعلنت فرق الهندسة العسكرية رفع 80 قذيفة من مخلفات الحرب في أطراف المدينة، "
        "وتفجيرها تفجيراً مسيطراً عليه في منطقة خالية."
    )
    assert events(text) == []


def test_suspects_arrested_for_a_killing_are_no_incident() -> None:
    assert events("الشرطة تعتقل متهمين اثنين بقتل سائق أجرة في الديوانية") == []
    assert events("توقيف شاب بتهمة قتل والده في الزرقاء") == []


def test_a_raid_on_the_suspects_in_a_killing_counts_no_death() -> None:
    assert counts("داهمت قوة أمنية منزل المشتبه بهم في مقتل الضابط فجر اليوم.") == []


def test_a_policeman_killed_while_arresting_a_suspect_still_counts() -> None:
    assert counts("قتل شرطي خلال محاولة القبض على متهم بقتل شاب في الديوانية.") == [("killed", 1)]
    assert counts("أسفر اشتباك مع متهم عن مقتل شرطي.") == [("killed", 1)]


def test_a_seized_shipment_of_grenades_is_no_incident() -> None:
    text = "ضبطت الشرطة شحنة أسلحة تضم قنابل يدوية وعبوات ناسفة في مزرعة قرب الرمثا، واعتقلت سائقها."
    assert events(text) == []


def test_a_cache_of_mortar_shells_found_is_no_incident() -> None:
    assert events("عثرت قوة من الجيش على كدس يحتوي على 25 قذيفة هاون في وادي حوران غربي الأنبار.") == []


def test_unexploded_shells_cleared_in_iraqi_wording_are_no_incident() -> None:
    assert events("رفع الجهد الهندسي 40 مقذوفاً غير منفلق من منازل الموصل القديمة.") == []


def test_devices_found_ready_to_go_off_are_no_incident() -> None:
    assert events("فككت فرق الهندسة عبوات ناسفة معدة للتفجير على طريق كركوك تكريت.") == []


def test_a_bomb_that_went_off_beside_one_found_is_still_an_incident() -> None:
    text = "انفجرت عبوة ناسفة بدورية للجيش قرب كركوك، وعثرت القوة على عبوة ثانية في المكان."
    assert len(events(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "بدأت فرق المركز الوطني لمكافحة الألغام مسح الأراضي الزراعية في ناحية العلم لرفع القذائف "
        "غير المنفجرة.",
        "فجرت وحدة الهندسة ذخائر غير منفجرة في وادٍ شرق البلدة، وقالت إن الأصوات ناتجة عن تفجيرات محكومة.",
        "افتتحت البلدية جسر المدينة بعد ترميم الأضرار التي خلفتها المعارك قبل سنوات.",
    ],
)
def test_mine_clearance_and_repairs_are_no_incident(text: str) -> None:
    assert extract(article_from_text(text, "2024-03-10")) == []


def test_a_blast_of_unexploded_ordnance_is_still_an_incident() -> None:
    event = only("قتل طفلان بانفجار قذيفة غير منفجرة أثناء لعبهما قرب منزلهما في بلدة سرمين.")
    assert [c.killed for c in event.casualties] == [2]


def test_a_depot_of_guided_missiles_found_is_no_incident() -> None:
    text = (
        "العثور على مخزن سلاح في حمص\n"
        "حمص - عثرت دورية للشرطة على مخزن يضم قذائف مدفعية وصواريخ موجهة مضادة للدروع في مزرعة "
        "مهجورة بريف حمص الشمالي، ونقلت محتوياته إلى مكان آمن."
    )
    assert events(text) == []


def test_munitions_and_cluster_bombs_the_engineers_will_blow_up_are_no_incident() -> None:
    text = (
        "بيان للجيش\n"
        "النبطية - أعلن الجيش أن وحدة هندسية ستعمد غداً إلى تفجير ذخائر وقنابل عنقودية وقذائف "
        "صاروخية من مخلفات الحرب في أطراف بلدة كفررمان، داعياً الأهالي إلى الابتعاد عن المكان."
    )
    assert events(text) == []


def test_hand_grenades_that_wounded_a_child_are_still_an_incident() -> None:
    text = (
        "إصابة طفل بانفجار قنبلة يدوية في الموصل\n"
        "الموصل - أصيب طفل بجروح خطيرة عندما انفجرت قنبلة يدوية عثر عليها قرب منزله في الجانب "
        "الأيمن من مدينة الموصل."
    )
    assert tolls(text) == [(None, 1)]


def test_a_security_operation_launched_with_no_toll_is_no_event() -> None:
    text = (
        "حملة في البادية\n"
        "الموصل - أعلنت قيادة العمليات انطلاق عملية أمنية واسعة في صحراء الحضر بحثاً عن مطلوبين، "
        "بمشاركة طيران الجيش."
    )
    assert events(text) == []


def test_a_sweep_with_no_toll_is_no_event() -> None:
    text = "درعا - بدأت قوى الأمن حملة تمشيط في محيط مدينة نوى وأوقفت عدداً من المطلوبين."
    assert events(text) == []


def test_a_security_operation_that_killed_is_still_an_incident() -> None:
    text = "الرمادي - قتل أربعة مسلحين في عملية أمنية نفذتها القوات العراقية قرب مدينة الرمادي."
    assert tolls(text) == [(4, None)]


def test_weapons_seized_with_no_clash_are_no_event() -> None:
    text = (
        "ضبط ذخيرة في ريف حماة دون اشتباك\n"
        "حماة - ضبطت دورية للأمن الداخلي مخزناً يضم قذائف وبنادق في بلدة كفرزيتا، في عملية "
        "لم تشهد أي اشتباك."
    )
    assert events(text) == []


def test_a_missile_test_is_no_strike() -> None:
    text = (
        "تجربة جديدة\n"
        "بيونغ يانغ - أعلنت كوريا الشمالية أنها أجرت اختباراً ناجحاً لصاروخ جديد في بحر اليابان، "
        "أصاب هدفه على بعد 500 كيلومتر، مؤكدة أن الصاروخ قادر على توجيه ضربة دقيقة."
    )
    assert events(text) == []
    assert events("الحرس يختبر صاروخاً جديداً في بحر عمان") == []


def test_a_drill_against_a_staged_attack_is_no_event() -> None:
    text = (
        "تمرين أمني\n"
        "الدوحة - نفذت قوات الأمن تمريناً حاكى تعرض مطار الدوحة لهجوم إرهابي افتراضي، "
        "وجرى خلاله إخلاء \"الجرحى\"."
    )
    assert events(text) == []


def test_a_live_fire_exercise_is_no_event() -> None:
    text = ("مناورات بالذخيرة الحية في الجنوب\nاختتم الجيش مناورات بالذخيرة الحية نفذت خلالها "
            "المقاتلات والمروحيات غارات وهمية ودمرت أهدافاً افتراضية للعدو.")
    assert events(text) == []


def test_an_arms_deal_is_no_event() -> None:
    text = ("تقرير\nوافقت الحكومة على صفقة محتملة لبيع الأردن 500 صاروخ جو-أرض و20 مسيرة قتالية "
            "بقيمة مليار دولار.")
    assert events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "أجرت البحرية تجربة إطلاق ناجحة لصاروخ كروز جديد أصاب هدفه في عرض البحر.",
        "أعلن الجيش إطلاقاً تجريبياً لصاروخ باليستي متوسط المدى سقط في المنطقة المحددة.",
        "وقعت وزارة الدفاع عقداً لشراء منظومة دفاع جوي قادرة على اعتراض الصواريخ والمسيرات.",
        "ارتفعت أقساط التأمين على الناقلات العابرة للمضيق بعد الهجمات على السفن.",
        "أعلنت سلطة الطيران استئناف الرحلات في المطار بعد أسابيع من توقفها إثر القصف بالمسيرات.",
        "عادت الحركة إلى الميناء بعد نحو شهر من توقفها إثر الهجمات بالصواريخ.",
        "قال مسؤول إن عدد السفن العابرة تراجع إلى النصف مقارنة بما كان عليه قبل بدء الهجمات.",
    ],
)
def test_tests_purchases_insurance_and_reopenings_are_no_incidents(text: str) -> None:
    assert events(text) == []


def test_a_strike_with_its_toll_beside_a_purchase_is_still_an_incident() -> None:
    text = "قتل ثلاثة مدنيين بغارة بطائرة مسيرة على سوق البلدة، بعد يوم من توقيع عقد لشراء طائرات."
    assert tolls(text) == [(3, None)]


def test_engineers_detonating_cluster_bombs_a_war_left_is_no_incident() -> None:
    text = (
        "الجيش يفجر قنابل عنقودية في خراج بلدة دير ميماس\n"
        "مرجعيون - أعلن الجيش أن وحدة من فوج الهندسة ستقوم بتفجير ذخائر غير منفجرة وقنابل "
        "عنقودية من مخلفات العدوان في خراج البلدة، داعياً المواطنين إلى عدم القلق."
    )
    assert events(text) == []


def test_a_cluster_bomb_a_war_left_that_kills_is_an_incident() -> None:
    text = "مرجعيون - قتل طفل بانفجار قنبلة عنقودية من مخلفات الحرب في بلدة دير ميماس."
    assert tolls(text) == [(1, None)]


def test_shelling_that_left_unexploded_shells_is_still_an_incident() -> None:
    text = "مرجعيون - عثر الأهالي على قذائف غير منفجرة بعد قصف مدفعي إسرائيلي استهدف بلدة دير ميماس."
    assert len(events(text)) == 1


def test_a_raid_that_seized_drugs_and_a_gun_with_no_toll_is_no_incident() -> None:
    text = (
        "ضبط مروجي مخدرات في الرمثا\n"
        "أعلنت مديرية الأمن العام ضبط اثنين من مروجي المخدرات في لواء الرمثا، وضبط بحوزتهما كمية "
        "من الحبوب المخدرة ومسدس، بعد مداهمة منزل كانا يتحصنان فيه دون وقوع إصابات."
    )
    assert events(text) == []


def test_a_raid_with_its_dead_is_still_an_incident() -> None:
    text = (
        "مقتل مطلوب خلال مداهمة\n"
        "قتل مطلوب وأصيب شرطي خلال مداهمة أمنية لمنزل في مدينة الزرقاء، وضبط بحوزته سلاح ناري."
    )
    assert [(c.killed, c.injured) for c in only(text).casualties if c.killed or c.injured]


def test_wanted_men_for_shooting_crimes_arrested_in_a_raid_are_no_incident() -> None:
    text = (
        "توقيف مطلوبين في الهرمل\n"
        "أوقفت دورية من مديرية المخابرات في الهرمل ثلاثة مواطنين مطلوبين بجرائم إطلاق نار وسرقة "
        "سيارات، وسلمتهم إلى المرجع المختص."
    )
    assert events(text) == []


def test_a_man_killed_in_a_shooting_crime_is_still_an_incident() -> None:
    text = "قتل شاب بجريمة إطلاق نار في مدينة أم الفحم مساء أمس."
    assert only(text).casualties[0].killed == 1


def test_a_mine_that_blew_up_while_taken_apart_is_an_incident() -> None:
    assert tolls("انفجر لغم أثناء تفكيكه في ريف حماة ما أدى إلى مقتل عنصرين من فرق الهندسة.") == [(2, None)]


def test_a_killing_told_with_a_release_is_an_incident() -> None:
    assert tolls("أفرج الخاطفون عن ثلاثة عمال بعد أن قتلوا اثنين منهم في ولاية كادونا.") != []


def test_an_attack_on_soldiers_in_training_is_an_incident() -> None:
    text = (
        "هجوم على معسكر تدريب\n"
        "قتل أربعة جنود بهجوم مسلح على معسكرهم خلال تمرين عسكري قرب الحدود."
    )
    assert tolls(text) == [(4, None)]


@pytest.mark.parametrize("name", sorted(FIGURES_OF_SPEECH))
def test_drills_arms_truces_and_medicine_are_no_attack(name: str) -> None:
    assert events(FIGURES_OF_SPEECH[name]) == []


def test_detonators_seized_with_explosives_are_no_blast() -> None:
    text = (
        "الشرطة الكينية تضبط متفجرات في لامو\n"
        "أعلنت الشرطة الكينية ضبط كمية من المتفجرات وصواعق التفجير مخبأة في منزل مهجور بمقاطعة "
        "لامو، واعتقال مشتبهين اثنين يعتقد أنهما على صلة بحركة الشباب."
    )
    assert events(text) == []


def test_mines_counted_as_engineers_blow_them_up_are_no_blast() -> None:
    text = (
        "تفجير 350 لغما من مخلفات الحقبة الاستعمارية بتبسة\n"
        "قامت وحدات الهندسة القتالية للجيش الوطني الشعبي، أمس، بعملية تفجير 350 لغما مضادا للأفراد "
        "تم انتزاعها على مستوى الشريط الحدودي الشرقي بولاية تبسة."
    )
    assert events(text) == []


def test_a_storming_that_met_no_fight_is_an_arrest_not_an_incident() -> None:
    text = "داهمت قوة من الشرطة منزل المعارض في العاصمة واقتادته إلى جهة مجهولة، دون وقوع اشتباكات."
    assert events(text) == []


def test_a_storming_with_its_dead_is_still_an_incident() -> None:
    assert tolls("اقتحمت قوة أمنية منزلاً في الحي وقتلت مطلوبين اثنين بعد اشتباك مسلح.") == [(2, None)]
