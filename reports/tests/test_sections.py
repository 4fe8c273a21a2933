"""What other pages show from this app: a commitment's assessments side by side, home reports."""

import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from tests.helpers import tags, text

from ..choices import Completion, OpenedGovernment, PotentialImpact, ReportKind, Specificity
from ..commitment_sections import commitment_context
from ..home import home_context
from .factories import (
    AssessmentFactory,
    CommitmentFactory,
    DraftReportFactory,
    PublishedReportFactory,
)

pytestmark = pytest.mark.django_db


def render(context, language="en"):
    with translation.override(language):
        return render_to_string("reports/_commitment_assessments.html", context)


def row(html, label):
    """The cells of the comparison row whose header is `label`."""
    body = html.split("<tbody>")[1]
    for chunk in body.split("<tr")[1:]:
        if f'<th scope="row">{label}</th>' in chunk:
            return [cell.split(">", 1)[1].split("</td>")[0] for cell in chunk.split("<td")[1:]]
    raise AssertionError(f"no row {label}")


@pytest.fixture
def commitment(plan):
    return CommitmentFactory(plan=plan, number=3)


def assess(commitment, kind, year, **fields):
    report = PublishedReportFactory(
        plan=commitment.plan, kind=kind, publication_year=year, publication_date=None
    )
    return AssessmentFactory(report=report, commitment=commitment, **fields)


def test_the_three_sources_stand_side_by_side_with_differences_marked_in_words(commitment):
    assess(commitment, ReportKind.FORUM_SEMIANNUAL, 2030, completion=Completion.LIMITED)
    irm = assess(
        commitment,
        ReportKind.IRM_IMPLEMENTATION,
        2031,
        did_it_open_government=OpenedGovernment.MAJOR,
    )
    assess(commitment, ReportKind.ALTERNATIVE, 2031, completion=Completion.LIMITED)
    html = render(commitment_context(commitment))
    headers = [th for th in html.split("<thead>")[1].split("</thead>")[0].split("<th ")[1:]]
    assert "The Forum&#x27;s report" in headers[1]
    assert "The IRM" in headers[2]
    assert "The alternative report" in headers[3]
    assert "Do the reports agree?" in headers[4]
    assert f"/en/reports/{irm.report.pk}/" in headers[2]
    # Specificity: all the same.
    assert row(html, "Specificity (verifiability)")[-1] == "Agree"
    # Completion: the Forum and the alternative report depart from the IRM.
    completion = row(html, "Completion")
    assert "Limited" in completion[0] and "(differs)" in completion[0]
    assert "Complete" in completion[1] and "(differs)" not in completion[1]
    assert "(differs)" in completion[2]
    assert "Differ" in completion[3]
    # Only the IRM asked "did it open government?": no disagreement there.
    opened = row(html, "Did it open government?")
    assert "Not assessed yet" in opened[0] and "(differs)" not in opened[0]
    assert "nothing to compare" in opened[-1]
    starred = row(html, "Starred")
    assert "Yes, starred" in starred[1] and "★" in starred[1]
    assert "No" in starred[0] and "(differs)" in starred[0]
    assert "Starred commitment" in html  # the verdict follows the IRM
    rows = html.split("<tbody>")[1]
    assert rows.count('scope="row"') == 6


def test_a_missing_source_is_said_in_words_and_there_is_nothing_to_compare(commitment):
    assess(commitment, ReportKind.IRM_DESIGN, 2030, potential_impact=PotentialImpact.MODERATE)
    html = render(commitment_context(commitment))
    assert html.count("no report yet") == 2
    assert "Not assessed" in row(html, "Completion")[0]
    assert "nothing to compare" in row(html, "Completion")[-1]
    assert "Not starred: potential impact is not transformative (according to the IRM)." in (
        " ".join(html.split())
    )


def test_without_an_irm_assessment_there_is_no_star(commitment):
    assess(commitment, ReportKind.ALTERNATIVE, 2030)
    html = render(commitment_context(commitment))
    assert "The IRM has not assessed this commitment yet, so it has no star." in html


def test_the_newest_irm_report_fills_the_column_and_older_ones_are_listed(commitment):
    design = assess(commitment, ReportKind.IRM_DESIGN, 2030, completion=Completion.NO_EVIDENCE)
    implementation = assess(commitment, ReportKind.IRM_IMPLEMENTATION, 2032)
    html = render(commitment_context(commitment))
    header = html.split("<thead>")[1].split("</thead>")[0]
    assert f"/en/reports/{implementation.report.pk}/" in header
    earlier = html.split("Earlier assessments")[1]
    assert f"/en/reports/{design.report.pk}/" in earlier and "not starred" in earlier


def test_a_government_self_assessment_gets_its_own_column_only_when_there_is_one(commitment):
    assert "self-assessment" not in render(commitment_context(commitment))
    assess(commitment, ReportKind.SELF_ASSESSMENT, 2030)
    html = render(commitment_context(commitment))
    assert "The Government&#x27;s self-assessment" in html


def test_drafts_are_not_compared(commitment):
    draft = DraftReportFactory(plan=commitment.plan)
    AssessmentFactory(report=draft, commitment=commitment)
    context = commitment_context(commitment)
    assert context == {"assessments": []}
    assert "No published report has assessed this commitment yet." in render(context)


@pytest.mark.parametrize(
    ("code", "phrases"),
    [
        ("ru", ["Отчет Форума", "IRM", "различается"]),
        ("ky", ["Форумдун отчету", "IRM", "айырмаланат"]),
        ("en", ["The Forum&#x27;s report", "The IRM", "differs"]),
    ],
)
def test_the_comparison_is_translated(commitment, code, phrases):
    assess(commitment, ReportKind.FORUM_SEMIANNUAL, 2030, specificity=Specificity.LOW)
    assess(commitment, ReportKind.IRM_IMPLEMENTATION, 2031)
    html = render(commitment_context(commitment), code)
    for phrase in phrases:
        assert phrase in html


def test_home_shows_the_latest_published_reports(client, plan, rf):
    newest = PublishedReportFactory(plan=plan, publication_date=datetime.date(2099, 1, 1))
    DraftReportFactory(plan=plan, publication_date=datetime.date(2100, 1, 1))
    context = home_context(rf.get("/"))
    assert context["latest_reports"][0] == newest
    assert len(context["latest_reports"]) == 3
    html = text(client.get("/en/"))
    section = html.split('aria-labelledby="latest-reports"')[1].split("</section>")[0]
    assert newest.get_absolute_url() in section
    assert 'href="/en/reports/"' in section
    assert len(tags(html, "h1")) == 1
