"""The scales of reports and assessments, as the IRM and the source document name them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ReportKind(models.TextChoices):
    FORUM_SEMIANNUAL = "forum_semiannual", _("Forum semi-annual implementation report")
    IRM_DESIGN = "irm_design", _("IRM design report")
    IRM_IMPLEMENTATION = "irm_implementation", _("IRM implementation report")
    ALTERNATIVE = "alternative", _("Alternative civil-society report")
    SELF_ASSESSMENT = "self_assessment", _("Government self-assessment")


class Specificity(models.TextChoices):
    NONE = "none", pgettext_lazy("specificity", "None")
    LOW = "low", pgettext_lazy("specificity", "Low")
    MEDIUM = "medium", pgettext_lazy("specificity", "Medium")
    HIGH = "high", pgettext_lazy("specificity", "High")


class PotentialImpact(models.TextChoices):
    NONE = "none", pgettext_lazy("potential impact", "None")
    MINOR = "minor", pgettext_lazy("potential impact", "Minor")
    MODERATE = "moderate", pgettext_lazy("potential impact", "Moderate")
    TRANSFORMATIVE = "transformative", pgettext_lazy("potential impact", "Transformative")


class Completion(models.TextChoices):
    NO_EVIDENCE = "no_evidence", pgettext_lazy("completion", "No evidence")
    NOT_STARTED = "not_started", pgettext_lazy("completion", "Not started")
    LIMITED = "limited", pgettext_lazy("completion", "Limited")
    SUBSTANTIAL = "substantial", pgettext_lazy("completion", "Substantial")
    COMPLETE = "complete", pgettext_lazy("completion", "Complete")


class OpenedGovernment(models.TextChoices):
    """'Did it open government?', asked only after implementation."""

    WORSENED = "worsened", pgettext_lazy("did it open government", "Worsened")
    DID_NOT_CHANGE = "did_not_change", pgettext_lazy("did it open government", "Did not change")
    MARGINAL = "marginal", pgettext_lazy("did it open government", "Marginal")
    MAJOR = "major", pgettext_lazy("did it open government", "Major")
    OUTSTANDING = "outstanding", pgettext_lazy("did it open government", "Outstanding")


class AssessmentSource(models.TextChoices):
    """Who assessed: the columns a commitment page sets side by side."""

    FORUM = "forum", _("The Forum's report")
    IRM = "irm", _("The IRM")
    ALTERNATIVE = "alternative", _("The alternative report")
    GOVERNMENT = "government", _("The Government's self-assessment")


SOURCE_OF_KIND = {
    ReportKind.FORUM_SEMIANNUAL: AssessmentSource.FORUM,
    ReportKind.IRM_DESIGN: AssessmentSource.IRM,
    ReportKind.IRM_IMPLEMENTATION: AssessmentSource.IRM,
    ReportKind.ALTERNATIVE: AssessmentSource.ALTERNATIVE,
    ReportKind.SELF_ASSESSMENT: AssessmentSource.GOVERNMENT,
}

REPORT_LANGUAGES = [("ru", "Русский"), ("ky", "Кыргызча"), ("en", "English")]
