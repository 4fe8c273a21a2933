"""The OGP explainer pages of the source document (Bishkek, 2019), as pages.Page rows.

Every fact the source gives about OGP, its model, Kyrgyzstan's path, principles and criteria,
the Secretariat's role, the action plan, its themes, monitoring, the IRM and the roles of
government and civil society is here in Russian (as the source words it), Kyrgyz and English.
Staff edit the pages afterwards in admin; load() writes a page only when its text differs.

Links to other sections are made with reverse() in each language at load time; a section whose
app is not installed yet gets the address the product brief fixes for it.
"""

from collections import Counter
from datetime import datetime

from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from pages.models import Page
from publishing.demo import fields, upsert
from publishing.models import PublicationState
from publishing.sanitize import sanitize_html

LANGUAGES = ("ru", "ky", "en")

# Route name, its kwargs, and the address the product brief gives it (under the prefix).
LINKS = {
    "eligibility": ("reports:eligibility", {}, "/reports/eligibility/"),
    "reports": ("reports:list", {}, "/reports/"),
    "secretariat": ("forum:secretariat", {}, "/forum/secretariat/"),
    "forum": ("forum:index", {}, "/forum/"),
    "commitments": ("commitments:list", {}, "/commitments/"),
    "themes": ("commitments:themes", {}, "/themes/"),
    "coalition": ("coalition:index", {}, "/coalition/"),
}
ABOUT_PAGES = {
    "about_what_is_ogp": "what-is-ogp",
    "about_kyrgyzstan": "kyrgyzstan-in-ogp",
    "about_principles": "principles-and-criteria",
    "about_secretariat": "secretariat",
    "about_nap": "national-action-plan",
    "about_themes": "nap-themes",
    "about_monitoring": "monitoring-and-evaluation",
    "about_irm_progress": "irm-tracking-progress",
    "about_irm_reports": "irm-reports",
    "about_roles": "roles-and-responsibilities",
}


def links(language):
    """Addresses of the sections the pages point to, in one language."""
    result = {}
    with translation.override(language):
        for key, (name, kwargs, fallback) in LINKS.items():
            try:
                result[key] = reverse(name, kwargs=kwargs)
            except NoReverseMatch:
                result[key] = f"/{language}{fallback}"
        for key, slug in ABOUT_PAGES.items():
            result[key] = reverse("pages:about_page", kwargs={"slug": slug})
    return result


