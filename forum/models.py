"""The National Open Government Forum: its facts, members, meetings, transcripts, documents
and the Secretariat that keeps its records."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from directory.models import Organization, Person
from publishing.models import PublicationState, Publishable, PublishableQuerySet
from publishing.uploads import ContentValidator, StoredFile

LANGUAGE_CHOICES = [(code, name) for code, name in settings.LANGUAGES]
# Files are listed in the site's language order (Russian, Kyrgyz, English), not alphabetically.
LANGUAGE_ORDER = Case(
    *[When(language=code, then=Value(rank)) for rank, (code, _name) in enumerate(LANGUAGE_CHOICES)],
    default=Value(len(LANGUAGE_CHOICES)),
    output_field=IntegerField(),
)


class Side(models.TextChoices):
    GOVERNMENT = "government", _("Government bodies")
    CIVIL_SOCIETY = "civil_society", _("Civil society")


class Role(models.TextChoices):
    CO_CHAIR = "co_chair", _("Co-chair")
    MEMBER = "member", _("Member")
    ALTERNATE = "alternate", _("Alternate")


class MeetingStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    HELD = "held", _("Held")
    CANCELLED = "cancelled", _("Cancelled")


class DocumentKind(models.TextChoices):
    FOUNDING_ORDER = "founding_order", _("Founding order")
    REGULATION = "regulation", _("Regulation")
    RULES = "rules", _("Rules of procedure")
    CALENDAR = "calendar", _("Meeting calendar")


class ForumProfile(Publishable):
    """The Forum's own facts: one row, edited by staff, shown on /forum/."""

    key = models.SlugField(_("key"), max_length=40, unique=True, default="nfop")
    name = models.CharField(_("name"), max_length=200)
    abbreviation = models.CharField(_("abbreviation"), max_length=20, blank=True)
    description = models.TextField(_("what the Forum is"), blank=True)
    founded_on = models.DateField(_("founded on"), null=True, blank=True)
    founding_act = models.CharField(
        _("founding act"),
        max_length=300,
        blank=True,
        help_text=_("As published, e.g. Order No. 226 of the Prime Minister."),
    )
    founding_act_number = models.CharField(_("founding act number"), max_length=40, blank=True)
    founding_act_signed_by = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("founding act signed by"),
        null=True,
        blank=True,
    )
    seats_per_side = models.PositiveSmallIntegerField(
        _("seats per side"),
        default=19,
        help_text=_("Government bodies and civil society each hold this many seats."),
    )
    status_note = models.TextField(
        _("state of work"),
        blank=True,
        help_text=_("For example how many meetings were held by a given date, as published."),
    )
    secretariat_intro = models.TextField(_("what the Secretariat does"), blank=True)
    source_url = models.URLField(_("source"), blank=True)
    secretariat_source_url = models.URLField(_("source on the Secretariat"), blank=True)

    class Meta:
        verbose_name = _("Forum profile")
        verbose_name_plural = _("Forum profile")

    def __str__(self):
        return self.name


