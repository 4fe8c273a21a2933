"""What the home page shows from this app: the latest published reports."""

from .selectors import latest_reports


def home_context(request):
    """{"latest_reports": [...]}, the three newest published reports, in one query."""
    return {"latest_reports": latest_reports(limit=3)}
