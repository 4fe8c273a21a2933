"""Anonymous pages come from the cache, per language, and change as soon as staff change content."""

import gzip

import pytest
from django.db import OperationalError
from django.test import Client

from pages.models import KeyFigure

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_SECONDS = 300
    return Client()


def test_second_anonymous_visit_is_served_from_the_cache(cached, django_assert_num_queries):
    first = cached.get("/ru/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = cached.get("/ru/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_cached_pages_go_out_compressed_to_clients_that_accept_gzip(cached):
    first = cached.get("/ru/commitments/export.csv")
    assert "accept-encoding" in first["Vary"].lower()
    compressed = cached.get("/ru/commitments/export.csv", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert compressed["X-Page-Cache"] == "hit"
    assert compressed["Content-Encoding"] == "gzip"
    assert int(compressed["Content-Length"]) == len(compressed.content) < len(first.content)
    assert gzip.decompress(compressed.content) == first.content
    assert compressed["Content-Type"] == first["Content-Type"]
    assert compressed["Content-Disposition"] == first["Content-Disposition"]
    plain = cached.get("/ru/commitments/export.csv")
    assert "Content-Encoding" not in plain
    assert plain.content == first.content
    assert int(plain["Content-Length"]) == len(first.content)


def test_cache_is_per_language(cached):
    cached.get("/ru/")
    english = cached.get("/en/")
    assert english["X-Page-Cache"] == "miss"
    assert 'lang="en"' in english.content.decode()


def _staff_change_the_countries_figure(capture_on_commit):
    """A saved and committed change the home page shows: 81 OGP countries."""
    figure = KeyFigure.objects.get(key="countries")
    figure.value_ru = "81"
    with capture_on_commit(execute=True):
        figure.save()


def test_a_staff_change_shows_at_once(cached, django_capture_on_commit_callbacks):
    cached.get("/ru/")
    _staff_change_the_countries_figure(django_capture_on_commit_callbacks)
    response = cached.get("/ru/")
    assert response["X-Page-Cache"] == "miss"
    assert "<strong>81</strong>" in response.content.decode()


def test_logged_in_staff_are_never_served_cached_pages(cached, staff_user):
    cached.get("/ru/")
    cached.force_login(staff_user)
    response = cached.get("/ru/")
    assert "X-Page-Cache" not in response


def test_errors_are_not_cached(cached):
    cached.get("/ru/no-such-page/")
    assert "X-Page-Cache" not in cached.get("/ru/no-such-page/")


@pytest.mark.parametrize(
    "path",
    ["/ru/commitments/2018-2020/11/", "/ky/forum/meetings/", "/en/about/", "/ru/coalition/"],
)
def test_detail_and_list_pages_are_shared_from_the_cache(cached, path):
    first = cached.get(path)
    assert first.status_code == 200
    assert "cookie" not in first.get("Vary", "").lower()
    assert cached.get(path)["X-Page-Cache"] == "hit"


class _BrokenCache:
    """A cache whose server went away: the database cache while PostgreSQL is down, or Redis."""

    def _fail(self, *args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")

    get = set = add = _fail


def test_pages_are_still_served_when_the_cache_is_down(cached, monkeypatch):
    monkeypatch.setattr("ogp_portal.page_cache.cache", _BrokenCache())
    response = cached.get("/ru/commitments/")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response


def _forget_shared_pages():
    """The pages go from the shared cache (evicted, or another server's), the version stays:
    through the cache's public API only, so this holds for any backend."""
    from django.core.cache import cache

    from ogp_portal.content_version import VERSION_KEY

    version = cache.get(VERSION_KEY)
    assert version is not None
    cache.clear()
    cache.set(VERSION_KEY, version, None)


def test_each_server_keeps_a_local_copy_that_a_change_through_another_server_retires(
    cached, django_capture_on_commit_callbacks
):
    """Two clients are two app servers: each has its own middleware and so its own copies."""
    first_server, second_server = cached, Client()
    first_server.get("/ru/")
    assert second_server.get("/ru/")["X-Page-Cache"] == "hit"
    # With the shared entry gone, each server still answers from its own copy.
    _forget_shared_pages()
    assert first_server.get("/ru/")["X-Page-Cache"] == "hit"
    assert second_server.get("/ru/")["X-Page-Cache"] == "hit"
    # A change saved anywhere bumps the shared version: no server serves its old copy.
    _staff_change_the_countries_figure(django_capture_on_commit_callbacks)
    rendered = first_server.get("/ru/")
    assert rendered["X-Page-Cache"] == "miss"
    assert "<strong>81</strong>" in rendered.content.decode()
    shared = second_server.get("/ru/")
    assert shared["X-Page-Cache"] == "hit"
    assert shared.content == rendered.content


def test_a_local_copy_expires_with_the_shared_entry(cached, settings, monkeypatch):
    import time

    settings.PAGE_CACHE_SECONDS = 60
    client = Client()
    client.get("/ru/")
    assert client.get("/ru/")["X-Page-Cache"] == "hit"
    later = time.time() + 61
    monkeypatch.setattr("ogp_portal.page_cache.time.time", lambda: later)
    # The shared (locmem) entry keeps its own clock; the local copy must not outlive its date.
    _forget_shared_pages()
    assert client.get("/ru/")["X-Page-Cache"] == "miss"


def test_local_copies_stay_within_their_size():
    from ogp_portal.page_cache import LocalCopies

    copies = LocalCopies(max_bytes=1000)
    far = 4_000_000_000
    for number in range(10):
        copies.put(f"page-{number}", (200, [], b"x" * 200, far))
    assert copies.size <= 1000
    assert copies.get("page-9") is not None
    assert copies.get("page-0") is None
    # A page bigger than a quarter of the room is served from the shared cache only.
    copies.put("big", (200, [], b"x" * 300, far))
    assert copies.get("big") is None


def test_no_local_copies_when_switched_off(cached, settings):
    settings.PAGE_CACHE_LOCAL_BYTES = 0
    client = Client()
    client.get("/ru/")
    _forget_shared_pages()
    assert client.get("/ru/")["X-Page-Cache"] == "miss"
