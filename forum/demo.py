"""What the source document says about the National Forum and its Secretariat, plus marked
sample meetings with transcripts and files so the calendar and the downloads can be tried.

Facts from the source (not sample): the Forum's founding (27 June 2018, Order No. 226 of the
Prime Minister Abulgaziev M.A.), its 19 + 19 seats, the two co-chairs, "5 meetings hearing
initiatives by April 2019", the Regulation and the Rules, the Secretariat's head and duties.
Everything else (the meetings' dates, agendas, transcripts, audio) is sample data.
"""

from collections import Counter
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.utils import timezone

from commitments.models import Commitment
from directory.demo import organization, person
from publishing.demo import fields, upsert
from publishing.models import PublicationState

from .models import (
    AgendaItem,
    Document,
    DocumentKind,
    ForumProfile,
    Meeting,
    MeetingAudio,
    MeetingStatus,
    Member,
    Role,
    SecretariatDuty,
    SecretariatMember,
    Side,
    SpeakerTurn,
    Transcript,
    TranscriptFile,
)

BISHKEK = ZoneInfo("Asia/Bishkek")
PUBLISHED = {"publication_state": PublicationState.PUBLISHED}
SOURCE_FORUM = "http://ogp.el.kg/ru/normativnye-akty"
SOURCE_SECRETARIAT = "http://ogp.el.kg/ru/baza-dannyh-chlenov-sekretariata"
PLAN_SLUG = "2018-2020"
LANGUAGES = ("ru", "ky", "en")


def bishkek(year, month, day, hour=10, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=BISHKEK)


SOURCE_PUBLISHED_AT = bishkek(2019, 4, 30)

PROFILE = {
    "name": {
        "ru": "Национальный форум «Открытого Правительства»",
        "ky": "Ачык өкмөттүн улуттук форуму",
        "en": "National Open Government Forum",
    },
    # No Kyrgyz abbreviation was found in any source; the Russian one is used as published.
    "abbreviation": {"ru": "НФОП", "ky": "НФОП", "en": "NFOG"},
    "description": {
        "ru": "Национальный форум «Открытого Правительства» (НФОП) — площадка, на которой "
        "государственные органы и гражданское общество на паритетных началах совместно "
        "разрабатывают Национальный план действий, следят за его выполнением и каждое "
        "полугодие готовят отчеты о его реализации. В Форум входят 19 представителей "
        "гражданского общества и 19 представителей государственных органов.",
        "ky": "Ачык өкмөттүн улуттук форуму — мамлекеттик органдар менен жарандык коом тең "
        "укуктуу негизде Улуттук иш-аракеттер планын биргелешип иштеп чыккан, анын "
        "аткарылышын көзөмөлдөгөн жана ар жарым жылда анын ишке ашырылышы жөнүндө отчет "
        "даярдаган аянтча. Форумдун курамына жарандык коомдун 19 өкүлү жана мамлекеттик "
        "органдардын 19 өкүлү кирет.",
        "en": "The National Open Government Forum is where government bodies and civil "
        "society, on equal terms, co-create the National Action Plan, follow its "
        "implementation and every six months report on it. The Forum has 19 representatives "
        "of civil society and 19 representatives of government bodies.",
    },
    "founding_act": {
        "ru": "Распоряжение Премьер-министра Кыргызской Республики № 226",
        "ky": "Кыргыз Республикасынын Премьер-министринин № 226 буйругу",
        "en": "Order No. 226 of the Prime Minister of the Kyrgyz Republic",
    },
    "status_note": {
        "ru": "На апрель 2019 года проведено 5 заседаний НФОП по слушанию инициатив. "
        "Разработаны Положение и Регламент деятельности НФОП.",
        "ky": "2019-жылдын апрелине карата демилгелерди угуу боюнча Форумдун 5 жыйыны "
        "өткөрүлгөн. Форумдун ишмердүүлүгү жөнүндө жобо жана регламент иштелип чыккан.",
        "en": "By April 2019 the Forum had held 5 meetings hearing initiatives. The Regulation "
        "and the Rules of procedure of the Forum have been drawn up.",
    },
    "secretariat_intro": {
        "ru": "Секретариат НФОП отвечает за организационную и техническую помощь Форуму, "
        "в частности:",
        "ky": "Форумдун катчылыгы Форумга уюштуруучулук жана техникалык жардам көрсөтүүгө "
        "жооптуу, атап айтканда:",
        "en": "The Secretariat is responsible for organisational and technical support to the "
        "Forum, in particular:",
    },
}

