from modeltranslation.translator import TranslationOptions, register

from publishing.history import track_history

from .models import (
    AgendaItem,
    Document,
    ForumProfile,
    Meeting,
    Member,
    SecretariatDuty,
    SecretariatMember,
    SpeakerTurn,
    Transcript,
)


@register(ForumProfile)
class ForumProfileTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "abbreviation",
        "description",
        "founding_act",
        "status_note",
        "secretariat_intro",
    )


@register(Meeting)
class MeetingTranslationOptions(TranslationOptions):
    fields = ("topic", "place", "decisions", "attendance_note")


@register(AgendaItem)
class AgendaItemTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(Transcript)
class TranscriptTranslationOptions(TranslationOptions):
    fields = ("summary",)


@register(SpeakerTurn)
class SpeakerTurnTranslationOptions(TranslationOptions):
    fields = ("speaker", "text")


@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ("title", "note")


@register(SecretariatMember)
class SecretariatMemberTranslationOptions(TranslationOptions):
    fields = ("position",)


@register(SecretariatDuty)
class SecretariatDutyTranslationOptions(TranslationOptions):
    fields = ("text",)


# History after translation, so the per-language columns are recorded too. Member has no
# text of its own to translate; its history is kept all the same.
track_history(
    ForumProfile,
    Member,
    Meeting,
    AgendaItem,
    Transcript,
    SpeakerTurn,
    Document,
    SecretariatMember,
    SecretariatDuty,
)
