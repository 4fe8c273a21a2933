"""Every public page type, for site-wide tests (one <h1>, languages, security headers).

Each app adds its page types here: named routes that take no arguments, and models whose
first published object stands for its detail page.
"""

from django.apps import apps
from django.urls import NoReverseMatch, reverse
from django.utils import translation

NAMED_ROUTES = [
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
    "search:search",
    "opendata:index",
]

DETAIL_MODELS = [
    "pages.Page",
    "commitments.Commitment",
    "commitments.Theme",
    "forum.Meeting",
    "forum.Transcript",
    "coalition.Member",
    "reports.Report",
]


def public_paths(language="ru"):
    paths = []
    with translation.override(language):
        for name in NAMED_ROUTES:
            try:
                paths.append(reverse(name))
            except NoReverseMatch:
                continue
        for label in DETAIL_MODELS:
            try:
                model = apps.get_model(label)
            except LookupError:
                continue
            manager = model.objects
            queryset = manager.published() if hasattr(manager, "published") else manager.all()
            obj = queryset.first()
            if obj is not None:
                paths.append(obj.get_absolute_url())
    return paths
