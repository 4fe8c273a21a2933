from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from .models import ContactPoint, KeyFigure, Page, TimelineEvent


@admin.register(Page)
class PageAdmin(TabbedTranslationAdmin):
    list_display = ["title", "slug", "order", "publication_state", "published_at"]
    list_filter = ["publication_state", "is_sample"]
    search_fields = ["title_ru", "title_ky", "title_en", "slug"]
    prepopulated_fields = {"slug": ("title_en",)}


@admin.register(KeyFigure)
class KeyFigureAdmin(TabbedTranslationAdmin):
    list_display = ["value", "label", "order", "publication_state"]
    list_editable = ["order"]
    search_fields = ["label_ru", "label_ky", "label_en"]


@admin.register(TimelineEvent)
class TimelineEventAdmin(TabbedTranslationAdmin):
    list_display = ["title", "date", "order", "publication_state"]
    list_editable = ["order"]
    search_fields = ["title_ru", "title_ky", "title_en"]


@admin.register(ContactPoint)
class ContactPointAdmin(TabbedTranslationAdmin):
    list_display = ["label", "value", "kind", "order", "publication_state"]
    list_editable = ["order"]
    search_fields = ["label_ru", "value_ru"]
