from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from ogp_portal.content_memo import shared_until_content_changes
from publishing.views import get_visible_or_404, mark_preview

from .models import KeyFigure, Page, TimelineEvent


@shared_until_content_changes
def home_pages_content():
    return {
        "key_figures": tuple(KeyFigure.objects.published()),
        "timeline": tuple(TimelineEvent.objects.published()),
        "about_pages": tuple(
            Page.objects.published().only("slug", "title", "summary", "order")[:6]
        ),
    }


@require_safe
def home(request):
    context = dict(home_pages_content())
    from .home import extra_home_sections

    context.update(extra_home_sections(request))
    return render(request, "pages/home.html", context)


@require_safe
def about_index(request):
    return render(
        request,
        "pages/about_index.html",
        {
            "pages": Page.objects.published(),
            "key_figures": KeyFigure.objects.published(),
            "timeline": TimelineEvent.objects.published(),
        },
    )


@require_safe
def about_page(request, slug):
    page = get_visible_or_404(Page.objects, request, slug=slug)
    siblings = Page.objects.published().only("slug", "title", "order")
    response = render(request, "pages/about_page.html", {"page": page, "siblings": siblings})
    return mark_preview(request, response, page)


@never_cache
@require_safe
def healthz(request):
    """200 after a real database round trip; 503 when the database does not answer."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:
        return JsonResponse({"status": "unavailable", "database": str(error)[:200]}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Allow: /",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def error_400(request, exception=None):
    return render(request, "400.html", status=400)


def error_403(request, exception=None):
    return render(request, "403.html", status=403)


def csrf_failure(request, reason=""):
    return render(request, "403.html", {"csrf_failed": True}, status=403)


def error_404(request, exception=None):
    return render(request, "404.html", status=404)


def error_500(request):
    return render(request, "500.html", status=500)
