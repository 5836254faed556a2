"""Rules prompted by the eleventh blind set (tests/fixtures/extraction_eval/blind11.yaml: local
places and local armed forces), each checked here on reports written for the test, not on the
set's own sentences."""

import pytest

from streams.extraction.extract import article_from_text, extract
from tests.unit.streams.extraction.reading import actors_of, only, places_of

# --- local and tribal forces ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("قتل اثنان من عناصر الصحوة بهجوم مسلح على منزلهما غرب الرمادي.", "sahwa"),
        ("أصيب ثلاثة من وحدات مقاومة سنجار بقصف بطائرة مسيرة قرب سنوني.", "ybs"),
        ("قتل جندي من القوات الجنوبية بقصف حوثي على مواقع في كرش.", "stc"),
        ("قتل جنديان من قوات دفاع شبوة بانفجار عبوة ناسفة في عتق.", "stc"),
        ("قتل عنصران من اللواء 444 قتال في اشتباكات جنوب طرابلس.", "libyan_gov_forces"),
        ("قتل أربعة من قوات ليفيز بهجوم على نقطة تفتيش في إقليم بلوشستان.", "pakistani_forces"),
        ("قالت القوة المشتركة للحركات المسلحة إن ستة من مقاتليها قتلوا في معارك قرب الفاشر.",
         "joint_force"),
        ("قتل عشرة من متطوعي الدفاع عن الوطن في هجوم على موقعهم شمال بوركينا فاسو.", "vdp"),
        ("قتل خمسة من أفراد قوة المهام المدنية المشتركة بهجوم في ولاية بورنو.", "cjtf"),
        ("قتل ثلاثة من الحراسة الأهلية في مواجهة مع مسلحين بولاية سوكوتو.", "vigilantes"),
        # bandits are unnamed gunmen, as the earlier sets annotate them
        ("قتل قطاع الطرق تسعة قرويين في هجوم على قرية بولاية كادونا.", "unknown"),
        ("قتل اثنان من أعضاء لجان اليقظة بهجوم على قرية في أقصى شمال الكاميرون.",
         "vigilance_committees"),
        ("قتل أربعة من عناصر طالبان في كمين نصبته جبهة المقاومة الوطنية في ولاية بغلان.", "nrf"),
        ("قتل سبعة مدنيين في هجوم نسب إلى جيش تحرير أورومو في إقليم أوروميا.", "ola"),
        ("قتل ثلاثة من قوات بونتلاند بانفجار لغم في إقليم بري.", "puntland_forces"),
        ("قتل أربعة من مقاتلي ميليشيا معويسلي في مواجهات مع حركة الشباب.", "macawisley"),
    ],
)
def test_local_and_tribal_forces_are_named_actors(text: str, actor: str) -> None:
    assert actor in actors_of(only(text))


# --- local places --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Yemen's districts and Sudan's localities are place words ("مديرية"، "محلية")
        ("قتل جندي بقصف حوثي على مواقع الجيش في مديرية مودية.", "ye_mudiyah"),
        ("قتل ثلاثة في قصف على مواقع بمديرية صرواح.", "ye_suq_sirwah"),
        ("قتل ستة مدنيين بهجوم على قرية في محلية مليط.", "sd_mellit"),
        ("قتل ثلاثة جنود بهجوم على قاعدة قرب أفجوي.", "so_afgooye"),
        ("قتل أربعة في اشتباكات قبلية قرب بلد حاوو.", "so_beled_hawo"),
        ("قتل تسعة بهجوم على قرية قرب مدينة دوري.", "bf_dori"),
        ("قتل 11 في هجوم على قرية في دائرة بانكاس.", "ml_bankass"),
        ("قتل ثمانية من عناصر داعش في هجوم على بلدة مونغونو.", "ng_monguno"),
        ("قتل شرطيان بهجوم على مركز في مدينة راسك.", "ir_rasak"),
        ("أصيب مواطنان بقصف مدفعي على بلدة كفركلا.", "lb_kfar_kila"),
        ("قتل جنديان في اشتباكات بولاية بنجشير.", "af_panjshir"),
    ],
)
def test_local_places_resolve(text: str, place: str) -> None:
    assert place in places_of(only(text))


def test_a_town_named_in_two_countries_follows_the_story() -> None:
    event = only("ديفا - قتل مدنيان بهجوم على قرية قرب بوسو في منطقة ديفا جنوب شرقي النيجر.")
    assert "ne_bosso" in places_of(event)
    assert "td_bousso" not in places_of(event)


def test_a_football_league_is_no_place() -> None:
    # "دوري" alone is the league, only "مدينة دوري" is Burkina Faso's Dori
    event = only("قتل ثلاثة جنود في هجوم على قاعدة قرب جيبو، بعد مباراة في الدوري المحلي.")
    assert "bf_dori" not in places_of(event)


# --- a force's own dead named with its pronoun ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت قوات بونتلاند مقتل سبعة من عناصر حركة الشباب وسقوط ثلاثة جنود من قواتها في معارك قرب بوصاصو.",
        "أعلنت قوات بونتلاند مقتل سبعة من عناصر حركة الشباب وسقوط ثلاثة من أفرادها في معارك قرب بوصاصو.",
    ],
)
def test_the_claimants_own_dead_are_a_toll_of_their_own(text: str) -> None:
    by_group = {c.group: c.killed for c in only(text).casualties}
    assert by_group["Puntland forces"] == 3
    assert sorted(by_group.values()) == [3, 7]


def test_members_of_a_family_are_not_a_force() -> None:
    event = only("قتل خمسة أفراد من عائلة واحدة بقصف مدفعي على منزلهم في بلدة سرمين.")
    assert [c.killed for c in event.casualties] == [5]


# --- local news with violent words and no incident -----------------------------------------


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


# --- one person named by role ----------------------------------------------------------------


def test_a_wounded_escort_counts_one() -> None:
    event = only("اغتال مسلحون مجهولون شيخاً قبلياً في سوق المدينة بمحافظة مأرب، وأصيب مرافقه بجروح.")
    assert {(c.killed, c.injured) for c in event.casualties} >= {(None, 1)}


def test_a_council_member_killed_counts_one() -> None:
    event = only("اغتال مسلحون مجهولون عضواً في مجلس محافظة ديالى بإطلاق النار عليه قرب منزله.")
    assert [c.killed for c in event.casualties] == [1]


# --- the dead told again -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحون صيادين اثنين قرب بحيرة حمرين في ديالى، وقال مسؤول محلي إن الجثتين نقلتا إلى المستشفى.",
        'قتل شابان بغارة على سيارة في بلدة عيترون، ونعتهما عائلتاهما كـ"شهيدين" في بيان.',
    ],
)
def test_the_dead_named_again_are_not_added(text: str) -> None:
    assert [c.killed for c in only(text).casualties] == [2]


def test_casualty_nouns_without_the_article_still_count() -> None:
    event = only("سقط قتيلان وثلاثة جرحى بقصف مدفعي على بلدة سرمين، ونقل الجرحى إلى مستشفى إدلب.")
    assert {(c.killed, c.injured) for c in event.casualties} == {(2, 3)}


def test_the_tribal_prefix_of_a_village_is_no_place() -> None:
    event = only("قتل مسلحون مزارعاً في قرية البو حسن التابعة لناحية العلم في صلاح الدين.")
    assert "dk_aalborg" not in places_of(event)
