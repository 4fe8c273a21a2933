"""Template helpers of the Forum pages."""

from django import template
from django.urls import NoReverseMatch

register = template.Library()


@register.filter
def url_or_empty(obj):
    """An object's address, or "" while the app that serves it has no page for it yet."""
    try:
        return obj.get_absolute_url()
    except NoReverseMatch:
        return ""
