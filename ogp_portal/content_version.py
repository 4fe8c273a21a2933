"""One shared token for "public content as it is now", bumped on every change to it.

Everything that keeps public content in memory keys it by this token: the anonymous page cache
(ogp_portal.page_cache) and the data that many pages share (ogp_portal.content_memo). It lives in
the shared cache, so a change published through one app server is seen by all of them at once.

During a request the token is read once and kept for the rest of the request: pages that use
several memoised pieces pay for one cache read, and see one consistent state of the content.
"""

import uuid
from contextvars import ContextVar

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "page-cache:content-version"

# None outside a request (management commands, shells, tests calling code directly): then the
# token is read every time. "" inside a request before the first read.
_request_version = ContextVar("content_version", default=None)


def content_version():
    kept = _request_version.get()
    if kept:
        return kept
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY, version)
    if kept is not None:
        _request_version.set(version)
    return version


def in_request():
    return _request_version.get() is not None


def bump_content_version():
    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, None)
    if in_request():
        _request_version.set(version)


class _BumpOnCommit:
    """The bump a transaction is waiting for; marked once it has run."""

    done = False

    def __call__(self):
        self.done = True
        bump_content_version()


def bump_content_version_on_commit():
    """Bump once the change is committed, never before.

    Bumped inside the transaction, another app server could read the new token while the
    database still shows the old content, and keep that old content under the new token.
    Many saves in one transaction (an import, an admin form with inlines) bump once; a bump
    whose savepoint was rolled back is gone from the list, so the next change asks again.
    """
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        bump_content_version()
        return
    waiting = any(
        isinstance(hook, _BumpOnCommit) and not hook.done
        for _savepoints, hook, _robust in connection.run_on_commit
    )
    if not waiting:
        transaction.on_commit(_BumpOnCommit())


class ContentVersionMiddleware:
    """Opens the request's scope, in which the token is read at most once."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        scope = _request_version.set("")
        try:
            return self.get_response(request)
        finally:
            _request_version.reset(scope)
