"""Staff edit the Forum here: members, meetings with their agenda and audio, transcripts with
their text and files, documents, the Secretariat. Every upload is checked by its content."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from commitments.models import Commitment
from publishing.admin import PublishableAdmin, publish, unpublish

from .models import (
    AgendaItem,
    Document,
    DocumentFile,
    ForumProfile,
    Meeting,
    MeetingAudio,
    Member,
    SecretariatDuty,
    SecretariatMember,
    SpeakerTurn,
    Transcript,
    TranscriptFile,
)
from .services import transcript_publish

STORED_FILE_READONLY = ["format_and_size", "original_filename", "uploaded_at"]


class StoredFileInlineMixin:
    """What staff see of an uploaded file: its kind and size as detected, the name it came with."""

    readonly_fields = STORED_FILE_READONLY

    @admin.display(description=_("format and size"))
    def format_and_size(self, obj):
        if not obj or not obj.pk:
            return "—"
        return f"{obj.format_label}, {filesizeformat(obj.size)}"


def _commitments_searchable():
    """Autocomplete needs the commitments admin (another app's) to offer search."""
    model_admin = admin.site._registry.get(Commitment)
    return bool(model_admin and model_admin.search_fields)


@admin.register(ForumProfile)
class ForumProfileAdmin(PublishableAdmin):
    list_display = ["name", "founded_on", "founding_act", "seats_per_side"]
    search_fields = ["name_ru", "name_ky", "name_en"]
    autocomplete_fields = ["founding_act_signed_by"]
    ordering = ["key"]

    def has_add_permission(self, request):
        # The Forum has one profile; staff edit it rather than add a second.
        return not ForumProfile.objects.exists()


@admin.register(Member)
class MemberAdmin(SimpleHistoryAdmin):
    list_display = [
        "person",
        "side",
        "role",
        "organization",
        "term_from",
        "term_to",
        "publication_state",
        "is_sample",
    ]
    list_filter = ["side", "role", "publication_state", "is_sample"]
    search_fields = [
        "person__full_name_ru",
        "person__full_name_ky",
        "person__full_name_en",
        "organization__name_ru",
        "organization__name_en",
    ]
    autocomplete_fields = ["person", "organization"]
    list_select_related = ["person", "organization"]
    ordering = ["side", "order", "id"]
    actions = [publish, unpublish]


class AgendaItemInline(TranslationTabularInline):
    model = AgendaItem
    extra = 1
    fields = ["order", "title", "commitments"]
    autocomplete_fields = ["commitments"] if _commitments_searchable() else []


class MeetingAudioInline(StoredFileInlineMixin, admin.StackedInline):
    model = MeetingAudio
    extra = 0
    max_num = 1
    fields = ["file", *STORED_FILE_READONLY]


@admin.register(Meeting)
class MeetingAdmin(PublishableAdmin):
    list_display = ["number", "starts_at", "status", "topic", "place", "is_sample"]
    list_filter = ["status"]
    search_fields = ["topic_ru", "topic_ky", "topic_en", "place_ru", "decisions_ru"]
    date_hierarchy = "starts_at"
    ordering = ["-starts_at"]
    inlines = [AgendaItemInline, MeetingAudioInline]


class SpeakerTurnInline(TranslationStackedInline):
    model = SpeakerTurn
    extra = 1
    fields = ["number", "speaker", "person", "text"]
    autocomplete_fields = ["person"]


class TranscriptFileInline(StoredFileInlineMixin, admin.TabularInline):
    model = TranscriptFile
    extra = 1
    fields = ["language", "file", *STORED_FILE_READONLY]


@admin.action(description=_("Publish the selected transcripts"), permissions=["change"])
def publish_transcripts(modeladmin, request, queryset):
    published = 0
    for transcript in queryset.select_related("meeting"):
        try:
            transcript_publish(transcript=transcript)
        except ValidationError as error:
            modeladmin.message_user(
                request, f"{transcript}: {' '.join(error.messages)}", messages.ERROR
            )
        else:
            published += 1
    if published:
        modeladmin.message_user(
            request,
            ngettext(
                "%(count)d transcript published.", "%(count)d transcripts published.", published
            )
            % {"count": published},
            messages.SUCCESS,
        )


@admin.register(Transcript)
class TranscriptAdmin(PublishableAdmin):
    list_display = ["__str__", "meeting", "is_published"]
    list_select_related = ["meeting"]
    list_filter = ["meeting__status"]
    search_fields = ["summary_ru", "summary_ky", "summary_en", "meeting__topic_ru"]
    autocomplete_fields = ["meeting"]
    ordering = ["-meeting__starts_at"]
    # Publishing goes through the action, which checks the meeting was held and is public.
    readonly_fields = ["publication_state", "published_at"]
    actions = [publish_transcripts, unpublish]
    inlines = [SpeakerTurnInline, TranscriptFileInline]


class DocumentFileInline(StoredFileInlineMixin, admin.TabularInline):
    model = DocumentFile
    extra = 1
    fields = ["language", "file", *STORED_FILE_READONLY]


@admin.register(Document)
class DocumentAdmin(PublishableAdmin):
    list_display = ["title", "kind", "number", "date", "order"]
    list_filter = ["kind"]
    search_fields = ["title_ru", "title_ky", "title_en", "number"]
    ordering = ["order", "kind"]
    inlines = [DocumentFileInline]


@admin.register(SecretariatMember)
class SecretariatMemberAdmin(PublishableAdmin):
    list_display = ["person", "position", "is_head", "order"]
    list_filter = ["is_head"]
    search_fields = ["person__full_name_ru", "person__full_name_en", "position_ru", "position_en"]
    autocomplete_fields = ["person"]
    list_select_related = ["person"]
    ordering = ["-is_head", "order"]


@admin.register(SecretariatDuty)
class SecretariatDutyAdmin(PublishableAdmin):
    list_display = ["text", "order"]
    list_editable = ["order"]
    search_fields = ["text_ru", "text_ky", "text_en"]
    ordering = ["order"]
