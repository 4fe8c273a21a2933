"""Admin pages that span every app: what still lacks a translation, and what was deleted."""

from django.apps import apps
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from modeltranslation.translator import translator

from .admin import OTHER_LANGUAGES, missing_languages

CONTENT_APPS = ["pages", "directory", "commitments", "forum", "coalition", "reports"]


def _change_url(obj):
    try:
        return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return ""


def missing_translations(request):
    """Every translated record whose Kyrgyz or English text is still missing."""
    rows = []
    for model in translator.get_registered_models(abstract=False):
        if model._meta.app_label not in CONTENT_APPS or model not in admin.site._registry:
            continue
        if not request.user.has_perm(
            f"{model._meta.app_label}.view_{model._meta.model_name}"
        ) and not request.user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}"):
            continue
        for obj in model._default_manager.all().iterator():
            missing = missing_languages(obj)
            if missing:
                rows.append(
                    {
                        "model": model._meta.verbose_name,
                        "object": obj,
                        "missing": [code.upper() for code in missing],
                        "url": _change_url(obj),
                    }
                )
    context = {
        **admin.site.each_context(request),
        "title": _("Texts still missing a Kyrgyz or English translation"),
        "rows": rows,
        "languages": [code.upper() for code in OTHER_LANGUAGES],
    }
    return TemplateResponse(request, "admin/publishing/missing_translations.html", context)


def _tracked_models():
    for model in apps.get_models():
        history = getattr(model, "history", None)
        if (
            model._meta.app_label in CONTENT_APPS
            and history is not None
            and hasattr(history, "model")
        ):
            yield model


@require_http_methods(["GET", "POST"])
def deleted_items(request):
    """Deleted records, from their history, with a button that brings each one back."""
    if request.method == "POST":
        label = request.POST.get("model", "")
        try:
            model = apps.get_model(label)
            history_id = int(request.POST.get("history_id", ""))
        except (LookupError, ValueError) as error:
            raise Http404(_("Unknown record.")) from error
        if not request.user.has_perm(f"{model._meta.app_label}.add_{model._meta.model_name}"):
            raise PermissionDenied
        record = model.history.filter(history_id=history_id, history_type="-").first()
        if record is None:
            raise Http404(_("Unknown record."))
        if model._default_manager.filter(pk=record.id).exists():
            messages.warning(request, _("This record exists already."))
        else:
            with transaction.atomic():
                restored = record.instance
                restored._change_reason = _("Restored after deletion")
                restored.save()
            messages.success(request, _("“%(object)s” has been restored.") % {"object": restored})
        return redirect("admin:deleted_items")

    rows = []
    for model in _tracked_models():
        if not request.user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}"):
            continue
        existing = set(model._default_manager.values_list("pk", flat=True))
        for record in model.history.filter(history_type="-").select_related("history_user")[:200]:
            if record.id not in existing:
                rows.append(
                    {
                        "label": model._meta.label,
                        "model": model._meta.verbose_name,
                        "record": record,
                    }
                )
    rows.sort(key=lambda row: row["record"].history_date, reverse=True)
    context = {
        **admin.site.each_context(request),
        "title": _("Deleted items"),
        "rows": rows,
    }
    return TemplateResponse(request, "admin/publishing/deleted_items.html", context)
