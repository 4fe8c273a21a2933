"""Factories for the Coalition's tests: one subclass per state."""

import datetime

import factory
from django.utils import timezone, translation

from commitments.models import Theme
from publishing.models import PublicationState

from ..models import (
    ApplicantType,
    Application,
    ApplicationStatus,
    Member,
    MemberKind,
    Region,
)


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"coalition-test-theme-{n}")
    name_ru = factory.Sequence(lambda n: f"Тема {n}")
    name_ky = factory.Sequence(lambda n: f"Тема {n} (кырг.)")
    name_en = factory.Sequence(lambda n: f"Theme {n}")
    order = 900
    publication_state = PublicationState.PUBLISHED


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Member

    slug = factory.Sequence(lambda n: f"test-member-{n}")
    name_ru = factory.Sequence(lambda n: f"ОО «Тестовая организация {n}»")
    name_ky = factory.Sequence(lambda n: f"«Сыноо уюму {n}» коомдук бирикмеси")
    name_en = factory.Sequence(lambda n: f"Public Association «Test Organization {n}»")
    kind = MemberKind.PUBLIC_ASSOCIATION
    region = Region.BISHKEK
    joined_on = datetime.date(2019, 3, 1)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


class PublishedMemberFactory(MemberFactory):
    publication_state = PublicationState.PUBLISHED


class DraftMemberFactory(MemberFactory):
    publication_state = PublicationState.DRAFT


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application

    applicant_type = ApplicantType.ORGANIZATION
    kind = MemberKind.PUBLIC_ASSOCIATION
    name = factory.Sequence(lambda n: f"ОО «Заявитель {n}»")
    contact_person = "Айгуль Исакова"
    email = factory.Sequence(lambda n: f"applicant{n}@example.kg")
    phone = "+996 312 123456"
    website = "https://applicant.example.kg"
    region = Region.OSH
    interests = "Мониторинг обязательств по открытым данным."
    consent_to_processing = True
    language = "ru"


class PendingApplicationFactory(ApplicationFactory):
    status = ApplicationStatus.PENDING


def bulk_members(count, *, themes=(), prefix="bulk"):
    """Many published members at once, as the registry may hold thousands."""
    published_at = timezone.now() - datetime.timedelta(days=1)
    kinds = [value for value, _label in MemberKind.choices]
    regions = [value for value, _label in Region.choices]
    members = Member.objects.bulk_create(
        [
            Member(
                slug=f"{prefix}-{index}",
                name_ru=f"Организация {prefix} {index:05d}",
                name_ky=f"Уюм {prefix} {index:05d}",
                name_en=f"Organization {prefix} {index:05d}",
                kind=kinds[index % len(kinds)],
                region=regions[index % len(regions)],
                joined_on=datetime.date(2019, 1, 1) + datetime.timedelta(days=index % 365),
                publication_state=PublicationState.PUBLISHED,
                published_at=published_at,
                is_sample=True,
            )
            for index in range(count)
        ]
    )
    if themes:
        through = Member.themes.through
        through.objects.bulk_create(
            [
                through(member_id=member.pk, theme_id=themes[index % len(themes)].pk)
                for index, member in enumerate(members)
            ]
        )
    return members


def public_path(obj, language="ru"):
    """An object's address in one language, whatever language the last request left active."""
    with translation.override(language):
        return obj.get_absolute_url()
