"""What a commitment page shows from this app: its assessments, side by side.

The commitments app calls commitment_context(commitment) and, when `assessments` is not None,
includes "reports/_commitment_assessments.html" with that context.
"""

from .selectors import commitment_assessments


def commitment_context(commitment):
    """{"assessments": [...]}: every published assessment of the commitment, in one query."""
    return {"assessments": commitment_assessments(commitment)}
