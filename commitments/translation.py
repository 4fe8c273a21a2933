from modeltranslation.translator import TranslationOptions, register

from publishing.history import track_history

from .models import ActionPlan, Commitment, Milestone, MilestoneEvidence, Theme


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


track_history(ActionPlan, Theme, Commitment, Milestone)
