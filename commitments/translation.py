import simple_history
from modeltranslation.translator import TranslationOptions, register

from publishing.history import track_history

from .models import (
    ActionPlan,
    Commitment,
    CommitmentPartner,
    Milestone,
    MilestoneEvidence,
    Theme,
)


@register(ActionPlan)
class ActionPlanTranslationOptions(TranslationOptions):
    fields = ("title", "adopting_act", "description")


@register(Theme)
class ThemeTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(Commitment)
class CommitmentTranslationOptions(TranslationOptions):
    fields = ("title", "problem", "objective", "expected_change")


@register(Milestone)
class MilestoneTranslationOptions(TranslationOptions):
    fields = ("activity", "deliverable")


@register(MilestoneEvidence)
class MilestoneEvidenceTranslationOptions(TranslationOptions):
    fields = ("title",)


# History after translation (see publishing.history). A commitment's themes and co-implementers
# are part of what staff edit, so their changes are kept with the commitment's versions.
track_history(ActionPlan, Theme, Milestone, CommitmentPartner)
# The milestone counts are the database's own bookkeeping, not an edit: no version for them.
simple_history.register(
    Commitment,
    app="commitments",
    m2m_fields=["themes", "co_implementers"],
    excluded_fields=[
        "counted_milestones",
        "completed_milestones",
        "sample_milestones",
        "open_deadlines",
    ],
)