# (person key, organization key, side): the co-chairs the source document names.
CO_CHAIRS = [
    ("omurbekova", "government", Side.GOVERNMENT),
    ("satybekov", "civic-alliance", Side.CIVIL_SOCIETY),
]

# The six duties, in the source document's words and order.
SECRETARIAT_DUTIES = [
    {
        "ru": "Разрабатывает Календарь заседаний Форума и публикует на официальном сайте "
        "Правительства Кыргызской Республики, а также на www.ogp.el.kg, после утверждения "
        "Форумом;",
        "ky": "Форумдун жыйындарынын календарын иштеп чыгат жана Форум бекиткенден кийин аны "
        "Кыргыз Республикасынын Өкмөтүнүн расмий сайтына, ошондой эле www.ogp.el.kg сайтына "
        "жарыялайт;",
        "en": "Draws up the calendar of Forum meetings and, once the Forum has approved it, "
        "publishes it on the official website of the Government of the Kyrgyz Republic and "
        "on www.ogp.el.kg;",
    },
    {
        "ru": "Формируют повестку заседания Форума;",
        "ky": "Форумдун жыйынынын күн тартибин түзөт;",
        "en": "Sets the agenda of Forum meetings;",
    },
    {
        "ru": "созывает и организует заседания Форума, ведет аудиозапись заседаний Форума;",
        "ky": "Форумдун жыйындарын чакырат жана уюштурат, Форумдун жыйындарын аудио жазып "
        "алууну жүргүзөт;",
        "en": "Convenes and organises Forum meetings and keeps the audio recording of them;",
    },
    {
        "ru": "Готовит стенографические протоколы заседаний Форума, которые публикуются на "
        "официальном сайте Правительства Кыргызской Республики, а также на www.ogp.el.kg;",
        "ky": "Форумдун жыйындарынын стенографиялык протоколдорун даярдайт, алар Кыргыз "
        "Республикасынын Өкмөтүнүн расмий сайтында, ошондой эле www.ogp.el.kg сайтында "
        "жарыяланат;",
        "en": "Prepares the stenographic transcripts of Forum meetings, which are published on "
        "the official website of the Government of the Kyrgyz Republic and on www.ogp.el.kg;",
    },
    {
        "ru": "Осуществляет сбор информации и отчетности от соответствующих государственных "
        "органов для предоставления членам Форума по их запросу;",
        "ky": "Форумдун мүчөлөрүнө алардын суроо-талабы боюнча берүү үчүн тиешелүү "
        "мамлекеттик органдардан маалыматтарды жана отчетторду чогултат;",
        "en": "Collects information and reports from the relevant government bodies to give "
        "to Forum members at their request;",
    },
    {
        "ru": "Оказывает поддержку Форуму при подготовке отчета о реализации НПД.",
        "ky": "УИПтин ишке ашырылышы жөнүндө отчетту даярдоодо Форумга колдоо көрсөтөт.",
        "en": "Supports the Forum in preparing the report on the implementation of the NAP.",
    },
]

HEAD_POSITION = {
    "ru": "Руководитель Секретариата НФОП",
    "ky": "Ачык өкмөттүн улуттук форумунун катчылыгынын жетекчиси",
    "en": "Head of the Secretariat of the National Open Government Forum",
}

