"""Home-page content from the source document: OGP in numbers, Kyrgyzstan's path, contacts."""

from collections import Counter
from datetime import date

from django.utils import timezone

from publishing.demo import fields, upsert
from publishing.models import PublicationState

from .models import ContactKind, ContactPoint, KeyFigure, TimelineEvent

PUBLISHED = {"publication_state": PublicationState.PUBLISHED}

KEY_FIGURES = [
    (
        "founded",
        {"ru": "2011", "ky": "2011", "en": "2011"},
        {
            "ru": "Учреждено 20 сентября 2011 года",
            "ky": "2011-жылдын 20-сентябрында негизделген",
            "en": "Founded on 20 September 2011",
        },
    ),
    (
        "countries",
        {"ru": "79", "ky": "79", "en": "79"},
        {
            "ru": "стран объединяет Партнерство OGP",
            "ky": "өлкөнү OGP өнөктөштүгү бириктирет",
            "en": "countries take part in OGP",
        },
    ),
    (
        "commitments",
        {"ru": "3098", "ky": "3098", "en": "3,098"},
        {"ru": "обязательств", "ky": "милдеттенме", "en": "commitments"},
    ),
    (
        "action-plans",
        {"ru": "167", "ky": "167", "en": "167"},
        {
            "ru": "НПД сформировано странами-участницами OGP совместно с гражданским обществом",
            "ky": "УИП OGP мүчө өлкөлөрү тарабынан жарандык коом менен бирге түзүлгөн",
            "en": "national action plans, made by OGP countries together with civil society",
        },
    ),
    (
        "civil-society",
        {"ru": "3000+", "ky": "3000+", "en": "3,000+"},
        {
            "ru": "организаций гражданского общества (ОГО)",
            "ky": "жарандык коомдун уюмдары",
            "en": "civil-society organizations",
        },
    ),
    (
        "multilateral",
        {"ru": "9", "ky": "9", "en": "9"},
        {
            "ru": "многосторонних партнерств",
            "ky": "көп тараптуу өнөктөштүк",
            "en": "multilateral partnerships",
        },
    ),
]

TIMELINE = [
    (
        "declaration",
        date(2017, 9, 19),
        None,
        {
            "ru": "Подписана Декларация «Открытое правительство» для вступления в инициативу OGP",
            "ky": "OGP демилгесине кошулуу үчүн «Ачык өкмөт» декларациясына кол коюлду",
            "en": "The Open Government Declaration is signed to join the OGP initiative",
        },
        "",
    ),
    (
        "joined",
        date(2017, 11, 21),
        None,
        {
            "ru": "Кыргызстан присоединился к международной инициативе OGP",
            "ky": "Кыргызстан OGP эл аралык демилгесине кошулду",
            "en": "Kyrgyzstan joins the international OGP initiative",
        },
        "",
    ),
    (
        "forum",
        date(2018, 6, 27),
        {"ru": "Июнь 2018", "ky": "2018-жылдын июну", "en": "June 2018"},
        {
            "ru": "Создан Национальный форум «Открытого правительства» (НФОП)",
            "ky": "Ачык өкмөттүн улуттук форуму түзүлдү",
            "en": "The National Open Government Forum is created",
        },
        "",
    ),
    (
        "co-creation",
        date(2018, 1, 1),
        {
            "ru": "Январь – октябрь 2018",
            "ky": "2018-жылдын январь – октябрь айлары",
            "en": "January to October 2018",
        },
        {
            "ru": "Процесс совместной разработки Национального плана действий",
            "ky": "Улуттук иш-аракеттер планын биргелешип иштеп чыгуу",
            "en": "The National Action Plan is co-created by government and civil society",
        },
        "",
    ),
    (
        "first-plan",
        date(2018, 10, 16),
        None,
        {
            "ru": "Утвержден первый НПД Кыргызской Республики на 2018–2020 годы",
            "ky": "Кыргыз Республикасынын 2018–2020-жылдарга биринчи УИПи бекитилди",
            "en": "The first National Action Plan of the Kyrgyz Republic for 2018–2020 is approved",
        },
        "",
    ),
    (
        "national-resource",
        None,
        {"ru": "Национальный ресурс", "ky": "Улуттук ресурс", "en": "National resource"},
        {
            "ru": "Создан национальный ресурс ogp.el.kg",
            "ky": "ogp.el.kg улуттук ресурсу түзүлдү",
            "en": "The national resource ogp.el.kg is created",
        },
        "http://ogp.el.kg/",
    ),
]

CONTACTS = [
    (
        {
            "ru": "Руководитель Секретариата НФОП",
            "ky": "Улуттук форумдун катчылыгынын жетекчиси",
            "en": "Head of the Forum's Secretariat",
        },
        {
            "ru": "Рысалиев Иманкадыр Зарлыкович",
            "ky": "Рысалиев Иманкадыр Зарлыкович",
            "en": "Imankadyr Zarlykovich Rysaliev",
        },
        ContactKind.TEXT,
    ),
    (
        {
            "ru": "Официальный контакт OGP",
            "ky": "OGP боюнча расмий байланыш",
            "en": "Official OGP point of contact",
        },
        {
            "ru": "Руководитель антикоррупционного сектора Аппарата Правительства КР",
            "ky": "КР Өкмөтүнүн Аппаратынын коррупцияга каршы сектордун жетекчиси",
            "en": "Head of the Anti-Corruption Sector, Government Office of the Kyrgyz Republic",
        },
        ContactKind.TEXT,
    ),
    (
        {"ru": "Национальный ресурс", "ky": "Улуттук ресурс", "en": "National resource"},
        {"ru": "http://ogp.el.kg/", "ky": "http://ogp.el.kg/", "en": "http://ogp.el.kg/"},
        ContactKind.WEBSITE,
    ),
]


def load():
    counts = Counter()
    published_at = timezone.make_aware(timezone.datetime(2019, 4, 1))
    base = {**PUBLISHED, "published_at": published_at}
    for order, (key, value, label) in enumerate(KEY_FIGURES, start=1):
        _obj, outcome = upsert(
            KeyFigure, {"key": key}, {**base, "order": order, **fields(value=value, label=label)}
        )
        counts[outcome] += 1
    for order, (key, when, label, title, link) in enumerate(TIMELINE, start=1):
        defaults = {**base, "order": order, "date": when, "link": link, **fields(title=title)}
        if label:
            defaults.update(fields(date_label=label))
        _obj, outcome = upsert(TimelineEvent, {"key": key}, defaults)
        counts[outcome] += 1
    for order, (label, value, kind) in enumerate(CONTACTS, start=1):
        _obj, outcome = upsert(
            ContactPoint,
            {"order": order},
            {**base, "kind": kind, **fields(label=label, value=value)},
        )
        counts[outcome] += 1
    return counts
