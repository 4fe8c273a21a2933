"""A fixed number of queries per page, however big the plan: pinned over 300 commitments."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from directory.models import Organization, OrganizationKind, Person
from publishing.models import PublicationState

from .. import sections
from ..home import home_context
from ..models import (
    ActionPlan,
    Commitment,
    CommitmentPartner,
    Milestone,
    MilestoneCompletion,
    PartnerKind,
    PlanStatus,
    Theme,
)

pytestmark = pytest.mark.django_db

COMMITMENTS = 300
MILESTONES_EACH = 5
COMPLETIONS = list(MilestoneCompletion.values)


def _translated(field, text):
    return {f"{field}_{code}": f"{text} ({code})" for code in ("ru", "ky", "en")}


@pytest.fixture
def large_plan(db):
    """300 commitments, each with 5 milestones, 3 themes, 2 partners and 2 co-implementers."""
    now = timezone.now() - timedelta(days=1)
    published = {"publication_state": PublicationState.PUBLISHED, "published_at": now}
    plan = ActionPlan.objects.create(
        number=90,
        slug="2090-2092",
        start_date=timezone.localdate(),
        end_date=timezone.localdate() + timedelta(days=700),
        status=PlanStatus.IN_IMPLEMENTATION,
        **_translated("title", "Large plan"),
        **published,
    )
    themes = Theme.objects.bulk_create(
        Theme(
            slug=f"large-theme-{i}", order=100 + i, **_translated("name", f"Theme {i}"), **published
        )
        for i in range(3)
    )
    organizations = Organization.objects.bulk_create(
        Organization(
            slug=f"large-org-{i}",
            kind=OrganizationKind.GOVERNMENT,
            **_translated("name", f"Org {i}"),
        )
        for i in range(20)
    )
    people = Person.objects.bulk_create(
        Person(
            organization=organizations[i],
            email=f"p{i}@example.org",
            phone="+996 312 00-00-00",
            **_translated("full_name", f"Person {i}"),
            **_translated("position", "Officer"),
        )
        for i in range(20)
    )
    commitments = Commitment.objects.bulk_create(
        Commitment(
            plan=plan,
            number=number,
            lead_agency=organizations[number % 20],
            responsible_official=people[number % 20],
            relevant_to_access_to_information=number % 2 == 0,
            **_translated("title", f"Commitment {number}"),
            **published,
        )
        for number in range(1, COMMITMENTS + 1)
    )
    today = timezone.localdate()
    Milestone.objects.bulk_create(
        Milestone(
            commitment=commitment,
            order=order,
            end_date=today + timedelta(days=order * 60 - 150),
            completion=COMPLETIONS[(commitment.number + order) % len(COMPLETIONS)],
            **_translated("activity", f"Step {order}"),
        )
        for commitment in commitments
        for order in range(MILESTONES_EACH)
    )
    Through = Commitment.themes.through
    Through.objects.bulk_create(
        Through(commitment=commitment, theme=theme)
        for commitment in commitments
        for theme in themes
    )
    CoImplementers = Commitment.co_implementers.through
    CoImplementers.objects.bulk_create(
        CoImplementers(
            commitment=commitment, organization=organizations[(commitment.number + k) % 20]
        )
        for commitment in commitments
        for k in (1, 2)
    )
    CommitmentPartner.objects.bulk_create(
        CommitmentPartner(
            commitment=commitment,
            organization=organizations[(commitment.number + k) % 20],
            person=people[(commitment.number + k) % 20] if k else None,
            kind=PartnerKind.CIVIL_SOCIETY,
            order=k,
        )
        for commitment in commitments
        for k in (0, 1)
    )
    return plan


def path(name, **kwargs):
    with translation.override("en"):
        return reverse(f"commitments:{name}", kwargs=kwargs or None)


@pytest.fixture
def only_our_sections(monkeypatch):
    """Other apps' sections add their own (fixed) queries; pin ours without them."""
    monkeypatch.setattr(sections, "COMMITMENT_SECTION_PROVIDERS", [])


@pytest.fixture
def layout_queries(client, db):
    """What every page costs before its own content (the footer's contacts, say): measured on
    the 404 page, which renders the same layout and nothing else."""
    with CaptureQueriesContext(connection) as context:
        assert client.get("/en/no-such-page/").status_code == 404
    return len(context.captured_queries)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


