"""Staff edit reports with their files and assessments, and the eligibility scores."""

import pytest

from ..models import EligibilityScore, Report
from .factories import AssessmentFactory, PublishedReportFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


@pytest.mark.parametrize(
    "path",
    [
        "/admin/reports/report/",
        "/admin/reports/report/add/",
        "/admin/reports/eligibilityscore/",
        "/admin/reports/eligibilityscore/add/",
        "/admin/reports/report/?q=IRM",
        "/admin/reports/eligibilityscore/?q=Кыргыз",
    ],
)
def test_admin_pages_open(staff_client, path):
    assert staff_client.get(path).status_code == 200


def test_a_report_opens_with_files_and_assessments_inline_and_the_star_worked_out(
    staff_client, plan
):
    report = PublishedReportFactory(plan=plan)
    AssessmentFactory(report=report)
    html = staff_client.get(f"/admin/reports/report/{report.pk}/change/").content.decode()
    assert "files-TOTAL_FORMS" in html
    assert "assessments-TOTAL_FORMS" in html
    assert "Yes, starred" in html or "Да, со звездой" in html
    assert 'name="assessments-0-starred"' not in html  # shown, never typed in


def test_the_eligibility_list_shows_the_derived_total(staff_client):
    kyrgyzstan = EligibilityScore.objects.get(country_code="KG", year=2019)
    html = staff_client.get("/admin/reports/eligibilityscore/").content.decode()
    assert "94 %" in html
    assert (
        staff_client.get(f"/admin/reports/eligibilityscore/{kyrgyzstan.pk}/change/").status_code
        == 200
    )


def test_a_report_can_be_published_from_the_list(staff_client, plan):
    from .factories import DraftReportFactory

    draft = DraftReportFactory(plan=plan)
    response = staff_client.post(
        "/admin/reports/report/",
        {"action": "publish", "_selected_action": [draft.pk]},
        follow=True,
    )
    assert response.status_code == 200
    draft.refresh_from_db()
    assert draft.is_published()
    assert Report.objects.published().filter(pk=draft.pk).exists()
