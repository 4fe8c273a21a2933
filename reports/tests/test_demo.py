"""The demo content: the source's eligibility table, real IRM reports, and marked samples."""

import datetime
import re

import pytest

from commitments.models import ActionPlan, Commitment, PlanStatus
from publishing.models import PublicationState

from .. import demo
from ..choices import ReportKind
from ..models import Assessment, EligibilityScore, Report

pytestmark = pytest.mark.django_db


def test_the_eligibility_table_is_exactly_the_source_documents():
    scores = list(EligibilityScore.objects.published().filter(year=2019))
    table = [
        (
            score.country_ru,
            score.fiscal_transparency,
            score.access_to_information,
            score.asset_disclosure,
            score.civic_participation,
            score.total_percentage,
        )
        for score in scores
    ]
    assert table == [
        ("Азербайджан", 4, 4, 2, 2, 75),
        ("Казахстан", 4, 4, 2, 2, 75),
        ("Кыргызстан", 4, 4, 4, 3, 94),
        ("Таджикистан", 2, 4, 2, 1, 56),
        ("Узбекистан", None, 4, 0, 1, 42),
    ]
    assert [score.highlighted for score in scores] == [False, False, True, False, False]
    assert not any(score.is_sample for score in scores)
    assert scores[0].source_note_en == "as given in the 2019 source document"


def test_the_real_irm_reports_cite_their_sources_and_are_not_samples():
    design = Report.objects.get(source_url__contains="kyrgyz-republic-design-report-2018-2020")
    assert design.kind == ReportKind.IRM_DESIGN
    assert design.publication_year == 2021
    assert not design.is_sample
    assert "17 (94 %)" in design.summary_en and "Potentially starred: 0" in design.summary_en
    results = Report.objects.get(source_url__contains="transitional-results-report-2018-2020")
    assert results.kind == ReportKind.IRM_IMPLEMENTATION and not results.is_sample
    assert not design.files.exists() and not results.files.exists()


def test_there_is_one_sample_report_of_each_kind_with_a_file_per_language():
    samples = Report.objects.published().filter(is_sample=True)
    assert sorted(samples.values_list("kind", flat=True)) == sorted(ReportKind.values)
    for report in samples:
        assert sorted(report.files.values_list("language", flat=True)) == ["en", "ky", "ru"]
        kinds = {stored.language: stored.content_type for stored in report.files.all()}
        assert kinds["en"] == "application/pdf"
        assert kinds["ru"] == kinds["ky"] == "text/plain; charset=utf-8"


def test_the_sample_pdf_is_a_real_pdf(client):
    report = Report.objects.filter(is_sample=True).first()
    stored = report.files.get(language="en")
    content = b"".join(client.get(stored.get_absolute_url()).streaming_content)
    assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")
    assert b"/Type /Page " in content and b"SAMPLE REPORT" in content
    # The cross-reference table points at every object, so readers open it without repair.
    xref = int(re.search(rb"startxref\n(\d+)", content).group(1))
    assert content[xref : xref + 4] == b"xref"
    offsets = [int(offset) for offset in re.findall(rb"(\d{10}) 00000 n", content)]
    assert len(offsets) == 5
    for number, offset in enumerate(offsets, start=1):
        assert content[offset:].startswith(f"{number} 0 obj".encode())


@pytest.fixture
def plan_2018_2020():
    """The plan and commitments No. 3, 11, 17, 19, as the commitments demo provides them."""
    plan = ActionPlan.objects.filter(slug=demo.PLAN_SLUG).first()
    if plan is None:
        plan = ActionPlan.objects.create(
            number=1,
            slug=demo.PLAN_SLUG,
            title="НПД 2018–2020",
            start_date=datetime.date(2018, 9, 1),
            end_date=datetime.date(2020, 8, 31),
            status=PlanStatus.COMPLETED,
            publication_state=PublicationState.PUBLISHED,
        )
    for number in (3, 11, 17, 19):
        Commitment.objects.get_or_create(
            plan=plan,
            number=number,
            defaults={"title": f"№ {number}", "publication_state": PublicationState.PUBLISHED},
        )
    demo.load()
    return plan


def test_the_sample_assessments_show_every_outcome_of_the_star(plan_2018_2020):
    assessments = Assessment.objects.filter(report__is_sample=True).select_related("report")
    outcomes = {tuple(sorted(key for key, met in a.star_conditions.items() if not met))
                for a in assessments}  # fmt: skip
    assert () in outcomes  # starred
    for condition in ("specificity", "relevance", "potential_impact", "completion"):
        assert (condition,) in outcomes, condition  # not starred for that reason alone
    technology_only = [
        a
        for a in assessments
        if a.relevant_to_technology_and_innovation
        and not any(
            (
                a.relevant_to_access_to_information,
                a.relevant_to_civic_participation,
                a.relevant_to_public_accountability,
            )
        )
    ]
    assert technology_only and not any(a.is_starred for a in technology_only)
    numbers = set(assessments.values_list("commitment__number", flat=True))
    assert numbers == {3, 11, 17, 19}
    assert all(a.report.plan == plan_2018_2020 for a in assessments)


def test_the_demo_loads_again_without_changes(plan_2018_2020):
    counts = demo.load()
    assert counts["created"] == 0 and counts["updated"] == 0
    assert counts["unchanged"] > 0


def test_commitment_3_shows_its_star_and_the_differences(client, plan_2018_2020):
    commitment = Commitment.objects.get(plan=plan_2018_2020, number=3)
    from ..commitment_sections import commitment_context

    assessments = commitment_context(commitment)["assessments"]
    assert {a.report.kind for a in assessments} == set(ReportKind.values)
    irm = next(a for a in assessments if a.report.kind == ReportKind.IRM_IMPLEMENTATION)
    assert irm.is_starred
    forum = next(a for a in assessments if a.report.kind == ReportKind.FORUM_SEMIANNUAL)
    assert not forum.is_starred and forum.unmet_star_conditions
