from django.urls import path, re_path

from . import feeds, views

# Machine-readable addresses of this app, outside the language prefix: stable for citation.
urlpatterns = [
    re_path(
        r"^reports/(?P<pk>[0-9]{1,18})/(?P<language>ru|ky|en)\.(?P<extension>[a-z0-9]{1,5})$",
        views.report_file_download,
        name="report_file_download",
    ),
    path("feeds/reports.atom", feeds.reports_feed, name="reports_feed"),
    re_path(
        r"^feeds/reports\.(?P<language>ru|ky|en)\.atom$",
        feeds.reports_feed,
        name="reports_feed_language",
    ),
]
