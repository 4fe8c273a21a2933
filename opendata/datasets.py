"""Every open dataset, declared once: its fields, its published rows and how a row reads.

The /<lang>/data/ page, the CSV and JSON downloads, the JSON API and its OpenAPI description
are all generated from these definitions, so they cannot drift apart. A record holds the text
of all three languages side by side (title_ru, title_ky, title_en) and never changes its column
names with the visitor's language, so a researcher's script keeps working.

Only published content is exported, through each model's own published() rule.
"""

from dataclasses import dataclass
from functools import cache
from typing import Any

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Count, Exists, Max, OuterRef, Prefetch, Q, Subquery
from django.utils import translation
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from coalition.models import Member as CoalitionMember
from coalition.models import MemberKind, Region
from commitments.models import (
    ActionPlan,
    Commitment,
    CommitmentPartner,
    CommitmentStatus,
    Milestone,
    MilestoneCompletion,
    MilestoneEvidence,
    OGPValue,
    Theme,
)
from directory.models import Organization, OrganizationKind
from forum.models import (
    AgendaItem,
    Meeting,
    MeetingStatus,
    SpeakerTurn,
    Transcript,
    TranscriptFile,
)
from forum.models import Member as ForumMember
from reports import rules
from reports.choices import (
    Completion,
    OpenedGovernment,
    PotentialImpact,
    ReportKind,
    Specificity,
)
from reports.models import Assessment, EligibilityScore, Report, ReportFile

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
LICENSE = "CC-BY-4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
# Rows are read from the database in chunks of this size while a download streams, so memory
# follows the chunk, not the table; each chunk costs the same few queries.
CHUNK_SIZE = 1000

# Field types, as the data page names them and as the OpenAPI schema writes them.
FIELD_TYPES = {
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "string": {"type": "string"},
    "boolean": {"type": "boolean"},
    "date": {"type": "string", "format": "date"},
    "datetime": {"type": "string", "format": "date-time"},
    "url": {"type": "string", "format": "uri"},
    "array": {"type": "array"},
}


@dataclass(frozen=True)
class Field:
    """One field of a record; a translated field is one column per language."""

    name: str
    type: str
    description: Any
    nullable: bool = False
    translated: bool = False
    items: str = "string"  # the type of a list's items
    enum: tuple = ()  # the codes a value may take, when they are fixed

    def __post_init__(self):
        if self.type not in FIELD_TYPES or self.items not in FIELD_TYPES:
            raise ValueError(f"Unknown field type for {self.name}")

    @property
    def columns(self):
        if self.translated:
            return [f"{self.name}_{code}" for code in LANGUAGES]
        return [self.name]


class FilterError(ValueError):
    """A filter value the API cannot use; the message is shown to the client."""


@dataclass(frozen=True)
class Filter:
    """A query parameter of the API list; the value is checked before it reaches the database."""

    name: str
    description: Any
    lookup: str
    kind: str  # "choice" (fixed codes), "slug" (codes from the database), "integer", "boolean"
    choices: tuple = ()
    known_values: Any = None  # for "slug": a function returning the published values
    minimum: int = 1
    maximum: int = 9999
    apply: Any = None  # a function(queryset, value) for filters that are not one lookup

    def parse(self, raw):
        value = raw.strip()
        shown = value[:60]
        if self.kind == "integer":
            if not value.isascii() or not value.isdigit() or len(value) > 18:
                raise FilterError(self._integer_message(shown))
            number = int(value)
            if not self.minimum <= number <= self.maximum:
                raise FilterError(self._integer_message(shown))
            return number
        if self.kind == "boolean":
            if value.lower() in ("true", "1", "yes"):
                return True
            if value.lower() in ("false", "0", "no"):
                return False
            raise FilterError(
                _("“%(value)s” is not a yes-or-no value: use true or false.") % {"value": shown}
            )
        allowed = list(self.choices) if self.kind == "choice" else list(self.known_values())
        if value not in allowed:
            raise FilterError(
                _("“%(value)s” is not one of the allowed values: %(allowed)s.")
                % {"value": shown, "allowed": ", ".join(str(code) for code in allowed)}
            )
        return value

    def _integer_message(self, shown):
        return _("“%(value)s” is not a whole number from %(minimum)s to %(maximum)s.") % {
            "value": shown,
            "minimum": self.minimum,
            "maximum": self.maximum,
        }

    def filter(self, queryset, value):
        if self.apply is not None:
            return self.apply(queryset, value)
        return queryset.filter(**{self.lookup: value})


def choice_filter(name, description, lookup, choices_class):
    return Filter(name, description, lookup, "choice", choices=tuple(choices_class.values))


def slug_filter(name, description, lookup, known_values):
    return Filter(name, description, lookup, "slug", known_values=known_values)


def year_filter(name, description, lookup):
    return Filter(name, description, lookup, "integer", minimum=1990, maximum=2100)


def id_filter(name, description, lookup):
    return Filter(name, description, lookup, "integer", minimum=1, maximum=10**18 - 1)


