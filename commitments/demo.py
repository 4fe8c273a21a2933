"""The first action plan, its ten themes and the four commitments the source document describes.

Everything about the plan, the themes' names and the commitments (numbers, titles, contacts,
co-implementers, partners, source links) is taken from the source document or from
/work/shared/reference/nap-2018-2020.md. The source gives no milestones, so the milestones here
are sample data (is_sample=True, shown with a badge) that let visitors see progress and overdue
work. Texts the sources do not give (problem, objective) stay empty and the page says so.
"""

from collections import Counter
from datetime import date

from django.utils import timezone

from directory.demo import organization, person
from publishing.demo import fields, upsert
from publishing.models import PublicationState

from .models import (
    ActionPlan,
    Commitment,
    CommitmentPartner,
    CommitmentStatus,
    Milestone,
    MilestoneCompletion,
    OGPValue,
    PartnerKind,
    PlanStatus,
    Theme,
)

PLAN_SLUG = "2018-2020"

PLAN = {
    "title": {
        "ru": "Национальный План действий по Построению Открытого Правительства "
        "на 2018 – 2020 годы",
        "ky": "2018-2020-жылдарда Кыргыз Республикасында Ачык Өкмөттү куруу боюнча "
        "улуттук иш-аракеттер планы",
        "en": "Kyrgyz Republic Action Plan 2018-2020",
    },
    "adopting_act": {
        "ru": "Распоряжение Правительства Кыргызской Республики от 16 октября 2018 года № 360-б",
        "ky": "Кыргыз Республикасынын Өкмөтүнүн 2018-жылдын 16-октябрындагы № 360-б буйругу",
        "en": "Order of the Government of the Kyrgyz Republic № 360-б of 16 October 2018",
    },
    "description": {
        "ru": "Каждая Страна-участница OGP создает Национальный план действий (НПД) совместно "
        "с гражданским обществом, так как НПД составляют основу участия страны в инициативе "
        "OGP.\n\n"
        "НПД – состоит из 18 обязательств. Охватывает – 9 тематических групп OGP.\n\n"
        "Страны-участницы OGP работают в двухлетнем календарном цикле НПД без перерывов между "
        "окончанием последнего плана действий и началом нового. Это означает, что каждая страна "
        "будет всегда осуществлять НПД, хотя отдельные обязательства и этапы могут различаться "
        "по продолжительности.\n\n"
        "НПД должны быть представлены в Отдел поддержки как на административном (официальном) "
        "языке страны, так и на английском языке.\n\n"
        "Процесс совместной разработки Национального Плана Действий был с января по октябрь "
        "2018 г. Первый НПД КР на 2018–2020 гг. утвержден 16 октября 2018 г.",
        "ky": "OGPге катышуучу ар бир өлкө Улуттук иш-аракеттер планын (УИП) жарандык коом менен "
        "биргеликте түзөт, анткени УИП өлкөнүн OGP демилгесине катышуусунун негизи болуп "
        "саналат.\n\n"
        "УИП 18 милдеттенмеден турат жана OGPнин 9 тематикалык тобун камтыйт.\n\n"
        "OGPге катышуучу өлкөлөр УИПтин эки жылдык календардык циклинде иштешет: акыркы "
        "иш-аракеттер планы аяктаганы менен жаңысы башталганынын ортосунда тыныгуу болбойт. "
        "Демек, ар бир өлкө ар дайым УИПти ишке ашырып турат, бирок айрым милдеттенмелердин "
        "жана этаптардын узактыгы ар түрдүү болушу мүмкүн.\n\n"
        "УИП Колдоо бөлүмүнө өлкөнүн административдик (расмий) тилинде да, англис тилинде да "
        "берилиши керек.\n\n"
        "Улуттук иш-аракеттер планы 2018-жылдын январынан октябрына чейин биргелешип иштелип "
        "чыккан. КРдин 2018–2020-жылдарга биринчи УИПи 2018-жылдын 16-октябрында бекитилген.",
        "en": "Every OGP participating country creates a National Action Plan (NAP) together "
        "with civil society, since the NAPs are the basis of a country's participation in the "
        "OGP initiative.\n\n"
        "The NAP consists of 18 commitments and covers 9 OGP thematic groups.\n\n"
        "OGP participating countries work in a two-year NAP calendar cycle, with no gap between "
        "the end of one action plan and the start of the next. This means that every country is "
        "always implementing a NAP, although individual commitments and milestones may differ "
        "in length.\n\n"
        "NAPs must be submitted to the Support Unit both in the country's administrative "
        "(official) language and in English.\n\n"
        "The National Action Plan was co-created from January to October 2018. The first NAP of "
        "the Kyrgyz Republic for 2018–2020 was approved on 16 October 2018.",
    },
}

