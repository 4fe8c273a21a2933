"""The Secretariat's screens: add and change a commitment with its milestones and partners."""

import pytest
from django.urls import reverse

from directory.demo import organization, person

from ..models import ActionPlan, Commitment, CommitmentPartner, Milestone, Theme
from .factories import MilestoneFactory, PublishedCommitmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, staff_user):
    client.force_login(staff_user)
    return client


def inline_management(prefix, total=0, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


@pytest.mark.parametrize("model", ["actionplan", "theme", "commitment", "milestone"])
def test_every_list_and_add_form_opens(admin_client, model):
    for view in ("changelist", "add"):
        response = admin_client.get(reverse(f"admin:commitments_{model}_{view}"))
        assert response.status_code == 200, (model, view)


def test_commitment_list_searches_filters_and_shows_missing_translations(admin_client):
    PublishedCommitmentFactory(title_ru="Только по-русски", title_ky="", title_en="", number=88)
    changelist = reverse("admin:commitments_commitment_changelist")
    html = admin_client.get(changelist, {"q": "KG0001"}).content.decode()
    assert "Реализация и продвижение политики открытых данных" in html
    assert "Укрепление парламентской демократии" not in html
    html = admin_client.get(changelist, {"q": "Только по-русски"}).content.decode()
    assert "translation-missing" in html
    assert "KY, EN" in html
    plan = ActionPlan.objects.get(slug="2018-2020")
    html = admin_client.get(changelist, {"plan__id__exact": plan.pk}).content.decode()
    assert "KG0017" in html and "KG0026" in html
    assert "2 из 4" in html  # progress column (№ 3 of the demo), in the staff's Russian


def test_staff_add_a_commitment_with_milestones_and_partners(admin_client):
    plan = ActionPlan.objects.get(slug="2018-2020")
    theme = Theme.objects.get(slug="public-procurement")
    lead = organization("ministry-of-justice")
    data = {
        "plan": plan.pk,
        "number": "5",
        "ogp_id": "KG0011",
        "title_ru": "Улучшение доступа к информации государственных и муниципальных органов",
        "title_ky": "Мамлекеттик жана муниципалдык органдардын маалыматына жетүүнү жакшыртуу",
        "title_en": "Improving access to information of state and municipal authorities",
        "status": "in_progress",
        "themes": [theme.pk],
        "lead_agency": lead.pk,
        "responsible_official": person("nurbekov").pk,
        "co_implementers": [organization("gkits").pk],
        "relevant_to_access_to_information": "on",
        "publication_state": "draft",
        "published_at_0": "",
        "published_at_1": "",
        **inline_management("milestones", total=1),
        "milestones-0-order": "1",
        "milestones-0-activity_ru": "Разработать стандарт",
        "milestones-0-activity_ky": "Стандартты иштеп чыгуу",
        "milestones-0-activity_en": "Draft the standard",
        "milestones-0-completion": "completed",
        "milestones-0-start_date": "2019-01-01",
        "milestones-0-end_date": "2019-06-30",
        **inline_management("partners", total=1),
        "partners-0-organization": organization("rezultat").pk,
        "partners-0-kind": "civil_society",
        "partners-0-order": "1",
    }
    response = admin_client.post(reverse("admin:commitments_commitment_add"), data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    commitment = Commitment.objects.get(plan=plan, number=5)
    assert commitment.title_ky.startswith("Мамлекеттик")
    assert commitment.lead_agency == lead
    assert list(commitment.themes.all()) == [theme]
    assert commitment.relevant_to_access_to_information
    milestone = commitment.milestones.get()
    assert milestone.activity_en == "Draft the standard"
    assert commitment.partners.get().organization.slug == "rezultat"
    assert commitment.history.earliest().history_type == "+"
    assert commitment.history.earliest().history_user.username == "editor"
    assert [row.theme_id for row in commitment.history.first().themes.all()] == [theme.pk]


def test_staff_change_a_commitment_and_its_milestone(admin_client):
    commitment = PublishedCommitmentFactory(title_en="Old title")
    milestone = MilestoneFactory(commitment=commitment, order=1, completion="in_progress")
    change = reverse("admin:commitments_commitment_change", args=[commitment.pk])
    assert admin_client.get(change).status_code == 200
    data = {
        "plan": commitment.plan.pk,
        "number": commitment.number,
        "ogp_id": "",
        "title_ru": commitment.title_ru,
        "title_ky": commitment.title_ky,
        "title_en": "New title",
        "status": "completed",
        "lead_agency": commitment.lead_agency.pk,
        "co_implementers": [organization("grs").pk],
        "publication_state": "published",
        "published_at_0": commitment.published_at.strftime("%Y-%m-%d"),
        "published_at_1": commitment.published_at.strftime("%H:%M:%S"),
        **inline_management("milestones", total=1, initial=1),
        "milestones-0-id": milestone.pk,
        "milestones-0-commitment": commitment.pk,
        "milestones-0-order": "1",
        "milestones-0-activity_ru": milestone.activity_ru,
        "milestones-0-activity_ky": milestone.activity_ky,
        "milestones-0-activity_en": milestone.activity_en,
        "milestones-0-completion": "completed",
        **inline_management("partners"),
    }
    response = admin_client.post(change, data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    commitment.refresh_from_db()
    milestone.refresh_from_db()
    assert commitment.title_en == "New title"
    assert commitment.status == "completed"
    assert milestone.completion == "completed"
    latest = commitment.history.first()  # the edit is recorded, co-implementers included
    assert latest.title_en == "New title"
    assert [row.organization_id for row in latest.co_implementers.all()] == [organization("grs").pk]


def test_a_partner_with_neither_organization_nor_person_is_refused(admin_client):
    commitment = PublishedCommitmentFactory()
    change = reverse("admin:commitments_commitment_change", args=[commitment.pk])
    data = {
        "plan": commitment.plan.pk,
        "number": commitment.number,
        "title_ru": commitment.title_ru,
        "title_ky": commitment.title_ky,
        "title_en": commitment.title_en,
        "status": commitment.status,
        "publication_state": "draft",
        **inline_management("milestones"),
        **inline_management("partners", total=1),
        "partners-0-kind": "civil_society",
        "partners-0-order": "1",
    }
    response = admin_client.post(change, data)
    assert response.status_code == 200
    assert "Выберите организацию, лицо или обоих." in response.content.decode()
    assert not CommitmentPartner.objects.filter(commitment=commitment).exists()


def test_milestone_page_and_autocomplete_for_people(admin_client):
    milestone = Milestone.objects.filter(commitment__number=11).first()
    response = admin_client.get(reverse("admin:commitments_milestone_change", args=[milestone.pk]))
    assert response.status_code == 200
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "commitments",
            "model_name": "commitment",
            "field_name": "responsible_official",
            "term": "Шатемиров",
        },
    )
    assert response.status_code == 200
    assert "Шатемиров" in response.json()["results"][0]["text"]


def test_plan_admin_has_documents_inline(admin_client):
    plan = ActionPlan.objects.get(slug="2018-2020")
    html = admin_client.get(
        reverse("admin:commitments_actionplan_change", args=[plan.pk])
    ).content.decode()
    assert "documents-TOTAL_FORMS" in html
