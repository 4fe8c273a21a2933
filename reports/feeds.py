"""Atom feed of published reports, in each language, with the report files as enclosures."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .models import Report

FEED_LENGTH = 50


def feed_url(language):
    if language == settings.LANGUAGE_CODE:
        return reverse("reports_feed")
    return reverse("reports_feed_language", kwargs={"language": language})


class ReportsFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, request, language):
        super().__init__()
        # One instance per request: enclosures need the request to make absolute addresses.
        self.request = request
        self.language = language

    def title(self):
        return _("Open Government Partnership in the Kyrgyz Republic: reports")

    def subtitle(self):
        return _(
            "New monitoring and evaluation reports on the National Action Plan: the Forum's, "
            "the IRM's, alternative and self-assessment reports."
        )

    def link(self):
        return reverse("reports:list")

    def feed_url(self):
        return feed_url(self.language)

    def items(self):
        return Report.objects.published().for_listing()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary or item.get_kind_display()

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.published_at

    def item_author_name(self, item):
        return item.author.name if item.author else None

    def item_categories(self, item):
        return [item.get_kind_display()]

    def item_enclosures(self, item):
        return [
            Enclosure(
                self.request.build_absolute_uri(stored.get_absolute_url()),
                str(stored.size),
                stored.content_type,
            )
            for stored in item.files_in_order
        ]


@require_GET
def reports_feed(request, language=settings.LANGUAGE_CODE):
    with translation.override(language):
        return ReportsFeed(request, language)(request)
