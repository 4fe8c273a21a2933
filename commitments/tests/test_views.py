"""The public pages in three languages: lists, a commitment, themes, plans, home, bad input."""

import re
import sys
import types

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from ogp_portal.content_version import bump_content_version
from publishing.models import PublicationState
from tests.helpers import tags, text

from .. import sections
from ..models import ActionPlanDocument, Commitment, MilestoneCompletion, MilestoneEvidence
from .factories import (
    DraftCommitmentFactory,
    DraftThemeFactory,
    MilestoneFactory,
    PublishedCommitmentFactory,
    PublishedPlanFactory,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["ru", "ky", "en"]


def url(name, prefix, **kwargs):
    with translation.override(prefix):
        return reverse(f"commitments:{name}", kwargs=kwargs or None)


def address(obj, language="ru"):
    with translation.override(language):
        return obj.get_absolute_url()


def demo(number):
    return Commitment.objects.get(plan__slug="2018-2020", number=number)


def page(client, path, status=200):
    response = client.get(path)
    assert response.status_code == status, path
    html = text(response)
    assert len(tags(html, "h1")) == 1, path
    return html


HEADINGS = {
    "list": {
        "ru": "Обязательства Национального плана действий",
        "ky": "Улуттук иш-аракеттер планынын милдеттенмелери",
        "en": "Commitments of the National Action Plan",
    },
    "themes": {
        "ru": "Тематики НПД",
        "ky": "УИПтин темалары",
        "en": "Themes of the National Action Plan",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["list", "themes"])
def test_index_pages_speak_the_visitors_language(client, name, language):
    html = page(client, url(name, language))
    assert tags(html, "html")[0]["lang"] == language
    assert HEADINGS[name][language] in html


@pytest.mark.parametrize(
    ("language", "title", "values_label"),
    [
        (
            "ru",
            "Реализация и продвижение политики открытых данных в Кыргызской Республике",
            "Доступ к информации",
        ),
        (
            "ky",
            "Кыргыз Республикасында ачык маалыматтар саясатын ишке ашыруу жана илгерилетүү",
            "Маалыматка жетүү",
        ),
        (
            "en",
            "Implementation and promotion of open data policy in the Kyrgyz Republic",
            "Access to information",
        ),
    ],
)
def test_commitment_page_shows_both_numbers_contacts_and_values(
    client, language, title, values_label
):
    html = page(client, url("detail", language, plan="2018-2020", number=11))
    assert title in html
    assert "№ 11" in html
    assert "KG0001" in html
    assert 'href="mailto:k.shatemirov@gmail.com"' in html
    assert 'href="tel:+996552997779"' in html
    assert values_label in html


def test_commitment_3_names_every_contact_co_implementer_and_partner_as_the_source_does(client):
    html = page(client, url("detail", "ru", plan="2018-2020", number=3))
    assert "KG0026" in html
    assert "Эрмек Нурбеков" in html
    assert "Заведующий сектором антикоррупционной политики" in html
    assert 'href="mailto:ermek777@gmail.com"' in html
    assert 'href="tel:+996555773773">+996 555 773 773</a>' in html
    assert "Аппарат Правительства Кыргызской Республики" in html
    for co_implementer in (
        "Министерство юстиции Кыргызской Республики",
        "Генеральная прокуратура Кыргызской Республики",
    ):
        assert co_implementer in html
    for partner in ("ОО «Результат»", "Институт Политики Развития"):
        assert partner in html.replace("&laquo;", "«").replace("&raquo;", "»")


def test_commitment_17_says_its_ogp_identifier_is_not_known(client):
    html = page(client, url("detail", "en", plan="2018-2020", number=17))
    assert "№ 17" in html
    assert "OGP identifier: not known" in html
    assert "Aida Kamchybekovna Kasymalieva" in html
    assert 'href="tel:+996312638783"' in html
    for partner in (
        "United Nations Development Programme (UNDP)",
        "Soros Foundation–Kyrgyzstan",
        "Alliance for Civic Initiatives Promotion",
    ):
        assert partner in html
    html_ru = page(client, url("detail", "ru", plan="2018-2020", number=17))
    assert "Идентификатор OGP: не известен" in html_ru


def test_commitment_19_lists_both_emails_and_the_partners_with_their_roles(client):
    html = page(client, url("detail", "ru", plan="2018-2020", number=19))
    assert "KG0017" in html
    assert 'href="mailto:a.bekmatov@mail.ru"' in html
    assert 'href="mailto:bekmatov@shailoo.gov.kg"' in html
    assert 'href="tel:+996312664862"' in html
    assert "Государственная регистрационная служба" in html
    assert "Абдрахматова Атыр</span> – Член Национального форума, член ЦИК КР" in html
    assert "Ирискулбеков Эрик" in html
    assert "Исполнительный директор ОО" in html


def test_missing_texts_are_marked_rather_than_invented(client):
    html = page(client, url("detail", "en", plan="2018-2020", number=3))
    assert html.count("Not stated in the source document.") == 3  # problem, objective, change
    assert "Not stated in the sources." in html  # OGP values for № 3


def test_milestones_show_status_overdue_and_the_sample_badge(client, today):
    commitment = PublishedCommitmentFactory()
    MilestoneFactory(
        commitment=commitment,
        order=1,
        activity_en="Publish the register",
        completion=MilestoneCompletion.IN_PROGRESS,
        end_date=today.replace(year=today.year - 1),
        is_sample=True,
    )
    MilestoneFactory(
        commitment=commitment,
        order=2,
        activity_en="Adopt the rules",
        completion=MilestoneCompletion.COMPLETED,
        end_date=today.replace(year=today.year - 1),
    )
    MilestoneFactory(
        commitment=commitment,
        order=3,
        activity_en="Train the staff",
        completion=MilestoneCompletion.NOT_STARTED,
        end_date=today,
    )
    html = page(client, address(commitment, "en"))
    timeline = html.split('class="milestone-timeline"')[1]
    assert timeline.index("Publish the register") < timeline.index("Adopt the rules")
    first, second, third = re.split(r'<li id="milestone-\d+" class="milestone ', timeline)[1:4]
    assert "milestone-overdue" in first and "Overdue" in first and "Sample data" in first
    assert "Overdue" not in second and "Completed" in second
    assert "Overdue" not in third  # ends today: not late yet
    assert "1 of 3 milestones completed" in html


def test_progress_is_a_bar_and_the_count_behind_it(client):
    commitment = PublishedCommitmentFactory()
    for completion in ["completed", "completed", "in_progress", "not_started", "delayed"]:
        MilestoneFactory(commitment=commitment, completion=completion)
    html = page(client, address(commitment, "en"))
    bars = tags(html, "progress")
    assert bars[0]["max"] == "5" and bars[0]["value"] == "2"
    assert bars[0]["aria-label"]
    assert "2 of 5 milestones completed (40%)" in html
    html_ru = page(client, address(commitment))
    assert "Выполнено 2 из 5 этапов" in html_ru


def test_a_commitment_without_milestones_says_so(client):
    commitment = PublishedCommitmentFactory()
    html = page(client, address(commitment, "en"))
    assert "No milestones recorded yet." in html
    assert not tags(html, "progress")


@pytest.mark.parametrize(
    ("language", "phrase"),
    [("ru", "Страница не найдена"), ("ky", "Барак табылган жок"), ("en", "Page not found")],
)
@pytest.mark.parametrize(
    "path",
    [
        "commitments/1999-2000/3/",
        "commitments/2018-2020/4/",
        "commitments/2018-2020/99999999999999/",
        "commitments/1999-2000/",
        "themes/no-such-theme/",
        "commitments/2018-2020/document/xx/",
        "commitments/evidence/999999/",
    ],
)
def test_unknown_plan_number_or_theme_is_a_404_in_the_visitors_language(
    client, language, phrase, path
):
    response = client.get(f"/{language}/{path}")
    assert response.status_code == 404
    html = text(response)
    assert phrase in html
    assert tags(html, "html")[0]["lang"] == language


def test_drafts_are_hidden_from_visitors_and_previewed_by_staff(client, staff_user):
    draft = DraftCommitmentFactory(title_en="A draft promise")
    in_draft_plan = PublishedCommitmentFactory(plan=PublishedPlanFactory(publication_state="draft"))
    draft_theme = DraftThemeFactory()
    for obj in (draft, in_draft_plan, draft_theme, in_draft_plan.plan):
        assert client.get(address(obj)).status_code == 404
    client.force_login(staff_user)
    response = client.get(address(draft, "en"))
    assert response.status_code == 200
    assert "Draft: only staff can see this page." in text(response)
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"


@pytest.mark.parametrize("value", ["abc", "0", "-3", "99999", "1.5"])
def test_a_bad_page_number_is_never_an_error(client, known_plan, value):
    response = client.get(url("list", "en"), {"page": value})
    assert response.status_code == 200
    html = text(response)
    assert "Open data portal" in html or "Streaming parliament meetings" in html


def test_pagination_keeps_the_filters_in_the_address(client, known_plan):
    for number in range(10, 40):
        PublishedCommitmentFactory(
            plan=known_plan.plan_b, number=number, themes=[known_plan.theme_2]
        )
    html = text(client.get(url("list", "en"), {"theme": "theme-two"}))
    assert "33 commitments found" in html
    assert "Page 1 of 2" in html
    next_links = [a["href"] for a in tags(html, "a") if a.get("rel") == "next"]
    assert next_links == ["?theme=theme-two&page=2"]
    second = text(client.get(url("list", "en") + next_links[0]))
    assert "Page 2 of 2" in second


def test_the_filter_form_is_a_plain_get_form_with_labels(client, known_plan):
    html = page(client, url("list", "en"))
    form = next(f for f in tags(html, "form") if "filters" in f.get("class", ""))
    assert form["method"] == "get"
    labels = {label["for"] for label in tags(html, "label")}
    for name in ("q", "plan", "theme", "status", "lead_agency", "value", "overdue", "sort"):
        assert f"id_{name}" in labels
    assert "<script" not in html


def test_filters_narrow_the_page_and_keep_their_state(client, known_plan):
    html = page(client, url("list", "en") + "?plan=2030-2032&overdue=yes")
    assert "Open data portal" in html
    assert "Budget hearings" not in html
    assert "Streaming parliament meetings" not in html
    assert '<option value="2030-2032" selected>' in html
    assert '<option value="yes" selected>' in html
    assert "1 commitment found" in html


@pytest.mark.parametrize(
    ("language", "message", "found"),
    [
        ("en", "Some filters could not be applied", "4 commitments found"),
        ("ru", "Некоторые фильтры не удалось применить", "Найдено 4 обязательства"),
        ("ky", "Айрым чыпкаларды колдонууга мүмкүн болгон жок", "4 милдеттенме табылды"),
    ],
)
def test_an_invalid_filter_shows_the_error_and_the_whole_list(
    client, known_plan, language, message, found
):
    response = client.get(url("list", language), {"status": "bogus", "plan": "2030-2032"})
    assert response.status_code == 200
    html = text(response)
    assert message in html
    assert 'class="errorlist"' in html
    assert 'aria-invalid="true"' in html
    assert found in html
    for commitment in (known_plan.c1, known_plan.c2, known_plan.c3, known_plan.c4):
        assert getattr(commitment, f"title_{language}") in html


def test_the_theme_filter_takes_published_themes_only(client, known_plan, memo):
    """The theme filter checks the chosen slug against the published themes kept in memory:
    a theme returned to draft is refused like an unknown one, at once, with the memo on."""
    html = page(client, url("list", "en") + "?theme=theme-one")
    assert '<option value="theme-one" selected>' in html
    assert "Open data portal" in html
    assert "Budget hearings" not in html
    known_plan.theme_1.publication_state = PublicationState.DRAFT
    known_plan.theme_1.save()
    # What the commit does (the test's transaction never commits; see test_content_memo.py).
    bump_content_version()
    html = page(client, url("list", "en") + "?theme=theme-one")
    assert "Some filters could not be applied" in html
    assert "4 commitments found" in html


def test_theme_counts_are_shown_beside_the_list(client, known_plan):
    html = page(client, url("list", "en") + "?plan=2030-2032")
    counts = html.split('class="theme-counts"')[1].split("</ul>")[0]
    assert 'href="?plan=2030-2032&amp;theme=theme-one"' in counts
    assert 'Theme one</a> <span class="count">2</span>' in counts


def test_theme_links_and_downloads_keep_the_filters_and_start_on_the_first_page(client, known_plan):
    html = page(client, url("list", "en") + "?theme=theme-two&page=1&plan=2030-2032")
    counts = html.split('class="theme-counts"')[1].split("</ul>")[0]
    # The chosen theme is replaced where it stood; the page number is dropped.
    assert 'href="?theme=theme-one&amp;plan=2030-2032"' in counts
    assert 'href="?theme=theme-two&amp;plan=2030-2032" aria-current="true"' in counts
    downloads = html.split('class="downloads"')[1].split("</ul>")[0]
    for name in ("export_csv", "export_json", "milestones_csv", "milestones_json"):
        assert f'href="{url(name, "en")}?theme=theme-two&amp;plan=2030-2032"' in downloads


@pytest.mark.parametrize("language", LANGUAGES)
def test_themes_page_lists_the_ten_themes_of_the_source(client, language):
    html = page(client, url("themes", language))
    expected = {
        "ru": ["Доступ к информации и открытым данным", "Меры общественной добросовестности"],
        "ky": ["Маалыматка жана ачык маалыматка жетүү", "Шайлоо жана саясий каржылоо"],
        "en": ["Access to information and open data", "Citizen engagement"],
    }[language]
    for name in expected:
        assert name in html
    assert len([h for h in tags(html, "h2") if "card-title" in h.get("class", "")]) == 10


def test_theme_page_lists_its_commitments(client):
    html = page(client, url("theme", "en", slug="elections-and-political-finance"))
    assert "Elections and political finance" in html
    assert "№ 19" in html
    assert "№ 11" not in html
    assert "1 commitment under this theme" in html


@pytest.mark.parametrize(
    ("language", "act"),
    [
        ("ru", "Распоряжение Правительства Кыргызской Республики от 16 октября 2018 года № 360-б"),
        ("ky", "2018-жылдын 16-октябрындагы № 360-б буйругу"),
        ("en", "Order of the Government of the Kyrgyz Republic № 360-б of 16 October 2018"),
    ],
)
def test_plan_page_gives_the_adopting_act_period_and_commitments(client, language, act):
    html = page(client, url("plan", language, plan="2018-2020"))
    assert act in html
    assert 'datetime="2018-09-01"' in html and 'datetime="2020-08-31"' in html
    assert 'datetime="2018-10-16"' in html
    for number in (3, 11, 17, 19):
        assert f"/{language}/commitments/2018-2020/{number}/" in html


def test_plan_documents_are_offered_per_language_and_downloaded(client):
    plan = PublishedPlanFactory()
    ActionPlanDocument.objects.create(
        plan=plan,
        language="ky",
        file=SimpleUploadedFile("план.txt", "Пландын тексти".encode()),
    )
    html = page(client, address(plan))
    link = url("plan_document", "ru", plan=plan.slug, language="ky")
    assert f'href="{link}" hreflang="ky"' in html
    response = client.get(link)
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert f"ogp-kg-action-plan-{plan.slug}-ky.txt" in response["Content-Disposition"]
    assert b"".join(response.streaming_content).decode() == "Пландын тексти"
    assert client.get(url("plan_document", "ru", plan=plan.slug, language="en")).status_code == 404


def test_milestone_evidence_files_are_linked_and_downloadable(client):
    milestone = MilestoneFactory(completion="completed")
    evidence = MilestoneEvidence.objects.create(
        milestone=milestone,
        title_ru="Протокол",
        file=SimpleUploadedFile("protocol.txt", b"minutes"),
    )
    html = page(client, address(milestone.commitment))
    assert f'href="{address(evidence)}"' in html
    response = client.get(address(evidence))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"minutes"


def test_evidence_of_a_draft_commitment_is_not_served(client):
    milestone = MilestoneFactory(commitment=DraftCommitmentFactory())
    evidence = MilestoneEvidence.objects.create(
        milestone=milestone, file=SimpleUploadedFile("x.txt", b"secret")
    )
    assert client.get(address(evidence)).status_code == 404


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("ru", "Текущий план действий вкратце"),
        ("ky", "Учурдагы иш-аракеттер планы кыскача"),
        ("en", "The current action plan at a glance"),
    ],
)
def test_home_page_shows_the_current_plan_by_theme(client, language, heading):
    response = client.get(f"/{language}/")
    html = text(response)
    summary = response.context["plan_summary"]
    assert summary.plan.slug == "2018-2020"
    assert summary.commitment_count == 4
    assert heading in html
    section = html.split('id="current-plan-heading"')[1].split("</section>")[0]
    assert f"/{language}/themes/elections-and-political-finance/" in section
    assert f"/{language}/commitments/2018-2020/19/" in section
    assert "<progress" in section
    themes = {item.theme.slug: item.commitment_count for item in summary.themes}
    assert themes == {
        "access-to-information": 1,
        "branches-of-power": 1,
        "elections-and-political-finance": 1,
        "public-integrity": 1,
        "citizen-engagement": 1,
    }