@dataclass(frozen=True)
class Dataset:
    name: str
    title: Any
    description: Any
    fields: tuple
    published: Any  # function() -> the published rows, without joins (filters and counts)
    prepare: Any  # function(queryset) -> the same rows with what row() reads joined in
    row: Any  # function(obj, context) -> dict of every column
    ordering: tuple
    updated_field: str | None
    updated_description: Any
    filters: tuple = ()
    # For data without a date of its own: the newest change in its version history.
    updated_from_history: Any = None

    @property
    def columns(self):
        return [column for item in self.fields for column in item.columns]

    @property
    def filters_by_name(self):
        return {item.name: item for item in self.filters}

    def base_queryset(self):
        return self.published().order_by(*self.ordering)

    def stats(self, queryset):
        """How many rows and when the newest of them changed, in one aggregate query."""
        aggregates = {"count": Count("pk")}
        if self.updated_field:
            aggregates["updated"] = Max(self.updated_field)
        totals = queryset.order_by().aggregate(**aggregates)
        updated = totals.get("updated")
        if self.updated_from_history is not None:
            updated = self.updated_from_history()
        return totals["count"], updated

    def rows(self, queryset, context):
        """Every row, streamed: read in chunks, each chunk with the same few queries."""
        for obj in self.prepare(queryset).iterator(chunk_size=CHUNK_SIZE):
            yield self.row(obj, context)

    def page(self, queryset, context, *, offset, limit):
        """One page of rows, in a fixed number of queries."""
        return [self.row(obj, context) for obj in self.prepare(queryset)[offset : offset + limit]]


class RowContext:
    """What a row needs from the request: absolute addresses for links."""

    def __init__(self, request):
        self.request = request

    def absolute(self, path):
        return self.request.build_absolute_uri(path) if path else None

    def page_urls(self, obj, prefix="url"):
        """The object's public page in each language: url_ru, url_ky, url_en."""
        urls = {}
        for code in LANGUAGES:
            with translation.override(code):
                urls[f"{prefix}_{code}"] = self.absolute(obj.get_absolute_url())
        return urls

    def file_urls(self, files, prefix="file"):
        """A file per language (file_ru, file_ky, file_en); None where there is none."""
        by_language = {stored.language: stored for stored in files}
        return {
            f"{prefix}_{code}": (
                self.absolute(by_language[code].get_absolute_url()) if code in by_language else None
            )
            for code in LANGUAGES
        }


def texts(obj, name, prefix=None):
    """A translated field's text in every language, exactly as stored (empty when missing)."""
    return {
        f"{prefix or name}_{code}": getattr(obj, f"{name}_{code}", "") or "" for code in LANGUAGES
    }


def empty_texts(name):
    return {f"{name}_{code}": "" for code in LANGUAGES}


@cache
def _labels(choices_class):
    labels = {}
    for code in LANGUAGES:
        with translation.override(code):
            labels[code] = {value: str(label) for value, label in choices_class.choices}
    return labels


def labels(prefix, choices_class, value):
    """A code's label in every language: status_label_ru, status_label_ky, status_label_en."""
    table = _labels(choices_class)
    return {f"{prefix}_label_{code}": table[code].get(value, "") for code in LANGUAGES}


def url_or_none(value):
    return value or None


def lazy_format(message, **values):
    """A %-formatted translatable message, translated only when it is shown."""
    return lazy(lambda: str(message) % {key: str(value) for key, value in values.items()}, str)()


def _text(name, description, **options):
    return Field(name, "string", description, translated=True, **options)


def _label(name, description):
    return Field(f"{name}_label", "string", description, translated=True)


def _page_url(description):
    return Field("url", "url", description, translated=True)


IS_SAMPLE = Field(
    "is_sample",
    "boolean",
    _("True for sample data shown so the portal can be tried, not taken from an official source"),
)
PUBLISHED_AT = Field(
    "published_at", "datetime", _("When the item was published on this portal"), nullable=True
)


def _published_plan_slugs():
    return ActionPlan.objects.published().values_list("slug", flat=True)


def _published_theme_slugs():
    return Theme.objects.published().values_list("slug", flat=True)


def _published_themes():
    return Theme.objects.published().only("pk", "slug").order_by("order", "slug")


def _published_commitment_ids():
    return Commitment.objects.published().values("pk")


# --- commitments -------------------------------------------------------------------------

OGP_VALUE_FIELDS = tuple(f"relevant_to_{value}" for value in OGPValue.values)


def _commitment_row(commitment, context):
    progress = commitment.progress
    official = commitment.responsible_official
    lead = commitment.lead_agency
    return {
        "id": commitment.pk,
        "plan": commitment.plan.slug,
        "number": commitment.number,
        "ogp_id": commitment.ogp_id or None,
        **texts(commitment, "title"),
        **texts(commitment, "problem"),
        **texts(commitment, "objective"),
        **texts(commitment, "expected_change"),
        "status": commitment.status,
        **labels("status", CommitmentStatus, commitment.status),
        "themes": [theme.slug for theme in commitment.themes.all()],
        **{name: getattr(commitment, name) for name in OGP_VALUE_FIELDS},
        "lead_agency": lead.slug if lead else None,
        **(texts(lead, "name", "lead_agency_name") if lead else empty_texts("lead_agency_name")),
        **(
            texts(official, "full_name", "responsible_official_name")
            if official
            else empty_texts("responsible_official_name")
        ),
        **(
            texts(official, "position", "responsible_official_position")
            if official
            else empty_texts("responsible_official_position")
        ),
        "responsible_official_emails": official.emails if official else [],
        "responsible_official_phones": [phone["shown"] for phone in official.phones]
        if official
        else [],
        "co_implementers": [org.slug for org in commitment.co_implementers.all()],
        "partners": [
            partner.organization.slug
            for partner in commitment.partners.all()
            if partner.organization is not None
        ],
        "start_date": commitment.start_date,
        "end_date": commitment.end_date,
        "milestones_total": progress.total,
        "milestones_completed": progress.completed,
        "milestones_overdue": progress.overdue,
        "progress_percent": progress.percent,
        "is_sample": commitment.is_sample,
        "published_at": commitment.published_at,
        "updated_at": commitment.updated_at,
        **context.page_urls(commitment),
        "source_url": url_or_none(commitment.source_url),
    }


