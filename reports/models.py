"""Monitoring and evaluation: reports on the action plan, their assessments, eligibility scores."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import BooleanField, Case, F, Q, Value, When
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from commitments.models import ActionPlan, Commitment
from directory.models import Organization
from publishing.models import Publishable, PublishableQuerySet
from publishing.uploads import ContentValidator, StoredFile

from . import rules
from .choices import (
    REPORT_LANGUAGES,
    SOURCE_OF_KIND,
    Completion,
    OpenedGovernment,
    PotentialImpact,
    ReportKind,
    Specificity,
)

FIRST_OGP_YEAR = 2011


class ReportQuerySet(PublishableQuerySet):
    def for_listing(self):
        """What a list of reports shows, in a fixed number of queries whatever its length."""
        return self.select_related("plan", "author").prefetch_related("files")


class Report(Publishable):
    kind = models.CharField(_("kind"), max_length=20, choices=ReportKind.choices, db_index=True)
    title = models.CharField(_("title"), max_length=300)
    plan = models.ForeignKey(
        ActionPlan,
        on_delete=models.PROTECT,
        related_name="reports",
        verbose_name=_("action plan"),
        null=True,
        blank=True,
    )
    period_start = models.DateField(_("period from"), null=True, blank=True)
    period_end = models.DateField(_("period to"), null=True, blank=True)
    author = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="reports",
        verbose_name=_("author organization"),
        null=True,
        blank=True,
    )
    publication_year = models.PositiveSmallIntegerField(
        _("year of publication"),
        blank=True,
        db_index=True,
        validators=[MinValueValidator(FIRST_OGP_YEAR), MaxValueValidator(2100)],
        help_text=_("Filled in from the date of publication when the exact date is known."),
    )
    publication_date = models.DateField(
        _("date of publication"),
        null=True,
        blank=True,
        help_text=_("When the author published the report, if the exact date is known."),
    )
    summary = models.TextField(_("summary"), blank=True)
    source_url = models.URLField(_("source"), max_length=500, blank=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = [
            "-publication_year",
            F("publication_date").desc(nulls_last=True),
            "-id",
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("reports:report", kwargs={"pk": self.pk})

    def clean(self):
        super().clean()
        if self.publication_date is None and self.publication_year is None:
            raise ValidationError(
                {"publication_year": _("Give the year of publication, or the exact date.")}
            )
        if (
            self.publication_date is not None
            and self.publication_year is not None
            and self.publication_date.year != self.publication_year
        ):
            raise ValidationError(
                {"publication_year": _("The year does not match the date of publication.")}
            )
        if self.period_start and self.period_end and self.period_start > self.period_end:
            raise ValidationError({"period_end": _("The period ends before it starts.")})

    def save(self, *args, **kwargs):
        if self.publication_date is not None:
            self.publication_year = self.publication_date.year
        super().save(*args, **kwargs)

    @property
    def source(self):
        """Which column of a commitment's comparison this report's assessments fill."""
        return SOURCE_OF_KIND[ReportKind(self.kind)]

    @property
    def files_in_order(self):
        """The prefetched files, Russian first, then Kyrgyz, then English."""
        order = [code for code, _name in REPORT_LANGUAGES]
        return sorted(self.files.all(), key=lambda file: order.index(file.language))


class ReportFile(StoredFile):
    """The report's text in one language."""

    category = "document"
    upload_folder = "reports"

    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="files", verbose_name=_("report")
    )
    language = models.CharField(_("language"), max_length=2, choices=REPORT_LANGUAGES)
    file = models.FileField(_("file"), max_length=255, validators=[ContentValidator("document")])

    class Meta:
        verbose_name = _("report file")
        verbose_name_plural = _("report files")
        constraints = [
            models.UniqueConstraint(
                fields=["report", "language"], name="one_report_file_per_language"
            )
        ]

    def __str__(self):
        return f"{self.report} ({self.language})"

    def get_absolute_url(self):
        """A stable address outside the language prefix: /reports/<id>/<language>.<extension>."""
        return reverse(
            "report_file_download",
            kwargs={
                "pk": self.report_id,
                "language": self.language,
                "extension": self.extension,
            },
        )

    @property
    def language_name(self):
        return dict(REPORT_LANGUAGES)[self.language]