PAGES = [
    {
        "slug": "what-is-ogp",
        "source_url": "https://www.opengovpartnership.org/",
        "title": {
            "ru": "Что такое Партнерство «Открытое Правительство» и как в него вступить",
            "ky": "«Ачык өкмөт» өнөктөштүгү деген эмне жана ага кантип кошулат",
            "en": "What the Open Government Partnership is and how a country joins",
        },
        "summary": {
            "ru": "Многосторонняя инициатива, в которой правительства и гражданское общество "
            "вместе делают власть открытой, подотчетной и отзывчивой к гражданам.",
            "ky": "Өкмөттөр жана жарандык коом бийликти ачык, отчеттуу жана жарандарга жооп "
            "берүүчү кылуу үчүн биргелешип иштеген көп тараптуу демилге.",
            "en": "A multilateral initiative in which governments and civil society together "
            "make government open, accountable and responsive to citizens.",
        },
        "body": {
            "ru": """
<p>Партнерство «Открытое Правительство» (Open Government Partnership, OGP) — многосторонняя
инициатива, направленная на реализацию обязательств правительств по обеспечению прозрачности,
расширению прав и возможностей граждан, борьбе с коррупцией и использованию новых технологий для
усиления управления, а также на то, чтобы сделать правительства более открытыми, подотчетными и
отзывчивыми к гражданам.</p>
<p><strong>Это — совместное сотворчество и участие гражданского общества и
правительства.</strong></p>
<h2>Как появилось OGP</h2>
<p>OGP было инициировано в 2011 году, чтобы предоставить международную платформу реформаторам
внутри стран, желающим сделать свои правительства более открытыми, подотчетными и ответственными
перед гражданами. С тех пор OGP расширилось с 8 участвующих стран до 79 и 15 субнациональных
правительств. Во всех этих странах правительство и гражданское общество в сотрудничестве
разрабатывают и реализуют амбициозные реформы открытого правительства.</p>
<h2>Как страна вступает в OGP</h2>
<p>Чтобы стать членом OGP, вступающая страна должна:</p>
<ol>
<li>принять Декларацию «Открытое правительство» высокого уровня;</li>
<li>предоставить план действий страны, разработанный с проведением общественных консультаций;</li>
<li>взять обязательство предоставлять независимый отчет о прогрессе его исполнения.</li>
</ol>
<p>Кроме того, страна должна соответствовать <a href="{about_principles}">критериям
соответствия OGP</a>. Как вступал Кыргызстан — на странице
<a href="{about_kyrgyzstan}">«Кыргызстан в инициативе OGP»</a>.</p>
<p>Сайт Партнерства: <a href="https://www.opengovpartnership.org/">https://www.opengovpartnership.org/</a></p>
""",
            "ky": """
<p>«Ачык өкмөт» өнөктөштүгү (Open Government Partnership, OGP) — өкмөттөрдүн ачык-айкындуулукту
камсыз кылуу, жарандардын укуктарын жана мүмкүнчүлүктөрүн кеңейтүү, коррупцияга каршы күрөшүү
жана башкарууну күчөтүү үчүн жаңы технологияларды колдонуу боюнча милдеттенмелерин ишке
ашырууга, ошондой эле өкмөттөрдү жарандар үчүн ачык, отчеттуу жана жооп берүүчү кылууга
багытталган көп тараптуу демилге.</p>
<p><strong>Бул — жарандык коом менен өкмөттүн биргелешкен чыгармачылыгы жана катышуусу.</strong></p>
<h2>OGP кантип пайда болгон</h2>
<p>OGP 2011-жылы өз өлкөсүндөгү өкмөттү ачык, отчеттуу жана жарандардын алдында жооптуу кылууну
каалаган реформаторлорго эл аралык аянтча берүү үчүн демилгеленген. Ошондон бери OGP 8 катышуучу
өлкөдөн 79 өлкөгө жана 15 субулуттук (аймактык жана жергиликтүү) өкмөткө чейин кеңейди. Бул
өлкөлөрдүн баарында өкмөт менен жарандык коом биргелешип ачык өкмөттүн амбициялуу реформаларын
иштеп чыгышат жана ишке ашырышат.</p>
<h2>Өлкө OGP өнөктөштүгүнө кантип кошулат</h2>
<p>OGP мүчөсү болуу үчүн кошулуучу өлкө:</p>
<ol>
<li>жогорку деңгээлде «Ачык өкмөт» декларациясын кабыл алышы;</li>
<li>коомдук консультациялар аркылуу иштелип чыккан өлкөнүн иш-аракеттер планын сунушташы;</li>
<li>анын аткарылышындагы прогресс тууралуу көз карандысыз отчет берип турууга милдеттенме
алышы керек.</li>
</ol>
<p>Мындан тышкары, өлкө <a href="{about_principles}">OGP талаптарына ылайыктуулук
критерийлерине</a> жооп бериши керек. Кыргызстан кантип кошулганы тууралуу
<a href="{about_kyrgyzstan}">«Кыргызстан OGP демилгесинде»</a> барагынан окуңуз.</p>
<p>Өнөктөштүктүн сайты: <a href="https://www.opengovpartnership.org/">https://www.opengovpartnership.org/</a></p>
""",
            "en": """
<p>The Open Government Partnership (OGP) is a multilateral initiative to carry out governments'
commitments to ensure transparency, empower citizens, fight corruption and harness new
technologies to strengthen governance, and to make governments more open, accountable and
responsive to citizens.</p>
<p><strong>It is co-creation and joint participation of civil society and government.</strong></p>
<h2>How OGP began</h2>
<p>OGP was launched in 2011 to provide an international platform for domestic reformers committed
to making their governments more open, accountable and responsive to citizens. Since then, OGP
has grown from 8 participating countries to 79, and 15 subnational governments. In all of these
countries, government and civil society work together to develop and implement ambitious open
government reforms.</p>
<h2>How a country joins OGP</h2>
<p>To become a member of OGP, a joining country must:</p>
<ol>
<li>endorse the high-level Open Government Declaration;</li>
<li>deliver a country action plan developed with public consultation;</li>
<li>commit to independent reporting on its progress in carrying it out.</li>
</ol>
<p>The country must also meet the <a href="{about_principles}">OGP eligibility criteria</a>. How
Kyrgyzstan joined is told on <a href="{about_kyrgyzstan}">Kyrgyzstan in the OGP
initiative</a>.</p>
<p>The Partnership's website: <a href="https://www.opengovpartnership.org/">https://www.opengovpartnership.org/</a></p>
""",
        },
    },
    {
        "slug": "unique-model",
        "source_url": "",
        "title": {
            "ru": "Уникальная модель OGP",
            "ky": "OGPнин уникалдуу модели",
            "en": "The unique model of OGP",
        },
        "summary": {
            "ru": "Новый подход к многостороннему партнерству, целевые действия и гибкость "
            "при высоких амбициях.",
            "ky": "Көп тараптуу өнөктөштүккө жаңы мамиле, максаттуу иш-аракеттер жана "
            "амбициялуу ийкемдүүлүк.",
            "en": "A new approach to multi-stakeholder partnership, targeted action, and a model "
            "that is flexible but ambitious.",
        },
        "body": {
            "ru": """
<h2>Новый подход к многостороннему партнерству</h2>
<ul>
<li>Паритетное участие государственных органов и гражданского общества</li>
<li>Самооценка и независимый отчет</li>
<li>Взаимообучение и обмен</li>
</ul>
<h2>Целевые действия</h2>
<ul>
<li>Государственные органы и гражданское общество совместно создают планы действий</li>
<li>Гарантированные конкретные обязательства</li>
<li>Системный государственный подход в реализации</li>
</ul>
<h2>Гибкая, но амбициозная</h2>
<ul>
<li>Страны имеют разные отправные точки, но все работают по совершенствованию</li>
<li>Привлечение всех стейкхолдеров</li>
<li>Чемпионство / состязательность («звездные реформы»: <a href="{about_irm_reports}">как
обязательства получают звезду</a>)</li>
</ul>
""",
            "ky": """
<h2>Көп тараптуу өнөктөштүккө жаңы мамиле</h2>
<ul>
<li>Мамлекеттик органдар менен жарандык коомдун тең укуктуу (паритеттик) катышуусу</li>
<li>Өз алдынча баалоо жана көз карандысыз отчет</li>
<li>Өз ара үйрөнүү жана тажрыйба алмашуу</li>
</ul>
<h2>Максаттуу иш-аракеттер</h2>
<ul>
<li>Мамлекеттик органдар жана жарандык коом иш-аракеттер пландарын биргелешип түзүшөт</li>
<li>Кепилденген так милдеттенмелер</li>
<li>Ишке ашырууда системалуу мамлекеттик мамиле</li>
</ul>
<h2>Ийкемдүү, бирок амбициялуу</h2>
<ul>
<li>Өлкөлөрдүн баштапкы чекиттери ар башка, бирок баары өркүндөтүү үстүндө иштешет</li>
<li>Бардык кызыкдар тараптарды (стейкхолдерлерди) тартуу</li>
<li>Чемпиондук / атаандаштык («жылдызчалуу реформалар»: <a href="{about_irm_reports}">милдеттенме
жылдызчаны кантип алат</a>)</li>
</ul>
""",
            "en": """
<h2>A new approach to multi-stakeholder partnership</h2>
<ul>
<li>Equal participation of government bodies and civil society</li>
<li>Self-assessment and independent reporting</li>
<li>Peer learning and exchange</li>
</ul>
<h2>Targeted action</h2>
<ul>
<li>Government bodies and civil society co-create action plans</li>
<li>Guaranteed concrete commitments</li>
<li>A whole-of-government approach to implementation</li>
</ul>
<h2>Flexible but ambitious</h2>
<ul>
<li>Countries start from different points, but all work to improve</li>
<li>Engaging all stakeholders</li>
<li>Championship / competition (“starred reforms”: <a href="{about_irm_reports}">how commitments
earn a star</a>)</li>
</ul>
""",
        },
    },
    {
        "slug": "ogp-in-numbers",
        "source_url": "",
        "title": {"ru": "OGP в цифрах", "ky": "OGP сандарда", "en": "OGP in numbers"},
        "summary": {
            "ru": "79 стран, 3098 обязательств, 167 национальных планов действий, более 3000 "
            "организаций гражданского общества.",
            "ky": "79 өлкө, 3098 милдеттенме, 167 улуттук иш-аракеттер планы, 3000ден ашык "
            "жарандык коомдун уюму.",
            "en": "79 countries, 3,098 commitments, 167 national action plans, more than 3,000 "
            "civil-society organizations.",
        },
        "body": {
            "ru": """
<ul>
<li>Учреждено <strong><time datetime="2011-09-20">20 сентября 2011 года</time></strong></li>
<li>Партнерство OGP объединяет <strong>79</strong> стран (в начале их было 8), а также
15 субнациональных правительств</li>
<li>Включает <strong>3098</strong> обязательств</li>
<li>Сформировано <strong>167</strong> НПД (страны-участницы OGP совместно с гражданским
обществом)</li>
<li><strong>3000+</strong> ОГО (организаций гражданского общества)</li>
<li><strong>9</strong> многосторонних партнерств</li>
</ul>
<p>Цифры приведены по исходному документу 2019 года.</p>
""",
            "ky": """
<ul>
<li><strong><time datetime="2011-09-20">2011-жылдын 20-сентябрында</time></strong> негизделген</li>
<li>OGP өнөктөштүгү <strong>79</strong> өлкөнү (башында алар 8 болгон), ошондой эле
15 субулуттук өкмөттү бириктирет</li>
<li><strong>3098</strong> милдеттенмени камтыйт</li>
<li><strong>167</strong> УИП түзүлгөн (OGP мүчө өлкөлөрү жарандык коом менен биргеликте)</li>
<li><strong>3000+</strong> жарандык коомдун уюму</li>
<li><strong>9</strong> көп тараптуу өнөктөштүк</li>
</ul>
<p>Сандар 2019-жылдагы баштапкы документ боюнча келтирилди.</p>
""",
            "en": """
<ul>
<li>Founded on <strong><time datetime="2011-09-20">20 September 2011</time></strong></li>
<li>The Partnership brings together <strong>79</strong> countries (it began with 8) and
15 subnational governments</li>
<li>It includes <strong>3,098</strong> commitments</li>
<li><strong>167</strong> national action plans have been made (by OGP countries together with
civil society)</li>
<li><strong>3,000+</strong> civil-society organizations (CSOs)</li>
<li><strong>9</strong> multilateral partnerships</li>
</ul>
<p>The figures are those of the 2019 source document.</p>
""",
        },
    },
    {
        "slug": "kyrgyzstan-in-ogp",
        "source_url": "http://ogp.el.kg/ru/chtotakoe-partnerstvo-otkrytoe-pravitelstvo",
        "title": {
            "ru": "Кыргызстан в инициативе OGP",
            "ky": "Кыргызстан OGP демилгесинде",
            "en": "Kyrgyzstan in the OGP initiative",
        },
        "summary": {
            "ru": "От подписания Декларации в 2017 году до первого Национального плана действий "
            "на 2018–2020 годы.",
            "ky": "2017-жылы Декларацияга кол коюудан 2018–2020-жылдарга биринчи Улуттук "
            "иш-аракеттер планына чейин.",
            "en": "From signing the Declaration in 2017 to the first National Action Plan "
            "for 2018–2020.",
        },
        "body": {
            "ru": """
<ol id="kyrgyzstan-timeline">
<li><strong><time datetime="2017-09-19">19 сентября 2017 г.</time></strong> — подписана
Декларация «Открытое Правительство» для вступления в инициативу OGP.</li>
<li><strong><time datetime="2017-11-21">21 ноября 2017 г.</time></strong> — Кыргызстан
присоединился к международной инициативе OGP.</li>
<li><strong>Контроль</strong> за реализацией мероприятий закреплен за Премьер-министром
Кыргызской Республики.</li>
<li><strong><time datetime="2018-01">Январь</time> – <time datetime="2018-10">октябрь
2018 г.</time></strong> — процесс совместной разработки Национального плана действий.</li>
<li><strong><time datetime="2018-06">Июнь 2018 г.</time></strong> — создан
<a href="{forum}">Национальный форум «Открытого Правительства» (НФОП)</a>.</li>
<li><strong>Официальный контакт</strong> — руководитель антикоррупционного сектора Аппарата
Правительства КР.</li>
<li><strong><time datetime="2018-10-16">16 октября 2018 г.</time></strong> — утвержден
<a href="{commitments}">первый НПД КР на 2018–2020 гг.</a></li>
<li><strong>Национальный ресурс</strong> — создан сайт
<a href="http://ogp.el.kg/">http://ogp.el.kg/</a></li>
</ol>
""",
            "ky": """
<ol id="kyrgyzstan-timeline">
<li><strong><time datetime="2017-09-19">2017-жылдын 19-сентябрында</time></strong> — OGP
демилгесине кошулуу үчүн «Ачык өкмөт» декларациясына кол коюлду.</li>
<li><strong><time datetime="2017-11-21">2017-жылдын 21-ноябрында</time></strong> — Кыргызстан
OGP эл аралык демилгесине кошулду.</li>
<li><strong>Көзөмөл:</strong> иш-чаралардын ишке ашырылышын көзөмөлдөө Кыргыз Республикасынын
Премьер-министрине жүктөлдү.</li>
<li><strong><time datetime="2018-01">2018-жылдын январь</time> – <time datetime="2018-10">октябрь
айлары</time></strong> — Улуттук иш-аракеттер планын биргелешип иштеп чыгуу процесси.</li>
<li><strong><time datetime="2018-06">2018-жылдын июнунда</time></strong> —
<a href="{forum}">Ачык өкмөттүн улуттук форуму</a> түзүлдү.</li>
<li><strong>Расмий байланыш:</strong> КР Өкмөтүнүн Аппаратынын коррупцияга каршы секторунун
жетекчиси.</li>
<li><strong><time datetime="2018-10-16">2018-жылдын 16-октябрында</time></strong> —
<a href="{commitments}">КРдин 2018–2020-жылдарга биринчи УИПи</a> бекитилди.</li>
<li><strong>Улуттук ресурс:</strong> <a href="http://ogp.el.kg/">http://ogp.el.kg/</a> сайты
түзүлдү.</li>
</ol>
""",
            "en": """
<ol id="kyrgyzstan-timeline">
<li><strong><time datetime="2017-09-19">19 September 2017</time></strong>: the Open Government
Declaration is signed to join the OGP initiative.</li>
<li><strong><time datetime="2017-11-21">21 November 2017</time></strong>: Kyrgyzstan joins the
international OGP initiative.</li>
<li><strong>Oversight</strong> of carrying out the activities is assigned to the Prime Minister
of the Kyrgyz Republic.</li>
<li><strong><time datetime="2018-01">January</time> to <time datetime="2018-10">October
2018</time></strong>: the National Action Plan is co-created.</li>
<li><strong><time datetime="2018-06">June 2018</time></strong>: the
<a href="{forum}">National Open Government Forum</a> is created.</li>
<li><strong>Official point of contact</strong>: the head of the Anti-Corruption Sector of the
Government Office of the Kyrgyz Republic.</li>
<li><strong><time datetime="2018-10-16">16 October 2018</time></strong>: the
<a href="{commitments}">first National Action Plan of the Kyrgyz Republic for 2018–2020</a> is
approved.</li>
<li><strong>National resource</strong>: the website
<a href="http://ogp.el.kg/">http://ogp.el.kg/</a> is created.</li>
</ol>
""",
        },
    },
    {
        "slug": "principles-and-criteria",
        "source_url": "",
        "title": {
            "ru": "Принципы и критерии OGP",
            "ky": "OGPнин принциптери жана критерийлери",
            "en": "OGP principles and criteria",
        },
        "summary": {
            "ru": "Шесть принципов совместного созидания и четыре критерия соответствия.",
            "ky": "Биргелешип түзүүнүн алты принциби жана ылайыктуулуктун төрт критерийи.",
            "en": "Six principles of co-creation and four eligibility criteria.",
        },
        "body": {
            "ru": """
<h2>Принципы совместного созидания</h2>
<ul>
<li>Доверие</li>
<li>Взаимное убеждение</li>
<li>Общая цель</li>
<li>Совместное решение</li>
<li>Горизонтальное лидерство</li>
<li>Прозрачные коммуникации</li>
</ul>
<h2>Критерии соответствия</h2>
<ul>
<li>Прозрачность бюджета</li>
<li>Доступ к информации</li>
<li>Раскрытие активов</li>
<li>Гражданское участие</li>
</ul>
<p>По каждому критерию страна получает от 0 до 4 баллов. Итог — доля набранных баллов от
максимума по критериям, для которых есть данные; страна, набравшая 75 % и больше, соответствует
требованиям.</p>
<h3>Оценочные баллы Кыргызстана</h3>
<p>По данным исходного документа 2019 года Кыргызстан набрал <strong>94 %</strong>
(бюджет 4, доступ к информации 4, раскрытие активов 4, участие гражданского общества 3).
Азербайджан и Казахстан — по 75 %, Таджикистан — 56 %, Узбекистан — 42 % (по бюджету нет
данных).</p>
<p><a href="{eligibility}">Таблица и диаграмма оценочных баллов</a></p>
""",
            "ky": """
<h2>Биргелешип түзүү принциптери</h2>
<ul>
<li>Ишеним</li>
<li>Өз ара ынандыруу</li>
<li>Жалпы максат</li>
<li>Биргелешкен чечим</li>
<li>Горизонталдуу лидерлик</li>
<li>Ачык-айкын байланыш</li>
</ul>
<h2>Ылайыктуулук критерийлери</h2>
<ul>
<li>Бюджеттик ачык-айкындуулук</li>
<li>Маалыматка жетүү</li>
<li>Кирешелерди жана мүлктү декларациялоо</li>
<li>Жарандык катышуу</li>
</ul>
<p>Ар бир критерий боюнча өлкө 0дөн 4кө чейин балл алат. Жыйынтык — маалыматы бар
критерийлер боюнча максимумдан алынган баллдардын үлүшү; 75 % жана андан көп топтогон өлкө
талаптарга жооп берет.</p>
<h3>Кыргызстандын баалоо баллдары</h3>
<p>2019-жылдагы баштапкы документ боюнча Кыргызстан <strong>94 %</strong> топтогон
(бюджет 4, маалыматка жетүү 4, мүлктү декларациялоо 4, жарандык коомдун катышуусу 3).
Азербайжан жана Казакстан — 75 %дан, Тажикстан — 56 %, Өзбекстан — 42 % (бюджет боюнча
маалымат жок).</p>
<p><a href="{eligibility}">Баалоо баллдарынын таблицасы жана диаграммасы</a></p>
""",
            "en": """
<h2>Principles of co-creation</h2>
<ul>
<li>Trust</li>
<li>Mutual persuasion</li>
<li>Common purpose</li>
<li>Joint decision</li>
<li>Horizontal leadership</li>
<li>Transparent communication</li>
</ul>
<h2>Eligibility criteria</h2>
<ul>
<li>Fiscal (budget) transparency</li>
<li>Access to information</li>
<li>Asset disclosure</li>
<li>Civic participation</li>
</ul>
<p>A country scores 0 to 4 points on each criterion. The total is its share of the maximum
points of the criteria that have data; a country with 75 % or more is eligible.</p>
<h3>Kyrgyzstan's eligibility scores</h3>
<p>According to the 2019 source document, Kyrgyzstan scored <strong>94 %</strong>
(budget 4, access to information 4, asset disclosure 4, civil-society participation 3).
Azerbaijan and Kazakhstan scored 75 % each, Tajikistan 56 %, Uzbekistan 42 % (no data on the
budget).</p>
<p><a href="{eligibility}">Table and chart of the eligibility scores</a></p>
""",
        },
    },
    {
        "slug": "secretariat",
        "source_url": "http://ogp.el.kg/ru/baza-dannyh-chlenov-sekretariata",
        "title": {
            "ru": "Роль Секретариата НФОП",
            "ky": "Улуттук форумдун катчылыгынын ролу",
            "en": "The role of the Forum's Secretariat",
        },
        "summary": {
            "ru": "Секретариат оказывает Национальному форуму организационную и техническую "
            "помощь.",
            "ky": "Катчылык Улуттук форумга уюштуруучулук жана техникалык жардам көрсөтөт.",
            "en": "The Secretariat gives the National Forum organisational and technical support.",
        },
        "body": {
            "ru": """
<p><strong>Руководитель Секретариата НФОП — Рысалиев Иманкадыр Зарлыкович.</strong></p>
<p><strong>Секретариат НФОП отвечает за организационную и техническую помощь Форуму,
в частности:</strong></p>
<ul>
<li>разрабатывает Календарь заседаний Форума и публикует его на официальном сайте Правительства
Кыргызской Республики, а также на <a href="http://www.ogp.el.kg">www.ogp.el.kg</a>, после
утверждения Форумом;</li>
<li>формирует повестку заседания Форума;</li>
<li>созывает и организует заседания Форума, ведет аудиозапись заседаний Форума;</li>
<li>готовит стенографические протоколы заседаний Форума, которые публикуются на официальном
сайте Правительства Кыргызской Республики, а также на
<a href="http://www.ogp.el.kg">www.ogp.el.kg</a>;</li>
<li>осуществляет сбор информации и отчетности от соответствующих государственных органов для
предоставления членам Форума по их запросу;</li>
<li>оказывает поддержку Форуму при подготовке отчета о реализации НПД.</li>
</ul>
<p>Правительство поддерживает Секретариат (см. <a href="{about_roles}">роли и обязанности</a>).</p>
<p><a href="{secretariat}">Секретариат на страницах Национального форума: состав и
обязанности</a></p>
""",
            "ky": """
<p><strong>Улуттук форумдун катчылыгынын жетекчиси — Рысалиев Иманкадыр Зарлыкович.</strong></p>
<p><strong>Улуттук форумдун катчылыгы Форумга уюштуруучулук жана техникалык жардам көрсөтүү
үчүн жооп берет, атап айтканда:</strong></p>
<ul>
<li>Форумдун жыйындарынын календарын иштеп чыгат жана Форум бекиткенден кийин аны Кыргыз
Республикасынын Өкмөтүнүн расмий сайтына, ошондой эле
<a href="http://www.ogp.el.kg">www.ogp.el.kg</a> сайтына жарыялайт;</li>
<li>Форумдун жыйынынын күн тартибин түзөт;</li>
<li>Форумдун жыйындарын чакырат жана уюштурат, жыйындарды аудио жазып алат;</li>
<li>Форумдун жыйындарынын стенограммаларын даярдайт; алар Кыргыз Республикасынын Өкмөтүнүн
расмий сайтына, ошондой эле <a href="http://www.ogp.el.kg">www.ogp.el.kg</a> сайтына
жарыяланат;</li>
<li>Форумдун мүчөлөрүнө алардын суроосу боюнча берүү үчүн тиешелүү мамлекеттик органдардан
маалыматты жана отчеттуулукту чогултат;</li>
<li>УИПтин ишке ашырылышы жөнүндө отчетту даярдоодо Форумга колдоо көрсөтөт.</li>
</ul>
<p>Өкмөт катчылыкты колдойт (<a href="{about_roles}">ролдор жана милдеттер</a> барагын
караңыз).</p>
<p><a href="{secretariat}">Улуттук форумдун барактарындагы катчылык: курамы жана
милдеттери</a></p>
""",
            "en": """
<p><strong>The head of the Forum's Secretariat is Imankadyr Zarlykovich Rysaliev.</strong></p>
<p><strong>The Secretariat of the National Forum is responsible for organisational and technical
support to the Forum; in particular, it:</strong></p>
<ul>
<li>draws up the calendar of the Forum's meetings and, once the Forum approves it, publishes it
on the official website of the Government of the Kyrgyz Republic and on
<a href="http://www.ogp.el.kg">www.ogp.el.kg</a>;</li>
<li>sets the agenda of each Forum meeting;</li>
<li>convenes and organises the Forum's meetings and makes audio recordings of them;</li>
<li>prepares the stenographic transcripts of the Forum's meetings, which are published on the
official website of the Government of the Kyrgyz Republic and on
<a href="http://www.ogp.el.kg">www.ogp.el.kg</a>;</li>
<li>collects information and reports from the government bodies concerned, for Forum members
who ask for them;</li>
<li>supports the Forum in preparing the report on the implementation of the National Action
Plan.</li>
</ul>
<p>The Government supports the Secretariat (see <a href="{about_roles}">roles and
responsibilities</a>).</p>
<p><a href="{secretariat}">The Secretariat on the National Forum's pages: members and
duties</a></p>
""",
        },
    },
    {
        "slug": "national-action-plan",
        "source_url": "http://ogp.el.kg/ru/nacionalnyy-plan-deystviy",
        "title": {
            "ru": "НПД — Национальный план действий",
            "ky": "УИП — Улуттук иш-аракеттер планы",
            "en": "The NAP: National Action Plan",
        },
        "summary": {
            "ru": "Основа участия страны в OGP: 18 обязательств, 9 тематических групп, "
            "двухлетний цикл без перерывов.",
            "ky": "Өлкөнүн OGP демилгесине катышуусунун негизи: 18 милдеттенме, 9 тематикалык "
            "топ, тыныгуусуз эки жылдык цикл.",
            "en": "The basis of a country's part in OGP: 18 commitments, 9 thematic groups, "
            "a two-year cycle without breaks.",
        },
        "body": {
            "ru": """
<p><strong>Каждая страна-участница OGP создает Национальный план действий (НПД) совместно
с гражданским обществом, так как НПД составляют основу участия страны в инициативе
OGP.</strong></p>
<ul>
<li>НПД Кыргызской Республики состоит из <strong>18 обязательств</strong>.</li>
<li>Он охватывает <strong>9 тематических групп</strong> OGP.</li>
</ul>
<p>Страны-участницы OGP работают в двухлетнем календарном цикле НПД без перерывов между
окончанием последнего плана действий и началом нового. Это означает, что каждая страна всегда
осуществляет НПД, хотя отдельные обязательства и этапы могут различаться по
продолжительности.</p>
<p>НПД должны быть представлены в Отдел поддержки OGP как на административном (официальном)
языке страны, так и на английском языке.</p>
<p><a href="{commitments}">Обязательства НПД</a> · <a href="{about_themes}">Тематики НПД</a></p>
""",
            "ky": """
<p><strong>OGPнин ар бир мүчө өлкөсү Улуттук иш-аракеттер планын (УИП) жарандык коом менен
биргеликте түзөт, анткени УИП өлкөнүн OGP демилгесине катышуусунун негизин түзөт.</strong></p>
<ul>
<li>Кыргыз Республикасынын УИПи <strong>18 милдеттенмеден</strong> турат.</li>
<li>Ал OGPнин <strong>9 тематикалык тобун</strong> камтыйт.</li>
</ul>
<p>OGPнин мүчө өлкөлөрү УИПтин эки жылдык календардык циклинде акыркы иш-аракеттер планынын
аякташы менен жаңысынын башталышынын ортосунда тыныгуусуз иштешет. Бул ар бир өлкө дайыма
УИПти ишке ашырып турат дегенди билдирет, бирок айрым милдеттенмелердин жана этаптардын
узактыгы ар башка болушу мүмкүн.</p>
<p>УИП OGPнин Колдоо бөлүмүнө өлкөнүн административдик (расмий) тилинде да, англис тилинде да
берилиши керек.</p>
<p><a href="{commitments}">УИПтин милдеттенмелери</a> · <a href="{about_themes}">УИПтин
тематикалары</a></p>
""",
            "en": """
<p><strong>Every OGP participating country creates a National Action Plan (NAP) together with
civil society, because the action plans are the basis of a country's participation in
OGP.</strong></p>
<ul>
<li>The NAP of the Kyrgyz Republic consists of <strong>18 commitments</strong>.</li>
<li>It covers <strong>9 OGP thematic groups</strong>.</li>
</ul>
<p>OGP participating countries work in a two-year calendar cycle of action plans, with no break
between the end of the last action plan and the start of the next. This means every country is
always carrying out an action plan, although single commitments and milestones may differ in
length.</p>
<p>Action plans must be submitted to the OGP Support Unit both in the administrative (official)
language of the country and in English.</p>
<p><a href="{commitments}">The NAP's commitments</a> · <a href="{about_themes}">The NAP's
themes</a></p>
""",
        },
    },
    {
        "slug": "nap-themes",
        "source_url": "http://ogp.el.kg/ru/tematiki",
        "title": {"ru": "Тематики НПД", "ky": "УИПтин тематикалары", "en": "The NAP's themes"},
        "summary": {
            "ru": "10 тематик: сквозные темы для всего правительства и отдельные темы "
            "для конкретных ведомств.",
            "ky": "10 тематика: бүт өкмөткө тиешелүү жалпы темалар жана айрым ведомстволорго "
            "тиешелүү өзүнчө темалар.",
            "en": "10 themes: cross-cutting ones for the whole of government and specific ones "
            "for particular agencies.",
        },
        "body": {
            "ru": """
<p>Обязательства в OGP разделены на <strong>сквозные темы</strong>, которые воздействуют на
правительство в целом, и <strong>отдельные темы</strong>, которые относятся конкретно к работе
отдельных организаций, министерств и ведомств.</p>
<h2>10 тематик НПД</h2>
<ol>
<li>Доступ к информации и открытым данным</li>
<li>Ветви власти</li>
<li>Взаимодействие граждан с правительством</li>
<li>Выборы и политическое финансирование</li>
<li>Финансовая открытость</li>
<li>Правосудие, государственная безопасность и верховенство права</li>
<li>Природные ресурсы и развитие</li>
<li>Меры общественной добросовестности/целостности</li>
<li>Государственные закупки</li>
<li>Вовлечение граждан</li>
</ol>
<p><a href="{themes}">Тематики и их обязательства</a></p>
""",
            "ky": """
<p>OGPдеги милдеттенмелер бүтүндөй өкмөткө таасир эткен <strong>жалпы (кесилишкен)
темаларга</strong> жана айрым уюмдардын, министрликтердин жана ведомстволордун ишине гана
тиешелүү <strong>өзүнчө темаларга</strong> бөлүнөт.</p>
<h2>УИПтин 10 тематикасы</h2>
<ol>
<li>Маалыматка жана ачык маалыматтарга жетүү</li>
<li>Бийлик бутактары</li>
<li>Жарандар менен өкмөттүн өз ара аракеттенүүсү</li>
<li>Шайлоо жана саясий каржылоо</li>
<li>Фискалдык ачыктык</li>
<li>Сот адилеттиги, мамлекеттик коопсуздук жана мыйзамдын үстөмдүгү</li>
<li>Жаратылыш ресурстары жана өнүгүү</li>
<li>Коомдук ак ниеттүүлүк чаралары</li>
<li>Мамлекеттик сатып алуулар</li>
<li>Жарандарды катыштыруу</li>
</ol>
<p><a href="{themes}">Тематикалар жана алардын милдеттенмелери</a></p>
""",
            "en": """
<p>OGP commitments are grouped into <strong>cross-cutting themes</strong>, which affect the
government as a whole, and <strong>specific themes</strong>, which concern the work of
particular organizations, ministries and agencies.</p>
<h2>The NAP's 10 themes</h2>
<ol>
<li>Access to information and open data</li>
<li>Branches of power</li>
<li>Citizen–government interaction</li>
<li>Elections and political finance</li>
<li>Fiscal openness</li>
<li>Justice, public security and rule of law</li>
<li>Natural resources and development</li>
<li>Public integrity measures</li>
<li>Public procurement</li>
<li>Citizen engagement</li>
</ol>
<p><a href="{themes}">The themes and their commitments</a></p>
""",
        },
    },
    {
        "slug": "monitoring-and-evaluation",
        "source_url": "http://ogp.el.kg/ru/nezavisimyy-mehanizm-otchetnosti-irm",
        "title": {
            "ru": "Мониторинг и оценка НПД",
            "ky": "УИПтин мониторинги жана баалоо",
            "en": "Monitoring and evaluation of the NAP",
        },
        "summary": {
            "ru": "Полугодовые отчеты Национального форума, независимые отчеты IRM "
            "и альтернативные отчеты гражданского общества.",
            "ky": "Улуттук форумдун жарым жылдык отчеттору, IRMдин көз карандысыз отчеттору "
            "жана жарандык коомдун альтернативдүү отчеттору.",
            "en": "The National Forum's semi-annual reports, the IRM's independent reports and "
            "alternative reports of civil society.",
        },
        "body": {
            "ru": """
<h2>Национальный форум</h2>
<p>Каждое полугодие готовит и публикует отчеты о реализации НПД в соответствии с утвержденной
Форумом методологией на официальном сайте Правительства Кыргызской Республики.</p>
<h2>Независимый механизм отчетности (IRM)</h2>
<p>Независимый механизм отчетности (Independent Reporting Mechanism, IRM) — ключевой
инструмент, посредством которого все заинтересованные стороны могут отследить прогресс OGP в
участвующих странах. IRM подготавливает на двухлетней основе независимые отчеты о ходе
реализации Национальных планов действий по каждой участвующей в OGP стране. Отчеты о ходе
реализации оценивают то, как правительства разрабатывают и выполняют планы действий OGP,
прогресс внедрения принципов открытого правительства и дают технические рекомендации для
усовершенствований. Эти отчеты предназначены стимулировать диалог и способствовать
подотчетности между правительствами-членами и гражданами.</p>
<p>Подробнее: <a href="{about_irm_progress}">как IRM отслеживает прогресс</a> и
<a href="{about_irm_reports}">отчеты IRM о ходе реализации</a>.</p>
<h2>Альтернативный отчет</h2>
<p>Независимое участие представителей гражданского общества в мониторинге исполнения НПД; при
этом мониторинг гражданского общества обеспечивает альтернативное мнение и неправительственный
источник информации, обеспечивая объективность и правомерность отчетов мониторинга НПД.</p>
<p><a href="{reports}">Все отчеты и их оценки обязательств</a></p>
""",
            "ky": """
<h2>Улуттук форум</h2>
<p>Ар жарым жылда Форум бекиткен методологияга ылайык УИПтин ишке ашырылышы жөнүндө
отчетторду даярдайт жана Кыргыз Республикасынын Өкмөтүнүн расмий сайтына жарыялайт.</p>
<h2>Отчеттуулуктун Көз карандысыз Механизми (IRM)</h2>
<p>Отчеттуулуктун Көз карандысыз Механизми (Independent Reporting Mechanism, IRM) — бардык
кызыкдар тараптар катышуучу өлкөлөрдөгү OGP прогрессине көз салып турган негизги курал. IRM
OGPге катышкан ар бир өлкө боюнча Улуттук иш-аракеттер пландарынын ишке ашырылышынын жүрүшү
жөнүндө көз карандысыз отчетторду эки жылда бир даярдайт. Ишке ашыруунун жүрүшү жөнүндө
отчеттор өкмөттөр OGP иш-аракеттер пландарын кантип иштеп чыгып, аткарып жатканын, ачык
өкмөттүн принциптерин киргизүүдөгү прогрессти баалайт жана өркүндөтүү үчүн техникалык
сунуштарды берет. Бул отчеттор мүчө өкмөттөр менен жарандардын ортосундагы диалогду
шыктандырууга жана отчеттуулукка көмөктөшүүгө арналган.</p>
<p>Кененирээк: <a href="{about_irm_progress}">IRM прогрессти кантип көзөмөлдөйт</a> жана
<a href="{about_irm_reports}">ишке ашыруунун жүрүшү жөнүндө IRM отчеттору</a>.</p>
<h2>Альтернативдүү отчет</h2>
<p>Жарандык коомдун өкүлдөрүнүн УИПтин аткарылышына мониторинг жүргүзүүгө көз карандысыз
катышуусу; мында жарандык коомдун мониторинги альтернативдүү пикирди жана өкмөттүк эмес
маалымат булагын берип, УИПтин мониторинг отчетторунун объективдүүлүгүн жана мыйзамдуулугун
камсыз кылат.</p>
<p><a href="{reports}">Бардык отчеттор жана алардын милдеттенмелерге берген баалары</a></p>
""",
            "en": """
<h2>The National Forum</h2>
<p>Every half year the Forum prepares and publishes reports on the implementation of the NAP, by
the methodology the Forum approved, on the official website of the Government of the Kyrgyz
Republic.</p>
<h2>The Independent Reporting Mechanism (IRM)</h2>
<p>The Independent Reporting Mechanism (IRM) is the key means by which all stakeholders can
track OGP progress in participating countries. Every two years the IRM prepares independent
reports on the implementation of the national action plans of each OGP participating country.
The progress reports assess how governments design and carry out their OGP action plans and the
progress in putting open government principles into practice, and give technical
recommendations for improvement. These reports are meant to stimulate dialogue and promote
accountability between member governments and citizens.</p>
<p>More: <a href="{about_irm_progress}">how the IRM tracks progress</a> and
<a href="{about_irm_reports}">the IRM's progress reports</a>.</p>
<h2>The alternative report</h2>
<p>Independent participation of civil-society representatives in monitoring the NAP's
implementation: civil-society monitoring gives an alternative view and a non-governmental source
of information, making the NAP monitoring reports objective and legitimate.</p>
<p><a href="{reports}">All reports and their assessments of the commitments</a></p>
""",
        },
    },
    {
        "slug": "irm-tracking-progress",
        "source_url": "http://ogp.el.kg/ru/otslezhivanie-progressa-ogp",
        "title": {
            "ru": "IRM: отслеживание прогресса OGP",
            "ky": "IRM: OGP прогрессине көз салуу",
            "en": "The IRM: tracking OGP progress",
        },
        "summary": {
            "ru": "Три вопроса, на которые отвечает исследование IRM, и семь методов сбора данных.",
            "ky": "IRM изилдөөсү жооп берген үч суроо жана маалымат чогултуунун жети ыкмасы.",
            "en": "The three questions the IRM's research answers and its seven methods of data "
            "collection.",
        },
        "body": {
            "ru": """
<h2>Сферы исследования</h2>
<ol>
<li>Является ли разработка, осуществление и мониторинг НПД совместным и открытым?</li>
<li>Являются ли планы действий релевантными, подотчетными и поддающимися проверке?</li>
<li>Выполняются ли более амбициозные действия?</li>
</ol>
<h2>Метод сбора данных</h2>
<ul>
<li>Кабинетное исследование</li>
<li>Хранилище данных</li>
<li>Отчеты учреждений-исполнителей</li>
<li>Отчеты ОГО</li>
<li>Интервью с госорганами, ОГО, экспертами, бенефициарами</li>
<li>Фокус-группы с заинтересованными сторонами</li>
<li>Опросы</li>
</ul>
<p><a href="{about_irm_reports}">Отчеты IRM о ходе реализации</a></p>
""",
            "ky": """
<h2>Изилдөө тармактары</h2>
<ol>
<li>УИПти иштеп чыгуу, ишке ашыруу жана ага мониторинг жүргүзүү биргелешкен жана ачык
жүрөбү?</li>
<li>Иш-аракеттер пландары актуалдуу (релеванттуу), отчеттуу жана текшерүүгө жарамдуубу?</li>
<li>Алда канча амбициялуу иш-аракеттер аткарылып жатабы?</li>
</ol>
<h2>Маалымат чогултуу ыкмасы</h2>
<ul>
<li>Кабинеттик изилдөө</li>
<li>Маалыматтар кампасы</li>
<li>Аткаруучу мекемелердин отчеттору</li>
<li>Жарандык коомдун уюмдарынын отчеттору</li>
<li>Мамлекеттик органдар, жарандык коомдун уюмдары, эксперттер жана бенефициарлар менен
интервью</li>
<li>Кызыкдар тараптар менен фокус-топтор</li>
<li>Сурамжылоолор</li>
</ul>
<p><a href="{about_irm_reports}">Ишке ашыруунун жүрүшү жөнүндө IRM отчеттору</a></p>
""",
            "en": """
<h2>Areas of research</h2>
<ol>
<li>Are the design, implementation and monitoring of the NAP collaborative and open?</li>
<li>Are the action plans relevant, accountable and verifiable?</li>
<li>Are more ambitious actions being carried out?</li>
</ol>
<h2>Data-collection methods</h2>
<ul>
<li>Desk research</li>
<li>Data repository</li>
<li>Reports of implementing institutions</li>
<li>CSO reports</li>
<li>Interviews with government bodies, CSOs, experts and beneficiaries</li>
<li>Focus groups with stakeholders</li>
<li>Surveys</li>
</ul>
<p><a href="{about_irm_reports}">The IRM's progress reports</a></p>
""",
        },
    },
    {
        "slug": "irm-reports",
        "source_url": "http://ogp.el.kg/ru/otchety-irm-o-hode-realizacii",
        "title": {
            "ru": "Отчеты IRM о ходе реализации",
            "ky": "Ишке ашыруунун жүрүшү жөнүндө IRM отчеттору",
            "en": "The IRM's progress reports",
        },
        "summary": {
            "ru": "Две формы отчетности IRM — отчет разработки и отчет исполнения — и критерии "
            "звездных обязательств.",
            "ky": "IRM отчеттуулугунун эки формасы — иштеп чыгуу отчету жана аткаруу отчету — "
            "жана жылдызча берилген милдеттенмелердин критерийлери.",
            "en": "The IRM's two report forms, the design report and the implementation report, "
            "and the criteria of starred commitments.",
        },
        "body": {
            "ru": """
<p>Имеется 2 формы отчетности.</p>
<h2>Отчет разработки</h2>
<p>Включает в себя описание процесса формирования НПД и содержание обязательств.</p>
<ul>
<li>Проводится в первое полугодие после утверждения НПД и включает в себя процесс разработки и
консультации и разработку НПД.</li>
<li>Оформление обязательств: каковы были обязательства? В чем их амбициозность?</li>
<li>Предоставление рекомендаций.</li>
</ul>
<h2>Отчет исполнения</h2>
<p>Проводится по завершении формирования НПД, включает реализацию за два года цикла, ранние
результаты и присваивает звездность обязательствам. Звезду получает обязательство, которое:</p>
<ul>
<li>поддается оценке;</li>
<li>релевантно принципам OGP:
<ul>
<li>доступ к информации;</li>
<li>гражданское участие;</li>
<li>общественная подотчетность;</li>
</ul>
</li>
<li>потенциально имеет воздействие;</li>
<li>существенно или полностью завершено.</li>
</ul>
<h3>Как звезда вычисляется на этом портале</h3>
<p>Звезду никто не вводит вручную: она выводится из оценки обязательства в отчете. Конкретность
(поддается оценке) — средняя или высокая; обязательство релевантно хотя бы одной из трех
ценностей — доступу к информации, гражданскому участию или общественной подотчетности
(технологии и инновации сами по себе не считаются); потенциальное воздействие —
преобразующее (в отчетах, опубликованных до 2015 года, было достаточно умеренного); выполнение —
существенное или полное.</p>
<p><a href="{reports}">Отчеты и оценки обязательств</a></p>
""",
            "ky": """
<p>Отчеттуулуктун 2 формасы бар.</p>
<h2>Иштеп чыгуу отчету</h2>
<p>УИПти түзүү процессинин сүрөттөлүшүн жана милдеттенмелердин мазмунун камтыйт.</p>
<ul>
<li>УИП бекитилгенден кийинки биринчи жарым жылда жүргүзүлөт жана иштеп чыгуу жана
консультациялар процессин, УИПти иштеп чыгууну камтыйт.</li>
<li>Милдеттенмелерди тариздөө: милдеттенмелер кандай болгон? Алардын амбициялуулугу эмнеде?</li>
<li>Сунуштарды берүү.</li>
</ul>
<h2>Аткаруу отчету</h2>
<p>УИПти түзүү аяктагандан кийин жүргүзүлөт, циклдин эки жылындагы ишке ашырууну, алгачкы
натыйжаларды камтыйт жана милдеттенмелерге жылдызча ыйгарат. Жылдызчаны төмөнкүдөй
милдеттенме алат:</p>
<ul>
<li>баалоого жарамдуу;</li>
<li>OGP принциптерине тиешелүү (релеванттуу):
<ul>
<li>маалыматка жетүү;</li>
<li>жарандык катышуу;</li>
<li>коомдук отчеттуулук;</li>
</ul>
</li>
<li>потенциалдуу таасири бар;</li>
<li>олуттуу же толук аткарылган.</li>
</ul>
<h3>Бул порталда жылдызча кантип аныкталат</h3>
<p>Жылдызчаны эч ким кол менен киргизбейт: ал отчеттогу милдеттенменин баасынан чыгарылат.
Конкреттүүлүгү (баалоого жарамдуулугу) — орточо же жогору; милдеттенме үч баалуулуктун жок
дегенде бирине — маалыматка жетүүгө, жарандык катышууга же коомдук отчеттуулукка тиешелүү
(технология жана инновациялар өзүнчө эсепке алынбайт); потенциалдуу таасири — өзгөртүп
түзүүчү (2015-жылга чейин жарыяланган отчеттордо орточо таасир жетиштүү болгон); аткарылыш
деңгээли — олуттуу же толук аткарылды.</p>
<p><a href="{reports}">Отчеттор жана милдеттенмелердин баалары</a></p>
""",
            "en": """
<p>There are 2 report forms.</p>
<h2>The design report</h2>
<p>Describes how the NAP was formed and what its commitments contain.</p>
<ul>
<li>Carried out in the first half year after the NAP is approved; covers the design and
consultation process and the drafting of the NAP.</li>
<li>The design of the commitments: what were the commitments? How ambitious are they?</li>
<li>Recommendations.</li>
</ul>
<h2>The implementation report</h2>
<p>Carried out when the NAP cycle is completed; covers implementation over the two years of the
cycle and early results, and awards stars to commitments. A commitment earns a star when it
is:</p>
<ul>
<li>verifiable;</li>
<li>relevant to OGP principles:
<ul>
<li>access to information;</li>
<li>civic participation;</li>
<li>public accountability;</li>
</ul>
</li>
<li>potentially impactful;</li>
<li>substantially or fully completed.</li>
</ul>
<h3>How this portal works out the star</h3>
<p>Nobody types the star in: it is derived from the commitment's assessment in a report.
Specificity (verifiability) medium or high; relevant to at least one of three values, access to
information, civic participation or public accountability (technology and innovation alone does
not count); potential impact transformative (in reports published before 2015, moderate was
enough); completion substantial or complete.</p>
<p><a href="{reports}">Reports and their assessments of commitments</a></p>
""",
        },
    },
    {
        "slug": "roles-and-responsibilities",
        "source_url": "",
        "title": {
            "ru": "Роли и обязанности Правительства и гражданского общества в OGP",
            "ky": "OGPдеги Өкмөттүн жана жарандык коомдун ролдору жана милдеттери",
            "en": "Roles and responsibilities of government and civil society in OGP",
        },
        "summary": {
            "ru": "Правительство отвечает за качество сотворчества и реализацию, гражданское "
            "общество представляет общественный интерес и реализует обязательства вместе с ним.",
            "ky": "Өкмөт биргелешип түзүүнүн сапаты жана ишке ашыруу үчүн жооп берет, жарандык "
            "коом коомдук кызыкчылыкты билдирет жана милдеттенмелерди аны менен бирге аткарат.",
            "en": "Government answers for the quality of co-creation and implementation; civil "
            "society represents the public interest and carries out commitments with it.",
        },
        "body": {
            "ru": """
<h2>Правительство</h2>
<ul>
<li>Несет полную ответственность за качество сотворчества, участия и реализацию
обязательств.</li>
<li>Поддерживает <a href="{about_secretariat}">Секретариат</a> и ведет учет реализации
инициатив.</li>
<li>Координирует работу с Парламентом КР.</li>
</ul>
<h2>Гражданское общество</h2>
<ul>
<li>Взаимодействует с другими субъектами гражданского общества и представляет общественный
интерес.</li>
<li>Обеспечивает обратную связь по процессу и реализации обязательств.</li>
<li>Совместно реализует обязательства OGP.</li>
</ul>
<p><a href="{forum}">Национальный форум</a> · <a href="{coalition}">Коалиция «Открытого
Правительства»</a></p>
""",
            "ky": """
<h2>Өкмөт</h2>
<ul>
<li>Биргелешип түзүүнүн, катышуунун сапаты жана милдеттенмелердин ишке ашырылышы үчүн толук
жоопкерчилик тартат.</li>
<li><a href="{about_secretariat}">Катчылыкты</a> колдойт жана демилгелердин ишке ашырылышын
эсепке алып турат.</li>
<li>КРдин Парламенти менен иштин координациясын жүргүзөт.</li>
</ul>
<h2>Жарандык коом</h2>
<ul>
<li>Жарандык коомдун башка субъекттери менен өз ара аракеттенет жана коомдук кызыкчылыкты
билдирет.</li>
<li>Милдеттенмелердин процесси жана ишке ашырылышы боюнча кайтарым байланышты камсыз
кылат.</li>
<li>OGP милдеттенмелерин биргелешип ишке ашырат.</li>
</ul>
<p><a href="{forum}">Улуттук форум</a> · <a href="{coalition}">Ачык өкмөт коалициясы</a></p>
""",
            "en": """
<h2>Government</h2>
<ul>
<li>Bears full responsibility for the quality of co-creation, participation and the
implementation of commitments.</li>
<li>Supports the <a href="{about_secretariat}">Secretariat</a> and keeps track of the
implementation of initiatives.</li>
<li>Coordinates the work with the Parliament of the Kyrgyz Republic.</li>
</ul>
<h2>Civil society</h2>
<ul>
<li>Works with other civil-society actors and represents the public interest.</li>
<li>Provides feedback on the process and on the implementation of commitments.</li>
<li>Carries out OGP commitments jointly.</li>
</ul>
<p><a href="{forum}">The National Forum</a> · <a href="{coalition}">The Open Government
Coalition</a></p>
""",
        },
    },
]

# After the home page's own figures and timeline, in the order the source document tells them.
FIRST_ORDER = 10
ORDER_STEP = 10
PUBLISHED_AT = datetime(2019, 4, 1)


def page_defaults(page, order):
    bodies = {}
    for language in LANGUAGES:
        text = page["body"][language].strip().format(**links(language))
        # Saved exactly as Page.save would store it, so a rerun compares equal.
        bodies[language] = sanitize_html(text)
    return {
        "order": order,
        "source_url": page["source_url"],
        "publication_state": PublicationState.PUBLISHED,
        "published_at": timezone.make_aware(PUBLISHED_AT),
        "is_sample": False,
        **fields(title=page["title"], summary=page["summary"], body=bodies),
    }


def load():
    counts = Counter()
    for index, page in enumerate(PAGES):
        order = FIRST_ORDER + index * ORDER_STEP
        _page, outcome = upsert(Page, {"slug": page["slug"]}, page_defaults(page, order))
        counts[outcome] += 1
    return counts
