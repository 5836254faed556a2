"""Rules and data prompted by the fifth blind set (tests/fixtures/extraction_eval/blind5.yaml:
pan-Arab world desks reporting violence far from the Arab world), each checked here on
sentences written for the test, not on the set's own."""

from streams.extraction.actors import find_actors
from streams.extraction.arabic import normalize
from streams.extraction.casualties import find_casualties
from streams.extraction.claims import is_disputed, rival_accounts
from streams.extraction.places import ancestors, find_places
from tests.unit.streams.extraction.reading import counts, events, tolls

# --- a second source's figure for the same toll ----------------------------------------------


def test_another_sources_figure_for_a_counted_toll_is_no_further_toll() -> None:
    text = "قال مسؤول في المستشفى إن 15 شخصاً قتلوا في التفجير، في حين قال وزير الداخلية إن عدد القتلى 7"
    assert tolls(text) == [(15, None)]
    assert [e.contested for e in events(text)] == [True]


def test_another_sources_figure_disputes_the_sentence() -> None:
    norm = normalize("قتل 20 قروياً في الهجوم، لكن متحدثاً عسكرياً قال إن الحصيلة لم تتجاوز خمسة")
    assert rival_accounts(norm) and is_disputed(norm)


def test_a_figure_of_another_kind_after_a_contrast_is_a_further_count() -> None:
    text = "قتل 6 جنود في الكمين، فيما قالت مصادر طبية إن عدد الجرحى بلغ 11"
    assert tolls(text) == [(6, 11)]
    assert [e.contested for e in events(text)] == [False]


def test_a_figure_after_a_contrast_with_no_earlier_figure_is_the_toll() -> None:
    assert not rival_accounts(normalize("وقع انفجار في السوق، بينما قال مسؤول محلي إن الحصيلة 9 قتلى"))


def test_a_contrast_with_no_attribution_is_no_rival_account() -> None:
    assert not rival_accounts(normalize("قتل 4 مدنيين في القصف، بينما ارتفع عدد القتلى في المدينة"))


# --- background, figures of speech -----------------------------------------------------------


def test_an_earlier_attack_the_reported_one_follows_by_weeks_is_background() -> None:
    text = (
        "مقتل 3 عمال بهجوم على مصنع\n"
        "قتل 3 عمال في هجوم مسلح على مصنع. "
        "ويأتي الهجوم بعد أسبوعين من تفجير في سوق المدينة أودى بحياة 12 شخصاً."
    )
    assert tolls(text) == [(3, None)]


def test_a_trial_in_the_present_tense_is_no_incident() -> None:
    assert events("محكمة تحاكم خمسة متهمين بالتخطيط لتفجير قتل فيه 12 شخصاً") == []


def test_a_cyber_attack_is_no_incident() -> None:
    assert events("هجوم سيبراني يعطل مطاراً\nتعرض المطار لهجوم إلكتروني عطل أنظمة الحجز لساعات") == []


def test_a_politicians_attack_on_a_government_is_no_incident() -> None:
    assert events("زعيم الحزب يشن هجوماً لاذعاً على الحكومة في خطاب أمام أنصاره") == []


# --- actors beyond the region -----------------------------------------------------------------


def _actor_ids(text: str, country: str | None = None) -> set[str]:
    return {m.entry.id for m in find_actors(normalize(text), country)}


def test_state_forces_beyond_the_region_are_named() -> None:
    assert "kenyan_forces" in _actor_ids("وقالت الشرطة الكينية إن عبوة انفجرت")
    assert "indian_forces" in _actor_ids("قال الجيش الهندي إن جنديين قتلا")
    assert "myanmar_forces" in _actor_ids("قصفت طائرات المجلس العسكري في ميانمار قرية")
    assert "ukraine" in _actor_ids("أسقطت الدفاعات الروسية مسيرات أوكرانية")
    assert "russia" in _actor_ids("أصابت صواريخ روسية مبنى سكنياً")


