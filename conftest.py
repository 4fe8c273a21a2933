"""Fixtures every app's tests share."""

from io import StringIO

import pytest
from django.core.management import call_command


def _commits(item):
    marker = item.get_closest_marker("django_db")
    transactional = bool(marker and marker.kwargs.get("transaction"))
    fixtures = getattr(item, "fixturenames", ())
    return transactional or "transactional_db" in fixtures or "live_server" in fixtures


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests that really commit (the browser tests) empty the database when they end, so they run
    after every test that reads the demo content loaded once per session.

    pytest-django orders them so, but pytest's own grouping by session-scoped parameters (the
    browser's name) can pull them forward again; this runs after both.
    """
    items.sort(key=_commits)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo content, loaded once; each test's transaction rolls back to it."""
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=StringIO())


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: no page, rate limit or lockout carried over."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Requests activate their page's language in this thread; no test inherits another's."""
    from django.utils import translation

    yield
    translation.deactivate()


@pytest.fixture
def memo(settings):
    """The memo of shared data switched on (ogp_portal.content_memo), empty before and after."""
    from ogp_portal import content_memo

    settings.CONTENT_MEMO_SECONDS = 60
    content_memo.forget_everything()
    yield
    content_memo.forget_everything()


@pytest.fixture
def demo_content(transactional_db):
    """For tests that need a real commit (browser tests): load the demo content again."""
    call_command("load_demo", stdout=StringIO())


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.create_superuser(
        username="editor", email="editor@example.org", password="correct horse battery"
    )
