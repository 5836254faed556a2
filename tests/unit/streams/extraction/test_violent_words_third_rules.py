"""Rules and data prompted by the fifty-first blind set (tests/fixtures/extraction_eval/
blind51.yaml: news with no new violence told in the words of violence, a third fresh sample),
each checked here on sentences written for the test, not on the set's own."""

import pytest

from tests.unit.streams.extraction.reading import events, place_ids, tolls

# --- stories with no new violence: a rumour denied, a hoax, a raid that ended in arrests,
# fighters who laid down their arms, memoirs, a scene of a play, trade and idle hours in the
# words of war, a fall at work, deaths of illness

NO_INCIDENT = {
    "denied_headline": (
        "الشرطة تنفي مقتل ضابط في الميناء\n"
        "أكدت مديرية الشرطة أن الضابط يمارس عمله كالمعتاد."
    ),
    "denied_verb": (
        "الجيش ينفي وقوع اشتباكات في سوق المدينة القديمة\n"
        "أكد الجيش أن الحياة تسير بشكل طبيعي في المدينة."
    ),
    "rumour": (
        "بيان لمديرية الأمن\n"
        "قالت المديرية إنه لا صحة للأنباء عن سقوط قتلى وجرحى في إطلاق نار قرب الجامعة."
    ),
    "rumour_circulated": (
        "المحافظة توضح\n"
        "أوضحت المحافظة أن ما يتم تداوله عن انفجار في محطة الكهرباء غير دقيق."
    ),
    "hoax": (
        "إخلاء مدرسة بعد بلاغ كاذب\n"
        "أخلت الشرطة مدرسة ثانوية إثر بلاغ كاذب عن زرع قنبلة في أحد فصولها."
    ),
    "suspicious_bag": (
        "استنفار في محطة القطار\n"
        "طوقت قوات الأمن محطة القطار بعد العثور على حقيبة مشبوهة قرب شباك التذاكر."
    ),
    "arrests": (
        "حملة أمنية في الحي الشرقي\n"
        "نفذت الشرطة حملة مداهمة أسفرت عن إلقاء القبض على خمسة مطلوبين وضبط أسلحة."
    ),
    "disarmament": (
        "دفعة جديدة من المقاتلين السابقين\n"
        "أعلنت اللجنة إعادة تأهيل 40 مقاتلاً سابقاً شاركوا في هجمات على الجيش قبل أن يلقوا سلاحهم."
    ),
    "prisoners_swapped": (
        "انتهاء أزمة بين قبيلتين\n"
        "جرى الإفراج المتبادل عن سبعة محتجزين بين المجموعتين المسلحتين بوساطة من الوجهاء."
    ),
    "memoirs": (
        "جنرال متقاعد يكتب عن الحرب\n"
        "يقول الجنرال في مذكراته إن لواءه قتل 300 مسلح في معركة الجسر وخسر 20 جندياً."
    ),
    "play": (
        "عرض مسرحي عن الحصار\n"
        "صفق الجمهور طويلاً بعد مشهد استشهاد الممرضة على خشبة المسرح القومي."
    ),
    "price_war": (
        "شركات الاتصالات تتنافس\n"
        "اشتعلت حرب الأسعار بين شركات الاتصالات بعد خصومات على باقات الإنترنت."
    ),
    "environment": (
        "غضب في الحي\n"
        "وصف سكان ناشطون بيئيون قطع الأشجار في الشارع بأنه مجزرة بيئية."
    ),
    "idle_hours": (
        "شباب بلا عمل\n"
        "يقول الشبان إنهم يقتلون الوقت في المقهى منذ الصباح."
    ),
    "time_bomb": (
        "خبراء يحذرون\n"
        "تمثل البطالة قنبلة موقوتة في الأحياء الفقيرة."
    ),
    "scaffold": (
        "وفاة عامل في ورشة بناء\n"
        "توفي عامل وأصيب اثنان بعد سقوط سقالة في برج قيد الإنشاء."
    ),
    "illness": (
        "رحيل قائد ميداني سابق\n"
        "توفي القائد الميداني السابق عن 70 عاماً بعد معاناة مع مرض عضال."
    ),
    "cancer": (
        "وفاة زعيم قبلي\n"
        "توفي زعيم قبلي بارز في مستشفى بالعاصمة إثر إصابته بالسرطان."
    ),
}