def test_the_army_of_a_story_beyond_the_region_is_that_countrys() -> None:
    assert "colombian_forces" in _actor_ids("قال الجيش إن ثلاثة جنود قتلوا", "CO")
    assert "philippine_forces" in _actor_ids("قال الجيش إن ثلاثة جنود قتلوا", "PH")


def test_armed_groups_beyond_the_region_are_named() -> None:
    assert "abu_sayyaf" in _actor_ids("نصب مسلحون من جماعة أبو سياف كميناً")
    assert "farc_dissidents" in _actor_ids("هاجم منشقون عن حركة فارك دورية")
    assert "is_provinces" in _actor_ids("تبنى تنظيم الدولة الإسلامية في موزمبيق الهجوم")


# --- places: divisions and spellings of the world desks -----------------------------------------


def _place_ids(text: str) -> list[str]:
    return [p.id for p in find_places(text)]


def test_oblasts_are_divisions_and_their_cities_lie_in_them() -> None:
    assert "ru_belgorod_oblast" in _place_ids("سقطت مسيرة في مقاطعة بيلغورود")
    assert "ua_kharkiv_oblast" in ancestors("ua_kharkiv")
    assert _place_ids("قصف على مدينة خاركيف") == ["ua_kharkiv"]


def test_states_and_departments_beyond_the_region() -> None:
    assert "mx_sinaloa" in ancestors("mx_culiacan")
    assert "in_jammu_and_kashmir" in ancestors("in_srinagar")
    assert "co_cauca" in _place_ids("هجوم في إقليم كاوكا")
    assert "mm_rakhine" in _place_ids("غارة على قرية في ولاية راخين")


def test_the_world_desks_spellings() -> None:
    assert "bf_djibo" in _place_ids("هجوم قرب مدينة دجيبو")
    assert "cd_goma" in _place_ids("قذائف على مخيم قرب مدينة جوما")
    assert "pk_khyber_pakhtunkhwa" in _place_ids("تفجير في إقليم خيبر بختون خوا")
    assert "pk_balochistan" in _place_ids("هجوم في إقليم بلوجستان")


def test_a_name_after_lam_is_found_where_lam_and_its_head_spell_another_alias() -> None:
    # "لجيش" is also "الجيش" after "ل": the longer name behind the preposition still wins
    assert "myanmar_forces" in _actor_ids("أطلقت مروحيات تابعة لجيش ميانمار النار على قرية")


def test_an_accusation_sentence_after_the_toll_names_the_attacker() -> None:
    text = (
        "قتلى بقذيفة على سوق\n"
        "قال مسؤول في الشرطة الكينية إن 5 أشخاص قتلوا عندما سقطت قذيفة على سوق في بلدة حدودية. "
        "واتهمت السلطات حركة الشباب بإطلاق القذائف."
    )
    assert [{a.id for a in e.actors} >= {"al_shabaab"} for e in events(text)] == [True]


# --- running tolls ------------------------------------------------------------------------------


def test_a_rising_toll_with_a_long_head_is_the_current_figure() -> None:
    text = (
        "ارتفع عدد قتلى التفجير الذي استهدف حافلة ركاب على الطريق الرابط بين مدينتي الشمال "
        "قرب الحدود إلى 23 شخصاً"
    )
    assert counts(text) == [("killed", 23)]


def test_the_figure_a_toll_rose_from_counts_nothing() -> None:
    text = "انفجار في سوق\nارتفعت حصيلة قتلى التفجير إلى 15 شخصاً، بعدما كانت الحصيلة الأولية 6 قتلى"
    assert tolls(text) == [(15, None)]


# --- whose dead ------------------------------------------------------------------------------------


def _groups(text: str, default: str) -> list[tuple[str | None, int | None]]:
    norm = normalize(text)
    return [(i.group, i.value) for i in find_casualties(norm, find_actors(norm), default, None, default)]


