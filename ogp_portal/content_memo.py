"""Small public data that many pages show, kept in each app server's memory until it changes.

Footer contacts, the options of a filter, counts per theme, the home page's summary of the plan:
every visitor sees the same, and reading them again for every page is most of what a page
costs. A function decorated with @shared_until_content_changes is computed once per language,
arguments and content version (ogp_portal.content_version) in each process; any change staff
make to public content bumps the version, so the next request computes it afresh, on every app
server at once. Entries also expire after CONTENT_MEMO_SECONDS, so what depends on the clock
(scheduled publication, overdue milestones, the next meeting) is never older than that.

Only inside a request: management commands, exports to files and tests calling code directly
always read the database. Values must be fully evaluated (lists, tuples, strings), never
querysets, and must not be changed by their callers.
"""

import logging
import threading
import time
from collections import OrderedDict
from functools import wraps

from django.conf import settings
from django.utils.translation import get_language

from .content_version import content_version, in_request

logger = logging.getLogger(__name__)

MAX_ENTRIES = 512

_entries = OrderedDict()
_lock = threading.Lock()


def shared_until_content_changes(function):
    """Decorator: function(*args) remembered per language, arguments and content version."""

    @wraps(function)
    def memoised(*args):
        return remember((function.__module__, function.__qualname__, args), lambda: function(*args))

    return memoised


def remember(key, compute):
    """compute(), or what it gave for this key and language since the content last changed.

    For data whose key is simpler than what computes it: counts for the filters of the address,
    computed from the visitor's already validated filters.
    """
    seconds = settings.CONTENT_MEMO_SECONDS
    if not seconds or not in_request():
        return compute()
    try:
        version = content_version()
    except Exception as error:
        # The shared cache is down (with the database, when it is the cache): compute, and
        # let the caller meet the same trouble the way it would without the memo.
        logger.warning("Content version unavailable, not memoising: %s", error)
        return compute()
    key = (get_language(), key)
    now = time.monotonic()
    with _lock:
        entry = _entries.get(key)
        if entry is not None and entry[0] == version and entry[1] > now:
            _entries.move_to_end(key)
            return entry[2]
    value = compute()
    with _lock:
        _entries[key] = (version, now + seconds, value)
        _entries.move_to_end(key)
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)
    return value


def forget_everything():
    """For tests: start from an empty memory."""
    with _lock:
        _entries.clear()
