"""The star rule and the eligibility total: each written once, tested on every edge."""

import datetime
import itertools

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from ..choices import Completion, OpenedGovernment, PotentialImpact, Specificity
from ..models import Assessment, EligibilityScore, Report
from ..rules import eligibility_percentage, is_eligible, is_starred
from .factories import CommitmentFactory, EligibilityScoreFactory, PublishedReportFactory


@pytest.fixture(autouse=True)
def english():
    """The reasons a star is missing are compared in English."""
    with translation.override("en"):
        yield


STARRED = {
    "specificity": Specificity.HIGH,
    "relevant_to_access_to_information": True,
    "relevant_to_civic_participation": False,
    "relevant_to_public_accountability": False,
    "relevant_to_technology_and_innovation": False,
    "potential_impact": PotentialImpact.TRANSFORMATIVE,
    "completion": Completion.COMPLETE,
}


def assessment(year=2020, **changes):
    """An unsaved assessment in a report published in `year`; starred unless changed."""
    return Assessment(report=Report(publication_year=year), **{**STARRED, **changes})


def test_an_assessment_meeting_every_condition_is_starred():
    assert is_starred(assessment())
    assert assessment().is_starred
    assert assessment().unmet_star_conditions == []


# --- specificity: medium or high


@pytest.mark.parametrize("specificity", [Specificity.NONE, Specificity.LOW])
def test_low_or_no_specificity_alone_takes_the_star_away(specificity):
    judged = assessment(specificity=specificity)
    assert not is_starred(judged)
    assert [str(label) for label in judged.unmet_star_conditions] == [
        "specificity is not medium or high"
    ]


@pytest.mark.parametrize("specificity", [Specificity.MEDIUM, Specificity.HIGH])
def test_medium_or_high_specificity_is_enough(specificity):
    assert is_starred(assessment(specificity=specificity))


# --- relevance: at least one of the first three values; technology alone does not count


def test_no_relevance_at_all_takes_the_star_away():
    judged = assessment(relevant_to_access_to_information=False)
    assert not is_starred(judged)
    assert len(judged.unmet_star_conditions) == 1


def test_technology_and_innovation_alone_is_not_relevant_enough():
    judged = assessment(
        relevant_to_access_to_information=False, relevant_to_technology_and_innovation=True
    )
    assert not is_starred(judged)
    assert judged.star_conditions == {
        "specificity": True,
        "relevance": False,
        "potential_impact": True,
        "completion": True,
    }


@pytest.mark.parametrize(
    "value",
    [
        "relevant_to_access_to_information",
        "relevant_to_civic_participation",
        "relevant_to_public_accountability",
    ],
)
def test_any_one_of_the_first_three_values_alone_is_enough(value):
    values = dict.fromkeys(
        [
            "relevant_to_access_to_information",
            "relevant_to_civic_participation",
            "relevant_to_public_accountability",
        ],
        False,
    )
    assert is_starred(assessment(**{**values, value: True}))


# --- potential impact: transformative; moderate sufficed before 2015


@pytest.mark.parametrize(
    "impact", [PotentialImpact.NONE, PotentialImpact.MINOR, PotentialImpact.MODERATE]
)
def test_less_than_transformative_impact_takes_the_star_away_from_2015(impact):
    for year in (2015, 2021):
        judged = assessment(year=year, potential_impact=impact)
        assert not is_starred(judged)
        assert [str(label) for label in judged.unmet_star_conditions] == [
            "potential impact is not transformative"
        ]


def test_moderate_impact_sufficed_in_reports_published_before_2015():
    assert is_starred(assessment(year=2014, potential_impact=PotentialImpact.MODERATE))
    assert is_starred(assessment(year=2012, potential_impact=PotentialImpact.TRANSFORMATIVE))
    assert not is_starred(assessment(year=2015, potential_impact=PotentialImpact.MODERATE))


@pytest.mark.parametrize("impact", [PotentialImpact.NONE, PotentialImpact.MINOR])
def test_minor_or_no_impact_never_sufficed(impact):
    judged = assessment(year=2014, potential_impact=impact)
    assert not is_starred(judged)
    assert [str(label) for label in judged.unmet_star_conditions] == [
        "potential impact is not moderate or transformative"
    ]


# --- completion: substantial or complete


@pytest.mark.parametrize(
    "completion", [Completion.NO_EVIDENCE, Completion.NOT_STARTED, Completion.LIMITED]
)
def test_less_than_substantial_completion_takes_the_star_away(completion):
    judged = assessment(completion=completion)
    assert not is_starred(judged)
    assert [str(label) for label in judged.unmet_star_conditions] == [
        "completion is not substantial or complete"
    ]


@pytest.mark.parametrize("completion", [Completion.SUBSTANTIAL, Completion.COMPLETE])
def test_substantial_or_complete_is_enough(completion):
    assert is_starred(assessment(completion=completion))


@pytest.mark.parametrize("opened", [None, *OpenedGovernment.values])
def test_did_it_open_government_does_not_decide_the_star(opened):
    assert is_starred(assessment(did_it_open_government=opened))


