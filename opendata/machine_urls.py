from django.contrib.sitemaps.views import sitemap
from django.urls import path, re_path

from . import api, feeds, openapi, views
from .sitemaps import SITEMAPS

# Machine-readable addresses of the open data, outside the language prefix: they never change,
# so scripts and citations keep working. The human page is /<lang>/data/ (see urls.py).
urlpatterns = [
    re_path(
        r"^data/(?P<name>[a-z_]{1,40})\.(?P<extension>csv|json)$",
        views.download,
        name="opendata_download",
    ),
    path("api/v1/", api.api_index, name="opendata_api_index"),
    path("api/openapi.json", openapi.openapi_json, name="opendata_openapi"),
    re_path(r"^api/v1/(?P<name>[^/]+)/$", api.api_list, name="opendata_api_list"),
    re_path(
        r"^api/v1/(?P<name>[^/]+)/(?P<identifier>[^/]+)/$",
        api.api_detail,
        name="opendata_api_detail",
    ),
    path("feeds/commitments.atom", feeds.commitments_atom, name="opendata_commitments_feed"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="opendata_sitemap"),
]
