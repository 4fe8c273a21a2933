"""Factories for the action plan: one subclass per publication state."""

from datetime import date

import factory
from django.utils import timezone

from directory.models import Organization, OrganizationKind, Person
from publishing.models import PublicationState

from ..models import (
    ActionPlan,
    Commitment,
    CommitmentPartner,
    CommitmentStatus,
    Milestone,
    MilestoneCompletion,
    PartnerKind,
    PlanStatus,
    Theme,
)


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    slug = factory.Sequence(lambda n: f"test-organization-{n}")
    name_ru = factory.Sequence(lambda n: f"Тестовая организация {n}")
    name_ky = factory.Sequence(lambda n: f"Сынак уюму {n}")
    name_en = factory.Sequence(lambda n: f"Test organization {n}")
    kind = OrganizationKind.GOVERNMENT


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    full_name_ru = factory.Sequence(lambda n: f"Тестов Тест {n}")
    full_name_ky = factory.Sequence(lambda n: f"Тестов Тест {n}")
    full_name_en = factory.Sequence(lambda n: f"Test Testov {n}")
    position_ru = "Специалист"
    position_ky = "Адис"
    position_en = "Specialist"
    organization = factory.SubFactory(OrganizationFactory)
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    phone = "+996 312 00-00-00"


class PublishedMixin(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    publication_state = PublicationState.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timezone.timedelta(days=1))


class PublishedPlanFactory(PublishedMixin):
    class Meta:
        model = ActionPlan

    number = factory.Sequence(lambda n: 100 + n)
    slug = factory.Sequence(lambda n: f"{2100 + 2 * n}-{2102 + 2 * n}")
    title_ru = factory.Sequence(lambda n: f"Тестовый план {n}")
    title_ky = factory.Sequence(lambda n: f"Сынак планы {n}")
    title_en = factory.Sequence(lambda n: f"Test plan {n}")
    start_date = date(2021, 1, 1)
    end_date = date(2023, 12, 31)
    status = PlanStatus.IN_DEVELOPMENT


class DraftPlanFactory(PublishedPlanFactory):
    publication_state = PublicationState.DRAFT
    published_at = None


class PublishedThemeFactory(PublishedMixin):
    class Meta:
        model = Theme

    slug = factory.Sequence(lambda n: f"test-theme-{n}")
    name_ru = factory.Sequence(lambda n: f"Тестовая тематика {n}")
    name_ky = factory.Sequence(lambda n: f"Сынак темасы {n}")
    name_en = factory.Sequence(lambda n: f"Test theme {n}")
    order = 50


class DraftThemeFactory(PublishedThemeFactory):
    publication_state = PublicationState.DRAFT
    published_at = None


class PublishedCommitmentFactory(PublishedMixin):
    class Meta:
        model = Commitment
        skip_postgeneration_save = True

    plan = factory.SubFactory(PublishedPlanFactory)
    number = factory.Sequence(lambda n: n + 1)
    title_ru = factory.Sequence(lambda n: f"Тестовое обязательство {n}")
    title_ky = factory.Sequence(lambda n: f"Сынак милдеттенмеси {n}")
    title_en = factory.Sequence(lambda n: f"Test commitment {n}")
    status = CommitmentStatus.IN_PROGRESS
    lead_agency = factory.SubFactory(OrganizationFactory)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


class DraftCommitmentFactory(PublishedCommitmentFactory):
    publication_state = PublicationState.DRAFT
    published_at = None


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    commitment = factory.SubFactory(PublishedCommitmentFactory)
    order = factory.Sequence(lambda n: n)
    activity_ru = factory.Sequence(lambda n: f"Мероприятие {n}")
    activity_ky = factory.Sequence(lambda n: f"Иш-чара {n}")
    activity_en = factory.Sequence(lambda n: f"Activity {n}")
    completion = MilestoneCompletion.NOT_STARTED


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CommitmentPartner

    commitment = factory.SubFactory(PublishedCommitmentFactory)
    organization = factory.SubFactory(OrganizationFactory, kind=OrganizationKind.CIVIL_SOCIETY)
    kind = PartnerKind.CIVIL_SOCIETY
