from django.contrib import admin

from publishing.admin import PublishableAdmin

from .models import ContactPoint, KeyFigure, Page, TimelineEvent


@admin.register(Page)
class PageAdmin(PublishableAdmin):
    list_display = ["title", "slug", "order"]
    search_fields = ["title_ru", "title_ky", "title_en", "slug"]
    prepopulated_fields = {"slug": ("title_en",)}


@admin.register(KeyFigure)
class KeyFigureAdmin(PublishableAdmin):
    list_display = ["value", "label", "order"]
    list_editable = ["order"]
    search_fields = ["label_ru", "label_ky", "label_en"]


@admin.register(TimelineEvent)
class TimelineEventAdmin(PublishableAdmin):
    list_display = ["title", "date", "order"]
    list_editable = ["order"]
    search_fields = ["title_ru", "title_ky", "title_en"]


@admin.register(ContactPoint)
class ContactPointAdmin(PublishableAdmin):
    list_display = ["label", "value", "kind", "order"]
    list_editable = ["order"]
    search_fields = ["label_ru", "value_ru"]