# (kind, date, number, title, note, source): dates and numbers only where published.
DOCUMENTS = [
    (
        DocumentKind.FOUNDING_ORDER,
        date(2018, 6, 27),
        "226",
        PROFILE["founding_act"],
        {
            "ru": "Этим распоряжением создан Национальный форум «Открытого Правительства». "
            "Подписал Премьер-министр Кыргызской Республики Абулгазиев М.А.",
            "ky": "Бул буйрук менен Ачык өкмөттүн улуттук форуму түзүлгөн. Кыргыз "
            "Республикасынын Премьер-министри М.А. Абылгазиев кол койгон.",
            "en": "This order established the National Open Government Forum. Signed by the "
            "Prime Minister of the Kyrgyz Republic, M. A. Abylgaziev.",
        },
        SOURCE_FORUM,
    ),
    (
        DocumentKind.REGULATION,
        None,
        "",
        {
            "ru": "Положение о деятельности НФОП",
            "ky": "Форумдун ишмердүүлүгү жөнүндө жобо",
            "en": "Regulation on the activities of the Forum",
        },
        {"ru": "", "ky": "", "en": ""},
        SOURCE_FORUM,
    ),
    (
        DocumentKind.RULES,
        None,
        "",
        {
            "ru": "Регламент деятельности НФОП",
            "ky": "Форумдун ишмердүүлүгүнүн регламенти",
            "en": "Rules of procedure of the Forum",
        },
        {"ru": "", "ky": "", "en": ""},
        SOURCE_FORUM,
    ),
    (
        DocumentKind.CALENDAR,
        None,
        "",
        {
            "ru": "Календарь заседаний Форума",
            "ky": "Форумдун жыйындарынын календары",
            "en": "Calendar of Forum meetings",
        },
        {
            "ru": "Календарь заседаний разрабатывает Секретариат НФОП; после утверждения "
            "Форумом он публикуется на официальном сайте Правительства Кыргызской Республики "
            "и на www.ogp.el.kg.",
            "ky": "Жыйындардын календарын Форумдун катчылыгы иштеп чыгат; Форум бекиткенден "
            "кийин ал Кыргыз Республикасынын Өкмөтүнүн расмий сайтында жана www.ogp.el.kg "
            "сайтында жарыяланат.",
            "en": "The Secretariat draws up the meeting calendar; once the Forum approves it, "
            "it is published on the official website of the Government of the Kyrgyz Republic "
            "and on www.ogp.el.kg.",
        },
        SOURCE_SECRETARIAT,
    ),
]

SAMPLE_PLACE = {
    "ru": "г. Бишкек, Дом Правительства",
    "ky": "Бишкек шаары, Өкмөт үйү",
    "en": "Government House, Bishkek",
}

