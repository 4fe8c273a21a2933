"""A whole-page cache for anonymous visitors, per language, shared by every app server.

Pages are stored under a key holding the content version (ogp_portal.content_version); any
change to public content bumps it (see publishing.signals), so staff never wait for a stale page
to expire.
"""

import gzip
import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import cc_delim_re, patch_vary_headers

from .content_version import content_version

logger = logging.getLogger(__name__)

LANGUAGE_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def _is_anonymous_page_request(request):
    return (
        request.method == "GET"
        and request.path.startswith(LANGUAGE_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def _is_shareable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v}
    if "cookie" in vary or "*" in vary:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-cache", "no-store"))


def _freeze(response):
    """What the cache keeps of a page: status, headers and the body gzip-compressed.

    A pickled HttpResponse would carry the body as is; big pages (a CSV export, a long list)
    then cost a lot to move through a database or Redis cache on every hit. Kept as gzip, the
    body goes out as it is to every client that accepts gzip (all browsers do). Compressing
    is safe from BREACH here: a shareable page carries no secret (no CSRF token, no cookie).
    """
    body = gzip.compress(response.content, compresslevel=6, mtime=0)
    return (response.status_code, list(response.items()), body)


def _thaw(stored, accepts_gzip):
    status, headers, body = stored
    if accepts_gzip:
        response = HttpResponse(body, status=status)
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(gzip.decompress(body), status=status)
    for name, value in headers:
        if name.lower() != "content-length":
            response[name] = value
    response["Content-Length"] = str(len(response.content))
    return response


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = settings.PAGE_CACHE_SECONDS

    def __call__(self, request):
        if not self.timeout or not _is_anonymous_page_request(request):
            return self.get_response(request)
        digest = hashlib.sha256(
            f"{request.get_host()}|{request.get_full_path()}".encode()
        ).hexdigest()
        try:
            key = f"page-cache:{content_version()}:{digest}"
            cached = cache.get(key)
        except Exception as error:
            # A cache that is down (Redis gone, or the database cache with the database) must not
            # take the page down with it: render it; the view then decides, e.g. 503 on no database.
            logger.warning("Page cache unavailable, rendering without it: %s", error)
            return self.get_response(request)
        if cached is not None:
            accepts_gzip = re_accepts_gzip.search(request.headers.get("Accept-Encoding", ""))
            response = _thaw(cached, bool(accepts_gzip))
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        # Cached copies go out compressed or not, by what the client accepts.
        patch_vary_headers(response, ("Accept-Encoding",))
        user = getattr(request, "user", None)
        anonymous = user is None or not user.is_authenticated
        if anonymous and _is_shareable(response):
            try:
                cache.set(key, _freeze(response), self.timeout)
            except Exception as error:
                logger.warning("Page cache unavailable, page not stored: %s", error)
                return response
            response["X-Page-Cache"] = "miss"
        return response
