"""The admin every content model uses: language tabs, history, publishing, missing translations."""

from django.conf import settings
from django.contrib import admin, messages
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.translator import NotRegistered, translator
from simple_history.admin import SimpleHistoryAdmin

from .models import PublicationState

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "ru"]


def translated_field_names(model):
    try:
        return list(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return []


def missing_languages(obj):
    """Languages in which some text filled in Russian is still empty."""
    missing = []
    for code in OTHER_LANGUAGES:
        for field in translated_field_names(type(obj)):
            if getattr(obj, f"{field}_ru", "") and not getattr(obj, f"{field}_{code}", ""):
                missing.append(code)
                break
    return missing


@admin.action(description=_("Publish the selected items"))
def publish(modeladmin, request, queryset):
    count = 0
    for obj in queryset.exclude(publication_state=PublicationState.PUBLISHED):
        obj.publication_state = PublicationState.PUBLISHED
        obj.published_at = obj.published_at or timezone.now()
        obj.save()
        count += 1
    modeladmin.message_user(
        request,
        ngettext("%(count)d item published.", "%(count)d items published.", count)
        % {"count": count},
        messages.SUCCESS,
    )


@admin.action(description=_("Return the selected items to draft"))
def unpublish(modeladmin, request, queryset):
    count = 0
    for obj in queryset.filter(publication_state=PublicationState.PUBLISHED):
        obj.publication_state = PublicationState.DRAFT
        obj.save()
        count += 1
    modeladmin.message_user(
        request,
        ngettext("%(count)d item returned to draft.", "%(count)d items returned to draft.", count)
        % {"count": count},
        messages.SUCCESS,
    )


class ContentAdmin(SimpleHistoryAdmin, TabbedTranslationAdmin):
    """Admin for translated content: tabs per language, history with restore, missing texts."""

    @admin.display(description=_("translations"))
    def translation_status(self, obj):
        missing = missing_languages(obj)
        if not missing:
            return format_html('<span class="translation-ok">{}</span>', _("complete"))
        return format_html(
            '<span class="translation-missing">{} {}</span>',
            _("missing:"),
            ", ".join(code.upper() for code in missing),
        )

    def get_list_display(self, request):
        fields = list(super().get_list_display(request))
        if "translation_status" not in fields:
            fields.append("translation_status")
        return fields


class PublishableAdmin(ContentAdmin):
    """ContentAdmin for models with a publication state: publish and unpublish actions."""

    actions = [publish, unpublish]

    def get_list_display(self, request):
        fields = list(super().get_list_display(request))
        for name in ("publication_state", "published_at"):
            if name not in fields:
                fields.insert(-1, name)
        return fields

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        for name in ("publication_state", "is_sample"):
            if name not in filters:
                filters.append(name)
        return filters
