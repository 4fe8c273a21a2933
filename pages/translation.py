from modeltranslation.translator import TranslationOptions, register

from publishing.history import track_history

from .models import ContactPoint, KeyFigure, Page, TimelineEvent


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")


@register(KeyFigure)
class KeyFigureTranslationOptions(TranslationOptions):
    fields = ("value", "label")


@register(TimelineEvent)
class TimelineEventTranslationOptions(TranslationOptions):
    fields = ("date_label", "title", "description")


@register(ContactPoint)
class ContactPointTranslationOptions(TranslationOptions):
    fields = ("label", "value")


track_history(Page, KeyFigure, TimelineEvent, ContactPoint)
