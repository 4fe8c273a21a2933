"""Who is asking: the client address as our own reverse proxies report it."""

from django.conf import settings


def client_ip(request):
    """The address the outermost trusted proxy saw, never one a client can forge.

    Each proxy appends the address it received the request from, so with N trusted proxies
    the real client is the N-th entry from the right of X-Forwarded-For.
    """
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