class MemberQuerySet(PublishableQuerySet):
    def current(self, on_date=None):
        """Members whose term has begun (or is not stated) and has not ended."""
        day = on_date or timezone.localdate()
        return self.filter(
            Q(term_from__isnull=True) | Q(term_from__lte=day),
            Q(term_to__isnull=True) | Q(term_to__gte=day),
        )

    def in_display_order(self):
        """Co-chairs first, then members, then alternates; by name within each."""
        return self.annotate(
            role_rank=Case(
                When(role=Role.CO_CHAIR, then=Value(0)),
                When(role=Role.MEMBER, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            )
        ).order_by("side", "role_rank", "order", "person__full_name")


class Member(Publishable):
    """A seat on the Forum: who, for which side, in which role, for which term."""

    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="forum_seats", verbose_name=_("person")
    )
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="forum_seats",
        verbose_name=_("organization represented"),
        null=True,
        blank=True,
    )
    side = models.CharField(_("side"), max_length=20, choices=Side.choices, db_index=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    term_from = models.DateField(_("term from"), null=True, blank=True)
    term_to = models.DateField(_("term to"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = MemberQuerySet.as_manager()

    class Meta:
        verbose_name = _("Forum member")
        verbose_name_plural = _("Forum members")
        ordering = ["side", "order", "id"]

    def __str__(self):
        return f"{self.person} ({self.get_side_display()}, {self.get_role_display()})"

    def clean(self):
        if self.term_from and self.term_to and self.term_to < self.term_from:
            raise ValidationError({"term_to": _("The term cannot end before it begins.")})

    @property
    def fills_a_seat(self):
        """Alternates stand in for a member; they do not hold a seat of their own."""
        return self.role != Role.ALTERNATE

    @property
    def shown_organization(self):
        return self.organization or self.person.organization


class Meeting(Publishable):
    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    starts_at = models.DateTimeField(
        _("starts at"), db_index=True, help_text=_("Date and time in Bishkek.")
    )
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    topic = models.CharField(_("topic"), max_length=300, blank=True)
    place = models.CharField(_("place"), max_length=300, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=MeetingStatus.choices,
        default=MeetingStatus.PLANNED,
        db_index=True,
    )
    decisions = models.TextField(_("decisions"), blank=True)
    attendance_government = models.PositiveSmallIntegerField(
        _("government members present"), null=True, blank=True
    )
    attendance_civil_society = models.PositiveSmallIntegerField(
        _("civil-society members present"), null=True, blank=True
    )
    attendance_note = models.TextField(_("attendance"), blank=True)
    updated_at = models.DateTimeField(_("last update"), auto_now=True)

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-starts_at"]

    def __str__(self):
        return self.title

    @property
    def title(self):
        return gettext("Meeting No. %(number)s") % {"number": self.number}

    def get_absolute_url(self):
        return reverse("forum:meeting", kwargs={"pk": self.pk})

    def clean(self):
        if self.ends_at and self.starts_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The meeting must end after it starts.")})

    @property
    def local_start(self):
        return timezone.localtime(self.starts_at)

    @property
    def is_upcoming(self):
        return self.status == MeetingStatus.PLANNED and self.starts_at >= timezone.now()


class MeetingAudio(StoredFile):
    """The Secretariat's audio recording of a meeting."""

    category = "audio"
    upload_folder = "forum/audio"

    meeting = models.OneToOneField(
        Meeting, on_delete=models.CASCADE, related_name="audio", verbose_name=_("meeting")
    )
    file = models.FileField(_("file"), max_length=255, validators=[ContentValidator("audio")])

    class Meta:
        verbose_name = _("audio recording")
        verbose_name_plural = _("audio recordings")

    def __str__(self):
        return gettext("Audio recording of meeting No. %(number)s") % {
            "number": self.meeting.number
        }

    def get_absolute_url(self):
        return reverse("forum_meeting_audio", kwargs={"pk": self.meeting_id, "ext": self.extension})


class AgendaItem(models.Model):
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="agenda_items", verbose_name=_("meeting")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=400)
    commitments = models.ManyToManyField(
        "commitments.Commitment",
        related_name="forum_agenda_items",
        verbose_name=_("commitments discussed"),
        blank=True,
    )

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        ordering = ["meeting", "order", "id"]

    def __str__(self):
        return self.title


class TranscriptQuerySet(PublishableQuerySet):
    def published(self):
        """A transcript is public only when its meeting is public too."""
        now = timezone.now()
        return (
            super()
            .published()
            .filter(
                meeting__publication_state=PublicationState.PUBLISHED,
                meeting__published_at__lte=now,
            )
        )


class Transcript(Publishable):
    """The stenographic record of a meeting: its text turn by turn and its files."""

    meeting = models.OneToOneField(
        Meeting, on_delete=models.PROTECT, related_name="transcript", verbose_name=_("meeting")
    )
    summary = models.TextField(_("summary"), blank=True)
    updated_at = models.DateTimeField(_("last update"), auto_now=True)

    objects = TranscriptQuerySet.as_manager()

    class Meta:
        verbose_name = _("transcript")
        verbose_name_plural = _("transcripts")
        ordering = ["-meeting__starts_at"]

    def __str__(self):
        return self.title

    @property
    def title(self):
        return gettext("Transcript of meeting No. %(number)s") % {"number": self.meeting.number}

    def get_absolute_url(self):
        return reverse("forum:transcript", kwargs={"pk": self.pk})

    def is_published(self):
        return super().is_published() and self.meeting.is_published()

    is_published.boolean = True
    is_published.short_description = _("public")

    def clean(self):
        if (
            self.publication_state == PublicationState.PUBLISHED
            and self.meeting_id
            and self.meeting.status != MeetingStatus.HELD
        ):
            raise ValidationError(
                _("Only the transcript of a meeting that was held can be published.")
            )


class SpeakerTurn(models.Model):
    """One speaker's turn; its number is its citable anchor (#turn-12)."""

    transcript = models.ForeignKey(
        Transcript, on_delete=models.CASCADE, related_name="turns", verbose_name=_("transcript")
    )
    number = models.PositiveIntegerField(
        _("number"), help_text=_("Its place in the record; also its address on the page.")
    )
    speaker = models.CharField(_("speaker"), max_length=200)
    person = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        related_name="forum_turns",
        verbose_name=_("person"),
        null=True,
        blank=True,
    )
    text = models.TextField(_("text"))

    class Meta:
        verbose_name = _("speaker's turn")
        verbose_name_plural = _("speakers' turns")
        ordering = ["transcript", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["transcript", "number"], name="forum_one_turn_number_per_transcript"
            )
        ]

    def __str__(self):
        return f"{self.number}. {self.speaker}"

    @property
    def anchor(self):
        return f"turn-{self.number}"

    @property
    def paragraphs(self):
        return [part.strip() for part in self.text.split("\n") if part.strip()]


