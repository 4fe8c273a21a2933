"""The National Action Plan: plans, themes, commitments and their milestones."""

from bisect import bisect_left
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Count, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from directory.models import Organization, Person
from publishing.models import PublicationState, Publishable, PublishableQuerySet
from publishing.uploads import ContentValidator, StoredFile


class PlanStatus(models.TextChoices):
    IN_DEVELOPMENT = "in_development", _("In development")
    IN_IMPLEMENTATION = "in_implementation", _("In implementation")
    COMPLETED = "completed", _("Completed")


class ActionPlan(Publishable):
    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    slug = models.SlugField(
        _("address"), max_length=20, unique=True, help_text=_("The period, e.g. 2018-2020.")
    )
    title = models.CharField(_("title"), max_length=300)
    start_date = models.DateField(_("start"))
    end_date = models.DateField(_("end"))
    adopting_act = models.CharField(_("adopting act"), max_length=300, blank=True)
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=PlanStatus.choices)
    description = models.TextField(_("description"), blank=True)
    source_url = models.URLField(_("source"), blank=True)

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")
        ordering = ["-number"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("commitments:plan", kwargs={"plan": self.slug})

    @property
    def period(self):
        return f"{self.start_date:%Y}–{self.end_date:%Y}"


class ActionPlanDocument(StoredFile):
    """The plan's text in one language (the plan is submitted in Russian, Kyrgyz and English)."""

    upload_folder = "plans"

    plan = models.ForeignKey(
        ActionPlan, on_delete=models.CASCADE, related_name="documents", verbose_name=_("plan")
    )
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=[("ru", "Русский"), ("ky", "Кыргызча"), ("en", "English")],
    )
    file = models.FileField(_("file"), max_length=255, validators=[ContentValidator("document")])

    class Meta:
        verbose_name = _("plan document")
        verbose_name_plural = _("plan documents")
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "language"], name="one_plan_document_per_language"
            )
        ]

    def __str__(self):
        return f"{self.plan} ({self.language})"

    def get_absolute_url(self):
        return reverse(
            "commitments:plan_document", kwargs={"plan": self.plan.slug, "language": self.language}
        )


