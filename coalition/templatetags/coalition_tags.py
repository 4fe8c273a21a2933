"""Template helpers of the Coalition pages."""

from django import template
from django.urls import NoReverseMatch

register = template.Library()


@register.filter
def public_url(obj):
    """An object's public address, or "" while its app publishes no page for it (yet).

    Commitments and themes belong to another app; a link to them must never break our pages.
    """
    if obj is None or (hasattr(obj, "is_published") and not obj.is_published()):
        return ""
    try:
        return obj.get_absolute_url()
    except (NoReverseMatch, AttributeError):
        return ""
