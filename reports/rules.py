"""The two derived judgements of this app, each written once: the star and the eligibility total.

A starred commitment (OGP's Independent Reporting Mechanism) is one whose assessment has
  - specificity medium or high (verifiable),
  - relevance to at least one of access to information, civic participation or public
    accountability (technology and innovation alone does not count),
  - potential impact transformative (moderate was enough in reports published before 2015),
  - completion substantial or complete.
Nobody types the star in: `is_starred` computes it for one assessment, `starred_q` gives the same
rule to the database for lists. Both read the constants below, and a test compares them on every
combination of inputs.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Q

from .choices import Completion, PotentialImpact, Specificity

STARRED_SPECIFICITY = frozenset({Specificity.MEDIUM, Specificity.HIGH})
# The values that make a commitment relevant for the star; technology alone is not one of them.
STARRED_VALUE_FIELDS = (
    "relevant_to_access_to_information",
    "relevant_to_civic_participation",
    "relevant_to_public_accountability",
)
STARRED_IMPACT = frozenset({PotentialImpact.TRANSFORMATIVE})
# Reports published before this year awarded the star for moderate potential impact too.
LENIENT_IMPACT_BEFORE_YEAR = 2015
STARRED_IMPACT_BEFORE_2015 = frozenset({PotentialImpact.MODERATE, PotentialImpact.TRANSFORMATIVE})
STARRED_COMPLETION = frozenset({Completion.SUBSTANTIAL, Completion.COMPLETE})


def starred_impacts(publication_year):
    if publication_year < LENIENT_IMPACT_BEFORE_YEAR:
        return STARRED_IMPACT_BEFORE_2015
    return STARRED_IMPACT


def star_conditions(assessment):
    """Each condition of the star and whether the assessment meets it, in the order OGP lists."""
    return {
        "specificity": assessment.specificity in STARRED_SPECIFICITY,
        "relevance": any(getattr(assessment, name) for name in STARRED_VALUE_FIELDS),
        "potential_impact": assessment.potential_impact
        in starred_impacts(assessment.report.publication_year),
        "completion": assessment.completion in STARRED_COMPLETION,
    }


def is_starred(assessment):
    """Whether this assessment earns the commitment a star (needs assessment.report loaded)."""
    return all(star_conditions(assessment).values())


def starred_q(prefix=""):
    """The same rule as a database condition; prefix reaches assessments from another model,
    e.g. starred_q("assessments__") on commitments."""
    relevant = Q()
    for name in STARRED_VALUE_FIELDS:
        relevant |= Q(**{f"{prefix}{name}": True})
    year_field = f"{prefix}report__publication_year"
    impact_field = f"{prefix}potential_impact__in"
    impact = Q(
        **{year_field + "__gte": LENIENT_IMPACT_BEFORE_YEAR, impact_field: STARRED_IMPACT}
    ) | Q(
        **{
            year_field + "__lt": LENIENT_IMPACT_BEFORE_YEAR,
            impact_field: STARRED_IMPACT_BEFORE_2015,
        }
    )
    return (
        Q(**{f"{prefix}specificity__in": STARRED_SPECIFICITY})
        & relevant
        & impact
        & Q(**{f"{prefix}completion__in": STARRED_COMPLETION})
    )


# Eligibility: each criterion scores 0 to 4 points; a criterion without data is left out.
POINTS_PER_CRITERION = 4
ELIGIBILITY_THRESHOLD_PERCENT = 75


def eligibility_percentage(scores):
    """Points over the maximum of the criteria that have data, as a whole percent (half up).

    None when no criterion has data. 4/4/4/3 gives 94; no data/4/0/1 gives 42.
    """
    known = [score for score in scores if score is not None]
    if not known:
        return None
    ratio = Decimal(sum(known) * 100) / Decimal(POINTS_PER_CRITERION * len(known))
    return int(ratio.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def is_eligible(percentage):
    return percentage is not None and percentage >= ELIGIBILITY_THRESHOLD_PERCENT