class Theme(Publishable):
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["order", "slug"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("commitments:theme", kwargs={"slug": self.slug})


class CommitmentStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    DELAYED = "delayed", _("Delayed")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    # For a commitment whose sources do not say how far it got: better than a guess.
    NOT_REPORTED = "not_reported", _("Not reported")


class OGPValue(models.TextChoices):
    ACCESS_TO_INFORMATION = "access_to_information", _("Access to information")
    CIVIC_PARTICIPATION = "civic_participation", _("Civic participation")
    PUBLIC_ACCOUNTABILITY = "public_accountability", _("Public accountability")
    TECHNOLOGY_AND_INNOVATION = "technology_and_innovation", _("Technology and innovation")


class MilestoneCompletion(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    DELAYED = "delayed", _("Delayed")
    CANCELLED = "cancelled", _("Cancelled")


# A milestone past its end date counts as overdue unless it is finished one way or another.
# The database trigger that keeps Commitment's milestone counts (migration 0005) spells out
# these same values: change both together.
CLOSED_COMPLETIONS = [MilestoneCompletion.COMPLETED, MilestoneCompletion.CANCELLED]


def overdue_milestones_q(prefix=""):
    """Past its end date and neither completed nor cancelled; a deadline of today is not late."""
    return Q(**{f"{prefix}end_date__lt": timezone.localdate()}) & ~Q(
        **{f"{prefix}completion__in": CLOSED_COMPLETIONS}
    )


@dataclass(frozen=True)
class Progress:
    """How far a commitment (or a set of them) got, counted from milestones, never typed in."""

    completed: int
    total: int
    overdue: int = 0
    sample: int = 0  # milestones that are sample data: the progress is then only illustrative

    @property
    def percent(self):
        return round(100 * self.completed / self.total) if self.total else 0

    @property
    def has_milestones(self):
        return self.total > 0

    # The sentences in Python rather than {% blocktrans %}: a list shows one per row.
    @property
    def summary(self):
        return ngettext(
            "%(completed)s of %(total)s milestone completed",
            "%(completed)s of %(total)s milestones completed",
            self.total,
        ) % {"completed": self.completed, "total": self.total}

    @property
    def overdue_label(self):
        return ngettext("%(overdue)s overdue", "%(overdue)s overdue", self.overdue) % {
            "overdue": self.overdue
        }


def _milestone_count(condition):
    """A correlated count of one commitment's milestones, so joins elsewhere cannot inflate it."""
    counted = (
        Milestone.objects.filter(condition, commitment=OuterRef("pk"))
        .order_by()
        .values("commitment")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


class CommitmentQuerySet(PublishableQuerySet):
    def published(self):
        """A commitment is public only while its plan is public too."""
        return (
            super()
            .published()
            .filter(
                plan__publication_state=PublicationState.PUBLISHED,
                plan__published_at__lte=timezone.now(),
            )
        )

    def with_progress(self):
        """Rows whose progress comes from the counts kept on the commitment itself, so a list
        needs no query per commitment and no join with the milestones.

        Cancelled milestones leave the count: they will never be done, nor are they owed.
        """
        return self.annotate(
            milestones_total=F("counted_milestones"),
            milestones_completed=F("completed_milestones"),
            milestones_sample=F("sample_milestones"),
        )

    def with_overdue_count(self):
        """milestones_overdue, counted in the database (for totals over many commitments), and
        only for commitments whose earliest open deadline has passed."""
        return self.annotate(
            milestones_overdue=Case(
                When(
                    open_deadlines__0__lt=timezone.localdate().isoformat(),
                    then=_milestone_count(overdue_milestones_q()),
                ),
                default=Value(0),
                output_field=IntegerField(),
            )
        )

    def with_overdue_milestones(self, overdue=True):
        # The earliest open deadline decides; an empty list has none (NULL), so is never late.
        late = Q(open_deadlines__0__lt=timezone.localdate().isoformat())
        return self.filter(late if overdue else ~late | Q(open_deadlines=[]))


class Commitment(Publishable):
    plan = models.ForeignKey(
        ActionPlan, on_delete=models.PROTECT, related_name="commitments", verbose_name=_("plan")
    )
    number = models.PositiveSmallIntegerField(
        _("national number"), help_text=_("As published in the plan, e.g. 3, 11, 17, 19.")
    )
    ogp_id = models.CharField(
        _("OGP identifier"),
        max_length=10,
        blank=True,
        db_index=True,
        help_text=_("As OGP lists it, e.g. KG0001; the numberings differ."),
    )
    title = models.CharField(_("title"), max_length=400)
    problem = models.TextField(_("problem addressed"), blank=True)
    objective = models.TextField(_("objective"), blank=True)
    expected_change = models.TextField(_("what it changes"), blank=True)
    relevant_to_access_to_information = models.BooleanField(
        _("access to information"), default=False, db_index=True
    )
    relevant_to_civic_participation = models.BooleanField(
        _("civic participation"), default=False, db_index=True
    )
    relevant_to_public_accountability = models.BooleanField(
        _("public accountability"), default=False, db_index=True
    )
    relevant_to_technology_and_innovation = models.BooleanField(
        _("technology and innovation"), default=False, db_index=True
    )
    themes = models.ManyToManyField(
        Theme, related_name="commitments", verbose_name=_("themes"), blank=True
    )
    lead_agency = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="led_commitments",
        verbose_name=_("lead agency"),
        null=True,
        blank=True,
    )
    responsible_official = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        related_name="responsible_for",
        verbose_name=_("responsible official"),
        null=True,
        blank=True,
    )
    co_implementers = models.ManyToManyField(
        Organization,
        related_name="co_implemented_commitments",
        verbose_name=_("co-implementing government agencies"),
        blank=True,
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CommitmentStatus.choices,
        default=CommitmentStatus.NOT_STARTED,
        db_index=True,
    )
    source_url = models.URLField(_("source"), blank=True, max_length=300)
    updated_at = models.DateTimeField(_("last update"), auto_now=True)
    # Kept by database triggers (migration 0005) from the milestones, however they change
    # (admin, bulk_create, queryset update, delete), so lists read progress without a join.
    # Whatever a save() writes here is replaced by the recount.
    counted_milestones = models.PositiveIntegerField(
        _("milestones counted"), default=0, editable=False
    )
    completed_milestones = models.PositiveIntegerField(
        _("milestones completed"), default=0, editable=False
    )
    sample_milestones = models.PositiveIntegerField(
        _("sample milestones"), default=0, editable=False
    )
    # The end dates (ISO 8601 strings, which sort as dates do) of the milestones neither
    # completed nor cancelled, earliest first: how many are overdue depends on the day, so it is
    # counted from these when shown. JSON rather than a PostgreSQL array: the quick start runs
    # on SQLite.
    open_deadlines = models.JSONField(_("open deadlines"), default=list, editable=False)

    objects = CommitmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["plan__number", "number"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="one_number_per_plan")
        ]

    def __str__(self):
        return f"№ {self.number}. {self.title}"

    def get_absolute_url(self):
        return reverse("commitments:detail", kwargs={"plan": self.plan.slug, "number": self.number})

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end cannot come before the start.")})

    @property
    def ogp_values(self):
        return [value for value in OGPValue if getattr(self, f"relevant_to_{value.value}")]

    @property
    def progress(self):
        """From the kept counts on with_progress() rows, else from the (prefetched) milestones."""
        if hasattr(self, "milestones_total"):
            return Progress(
                self.milestones_completed,
                self.milestones_total,
                bisect_left(self.open_deadlines, timezone.localdate().isoformat()),
                self.milestones_sample,
            )
        milestones = list(self.milestones.all())
        counted = [m for m in milestones if m.completion != MilestoneCompletion.CANCELLED]
        return Progress(
            completed=sum(m.completion == MilestoneCompletion.COMPLETED for m in counted),
            total=len(counted),
            overdue=sum(m.is_overdue for m in milestones),
            sample=sum(m.is_sample for m in milestones),
        )