# Sample meetings: number, start, topic, agenda [(title, commitment numbers)], decisions,
# members present (government, civil society).
SAMPLE_MEETINGS = [
    (
        1,
        bishkek(2018, 7, 19),
        {
            "ru": "Слушание инициатив: антикоррупционная деятельность",
            "ky": "Демилгелерди угуу: коррупцияга каршы иш",
            "en": "Hearing initiatives: anti-corruption work",
        },
        [
            (
                {
                    "ru": "Порядок работы Форума и совместной разработки НПД",
                    "ky": "Форумдун иш тартиби жана УИПти биргелешип иштеп чыгуу",
                    "en": "How the Forum works and how the NAP is co-created",
                },
                [],
            ),
            (
                {
                    "ru": "Инициатива: вовлечение гражданского общества в антикоррупционную "
                    "деятельность государственных органов",
                    "ky": "Демилге: жарандык коомду мамлекеттик органдардын коррупцияга каршы "
                    "ишине тартуу",
                    "en": "Initiative: involving civil society in the anti-corruption work of "
                    "government bodies",
                },
                [3],
            ),
        ],
        {
            "ru": "Одобрить инициативу для включения в проект НПД; Секретариату разослать "
            "материалы членам Форума.",
            "ky": "Демилгени УИПтин долбооруна киргизүү үчүн жактырууга; Катчылыкка "
            "материалдарды Форумдун мүчөлөрүнө жөнөтүүнү тапшырууга.",
            "en": "To endorse the initiative for the draft NAP; the Secretariat to send the "
            "materials to Forum members.",
        },
        (15, 17),
    ),
    (
        2,
        bishkek(2018, 8, 16),
        {
            "ru": "Слушание инициатив: открытые данные",
            "ky": "Демилгелерди угуу: ачык маалыматтар",
            "en": "Hearing initiatives: open data",
        },
        [
            (
                {
                    "ru": "Инициатива: реализация и продвижение политики открытых данных "
                    "в Кыргызской Республике",
                    "ky": "Демилге: Кыргыз Республикасында ачык маалыматтар саясатын ишке "
                    "ашыруу жана илгерилетүү",
                    "en": "Initiative: implementing and promoting the open data policy in the "
                    "Kyrgyz Republic",
                },
                [11],
            ),
            (
                {"ru": "Разное", "ky": "Ар түрдүү маселелер", "en": "Any other business"},
                [],
            ),
        ],
        {
            "ru": "Одобрить инициативу; рекомендовать определить пилотные государственные органы.",
            "ky": "Демилгени жактырууга; пилоттук мамлекеттик органдарды аныктоону сунуштоого.",
            "en": "To endorse the initiative; to recommend choosing pilot government bodies.",
        },
        (14, 16),
    ),
    (
        3,
        bishkek(2018, 9, 13),
        {
            "ru": "Слушание инициатив: Открытый Парламент и финансирование выборов",
            "ky": "Демилгелерди угуу: Ачык Парламент жана шайлоону каржылоо",
            "en": "Hearing initiatives: Open Parliament and election finance",
        },
        [
            (
                {
                    "ru": "Инициатива: укрепление парламентской демократии и "
                    "институционализация Открытого Парламента",
                    "ky": "Демилге: парламенттик демократияны чыңдоо жана Ачык Парламентти "
                    "институтташтыруу",
                    "en": "Initiative: strengthening parliamentary democracy and "
                    "institutionalising Open Parliament",
                },
                [17],
            ),
            (
                {
                    "ru": "Инициатива: прозрачность финансирования выборов (референдумов) и "
                    "избирательных кампаний",
                    "ky": "Демилге: шайлоолорду (референдумдарды) жана шайлоо өнөктүктөрүн "
                    "каржылоонун ачык-айкындуулугу",
                    "en": "Initiative: transparency of election (referendum) and campaign finance",
                },
                [19],
            ),
        ],
        {
            "ru": "Одобрить обе инициативы для включения в проект НПД.",
            "ky": "Эки демилгени тең УИПтин долбооруна киргизүү үчүн жактырууга.",
            "en": "To endorse both initiatives for the draft NAP.",
        },
        (16, 18),
    ),
    (
        4,
        bishkek(2018, 9, 27),
        {
            "ru": "Слушание инициатив: проект НПД на 2018–2020 годы",
            "ky": "Демилгелерди угуу: 2018–2020-жылдарга УИПтин долбоору",
            "en": "Hearing initiatives: the draft NAP 2018–2020",
        },
        [
            (
                {
                    "ru": "Проект Национального плана действий: обязательства № 3, 11, 17, 19",
                    "ky": "Улуттук иш-аракеттер планынын долбоору: № 3, 11, 17, 19 милдеттенмелер",
                    "en": "Draft National Action Plan: commitments No. 3, 11, 17, 19",
                },
                [3, 11, 17, 19],
            ),
        ],
        {
            "ru": "Одобрить проект НПД и направить его в Правительство.",
            "ky": "УИПтин долбоорун жактырууга жана аны Өкмөткө жөнөтүүгө.",
            "en": "To approve the draft NAP and send it to the Government.",
        },
        (17, 18),
    ),
    (
        5,
        bishkek(2019, 4, 11),
        {
            "ru": "Слушание инициатив: ход реализации НПД и открытые данные",
            "ky": "Демилгелерди угуу: УИПтин ишке ашырылышынын жүрүшү жана ачык маалыматтар",
            "en": "Hearing initiatives: NAP progress and open data",
        },
        [
            (
                {
                    "ru": "Открытие данных пилотными государственными органами",
                    "ky": "Пилоттук мамлекеттик органдардын маалыматтарды ачуусу",
                    "en": "Opening of data by the pilot government bodies",
                },
                [11],
            ),
            (
                {
                    "ru": "Подготовка полугодового отчета Форума о реализации НПД",
                    "ky": "Форумдун УИПтин ишке ашырылышы жөнүндө жарым жылдык отчетун даярдоо",
                    "en": "Preparing the Forum's semi-annual report on NAP implementation",
                },
                [],
            ),
        ],
        {
            "ru": "Принять информацию к сведению; Секретариату собрать отчеты государственных "
            "органов для полугодового отчета.",
            "ky": "Маалыматты эске алууга; Катчылыкка жарым жылдык отчет үчүн мамлекеттик "
            "органдардын отчетторун чогултууну тапшырууга.",
            "en": "To take note of the information; the Secretariat to collect government "
            "bodies' reports for the semi-annual report.",
        },
        (13, 15),
    ),
]