# (slug, name as in the source document's "10 Тематик НПД" / glossary, one-sentence description)
THEMES = [
    (
        "access-to-information",
        {
            "ru": "Доступ к информации и открытым данным",
            "ky": "Маалыматка жана ачык маалыматка жетүү",
            "en": "Access to information and open data",
        },
        {
            "ru": "Обязательства, которые открывают информацию государственных органов и "
            "публикуют данные в открытых машиночитаемых форматах.",
            "ky": "Мамлекеттик органдардын маалыматын ачып, маалыматтарды ачык, машина окуй "
            "турган форматтарда жарыялаган милдеттенмелер.",
            "en": "Commitments that open up information held by state bodies and publish data "
            "in open, machine-readable formats.",
        },
    ),
    (
        "branches-of-power",
        {"ru": "Ветви власти", "ky": "Бийлик бутактары", "en": "Branches of power"},
        {
            "ru": "Открытость и подотчетность законодательной, исполнительной и судебной власти, "
            "включая Открытый Парламент.",
            "ky": "Мыйзам чыгаруу, аткаруу жана сот бийлигинин ачыктыгы жана отчеттуулугу, "
            "анын ичинде Ачык Парламент.",
            "en": "Openness and accountability of the legislative, executive and judicial "
            "branches, including Open Parliament.",
        },
    ),
    (
        "citizen-government-interaction",
        {
            "ru": "Взаимодействие граждан с правительством",
            "ky": "Жарандар менен мамлекеттин өз ара аракеттенүүсү",
            "en": "Citizen–government interaction",
        },
        {
            "ru": "Каналы, по которым граждане обращаются к государству и получают ответ: "
            "обратная связь, общественные обсуждения, электронные услуги.",
            "ky": "Жарандар мамлекетке кайрылып, жооп ала турган каналдар: кайтарым байланыш, "
            "коомдук талкуулар, электрондук кызматтар.",
            "en": "The channels through which citizens reach the state and get an answer: "
            "feedback, public consultations, e-services.",
        },
    ),
    (
        "elections-and-political-finance",
        {
            "ru": "Выборы и политическое финансирование",
            "ky": "Шайлоо жана саясий каржылоо",
            "en": "Elections and political finance",
        },
        {
            "ru": "Прозрачность выборов и финансирования избирательных кампаний и политических "
            "партий.",
            "ky": "Шайлоонун, шайлоо өнөктүктөрүн жана саясий партияларды каржылоонун "
            "ачык-айкындуулугу.",
            "en": "Transparency of elections and of the financing of election campaigns and "
            "political parties.",
        },
    ),
    (
        "fiscal-openness",
        {"ru": "Финансовая открытость", "ky": "Фискалдык ачыктык", "en": "Fiscal openness"},
        {
            "ru": "Открытость бюджета: как государство собирает и расходует средства, и участие "
            "граждан в бюджетном процессе.",
            "ky": "Бюджеттин ачыктыгы: мамлекет каражатты кантип чогултуп, кантип жумшайт жана "
            "жарандар бюджеттик процесске кантип катышат.",
            "en": "Budget openness: how the state raises and spends money, and citizens' part "
            "in the budget process.",
        },
    ),
    (
        "justice-and-rule-of-law",
        {
            "ru": "Правосудие, государственная безопасность и верховенство права",
            "ky": "Сот адилеттиги, коомдук коопсуздук жана мыйзамдын үстөмдүгү",
            "en": "Justice, public security and rule of law",
        },
        {
            "ru": "Открытость судов и правоохранительных органов и доступ граждан к правосудию.",
            "ky": "Соттордун жана укук коргоо органдарынын ачыктыгы, жарандардын сот "
            "адилеттигине жетүүсү.",
            "en": "Openness of the courts and law-enforcement bodies, and citizens' access to "
            "justice.",
        },
    ),
    (
        "natural-resources-and-development",
        {
            "ru": "Природные ресурсы и развитие",
            "ky": "Жаратылыш ресурстары жана өнүгүү",
            "en": "Natural resources and development",
        },
        {
            "ru": "Прозрачное управление природными ресурсами и доходами от них в интересах "
            "развития.",
            "ky": "Жаратылыш ресурстарын жана алардан түшкөн кирешелерди өнүгүүнүн "
            "кызыкчылыгында ачык-айкын башкаруу.",
            "en": "Transparent management of natural resources and the revenue from them, for "
            "the sake of development.",
        },
    ),
    (
        "public-integrity",
        {
            "ru": "Меры общественной добросовестности/целостности",
            "ky": "Мамлекеттик сектордогу ак ниеттүүлүк чаралары",
            "en": "Public integrity measures",
        },
        {
            "ru": "Предупреждение коррупции и конфликта интересов, декларирование доходов и "
            "этика государственной службы.",
            "ky": "Коррупциянын жана кызыкчылыктар кагылышуусунун алдын алуу, кирешелерди "
            "декларациялоо жана мамлекеттик кызматтын этикасы.",
            "en": "Preventing corruption and conflicts of interest, asset disclosure and "
            "public-service ethics.",
        },
    ),
    (
        "public-procurement",
        {
            "ru": "Государственные закупки",
            "ky": "Мамлекеттик сатып алуулар",
            "en": "Public procurement",
        },
        {
            "ru": "Открытость государственных закупок на всех этапах, от планирования до "
            "исполнения договоров.",
            "ky": "Мамлекеттик сатып алуулардын пландоодон баштап келишимдерди аткарууга чейинки "
            "бардык этаптарындагы ачыктыгы.",
            "en": "Openness of public procurement at every stage, from planning to the "
            "fulfilment of contracts.",
        },
    ),
    (
        "citizen-engagement",
        {"ru": "Вовлечение граждан", "ky": "Жарандарды катыштыруу", "en": "Citizen engagement"},
        {
            "ru": "Участие граждан и гражданского общества в разработке, принятии и мониторинге "
            "государственных решений.",
            "ky": "Жарандардын жана жарандык коомдун мамлекеттик чечимдерди иштеп чыгууга, "
            "кабыл алууга жана мониторинг жүргүзүүгө катышуусу.",
            "en": "Involvement of citizens and civil society in drafting, adopting and "
            "monitoring public decisions.",
        },
    ),
]

