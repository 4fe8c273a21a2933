"""The Atom feed of reports, parsed as a reader would."""

import feedparser
import pytest
from django.core.files.base import ContentFile

from .factories import ReportFileFactory

pytestmark = pytest.mark.django_db


def parse(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return feedparser.parse(response.content)


def test_the_feed_lists_published_reports_with_links_and_files(client, reports):
    ReportFileFactory(
        report=reports["forum"], language="ru", file=ContentFile(b"%PDF-1.4\n%%EOF\n", "a.pdf")
    )
    feed = parse(client, "/feeds/reports.atom")
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert feed.feed.link == "http://testserver/ru/reports/"
    links = {entry.link for entry in feed.entries}
    for key in ("design", "forum", "alternative"):
        assert f"http://testserver/ru/reports/{reports[key].pk}/" in links
    assert f"http://testserver/ru/reports/{reports['draft'].pk}/" not in links
    forum = next(e for e in feed.entries if e.link.endswith(f"/{reports['forum'].pk}/"))
    assert forum.title == reports["forum"].title_ru
    enclosures = [link for link in forum.links if link.rel == "enclosure"]
    assert enclosures[0].href == f"http://testserver/reports/{reports['forum'].pk}/ru.pdf"
    assert enclosures[0].type == "application/pdf"


@pytest.mark.parametrize(
    ("path", "language", "title_field"),
    [("/feeds/reports.ky.atom", "ky", "title_ky"), ("/feeds/reports.en.atom", "en", "title_en")],
)
def test_the_feed_exists_in_each_language(client, reports, path, language, title_field):
    feed = parse(client, path)
    assert not feed.bozo
    assert feed.feed.link == f"http://testserver/{language}/reports/"
    titles = {entry.title for entry in feed.entries}
    assert getattr(reports["design"], title_field) in titles


def test_an_unknown_feed_language_is_a_404(client):
    assert client.get("/feeds/reports.de.atom").status_code == 404