PLANNED_MEETING = (
    6,
    {
        "ru": "Полугодовой отчет Форума о реализации НПД",
        "ky": "Форумдун УИПтин ишке ашырылышы жөнүндө жарым жылдык отчету",
        "en": "The Forum's semi-annual report on NAP implementation",
    },
    [
        (
            {
                "ru": "Обсуждение полугодового отчета",
                "ky": "Жарым жылдык отчетту талкуулоо",
                "en": "Discussion of the semi-annual report",
            },
            [],
        ),
        (
            {
                "ru": "Календарь заседаний Форума на следующий период",
                "ky": "Форумдун кийинки мезгилге жыйындарынын календары",
                "en": "Calendar of Forum meetings for the next period",
            },
            [],
        ),
    ],
)

SPEAKERS = {
    "chair": {"ru": "Председательствующий", "ky": "Төрагалык кылуучу", "en": "Chair"},
    "secretariat": {
        "ru": "Представитель Секретариата",
        "ky": "Катчылыктын өкүлү",
        "en": "Secretariat representative",
    },
    "civil": {
        "ru": "Представитель гражданского общества",
        "ky": "Жарандык коомдун өкүлү",
        "en": "Civil-society representative",
    },
    "government": {
        "ru": "Представитель государственного органа",
        "ky": "Мамлекеттик органдын өкүлү",
        "en": "Government representative",
    },
}

SAMPLE_NOTICE = {
    "ru": "ОБРАЗЕЦ ДАННЫХ: это не официальная стенограмма; файл создан, чтобы можно было "
    "проверить загрузку.",
    "ky": "ҮЛГҮ МААЛЫМАТ: бул расмий стенограмма эмес; файл жүктөп алууну текшерүү үчүн түзүлгөн.",
    "en": "SAMPLE DATA: not an official transcript; this file exists so downloads can be tried.",
}


def sample_turns(number, item_title):
    """Five turns of a sample record. Speakers are roles, never real people's names:
    invented words must not be put in the mouths of real officials."""
    return [
        (
            "chair",
            {
                "ru": f"Добрый день, уважаемые члены Форума. Кворум имеется, открываем "
                f"заседание № {number}.",
                "ky": f"Кутман күн, Форумдун урматтуу мүчөлөрү. Кворум бар, № {number} "
                f"жыйынды ачабыз.",
                "en": f"Good afternoon, members of the Forum. We have a quorum; meeting "
                f"No. {number} is open.",
            },
        ),
        (
            "secretariat",
            {
                "ru": "Повестка дня и материалы разосланы членам Форума заранее. Предложений "
                "по изменению повестки не поступило.",
                "ky": "Күн тартиби жана материалдар Форумдун мүчөлөрүнө алдын ала жөнөтүлгөн. "
                "Күн тартибин өзгөртүү боюнча сунуштар түшкөн жок.",
                "en": "The agenda and materials were sent to Forum members in advance. No "
                "changes to the agenda were proposed.",
            },
        ),
        (
            "civil",
            {
                "ru": f"Мы представляем вопрос «{item_title['ru']}». Предлагаем Форуму "
                "рассмотреть его и определить ответственные органы и сроки.",
                "ky": f"Биз «{item_title['ky']}» маселесин сунуштайбыз. Форумга аны карап "
                "чыгууну жана жооптуу органдарды, мөөнөттөрдү аныктоону сунуштайбыз.",
                "en": f"We present the item “{item_title['en']}”. We ask the Forum to take it "
                "up and to set the responsible bodies and deadlines.",
            },
        ),
        (
            "government",
            {
                "ru": "Государственные органы поддерживают предложение и направят свои "
                "комментарии в рабочем порядке.",
                "ky": "Мамлекеттик органдар сунушту колдошот жана өз пикирлерин жумушчу "
                "тартипте жөнөтүшөт.",
                "en": "The government bodies support the proposal and will send their comments "
                "in the usual way.",
            },
        ),
        (
            "chair",
            {
                "ru": "Ставлю на голосование проект решения. Возражений нет, решение принято. "
                "Заседание закрыто.",
                "ky": "Чечимдин долбоорун добушка коём. Каршы пикир жок, чечим кабыл алынды. "
                "Жыйын жабылды.",
                "en": "I put the draft decision to the vote. There are no objections; the "
                "decision is adopted. The meeting is closed.",
            },
        ),
    ]


