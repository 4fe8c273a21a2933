"""The Coalition as the source document describes it, plus a few members marked as sample data.

Source: the «Коалиция «Открытого Правительства»» and «Гражданская платформа» sections of the
2019 presentation (http://ogp.el.kg/ru/koaliciya-otkrytoe-pravitelstvo). The source gives no
region, kind or joining date for most organizations: what it does not say is left empty, and
the sample members below exist only so that filters and counts can be tried.
"""

import datetime
from collections import Counter

from commitments.models import Commitment, Theme
from directory.demo import organization, person
from publishing.demo import fields, upsert
from publishing.models import PublicationState

from .models import (
    CoalitionInfo,
    Direction,
    Member,
    MemberKind,
    MemberProfile,
    Partner,
    PartnerRole,
    ProfileDirection,
    ProfileInitiative,
    Region,
)

PLAN = "2018-2020"
SOURCE_URL = "http://ogp.el.kg/ru/koaliciya-otkrytoe-pravitelstvo"
PUBLISHED = {"publication_state": PublicationState.PUBLISHED}

COALITION = {
    "title": {
        "ru": "Коалиция «Открытого Правительства»",
        "ky": "«Ачык өкмөт» коалициясы",
        "en": "Open Government Coalition",
    },
    "purpose": {
        "ru": "В Коалицию «Открытого Правительства» вошли представители институтов гражданского "
        "общества и экспертного сообщества, которые участвуют в:",
        "ky": "«Ачык өкмөт» коалициясына жарандык коомдун институттарынын жана эксперттик "
        "коомчулуктун төмөнкүлөргө катышкан өкүлдөрү кирди:",
        "en": "The Open Government Coalition brings together representatives of civil-society "
        "institutions and the expert community who take part in:",
    },
    "registered_members_label": {
        "ru": "члена Коалиции зарегистрировано на апрель месяц 2019 г.",
        "ky": "мүчө Коалицияга 2019-жылдын апрель айына карата катталган",
        "en": "members of the Coalition registered as of April 2019",
    },
    "directions_intro": {"ru": "", "ky": "", "en": ""},
}

# The seven directions exactly as the source lists them (its punctuation kept).
DIRECTIONS = [
    {
        "ru": "Разработке гражданских инициатив по повышению прозрачности, подотчетности и "
        "гражданскому участию в процессах принятия государственных решений;",
        "ky": "мамлекеттик чечимдерди кабыл алуу процесстеринде ачык-айкындуулукту, "
        "отчеттуулукту жана жарандык катышууну жогорулатуу боюнча жарандык демилгелерди "
        "иштеп чыгууга;",
        "en": "developing civic initiatives to increase transparency, accountability and civic "
        "participation in government decision-making;",
    },
    {
        "ru": "Продвижении гражданских инициатив по расширению доступа и раскрытию информации о "
        "деятельности государства на всех уровнях государственного и муниципального "
        "управления;",
        "ky": "мамлекеттик жана муниципалдык башкаруунун бардык деңгээлдеринде мамлекеттин "
        "ишмердүүлүгү тууралуу маалыматка жетүүнү кеңейтүү жана аны ачыкка чыгаруу боюнча "
        "жарандык демилгелерди илгерилетүүгө;",
        "en": "promoting civic initiatives to widen access to, and disclosure of, information "
        "on the work of the state at every level of state and municipal administration;",
    },
    {
        "ru": "Активно участвуют в процессах принятия решений на всех уровнях государственного "
        "и муниципального управления;",
        "ky": "мамлекеттик жана муниципалдык башкаруунун бардык деңгээлдеринде чечимдерди кабыл "
        "алуу процесстерине жигердүү катышууга;",
        "en": "taking an active part in decision-making at every level of state and municipal "
        "administration;",
    },
    {
        "ru": "Разработке и внедрении оценки соблюдения стандартов добросовестного исполнения "
        "своих функциональных обязанностей органами государственной власти;",
        "ky": "мамлекеттик бийлик органдарынын өздөрүнүн функционалдык милдеттерин ак ниеттүү "
        "аткаруу стандарттарын сактоосуна баа берүүнү иштеп чыгууга жана киргизүүгө;",
        "en": "developing and introducing assessments of how state authorities comply with "
        "standards of integrity in performing their duties;",
    },
    {
        "ru": "Содействии расширению доступа к новым технологиям для построения открытого и "
        "подотчетного правительства;",
        "ky": "ачык жана отчеттуу өкмөттү куруу үчүн жаңы технологияларга жетүүнү кеңейтүүгө "
        "көмөктөшүүгө;",
        "en": "helping widen access to new technologies for building an open and accountable "
        "government;",
    },
    {
        "ru": "Мониторинге процесса построения и реализации обязательств Открытого Правительства.",
        "ky": "Ачык өкмөттү куруу процессине жана анын милдеттенмелеринин ишке ашырылышына "
        "мониторинг жүргүзүүгө.",
        "en": "monitoring how Open Government is built and how its commitments are implemented.",
    },
    {
        "ru": "Продвижении информации об Открытом Правительстве.",
        "ky": "Ачык өкмөт жөнүндө маалыматты жайылтууга.",
        "en": "spreading information about Open Government.",
    },
]

