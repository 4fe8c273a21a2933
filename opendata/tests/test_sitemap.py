"""sitemap.xml lists every public page in three languages with hreflang alternates."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from coalition.models import Member as CoalitionMember
from commitments.models import Commitment, Theme
from forum.models import Meeting, Transcript
from pages.models import Page
from publishing.models import PublicationState
from reports.models import Report

from .factories import CommitmentFactory, DraftCommitmentFactory, PlanFactory

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
HOST = "http://testserver"


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['sm']}}}urlset"
    entries = {}
    for url in root.findall("sm:url", NS):
        loc = url.findtext("sm:loc", namespaces=NS)
        alternates = {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        entries[loc] = {
            "alternates": alternates,
            "lastmod": url.findtext("sm:lastmod", namespaces=NS),
        }
    return entries


def paths_in_every_language(obj_or_path):
    paths = {}
    for code in ("ru", "ky", "en"):
        with translation.override(code):
            paths[code] = HOST + obj_or_path.get_absolute_url()
    return paths


def test_every_url_has_its_three_languages_and_x_default(client):
    entries = sitemap_entries(client)
    assert len(entries) > 30
    for loc, entry in entries.items():
        alternates = entry["alternates"]
        assert set(alternates) == {"ru", "ky", "en", "x-default"}, loc
        assert loc in alternates.values()
        assert alternates["x-default"] == alternates["ru"], "as each page's own <head> says"
        for code in ("ru", "ky", "en"):
            assert alternates[code].startswith(f"{HOST}/{code}/"), loc
            assert alternates[code] in entries, "each alternate is listed itself"


def test_every_section_is_listed(client):
    entries = sitemap_entries(client)
    for path in [
        "/ru/",
        "/ky/about/",
        "/en/commitments/",
        "/ru/themes/",
        "/ky/forum/",
        "/en/forum/meetings/",
        "/ru/forum/transcripts/",
        "/ky/coalition/",
        "/en/reports/",
        "/ru/reports/eligibility/",
        "/ky/data/",
    ]:
        assert HOST + path in entries, path


@pytest.mark.parametrize(
    "queryset",
    [
        lambda: Page.objects.published(),
        lambda: Commitment.objects.published(),
        lambda: Theme.objects.published(),
        lambda: Meeting.objects.published(),
        lambda: Transcript.objects.published(),
        lambda: CoalitionMember.objects.published(),
        lambda: Report.objects.published(),
    ],
)
def test_every_published_item_is_listed_in_three_languages(client, queryset):
    entries = sitemap_entries(client)
    items = list(queryset())
    assert items
    for item in items:
        for url in paths_in_every_language(item).values():
            assert url in entries, url


def test_drafts_are_not_listed(client):
    draft = DraftCommitmentFactory()
    hidden_plan = PlanFactory(publication_state=PublicationState.DRAFT, published_at=None)
    in_hidden_plan = CommitmentFactory(plan=hidden_plan)
    page = Page.objects.published().first()
    page.publication_state = PublicationState.DRAFT
    page.save()
    entries = sitemap_entries(client)
    for hidden in (draft, in_hidden_plan, page):
        for url in paths_in_every_language(hidden).values():
            assert url not in entries


def test_commitments_carry_their_last_change(client):
    commitment = Commitment.objects.published().first()
    url = paths_in_every_language(commitment)["en"]
    lastmod = sitemap_entries(client)[url]["lastmod"]
    assert lastmod == commitment.updated_at.strftime("%Y-%m-%d")


def test_robots_txt_points_at_the_sitemap(client):
    text = client.get("/robots.txt").content.decode()
    assert f"Sitemap: {HOST}/sitemap.xml" in text


def test_sitemap_queries_do_not_grow_with_rows(client, bulk, django_assert_num_queries):
    # One query per section of published items.
    with django_assert_num_queries(8):
        entries = sitemap_entries(client)
    assert len(entries) > 250 * 3 * 4