@pytest.mark.parametrize("text", NO_INCIDENT.values(), ids=NO_INCIDENT.keys())
def test_a_story_with_no_new_violence_makes_no_event(text: str) -> None:
    assert events(text) == []


# --- the same words beside an incident, which stays one

INCIDENT = {
    "denial_beside_toll": (
        (
            "قتلى بقصف على سوق\n"
            "قتل خمسة مدنيين بقصف على سوق البلدة، ونفى الجيش مسؤوليته عن القصف."
        ),
        (5, None),
    ),
    "raid_with_dead": (
        (
            "مقتل مطلوب في مداهمة\n"
            "قتل مطلوب وأصيب شرطيان بتبادل لإطلاق النار خلال مداهمة انتهت بإلقاء القبض على ثلاثة."
        ),
        (1, None),
    ),
    "split_faction": (
        (
            "تفجير قرب مركز للشرطة\n"
            "قتل شرطيان بانفجار سيارة مفخخة تبناه فصيل من المنشقين عن الحركة."
        ),
        (2, None),
    ),
}


@pytest.mark.parametrize(("text", "toll"), INCIDENT.values(), ids=INCIDENT.keys())
def test_an_incident_told_beside_those_words_keeps_its_toll(
    text: str, toll: tuple[int | None, int | None]
) -> None:
    assert toll in tolls(text)


def test_a_wanted_man_killed_in_a_raid_is_counted_apart_from_the_wounded_police() -> None:
    got = tolls("اشتباك في حي الزهور\nقتل مطلوبان وأصيب ثلاثة شرطيين خلال مداهمة منزل في حي الزهور.")
    assert (2, None) in got and (None, 3) in got


def test_shooting_named_as_a_charge_is_no_incident() -> None:
    assert events(
        "توقيف ثلاثة مطلوبين في حملة أمنية\n"
        "أوقفت دورية للشرطة ثلاثة أشخاص مطلوبين بقضايا إطلاق نار وسرقة في ضواحي المدينة."
    ) == []


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("شهيدان و9 معتقلين في اقتحام البلدة\nاستشهد شابان برصاص الجنود خلال اقتحام البلدة.", (2, None)),
        ("قتيل و4 مفقودين بهجوم على قرية\nقتل مزارع بهجوم لمسلحين على قرية في الإقليم.", (1, None)),
    ],
)
def test_the_arrested_and_the_missing_beside_a_toll_add_nothing_to_it(
    text: str, toll: tuple[int | None, int | None]
) -> None:
    assert tolls(text) and all(t == toll for t in tolls(text))


def test_friendly_fire_said_of_prices_is_no_incident_but_soldiers_killed_by_it_are() -> None:
    assert events(
        "منافسة شرسة في سوق الهواتف\n"
        "وصف تجار تخفيضات الشركة الجديدة بأنها نيران صديقة قد تقتل المحلات الصغيرة."
    ) == []
    assert (2, None) in tolls(
        "مقتل جنديين بنيران صديقة\nقتل جنديان بنيران صديقة خلال اشتباك مع مسلحين قرب الحدود."
    )


def test_tear_gas_is_no_place_and_m_sila_named_as_a_province_still_is() -> None:
    gas = place_ids(
        "إصابات في احتجاجات\n"
        "أصيب 12 متظاهراً بالرصاص والقنابل المسيلة للدموع في ساحة وسط مدينة الكوت."
    )
    assert "dz_m_sila" not in gas
    assert "dz_m_sila" in place_ids(
        "كمين في الجزائر\nقتل جنديان في كمين نصبه إرهابيون في ولاية المسيلة."
    )
