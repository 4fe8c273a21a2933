"""Test data for the open-data layer: a few factories, and a bulk generator for query counts."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import factory
from django.utils import timezone

from coalition.models import Member as CoalitionMember
from coalition.models import MemberKind, Region
from commitments.models import (
    ActionPlan,
    Commitment,
    CommitmentStatus,
    Milestone,
    PlanStatus,
    Theme,
)
from directory.models import Organization, OrganizationKind
from forum.models import AgendaItem, Meeting, MeetingStatus, SpeakerTurn, Transcript
from publishing.models import PublicationState
from reports.choices import Completion, PotentialImpact, ReportKind, Specificity
from reports.models import Assessment, EligibilityScore, Report

BISHKEK = ZoneInfo("Asia/Bishkek")


def yesterday():
    return timezone.now() - timedelta(days=1)


class PublishedMixin(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    publication_state = PublicationState.PUBLISHED
    published_at = factory.LazyFunction(yesterday)


class PlanFactory(PublishedMixin):
    class Meta:
        model = ActionPlan

    number = factory.Sequence(lambda n: 500 + n)
    slug = factory.Sequence(lambda n: f"{2200 + 2 * n}-{2202 + 2 * n}")
    title_ru = factory.Sequence(lambda n: f"Тестовый план {n}")
    title_ky = factory.Sequence(lambda n: f"Сынак планы {n}")
    title_en = factory.Sequence(lambda n: f"Test plan {n}")
    start_date = date(2030, 1, 1)
    end_date = date(2032, 12, 31)
    status = PlanStatus.IN_IMPLEMENTATION


class ThemeFactory(PublishedMixin):
    class Meta:
        model = Theme

    slug = factory.Sequence(lambda n: f"test-theme-{n}")
    name_ru = factory.Sequence(lambda n: f"Тестовая тема {n}")
    name_ky = factory.Sequence(lambda n: f"Сынак темасы {n}")
    name_en = factory.Sequence(lambda n: f"Test theme {n}")
    order = 90


class CommitmentFactory(PublishedMixin):
    class Meta:
        model = Commitment

    plan = factory.SubFactory(PlanFactory)
    number = factory.Sequence(lambda n: n + 1)
    title_ru = factory.Sequence(lambda n: f"Тестовое обязательство {n}")
    title_ky = factory.Sequence(lambda n: f"Сынак милдеттенмеси {n}")
    title_en = factory.Sequence(lambda n: f"Test commitment {n}")
    status = CommitmentStatus.IN_PROGRESS


class DraftCommitmentFactory(CommitmentFactory):
    publication_state = PublicationState.DRAFT
    published_at = None


class MeetingFactory(PublishedMixin):
    class Meta:
        model = Meeting

    number = factory.Sequence(lambda n: 700 + n)
    starts_at = factory.Sequence(lambda n: datetime(2031, 3, 1, 10, tzinfo=BISHKEK))
    status = MeetingStatus.HELD
    topic_ru = "Тестовое заседание"
    topic_ky = "Сынак жыйыны"
    topic_en = "Test meeting"


class ReportFactory(PublishedMixin):
    class Meta:
        model = Report

    kind = ReportKind.ALTERNATIVE
    title_ru = factory.Sequence(lambda n: f"Тестовый отчет {n}")
    title_ky = factory.Sequence(lambda n: f"Сынак отчету {n}")
    title_en = factory.Sequence(lambda n: f"Test report {n}")
    publication_year = 2031


class MemberFactory(PublishedMixin):
    class Meta:
        model = CoalitionMember

    slug = factory.Sequence(lambda n: f"test-member-{n}")
    name_ru = factory.Sequence(lambda n: f"Тестовый член {n}")
    name_ky = factory.Sequence(lambda n: f"Сынак мүчөсү {n}")
    name_en = factory.Sequence(lambda n: f"Test member {n}")
    kind = MemberKind.MEDIA
    region = Region.NARYN


def published(**extra):
    return {"publication_state": PublicationState.PUBLISHED, "published_at": yesterday(), **extra}


def three(prefix_ru, prefix_ky, prefix_en, name, index):
    return {
        f"{name}_ru": f"{prefix_ru} {index}",
        f"{name}_ky": f"{prefix_ky} {index}",
        f"{name}_en": f"{prefix_en} {index}",
    }


def generate_everything(rows):
    """`rows` published items of every dataset, with their relations, in bulk.

    Each commitment has two milestones, two themes, a co-implementer and a lead agency; each
    meeting two agenda items pointing at commitments and a transcript with three turns; each
    report an assessment per commitment (up to `rows`); so a query per row would show at once.
    """
    plan = PlanFactory()
    themes = Theme.objects.bulk_create(
        Theme(
            slug=f"bulk-theme-{index}",
            order=100 + index,
            **three("Тема", "Тема", "Theme", "name", index),
            **published(),
        )
        for index in range(rows)
    )
    organizations = Organization.objects.bulk_create(
        Organization(
            slug=f"bulk-organization-{index}",
            kind=OrganizationKind.CIVIL_SOCIETY,
            **three("Организация", "Уюм", "Organization", "name", index),
        )
        for index in range(rows)
    )
    commitments = Commitment.objects.bulk_create(
        Commitment(
            plan=plan,
            number=index + 1,
            lead_agency=organizations[index],
            status=CommitmentStatus.IN_PROGRESS,
            **three("Обязательство", "Милдеттенме", "Commitment", "title", index),
            **published(),
        )
        for index in range(rows)
    )
    Through = Commitment.themes.through
    Through.objects.bulk_create(
        Through(commitment=commitment, theme=themes[(index + shift) % rows])
        for index, commitment in enumerate(commitments)
        for shift in (0, 1)
    )
    CoImplementers = Commitment.co_implementers.through
    CoImplementers.objects.bulk_create(
        CoImplementers(commitment=commitment, organization=organizations[-1 - index])
        for index, commitment in enumerate(commitments)
    )
    Milestone.objects.bulk_create(
        Milestone(
            commitment=commitment,
            order=order,
            end_date=date(2031, 6, 1),
            **three("Мероприятие", "Иш-чара", "Activity", "activity", order),
        )
        for commitment in commitments
        for order in (1, 2)
    )
    meetings = Meeting.objects.bulk_create(
        Meeting(
            number=2000 + index,
            starts_at=datetime(2031, 1, 1, 10, tzinfo=BISHKEK) + timedelta(days=index),
            status=MeetingStatus.HELD,
            **three("Тема", "Тема", "Topic", "topic", index),
            **published(),
        )
        for index in range(rows)
    )
    items = AgendaItem.objects.bulk_create(
        AgendaItem(meeting=meeting, order=order, **three("Пункт", "Пункт", "Item", "title", order))
        for meeting in meetings
        for order in (1, 2)
    )
    Discussed = AgendaItem.commitments.through
    Discussed.objects.bulk_create(
        Discussed(agendaitem=item, commitment=commitments[index % rows])
        for index, item in enumerate(items)
    )
    transcripts = Transcript.objects.bulk_create(
        Transcript(
            meeting=meeting, **three("Итоги", "Жыйынтык", "Summary", "summary", 0), **published()
        )
        for meeting in meetings
    )
    SpeakerTurn.objects.bulk_create(
        SpeakerTurn(
            transcript=transcript,
            number=number,
            **three("Спикер", "Сүйлөөчү", "Speaker", "speaker", number),
            **three("Слово", "Сөз", "Words", "text", number),
        )
        for transcript in transcripts
        for number in (1, 2, 3)
    )
    members = CoalitionMember.objects.bulk_create(
        CoalitionMember(
            slug=f"bulk-member-{index}",
            kind=MemberKind.FOUNDATION,
            region=Region.TALAS,
            organization=organizations[index],
            **three("Член", "Мүчө", "Member", "name", index),
            **published(),
        )
        for index in range(rows)
    )
    MemberThemes = CoalitionMember.themes.through
    MemberThemes.objects.bulk_create(
        MemberThemes(member=member, theme=themes[0]) for member in members
    )
    MemberCommitments = CoalitionMember.commitments.through
    MemberCommitments.objects.bulk_create(
        MemberCommitments(member=member, commitment=commitments[index])
        for index, member in enumerate(members)
    )
    reports = Report.objects.bulk_create(
        Report(
            kind=ReportKind.IRM_DESIGN,
            plan=plan,
            author=organizations[index],
            publication_year=2031,
            **three("Отчет", "Отчет", "Report", "title", index),
            **published(),
        )
        for index in range(rows)
    )
    Assessment.objects.bulk_create(
        Assessment(
            report=reports[index],
            commitment=commitments[index],
            specificity=Specificity.HIGH,
            relevant_to_civic_participation=True,
            potential_impact=PotentialImpact.TRANSFORMATIVE,
            completion=Completion.COMPLETE,
        )
        for index in range(rows)
    )
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    EligibilityScore.objects.bulk_create(
        EligibilityScore(
            country_code=letters[index // 26 % 26] + letters[index % 26],
            year=2030 + index // 676,
            fiscal_transparency=4,
            access_to_information=3,
            **three("Страна", "Өлкө", "Country", "country", index),
            **published(),
        )
        for index in range(rows)
    )
    return plan