def test_home_has_no_plan_section_without_a_plan_in_implementation(client):
    from ..models import ActionPlan

    ActionPlan.objects.update(status="completed")
    response = client.get("/en/")
    assert "plan_summary" not in response.context
    assert "current-plan-heading" not in text(response)


def test_other_apps_attach_sections_through_providers(client, monkeypatch):
    provider = types.ModuleType("fake_provider")
    seen = []

    def commitment_context(commitment):
        seen.append(commitment.number)
        return {"assessments": None, "extra_from_provider": "yes"}

    provider.commitment_context = commitment_context
    monkeypatch.setitem(sys.modules, "fake_provider", provider)
    monkeypatch.setattr(
        sections, "COMMITMENT_SECTION_PROVIDERS", ["fake_provider", "no_such_app.sections"]
    )
    response = client.get(url("detail", "en", plan="2018-2020", number=11))
    assert response.status_code == 200
    assert seen == [11]
    assert response.context["extra_from_provider"] == "yes"
    assert "reports-assessments" not in text(response)  # None: the partial is not included


def test_a_section_whose_partial_is_missing_does_not_take_the_page_down(client, monkeypatch):
    provider = types.ModuleType("fake_provider_missing")
    provider.commitment_context = lambda commitment: {"related_meetings": []}
    monkeypatch.setitem(sys.modules, "fake_provider_missing", provider)
    monkeypatch.setattr(sections, "COMMITMENT_SECTION_PROVIDERS", ["fake_provider_missing"])
    monkeypatch.setitem(sections.SECTION_TEMPLATES, "related_meetings", "forum/_no_such.html")
    response = client.get(url("detail", "en", plan="2018-2020", number=11))
    assert response.status_code == 200


@pytest.mark.parametrize("name", ["list", "themes"])
def test_pages_answer_only_get(client, name):
    assert client.post(url(name, "en")).status_code == 405


def test_language_switcher_keeps_the_commitment(client):
    html = page(client, url("detail", "ky", plan="2018-2020", number=19))
    alternates = {
        link["hreflang"]: link["href"] for link in tags(html, "link") if "hreflang" in link
    }
    assert alternates["en"].endswith("/en/commitments/2018-2020/19/")
    assert alternates["ru"].endswith("/ru/commitments/2018-2020/19/")


def test_the_demo_commitments_are_reachable_from_the_list(client):
    html = page(client, url("list", "ru"))
    for number in (3, 11, 17, 19):
        assert f'href="{address(demo(number))}"' in html
    assert "Найдено 4 обязательства" in html
