"""The derived progress and overdue rules, publication, and the shape of the records."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from publishing.models import PublicationState

from ..models import (
    Commitment,
    CommitmentPartner,
    Milestone,
    MilestoneCompletion,
    OGPValue,
    Progress,
)
from .factories import (
    DraftPlanFactory,
    MilestoneFactory,
    OrganizationFactory,
    PublishedCommitmentFactory,
    PublishedPlanFactory,
)

pytestmark = pytest.mark.django_db

C = MilestoneCompletion


def annotated(commitment):
    return Commitment.objects.with_progress().get(pk=commitment.pk)


def fresh(commitment):
    """The commitment as the detail page loads it: progress from its milestones."""
    return Commitment.objects.prefetch_related("milestones").get(pk=commitment.pk)


def both_progresses(commitment):
    return annotated(commitment).progress, fresh(commitment).progress


def test_progress_counts_completed_milestones_and_leaves_cancelled_ones_out(today):
    commitment = PublishedCommitmentFactory()
    for completion in (C.COMPLETED, C.COMPLETED, C.IN_PROGRESS, C.DELAYED, C.CANCELLED):
        MilestoneFactory(commitment=commitment, completion=completion)
    for progress in both_progresses(commitment):
        assert (progress.completed, progress.total) == (2, 4)
        assert progress.percent == 50


def test_a_commitment_without_milestones_has_no_progress_rather_than_zero_of_zero():
    commitment = PublishedCommitmentFactory()
    for progress in both_progresses(commitment):
        assert progress == Progress(completed=0, total=0, overdue=0, sample=0)
        assert not progress.has_milestones
        assert progress.percent == 0


def test_only_cancelled_milestones_count_as_no_milestones():
    commitment = PublishedCommitmentFactory()
    MilestoneFactory(commitment=commitment, completion=C.CANCELLED)
    for progress in both_progresses(commitment):
        assert progress.total == 0
        assert not progress.has_milestones


def test_percent_is_rounded():
    assert Progress(completed=1, total=3).percent == 33
    assert Progress(completed=2, total=3).percent == 67
    assert Progress(completed=3, total=3).percent == 100


@pytest.mark.parametrize(
    ("days_after_end", "completion", "overdue"),
    [
        (1, C.IN_PROGRESS, True),  # ended yesterday, still going
        (1, C.NOT_STARTED, True),
        (1, C.DELAYED, True),
        (0, C.IN_PROGRESS, False),  # the end date is today: not late yet
        (-5, C.NOT_STARTED, False),  # ends in the future
        (30, C.COMPLETED, False),
        (30, C.CANCELLED, False),
    ],
)
def test_overdue_rule_is_the_same_in_python_and_in_the_database(
    today, days_after_end, completion, overdue
):
    commitment = PublishedCommitmentFactory()
    milestone = MilestoneFactory(
        commitment=commitment,
        end_date=today - timedelta(days=days_after_end),
        completion=completion,
    )
    assert milestone.is_overdue is overdue
    assert annotated(commitment).progress.overdue == int(overdue)
    assert fresh(commitment).progress.overdue == int(overdue)
    with_overdue = Commitment.objects.with_overdue_milestones(True)
    without_overdue = Commitment.objects.with_overdue_milestones(False)
    assert with_overdue.filter(pk=commitment.pk).exists() is overdue
    assert without_overdue.filter(pk=commitment.pk).exists() is not overdue


def test_a_milestone_without_an_end_date_is_never_overdue():
    milestone = MilestoneFactory(end_date=None, completion=C.NOT_STARTED)
    assert not milestone.is_overdue
    assert annotated(milestone.commitment).progress.overdue == 0


def test_counts_are_not_inflated_by_themes_or_partners(today):
    """Progress comes from correlated counts, so joins (themes, filters) cannot multiply it."""
    from .factories import PartnerFactory, PublishedThemeFactory

    commitment = PublishedCommitmentFactory(
        themes=[PublishedThemeFactory(), PublishedThemeFactory(), PublishedThemeFactory()]
    )
    PartnerFactory(commitment=commitment)
    PartnerFactory(commitment=commitment)
    MilestoneFactory(commitment=commitment, completion=C.COMPLETED)
    MilestoneFactory(commitment=commitment, completion=C.IN_PROGRESS)
    rows = Commitment.objects.with_progress().filter(
        pk=commitment.pk, themes__in=commitment.themes.all()
    )
    assert [(row.progress.completed, row.progress.total) for row in rows] == [(1, 2)] * 3


def test_published_needs_a_published_plan_and_a_date_that_has_come():
    public = PublishedCommitmentFactory()
    in_draft_plan = PublishedCommitmentFactory(plan=DraftPlanFactory())
    future = PublishedCommitmentFactory(published_at=timezone.now() + timedelta(days=1))
    draft = PublishedCommitmentFactory(publication_state=PublicationState.DRAFT)
    published = set(Commitment.objects.published())
    assert public in published
    assert not {in_draft_plan, future, draft} & published


def test_publishing_fills_in_the_publication_date():
    commitment = PublishedCommitmentFactory(
        publication_state=PublicationState.DRAFT, published_at=None
    )
    commitment.publication_state = PublicationState.PUBLISHED
    commitment.save()
    assert commitment.published_at is not None


def test_one_national_number_per_plan():
    plan = PublishedPlanFactory()
    PublishedCommitmentFactory(plan=plan, number=7)
    PublishedCommitmentFactory(number=7)  # another plan may reuse it
    with pytest.raises(IntegrityError), transaction.atomic():
        PublishedCommitmentFactory(plan=plan, number=7)


def test_address_and_name_show_the_national_number():
    commitment = PublishedCommitmentFactory(plan=PublishedPlanFactory(slug="2040-2042"), number=11)
    with translation.override("ky"):
        assert commitment.get_absolute_url() == "/ky/commitments/2040-2042/11/"
        assert commitment.plan.get_absolute_url() == "/ky/commitments/2040-2042/"
    assert str(commitment).startswith("№ 11. ")


def test_ogp_values_lists_the_ticked_values_in_order():
    commitment = PublishedCommitmentFactory(
        relevant_to_technology_and_innovation=True, relevant_to_access_to_information=True
    )
    assert commitment.ogp_values == [
        OGPValue.ACCESS_TO_INFORMATION,
        OGPValue.TECHNOLOGY_AND_INNOVATION,
    ]


def test_a_partner_is_an_organization_or_a_person_but_not_nothing():
    commitment = PublishedCommitmentFactory()
    empty = CommitmentPartner(commitment=commitment)
    with pytest.raises(ValidationError):
        empty.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        empty.save()
    organization_only = CommitmentPartner(commitment=commitment, organization=OrganizationFactory())
    organization_only.full_clean()
    organization_only.save()


def test_dates_must_run_forwards(today):
    milestone = MilestoneFactory.build(
        commitment=PublishedCommitmentFactory(),
        start_date=today,
        end_date=today - timedelta(days=1),
    )
    with pytest.raises(ValidationError) as error:
        milestone.full_clean()
    assert "end_date" in error.value.message_dict
    commitment = PublishedCommitmentFactory.build(
        plan=PublishedPlanFactory(), start_date=today, end_date=today - timedelta(days=1)
    )
    with pytest.raises(ValidationError):
        commitment.clean()


def test_a_plan_is_one_row_per_organization_shared_across_commitments():
    agency = OrganizationFactory()
    first = PublishedCommitmentFactory(lead_agency=agency)
    second = PublishedCommitmentFactory(lead_agency=agency)
    second.co_implementers.add(agency)
    assert set(agency.led_commitments.all()) == {first, second}
    assert list(agency.co_implemented_commitments.all()) == [second]


def test_milestone_order_defines_the_timeline():
    commitment = PublishedCommitmentFactory()
    later = MilestoneFactory(commitment=commitment, order=2)
    earlier = MilestoneFactory(commitment=commitment, order=1)
    assert list(Milestone.objects.filter(commitment=commitment)) == [earlier, later]


def kept_counts(commitment):
    """The milestone counts the database keeps on the commitment row, read afresh."""
    row = Commitment.objects.with_progress().get(pk=commitment.pk)
    return (row.counted_milestones, row.completed_milestones, row.sample_milestones)


def test_kept_counts_follow_every_kind_of_milestone_change(today):
    """Lists read progress from counts on the commitment: whatever changes the milestones
    (a save, bulk_create, update(), a move, a delete), the counts and the overdue figure stay
    what the milestones themselves say."""
    commitment = PublishedCommitmentFactory()
    other = PublishedCommitmentFactory()
    first = MilestoneFactory(commitment=commitment, completion=C.COMPLETED)
    assert kept_counts(commitment) == (1, 1, 0)

    Milestone.objects.bulk_create(
        [
            Milestone(commitment=commitment, activity_ru="a", end_date=today - timedelta(1)),
            Milestone(commitment=commitment, activity_ru="b", is_sample=True),
            Milestone(commitment=commitment, activity_ru="c", completion=C.CANCELLED),
        ]
    )
    assert kept_counts(commitment) == (3, 1, 1)
    assert annotated(commitment).progress == fresh(commitment).progress
    assert annotated(commitment).progress.overdue == 1

    Milestone.objects.filter(commitment=commitment, activity_ru="a").update(completion=C.COMPLETED)
    assert kept_counts(commitment) == (3, 2, 1)
    assert annotated(commitment).progress.overdue == 0

    Milestone.objects.filter(pk=first.pk).update(commitment=other)
    assert kept_counts(commitment) == (2, 1, 1)
    assert kept_counts(other) == (1, 1, 0)

    Milestone.objects.filter(commitment=commitment).delete()
    assert kept_counts(commitment) == (0, 0, 0)
    assert annotated(commitment).progress == fresh(commitment).progress


def test_saving_an_old_copy_of_a_commitment_does_not_bring_back_old_counts():
    commitment = PublishedCommitmentFactory()  # loaded before its milestones exist
    MilestoneFactory(commitment=commitment, completion=C.COMPLETED)
    MilestoneFactory(commitment=commitment)
    commitment.title_en = "Renamed"
    commitment.save()
    assert kept_counts(commitment) == (2, 1, 0)
    assert Commitment.objects.with_overdue_milestones(False).filter(pk=commitment.pk).exists()