class TranscriptFile(StoredFile):
    category = "document"
    upload_folder = "forum/transcripts"

    transcript = models.ForeignKey(
        Transcript, on_delete=models.CASCADE, related_name="files", verbose_name=_("transcript")
    )
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES)
    file = models.FileField(_("file"), max_length=255, validators=[ContentValidator("document")])

    class Meta:
        verbose_name = _("transcript file")
        verbose_name_plural = _("transcript files")
        ordering = ["transcript", LANGUAGE_ORDER]
        constraints = [
            models.UniqueConstraint(
                fields=["transcript", "language"], name="forum_one_transcript_file_per_language"
            )
        ]

    def __str__(self):
        return f"{self.transcript} ({self.language})"

    def get_absolute_url(self):
        return reverse(
            "forum_transcript_file",
            kwargs={"pk": self.transcript_id, "lang": self.language, "ext": self.extension},
        )


class Document(Publishable):
    kind = models.CharField(_("kind"), max_length=20, choices=DocumentKind.choices)
    date = models.DateField(
        _("date"), null=True, blank=True, help_text=_("Leave empty when it was not published.")
    )
    number = models.CharField(_("number"), max_length=40, blank=True)
    title = models.CharField(_("title"), max_length=400)
    note = models.TextField(_("note"), blank=True)
    source_url = models.URLField(_("source"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("Forum document")
        verbose_name_plural = _("Forum documents")
        ordering = ["order", "kind", "id"]

    def __str__(self):
        return self.title


class DocumentFile(StoredFile):
    category = "document"
    upload_folder = "forum/documents"

    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="files", verbose_name=_("document")
    )
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES)
    file = models.FileField(_("file"), max_length=255, validators=[ContentValidator("document")])

    class Meta:
        verbose_name = _("document file")
        verbose_name_plural = _("document files")
        ordering = ["document", LANGUAGE_ORDER]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "language"], name="forum_one_document_file_per_language"
            )
        ]

    def __str__(self):
        return f"{self.document} ({self.language})"

    def get_absolute_url(self):
        return reverse(
            "forum_document_file",
            kwargs={"pk": self.document_id, "lang": self.language, "ext": self.extension},
        )


class SecretariatMember(Publishable):
    person = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        related_name="secretariat_positions",
        verbose_name=_("person"),
    )
    position = models.CharField(_("position"), max_length=300)
    is_head = models.BooleanField(_("head of the Secretariat"), default=False)
    email = models.CharField(
        _("public email"),
        max_length=300,
        blank=True,
        help_text=_("Leave empty to show the person's own public contacts."),
    )
    phone = models.CharField(_("public phone"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("Secretariat member")
        verbose_name_plural = _("Secretariat members")
        ordering = ["-is_head", "order", "id"]

    def __str__(self):
        return str(self.person)

    @property
    def emails(self):
        source = self.email or self.person.email
        return [part.strip() for part in source.replace(",", ";").split(";") if part.strip()]

    @property
    def phones(self):
        if not self.phone:
            return self.person.phones
        numbers = []
        for part in self.phone.replace(",", ";").split(";"):
            shown = part.strip()
            if shown:
                numbers.append({"shown": shown, "dial": "+" + "".join(filter(str.isdigit, shown))})
        return numbers


class SecretariatDuty(Publishable):
    text = models.TextField(_("duty"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("Secretariat duty")
        verbose_name_plural = _("Secretariat duties")
        ordering = ["order", "id"]

    def __str__(self):
        return self.text[:80]
