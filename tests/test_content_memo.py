"""Data many pages share is read once per app server until staff change public content."""

import pytest
from django.db import OperationalError, connection, transaction
from django.test.utils import CaptureQueriesContext

from ogp_portal import content_memo, content_version
from pages.context_processors import published_contacts
from pages.models import KeyFigure

pytestmark = pytest.mark.django_db


def test_the_home_page_reads_nothing_again_on_the_next_visit(
    memo, client, django_assert_num_queries
):
    first = client.get("/ru/")
    # The shared cache of the tests lives in memory: no query is left at all.
    with django_assert_num_queries(0):
        second = client.get("/ru/")
    assert second.content == first.content


def test_a_staff_change_shows_at_once(memo, client, django_capture_on_commit_callbacks):
    client.get("/ru/")
    figure = KeyFigure.objects.get(key="countries")
    figure.value_ru = "81"
    with django_capture_on_commit_callbacks(execute=True):
        figure.save()
    assert "<strong>81</strong>" in client.get("/ru/").content.decode()


def test_a_change_is_not_announced_before_it_is_committed(memo, django_capture_on_commit_callbacks):
    before = content_version.content_version()
    with django_capture_on_commit_callbacks(execute=False) as waiting:
        with transaction.atomic():
            for figure in KeyFigure.objects.all():
                figure.save()
        assert content_version.content_version() == before
    # However many saves, one bump waits for the commit.
    assert len(waiting) == 1
    waiting[0]()
    assert content_version.content_version() != before


def test_a_rolled_back_change_does_not_keep_later_changes_from_being_announced(
    memo, django_capture_on_commit_callbacks
):
    figure = KeyFigure.objects.get(key="countries")
    with django_capture_on_commit_callbacks(execute=False) as waiting:
        try:
            with transaction.atomic():
                figure.save()
                raise RuntimeError("the editor's form failed")
        except RuntimeError:
            pass
        figure.save()
    assert len(waiting) == 1


def test_each_language_has_its_own_copy(memo, client):
    client.get("/ru/")
    english = client.get("/en/").content.decode()
    assert "OGP in numbers" in english
    assert "Партнерство" not in english.split("<main", 1)[1].split("</main>", 1)[0][:2000]


def test_what_depends_on_the_clock_is_read_again_after_the_memo_expires(memo, client, monkeypatch):
    client.get("/ru/")
    later = content_memo.time.monotonic() + 61
    monkeypatch.setattr(content_memo.time, "monotonic", lambda: later)
    with CaptureQueriesContext(connection) as captured:
        client.get("/ru/")
    assert len(captured) > 0


def test_outside_a_request_the_database_is_always_read(memo, django_assert_num_queries):
    published_contacts()
    with django_assert_num_queries(1):
        published_contacts()


def test_switched_off_every_page_reads_its_data(settings, client):
    settings.CONTENT_MEMO_SECONDS = 0
    client.get("/ru/")
    with CaptureQueriesContext(connection) as captured:
        client.get("/ru/")
    assert len(captured) > 0


class _BrokenCache:
    def _fail(self, *args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")

    get = set = add = _fail


def test_pages_still_render_when_the_shared_cache_is_down(memo, client, monkeypatch):
    monkeypatch.setattr(content_version, "cache", _BrokenCache())
    response = client.get("/ru/commitments/")
    assert response.status_code == 200
    assert "commitment" in response.content.decode().lower()


def _count_beside(html, theme_slug):
    counts = html.split('class="theme-counts"')[1].split("</ul>")[0]
    after = counts.split(f"theme={theme_slug}", 1)[1]
    return int(after.split('<span class="count">', 1)[1].split("<", 1)[0])


def test_counts_per_theme_follow_an_unpublished_commitment_at_once(
    memo, client, django_capture_on_commit_callbacks
):
    from commitments.models import Commitment
    from publishing.models import PublicationState

    commitment = Commitment.objects.published().filter(themes__isnull=False).first()
    theme = commitment.themes.first()
    before = _count_beside(client.get("/en/commitments/").content.decode(), theme.slug)
    commitment.publication_state = PublicationState.DRAFT
    with django_capture_on_commit_callbacks(execute=True):
        commitment.save()
    after = _count_beside(client.get("/en/commitments/").content.decode(), theme.slug)
    assert after == before - 1


@pytest.mark.parametrize(
    "address",
    [
        "/ky/commitments/",
        "/ky/commitments/?theme=citizen-engagement&status=in_progress",
        "/ky/commitments/?theme=no-such-theme&status=bad",
        "/en/coalition/",
        "/en/coalition/?kind=ngo",
        "/en/coalition/?region=nowhere&theme=x",
    ],
)
def test_lists_read_the_same_from_memory_as_from_the_database(memo, client, settings, address):
    settings.CONTENT_MEMO_SECONDS = 0
    from_database = client.get(address).content
    settings.CONTENT_MEMO_SECONDS = 60
    client.get(address)
    assert client.get(address).content == from_database
