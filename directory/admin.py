from django.contrib import admin

from publishing.admin import ContentAdmin

from .models import Organization, Person


@admin.register(Organization)
class OrganizationAdmin(ContentAdmin):
    list_display = ["name", "short_name", "kind", "website"]
    list_filter = ["kind", "is_sample"]
    search_fields = ["name_ru", "name_ky", "name_en", "short_name_ru", "short_name_en"]


@admin.register(Person)
class PersonAdmin(ContentAdmin):
    list_display = ["full_name", "position", "organization", "email"]
    list_filter = ["is_sample", "organization__kind"]
    search_fields = ["full_name_ru", "full_name_ky", "full_name_en", "email", "position_ru"]
    autocomplete_fields = ["organization"]
    list_select_related = ["organization"]