def _prepare_commitments(queryset):
    return (
        queryset.with_progress()
        .select_related("plan", "lead_agency", "responsible_official")
        .prefetch_related(
            Prefetch("themes", queryset=_published_themes()),
            Prefetch("co_implementers", queryset=Organization.objects.only("pk", "slug")),
            Prefetch(
                "partners",
                queryset=CommitmentPartner.objects.select_related("organization").order_by(
                    "order", "id"
                ),
            ),
        )
    )


COMMITMENTS = Dataset(
    name="commitments",
    title=pgettext_lazy("dataset", "Commitments"),
    description=_(
        "The commitments of the National Action Plans: what the government promised, who "
        "answers for it, its status and how many of its milestones are done."
    ),
    fields=(
        Field("id", "integer", _("Stable identifier of the commitment on this portal")),
        Field("plan", "string", _("Address of the action plan (its period), e.g. 2018-2020")),
        Field(
            "number",
            "integer",
            _("Number of the commitment as published in the plan; with plan, a stable key"),
        ),
        Field(
            "ogp_id", "string", _("Identifier OGP gives the commitment, e.g. KG0026"), nullable=True
        ),
        _text("title", _("Title")),
        _text("problem", _("Problem the commitment addresses")),
        _text("objective", _("Objective")),
        _text("expected_change", _("What it changes")),
        Field("status", "string", _("Status code"), enum=tuple(CommitmentStatus.values)),
        _label("status", _("Status as the portal names it, in each language")),
        Field(
            "themes", "array", _("Addresses of the commitment's themes (see the themes dataset)")
        ),
        *(
            Field(
                name, "boolean", lazy_format(_("Relevant to the OGP value: %(value)s"), value=label)
            )
            for name, label in zip(OGP_VALUE_FIELDS, OGPValue.labels, strict=True)
        ),
        Field(
            "lead_agency",
            "string",
            _("Address of the lead agency (see the organizations dataset)"),
            nullable=True,
        ),
        _text("lead_agency_name", _("Name of the lead agency")),
        _text("responsible_official_name", _("Full name of the responsible official")),
        _text("responsible_official_position", _("Position of the responsible official")),
        Field("responsible_official_emails", "array", _("Public email addresses of the official")),
        Field("responsible_official_phones", "array", _("Public phone numbers of the official")),
        Field(
            "co_implementers", "array", _("Addresses of the co-implementing government agencies")
        ),
        Field(
            "partners",
            "array",
            _(
                "Addresses of the partner organizations "
                "(partners named only as a person are left out)"
            ),
        ),
        Field("start_date", "date", _("Start"), nullable=True),
        Field("end_date", "date", _("End"), nullable=True),
        Field("milestones_total", "integer", _("Milestones counted (cancelled ones left out)")),
        Field("milestones_completed", "integer", _("Milestones completed")),
        Field("milestones_overdue", "integer", _("Milestones past their end date and not done")),
        Field("progress_percent", "integer", _("Share of milestones completed, in per cent")),
        IS_SAMPLE,
        PUBLISHED_AT,
        Field("updated_at", "datetime", _("When the commitment was last changed")),
        _page_url(_("Address of the commitment's page on this portal, in each language")),
        Field("source_url", "url", _("Where the text comes from"), nullable=True),
    ),
    published=Commitment.objects.published,
    prepare=_prepare_commitments,
    row=_commitment_row,
    ordering=("plan__number", "number", "pk"),
    updated_field="updated_at",
    updated_description=_("the latest change of a published commitment"),
    filters=(
        slug_filter(
            "plan",
            _("Address of an action plan, e.g. 2018-2020"),
            "plan__slug",
            _published_plan_slugs,
        ),
        slug_filter("theme", _("Address of a theme"), "themes__slug", _published_theme_slugs),
        choice_filter("status", _("Status code"), "status", CommitmentStatus),
    ),
)


# --- milestones --------------------------------------------------------------------------


def _milestone_row(milestone, context):
    commitment = milestone.commitment
    return {
        "id": milestone.pk,
        "commitment_id": commitment.pk,
        "plan": commitment.plan.slug,
        "commitment_number": commitment.number,
        "commitment_ogp_id": commitment.ogp_id or None,
        "order": milestone.order,
        **texts(milestone, "activity"),
        **texts(milestone, "deliverable"),
        "start_date": milestone.start_date,
        "end_date": milestone.end_date,
        "completion": milestone.completion,
        **labels("completion", MilestoneCompletion, milestone.completion),
        "is_overdue": milestone.is_overdue,
        "evidence_url": url_or_none(milestone.evidence_url),
        "evidence_files": [
            context.absolute(evidence.get_absolute_url())
            for evidence in milestone.evidence_files.all()
        ],
        "is_sample": milestone.is_sample,
        "updated_at": milestone.updated_at,
        **context.page_urls(commitment, "commitment_url"),
    }


