from modeltranslation.translator import TranslationOptions, register

from publishing.history import track_history

from .models import Organization, Person


@register(Organization)
class OrganizationTranslationOptions(TranslationOptions):
    fields = ("name", "short_name")


@register(Person)
class PersonTranslationOptions(TranslationOptions):
    fields = ("full_name", "position")


track_history(Organization, Person)