CIVIC_PLATFORM_PROFILE = {
    "heading": {
        "ru": "Направления деятельности ОФ «Гражданская платформа» отражающиеся в OGP",
        "ky": "«Жарандык платформа» коомдук фондунун OGPде чагылдырылган иш багыттары",
        "en": "Directions of the work of the Public Foundation «Civic Platform» reflected in OGP",
    },
    "openness_title": {
        "ru": "Публичность и открытость Фонда",
        "ky": "Фонддун коомчулукка ачыктыгы жана ачык-айкындуулугу",
        "en": "The Foundation's publicity and openness",
    },
    "openness_statement": {
        "ru": "ОФ «Гражданская платформа» открыт для взаимодействия с органами государственной "
        "власти и институтами гражданского общества, международными и зарубежными "
        "организациями, ведущего к систематическому, действенному и ответственному диалогу, "
        "способствующему достижению целей Фонда и реализации своей миссии, целей и задач.",
        "ky": "«Жарандык платформа» КФ мамлекеттик бийлик органдары, жарандык коомдун "
        "институттары, эл аралык жана чет элдик уюмдар менен системалуу, натыйжалуу жана "
        "жоопкерчиликтүү диалогго алып баруучу, Фонддун максаттарына жетүүгө жана анын "
        "миссиясын, максаттарын жана милдеттерин ишке ашырууга көмөктөшүүчү өз ара "
        "аракеттенүүгө ачык.",
        "en": "The Public Foundation «Civic Platform» is open to cooperation with state "
        "authorities and civil-society institutions, international and foreign organizations "
        "that leads to a systematic, effective and responsible dialogue and helps the "
        "Foundation reach its goals and carry out its mission, goals and tasks.",
    },
    "directions_intro": {
        "ru": "Важно отметить основные направления деятельности Фонда, отраженные в 4-х из 18-ти "
        "обязательств OGP, это:",
        "ky": "Фонддун OGPнин 18 милдеттенмесинин 4үндө чагылдырылган негизги иш багыттарын "
        "белгилей кетүү маанилүү:",
        "en": "The Foundation's main directions of work, reflected in 4 of the 18 OGP "
        "commitments, are:",
    },
}

CIVIC_PLATFORM_DIRECTIONS = [
    {
        "ru": "Содействие участию общественности в законодательном процессе по вопросам, "
        "связанным с защитой прав и продвижением интересов граждан;",
        "ky": "жарандардын укуктарын коргоо жана кызыкчылыктарын илгерилетүү менен байланышкан "
        "маселелер боюнча мыйзам чыгаруу процессине коомчулуктун катышуусуна көмөктөшүү;",
        "en": "helping the public take part in lawmaking on matters of protecting citizens' "
        "rights and promoting their interests;",
    },
    {
        "ru": "Участие в вопросах повышения эффективности деятельности государственных "
        "институтов и улучшении избирательного процесса;",
        "ky": "мамлекеттик институттардын ишинин натыйжалуулугун жогорулатуу жана шайлоо "
        "процессин жакшыртуу маселелерине катышуу;",
        "en": "taking part in making state institutions more effective and in improving the "
        "electoral process;",
    },
    {
        "ru": "Участие в продвижении и развитии парламентаризма на национальном и местном уровнях;",
        "ky": "улуттук жана жергиликтүү деңгээлде парламентаризмди илгерилетүүгө жана "
        "өнүктүрүүгө катышуу;",
        "en": "taking part in promoting and developing parliamentarism at the national and "
        "local levels;",
    },
    {
        "ru": "Содействие развитию институтов гражданского общества по взаимодействию с "
        "государственными и муниципальными органами и др.",
        "ky": "жарандык коомдун институттарынын мамлекеттик жана муниципалдык органдар менен өз "
        "ара аракеттенүүсүн өнүктүрүүгө көмөктөшүү ж.б.",
        "en": "helping civil-society institutions develop their cooperation with state and "
        "municipal bodies, and more.",
    },
]