def _published_milestones():
    return Milestone.objects.filter(commitment__in=_published_commitment_ids())


def _prepare_milestones(queryset):
    return queryset.select_related("commitment__plan").prefetch_related(
        Prefetch("evidence_files", queryset=MilestoneEvidence.objects.order_by("pk"))
    )


MILESTONES = Dataset(
    name="milestones",
    title=pgettext_lazy("dataset", "Milestones"),
    description=_(
        "The milestones of every published commitment: the activity, its verifiable "
        "deliverable, its dates and how far it got."
    ),
    fields=(
        Field("id", "integer", _("Stable identifier of the milestone on this portal")),
        Field(
            "commitment_id",
            "integer",
            _("Identifier of the commitment (see the commitments dataset)"),
        ),
        Field("plan", "string", _("Address of the action plan")),
        Field("commitment_number", "integer", _("Number of the commitment in the plan")),
        Field(
            "commitment_ogp_id", "string", _("Identifier OGP gives the commitment"), nullable=True
        ),
        Field("order", "integer", _("Place of the milestone in the commitment")),
        _text("activity", _("Activity")),
        _text("deliverable", _("Verifiable deliverable")),
        Field("start_date", "date", _("Start"), nullable=True),
        Field("end_date", "date", _("End"), nullable=True),
        Field("completion", "string", _("Completion code"), enum=tuple(MilestoneCompletion.values)),
        _label("completion", _("Completion as the portal names it, in each language")),
        Field("is_overdue", "boolean", _("Past its end date and neither completed nor cancelled")),
        Field("evidence_url", "url", _("Link to evidence of the deliverable"), nullable=True),
        Field("evidence_files", "array", _("Addresses of the evidence files"), items="url"),
        IS_SAMPLE,
        Field("updated_at", "datetime", _("When the milestone was last changed")),
        Field(
            "commitment_url",
            "url",
            _("Address of the commitment's page on this portal, in each language"),
            translated=True,
        ),
    ),
    published=_published_milestones,
    prepare=_prepare_milestones,
    row=_milestone_row,
    ordering=("commitment__plan__number", "commitment__number", "order", "pk"),
    updated_field="updated_at",
    updated_description=_("the latest change of a milestone of a published commitment"),
    filters=(
        slug_filter(
            "plan", _("Address of an action plan"), "commitment__plan__slug", _published_plan_slugs
        ),
        id_filter("commitment", _("Identifier of a commitment"), "commitment_id"),
        choice_filter("completion", _("Completion code"), "completion", MilestoneCompletion),
    ),
)


# --- meetings ----------------------------------------------------------------------------


def _meeting_row(meeting, context):
    items = list(meeting.agenda_items.all())
    try:
        audio_url = context.absolute(meeting.audio.get_absolute_url())
    except ObjectDoesNotExist:
        audio_url = None
    discussed = []
    for item in items:
        discussed.extend(commitment.pk for commitment in item.commitments.all())
    return {
        "id": meeting.pk,
        "number": meeting.number,
        "starts_at": meeting.starts_at,
        "ends_at": meeting.ends_at,
        "status": meeting.status,
        **labels("status", MeetingStatus, meeting.status),
        **texts(meeting, "topic"),
        **texts(meeting, "place"),
        **{
            f"agenda_{code}": [getattr(item, f"title_{code}") or "" for item in items]
            for code in LANGUAGES
        },
        "commitments_discussed": sorted(set(discussed)),
        **texts(meeting, "decisions"),
        "attendance_government": meeting.attendance_government,
        "attendance_civil_society": meeting.attendance_civil_society,
        "transcript_id": meeting.public_transcript_id,
        "audio_url": audio_url,
        "is_sample": meeting.is_sample,
        "published_at": meeting.published_at,
        "updated_at": meeting.updated_at,
        **context.page_urls(meeting),
    }


def _prepare_meetings(queryset):
    return (
        queryset.select_related("audio")
        .annotate(
            public_transcript_id=Subquery(
                Transcript.objects.published().filter(meeting=OuterRef("pk")).values("pk")[:1]
            )
        )
        .prefetch_related(
            Prefetch(
                "agenda_items",
                queryset=AgendaItem.objects.order_by("order", "id").prefetch_related(
                    Prefetch("commitments", queryset=Commitment.objects.published().only("pk"))
                ),
            )
        )
    )


