"""Helpers that every public view uses, so the publication rule lives in one place."""

from django.conf import settings
from django.http import Http404
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _


def viewer(request):
    """The signed-in user, or None for a visitor without a session.

    Without a session cookie the visitor is anonymous: not touching request.user keeps the
    session unread, so the response does not vary on cookies and the page cache can share it.
    """
    return request.user if settings.SESSION_COOKIE_NAME in request.COOKIES else None


def get_visible_or_404(queryset, request, **lookup):
    """The published object, or for staff any object (a preview); 404 otherwise."""
    try:
        return queryset.visible_to(viewer(request)).get(**lookup)
    except (queryset.model.DoesNotExist, ValueError, TypeError) as error:
        raise Http404(_("This page does not exist or is not published.")) from error


def mark_preview(request, response, obj):
    """A staff preview of a draft must never be cached or shared."""
    if hasattr(obj, "is_published") and not obj.is_published():
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
    return response