# (number, title, source page): the initiatives the source lists for the Foundation.
CIVIC_PLATFORM_INITIATIVES = [
    (
        3,
        {
            "ru": "Вовлечение гражданского общества в антикоррупционную деятельность "
            "государственных органов и предоставление относительных данных о коррупционных "
            "правонарушениях государственных органов и органов МСУ",
            "ky": "Жарандык коомду мамлекеттик органдардын коррупцияга каршы ишмердүүлүгүнө "
            "тартуу жана мамлекеттик органдардын жана ЖӨБ органдарынын коррупциялык укук "
            "бузуулары тууралуу тиешелүү маалыматтарды берүү",
            "en": "Involving civil society in the anti-corruption work of state bodies and "
            "providing relevant data on corruption offences of state and local "
            "self-government bodies",
        },
        "http://ogp.el.kg/ru/vovlechenie-grazhdanskogo-obshchestva-v-antikorrupcionnuyu-"
        "deyatelnost-gosudarstvennyh-organov-i",
    ),
    (
        11,
        {
            "ru": "Реализация и продвижение политики открытых данных в Кыргызской Республике",
            "ky": "Кыргыз Республикасында ачык маалыматтар саясатын ишке ашыруу жана илгерилетүү",
            "en": "Implementation and promotion of open data policy in the Kyrgyz Republic",
        },
        "http://ogp.el.kg/ru/realizaciya-i-prodvizhenie-politiki-otkrytyh-dannyh-v-kyrgyzskoy-"
        "respublike",
    ),
    (
        17,
        {
            "ru": "Укрепление парламентской демократии и институционализация Открытого "
            "Парламента в Кыргызской Республике",
            "ky": "Кыргыз Республикасында парламенттик демократияны чыңдоо жана Ачык "
            "парламентти институтташтыруу",
            "en": "Strengthening parliamentary democracy and institutionalising the Open "
            "Parliament in the Kyrgyz Republic",
        },
        "http://ogp.el.kg/ru/ukreplenie-parlamentskoy-demokratii-i-institucionalizaciya-"
        "otkrytogo-parlamenta-v-kyrgyzskoy",
    ),
    (
        19,
        {
            "ru": "Прозрачность финансирования выборов (референдумов) и избирательной кампании "
            "кандидатов, политических партий, инициативных групп",
            "ky": "Шайлоолорду (референдумдарды) жана талапкерлердин, саясий партиялардын, "
            "демилгелүү топтордун шайлоо өнөктүгүн каржылоонун ачык-айкындуулугу",
            "en": "Transparency of the financing of elections (referendums) and of the election "
            "campaigns of candidates, political parties and initiative groups",
        },
        "http://ogp.el.kg/ru/prozrachnost-finansirovaniya-vyborov-referendumov-i-izbiratelnoy-"
        "kampanii-kandidatov-politicheskikh",
    ),
]

# Partners of commitments as the source names them, with the commitments' numbers.
PARTNERS = [
    ("rezultat", PartnerRole.CIVIL_SOCIETY, [3]),
    ("dpi", PartnerRole.CIVIL_SOCIETY, [3]),
    ("civic-alliance", PartnerRole.CIVIL_SOCIETY, [17]),
    ("democracy-coalition", PartnerRole.CIVIL_SOCIETY, [19]),
    ("undp", PartnerRole.INTERNATIONAL, [17]),
    ("soros", PartnerRole.INTERNATIONAL, [17]),
]

