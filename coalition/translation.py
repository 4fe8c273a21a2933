from modeltranslation.translator import TranslationOptions, register

from publishing.history import track_history

from .models import (
    CoalitionInfo,
    Direction,
    Member,
    MemberProfile,
    Partner,
    ProfileDirection,
    ProfileInitiative,
)


@register(CoalitionInfo)
class CoalitionInfoTranslationOptions(TranslationOptions):
    fields = ("title", "purpose", "registered_members_label", "directions_intro")


@register(Direction)
class DirectionTranslationOptions(TranslationOptions):
    fields = ("text",)


@register(Member)
class MemberTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(MemberProfile)
class MemberProfileTranslationOptions(TranslationOptions):
    fields = ("heading", "openness_title", "openness_statement", "directions_intro")


@register(ProfileDirection)
class ProfileDirectionTranslationOptions(TranslationOptions):
    fields = ("text",)


@register(ProfileInitiative)
class ProfileInitiativeTranslationOptions(TranslationOptions):
    fields = ("title",)


# History after translation, so each version keeps every language's text.
track_history(
    CoalitionInfo, Direction, Member, MemberProfile, ProfileDirection, ProfileInitiative, Partner
)
