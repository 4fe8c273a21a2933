"""The OGP explainer pages: every fact of the source, in three languages, reachable from /about/."""

import pytest
from django.urls import Resolver404, resolve
from django.utils import translation

from pages.models import Page
from publishing.sanitize import sanitize_html
from tests.helpers import tags, text

from .. import explainers

pytestmark = pytest.mark.django_db

LANGUAGES = ["ru", "ky", "en"]
SLUGS = [page["slug"] for page in explainers.PAGES]

# A few facts of the source document on each page, as each language says them.
FACTS = {
    "what-is-ogp": {
        "ru": ["с 8 участвующих стран до 79 и 15 субнациональных правительств", "Декларацию",
               "независимый отчет", "https://www.opengovpartnership.org/"],
        "ky": ["8 катышуучу өлкөдөн 79 өлкөгө жана 15 субулуттук", "декларациясын",
               "көз карандысыз отчет", "https://www.opengovpartnership.org/"],
        "en": ["from 8 participating countries to 79, and 15 subnational governments",
               "Open Government Declaration", "independent reporting", "2011"],
    },
    "unique-model": {
        "ru": ["Паритетное участие", "Гарантированные конкретные обязательства",
               "Привлечение всех стейкхолдеров", "звездные реформы"],
        "ky": ["паритеттик", "Кепилденген так милдеттенмелер", "стейкхолдерлерди",
               "жылдызчалуу реформалар"],
        "en": ["Equal participation", "Guaranteed concrete commitments",
               "Engaging all stakeholders", "starred reforms"],
    },
    "ogp-in-numbers": {
        "ru": ["20 сентября 2011 года", "79", "3098", "167", "3000+", "9</strong>"],
        "ky": ["2011-жылдын 20-сентябрында", "79", "3098", "167", "3000+", "9</strong>"],
        "en": ["20 September 2011", "79", "3,098", "167", "3,000+", "9</strong>"],
    },
    "kyrgyzstan-in-ogp": {
        "ru": ['datetime="2017-09-19"', 'datetime="2017-11-21"', "Премьер-министром",
               "антикоррупционного сектора Аппарата Правительства", 'datetime="2018-06"',
               'datetime="2018-10-16"', 'datetime="2018-01"',
               'href="http://ogp.el.kg/"'],
        "ky": ["2017-жылдын 19-сентябрында", "2017-жылдын 21-ноябрында", "Премьер-министрине",
               "коррупцияга каршы секторунун жетекчиси", "2018-жылдын июнунда",
               "2018-жылдын 16-октябрында", 'href="http://ogp.el.kg/"'],
        "en": ["19 September 2017", "21 November 2017", "Prime Minister",
               "Anti-Corruption Sector of the Government Office", "June 2018",
               "16 October 2018", "January", 'href="http://ogp.el.kg/"'],
    },
    "principles-and-criteria": {
        "ru": ["Доверие", "Взаимное убеждение", "Общая цель", "Совместное решение",
               "Горизонтальное лидерство", "Прозрачные коммуникации", "Прозрачность бюджета",
               "Раскрытие активов", "94 %", 'href="/ru/reports/eligibility/"'],
        "ky": ["Ишеним", "Өз ара ынандыруу", "Жалпы максат", "Биргелешкен чечим",
               "Горизонталдуу лидерлик", "Ачык-айкын байланыш", "Бюджеттик ачык-айкындуулук",
               "мүлктү декларациялоо", "94 %", 'href="/ky/reports/eligibility/"'],
        "en": ["Trust", "Mutual persuasion", "Common purpose", "Joint decision",
               "Horizontal leadership", "Transparent communication", "Asset disclosure",
               "Civic participation", "94 %", 'href="/en/reports/eligibility/"'],
    },
    "secretariat": {
        "ru": ["Рысалиев Иманкадыр Зарлыкович", "аудиозапись", "стенографические протоколы",
               'href="/ru/forum/secretariat/"'],
        "ky": ["Рысалиев Иманкадыр Зарлыкович", "аудио жазып алат", "стенограммаларын",
               'href="/ky/forum/secretariat/"'],
        "en": ["Imankadyr Zarlykovich Rysaliev", "audio recordings", "stenographic transcripts",
               'href="/en/forum/secretariat/"'],
    },
    "national-action-plan": {
        "ru": ["18 обязательств", "9 тематических групп", "двухлетнем календарном цикле",
               "без перерывов", "на английском языке"],
        "ky": ["18 милдеттенмеден", "9 тематикалык тобун", "эки жылдык календардык циклинде",
               "тыныгуусуз", "англис тилинде"],
        "en": ["18 commitments", "9 OGP thematic groups", "two-year calendar cycle",
               "no break", "in English"],
    },
    "nap-themes": {
        "ru": ["сквозные темы", "Ветви власти", "Государственные закупки", "Вовлечение граждан",
               'href="/ru/themes/"'],
        "ky": ["жалпы (кесилишкен)", "Бийлик бутактары", "Мамлекеттик сатып алуулар",
               "Жарандарды катыштыруу", 'href="/ky/themes/"'],
        "en": ["cross-cutting themes", "Branches of power", "Public procurement",
               "Citizen engagement", 'href="/en/themes/"'],
    },
    "monitoring-and-evaluation": {
        "ru": ["Каждое полугодие", "Independent Reporting Mechanism", "Альтернативный отчет",
               'href="/ru/reports/"'],
        "ky": ["Ар жарым жылда", "Отчеттуулуктун Көз карандысыз Механизми",
               "Альтернативдүү отчет", 'href="/ky/reports/"'],
        "en": ["Every half year", "Independent Reporting Mechanism", "alternative report",
               'href="/en/reports/"'],
    },
    "irm-tracking-progress": {
        "ru": ["совместным и открытым", "Кабинетное исследование", "Хранилище данных",
               "Фокус-группы", "Опросы"],
        "ky": ["биргелешкен жана ачык", "Кабинеттик изилдөө", "Маалыматтар кампасы",
               "фокус-топтор", "Сурамжылоолор"],
        "en": ["collaborative and open", "Desk research", "Data repository", "Focus groups",
               "Surveys"],
    },
    "irm-reports": {
        "ru": ["2 формы отчетности", "Отчет разработки", "Отчет исполнения",
               "существенно или полностью завершено", "общественная подотчетность"],
        "ky": ["2 формасы", "Иштеп чыгуу отчету", "Аткаруу отчету",
               "олуттуу же толук аткарылган", "коомдук отчеттуулук"],
        "en": ["2 report forms", "The design report", "The implementation report",
               "substantially or fully completed", "public accountability"],
    },
    "roles-and-responsibilities": {
        "ru": ["полную ответственность", "Поддерживает", "Парламентом КР",
               "представляет общественный интерес", "обратную связь", "Совместно реализует"],
        "ky": ["толук жоопкерчилик", "колдойт", "Парламенти", "коомдук кызыкчылыкты",
               "кайтарым байланышты", "биргелешип ишке ашырат"],
        "en": ["full responsibility", "Supports the", "Parliament of the Kyrgyz Republic",
               "represents the public interest", "feedback", "jointly"],
    },
}  # fmt: skip


