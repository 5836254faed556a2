"""Rules and data prompted by the fortieth blind set (tests/fixtures/extraction_eval/
blind40.yaml: who did it, in every way the press names the doer, a fresh sample), each checked
here on sentences written for the test, not on the set's own."""

from tests.unit.streams.extraction.reading import actor_ids, events, place_ids, tolls

# --- state forces by the region's own words for them -------------------------------------------


def test_a_republican_guard_is_the_army_of_the_story_s_country() -> None:
    chad = ("قتل جنديان من الحرس الجمهوري في هجوم شنه مسلحون على ثكنة قرب مطار انجامينا، "
            "وقال الجيش التشادي إن المهاجمين فروا.")
    syria = "قتل ثلاثة مدنيين بقصف لقوات الحرس الجمهوري على بلدة معرة النعمان بريف إدلب."
    egypt = "أصيب مجند من قوات الحرس الجمهوري بطلق ناري خلال هجوم على نقطة تفتيش في حي مصر الجديدة بالقاهرة."
    assert "sahel_armies" in actor_ids(chad)
    assert "syrian_army" in actor_ids(syria)
    assert "syrian_army" not in actor_ids(chad) | actor_ids(egypt)


def test_counter_terrorism_and_intelligence_services_are_the_story_s_state() -> None:
    pakistan = ("قتلت إدارة مكافحة الإرهاب ثلاثة مسلحين من حركة طالبان باكستان في تبادل لإطلاق "
                "النار قرب مدينة بيشاور.")
    lebanon = ("قتل مطلوب وأصيب عسكريان في اشتباك بين دورية من مديرية المخابرات ومسلحين في بلدة "
               "بريتال بقضاء بعلبك اللبناني.")
    assert "pakistani_forces" in actor_ids(pakistan)
    assert "lebanese_army" in actor_ids(lebanon)


# --- a militia named by its commander ------------------------------------------------------------


def test_the_rafah_militia_backed_by_israel_is_named_by_its_commander() -> None:
    text = ("قتل شاب برصاص مسلحين يتبعون لياسر أبو شباب قرب مفترق موراج شمال مدينة رفح "
            "جنوبي قطاع غزة.")
    assert "popular_forces" in actor_ids(text)


# --- towns the doers' reports name --------------------------------------------------------------


def test_towns_of_the_doers_reports_are_in_the_gazetteer() -> None:
    cases = {
        "قتل أربعة مزارعين في هجوم لمسلحين على قرية تابعة لمحلية المناقل في ولاية الجزيرة.": "sd_al_manaqil",
        "قتل خمسة مدنيين بقصف لمتمردي إم 23 على سوق في بلدة ماسيسي بشمال كيفو.": "cd_masisi",
        "قتل تسعة قرويين في هجوم للقوات الديمقراطية المتحالفة على قرية في إقليم لوبيرو.": "cd_lubero",
        "قتل شرطيان في هجوم لمسلحين على مركز للشرطة في مدينة ميانوالي بإقليم البنجاب.": "pk_mianwali",
        "قتل جنديان في هجوم للدعم السريع على مدينة الطينة الحدودية مع تشاد.": "sd_tine",
        "قتل جنديان صوماليان في انفجار عبوة ناسفة قرب مدينة مركا جنوب مقديشو.": "so_marka",
    }
    for text, want in cases.items():
        assert want in place_ids(text), (text, place_ids(text))


def test_chad_s_provinces_are_wilayas_to_its_press() -> None:
    text = ("انجامينا - قتل خمسة جنود تشاديين في هجوم لعناصر بوكو حرام على موقع عسكري في جزر "
            "ولاية البحيرة غربي البلاد.")
    assert "td_lac_region" in place_ids(text)
    assert "eg_beheira" not in place_ids(text)


def test_the_clay_is_no_town() -> None:
    text = "غمرت السيول الطينة منازل القرية بعد أن قتل مسلح مزارعاً في حقله بمدينة الفاشر."
    assert "sd_tine" not in place_ids(text)


# --- the accused's counter-account ---------------------------------------------------------------


def test_warning_shots_only_is_the_accused_s_counter_account() -> None:
    disputed = ("قال صيادون إن زورقاً لحرس الحدود أطلق النار على قاربهم قرب ميناء الزاوية فقتل صياداً "
                "وأصاب آخر، فيما قال حرس الحدود إن عناصره أطلقوا أعيرة نارية تحذيرية فقط.")
    told = ("قتل صياد وأصيب آخر برصاص زورق لحرس الحدود قرب ميناء الزاوية، بعد أن أطلق العناصر "
            "طلقات تحذيرية ثم فتحوا النار على القارب.")
    assert any(e.contested for e in events(disputed))
    assert not any(e.contested for e in events(told))


# --- the attackers counted after the forces' own dead ---------------------------------------------


def test_them_after_the_attackers_counts_the_attackers() -> None:
    text = ("أعلن الجيش النيجري مقتل ستة من جنوده في هجوم على ثكنة قرب أيورو، مضيفاً أن القوات "
            "لاحقت المهاجمين وقتلت 12 منهم.")
    assert sorted(tolls(text)) == [(6, None), (12, None)]


# --- arrests in the Maghreb's words ---------------------------------------------------------------


def test_a_raid_that_arrested_wanted_men_in_the_maghreb_s_words_is_no_incident() -> None:
    quiet = ("الحرس الوطني يوقف مروجي مخدرات بالقيروان\n"
             "تمكنت وحدات الحرس الوطني بالقيروان من إيقاف أربعة أشخاص مفتش عنهم وحجز كمية من "
             "الأقراص المخدرة، إثر مداهمة منزل بمعتمدية حفوز.")
    deadly = ("مقتل عون حرس في مداهمة بالقيروان\n"
              "قتل عون من الحرس الوطني وأصيب آخر برصاص مسلح، إثر مداهمة منزل بمعتمدية حفوز في "
              "ولاية القيروان.")
    assert events(quiet) == []
    assert events(deadly)