class PartnerKind(models.TextChoices):
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    PRIVATE_SECTOR = "private_sector", _("Private sector")
    MULTILATERAL = "multilateral", _("Multilateral organization")
    WORKING_GROUP = "working_group", _("Working group")


class CommitmentPartner(models.Model):
    """A non-government partner of a commitment: an organization, a person, or a person there.

    The source sometimes names only a person (with their role) as a partner, so either may be
    given, but not neither.
    """

    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="partners", verbose_name=_("commitment")
    )
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="partnerships",
        verbose_name=_("organization"),
        null=True,
        blank=True,
    )
    person = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        related_name="partnerships",
        verbose_name=_("person"),
        null=True,
        blank=True,
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=PartnerKind.choices,
        blank=True,
        help_text=_("Leave empty when the source does not say."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["order", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(organization__isnull=False) | Q(person__isnull=False),
                name="partner_is_an_organization_or_a_person",
            )
        ]

    def __str__(self):
        return str(self.person or self.organization)

    def clean(self):
        if self.organization_id is None and self.person_id is None:
            raise ValidationError(_("Choose an organization, a person, or both."))


class Milestone(models.Model):
    commitment = models.ForeignKey(
        Commitment,
        on_delete=models.CASCADE,
        related_name="milestones",
        verbose_name=_("commitment"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    activity = models.TextField(_("activity"))
    deliverable = models.TextField(_("verifiable deliverable"), blank=True)
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True, db_index=True)
    completion = models.CharField(
        _("completion"),
        max_length=20,
        choices=MilestoneCompletion.choices,
        default=MilestoneCompletion.NOT_STARTED,
        db_index=True,
    )
    evidence_url = models.URLField(_("evidence (link)"), blank=True, max_length=500)
    is_sample = models.BooleanField(_("sample data"), default=False)
    updated_at = models.DateTimeField(_("last update"), auto_now=True)

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["commitment", "order", "id"]
        indexes = [
            # Progress counts and the "overdue" filter look up one commitment's milestones by
            # completion and end date.
            models.Index(
                fields=["commitment", "completion", "end_date"], name="milestone_progress_idx"
            )
        ]

    def __str__(self):
        return self.activity[:80]

    @property
    def is_overdue(self):
        """Same rule as overdue_milestones_q(): late only from the day after the end date."""
        return (
            self.end_date is not None
            and self.end_date < timezone.localdate()
            and self.completion not in CLOSED_COMPLETIONS
        )

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end cannot come before the start.")})


class MilestoneEvidence(StoredFile):
    """A document proving a milestone's deliverable."""

    upload_folder = "evidence"

    milestone = models.ForeignKey(
        Milestone,
        on_delete=models.CASCADE,
        related_name="evidence_files",
        verbose_name=_("milestone"),
    )
    title = models.CharField(_("title"), max_length=300, blank=True)
    file = models.FileField(_("file"), max_length=255, validators=[ContentValidator("document")])

    class Meta:
        verbose_name = _("evidence file")
        verbose_name_plural = _("evidence files")

    def __str__(self):
        return self.title or self.original_filename

    def get_absolute_url(self):
        return reverse("commitments:evidence", kwargs={"pk": self.pk})
