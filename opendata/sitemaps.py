"""sitemap.xml: every public page in Russian, Kyrgyz and English, with hreflang alternates.

Sections come from route names and get_absolute_url, published items only. A section whose
routes another app does not provide (yet) is left out instead of breaking the sitemap.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import NoReverseMatch, reverse

from coalition.models import Member as CoalitionMember
from commitments.models import ActionPlan, Commitment, Theme
from forum.models import Meeting, Transcript
from pages.models import Page
from reports.models import Report

# Pages without an argument, in the order a visitor meets them.
NAMED_PAGES = (
    "pages:home",
    "pages:about",
    "commitments:list",
    "commitments:themes",
    "forum:index",
    "forum:members",
    "forum:meetings",
    "forum:transcripts",
    "forum:documents",
    "forum:secretariat",
    "coalition:index",
    "coalition:join",
    "reports:list",
    "reports:eligibility",
    "opendata:index",
)


class PortalSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    # Three addresses per item stay well under the 50,000 a sitemap may hold.
    limit = 15000

    def objects(self):
        raise NotImplementedError

    def items(self):
        # Django asks for the items more than once per response: read them once.
        if not hasattr(self, "_objects"):
            self._objects = self.objects()
        return self._objects

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        # Pages name their Russian address as x-default (see base.html); so does the sitemap.
        for url in urls:
            by_language = {alt["lang_code"]: alt for alt in url["alternates"]}
            default = by_language.get(settings.LANGUAGE_CODE)
            if default and "x-default" in by_language:
                by_language["x-default"]["location"] = default["location"]
        return urls


class NamedPagesSitemap(PortalSitemap):
    def objects(self):
        names = []
        for name in NAMED_PAGES:
            try:
                reverse(name)
            except NoReverseMatch:
                continue
            names.append(name)
        return names

    def location(self, item):
        return reverse(item)


class PublishedSitemap(PortalSitemap):
    """Published objects of one model, at their get_absolute_url()."""

    lastmod_field = "published_at"

    def queryset(self):
        raise NotImplementedError

    def objects(self):
        objects = list(self.queryset())
        if objects:
            try:
                objects[0].get_absolute_url()
            except NoReverseMatch:
                return []
        return objects

    def lastmod(self, item):
        return getattr(item, self.lastmod_field)


class AboutPagesSitemap(PublishedSitemap):
    def queryset(self):
        return Page.objects.published().only("slug", "published_at").order_by("order", "slug")


class PlansSitemap(PublishedSitemap):
    def queryset(self):
        return ActionPlan.objects.published().only("slug", "published_at").order_by("number")


class CommitmentsSitemap(PublishedSitemap):
    lastmod_field = "updated_at"

    def queryset(self):
        return (
            Commitment.objects.published()
            .select_related("plan")
            .only("number", "updated_at", "plan__slug")
            .order_by("plan__number", "number")
        )


class ThemesSitemap(PublishedSitemap):
    def queryset(self):
        return Theme.objects.published().only("slug", "published_at").order_by("order", "slug")


class MeetingsSitemap(PublishedSitemap):
    lastmod_field = "updated_at"

    def queryset(self):
        return Meeting.objects.published().only("pk", "updated_at").order_by("-starts_at")


class TranscriptsSitemap(PublishedSitemap):
    lastmod_field = "updated_at"

    def queryset(self):
        return (
            Transcript.objects.published().only("pk", "updated_at").order_by("-meeting__starts_at")
        )


class CoalitionMembersSitemap(PublishedSitemap):
    def queryset(self):
        return CoalitionMember.objects.published().only("slug", "published_at").order_by("slug")


class ReportsSitemap(PublishedSitemap):
    def queryset(self):
        return Report.objects.published().only("pk", "published_at").order_by("-pk")


SITEMAPS = {
    "pages": NamedPagesSitemap,
    "about": AboutPagesSitemap,
    "plans": PlansSitemap,
    "commitments": CommitmentsSitemap,
    "themes": ThemesSitemap,
    "meetings": MeetingsSitemap,
    "transcripts": TranscriptsSitemap,
    "coalition-members": CoalitionMembersSitemap,
    "reports": ReportsSitemap,
}