MEETINGS = Dataset(
    name="meetings",
    title=pgettext_lazy("dataset", "Forum meetings"),
    description=_(
        "Meetings of the National Open Government Forum: date, place, status, agenda, "
        "decisions and attendance."
    ),
    fields=(
        Field("id", "integer", _("Stable identifier of the meeting on this portal")),
        Field("number", "integer", _("Number of the meeting; also a stable key")),
        Field("starts_at", "datetime", _("Start, with the time zone")),
        Field("ends_at", "datetime", _("End, with the time zone"), nullable=True),
        Field("status", "string", _("Status code"), enum=tuple(MeetingStatus.values)),
        _label("status", _("Status as the portal names it, in each language")),
        _text("topic", _("Topic")),
        _text("place", _("Place")),
        Field("agenda", "array", _("Agenda items, in order"), translated=True),
        Field(
            "commitments_discussed",
            "array",
            _("Identifiers of the commitments on the agenda"),
            items="integer",
        ),
        _text("decisions", _("Decisions")),
        Field("attendance_government", "integer", _("Government members present"), nullable=True),
        Field(
            "attendance_civil_society", "integer", _("Civil-society members present"), nullable=True
        ),
        Field(
            "transcript_id",
            "integer",
            _("Identifier of the published transcript (see the transcripts dataset)"),
            nullable=True,
        ),
        Field("audio_url", "url", _("Address of the audio recording"), nullable=True),
        IS_SAMPLE,
        PUBLISHED_AT,
        Field("updated_at", "datetime", _("When the meeting was last changed")),
        _page_url(_("Address of the meeting's page on this portal, in each language")),
    ),
    published=Meeting.objects.published,
    prepare=_prepare_meetings,
    row=_meeting_row,
    ordering=("-starts_at", "pk"),
    updated_field="updated_at",
    updated_description=_("the latest change of a published meeting"),
    filters=(
        year_filter("year", _("Year the meeting starts in (Bishkek time)"), "starts_at__year"),
        choice_filter("status", _("Status code"), "status", MeetingStatus),
    ),
)


# --- transcripts -------------------------------------------------------------------------


def _transcript_text(turns, code):
    parts = []
    for turn in turns:
        speaker = getattr(turn, f"speaker_{code}") or ""
        text = getattr(turn, f"text_{code}") or ""
        if text:
            parts.append(f"{speaker}: {text}" if speaker else text)
    return "\n\n".join(parts)


def _transcript_row(transcript, context):
    meeting = transcript.meeting
    turns = list(transcript.turns.all())
    return {
        "id": transcript.pk,
        "meeting_id": meeting.pk,
        "meeting_number": meeting.number,
        "meeting_starts_at": meeting.starts_at,
        **texts(transcript, "summary"),
        "turns": len(turns),
        **{f"text_{code}": _transcript_text(turns, code) for code in LANGUAGES},
        **context.file_urls(transcript.files.all()),
        "is_sample": transcript.is_sample,
        "published_at": transcript.published_at,
        "updated_at": transcript.updated_at,
        **context.page_urls(transcript),
    }


def _prepare_transcripts(queryset):
    return queryset.select_related("meeting").prefetch_related(
        Prefetch("turns", queryset=SpeakerTurn.objects.order_by("number")),
        Prefetch("files", queryset=TranscriptFile.objects.order_by("pk")),
    )


TRANSCRIPTS = Dataset(
    name="transcripts",
    title=pgettext_lazy("dataset", "Transcripts"),
    description=_(
        "Stenographic transcripts of Forum meetings: their summary, their full text turn by "
        "turn, and their files in each language."
    ),
    fields=(
        Field("id", "integer", _("Stable identifier of the transcript on this portal")),
        Field("meeting_id", "integer", _("Identifier of the meeting (see the meetings dataset)")),
        Field("meeting_number", "integer", _("Number of the meeting")),
        Field("meeting_starts_at", "datetime", _("Start of the meeting")),
        _text("summary", _("Summary")),
        Field("turns", "integer", _("Number of speakers' turns")),
        _text(
            "text", _("Full text, each turn as “speaker: words”, turns separated by a blank line")
        ),
        Field(
            "file",
            "url",
            _("Address of the transcript file, if there is one"),
            nullable=True,
            translated=True,
        ),
        IS_SAMPLE,
        PUBLISHED_AT,
        Field("updated_at", "datetime", _("When the transcript was last changed")),
        _page_url(_("Address of the transcript's page on this portal, in each language")),
    ),
    published=Transcript.objects.published,
    prepare=_prepare_transcripts,
    row=_transcript_row,
    ordering=("-meeting__starts_at", "pk"),
    updated_field="updated_at",
    updated_description=_("the latest change of a published transcript"),
    filters=(
        year_filter("year", _("Year of the meeting (Bishkek time)"), "meeting__starts_at__year"),
    ),
)


# --- Coalition members -------------------------------------------------------------------


def _member_row(member, context):
    return {
        "id": member.pk,
        "slug": member.slug,
        **texts(member, "name"),
        "kind": member.kind,
        **labels("kind", MemberKind, member.kind),
        "region": member.region or None,
        **(
            labels("region", Region, member.region)
            if member.region
            else empty_texts("region_label")
        ),
        "organization": member.organization.slug if member.organization else None,
        "themes": [theme.slug for theme in member.themes.all()],
        "commitments": [commitment.pk for commitment in member.commitments.all()],
        "joined_on": member.joined_on,
        "website": url_or_none(member.website),
        "emails": member.emails,
        "phones": [phone["shown"] for phone in member.phones],
        "is_sample": member.is_sample,
        "published_at": member.published_at,
        **context.page_urls(member),
    }


def _prepare_members(queryset):
    return queryset.select_related("organization").prefetch_related(
        Prefetch("themes", queryset=_published_themes()),
        Prefetch("commitments", queryset=Commitment.objects.published().only("pk").order_by("pk")),
    )


