from modeltranslation.translator import TranslationOptions, register

from publishing.history import track_history

from .models import Assessment, EligibilityScore, Report, ReportFile


@register(Report)
class ReportTranslationOptions(TranslationOptions):
    fields = ("title", "summary")


@register(Assessment)
class AssessmentTranslationOptions(TranslationOptions):
    fields = ("notes",)


@register(EligibilityScore)
class EligibilityScoreTranslationOptions(TranslationOptions):
    fields = ("country", "source_note")


# History after translation, so the per-language columns are kept in every version.
track_history(Report, ReportFile, Assessment, EligibilityScore)
