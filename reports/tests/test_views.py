"""The reports list, a report's page and the eligibility page, in three languages."""

import pytest

from publishing.models import PublicationState
from tests.helpers import tags, text

from ..choices import Completion, PotentialImpact, ReportKind, Specificity
from ..models import Report
from .factories import AssessmentFactory, CommitmentFactory, PublishedReportFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["ru", "ky", "en"]


def titles_in(html):
    return {a.get("href") for a in tags(html, "a")}


@pytest.mark.parametrize(
    ("code", "heading", "feed"),
    [
        ("ru", "Отчеты мониторинга и оценки", "/feeds/reports.atom"),
        ("ky", "Мониторинг жана баалоо отчеттору", "/feeds/reports.ky.atom"),
        ("en", "Monitoring and evaluation reports", "/feeds/reports.en.atom"),
    ],
)
def test_the_list_reads_in_each_language_and_links_its_feed(client, reports, code, heading, feed):
    response = client.get(f"/{code}/reports/")
    html = text(response)
    assert response.status_code == 200
    assert len(tags(html, "h1")) == 1 and heading in html
    assert tags(html, "html")[0]["lang"] == code
    assert any(
        link.get("type") == "application/atom+xml" and link.get("href") == feed
        for link in tags(html, "link")
    )
    assert feed in titles_in(html)
    for field in ("kind", "plan", "year"):
        assert any(label.get("for") == f"id_{field}" for label in tags(html, "label"))
    assert "<script" not in html and "style=" not in html


def test_the_list_shows_published_reports_only(client, reports):
    html = text(client.get("/en/reports/"))
    for key in ("design", "forum", "alternative"):
        assert reports[key].get_absolute_url() in html
    assert reports["draft"].get_absolute_url() not in html
    assert "Test draft report" not in html


def test_filter_by_kind(client, reports):
    html = text(client.get("/en/reports/", {"kind": ReportKind.ALTERNATIVE}))
    assert "Test alternative report" in html
    assert "Test Forum report" not in html and "Test design report" not in html


def test_filter_by_plan_uses_its_slug(client, reports):
    html = text(client.get("/en/reports/", {"plan": "test-2030-2031"}))
    assert "3 reports" in html
    for key in ("design", "forum", "alternative"):
        assert reports[key].get_absolute_url() in html


def test_filter_by_year_and_kind_together(client, reports):
    html = text(client.get("/en/reports/", {"year": "2031", "kind": ReportKind.FORUM_SEMIANNUAL}))
    assert "Test Forum report" in html
    assert "1 report" in html
    assert "Test alternative report" not in html and "Test design report" not in html


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "no-such-kind"},
        {"plan": "1999-2000"},
        {"year": "abc"},
        {"year": "1900"},
        {"kind": ReportKind.ALTERNATIVE, "year": "20x1"},
    ],
)
@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("ru", "не удалось понять"),
        ("ky", "түшүнүксүз"),
        ("en", "were not understood"),
    ],
)
def test_an_invalid_filter_shows_the_error_and_the_unfiltered_list(
    client, reports, params, code, message
):
    response = client.get(f"/{code}/reports/", params)
    html = text(response)
    assert response.status_code == 200
    assert message in html
    assert 'class="errorlist' in html
    everything = Report.objects.published().count()
    for key in ("design", "forum", "alternative"):
        assert reports[key].get_absolute_url() in html
    assert len([a for a in tags(html, "a") if "/reports/" in a.get("href", "") and a.get(
        "href", "").rstrip("/").split("/")[-1].isdigit()]) == everything  # fmt: skip


def test_a_bad_page_number_is_not_an_error(client, reports):
    assert client.get("/en/reports/", {"page": "x"}).status_code == 200
    assert client.get("/en/reports/", {"page": "9999"}).status_code == 200


def test_the_list_is_paginated_and_keeps_the_filter(client, plan):
    PublishedReportFactory.create_batch(25, plan=plan, kind=ReportKind.SELF_ASSESSMENT)
    html = text(client.get("/en/reports/", {"kind": ReportKind.SELF_ASSESSMENT, "plan": plan.slug}))
    assert "25 reports" in html
    assert "Page 1 of 2" in html
    assert f"?kind={ReportKind.SELF_ASSESSMENT}&amp;plan={plan.slug}&amp;page=2" in html
    second = text(
        client.get(
            "/en/reports/", {"kind": ReportKind.SELF_ASSESSMENT, "plan": plan.slug, "page": 2}
        )
    )
    assert "Page 2 of 2" in second


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_report_page_reads_in_each_language(client, reports, code):
    report = reports["design"]
    response = client.get(f"/{code}{report.get_absolute_url()[3:]}")
    html = text(response)
    assert response.status_code == 200
    assert len(tags(html, "h1")) == 1
    assert tags(html, "html")[0]["lang"] == code
    assert getattr(report, f"title_{code}") in html
    assert "<script" not in html and "style=" not in html


def test_a_report_page_shows_its_facts(client, plan):
    report = PublishedReportFactory(
        plan=plan,
        kind=ReportKind.IRM_DESIGN,
        title_en="IRM Design Report: test",
        source_url="https://www.opengovpartnership.org/documents/test/",
        publication_date=None,
        publication_year=2021,
    )
    html = text(client.get(f"/en/reports/{report.pk}/"))
    assert "IRM design report" in html
    assert "2021" in html
    assert 'href="https://www.opengovpartnership.org/documents/test/"' in html
    assert f'href="/en/reports/?plan={plan.slug}"' in html
    assert "No file of this report is stored here yet." in html