MEMBERS = Dataset(
    name="members",
    title=pgettext_lazy("dataset", "Coalition members"),
    description=_(
        "Organizations and individual experts in the Open Government Coalition, with the "
        "contacts they agreed to publish."
    ),
    fields=(
        Field("id", "integer", _("Stable identifier of the member on this portal")),
        Field("slug", "string", _("Address of the member's page; also a stable key")),
        _text("name", _("Name of the organization or expert")),
        Field("kind", "string", _("Kind code"), enum=tuple(MemberKind.values)),
        _label("kind", _("Kind as the portal names it, in each language")),
        Field("region", "string", _("Region code"), nullable=True, enum=tuple(Region.values)),
        _label("region", _("Region as the portal names it, in each language")),
        Field(
            "organization",
            "string",
            _("Address of the organization (see the organizations dataset); empty for an expert"),
            nullable=True,
        ),
        Field("themes", "array", _("Addresses of the themes of interest")),
        Field(
            "commitments", "array", _("Identifiers of the commitments it works on"), items="integer"
        ),
        Field("joined_on", "date", _("Date joined"), nullable=True),
        Field("website", "url", _("Website"), nullable=True),
        Field("emails", "array", _("Public email addresses")),
        Field("phones", "array", _("Public phone numbers")),
        IS_SAMPLE,
        PUBLISHED_AT,
        _page_url(_("Address of the member's page on this portal, in each language")),
    ),
    published=CoalitionMember.objects.published,
    prepare=_prepare_members,
    row=_member_row,
    ordering=("slug", "pk"),
    updated_field="published_at",
    updated_description=_("the latest publication of a member"),
    filters=(
        choice_filter("kind", _("Kind code"), "kind", MemberKind),
        choice_filter("region", _("Region code"), "region", Region),
        slug_filter("theme", _("Address of a theme"), "themes__slug", _published_theme_slugs),
    ),
)


# --- reports -----------------------------------------------------------------------------


def _report_row(report, context):
    author = report.author
    return {
        "id": report.pk,
        "kind": report.kind,
        **labels("kind", ReportKind, report.kind),
        **texts(report, "title"),
        **texts(report, "summary"),
        "plan": report.plan.slug if report.plan else None,
        "period_start": report.period_start,
        "period_end": report.period_end,
        "author": author.slug if author else None,
        **(texts(author, "name", "author_name") if author else empty_texts("author_name")),
        "publication_year": report.publication_year,
        "publication_date": report.publication_date,
        **context.file_urls(report.files.all()),
        "source_url": url_or_none(report.source_url),
        "is_sample": report.is_sample,
        "published_at": report.published_at,
        **context.page_urls(report),
    }


def _prepare_reports(queryset):
    return queryset.select_related("plan", "author").prefetch_related(
        Prefetch("files", queryset=ReportFile.objects.order_by("pk"))
    )


REPORTS = Dataset(
    name="reports",
    title=pgettext_lazy("dataset", "Reports"),
    description=_(
        "Monitoring and evaluation reports on the action plans: the Forum's semi-annual "
        "reports, IRM reports, alternative and self-assessment reports."
    ),
    fields=(
        Field("id", "integer", _("Stable identifier of the report on this portal")),
        Field("kind", "string", _("Kind code"), enum=tuple(ReportKind.values)),
        _label("kind", _("Kind as the portal names it, in each language")),
        _text("title", _("Title")),
        _text("summary", _("Summary")),
        Field("plan", "string", _("Address of the action plan it reports on"), nullable=True),
        Field("period_start", "date", _("Period from"), nullable=True),
        Field("period_end", "date", _("Period to"), nullable=True),
        Field("author", "string", _("Address of the author organization"), nullable=True),
        _text("author_name", _("Name of the author organization")),
        Field("publication_year", "integer", _("Year of publication")),
        Field("publication_date", "date", _("Date of publication, if known"), nullable=True),
        Field(
            "file",
            "url",
            _("Address of the report file, if there is one"),
            nullable=True,
            translated=True,
        ),
        Field("source_url", "url", _("Where the report comes from"), nullable=True),
        IS_SAMPLE,
        PUBLISHED_AT,
        _page_url(_("Address of the report's page on this portal, in each language")),
    ),
    published=Report.objects.published,
    prepare=_prepare_reports,
    row=_report_row,
    ordering=("-publication_year", "-pk"),
    updated_field="published_at",
    updated_description=_("the latest publication of a report"),
    filters=(
        choice_filter("kind", _("Kind code"), "kind", ReportKind),
        slug_filter("plan", _("Address of an action plan"), "plan__slug", _published_plan_slugs),
        year_filter("year", _("Year of publication"), "publication_year"),
    ),
)


# --- assessments -------------------------------------------------------------------------

ASSESSMENT_VALUE_FIELDS = (
    "relevant_to_access_to_information",
    "relevant_to_civic_participation",
    "relevant_to_public_accountability",
    "relevant_to_technology_and_innovation",
)


def _assessment_row(assessment, context):
    commitment = assessment.commitment
    report = assessment.report
    return {
        "id": assessment.pk,
        "report_id": report.pk,
        "report_kind": report.kind,
        "report_year": report.publication_year,
        "commitment_id": commitment.pk,
        "plan": commitment.plan.slug,
        "commitment_number": commitment.number,
        "commitment_ogp_id": commitment.ogp_id or None,
        **texts(commitment, "title", "commitment_title"),
        "specificity": assessment.specificity,
        **{name: getattr(assessment, name) for name in ASSESSMENT_VALUE_FIELDS},
        "potential_impact": assessment.potential_impact,
        "completion": assessment.completion,
        "did_it_open_government": assessment.did_it_open_government or None,
        "starred": assessment.starred,
        **texts(assessment, "notes"),
        "is_sample": report.is_sample,
    }