def test_the_star_is_never_a_stored_field():
    names = {field.name for field in Assessment._meta.get_fields()}
    assert not any("star" in name for name in names)


@pytest.mark.django_db
def test_the_database_applies_the_same_star_rule_on_every_combination():
    """starred_q (lists, filters) and is_starred (pages) agree on all 2,560 combinations."""
    booleans = list(itertools.product([False, True], repeat=4))
    combinations = list(
        itertools.product(Specificity.values, booleans, PotentialImpact.values, Completion.values)
    )
    reports = [PublishedReportFactory(publication_year=2014, publication_date=None),
               PublishedReportFactory(publication_year=2015, publication_date=None)]  # fmt: skip
    plan = reports[0].plan
    commitments = CommitmentFactory._meta.model.objects.bulk_create(
        [
            CommitmentFactory.build(plan=plan, number=1000 + index)
            for index in range(len(combinations))
        ]
    )
    rows = []
    for report in reports:
        for commitment, (specificity, values, impact, completion) in zip(
            commitments, combinations, strict=True
        ):
            access, civic, accountability, technology = values
            rows.append(
                Assessment(
                    report=report,
                    commitment=commitment,
                    specificity=specificity,
                    relevant_to_access_to_information=access,
                    relevant_to_civic_participation=civic,
                    relevant_to_public_accountability=accountability,
                    relevant_to_technology_and_innovation=technology,
                    potential_impact=impact,
                    completion=completion,
                )
            )
    Assessment.objects.bulk_create(rows)
    annotated = (
        Assessment.objects.filter(report__in=reports).with_starred().select_related("report")
    )
    checked = 0
    for row in annotated:
        assert row.starred == is_starred(row), row.__dict__
        checked += 1
    assert checked == 2 * len(combinations) == 2560
    starred_ids = set(
        Assessment.objects.filter(report__in=reports).starred().values_list("id", flat=True)
    )
    assert starred_ids == {row.id for row in annotated if is_starred(row)}
    assert 0 < len(starred_ids) < checked


# --- eligibility: points over the maximum of the criteria with data, whole percent


@pytest.mark.parametrize(
    ("country", "points", "percentage"),
    [
        ("Кыргызстан", (4, 4, 4, 3), 94),
        ("Азербайджан", (4, 4, 2, 2), 75),
        ("Казахстан", (4, 4, 2, 2), 75),
        ("Таджикистан", (2, 4, 2, 1), 56),
        ("Узбекистан", (None, 4, 0, 1), 42),
    ],
)
def test_the_source_documents_totals_come_out(country, points, percentage):
    assert eligibility_percentage(points) == percentage


def test_no_data_is_left_out_of_the_maximum_not_counted_as_zero():
    assert eligibility_percentage((None, 4, 4, 4)) == 100
    assert eligibility_percentage((0, 4, 4, 4)) == 75
    assert eligibility_percentage((None, None, None, 2)) == 50


def test_no_data_anywhere_gives_no_total():
    assert eligibility_percentage((None, None, None, None)) is None
    assert not is_eligible(None)


def test_totals_round_half_up_to_a_whole_percent():
    assert eligibility_percentage((1, 0, None, None)) == 13  # 12.5 %
    assert eligibility_percentage((3, 4, 4, 4)) == 94  # 93.75 %
    assert eligibility_percentage((2, 1, 2, None)) == 42  # 41.67 %


def test_the_threshold_is_75_percent():
    assert is_eligible(75)
    assert not is_eligible(74)


def test_a_score_reports_its_total_and_eligibility():
    kyrgyzstan = EligibilityScore(
        fiscal_transparency=4, access_to_information=4, asset_disclosure=4, civic_participation=3
    )
    uzbekistan = EligibilityScore(
        fiscal_transparency=None,
        access_to_information=4,
        asset_disclosure=0,
        civic_participation=1,
    )
    assert (kyrgyzstan.total_percentage, kyrgyzstan.is_eligible) == (94, True)
    assert (uzbekistan.total_percentage, uzbekistan.is_eligible) == (42, False)


@pytest.mark.django_db
def test_a_criterion_above_4_points_is_refused_by_the_form_and_the_database():
    score = EligibilityScoreFactory.build(civic_participation=5)
    with pytest.raises(ValidationError) as error:
        score.full_clean()
    assert "civic_participation" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        score.save()


@pytest.mark.django_db
def test_a_report_needs_a_year_or_a_date_and_they_must_agree():
    report = PublishedReportFactory.build(publication_date=None, publication_year=None)
    report.plan.save()
    report.plan_id = report.plan.pk
    with pytest.raises(ValidationError) as error:
        report.full_clean()
    assert "publication_year" in error.value.message_dict
    report.publication_year = 2019
    report.publication_date = datetime.date(2020, 1, 1)
    with pytest.raises(ValidationError):
        report.full_clean()
    report.save()
    assert report.publication_year == 2020  # the exact date wins when it is known
