"""Template helpers shared by every app: languages, translated fields, sample-data badges."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """The current page in every language, as (code, native name, absolute URL, is_current)."""
    request = context.get("request")
    if request is None:
        return []
    path = request.get_full_path()
    current = get_language()
    alternates = []
    for code, name in settings.LANGUAGES:
        url = translate_url(path, code)
        alternates.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "is_current": code == current,
            }
        )
    return alternates


def _field_in_language(obj, field):
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    own = getattr(obj, f"{field}_{language}", None)
    if own is None:  # not a translated field
        return getattr(obj, field, ""), False
    if own:
        return own, False
    return getattr(obj, f"{field}_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}", "") or "", True


def _untranslated(value):
    return format_html(
        '<span lang="ru">{}</span> <small class="untranslated">{}</small>',
        value,
        _("(not yet translated; shown in Russian)"),
    )


@register.simple_tag
def tr(obj, field):
    """A translated text field; where the visitor's language is missing, Russian, marked so."""
    value, fell_back = _field_in_language(obj, field)
    if fell_back and value:
        return _untranslated(value)
    return value


@register.simple_tag
def tr_html(obj, field):
    """Like tr, for rich text already sanitised when it was saved."""
    value, fell_back = _field_in_language(obj, field)
    if fell_back and value:
        return format_html(
            '<div lang="ru">{}</div><p class="untranslated">{}</p>',
            mark_safe(value),
            _("(not yet translated; shown in Russian)"),
        )
    return mark_safe(value)


@register.simple_tag
def sample_badge(obj):
    """The "Sample data" badge: a plain tag rather than a template, as lists show it per row."""
    if not getattr(obj, "is_sample", False):
        return ""
    return format_html(
        '<span class="badge badge-sample" title="{}">{}</span>',
        _("Not taken from an official source: shown so the portal can be tried."),
        _("Sample data"),
    )


@register.filter
def filesize(num_bytes):
    """A file size a person reads at a glance: 12 KB, 3.4 MB."""
    try:
        size = float(num_bytes)
    except (TypeError, ValueError):
        return ""
    for unit in (_("B"), _("KB"), _("MB")):
        if size < 1024:
            return f"{size:.0f} {unit}" if size >= 10 or unit == _("B") else f"{size:.1f} {unit}"
        size /= 1024
    gigabytes = _("GB")
    return f"{size:.1f} {gigabytes}"
