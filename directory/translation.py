from modeltranslation.translator import TranslationOptions, register

from .models import Organization, Person


@register(Organization)
class OrganizationTranslationOptions(TranslationOptions):
    fields = ("name", "short_name")


@register(Person)
class PersonTranslationOptions(TranslationOptions):
    fields = ("full_name", "position")
