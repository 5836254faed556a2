"""A day's feed from outlets a monitor rarely sees (blind72.yaml): Tunisia's delegation as a
district word, Kurdish outlets' spelling of the PKK, border towns GeoNames lacks, and a Gulf
headline of a court upholding a death sentence."""

from tests.unit.streams.extraction.reading import actor_ids, events, only, places_of


def test_a_tunisian_delegation_places_its_seat_town_not_the_governorate() -> None:
    text = "أصيب عسكريان في انفجار لغم خلال عملية تمشيط بجبل سمامة من معتمدية سبيطلة بولاية القصرين."
    places = places_of(only(text))
    assert "tn_sbeitla" in places
    assert "tn_kasserine" not in places


def test_kurdish_outlets_spelling_of_kurdistan_names_the_pkk() -> None:
    assert "pkk" in actor_ids("قتل اثنان من عناصر حزب العمال الكوردستاني بضربة مسيّرة تركية قرب بنجوين.")


def test_adel_bagrou_is_mauritania_s_border_town() -> None:
    text = "قتل ثلاثة منمين برصاص الجيش المالي على بعد كيلومترات من بلدة عدل بكرو الحدودية."
    assert "mr_adel_bagrou" in places_of(only(text))


def test_chahna_is_a_jijel_commune_only_as_a_commune() -> None:
    text = "قضت مفرزة للجيش على إرهابيين اثنين في عملية تمشيط قرب بلدية الشحنة بولاية جيجل."
    assert "dz_chahna" in {p for e in events(text) for p in places_of(e)}
    assert all("dz_chahna" not in places_of(e) for e in events("قتل شخصان في قصف طال الشحنة قرب الميناء."))


def test_al_harth_is_jazan_s_border_governorate() -> None:
    text = "أصيب مقيمان بمقذوف عسكري أطلق من الأراضي اليمنية وسقط على قرية في محافظة الحرث."
    assert "sa_al_harth" in places_of(only(text))


def test_a_court_upholding_a_death_sentence_is_no_incident() -> None:
    text = (
        "التمييز تؤيد إعدام مواطن قتل زوجته طعناً\n"
        "أيدت محكمة التمييز حكم الإعدام الصادر بحق مواطن أدين بقتل زوجته طعناً بسكين داخل منزلهما."
    )
    assert events(text) == []


def test_puntland_s_own_communique_names_its_security_forces() -> None:
    text = "أعلنت قوات الأمن في ولاية بونتلاند أنها قضت على تسعة من عناصر داعش في اشتباكات قرب بوصاصو."
    assert "puntland_forces" in actor_ids(text)


def test_a_port_s_fee_cut_called_a_counter_attack_is_no_incident() -> None:
    text = (
        "أعلنت هيئة الموانئ في بورتسودان خفض رسوم المناولة بنسبة 20 بالمئة، في ما وصفه محللون "
        "بهجوم مضاد لاستعادة حصتها من تجارة جنوب السودان."
    )
    assert events(text) == []


def test_silvan_by_its_turkish_name_is_the_diyarbakir_district_town() -> None:
    text = "قتل شرطيان في هجوم مسلح استهدف نقطة تفتيش في قضاء سيلفان بولاية ديار بكر."
    assert "tr_silvan" in places_of(only(text))
