"""Every organization and person the source document names, once each, in three languages.

Other apps' demo loaders look them up here by key, so one ministry stays one row.
"""

from collections import Counter

from publishing.demo import fields, upsert

from .models import Organization, OrganizationKind, Person

ORGANIZATIONS = {
    "government": (
        OrganizationKind.GOVERNMENT,
        {
            "ru": "Правительство Кыргызской Республики",
            "ky": "Кыргыз Республикасынын Өкмөтү",
            "en": "Government of the Kyrgyz Republic",
        },
        {"ru": "Правительство КР", "ky": "КР Өкмөтү", "en": "Government"},
    ),
    "government-office": (
        OrganizationKind.GOVERNMENT,
        {
            "ru": "Аппарат Правительства Кыргызской Республики",
            "ky": "Кыргыз Республикасынын Өкмөтүнүн Аппараты",
            "en": "Government Office of the Kyrgyz Republic",
        },
        {"ru": "Аппарат Правительства КР", "ky": "Өкмөттүн Аппараты", "en": "Government Office"},
    ),
    "ministry-of-justice": (
        OrganizationKind.GOVERNMENT,
        {
            "ru": "Министерство юстиции Кыргызской Республики",
            "ky": "Кыргыз Республикасынын Юстиция министрлиги",
            "en": "Ministry of Justice of the Kyrgyz Republic",
        },
        {"ru": "Минюст КР", "ky": "Юстиция министрлиги", "en": "Ministry of Justice"},
    ),
    "prosecutor-general": (
        OrganizationKind.GOVERNMENT,
        {
            "ru": "Генеральная прокуратура Кыргызской Республики",
            "ky": "Кыргыз Республикасынын Башкы прокуратурасы",
            "en": "General Prosecutor's Office of the Kyrgyz Republic",
        },
        {"ru": "Генпрокуратура КР", "ky": "Башкы прокуратура", "en": "General Prosecutor's Office"},
    ),
    "gkits": (
        OrganizationKind.GOVERNMENT,
        {
            "ru": "Государственный комитет информационных технологий и связи Кыргызской Республики",
            "ky": "Кыргыз Республикасынын Маалыматтык технологиялар жана байланыш "
            "мамлекеттик комитети",
            "en": "State Committee of Information Technologies and Communications "
            "of the Kyrgyz Republic",
        },
        {"ru": "ГКИТС КР", "ky": "МТБМК", "en": "SCITC"},
    ),
    "pilot-bodies": (
        OrganizationKind.GOVERNMENT,
        {
            "ru": "12 пилотных госорганов",
            "ky": "12 пилоттук мамлекеттик орган",
            "en": "12 pilot state bodies",
        },
        {"ru": "", "ky": "", "en": ""},
    ),
    "jogorku-kenesh": (
        OrganizationKind.PARLIAMENT,
        {
            "ru": "Жогорку Кенеш Кыргызской Республики",
            "ky": "Кыргыз Республикасынын Жогорку Кеңеши",
            "en": "Jogorku Kenesh (Parliament) of the Kyrgyz Republic",
        },
        {"ru": "ЖК КР", "ky": "ЖК", "en": "Jogorku Kenesh"},
    ),
    "cec": (
        OrganizationKind.GOVERNMENT,
        {
            "ru": "Центральная комиссия по выборам и проведению референдумов Кыргызской Республики",
            "ky": "Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча "
            "борбордук комиссиясы",
            "en": "Central Commission for Elections and Referenda of the Kyrgyz Republic",
        },
        {"ru": "ЦИК КР", "ky": "БШК", "en": "CEC"},
    ),
    "grs": (
        OrganizationKind.GOVERNMENT,
        {
            "ru": "Государственная регистрационная служба при Правительстве Кыргызской Республики",
            "ky": "Кыргыз Республикасынын Өкмөтүнө караштуу Мамлекеттик каттоо кызматы",
            "en": "State Registration Service under the Government of the Kyrgyz Republic",
        },
        {"ru": "ГРС", "ky": "МКК", "en": "SRS"},
    ),
    "rezultat": (
        OrganizationKind.CIVIL_SOCIETY,
        {
            "ru": "ОО «Результат»",
            "ky": "«Результат» коомдук бирикмеси",
            "en": "Public Association «Result»",
        },
        {"ru": "", "ky": "", "en": ""},
    ),
    "dpi": (
        OrganizationKind.CIVIL_SOCIETY,
        {
            "ru": "Институт Политики Развития",
            "ky": "Өнүгүү саясаты институту",
            "en": "Development Policy Institute",
        },
        {"ru": "ИПР", "ky": "ӨСИ", "en": "DPI"},
    ),
    "civic-alliance": (
        OrganizationKind.CIVIL_SOCIETY,
        {
            "ru": "ОО «Альянс по продвижению гражданских инициатив»",
            "ky": "«Жарандык демилгелерди илгерилетүү альянсы» коомдук бирикмеси",
            "en": "Public Association «Alliance for Civic Initiatives Promotion»",
        },
        {
            "ru": "Альянс гражданских инициатив",
            "ky": "Жарандык демилгелер альянсы",
            "en": "Alliance of Civic Initiatives",
        },
    ),
    "democracy-coalition": (
        OrganizationKind.CIVIL_SOCIETY,
        {
            "ru": "ОО «Коалиция за демократию и гражданское общество»",
            "ky": "«Демократия жана жарандык коом үчүн коалиция» коомдук бирикмеси",
            "en": "Public Association «Coalition for Democracy and Civil Society»",
        },
        {"ru": "", "ky": "", "en": ""},
    ),
    "civic-platform": (
        OrganizationKind.CIVIL_SOCIETY,
        {
            "ru": "ОФ «Гражданская платформа»",
            "ky": "«Жарандык платформа» коомдук фонду",
            "en": "Public Foundation «Civic Platform»",
        },
        {"ru": "Гражданская платформа", "ky": "Жарандык платформа", "en": "Civic Platform"},
    ),
    "undp": (
        OrganizationKind.INTERNATIONAL,
        {
            "ru": "Программа развития ООН (ПРООН)",
            "ky": "БУУнун Өнүгүү программасы (БУУӨП)",
            "en": "United Nations Development Programme (UNDP)",
        },
        {"ru": "ПРООН", "ky": "БУУӨП", "en": "UNDP"},
    ),
    "soros": (
        OrganizationKind.INTERNATIONAL,
        {
            "ru": "Фонд «Сорос-Кыргызстан»",
            "ky": "«Сорос-Кыргызстан» фонду",
            "en": "Soros Foundation–Kyrgyzstan",
        },
        {"ru": "", "ky": "", "en": ""},
    ),
}