TRANSCRIPT_HEADING = {
    "ru": "Стенограмма заседания № {number}, {day}",
    "ky": "№ {number} жыйындын стенограммасы, {day}",
    "en": "Transcript of meeting No. {number}, {day}",
}
SUMMARY = {
    "ru": "Образец стенограммы заседания № {number} («{topic}»).",
    "ky": "№ {number} жыйындын стенограммасынын үлгүсү («{topic}»).",
    "en": "Sample transcript of meeting No. {number} (“{topic}”).",
}


def transcript_text(language, number, day, turns):
    lines = [
        PROFILE["name"][language],
        TRANSCRIPT_HEADING[language].format(number=number, day=day.isoformat()),
        SAMPLE_NOTICE[language],
        "",
    ]
    for speaker_key, text in turns:
        lines += [f"{SPEAKERS[speaker_key][language]}: {text[language]}", ""]
    return "\n".join(lines).encode("utf-8")


def silent_mp3(seconds=1):
    """A valid MPEG-1 Layer III stream of silence (128 kbit/s, 44.1 kHz, mono), built here so
    the sample audio needs no file from elsewhere."""
    header = bytes([0xFF, 0xFB, 0x90, 0xC4])
    frame = header + bytes(417 - len(header))
    frames_per_second = 44100 / 1152
    return frame * max(1, round(seconds * frames_per_second))


def _store_file(model, lookup, data, filename):
    """Store a sample file once: an existing row (and its file) is never stored again."""
    if model.objects.filter(**lookup).exists():
        return "unchanged"
    stored = model(**lookup)
    stored.file = ContentFile(data, name=filename)
    stored.save()
    return "created"


def _set_commitments(item, commitments):
    wanted = {commitment.pk for commitment in commitments}
    if set(item.commitments.values_list("pk", flat=True)) == wanted:
        return "unchanged"
    item.commitments.set(wanted)
    return "updated"


def _load_agenda(meeting, agenda, commitments_by_number, counts):
    for order, (title, numbers) in enumerate(agenda, start=1):
        item, outcome = upsert(
            AgendaItem, {"meeting": meeting, "order": order}, fields(title=title)
        )
        counts[outcome] += 1
        linked = [commitments_by_number[n] for n in numbers if n in commitments_by_number]
        outcome = _set_commitments(item, linked)
        if outcome != "unchanged":
            counts[outcome] += 1


def load_profile(counts):
    signed_by = person("abylgaziev")
    _profile, outcome = upsert(
        ForumProfile,
        {"key": "nfop"},
        {
            **PUBLISHED,
            "published_at": SOURCE_PUBLISHED_AT,
            "founded_on": date(2018, 6, 27),
            "founding_act_number": "226",
            "founding_act_signed_by": signed_by,
            "seats_per_side": 19,
            "source_url": SOURCE_FORUM,
            "secretariat_source_url": SOURCE_SECRETARIAT,
            **fields(**PROFILE),
        },
    )
    counts[outcome] += 1


def load_members(counts):
    for order, (person_key, organization_key, side) in enumerate(CO_CHAIRS, start=1):
        _member, outcome = upsert(
            Member,
            {"person": person(person_key), "role": Role.CO_CHAIR},
            {
                **PUBLISHED,
                "published_at": SOURCE_PUBLISHED_AT,
                "organization": organization(organization_key),
                "side": side,
                "order": order,
            },
        )
        counts[outcome] += 1


def load_secretariat(counts):
    _head, outcome = upsert(
        SecretariatMember,
        {"person": person("rysaliev")},
        {
            **PUBLISHED,
            "published_at": SOURCE_PUBLISHED_AT,
            "is_head": True,
            "order": 1,
            **fields(position=HEAD_POSITION),
        },
    )
    counts[outcome] += 1
    for order, text in enumerate(SECRETARIAT_DUTIES, start=1):
        _duty, outcome = upsert(
            SecretariatDuty,
            {"order": order},
            {**PUBLISHED, "published_at": SOURCE_PUBLISHED_AT, **fields(text=text)},
        )
        counts[outcome] += 1


