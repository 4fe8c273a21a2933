"""What the Forum adds to a commitment's page: the meetings whose agenda pointed at it.

The commitments app calls commitment_context(commitment) and includes
"forum/_commitment_meetings.html" when related_meetings is not None.
"""

from . import selectors


def commitment_context(commitment):
    """Published meetings (held or planned) that discussed the commitment: one query."""
    return {"related_meetings": selectors.meetings_discussing(commitment)}
