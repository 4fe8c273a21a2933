"""Root URLs: public pages under a language prefix; machine addresses outside it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from pages import views as page_views

# Outside the language prefix: staff, health, robots, sitemaps and machine-readable feeds.
urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", page_views.healthz, name="healthz"),
    path("robots.txt", page_views.robots_txt, name="robots_txt"),
    path("", include("commitments.machine_urls")),
    path("", include("forum.machine_urls")),
    path("", include("coalition.machine_urls")),
    path("", include("reports.machine_urls")),
    path("", include("opendata.machine_urls")),
]

urlpatterns += i18n_patterns(
    path("", include("pages.urls")),
    path("", include("commitments.urls")),
    path("forum/", include("forum.urls")),
    path("coalition/", include("coalition.urls")),
    path("reports/", include("reports.urls")),
    path("search/", include("search.urls")),
    path("data/", include("opendata.urls")),
    prefix_default_language=True,
)

handler400 = "pages.views.error_400"
handler403 = "pages.views.error_403"
handler404 = "pages.views.error_404"
handler500 = "pages.views.error_500"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
