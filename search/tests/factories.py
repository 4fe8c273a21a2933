"""Factories for the search tests: content to index (one subclass per publication state) and
raw index entries for volume tests."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import factory
from django.utils import timezone

from commitments.models import ActionPlan, Commitment, Milestone
from forum.models import Meeting, MeetingStatus, SpeakerTurn, Transcript
from pages.models import Page
from publishing.models import PublicationState

from ..models import Kind, SearchEntry

BISHKEK = ZoneInfo("Asia/Bishkek")


def yesterday():
    return timezone.now() - timedelta(days=1)


class PublishedMixin(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    publication_state = PublicationState.PUBLISHED
    published_at = factory.LazyFunction(yesterday)


class PublishedCommitmentFactory(PublishedMixin):
    """A commitment of the demo plan (2018-2020), numbered far from the real ones."""

    class Meta:
        model = Commitment

    plan = factory.LazyFunction(lambda: ActionPlan.objects.get(slug="2018-2020"))
    number = factory.Sequence(lambda n: 200 + n)
    title_ru = factory.Sequence(lambda n: f"Тестовое обязательство {n}")
    title_ky = factory.Sequence(lambda n: f"Сынак милдеттенмеси {n}")
    title_en = factory.Sequence(lambda n: f"Test commitment {n}")


class DraftCommitmentFactory(PublishedCommitmentFactory):
    publication_state = PublicationState.DRAFT
    published_at = None


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    commitment = factory.SubFactory(PublishedCommitmentFactory)
    order = factory.Sequence(lambda n: n + 1)
    activity_ru = factory.Sequence(lambda n: f"Тестовый этап {n}")
    activity_ky = factory.Sequence(lambda n: f"Сынак этабы {n}")
    activity_en = factory.Sequence(lambda n: f"Test milestone {n}")


class PublishedMeetingFactory(PublishedMixin):
    class Meta:
        model = Meeting

    number = factory.Sequence(lambda n: 500 + n)
    starts_at = factory.Sequence(
        lambda n: datetime(2022, 3, 10, 10, 0, tzinfo=BISHKEK) + timedelta(days=7 * n)
    )
    status = MeetingStatus.HELD
    topic_ru = factory.Sequence(lambda n: f"Тема заседания {n}")
    topic_ky = factory.Sequence(lambda n: f"Жыйындын темасы {n}")
    topic_en = factory.Sequence(lambda n: f"Meeting topic {n}")


class PublishedTranscriptFactory(PublishedMixin):
    class Meta:
        model = Transcript

    meeting = factory.SubFactory(PublishedMeetingFactory)
    summary_ru = "Стенограмма для проверки поиска"
    summary_ky = "Издөөнү текшерүү үчүн стенограмма"
    summary_en = "A transcript to try the search with"


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


class PublishedPageFactory(PublishedMixin):
    class Meta:
        model = Page

    slug = factory.Sequence(lambda n: f"search-test-page-{n}")
    title_ru = factory.Sequence(lambda n: f"Страница {n}")
    title_ky = factory.Sequence(lambda n: f"Барак {n}")
    title_en = factory.Sequence(lambda n: f"Page {n}")


class SearchEntryFactory(factory.django.DjangoModelFactory):
    """A raw index row, for volume tests: nothing behind it but the row itself."""

    class Meta:
        model = SearchEntry

    kind = Kind.COMMITMENT
    object_id = factory.Sequence(lambda n: 5_000_000 + n)
    language = "ru"
    anchor = ""
    title = factory.Sequence(lambda n: f"Лазурный квадрат номер {n}")
    body = "Описание лазурного квадрата для проверки постраничного вывода результатов."
    url = factory.Sequence(lambda n: f"/ru/commitments/generated/{n}/")
    text_language = "ru"
