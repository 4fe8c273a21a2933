"""A small, known plan for filter and page tests, with the demo plan hidden from the public."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone

from publishing.models import PublicationState

from ..models import (
    ActionPlan,
    CommitmentStatus,
    MilestoneCompletion,
    PlanStatus,
)
from .factories import (
    DraftCommitmentFactory,
    MilestoneFactory,
    OrganizationFactory,
    PublishedCommitmentFactory,
    PublishedPlanFactory,
    PublishedThemeFactory,
)


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def known_plan(db, today):
    """Two plans, four public commitments and a draft, each filter telling some apart.

    The demo plan is returned to draft for the test (the transaction rolls it back), so lists
    hold only these commitments.
    """
    ActionPlan.objects.filter(number=1).update(publication_state=PublicationState.DRAFT)
    plan_a = PublishedPlanFactory(slug="2030-2032", status=PlanStatus.IN_IMPLEMENTATION)
    plan_b = PublishedPlanFactory(slug="2033-2035")
    theme_1 = PublishedThemeFactory(slug="theme-one", name_en="Theme one")
    theme_2 = PublishedThemeFactory(slug="theme-two", name_en="Theme two")
    lead_1 = OrganizationFactory(slug="lead-one")
    lead_2 = OrganizationFactory(slug="lead-two")
    past = today - timedelta(days=30)

    c1 = PublishedCommitmentFactory(
        plan=plan_a,
        number=1,
        title_ru="Портал открытых данных",
        title_ky="Ачык маалыматтар порталы",
        title_en="Open data portal",
        status=CommitmentStatus.IN_PROGRESS,
        lead_agency=lead_1,
        relevant_to_access_to_information=True,
        themes=[theme_1],
        end_date=today + timedelta(days=300),
    )
    MilestoneFactory(
        commitment=c1, order=1, end_date=past, completion=MilestoneCompletion.COMPLETED
    )
    MilestoneFactory(
        commitment=c1, order=2, end_date=past, completion=MilestoneCompletion.IN_PROGRESS
    )

    c2 = PublishedCommitmentFactory(
        plan=plan_a,
        number=2,
        title_ru="Бюджетные слушания",
        title_ky="Бюджеттик угуулар",
        title_en="Budget hearings",
        status=CommitmentStatus.COMPLETED,
        lead_agency=lead_2,
        relevant_to_civic_participation=True,
        themes=[theme_2],
        end_date=today + timedelta(days=100),
    )
    MilestoneFactory(
        commitment=c2, order=1, end_date=past, completion=MilestoneCompletion.COMPLETED
    )

    c3 = PublishedCommitmentFactory(
        plan=plan_a,
        number=3,
        ogp_id="KG0999",
        title_ru="Открытые бюджетные данные",
        title_ky="Ачык бюджеттик маалыматтар",
        title_en="Open budget data",
        status=CommitmentStatus.DELAYED,
        lead_agency=lead_1,
        relevant_to_access_to_information=True,
        relevant_to_public_accountability=True,
        themes=[theme_1, theme_2],
        end_date=today + timedelta(days=200),
    )
    MilestoneFactory(
        commitment=c3, order=1, end_date=past, completion=MilestoneCompletion.CANCELLED
    )
    MilestoneFactory(
        commitment=c3, order=2, end_date=today, completion=MilestoneCompletion.IN_PROGRESS
    )

    c4 = PublishedCommitmentFactory(
        plan=plan_b,
        number=1,
        title_ru="Трансляции заседаний парламента",
        title_ky="Парламенттин жыйындарын көрсөтүү",
        title_en="Streaming parliament meetings",
        status=CommitmentStatus.IN_PROGRESS,
        lead_agency=lead_2,
        relevant_to_technology_and_innovation=True,
        themes=[theme_2],
        end_date=today + timedelta(days=50),
    )
    MilestoneFactory(commitment=c4, order=1, end_date=past, completion=MilestoneCompletion.DELAYED)

    draft = DraftCommitmentFactory(
        plan=plan_a, number=4, title_en="Open secret draft", lead_agency=lead_1, themes=[theme_1]
    )
    MilestoneFactory(
        commitment=draft, order=1, end_date=past, completion=MilestoneCompletion.NOT_STARTED
    )
    return SimpleNamespace(
        plan_a=plan_a,
        plan_b=plan_b,
        theme_1=theme_1,
        theme_2=theme_2,
        lead_1=lead_1,
        lead_2=lead_2,
        c1=c1,
        c2=c2,
        c3=c3,
        c4=c4,
        draft=draft,
    )
