"""A fixed number of queries per page, whatever the number of reports and assessments."""

import datetime

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from publishing.models import PublicationState

from ..choices import Completion, PotentialImpact, ReportKind, Specificity
from ..commitment_sections import commitment_context
from ..home import home_context
from ..models import Assessment, EligibilityScore, Report, ReportFile
from .factories import CommitmentFactory, EligibilityScoreFactory, PlanFactory

pytestmark = pytest.mark.django_db

REPORTS = 200
ASSESSMENTS_PER_REPORT = 25
KINDS = list(ReportKind.values)


def build_many():
    """200 published reports, each assessing the same 25 commitments, with a file each."""
    plan = PlanFactory()
    commitments = [
        CommitmentFactory(plan=plan, number=n) for n in range(1, ASSESSMENTS_PER_REPORT + 1)
    ]
    yesterday = timezone.now() - datetime.timedelta(days=1)
    reports = Report.objects.bulk_create(
        [
            Report(
                kind=KINDS[index % len(KINDS)],
                title_ru=f"Отчет {index}",
                title_ky=f"Отчет {index}",
                title_en=f"Report {index}",
                summary_ru="Кратко.",
                plan=plan,
                publication_year=2030 + index % 3,
                publication_state=PublicationState.PUBLISHED,
                published_at=yesterday,
            )
            for index in range(REPORTS)
        ]
    )
    ReportFile.objects.bulk_create(
        [
            ReportFile(
                report=report,
                language="ru",
                file=f"reports/test/{report.pk}.pdf",
                content_type="application/pdf",
                size=1000,
                original_filename="report.pdf",
            )
            for report in reports
        ]
    )
    Assessment.objects.bulk_create(
        [
            Assessment(
                report=report,
                commitment=commitment,
                specificity=Specificity.HIGH,
                relevant_to_civic_participation=True,
                potential_impact=PotentialImpact.TRANSFORMATIVE,
                completion=Completion.SUBSTANTIAL if index % 2 else Completion.LIMITED,
            )
            for report in reports
            for index, commitment in enumerate(commitments)
        ]
    )
    assert Assessment.objects.filter(report__plan=plan).count() == REPORTS * ASSESSMENTS_PER_REPORT
    return {"plan": plan, "reports": reports, "commitments": commitments}


@pytest.fixture
def many(db):
    return build_many()


def count_queries(call):
    with CaptureQueriesContext(connection) as context:
        call()
    return len(context.captured_queries)


def test_the_list_page_costs_the_same_with_200_reports(client, django_assert_num_queries):
    few = count_queries(lambda: client.get("/en/reports/"))
    # Years and the count in one grouped query, page of reports, their files, plans, footer.
    assert few == 5
    many = build_many()
    with django_assert_num_queries(few):
        response = client.get("/en/reports/")
    assert "Report 1" in response.content.decode()
    with django_assert_num_queries(few):
        client.get("/en/reports/", {"kind": ReportKind.ALTERNATIVE, "year": "2031"})
    with django_assert_num_queries(few):
        client.get("/en/reports/", {"kind": "bad", "page": "3"})
    # A chosen plan is checked against the plans the select shows: no query of its own.
    with django_assert_num_queries(few):
        response = client.get("/en/reports/", {"plan": many["plan"].slug})
    assert f'value="{many["plan"].slug}" selected' in response.content.decode()


def test_report_page_with_25_assessments_costs_as_much_as_with_one(
    client, many, plan, django_assert_num_queries
):
    small = Report.objects.create(
        kind=ReportKind.IRM_DESIGN,
        title_ru="Малый",
        title_en="Small",
        plan=plan,
        publication_year=2030,
        publication_state=PublicationState.PUBLISHED,
    )
    Assessment.objects.create(
        report=small,
        commitment=CommitmentFactory(plan=plan),
        specificity=Specificity.LOW,
        potential_impact=PotentialImpact.MINOR,
        completion=Completion.LIMITED,
    )
    one = count_queries(lambda: client.get(f"/en/reports/{small.pk}/"))
    big = many["reports"][0]
    with django_assert_num_queries(one):
        response = client.get(f"/en/reports/{big.pk}/")
    assert one == 4  # report with plan and author, files, assessments with commitments, footer
    assert response.content.decode().count('scope="row"') == ASSESSMENTS_PER_REPORT


def test_a_commitments_assessments_take_one_query_for_200_reports(many, django_assert_num_queries):
    commitment = many["commitments"][0]
    with django_assert_num_queries(1):
        context = commitment_context(commitment)
    assert len(context["assessments"]) == REPORTS
    with django_assert_num_queries(0):
        html = render_to_string("reports/_commitment_assessments.html", context)
    assert html.count("<a href=") > REPORTS  # every assessment is reachable


def test_home_takes_one_query(many, rf, django_assert_num_queries):
    with django_assert_num_queries(1):
        context = home_context(rf.get("/en/"))
    assert len(context["latest_reports"]) == 3
    with django_assert_num_queries(0):
        render_to_string("reports/_home_reports.html", context)


def test_the_feed_costs_two_queries_whatever_its_length(client, many, django_assert_num_queries):
    with django_assert_num_queries(2):
        response = client.get("/feeds/reports.en.atom")
    assert response.content.decode().count("<entry>") == 50


def test_the_eligibility_page_costs_the_same_with_many_countries(client, django_assert_num_queries):
    few = count_queries(lambda: client.get("/en/reports/eligibility/"))
    EligibilityScoreFactory.create_batch(60, year=2040)
    assert EligibilityScore.objects.count() >= 65
    with django_assert_num_queries(few):
        client.get("/en/reports/eligibility/")
    assert few == 2  # scores, footer contacts
