"""Reading a translated field (modeltranslation's `title_ru`, `title_ky`, `title_en`) for a page.

Where the text in the wanted language is empty, or was never filled in (NULL: a bulk load or an
import), the Russian one stands in, and the caller is told so, to mark it on the page. The
template tags {% tr %} and {% tr_html %}, the rows written in Python and the search index all
read translated fields through these two functions.
"""

from django.conf import settings
from django.utils.translation import get_language

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE

SITE_LANGUAGES = frozenset(code for code, _name in settings.LANGUAGES)

_NOT_TRANSLATED = object()


def current_language():
    """The visitor's language, as the site spells it (ru, ky or en)."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in SITE_LANGUAGES else settings.LANGUAGE_CODE


def field_in_language(obj, field, language=None):
    """(text, fell_back) of obj's field in `language` (the visitor's by default): fell_back is
    true when the Russian text stands in for it. A field that is not translated is as it is."""
    language = language or current_language()
    own = getattr(obj, f"{field}_{language}", _NOT_TRANSLATED)
    if own is _NOT_TRANSLATED:
        return getattr(obj, field, "") or "", False
    if own:
        return own, False
    fallback = getattr(obj, f"{field}_{DEFAULT_LANGUAGE}", "") or ""
    return fallback, bool(fallback) and language != DEFAULT_LANGUAGE


def row_in_language(row, field, language, prefix=""):
    """field_in_language() of a plain row (a dict from values()), which holds the field in
    `language` and in Russian under f"{prefix}{field}_{code}"."""
    own = row[f"{prefix}{field}_{language}"]
    if own:
        return own, False
    fallback = row[f"{prefix}{field}_{DEFAULT_LANGUAGE}"] or ""
    return fallback, bool(fallback) and language != DEFAULT_LANGUAGE
