"""What the home page shows from this app: the latest published reports."""

from ogp_portal.content_memo import shared_until_content_changes

from .selectors import latest_reports


@shared_until_content_changes
def newest_reports():
    return tuple(latest_reports(limit=3))


def home_context(request):
    """{"latest_reports": [...]}, the three newest published reports, in one query."""
    return {"latest_reports": newest_reports()}