class AssessmentQuerySet(models.QuerySet):
    def with_starred(self):
        """Adds `starred` computed by the database, for lists and filters."""
        return self.annotate(
            starred=Case(
                When(rules.starred_q(), then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )

    def starred(self):
        return self.filter(rules.starred_q())

    def published(self):
        """Assessments in published reports: the only ones the public sees."""
        return self.filter(report__in=Report.objects.published())


class Assessment(models.Model):
    """How one report judged one commitment. Whether it is starred is derived, never stored."""

    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="assessments", verbose_name=_("report")
    )
    commitment = models.ForeignKey(
        Commitment,
        on_delete=models.PROTECT,
        related_name="assessments",
        verbose_name=_("commitment"),
    )
    specificity = models.CharField(
        _("specificity (verifiability)"), max_length=10, choices=Specificity.choices
    )
    relevant_to_access_to_information = models.BooleanField(
        _("relevant to access to information"), default=False
    )
    relevant_to_civic_participation = models.BooleanField(
        _("relevant to civic participation"), default=False
    )
    relevant_to_public_accountability = models.BooleanField(
        _("relevant to public accountability"), default=False
    )
    relevant_to_technology_and_innovation = models.BooleanField(
        _("relevant to technology and innovation"), default=False
    )
    potential_impact = models.CharField(
        _("potential impact"), max_length=20, choices=PotentialImpact.choices
    )
    completion = models.CharField(_("completion"), max_length=20, choices=Completion.choices)
    did_it_open_government = models.CharField(
        _("did it open government?"),
        max_length=20,
        choices=OpenedGovernment.choices,
        null=True,
        blank=True,
        help_text=_("Only after implementation; leave empty before."),
    )
    notes = models.TextField(_("notes"), blank=True)

    objects = AssessmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["commitment__number", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["report", "commitment"], name="one_assessment_per_commitment_and_report"
            )
        ]

    def __str__(self):
        return f"{self.commitment} — {self.report}"

    @property
    def is_starred(self):
        return rules.is_starred(self)

    @property
    def star_conditions(self):
        return rules.star_conditions(self)

    @property
    def unmet_star_conditions(self):
        """Labels of the star's conditions this assessment does not meet, to explain a no."""
        labels = dict(STAR_CONDITION_LABELS)
        if self.report.publication_year < rules.LENIENT_IMPACT_BEFORE_YEAR:
            labels["potential_impact"] = _("potential impact is not moderate or transformative")
        return [labels[key] for key, met in self.star_conditions.items() if not met]

    @property
    def relevant_values(self):
        """The OGP values the assessment finds the commitment relevant to, as labels."""
        return [VALUE_LABELS[name] for name in VALUE_FIELDS if getattr(self, name)]


VALUE_FIELDS = (
    "relevant_to_access_to_information",
    "relevant_to_civic_participation",
    "relevant_to_public_accountability",
    "relevant_to_technology_and_innovation",
)
VALUE_LABELS = {
    "relevant_to_access_to_information": _("Access to information"),
    "relevant_to_civic_participation": _("Civic participation"),
    "relevant_to_public_accountability": _("Public accountability"),
    "relevant_to_technology_and_innovation": _("Technology and innovation"),
}


STAR_CONDITION_LABELS = {
    "specificity": _("specificity is not medium or high"),
    "relevance": _("not relevant to access to information, civic participation or accountability"),
    "potential_impact": _("potential impact is not transformative"),
    "completion": _("completion is not substantial or complete"),
}


CRITERIA = (
    ("fiscal_transparency", _("Fiscal transparency")),
    ("access_to_information", _("Access to information")),
    ("asset_disclosure", _("Asset disclosure")),
    ("civic_participation", _("Civic participation")),
)


def _criterion_field(label):
    return models.PositiveSmallIntegerField(
        label,
        null=True,
        blank=True,
        validators=[MaxValueValidator(rules.POINTS_PER_CRITERION)],
        help_text=_("0 to 4 points; leave empty for “no data”."),
    )


class EligibilityScore(Publishable):
    """A country's OGP eligibility points; the total is derived, never typed in."""

    country_code = models.CharField(
        _("country code"), max_length=2, help_text=_("ISO 3166 code, e.g. KG.")
    )
    country = models.CharField(_("country"), max_length=100)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(FIRST_OGP_YEAR), MaxValueValidator(2100)]
    )
    fiscal_transparency = _criterion_field(_("fiscal transparency"))
    access_to_information = _criterion_field(_("access to information"))
    asset_disclosure = _criterion_field(_("asset disclosure"))
    civic_participation = _criterion_field(_("civic participation"))
    highlighted = models.BooleanField(
        _("highlighted"), default=False, help_text=_("Shown in bold, as Kyrgyzstan in the source.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    source_note = models.CharField(
        _("source note"),
        max_length=200,
        blank=True,
        help_text=_("Shown in the table caption, e.g. “as given in the 2019 source document”."),
    )
    source_url = models.URLField(_("source"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("eligibility score")
        verbose_name_plural = _("eligibility scores")
        ordering = ["-year", "order", "country_code"]
        constraints = [
            models.UniqueConstraint(
                fields=["country_code", "year"], name="one_score_per_country_year"
            ),
            *[
                models.CheckConstraint(
                    condition=Q(**{f"{name}__isnull": True})
                    | Q(**{f"{name}__lte": rules.POINTS_PER_CRITERION}),
                    name=f"eligibility_{name}_at_most_4",
                )
                for name, _label in CRITERIA
            ],
        ]

    def __str__(self):
        return f"{self.country} {self.year}"

    @property
    def criteria(self):
        """(label, points or None) for each criterion, in the source's order."""
        return [(label, getattr(self, name)) for name, label in CRITERIA]

    @property
    def total_percentage(self):
        return rules.eligibility_percentage([getattr(self, name) for name, _label in CRITERIA])

    @property
    def is_eligible(self):
        return rules.is_eligible(self.total_percentage)