def _published_assessments():
    return Assessment.objects.published().filter(commitment__in=_published_commitment_ids())


def _prepare_assessments(queryset):
    return queryset.with_starred().select_related("report", "commitment__plan")


def _filter_starred(queryset, value):
    return queryset.filter(rules.starred_q()) if value else queryset.exclude(rules.starred_q())


ASSESSMENTS = Dataset(
    name="assessments",
    title=pgettext_lazy("dataset", "Assessments"),
    description=_(
        "How each report judged each commitment: specificity, relevance to the OGP values, "
        "potential impact, completion, and whether the commitment is starred."
    ),
    fields=(
        Field("id", "integer", _("Stable identifier of the assessment on this portal")),
        Field("report_id", "integer", _("Identifier of the report (see the reports dataset)")),
        Field("report_kind", "string", _("Kind code of the report"), enum=tuple(ReportKind.values)),
        Field("report_year", "integer", _("Year the report was published")),
        Field("commitment_id", "integer", _("Identifier of the commitment")),
        Field("plan", "string", _("Address of the action plan")),
        Field("commitment_number", "integer", _("Number of the commitment in the plan")),
        Field(
            "commitment_ogp_id", "string", _("Identifier OGP gives the commitment"), nullable=True
        ),
        _text("commitment_title", _("Title of the commitment")),
        Field(
            "specificity",
            "string",
            _("Specificity (verifiability)"),
            enum=tuple(Specificity.values),
        ),
        *(
            Field(
                name, "boolean", lazy_format(_("Relevant to the OGP value: %(value)s"), value=label)
            )
            for name, label in zip(ASSESSMENT_VALUE_FIELDS, OGPValue.labels, strict=True)
        ),
        Field(
            "potential_impact", "string", _("Potential impact"), enum=tuple(PotentialImpact.values)
        ),
        Field("completion", "string", _("Completion"), enum=tuple(Completion.values)),
        Field(
            "did_it_open_government",
            "string",
            _("Did it open government? Only after implementation"),
            nullable=True,
            enum=tuple(OpenedGovernment.values),
        ),
        Field(
            "starred",
            "boolean",
            _("Starred: derived from the four criteria by the IRM's rule, never typed in"),
        ),
        _text("notes", _("Notes")),
        Field("is_sample", "boolean", IS_SAMPLE.description),
    ),
    published=_published_assessments,
    prepare=_prepare_assessments,
    row=_assessment_row,
    ordering=("commitment__plan__number", "commitment__number", "report_id", "pk"),
    updated_field="report__published_at",
    updated_description=_("the latest publication of a report with assessments"),
    filters=(
        id_filter("report", _("Identifier of a report"), "report_id"),
        id_filter("commitment", _("Identifier of a commitment"), "commitment_id"),
        slug_filter(
            "plan", _("Address of an action plan"), "commitment__plan__slug", _published_plan_slugs
        ),
        Filter(
            "starred",
            _("true for starred assessments only, false for the others"),
            "",
            "boolean",
            apply=_filter_starred,
        ),
    ),
)


# --- eligibility scores ------------------------------------------------------------------

CRITERIA_FIELDS = (
    ("fiscal_transparency", _("Fiscal transparency")),
    ("access_to_information", _("Access to information")),
    ("asset_disclosure", _("Asset disclosure")),
    ("civic_participation", _("Civic participation")),
)


def _score_row(score, context):
    return {
        "id": score.pk,
        "country_code": score.country_code,
        "year": score.year,
        **texts(score, "country"),
        **{name: getattr(score, name) for name, _label in CRITERIA_FIELDS},
        "total_percent": score.total_percentage,
        "is_eligible": score.is_eligible,
        "highlighted": score.highlighted,
        **texts(score, "source_note"),
        "source_url": url_or_none(score.source_url),
        "is_sample": score.is_sample,
        "published_at": score.published_at,
    }


ELIGIBILITY_SCORES = Dataset(
    name="eligibility_scores",
    title=pgettext_lazy("dataset", "Eligibility scores"),
    description=_(
        "OGP eligibility points of the countries of the region: four criteria of 0 to 4 "
        "points each, and the total derived from them."
    ),
    fields=(
        Field("id", "integer", _("Stable identifier of the score on this portal")),
        Field("country_code", "string", _("ISO 3166 country code; with year, a stable key")),
        Field("year", "integer", _("Year of the score")),
        _text("country", _("Country")),
        *(
            Field(
                name,
                "integer",
                lazy_format(
                    _("%(criterion)s: 0 to 4 points; empty for “no data”"), criterion=label
                ),
                nullable=True,
            )
            for name, label in CRITERIA_FIELDS
        ),
        Field(
            "total_percent",
            "integer",
            _("Total: points over the maximum of the criteria with data, in per cent"),
            nullable=True,
        ),
        Field("is_eligible", "boolean", _("Total of 75 per cent or more")),
        Field("highlighted", "boolean", _("Highlighted in the source, as Kyrgyzstan")),
        _text("source_note", _("Note on the source")),
        Field("source_url", "url", _("Source"), nullable=True),
        IS_SAMPLE,
        PUBLISHED_AT,
    ),
    published=EligibilityScore.objects.published,
    prepare=lambda queryset: queryset,
    row=_score_row,
    ordering=("-year", "order", "country_code", "pk"),
    updated_field="published_at",
    updated_description=_("the latest publication of a score"),
    filters=(
        year_filter("year", _("Year of the score"), "year"),
        Filter(
            "country",
            _("ISO 3166 country code, e.g. KG"),
            "country_code",
            "slug",
            known_values=lambda: (
                EligibilityScore.objects.published()
                .order_by("country_code")
                .values_list("country_code", flat=True)
                .distinct()
            ),
        ),
    ),
)