ORGANIZATION_CONTACTS = {
    "civic-platform": {
        "email": "civic@platforma.kg",
        "phone": "+996 (312) 88-71-71; +996 (312) 88-91-91",
    },
}

# (organization key, name, position, email, phone): every contact exactly as published.
PEOPLE = {
    "nurbekov": (
        "government-office",
        {"ru": "Эрмек Нурбеков", "ky": "Эрмек Нурбеков", "en": "Ermek Nurbekov"},
        {
            "ru": "Заведующий сектором антикоррупционной политики отдела обороны, правопорядка "
            "и чрезвычайных ситуаций, Аппарат Правительства Кыргызской Республики",
            "ky": "Кыргыз Республикасынын Өкмөтүнүн Аппаратынын коргоо, укук тартибин сактоо "
            "жана өзгөчө кырдаалдар бөлүмүнүн коррупцияга каршы саясат секторунун башчысы",
            "en": "Head of the Anti-Corruption Policy Sector, Department of Defence, Law "
            "Enforcement and Emergencies, Government Office of the Kyrgyz Republic",
        },
        "ermek777@gmail.com",
        "+996 555 773 773",
    ),
    "shatemirov": (
        "gkits",
        {
            "ru": "Шатемиров Кубаныч Таалайбекович",
            "ky": "Шатемиров Кубаныч Таалайбекович",
            "en": "Kubanych Taalaibekovich Shatemirov",
        },
        {
            "ru": "Заместитель председателя Государственного комитета информационных технологий "
            "и связи КР",
            "ky": "КР Маалыматтык технологиялар жана байланыш мамлекеттик комитетинин "
            "төрагасынын орун басары",
            "en": "Deputy Chairman of the State Committee of Information Technologies and "
            "Communications of the Kyrgyz Republic",
        },
        "k.shatemirov@gmail.com",
        "+996 552 99-77-79",
    ),
    "kasymalieva": (
        "jogorku-kenesh",
        {
            "ru": "Касымалиева Аида Камчыбековна",
            "ky": "Касымалиева Аида Камчыбековна",
            "en": "Aida Kamchybekovna Kasymalieva",
        },
        {
            "ru": "Депутат Жогорку Кенеша КР",
            "ky": "КР Жогорку Кеңешинин депутаты",
            "en": "Member of the Jogorku Kenesh of the Kyrgyz Republic",
        },
        "kasymalievaa@gmail.com",
        "+996 312 638783",
    ),
    "bekmatov": (
        "cec",
        {
            "ru": "Бекматов Абдыжапар Гапырович",
            "ky": "Бекматов Абдыжапар Гапырович",
            "en": "Abdyzhapar Gapyrovich Bekmatov",
        },
        {"ru": "Заместитель председателя", "ky": "Төраганын орун басары", "en": "Deputy Chairman"},
        "a.bekmatov@mail.ru; bekmatov@shailoo.gov.kg",
        "+996 312 66-48-62",
    ),
    "abdrakhmatova": (
        "cec",
        {"ru": "Абдрахматова Атыр", "ky": "Абдрахматова Атыр", "en": "Atyr Abdrakhmatova"},
        {
            "ru": "Член Национального форума, член ЦИК КР",
            "ky": "Улуттук форумдун мүчөсү, КР БШКнын мүчөсү",
            "en": "Member of the National Forum, member of the Central Election Commission",
        },
        "",
        "",
    ),
    "iriskulbekov": (
        "democracy-coalition",
        {"ru": "Ирискулбеков Эрик", "ky": "Ирискулбеков Эрик", "en": "Erik Iriskulbekov"},
        {
            "ru": "Исполнительный директор ОО «Коалиция за демократию и гражданское общество»",
            "ky": "«Демократия жана жарандык коом үчүн коалиция» коомдук бирикмесинин "
            "аткаруучу директору",
            "en": "Executive Director, Public Association «Coalition for Democracy and Civil "
            "Society»",
        },
        "",
        "",
    ),
    "usupbekova": (
        "civic-platform",
        {"ru": "Айнуро Усупбекова", "ky": "Айнуро Усупбекова", "en": "Ainuro Usupbekova"},
        {"ru": "Директор", "ky": "Директор", "en": "Director"},
        "civic@platforma.kg; info@platforma.kg",
        "+996 (312) 88-71-71; +996 (312) 88-91-91",
    ),
    "rysaliev": (
        "government-office",
        {
            "ru": "Рысалиев Иманкадыр Зарлыкович",
            "ky": "Рысалиев Иманкадыр Зарлыкович",
            "en": "Imankadyr Zarlykovich Rysaliev",
        },
        {
            "ru": "Руководитель Секретариата НФОП",
            "ky": "Ачык өкмөттүн улуттук форумунун катчылыгынын жетекчиси",
            "en": "Head of the Secretariat of the National Open Government Forum",
        },
        "",
        "",
    ),
    "abylgaziev": (
        "government",
        {"ru": "Абулгазиев М.А.", "ky": "Абылгазиев М.А.", "en": "M. A. Abylgaziev"},
        {
            "ru": "Премьер-министр Кыргызской Республики",
            "ky": "Кыргыз Республикасынын Премьер-министри",
            "en": "Prime Minister of the Kyrgyz Republic",
        },
        "",
        "",
    ),
    "omurbekova": (
        "government",
        {"ru": "Омурбекова А.С.", "ky": "Өмүрбекова А.С.", "en": "A. S. Omurbekova"},
        {
            "ru": "Вице-премьер-министр КР",
            "ky": "КР вице-премьер-министри",
            "en": "Vice Prime Minister of the Kyrgyz Republic",
        },
        "",
        "",
    ),
    "satybekov": (
        "civic-alliance",
        {"ru": "Сатыбеков Б.Э.", "ky": "Сатыбеков Б.Э.", "en": "B. E. Satybekov"},
        {
            "ru": "Директор Альянса гражданских инициатив",
            "ky": "Жарандык демилгелер альянсынын директору",
            "en": "Director of the Alliance of Civic Initiatives",
        },
        "",
        "",
    ),
}


def organization(key):
    return Organization.objects.get(slug=key)


def person(key):
    return Person.objects.get(full_name_ru=PEOPLE[key][1]["ru"])


def load():
    counts = Counter()
    for key, (kind, name, short_name) in ORGANIZATIONS.items():
        defaults = {"kind": kind, **fields(name=name, short_name=short_name)}
        defaults.update(ORGANIZATION_CONTACTS.get(key, {}))
        _obj, outcome = upsert(Organization, {"slug": key}, defaults)
        counts[outcome] += 1
    for org_key, name, position, email, phone in PEOPLE.values():
        _obj, outcome = upsert(
            Person,
            {"full_name_ru": name["ru"]},
            {
                "organization": organization(org_key),
                "email": email,
                "phone": phone,
                **fields(full_name=name, position=position),
            },
        )
        counts[outcome] += 1
    return counts