# Fictional members, marked as sample data, so that filters and counts can be tried.
SAMPLE_MEMBERS = [
    (
        "sample-open-naryn",
        {
            "ru": "ОО «Открытый Нарын»",
            "ky": "«Ачык Нарын» коомдук бирикмеси",
            "en": "Public Association «Open Naryn»",
        },
        MemberKind.PUBLIC_ASSOCIATION,
        Region.NARYN,
        datetime.date(2018, 11, 12),
    ),
    (
        "sample-osh-budget",
        {
            "ru": "ОФ «Прозрачный бюджет Оша»",
            "ky": "«Ош бюджетинин ачыктыгы» коомдук фонду",
            "en": "Public Foundation «Transparent Budget of Osh»",
        },
        MemberKind.FOUNDATION,
        Region.OSH_CITY,
        datetime.date(2019, 1, 20),
    ),
    (
        "sample-talas-analytics",
        {
            "ru": "Центр гражданской аналитики «Талас»",
            "ky": "«Талас» жарандык аналитика борбору",
            "en": "«Talas» Centre for Civic Analysis",
        },
        MemberKind.RESEARCH,
        Region.TALAS,
        datetime.date(2019, 2, 5),
    ),
    (
        "sample-chuy-dialogue",
        {
            "ru": "Некоммерческая организация «Чуй-Диалог»",
            "ky": "«Чүй-Диалог» коммерциялык эмес уюму",
            "en": "Non-profit organization «Chüy Dialogue»",
        },
        MemberKind.NON_PROFIT,
        Region.CHUY,
        datetime.date(2018, 12, 3),
    ),
    (
        "sample-issyk-kul-info",
        {
            "ru": "Медиапроект «Иссык-Куль Инфо»",
            "ky": "«Ысык-Көл Инфо» медиа долбоору",
            "en": "«Issyk-Kul Info» media project",
        },
        MemberKind.MEDIA,
        Region.ISSYK_KUL,
        datetime.date(2019, 3, 14),
    ),
    (
        "sample-asel-zhumabaeva",
        {"ru": "Асель Жумабаева", "ky": "Асель Жумабаева", "en": "Asel Zhumabaeva"},
        MemberKind.EXPERT,
        Region.BISHKEK,
        datetime.date(2019, 2, 18),
    ),
    (
        "sample-batken-youth",
        {
            "ru": "ОО «Молодежная инициатива Баткена»",
            "ky": "«Баткен жаштар демилгеси» коомдук бирикмеси",
            "en": "Public Association «Batken Youth Initiative»",
        },
        MemberKind.PUBLIC_ASSOCIATION,
        Region.BATKEN,
        datetime.date(2018, 10, 30),
    ),
    (
        "sample-jalal-abad-accountability",
        {
            "ru": "ОФ «Джалал-Абад за подотчетность»",
            "ky": "«Отчеттуулук үчүн Жалал-Абад» коомдук фонду",
            "en": "Public Foundation «Jalal-Abad for Accountability»",
        },
        MemberKind.FOUNDATION,
        Region.JALAL_ABAD,
        datetime.date(2019, 1, 9),
    ),
    (
        "sample-law-and-society",
        {
            "ru": "Экспертная группа «Право и общество»",
            "ky": "«Укук жана коом» эксперттик тобу",
            "en": "«Law and Society» expert group",
        },
        MemberKind.RESEARCH,
        Region.BISHKEK,
        datetime.date(2018, 11, 27),
    ),
    (
        "sample-bakyt-osmonov",
        {"ru": "Бакыт Осмонов", "ky": "Бакыт Осмонов", "en": "Bakyt Osmonov"},
        MemberKind.EXPERT,
        Region.OSH,
        datetime.date(2019, 4, 2),
    ),
    (
        "sample-procurement-watch",
        {
            "ru": "ОО «Гражданский контроль закупок»",
            "ky": "«Сатып алууларды жарандык көзөмөлдөө» коомдук бирикмеси",
            "en": "Public Association «Civic Procurement Watch»",
        },
        MemberKind.PUBLIC_ASSOCIATION,
        Region.BISHKEK,
        datetime.date(2019, 3, 1),
    ),
    (
        "sample-aiyl-onuguu",
        {
            "ru": "Ассоциация айыльных кенешей «Айыл Өнүгүү»",
            "ky": "«Айыл Өнүгүү» айылдык кеңештер ассоциациясы",
            "en": "«Aiyl Önügüü» association of village councils",
        },
        MemberKind.OTHER,
        Region.OSH,
        datetime.date(2018, 12, 19),
    ),
]