PLAN_START, PLAN_END = date(2018, 9, 1), date(2020, 8, 31)

DONE = MilestoneCompletion.COMPLETED
GOING = MilestoneCompletion.IN_PROGRESS
LATE = MilestoneCompletion.DELAYED
WAITING = MilestoneCompletion.NOT_STARTED
CANCELLED = MilestoneCompletion.CANCELLED


def milestone(activity, deliverable, start, end, completion):
    return {
        "activity": activity,
        "deliverable": deliverable,
        "dates": (start, end),
        "completion": completion,
    }


# Each commitment exactly as the source document gives it ("Инициатива №…"), with the OGP
# identifier and dates from the reference file where it has them.
COMMITMENTS = [
    {
        "number": 3,
        "ogp_id": "KG0026",
        "title": {
            "ru": "Вовлечение гражданского общества в антикоррупционную деятельность "
            "государственных органов и предоставление относительных данных о коррупционных "
            "правонарушениях государственных органов и органов МСУ",
            "ky": "Жарандык коомду мамлекеттик органдардын коррупцияга каршы ишмердүүлүгүнө "
            "тартуу жана мамлекеттик органдардагы жана жергиликтүү өз алдынча башкаруу "
            "органдарындагы коррупциялык укук бузуулар тууралуу маалыматтарды берүү",
            "en": "Involving civil society in the anti-corruption work of state bodies and "
            "providing data on corruption offences in state bodies and local self-government "
            "bodies",
        },
        "themes": ["public-integrity", "citizen-engagement"],
        "values": [],
        "lead": "government-office",
        "official": "nurbekov",
        "co_implementers": ["ministry-of-justice", "prosecutor-general"],
        "partners": [
            ("rezultat", None, PartnerKind.CIVIL_SOCIETY),
            ("dpi", None, PartnerKind.CIVIL_SOCIETY),
        ],
        "dates": (None, None),
        "source_url": "http://ogp.el.kg/ru/vovlechenie-grazhdanskogo-obshchestva-v-"
        "antikorrupcionnuyu-deyatelnost-gosudarstvennyh-organov-i",
        "milestones": [
            milestone(
                {
                    "ru": "Разработка порядка участия представителей гражданского общества в "
                    "антикоррупционных мероприятиях государственных органов",
                    "ky": "Жарандык коомдун өкүлдөрүнүн мамлекеттик органдардын коррупцияга "
                    "каршы иш-чараларына катышуу тартибин иштеп чыгуу",
                    "en": "Drafting the procedure for civil-society representatives to take "
                    "part in state bodies' anti-corruption activities",
                },
                {
                    "ru": "Порядок утвержден и опубликован",
                    "ky": "Тартип бекитилип, жарыяланды",
                    "en": "The procedure approved and published",
                },
                date(2018, 9, 1),
                date(2019, 3, 31),
                DONE,
            ),
            milestone(
                {
                    "ru": "Обучающие семинары для ОГО по мониторингу антикоррупционных планов",
                    "ky": "Жарандык коомдун уюмдары үчүн коррупцияга каршы пландардын "
                    "мониторинги боюнча окуу семинарлары",
                    "en": "Training seminars for CSOs on monitoring anti-corruption plans",
                },
                {
                    "ru": "Отчеты о семинарах и списки участников",
                    "ky": "Семинарлар боюнча отчеттор жана катышуучулардын тизмелери",
                    "en": "Seminar reports and lists of participants",
                },
                date(2019, 4, 1),
                date(2019, 6, 30),
                DONE,
            ),
            milestone(
                {
                    "ru": "Публикация сводных данных о коррупционных правонарушениях в "
                    "государственных органах и органах МСУ",
                    "ky": "Мамлекеттик органдардагы жана ЖӨБ органдарындагы коррупциялык укук "
                    "бузуулар тууралуу жыйынтыктоочу маалыматтарды жарыялоо",
                    "en": "Publishing summary data on corruption offences in state bodies and "
                    "local self-government bodies",
                },
                {
                    "ru": "Наборы данных в открытом формате, обновляемые раз в полугодие",
                    "ky": "Жарым жылда бир жаңыртылып турган ачык форматтагы маалымат топтомдору",
                    "en": "Open-format datasets, updated every six months",
                },
                date(2019, 1, 1),
                date(2019, 12, 31),
                GOING,
            ),
            milestone(
                {
                    "ru": "Публичный отчет об участии гражданского общества в антикоррупционной "
                    "деятельности",
                    "ky": "Жарандык коомдун коррупцияга каршы ишмердүүлүккө катышуусу тууралуу "
                    "ачык отчет",
                    "en": "Public report on civil society's part in anti-corruption work",
                },
                {
                    "ru": "Отчет, обсужденный на заседании Национального форума",
                    "ky": "Улуттук форумдун жыйынында талкууланган отчет",
                    "en": "A report discussed at a National Forum meeting",
                },
                date(2020, 3, 1),
                date(2020, 8, 31),
                WAITING,
            ),
        ],
    },
    {
        "number": 11,
        "ogp_id": "KG0001",
        "title": {
            "ru": "Реализация и продвижение политики открытых данных в Кыргызской Республике",
            "ky": "Кыргыз Республикасында ачык маалыматтар саясатын ишке ашыруу жана илгерилетүү",
            "en": "Implementation and promotion of open data policy in the Kyrgyz Republic",
        },
        "themes": ["access-to-information"],
        # The IRM's relevant values for KG0001 (reference, section 5).
        "values": ["access_to_information", "civic_participation", "technology_and_innovation"],
        "lead": "gkits",
        "official": "shatemirov",
        "co_implementers": ["pilot-bodies"],
        "partners": [],
        "dates": (PLAN_START, PLAN_END),
        "source_url": "http://ogp.el.kg/ru/realizaciya-i-prodvizhenie-politiki-otkrytyh-dannyh-"
        "v-kyrgyzskoy-respublike",
        "milestones": [
            milestone(
                {
                    "ru": "Утверждение перечня наборов открытых данных пилотных госорганов",
                    "ky": "Пилоттук мамлекеттик органдардын ачык маалымат топтомдорунун "
                    "тизмесин бекитүү",
                    "en": "Approving the list of open datasets of the pilot state bodies",
                },
                {
                    "ru": "Утвержденный перечень наборов данных",
                    "ky": "Бекитилген маалымат топтомдорунун тизмеси",
                    "en": "The approved list of datasets",
                },
                date(2018, 9, 1),
                date(2019, 3, 31),
                DONE,
            ),
            milestone(
                {
                    "ru": "Обучение сотрудников пилотных госорганов публикации открытых данных",
                    "ky": "Пилоттук мамлекеттик органдардын кызматкерлерин ачык маалыматтарды "
                    "жарыялоого окутуу",
                    "en": "Training staff of the pilot state bodies to publish open data",
                },
                {
                    "ru": "Проведенные тренинги и методическое пособие",
                    "ky": "Өткөрүлгөн тренингдер жана усулдук колдонмо",
                    "en": "Trainings held and a methodological guide",
                },
                date(2019, 1, 1),
                date(2019, 6, 30),
                DONE,
            ),
            milestone(
                {
                    "ru": "Публикация наборов данных 12 пилотных госорганов на портале открытых "
                    "данных",
                    "ky": "12 пилоттук мамлекеттик органдын маалымат топтомдорун ачык "
                    "маалыматтар порталына жарыялоо",
                    "en": "Publishing the datasets of the 12 pilot state bodies on the open "
                    "data portal",
                },
                {
                    "ru": "Наборы данных в машиночитаемом формате на портале",
                    "ky": "Порталдагы машина окуй турган форматтагы маалымат топтомдору",
                    "en": "Machine-readable datasets on the portal",
                },
                date(2019, 3, 1),
                date(2019, 12, 31),
                GOING,
            ),
            milestone(
                {
                    "ru": "Методические рекомендации по открытым данным для органов МСУ",
                    "ky": "ЖӨБ органдары үчүн ачык маалыматтар боюнча усулдук сунуштамалар",
                    "en": "Open-data guidance for local self-government bodies",
                },
                {
                    "ru": "Опубликованные рекомендации",
                    "ky": "Жарыяланган сунуштамалар",
                    "en": "Published guidance",
                },
                date(2019, 6, 1),
                date(2019, 12, 31),
                CANCELLED,
            ),
            milestone(
                {
                    "ru": "Конкурс проектов, использующих открытые данные",
                    "ky": "Ачык маалыматтарды колдонгон долбоорлордун сынагы",
                    "en": "A contest of projects that use open data",
                },
                {
                    "ru": "Итоги конкурса и список победителей",
                    "ky": "Сынактын жыйынтыктары жана жеңүүчүлөрдүн тизмеси",
                    "en": "Contest results and the list of winners",
                },
                date(2020, 1, 1),
                date(2020, 6, 30),
                LATE,
            ),
        ],
    },
    {
        "number": 17,
        "ogp_id": "",  # no OGP identifier can be matched to it from the sources
        "title": {
            "ru": "Укрепление парламентской демократии и институционализация Открытого Парламента "
            "в Кыргызской Республике",
            "ky": "Кыргыз Республикасында парламенттик демократияны чыңдоо жана Ачык "
            "Парламентти институттук жактан бекемдөө",
            "en": "Strengthening parliamentary democracy and institutionalising Open Parliament "
            "in the Kyrgyz Republic",
        },
        "themes": ["branches-of-power"],
        "values": [],
        "lead": "jogorku-kenesh",
        "official": "kasymalieva",
        "co_implementers": [],
        "partners": [
            ("undp", None, PartnerKind.MULTILATERAL),
            ("soros", None, PartnerKind.CIVIL_SOCIETY),
            ("civic-alliance", None, PartnerKind.CIVIL_SOCIETY),
        ],
        "dates": (None, None),
        "source_url": "http://ogp.el.kg/ru/ukreplenie-parlamentskoy-demokratii-i-"
        "institucionalizaciya-otkrytogo-parlamenta-v-kyrgyzskoy",
        "milestones": [
            milestone(
                {
                    "ru": "Разработка и утверждение плана «Открытого Парламента»",
                    "ky": "«Ачык Парламент» планын иштеп чыгуу жана бекитүү",
                    "en": "Drafting and approving the Open Parliament plan",
                },
                {
                    "ru": "План, утвержденный Жогорку Кенешем",
                    "ky": "Жогорку Кеңеш бекиткен план",
                    "en": "The plan approved by the Jogorku Kenesh",
                },
                date(2018, 9, 1),
                date(2019, 3, 31),
                DONE,
            ),
            milestone(
                {
                    "ru": "Создание рабочей группы по Открытому Парламенту с участием "
                    "гражданского общества",
                    "ky": "Жарандык коомдун катышуусу менен Ачык Парламент боюнча жумушчу топту "
                    "түзүү",
                    "en": "Setting up a working group on Open Parliament with civil society",
                },
                {
                    "ru": "Состав и положение рабочей группы опубликованы",
                    "ky": "Жумушчу топтун курамы жана жобосу жарыяланды",
                    "en": "The working group's membership and terms published",
                },
                date(2019, 1, 1),
                date(2019, 6, 30),
                DONE,
            ),
            milestone(
                {
                    "ru": "Онлайн-трансляция заседаний комитетов Жогорку Кенеша",
                    "ky": "Жогорку Кеңештин комитеттеринин жыйындарын онлайн көрсөтүү",
                    "en": "Streaming the Jogorku Kenesh committee meetings online",
                },
                {
                    "ru": "Записи заседаний в открытом доступе",
                    "ky": "Жыйындардын жазуулары ачык жеткиликтүү",
                    "en": "Recordings of the meetings publicly available",
                },
                date(2019, 9, 1),
                date(2020, 6, 30),
                GOING,
            ),
        ],
    },
    {
        "number": 19,
        "ogp_id": "KG0017",
        "title": {
            "ru": "Прозрачность финансирования выборов (референдумов) и избирательной кампании "
            "кандидатов, политических партий, инициативных групп",
            "ky": "Шайлоолорду (референдумдарды) жана талапкерлердин, саясий партиялардын, "
            "демилгелүү топтордун шайлоо өнөктүгүн каржылоонун ачык-айкындуулугу",
            "en": "Transparency of the financing of elections (referendums) and of the election "
            "campaigns of candidates, political parties and initiative groups",
        },
        "themes": ["elections-and-political-finance"],
        "values": [],
        "lead": "cec",
        "official": "bekmatov",
        "co_implementers": ["grs"],
        # The source names two people here, each with their role; written as it gives them.
        "partners": [
            (None, "abdrakhmatova", ""),
            ("democracy-coalition", "iriskulbekov", PartnerKind.CIVIL_SOCIETY),
        ],
        "dates": (PLAN_START, PLAN_END),
        "source_url": "http://ogp.el.kg/ru/prozrachnost-finansirovaniya-vyborov-referendumov-i-"
        "izbiratelnoy-kampanii-kandidatov-politicheskikh",
        "milestones": [
            milestone(
                {
                    "ru": "Предложения по изменению законодательства о финансировании "
                    "избирательных кампаний",
                    "ky": "Шайлоо өнөктүктөрүн каржылоо жөнүндө мыйзамдарга өзгөртүүлөр боюнча "
                    "сунуштар",
                    "en": "Proposals to amend the law on financing election campaigns",
                },
                {
                    "ru": "Проект закона внесен на общественное обсуждение",
                    "ky": "Мыйзам долбоору коомдук талкууга коюлду",
                    "en": "A draft law put to public consultation",
                },
                date(2018, 9, 1),
                date(2019, 6, 30),
                DONE,
            ),
            milestone(
                {
                    "ru": "Публикация отчетов о поступлении и расходовании средств "
                    "избирательных фондов в открытом формате",
                    "ky": "Шайлоо фонддорунун каражаттарынын түшүүсү жана жумшалышы тууралуу "
                    "отчетторду ачык форматта жарыялоо",
                    "en": "Publishing reports on the income and spending of election funds in "
                    "an open format",
                },
                {
                    "ru": "Отчеты на сайте ЦИК в машиночитаемом формате",
                    "ky": "БШКнын сайтында машина окуй турган форматтагы отчеттор",
                    "en": "Machine-readable reports on the CEC website",
                },
                date(2019, 1, 1),
                date(2020, 8, 31),
                GOING,
            ),
            milestone(
                {
                    "ru": "Обучение членов избирательных комиссий проверке финансовых отчетов",
                    "ky": "Шайлоо комиссияларынын мүчөлөрүн каржылык отчетторду текшерүүгө окутуу",
                    "en": "Training election commission members to check financial reports",
                },
                {
                    "ru": "Проведенные тренинги в регионах",
                    "ky": "Аймактарда өткөрүлгөн тренингдер",
                    "en": "Trainings held in the regions",
                },
                date(2019, 9, 1),
                date(2020, 3, 31),
                LATE,
            ),
            milestone(
                {
                    "ru": "Онлайн-сервис для сообщений граждан о нарушениях правил "
                    "финансирования кампаний",
                    "ky": "Жарандардын өнөктүктү каржылоо эрежелерин бузуулар тууралуу "
                    "кабарлоосу үчүн онлайн-кызмат",
                    "en": "An online service for citizens to report breaches of campaign "
                    "finance rules",
                },
                {
                    "ru": "Работающий сервис и отчет о поступивших сообщениях",
                    "ky": "Иштеп жаткан кызмат жана келген кабарлар боюнча отчет",
                    "en": "A working service and a report on the messages received",
                },
                None,
                None,
                WAITING,
            ),
        ],
    },
]