def test_every_explainer_page_has_facts_to_check():
    assert set(FACTS) == set(SLUGS)
    assert len(SLUGS) == 12


@pytest.mark.parametrize("code", LANGUAGES)
def test_about_lists_every_explainer_page_in_each_language(client, code):
    html = text(client.get(f"/{code}/about/"))
    hrefs = {a.get("href") for a in tags(html, "a")}
    for slug in SLUGS:
        assert f"/{code}/about/{slug}/" in hrefs, slug


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("code", LANGUAGES)
def test_each_page_carries_the_source_facts_in_each_language(client, slug, code):
    response = client.get(f"/{code}/about/{slug}/")
    html = text(response)
    assert response.status_code == 200
    assert len(tags(html, "h1")) == 1
    assert tags(html, "html")[0]["lang"] == code
    assert "not yet translated" not in html
    assert "<script" not in html and "style=" not in html
    words = " ".join(html.split())  # the stored text breaks lines anywhere
    for fact in FACTS[slug][code]:
        assert fact in words, (slug, code, fact)


@pytest.mark.parametrize("code", LANGUAGES)
def test_links_inside_the_pages_stay_in_the_visitors_language_and_resolve(code):
    for page in Page.objects.filter(slug__in=SLUGS):
        body = getattr(page, f"body_{code}")
        for anchor in tags(body, "a"):
            href = anchor["href"]
            if href.startswith("/"):
                assert href.startswith(f"/{code}/"), (page.slug, href)
                try:
                    with translation.override(code):
                        resolve(href)
                except Resolver404:
                    pytest.fail(f"{page.slug}: {href} leads nowhere")
            else:
                assert href.startswith(("http://", "https://")), href


def test_pages_are_published_real_content_with_sources():
    pages = {page.slug: page for page in Page.objects.filter(slug__in=SLUGS)}
    assert set(pages) == set(SLUGS)
    assert all(page.is_published() and not page.is_sample for page in pages.values())
    assert pages["kyrgyzstan-in-ogp"].source_url == (
        "http://ogp.el.kg/ru/chtotakoe-partnerstvo-otkrytoe-pravitelstvo"
    )
    assert pages["nap-themes"].source_url == "http://ogp.el.kg/ru/tematiki"
    assert pages["irm-reports"].source_url == "http://ogp.el.kg/ru/otchety-irm-o-hode-realizacii"
    orders = [pages[slug].order for slug in SLUGS]
    assert orders == sorted(orders)


def test_the_bodies_are_stored_sanitised(client):
    for page in Page.objects.filter(slug__in=SLUGS):
        for code in LANGUAGES:
            body = getattr(page, f"body_{code}")
            assert body == sanitize_html(body)


def test_the_timeline_lists_kyrgyzstans_eight_steps_in_each_language():
    page = Page.objects.get(slug="kyrgyzstan-in-ogp")
    for code in LANGUAGES:
        timeline = getattr(page, f"body_{code}").split('id="kyrgyzstan-timeline"')[1]
        assert timeline.split("</ol>")[0].count("<li>") == 8


def test_loading_again_changes_nothing_and_restores_a_damaged_page():
    assert explainers.load() == {"unchanged": len(SLUGS)}
    page = Page.objects.get(slug="what-is-ogp")
    page.body_ky = ""
    page.save()
    assert explainers.load() == {"updated": 1, "unchanged": len(SLUGS) - 1}
    assert "OGP 2011-жылы" in Page.objects.get(slug="what-is-ogp").body_ky