def commitments(*numbers):
    """The plan's commitments with these numbers; those not loaded (yet) are skipped."""
    return list(Commitment.objects.filter(plan__slug=PLAN, number__in=numbers))


def commitment(number):
    return Commitment.objects.filter(plan__slug=PLAN, number=number).first()


def set_related(manager, objects):
    """Make a many-to-many relation hold exactly these objects; True when that changed it."""
    wanted = {obj.pk for obj in objects}
    if set(manager.values_list("pk", flat=True)) == wanted:
        return False
    manager.set(objects)
    return True


def _count(counts, outcome, related_changed=False):
    if outcome == "unchanged" and related_changed:
        outcome = "updated"
    counts[outcome] += 1


def load_coalition(counts):
    info, outcome = upsert(
        CoalitionInfo,
        {"key": "coalition"},
        {
            **PUBLISHED,
            "registered_members": 182,
            "source_url": SOURCE_URL,
            **fields(**COALITION),
        },
    )
    counts[outcome] += 1
    for order, text in enumerate(DIRECTIONS, start=1):
        _obj, outcome = upsert(Direction, {"info": info, "order": order}, fields(text=text))
        counts[outcome] += 1


def load_civic_platform(counts):
    foundation = organization("civic-platform")
    member, outcome = upsert(
        Member,
        {"slug": "civic-platform"},
        {
            **PUBLISHED,
            "organization": foundation,
            "kind": MemberKind.FOUNDATION,
            "public_email": "civic@platforma.kg; info@platforma.kg",
            "public_phone": "+996 (312) 88-71-71; +996 (312) 88-91-91",
            **fields(
                name={
                    "ru": foundation.name_ru,
                    "ky": foundation.name_ky,
                    "en": foundation.name_en,
                }
            ),
        },
    )
    _count(counts, outcome, set_related(member.commitments, commitments(3, 11, 17, 19)))
    profile, outcome = upsert(
        MemberProfile,
        {"member": member},
        {"director": person("usupbekova"), **fields(**CIVIC_PLATFORM_PROFILE)},
    )
    counts[outcome] += 1
    for order, text in enumerate(CIVIC_PLATFORM_DIRECTIONS, start=1):
        _obj, outcome = upsert(
            ProfileDirection, {"profile": profile, "order": order}, fields(text=text)
        )
        counts[outcome] += 1
    for order, (number, title, source_url) in enumerate(CIVIC_PLATFORM_INITIATIVES, start=1):
        _obj, outcome = upsert(
            ProfileInitiative,
            {"profile": profile, "number": number},
            {
                "order": order,
                "source_url": source_url,
                "commitment": commitment(number),
                **fields(title=title),
            },
        )
        counts[outcome] += 1


def load_partners(counts):
    for order, (key, role, numbers) in enumerate(PARTNERS, start=1):
        partner, outcome = upsert(
            Partner,
            {"organization": organization(key)},
            {**PUBLISHED, "role": role, "order": order},
        )
        _count(counts, outcome, set_related(partner.commitments, commitments(*numbers)))


def load_samples(counts):
    themes = list(Theme.objects.published().order_by("order", "slug"))
    for index, (slug, name, kind, region, joined_on) in enumerate(SAMPLE_MEMBERS):
        member, outcome = upsert(
            Member,
            {"slug": slug},
            {
                **PUBLISHED,
                "is_sample": True,
                "kind": kind,
                "region": region,
                "joined_on": joined_on,
                **fields(name=name),
            },
        )
        chosen = {themes[index % len(themes)], themes[(index + 3) % len(themes)]} if themes else []
        _count(counts, outcome, set_related(member.themes, list(chosen)))


def load():
    counts = Counter()
    load_coalition(counts)
    load_civic_platform(counts)
    load_partners(counts)
    load_samples(counts)
    return counts