def test_a_report_page_shows_its_table_of_assessments_with_the_star(client, plan):
    report = PublishedReportFactory(plan=plan)
    starred = AssessmentFactory(report=report, commitment=CommitmentFactory(plan=plan, number=3))
    AssessmentFactory(
        report=report,
        commitment=CommitmentFactory(plan=plan, number=11),
        relevant_to_access_to_information=False,
        relevant_to_technology_and_innovation=True,
    )
    AssessmentFactory(
        report=report,
        commitment=CommitmentFactory(plan=plan, number=17),
        specificity=Specificity.LOW,
        potential_impact=PotentialImpact.MODERATE,
        completion=Completion.LIMITED,
    )
    html = text(client.get(f"/en/reports/{report.pk}/"))
    table = html.split('class="reports-assessment-table"')[1].split("</table>")[0]
    assert ">3 commitments assessed in this report</caption>" in table
    assert table.count('scope="col"') == 7
    assert table.count('scope="row"') == 3
    assert table.count("Yes, starred") == 1
    assert (
        "No: not relevant to access to information, civic participation or accountability" in table
    )
    assert (
        "No: specificity is not medium or high; potential impact is not transformative; "
        "completion is not substantial or complete" in table
    )
    assert starred.commitment.title_en in table


@pytest.mark.parametrize("path", ["/en/reports/999999/", "/en/reports/99999999999999999999/"])
def test_an_unknown_report_is_a_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Page not found" in text(response)


def test_a_malformed_report_address_is_a_404(client):
    assert client.get("/en/reports/abc/").status_code == 404
    assert client.get("/en/reports/-1/").status_code == 404


def test_a_draft_report_is_a_404_for_visitors_and_an_uncached_preview_for_staff(
    client, reports, staff_user
):
    draft = reports["draft"]
    assert client.get(f"/en/reports/{draft.pk}/").status_code == 404
    client.force_login(staff_user)
    response = client.get(f"/en/reports/{draft.pk}/")
    assert response.status_code == 200
    assert "Draft: only staff can see this page." in text(response)
    assert "no-store" in response["Cache-Control"]


def test_a_report_published_for_a_future_date_is_not_shown_yet(client, plan):
    from datetime import timedelta

    from django.utils import timezone

    report = PublishedReportFactory(plan=plan, published_at=timezone.now() + timedelta(days=2))
    assert report.publication_state == PublicationState.PUBLISHED
    assert client.get(f"/en/reports/{report.pk}/").status_code == 404
    assert report.get_absolute_url() not in text(client.get("/en/reports/"))


@pytest.mark.parametrize(
    ("code", "caption", "threshold", "eligible"),
    [
        (
            "ru",
            "по данным исходного документа 2019 года",
            "75 %: порог соответствия",
            "Да, соответствует",
        ),
        (
            "ky",
            "2019-жылдагы баштапкы документтеги маалымат боюнча",
            "75 %: ылайыктуулук босогосу",
            "Ооба, ылайык келет",
        ),
        (
            "en",
            "as given in the 2019 source document",
            "75 %: eligibility threshold",
            "Yes, eligible",
        ),
    ],
)
def test_the_eligibility_page_has_the_source_table_and_a_server_drawn_chart(
    client, code, caption, threshold, eligible
):
    response = client.get(f"/{code}/reports/eligibility/")
    html = text(response)
    assert response.status_code == 200
    assert len(tags(html, "h1")) == 1
    assert "<script" not in html and "style=" not in html
    table = html.split('class="reports-eligibility-table"')[1].split("</table>")[0]
    assert caption in table.split("</caption>")[0]
    assert table.count('scope="col"') == 7 and table.count('scope="row"') == 5
    rows = table.split("<tbody>")[1].split("</tr>")
    totals = [row.split("<strong>")[-1].split("</strong>")[0] for row in rows[:5]]
    assert totals == ["75 %", "75 %", "94 %", "56 %", "42 %"]
    assert table.count(eligible) == 3
    assert 'title="' in rows[4] and "ND" in rows[4]  # Uzbekistan's budget: no data
    svg = html.split("<svg")[1].split("</svg>")[0]
    assert 'role="img"' in svg
    assert "<title" in svg and "<desc" in svg
    assert threshold in svg
    assert svg.count("<rect") == 5
    figure = html.split('class="reports-eligibility-chart"')[1].split("</figure>")[0]
    assert "<figcaption>" in figure


def test_chart_coordinates_are_not_localised(client):
    """Russian writes decimals with a comma; SVG needs a dot, or the bars vanish."""
    html = text(client.get("/ru/reports/eligibility/"))
    svg = "<svg" + html.split("<svg")[1].split("</svg>")[0]
    widths = [float(rect["width"]) for rect in tags(svg, "rect")]
    # Azerbaijan, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan: 75, 75, 94, 56, 42 %.
    assert widths[0] == widths[1]
    assert widths[2] == max(widths)
    assert widths[4] == min(widths)
    assert round(widths[2] / widths[0], 2) == round(94 / 75, 2)