# --- themes ------------------------------------------------------------------------------


def _theme_row(theme, context):
    return {
        "id": theme.pk,
        "slug": theme.slug,
        **texts(theme, "name"),
        **texts(theme, "description"),
        "order": theme.order,
        "commitments": theme.public_commitments,
        "is_sample": theme.is_sample,
        "published_at": theme.published_at,
        **context.page_urls(theme),
    }


def _prepare_themes(queryset):
    return queryset.annotate(
        public_commitments=Count(
            "commitments", filter=Q(commitments__in=_published_commitment_ids()), distinct=True
        )
    )


THEMES = Dataset(
    name="themes",
    title=pgettext_lazy("dataset", "Themes"),
    description=_("The OGP themes the commitments are grouped by."),
    fields=(
        Field("id", "integer", _("Stable identifier of the theme on this portal")),
        Field("slug", "string", _("Address of the theme; also a stable key")),
        _text("name", _("Name of the theme")),
        _text("description", _("Description")),
        Field("order", "integer", _("Place in the list of themes")),
        Field("commitments", "integer", _("Number of published commitments on the theme")),
        IS_SAMPLE,
        PUBLISHED_AT,
        _page_url(_("Address of the theme's page on this portal, in each language")),
    ),
    published=Theme.objects.published,
    prepare=_prepare_themes,
    row=_theme_row,
    ordering=("order", "slug", "pk"),
    updated_field="published_at",
    updated_description=_("the latest publication of a theme"),
)


# --- organizations -----------------------------------------------------------------------


def _public_organizations():
    """Organizations that published content names: the directory holds only those in public."""
    commitments = Commitment.objects.published()
    named = (
        Q(Exists(commitments.filter(lead_agency=OuterRef("pk"))))
        | Q(Exists(commitments.filter(co_implementers=OuterRef("pk"))))
        | Q(
            Exists(
                CommitmentPartner.objects.filter(
                    organization=OuterRef("pk"), commitment__in=commitments.values("pk")
                )
            )
        )
        | Q(Exists(CoalitionMember.objects.published().filter(organization=OuterRef("pk"))))
        | Q(Exists(ForumMember.objects.published().filter(organization=OuterRef("pk"))))
        | Q(Exists(Report.objects.published().filter(author=OuterRef("pk"))))
    )
    return Organization.objects.filter(named)


def _organization_row(organization, context):
    return {
        "id": organization.pk,
        "slug": organization.slug,
        **texts(organization, "name"),
        **texts(organization, "short_name"),
        "kind": organization.kind,
        **labels("kind", OrganizationKind, organization.kind),
        "website": url_or_none(organization.website),
        "email": organization.email or None,
        "phone": organization.phone or None,
        "is_sample": organization.is_sample,
    }


def _organizations_changed():
    return Organization.history.aggregate(latest=Max("history_date"))["latest"]


ORGANIZATIONS = Dataset(
    name="organizations",
    title=pgettext_lazy("dataset", "Organizations"),
    description=_(
        "Government agencies, civil-society organizations and other bodies that the published "
        "commitments, Forum, Coalition and reports name."
    ),
    fields=(
        Field("id", "integer", _("Stable identifier of the organization on this portal")),
        Field("slug", "string", _("Address of the organization; also a stable key")),
        _text("name", _("Name of the organization")),
        _text("short_name", _("Short name")),
        Field("kind", "string", _("Kind code"), enum=tuple(OrganizationKind.values)),
        _label("kind", _("Kind as the portal names it, in each language")),
        Field("website", "url", _("Website"), nullable=True),
        Field("email", "string", _("Public email"), nullable=True),
        Field("phone", "string", _("Public phone"), nullable=True),
        IS_SAMPLE,
    ),
    published=_public_organizations,
    prepare=lambda queryset: queryset,
    row=_organization_row,
    ordering=("slug", "pk"),
    updated_field=None,
    updated_description=_("the latest change of any organization in the directory"),
    updated_from_history=_organizations_changed,
    filters=(choice_filter("kind", _("Kind code"), "kind", OrganizationKind),),
)


DATASETS = {
    dataset.name: dataset
    for dataset in (
        COMMITMENTS,
        MILESTONES,
        MEETINGS,
        TRANSCRIPTS,
        MEMBERS,
        REPORTS,
        ASSESSMENTS,
        ELIGIBILITY_SCORES,
        THEMES,
        ORGANIZATIONS,
    )
}


def get_dataset(name):
    return DATASETS.get(name)