def test_gunmen_killed_by_the_forces_of_the_account_are_not_their_dead() -> None:
    assert _groups("قال متحدث عسكري إن جنوده قتلوا ثلاثة مسلحين", "Kenyan forces") == [("militants", 3)]


def test_an_amount_after_its_people_noun_takes_the_nouns_group() -> None:
    assert _groups("وأضاف أن القوات قتلت مسلحين اثنين", "Indian forces") == [("militants", 2)]
    assert _groups("قتل مدنيين اثنين في القصف", "Indian forces") == [("civilians", 2)]


def test_the_adjective_indian_is_no_iraqi_town_but_the_town_named_as_one_is() -> None:
    assert _place_ids("قال الجيش في الشطر الخاضع للإدارة الهندية من كشمير") == []
    assert "iq_al_hindiyah" in _place_ids("سقطت قذيفة في مدينة الهندية")


def test_one_victim_in_a_match_report_with_no_attack_word_is_a_figure_of_speech() -> None:
    text = "انتهت المباراة بفوز الضيوف بعدما قتل قائدهم اللقاء مبكراً، وسقط الحارس ضحية لأخطاء الدفاع"
    assert events(text) == []


def test_one_victim_shot_near_a_stadium_is_still_an_incident() -> None:
    assert tolls("مقتل شخص قرب ملعب\nقتل شخص برصاص مسلحين مجهولين قرب الملعب بعد المباراة") == [(1, None)]


def test_forces_named_without_their_country_are_the_subject_of_a_killing_verb() -> None:
    assert counts("قتلت القوات قيادياً في العصابة ومرافقاً له") == [("killed", 1), ("killed", 1)]


def test_a_companion_after_a_long_owner_joins_the_toll() -> None:
    text = "وقالت الوزارة إن القوات قتلت قيادياً كبيراً في جماعة أبو سياف المسلحة في الجنوب ومرافقاً له"
    assert counts(text) == [("killed", 1), ("killed", 1)]


def test_a_leader_with_a_rank_adjective_belongs_to_the_group_named_after_it() -> None:
    assert _groups("قتلت القوات قيادياً بارزاً في تنظيم أبو سياف", "Philippine forces") == [("Abu Sayyaf", 1)]


def test_the_subjects_allegiance_stands_between_a_killing_verb_and_its_victims() -> None:
    text = "قتل مسلحون من جماعة أبو سياف الموالية لتنظيم الدولة خمسة قرويين"
    assert counts(text) == [("killed", 5)]


def test_a_life_taken_after_a_long_subject_with_an_aside() -> None:
    text = (
        "أودى هجوم بقذائف الهاون استهدف سوقاً شعبية في بلدة على الحدود، قرب معبر تجاري، "
        "بحياة 6 أشخاص، بينهم طفلان، وأصاب 9 آخرين"
    )
    assert counts(text) == [("killed", 6), ("injured", 9)]


def test_gunmen_killed_by_an_air_force_keep_the_group_the_story_gives_them() -> None:
    # the killers are not the account's side here: the default group stands
    norm = normalize("أعلن المركز مقتل 20 مسلحاً في غارات نفذها الطيران الروسي")
    items = find_casualties(norm, find_actors(norm), "opposition fighters", "Russian forces")
    assert [(i.group, i.value) for i in items] == [("opposition fighters", 20)]


def test_gunmen_beside_soldiers_of_a_named_army_are_not_its_dead() -> None:
    norm = normalize("مقتل 4 جنود أتراك ومسلحين اثنين في اشتباك")
    groups = [(i.group, i.value) for i in find_casualties(norm, find_actors(norm), "Turkish forces")]
    assert groups == [("Turkish forces", 4), ("militants", 2)]


def test_the_verb_neutralised_with_its_count_right_after_it_is_killed() -> None:
    assert counts('وأكد المتحدث أن الجيش "حيد" 25 من المسلحين') == [("killed", 25)]


def test_the_verb_neutralised_with_no_count_stays_uncounted() -> None:
    assert counts("وقال البيان إن القوات حيدت منفذ الهجوم") == []