def _published():
    return {
        "publication_state": PublicationState.PUBLISHED,
        "published_at": timezone.make_aware(timezone.datetime(2019, 4, 1)),
    }


def _sync_many(obj, name, wanted):
    """Set a many-to-many field; True when it had to change."""
    manager = getattr(obj, name)
    if {item.pk for item in manager.all()} == {item.pk for item in wanted}:
        return False
    manager.set(wanted)
    return True


def load():
    counts = Counter()
    plan, outcome = upsert(
        ActionPlan,
        {"number": 1},
        {
            **_published(),
            "slug": PLAN_SLUG,
            "start_date": PLAN_START,
            "end_date": PLAN_END,
            "adopted_on": date(2018, 10, 16),
            "status": PlanStatus.IN_IMPLEMENTATION,
            "source_url": "http://ogp.el.kg/ru/nacionalnyy-plan-deystviy",
            **fields(**PLAN),
        },
    )
    counts[outcome] += 1

    themes = {}
    for order, (slug, name, description) in enumerate(THEMES, start=1):
        theme, outcome = upsert(
            Theme,
            {"slug": slug},
            {**_published(), "order": order, **fields(name=name, description=description)},
        )
        themes[slug] = theme
        counts[outcome] += 1

    for item in COMMITMENTS:
        start, end = item["dates"]
        defaults = {
            **_published(),
            "ogp_id": item["ogp_id"],
            "status": CommitmentStatus.NOT_REPORTED,
            "lead_agency": organization(item["lead"]),
            "responsible_official": person(item["official"]),
            "start_date": start,
            "end_date": end,
            "source_url": item["source_url"],
            **fields(title=item["title"]),
        }
        for value in OGPValue:
            defaults[f"relevant_to_{value.value}"] = value.value in item["values"]
        commitment, outcome = upsert(Commitment, {"plan": plan, "number": item["number"]}, defaults)
        related_changed = _sync_many(
            commitment, "themes", [themes[slug] for slug in item["themes"]]
        )
        related_changed |= _sync_many(
            commitment,
            "co_implementers",
            [organization(key) for key in item["co_implementers"]],
        )
        if outcome == "unchanged" and related_changed:
            outcome = "updated"
        counts[outcome] += 1

        for order, (org_key, person_key, kind) in enumerate(item["partners"], start=1):
            _partner, outcome = upsert(
                CommitmentPartner,
                {"commitment": commitment, "order": order},
                {
                    "organization": organization(org_key) if org_key else None,
                    "person": person(person_key) if person_key else None,
                    "kind": kind,
                },
            )
            counts[outcome] += 1

        for order, step in enumerate(item["milestones"], start=1):
            start, end = step["dates"]
            _milestone, outcome = upsert(
                Milestone,
                {"commitment": commitment, "order": order},
                {
                    "start_date": start,
                    "end_date": end,
                    "completion": step["completion"],
                    "is_sample": True,
                    **fields(activity=step["activity"], deliverable=step["deliverable"]),
                },
            )
            counts[outcome] += 1
    return counts
