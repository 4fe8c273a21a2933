"""Template helpers of the reports app."""

from django import template
from django.urls import NoReverseMatch

from ..comparison import compare

register = template.Library()


@register.simple_tag
def assessment_comparison(assessments):
    """{% assessment_comparison assessments as comparison %}: columns by source, rows by
    criterion."""
    return compare(assessments or [])


@register.filter
def public_url(obj):
    """obj's address if it is published and its page exists; "" otherwise (shown without a link)."""
    if hasattr(obj, "is_published") and not obj.is_published():
        return ""
    try:
        return obj.get_absolute_url()
    except NoReverseMatch:
        return ""
