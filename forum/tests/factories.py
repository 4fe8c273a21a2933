"""Factories for the Forum: one subclass per publication state, as the style guide asks."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from commitments.models import ActionPlan, Commitment, PlanStatus
from directory.models import Organization, OrganizationKind, Person
from publishing.models import PublicationState

from ..models import (
    AgendaItem,
    Document,
    DocumentKind,
    Meeting,
    MeetingStatus,
    Member,
    Role,
    Side,
    SpeakerTurn,
    Transcript,
    TranscriptFile,
)

BISHKEK = ZoneInfo("Asia/Bishkek")


def yesterday():
    return timezone.now() - timedelta(days=1)


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    slug = factory.Sequence(lambda n: f"forum-test-organization-{n}")
    name_ru = factory.Sequence(lambda n: f"Организация {n}")
    name_ky = factory.Sequence(lambda n: f"Уюм {n}")
    name_en = factory.Sequence(lambda n: f"Organization {n}")
    kind = OrganizationKind.CIVIL_SOCIETY


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    full_name_ru = factory.Sequence(lambda n: f"Участников Участник {n}")
    full_name_ky = factory.Sequence(lambda n: f"Катышуучу {n}")
    full_name_en = factory.Sequence(lambda n: f"Participant {n}")
    organization = factory.SubFactory(OrganizationFactory)


class PublishedMixin(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    publication_state = PublicationState.PUBLISHED
    published_at = factory.LazyFunction(yesterday)


class PublishedMemberFactory(PublishedMixin):
    class Meta:
        model = Member

    person = factory.SubFactory(PersonFactory)
    side = Side.GOVERNMENT
    role = Role.MEMBER


class DraftMemberFactory(PublishedMemberFactory):
    publication_state = PublicationState.DRAFT
    published_at = None


class PublishedMeetingFactory(PublishedMixin):
    class Meta:
        model = Meeting

    number = factory.Sequence(lambda n: 1000 + n)
    starts_at = factory.Sequence(
        lambda n: datetime(2021, 1, 14, 10, 0, tzinfo=BISHKEK) + timedelta(days=7 * n)
    )
    status = MeetingStatus.HELD
    topic_ru = factory.Sequence(lambda n: f"Тема заседания {n}")
    topic_ky = factory.Sequence(lambda n: f"Жыйындын темасы {n}")
    topic_en = factory.Sequence(lambda n: f"Meeting topic {n}")
    place_ru = "Бишкек"
    place_ky = "Бишкек"
    place_en = "Bishkek"


class DraftMeetingFactory(PublishedMeetingFactory):
    publication_state = PublicationState.DRAFT
    published_at = None


class PlannedMeetingFactory(PublishedMeetingFactory):
    status = MeetingStatus.PLANNED
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=3))


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(PublishedMeetingFactory)
    order = factory.Sequence(lambda n: n)
    title_ru = factory.Sequence(lambda n: f"Вопрос {n}")
    title_ky = factory.Sequence(lambda n: f"Маселе {n}")
    title_en = factory.Sequence(lambda n: f"Item {n}")


class PublishedTranscriptFactory(PublishedMixin):
    class Meta:
        model = Transcript

    meeting = factory.SubFactory(PublishedMeetingFactory)
    summary_ru = "Краткое содержание"
    summary_ky = "Кыскача мазмуну"
    summary_en = "Summary"


class DraftTranscriptFactory(PublishedTranscriptFactory):
    publication_state = PublicationState.DRAFT
    published_at = None


class SpeakerTurnFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SpeakerTurn

    transcript = factory.SubFactory(PublishedTranscriptFactory)
    number = factory.Sequence(lambda n: n + 1)
    speaker_ru = "Председательствующий"
    speaker_ky = "Төрагалык кылуучу"
    speaker_en = "Chair"
    text_ru = factory.Sequence(lambda n: f"Реплика {n}.")
    text_ky = factory.Sequence(lambda n: f"Сөз {n}.")
    text_en = factory.Sequence(lambda n: f"Remark {n}.")


class TranscriptFileFactory(factory.django.DjangoModelFactory):
    """A transcript file stored through StoredFile.save, as an upload would be."""

    class Meta:
        model = TranscriptFile

    transcript = factory.SubFactory(PublishedTranscriptFactory)
    language = "ru"
    file = factory.LazyAttribute(
        lambda o: ContentFile(f"Стенограмма ({o.language})\n".encode() * 50, name="t.txt")
    )


class PublishedDocumentFactory(PublishedMixin):
    class Meta:
        model = Document

    kind = DocumentKind.REGULATION
    date = date(2019, 1, 1)
    title_ru = "Документ"
    title_ky = "Документ"
    title_en = "Document"


class PublishedPlanFactory(PublishedMixin):
    class Meta:
        model = ActionPlan

    number = factory.Sequence(lambda n: 500 + n)
    slug = factory.Sequence(lambda n: f"{3000 + 2 * n}-{3002 + 2 * n}")
    title_ru = "План"
    title_ky = "План"
    title_en = "Plan"
    start_date = date(2030, 1, 1)
    end_date = date(2032, 1, 1)
    status = PlanStatus.IN_DEVELOPMENT


class PublishedCommitmentFactory(PublishedMixin):
    class Meta:
        model = Commitment

    plan = factory.SubFactory(PublishedPlanFactory)
    number = factory.Sequence(lambda n: n + 1)
    title_ru = factory.Sequence(lambda n: f"Обязательство {n}")
    title_ky = factory.Sequence(lambda n: f"Милдеттенме {n}")
    title_en = factory.Sequence(lambda n: f"Commitment {n}")
