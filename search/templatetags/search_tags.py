"""The search page's result rows, written in Python: twenty includes of a partial cost the page
more than its query does. Every value is escaped by format_html, as the partial escaped it;
titles and snippets are already escaped and marked (queries.marked_html)."""

from django import template
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from publishing.templatetags.portal import sample_badge

register = template.Library()

KIND_LINE = '<p class="search-result-kind">{}{}{}</p>'
CONTEXT = " · <span{}>{}</span>"
DATE = ' · <time datetime="{}">{}</time>'
TITLE = '<h3 class="search-result-title"><a href="{}"{}>{}</a> {}</h3>'
SNIPPET = '<p class="search-result-snippet"{}>{}</p>'
UNTRANSLATED = '<p class="untranslated">{}</p>'
ROW = '<li class="search-result">\n  {}\n  {}\n  {}\n  {}\n</li>\n'


def _result(hit, language, labels, untranslated):
    foreign = hit.text_language != language
    lang = format_html(' lang="{}"', hit.text_language) if foreign else ""
    label = labels.get(hit.kind)
    if label is None:
        label = labels[hit.kind] = str(hit.kind_label)
    kind_line = format_html(
        KIND_LINE,
        label,
        format_html(CONTEXT, lang, hit.context) if hit.context else "",
        format_html(DATE, hit.date.isoformat(), date_format(hit.date, "DATE_FORMAT"))
        if hit.date
        else "",
    )
    return (
        kind_line,
        format_html(TITLE, hit.url, lang, hit.title_html, sample_badge(hit)),
        format_html(SNIPPET, lang, hit.snippet_html) if hit.snippet_html else "",
        untranslated if foreign else "",
    )


@register.simple_tag
def search_result_rows(hits):
    """The <li> of each result, as templates/search/_result.html wrote them."""
    language = get_language()
    labels = {}
    untranslated = format_html(UNTRANSLATED, _("(not yet translated; shown in Russian)"))
    return format_html_join("", ROW, (_result(hit, language, labels, untranslated) for hit in hits))