def load_documents(counts):
    for order, (kind, when, number, title, note, source) in enumerate(DOCUMENTS, start=1):
        _document, outcome = upsert(
            Document,
            {"kind": kind},
            {
                **PUBLISHED,
                "published_at": SOURCE_PUBLISHED_AT,
                "date": when,
                "number": number,
                "source_url": source,
                "order": order,
                **fields(title=title, note=note),
            },
        )
        counts[outcome] += 1


def _commitments_by_number():
    """The plan's commitments the sample agendas point at, when the plan is loaded."""
    numbers = {n for meeting in SAMPLE_MEETINGS for _t, ns in meeting[3] for n in ns}
    return {
        commitment.number: commitment
        for commitment in Commitment.objects.filter(plan__slug=PLAN_SLUG, number__in=numbers)
    }


def load_sample_meetings(counts):
    commitments_by_number = _commitments_by_number()
    for number, starts_at, topic, agenda, decisions, present in SAMPLE_MEETINGS:
        meeting, outcome = upsert(
            Meeting,
            {"number": number},
            {
                **PUBLISHED,
                "published_at": starts_at - timedelta(days=7),
                "is_sample": True,
                "starts_at": starts_at,
                "ends_at": starts_at + timedelta(hours=2),
                "status": MeetingStatus.HELD,
                "attendance_government": present[0],
                "attendance_civil_society": present[1],
                **fields(topic=topic, place=SAMPLE_PLACE, decisions=decisions),
            },
        )
        counts[outcome] += 1
        _load_agenda(meeting, agenda, commitments_by_number, counts)
        counts[
            _store_file(
                MeetingAudio, {"meeting": meeting}, silent_mp3(), f"sample-audio-{number}.mp3"
            )
        ] += 1
        load_sample_transcript(meeting, topic, agenda, counts)


def load_sample_transcript(meeting, topic, agenda, counts):
    number = meeting.number
    day = timezone.localtime(meeting.starts_at, BISHKEK).date()
    summary = {code: SUMMARY[code].format(number=number, topic=topic[code]) for code in LANGUAGES}
    transcript, outcome = upsert(
        Transcript,
        {"meeting": meeting},
        {
            **PUBLISHED,
            "published_at": meeting.starts_at + timedelta(days=14),
            "is_sample": True,
            **fields(summary=summary),
        },
    )
    counts[outcome] += 1
    # The civil-society turn presents the last agenda item that points at a commitment.
    pointing = [title for title, numbers in agenda if numbers] or [agenda[0][0]]
    turns = sample_turns(number, pointing[-1])
    for turn_number, (speaker_key, text) in enumerate(turns, start=1):
        _turn, outcome = upsert(
            SpeakerTurn,
            {"transcript": transcript, "number": turn_number},
            fields(speaker=SPEAKERS[speaker_key], text=text),
        )
        counts[outcome] += 1
    for code in LANGUAGES:
        counts[
            _store_file(
                TranscriptFile,
                {"transcript": transcript, "language": code},
                transcript_text(code, number, day, turns),
                f"sample-transcript-{number}-{code}.txt",
            )
        ] += 1


def load_planned_meeting(counts):
    """One upcoming sample meeting, so "next meeting" and the calendar show something.

    Its date stays put while it is still ahead, so a rerun changes nothing; once it has
    passed, the next run moves it forward again.
    """
    number, topic, agenda = PLANNED_MEETING
    existing = Meeting.objects.filter(number=number).first()
    if existing and existing.starts_at > timezone.now():
        starts_at = existing.starts_at
    else:
        day = timezone.localdate() + timedelta(days=45)
        starts_at = datetime.combine(day, time(10, 0), tzinfo=BISHKEK)
    meeting, outcome = upsert(
        Meeting,
        {"number": number},
        {
            **PUBLISHED,
            "published_at": SOURCE_PUBLISHED_AT,
            "is_sample": True,
            "starts_at": starts_at,
            "ends_at": starts_at + timedelta(hours=2),
            "status": MeetingStatus.PLANNED,
            **fields(topic=topic, place=SAMPLE_PLACE),
        },
    )
    counts[outcome] += 1
    _load_agenda(meeting, agenda, {}, counts)


def load():
    counts = Counter()
    load_profile(counts)
    load_members(counts)
    load_secretariat(counts)
    load_documents(counts)
    load_sample_meetings(counts)
    load_planned_meeting(counts)
    return counts