# Pages listing commitments read the published themes once and which of them each row has
# (with the memo on, the published themes are kept until the content changes).
# list: count, page rows, their theme ids, published themes, plans and agencies for the form,
# theme counts (which the form's theme select shows too)
LIST_QUERIES = 7
# detail: commitment with plan/agency/official, themes, co-implementers, partners,
# milestones with their evidence files
DETAIL_QUERIES = 5
# theme: theme, count, page rows, their theme ids, published themes, other themes
THEME_QUERIES = 6
THEMES_QUERIES = 1
# plan: plan, documents, totals, count, page rows, their theme ids, published themes
PLAN_QUERIES = 7
# home summary: plan, themes with counts, first commitments per theme, totals
HOME_SUMMARY_QUERIES = 4


def test_list_page_queries_do_not_grow_with_the_plan(
    client, large_plan, layout_queries, django_assert_num_queries
):
    with django_assert_num_queries(layout_queries + LIST_QUERIES):
        response = client.get(path("list"))
    assert "Commitment 1 (en)" in response.content.decode()
    filtered = path("list") + (
        "?plan=2090-2092&theme=large-theme-1&value=access_to_information&overdue=yes"
        "&q=Commitment&lead_agency=large-org-2&status=not_started&sort=end"
    )
    # each chosen plan, theme and agency is looked up once to validate it
    with django_assert_num_queries(layout_queries + LIST_QUERIES + 3):
        response = client.get(filtered)
    assert response.status_code == 200
    with django_assert_num_queries(layout_queries + LIST_QUERIES):
        client.get(path("list") + "?page=15")


def test_detail_page_queries_do_not_grow_with_milestones_or_partners(
    client, large_plan, only_our_sections, layout_queries, django_assert_num_queries
):
    with django_assert_num_queries(layout_queries + DETAIL_QUERIES):
        response = client.get(path("detail", plan="2090-2092", number=150))
    html = response.content.decode()
    assert html.count('class="milestone ') == MILESTONES_EACH
    assert "mailto:" in html


def test_detail_page_with_other_apps_sections_costs_the_same_for_small_and_large_commitments(
    client, large_plan
):
    small = Commitment.objects.create(
        plan=large_plan, number=999, title_ru="Маленькое", **{"publication_state": "published"}
    )
    Milestone.objects.create(commitment=small, activity_ru="Один этап")
    few = count_queries(client, path("detail", plan="2090-2092", number=999))
    many = count_queries(client, path("detail", plan="2090-2092", number=150))
    assert few == many


def test_theme_pages_queries_do_not_grow(
    client, large_plan, layout_queries, django_assert_num_queries
):
    with django_assert_num_queries(layout_queries + THEMES_QUERIES):
        client.get(path("themes"))
    with django_assert_num_queries(layout_queries + THEME_QUERIES):
        response = client.get(path("theme", slug="large-theme-0"))
    assert "300 commitments under this theme" in response.content.decode()


def test_plan_page_queries_do_not_grow(
    client, large_plan, layout_queries, django_assert_num_queries
):
    with django_assert_num_queries(layout_queries + PLAN_QUERIES):
        response = client.get(path("plan", plan="2090-2092"))
    assert "300 commitments published on this portal." in response.content.decode()


def test_home_summary_queries_do_not_grow(rf, large_plan, django_assert_num_queries):
    from django.template.loader import render_to_string

    request = rf.get("/en/")
    with translation.override("en"), django_assert_num_queries(HOME_SUMMARY_QUERIES):
        context = home_context(request)
        html = render_to_string("commitments/_home_plan.html", context, request=request)
    summary = context["plan_summary"]
    assert summary.plan == large_plan
    assert summary.commitment_count == COMMITMENTS
    assert [item.commitment_count for item in summary.themes] == [COMMITMENTS] * 3
    assert all(len(item.commitments) == 5 for item in summary.themes)
    assert "300 commitments published here." in html


def test_home_page_costs_the_same_with_a_small_or_a_large_current_plan(client, large_plan):
    large = count_queries(client, "/en/")
    ActionPlan.objects.filter(pk=large_plan.pk).update(status=PlanStatus.COMPLETED)
    small = count_queries(client, "/en/")
    assert small == large


def test_exports_queries_do_not_grow(client, large_plan, django_assert_num_queries):
    # commitments: rows with their progress, themes, co-implementers, partners
    with django_assert_num_queries(4):
        response = client.get(path("export_json"))
    assert response.status_code == 200
    # milestones: rows with commitment and plan, evidence files
    with django_assert_num_queries(2):
        response = client.get(path("milestones_csv"))
    published_milestones = Milestone.objects.filter(commitment__in=Commitment.objects.published())
    lines = response.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 1 + published_milestones.count()
