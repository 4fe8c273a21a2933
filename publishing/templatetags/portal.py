"""Template helpers shared by every app: languages, translated fields, sample-data badges."""

from functools import cache
from urllib.parse import urlsplit, urlunsplit

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy, override
from django.utils.translation import gettext as _

from ..translation import field_in_language, row_in_language

register = template.Library()


def _same_page_in(request, code):
    """The address of the current page in another language, query string kept.

    The route was already resolved for this request; resolving it again per language (what
    translate_url does) costs more than the rest of the page header.
    """
    match = getattr(request, "resolver_match", None)
    path = request.get_full_path()
    if match is None or not match.url_name:
        return translate_url(path, code)
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    with override(code):
        try:
            translated = reverse(name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return translate_url(path, code)
    parts = urlsplit(path)
    return urlunsplit(("", "", translated, parts.query, parts.fragment))


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """The current page in every language, as (code, native name, absolute URL, is_current)."""
    request = context.get("request")
    if request is None:
        return []
    current = get_language()
    alternates = []
    for code, name in settings.LANGUAGES:
        url = _same_page_in(request, code)
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


def _untranslated(value):
    return format_html(
        '<span lang="ru">{}</span> <small class="untranslated">{}</small>',
        value,
        _("(not yet translated; shown in Russian)"),
    )


def tr_row(row, field, language, prefix=""):
    """{% tr %} of a plain row, for markup written in Python."""
    value, fell_back = row_in_language(row, field, language, prefix)
    return _untranslated(value) if fell_back else value


@register.simple_tag
def tr(obj, field):
    """A translated text field; where the visitor's language is missing, Russian, marked so."""
    value, fell_back = field_in_language(obj, field)
    return _untranslated(value) if fell_back else value


@register.simple_tag
def tr_html(obj, field):
    """Like tr, for rich text already sanitised when it was saved."""
    value, fell_back = field_in_language(obj, field)
    if fell_back:
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


# The main navigation: route name and label; a section whose app is not installed is left out.
MAIN_NAVIGATION = [
    ("pages:home", gettext_lazy("Home")),
    ("pages:about", gettext_lazy("About OGP")),
    ("commitments:list", gettext_lazy("Action plan")),
    ("forum:index", gettext_lazy("National Forum")),
    ("coalition:index", gettext_lazy("Coalition")),
    ("reports:list", gettext_lazy("Reports")),
    ("search:search", gettext_lazy("Search")),
]


@cache
def _navigation_in(language):
    """(address, label) of each section in one language: the same for every request."""
    links = []
    with override(language):
        for route, label in MAIN_NAVIGATION:
            try:
                links.append((reverse(route), str(label)))
            except NoReverseMatch:
                continue
    return tuple(links)


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The section links, the visitor's section marked with aria-current."""
    request = context.get("request")
    path = request.path if request is not None else ""
    links = _navigation_in(get_language())
    home = links[0][0]

    def current(url):
        is_current = path == url if url == home else path.startswith(url)
        return mark_safe(' aria-current="page"') if is_current else ""

    return format_html_join(
        "\n",
        '<li><a href="{}"{}>{}</a></li>',
        ((url, current(url), label) for url, label in links),
    )
