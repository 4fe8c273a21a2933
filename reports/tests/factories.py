"""Factories for the reports app's tests: one subclass per publication state."""

import datetime

import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from commitments.models import ActionPlan, Commitment, PlanStatus
from directory.models import Organization, OrganizationKind
from publishing.models import PublicationState

from ..choices import Completion, PotentialImpact, ReportKind, Specificity
from ..models import Assessment, EligibilityScore, Report, ReportFile


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionPlan

    number = factory.Sequence(lambda n: 500 + n)
    slug = factory.Sequence(lambda n: f"test-plan-{n}")
    title_ru = factory.Sequence(lambda n: f"Тестовый план {n}")
    title_ky = factory.Sequence(lambda n: f"Сыноо планы {n}")
    title_en = factory.Sequence(lambda n: f"Test plan {n}")
    start_date = datetime.date(2030, 1, 1)
    end_date = datetime.date(2031, 12, 31)
    status = PlanStatus.IN_IMPLEMENTATION
    publication_state = PublicationState.PUBLISHED


class CommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commitment

    plan = factory.SubFactory(PlanFactory)
    number = factory.Sequence(lambda n: 100 + n)
    title_ru = factory.Sequence(lambda n: f"Тестовое обязательство {n}")
    title_ky = factory.Sequence(lambda n: f"Сыноо милдеттенмеси {n}")
    title_en = factory.Sequence(lambda n: f"Test commitment {n}")
    publication_state = PublicationState.PUBLISHED


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    slug = factory.Sequence(lambda n: f"reports-test-org-{n}")
    name_ru = factory.Sequence(lambda n: f"Тестовая организация {n}")
    name_ky = factory.Sequence(lambda n: f"Сыноо уюму {n}")
    name_en = factory.Sequence(lambda n: f"Test organization {n}")
    kind = OrganizationKind.CIVIL_SOCIETY


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Report

    kind = ReportKind.IRM_IMPLEMENTATION
    title_ru = factory.Sequence(lambda n: f"Тестовый отчет {n}")
    title_ky = factory.Sequence(lambda n: f"Сыноо отчету {n}")
    title_en = factory.Sequence(lambda n: f"Test report {n}")
    summary_ru = "Краткое содержание тестового отчета."
    summary_ky = "Сыноо отчетунун кыскача мазмуну."
    summary_en = "Summary of the test report."
    plan = factory.SubFactory(PlanFactory)
    publication_date = datetime.date(2030, 6, 1)
    publication_year = 2030


class PublishedReportFactory(ReportFactory):
    publication_state = PublicationState.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))


class DraftReportFactory(ReportFactory):
    publication_state = PublicationState.DRAFT


class ReportFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportFile

    report = factory.SubFactory(PublishedReportFactory)
    language = "ru"
    file = factory.LazyAttribute(
        lambda o: ContentFile(f"Отчет на языке {o.language}\n".encode(), name="report.txt")
    )


class AssessmentFactory(factory.django.DjangoModelFactory):
    """A starred assessment; tests change one field at a time to break one condition."""

    class Meta:
        model = Assessment

    report = factory.SubFactory(PublishedReportFactory)
    commitment = factory.SubFactory(CommitmentFactory)
    specificity = Specificity.HIGH
    relevant_to_access_to_information = True
    potential_impact = PotentialImpact.TRANSFORMATIVE
    completion = Completion.COMPLETE


class EligibilityScoreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EligibilityScore

    country_code = factory.Sequence(lambda n: f"{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}")
    country_ru = factory.Sequence(lambda n: f"Страна {n}")
    country_ky = factory.Sequence(lambda n: f"Өлкө {n}")
    country_en = factory.Sequence(lambda n: f"Country {n}")
    year = factory.Sequence(lambda n: 2040 + n)
    fiscal_transparency = 4
    access_to_information = 4
    asset_disclosure = 4
    civic_participation = 4
    publication_state = PublicationState.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
