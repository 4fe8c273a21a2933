"""Template helpers of the Forum pages."""

from django import template
from django.template.defaultfilters import linebreaks_filter
from django.urls import NoReverseMatch
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from publishing.templatetags.portal import tr_row
from publishing.translation import current_language

register = template.Library()


@register.filter
def url_or_empty(obj):
    """An object's address, or "" while the app that serves it has no page for it yet."""
    try:
        return obj.get_absolute_url()
    except NoReverseMatch:
        return ""


@register.simple_tag
def transcript_turns(turns):
    """A part's turns, each with its citable anchor, speaker and paragraphs.

    Written in Python: a part holds dozens of long turns, and the template loop's lookups and
    two translated fields per turn were a third of the page's rendering.
    """
    link_label = conditional_escape(gettext("link to this passage"))
    language = current_language()
    return mark_safe(
        "\n".join(
            f'<div class="forum-turn" id="turn-{turn["number"]}">\n'
            f'  <a class="forum-turn-link" href="#turn-{turn["number"]}">¶&nbsp;{turn["number"]}'
            f'<span class="visually-hidden"> {link_label}</span></a>\n'
            '  <p class="forum-turn-speaker"><strong>'
            f"{conditional_escape(tr_row(turn, 'speaker', language))}</strong></p>\n"
            f"  {linebreaks_filter(tr_row(turn, 'text', language), autoescape=True)}\n"
            "</div>"
            for turn in turns
        )
    )
