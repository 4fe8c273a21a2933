"""Atom feed of changed commitments: the most recently changed published commitments first."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from commitments.models import Commitment, Theme

from .datasets import LANGUAGES

FEED_LENGTH = 50
# Entry ids never change with the address, language or title of a commitment.
ID_AUTHORITY = "ogp-portal,2018"


def feed_language(request):
    """One address for everyone; ?lang=ky or ?lang=en picks the language, Russian otherwise."""
    requested = request.GET.get("lang", "")
    return requested if requested in LANGUAGES else settings.LANGUAGE_CODE


def commitment_entry_id(commitment):
    return f"tag:{ID_AUTHORITY}:commitment:{commitment.pk}"


class CommitmentChangesFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, request, language):
        super().__init__()
        # One feed object per request, so the request it remembers is never another visitor's.
        self.request = request
        self.language = language

    def title(self):
        return _("Action plan commitments: latest changes")

    def subtitle(self):
        return _(
            "Published commitments of the National Action Plan, the most recently changed first."
        )

    def link(self):
        try:
            return reverse("commitments:list")
        except NoReverseMatch:
            return reverse("opendata:index")

    def feed_url(self):
        url = reverse("opendata_commitments_feed")
        if self.language != settings.LANGUAGE_CODE:
            url += f"?lang={self.language}"
        return url

    def feed_guid(self):
        return f"tag:{ID_AUTHORITY}:feed:commitments:{self.language}"

    def author_name(self):
        return str(settings.PORTAL_NAME)

    def items(self):
        return list(
            Commitment.objects.published()
            .select_related("plan")
            .prefetch_related(
                Prefetch("themes", queryset=Theme.objects.published().order_by("order", "slug"))
            )
            .order_by("-updated_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return _("No. %(number)s. %(title)s") % {"number": item.number, "title": item.title}

    def item_description(self, item):
        status = _("Status: %(status)s.") % {"status": item.get_status_display()}
        text = item.objective or item.problem or ""
        return f"{status} {text}".strip()

    def item_link(self, item):
        return item.get_absolute_url()

    def item_guid(self, item):
        return commitment_entry_id(item)

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.plan.slug, *(theme.name for theme in item.themes.all())]


@require_GET
def commitments_atom(request):
    language = feed_language(request)
    with translation.override(language):
        response = CommitmentChangesFeed(request, language)(request)
    response["Content-Language"] = language
    return response
