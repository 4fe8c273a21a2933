"""The Open Government Coalition: what it is, its members, its partners and applications to join."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import CharField, F, Q, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from commitments.models import Commitment, Theme
from directory.models import Organization, Person
from publishing.models import Publishable, PublishableQuerySet


class MemberKind(models.TextChoices):
    PUBLIC_ASSOCIATION = "public_association", _("Public association")
    FOUNDATION = "foundation", _("Foundation")
    NON_PROFIT = "non_profit", _("Non-profit organization")
    RESEARCH = "research", _("Research or expert body")
    MEDIA = "media", _("Media")
    EXPERT = "expert", _("Individual expert")
    OTHER = "other", _("Other")


# What an organization may be; an individual expert applies as a person.
ORGANIZATION_KINDS = [choice for choice in MemberKind.choices if choice[0] != MemberKind.EXPERT]


class Region(models.TextChoices):
    """The two cities of republican significance and the seven regions (oblasts)."""

    BISHKEK = "bishkek", _("Bishkek city")
    OSH_CITY = "osh_city", _("Osh city")
    CHUY = "chuy", _("Chüy Region")
    TALAS = "talas", _("Talas Region")
    ISSYK_KUL = "issyk_kul", _("Issyk-Kul Region")
    NARYN = "naryn", _("Naryn Region")
    JALAL_ABAD = "jalal_abad", _("Jalal-Abad Region")
    OSH = "osh", _("Osh Region")
    BATKEN = "batken", _("Batken Region")


# Labels by value. Django's get_FOO_display() hashes every lazy label on each call, which
# adds up over a list or an export; a plain lookup here returns the same label.
KIND_LABELS = dict(MemberKind.choices)
REGION_LABELS = dict(Region.choices)


class CoalitionInfo(Publishable):
    """What the Coalition is: the text of its public page, edited by staff in three languages."""

    key = models.SlugField(_("key"), max_length=40, unique=True, default="coalition")
    title = models.CharField(_("title"), max_length=200)
    purpose = models.TextField(
        _("purpose"), help_text=_("Who the Coalition brings together and why; plain text.")
    )
    registered_members = models.PositiveIntegerField(
        _("registered members (official figure)"), null=True, blank=True
    )
    registered_members_label = models.CharField(
        _("what the figure says"),
        max_length=200,
        blank=True,
        help_text=_("E.g. members of the Coalition registered by April 2019."),
    )
    directions_intro = models.CharField(
        _("introduction to the directions"), max_length=400, blank=True
    )
    source_url = models.URLField(_("source"), blank=True)

    class Meta:
        verbose_name = _("Coalition description")
        verbose_name_plural = _("Coalition description")

    def __str__(self):
        return self.title


class Direction(models.Model):
    """One direction of the Coalition members' work, as the source document lists them."""

    info = models.ForeignKey(
        CoalitionInfo,
        on_delete=models.CASCADE,
        related_name="directions",
        verbose_name=_("Coalition description"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.CharField(_("direction"), max_length=400)

    class Meta:
        verbose_name = _("direction of work")
        verbose_name_plural = _("directions of work")
        ordering = ["order", "id"]

    def __str__(self):
        return self.text


# The languages of the content fields; the sort indexes below exist for each of them.
CONTENT_LANGUAGES = ("ru", "ky", "en")


def member_display_name(language):
    """The member's name in `language`, Russian where it has none there (as the pages show it)."""
    if language == "ru":
        return F("name_ru")
    return Coalesce(
        NullIf(F(f"name_{language}"), Value("")), F("name_ru"), output_field=CharField()
    )


def member_sort_key(language):
    """What the public list sorts by; an index per language holds exactly this expression."""
    return Lower(member_display_name(language))


class MemberQuerySet(PublishableQuerySet):
    def for_list(self):
        """What a member list shows, in a fixed number of queries whatever the number of rows."""
        return self.select_related("organization").prefetch_related(
            models.Prefetch("themes", queryset=Theme.objects.order_by("order", "slug"))
        )


class Member(Publishable):
    """An organization or an individual expert in the Coalition; only public data lives here.

    Contacts appear here only if the member agreed to publish them: the approval of an
    application copies just those, and the rest of the application stays with staff.
    """

    slug = models.SlugField(_("address"), max_length=120, unique=True)
    name = models.CharField(
        _("name"),
        max_length=300,
        blank=True,
        help_text=_(
            "The organization's or the expert's name. For an organization from the directory, "
            "left empty it is copied from there."
        ),
    )
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="coalition_memberships",
        verbose_name=_("organization"),
        null=True,
        blank=True,
        help_text=_("Empty for an individual expert."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=MemberKind.choices)
    region = models.CharField(
        _("region"),
        max_length=20,
        choices=Region.choices,
        blank=True,
        help_text=_("Left empty where it is not known."),
    )
    themes = models.ManyToManyField(
        Theme, related_name="coalition_members", verbose_name=_("themes of interest"), blank=True
    )
    commitments = models.ManyToManyField(
        Commitment,
        related_name="coalition_members",
        verbose_name=_("commitments it works on"),
        blank=True,
    )
    joined_on = models.DateField(_("date joined"), null=True, blank=True)
    website = models.URLField(_("website"), max_length=200, blank=True)
    public_email = models.CharField(
        _("public email"),
        max_length=300,
        blank=True,
        help_text=_("Only if the member agreed to publish it; several separated by semicolons."),
    )
    public_phone = models.CharField(
        _("public phone"),
        max_length=200,
        blank=True,
        help_text=_("Only if the member agreed to publish it; several separated by semicolons."),
    )

    objects = MemberQuerySet.as_manager()

    class Meta:
        verbose_name = _("Coalition member")
        verbose_name_plural = _("Coalition members")
        ordering = ["slug"]
        indexes = [
            models.Index(fields=["kind"], name="coalition_member_kind"),
            models.Index(fields=["region"], name="coalition_member_region"),
            models.Index(fields=["joined_on"], name="coalition_member_joined"),
            # The public list's alphabetical order, read straight from an index page by page.
            *[
                models.Index(
                    member_sort_key(language), F("id"), name=f"coalition_member_az_{language}"
                )
                for language in CONTENT_LANGUAGES
            ],
        ]

    def __str__(self):
        return self.name or str(self.organization or self.slug)

    def get_absolute_url(self):
        return reverse("coalition:member", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if not self.organization_id and not (self.name_ru or "").strip():
            raise ValidationError(
                {"name_ru": _("Give the expert's name, or choose the organization.")}
            )
        if self.organization_id and self.kind == MemberKind.EXPERT:
            raise ValidationError({"kind": _("An organization cannot be an individual expert.")})

    def save(self, *args, **kwargs):
        if self.organization_id and not self.name_ru:
            for code, _label in settings.LANGUAGES:
                setattr(self, f"name_{code}", getattr(self.organization, f"name_{code}", ""))
        super().save(*args, **kwargs)

    @property
    def kind_label(self):
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def region_label(self):
        """The region's name, or "" where it is not stated."""
        return REGION_LABELS.get(self.region, self.region)

    @property
    def is_expert(self):
        return self.kind == MemberKind.EXPERT

    @property
    def emails(self):
        return [part.strip() for part in self.public_email.replace(",", ";").split(";") if part]

    @property
    def phones(self):
        """Each published number with the digits a tel: link dials."""
        numbers = []
        for part in self.public_phone.replace(",", ";").split(";"):
            shown = part.strip()
            if shown:
                numbers.append({"shown": shown, "dial": "+" + "".join(filter(str.isdigit, shown))})
        return numbers


class MemberProfile(models.Model):
    """A member's own account of its work in OGP, as the source document gives it."""

    member = models.OneToOneField(
        Member, on_delete=models.CASCADE, related_name="profile", verbose_name=_("member")
    )
    heading = models.CharField(_("heading"), max_length=300, blank=True)
    openness_title = models.CharField(_("openness: heading"), max_length=200, blank=True)
    openness_statement = models.TextField(_("openness statement"), blank=True)
    directions_intro = models.CharField(_("introduction to the directions"), max_length=400)
    director = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        related_name="coalition_profiles",
        verbose_name=_("director"),
        null=True,
        blank=True,
    )

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")

    def __str__(self):
        return str(self.member)


class ProfileDirection(models.Model):
    profile = models.ForeignKey(
        MemberProfile,
        on_delete=models.CASCADE,
        related_name="directions",
        verbose_name=_("profile"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.CharField(_("direction"), max_length=400)

    class Meta:
        verbose_name = _("direction of work")
        verbose_name_plural = _("directions of work")
        ordering = ["order", "id"]

    def __str__(self):
        return self.text


class ProfileInitiative(models.Model):
    """An initiative the member takes part in: a commitment of the plan, by its number."""

    profile = models.ForeignKey(
        MemberProfile,
        on_delete=models.CASCADE,
        related_name="initiatives",
        verbose_name=_("profile"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=400)
    commitment = models.ForeignKey(
        Commitment,
        on_delete=models.SET_NULL,
        related_name="coalition_initiatives",
        verbose_name=_("commitment"),
        null=True,
        blank=True,
    )
    source_url = models.URLField(_("source"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")
        ordering = ["order", "number"]

    def __str__(self):
        return f"№ {self.number}. {self.title}"


class PartnerRole(models.TextChoices):
    CIVIL_SOCIETY = "civil_society", _("Civil-society partner")
    INTERNATIONAL = "international", _("International partner")


class Partner(Publishable):
    """An organization the source names as a partner of commitments, not (known as) a member."""

    organization = models.OneToOneField(
        Organization,
        on_delete=models.PROTECT,
        related_name="coalition_partner",
        verbose_name=_("organization"),
    )
    role = models.CharField(_("role"), max_length=20, choices=PartnerRole.choices)
    commitments = models.ManyToManyField(
        Commitment,
        related_name="coalition_partners",
        verbose_name=_("commitments it works on"),
        blank=True,
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("partner organization")
        verbose_name_plural = _("partner organizations")
        ordering = ["role", "order", "id"]

    def __str__(self):
        return str(self.organization)


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class ApplicantType(models.TextChoices):
    ORGANIZATION = "organization", _("An organization")
    EXPERT = "expert", _("An individual expert")


class Application(models.Model):
    """What someone sent through the join form; private until staff approve it."""

    applicant_type = models.CharField(_("applies as"), max_length=20, choices=ApplicantType.choices)
    kind = models.CharField(_("kind"), max_length=20, choices=MemberKind.choices)
    name = models.CharField(_("organization or expert name"), max_length=300)
    contact_person = models.CharField(_("contact person"), max_length=200, blank=True)
    email = models.EmailField(_("email"), max_length=254)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), max_length=200, blank=True)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    themes = models.ManyToManyField(
        Theme, related_name="coalition_applications", verbose_name=_("themes"), blank=True
    )
    interests = models.TextField(_("what they want to work on"), max_length=2000)
    publish_email = models.BooleanField(_("agrees to publish the email"), default=False)
    publish_phone = models.BooleanField(_("agrees to publish the phone"), default=False)
    publish_website = models.BooleanField(_("agrees to publish the website"), default=False)
    consent_to_processing = models.BooleanField(_("consents to data processing"), default=False)
    language = models.CharField(
        _("language of the applicant"), max_length=2, choices=settings.LANGUAGES, default="ru"
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.PENDING,
    )
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    ip_hash = models.CharField(
        _("address fingerprint"),
        max_length=64,
        blank=True,
        help_text=_("A keyed hash of the sender's address: enough to spot floods, not to trace."),
    )
    repeat_count = models.PositiveIntegerField(
        _("repeat submissions"),
        default=0,
        help_text=_("How many times the same email applied again while this was pending."),
    )
    last_repeated_at = models.DateTimeField(_("last repeat"), null=True, blank=True)
    duplicate_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="later_applications",
        verbose_name=_("earlier application from the same email"),
    )
    staff_note = models.TextField(_("staff note"), blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True, max_length=2000)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    member = models.ForeignKey(
        Member,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("member created"),
    )

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-submitted_at"]
        indexes = [
            models.Index(fields=["status", "-submitted_at"], name="coalition_app_status"),
            models.Index(Lower("email"), name="coalition_app_email"),
        ]
        constraints = [
            # The database itself refuses a second pending application from one address.
            models.UniqueConstraint(
                Lower("email"),
                condition=Q(status="pending"),
                name="coalition_one_pending_application_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"

    @property
    def is_pending(self):
        return self.status == ApplicationStatus.PENDING
