"""The Atom feed of changed commitments: valid, newest change first, stable entry ids."""

import feedparser
import pytest

from commitments.models import Commitment

from .factories import DraftCommitmentFactory

pytestmark = pytest.mark.django_db


def read_feed(client, **query):
    response = client.get("/feeds/commitments.atom", query)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_feed_lists_published_commitments_most_recently_changed_first(client):
    feed = read_feed(client)
    published = Commitment.objects.published()
    assert len(feed.entries) == published.count()
    stamps = [entry.updated_parsed for entry in feed.entries]
    assert stamps == sorted(stamps, reverse=True)
    assert feed.feed.language == "ru"


def test_a_changed_commitment_moves_to_the_top_with_the_same_id(client):
    before = read_feed(client)
    last = before.entries[-1]
    commitment = Commitment.objects.get(pk=int(last.id.rsplit(":", 1)[1]))
    commitment.title_ru = "Изменённое название"
    commitment.save()
    after = read_feed(client)
    assert after.entries[0].id == last.id
    assert after.entries[0].title.endswith("Изменённое название")
    assert {entry.id for entry in after.entries} == {entry.id for entry in before.entries}


def test_entry_ids_are_stable_across_languages_and_links_follow_the_language(client):
    russian = read_feed(client)
    kyrgyz = read_feed(client, lang="ky")
    english = read_feed(client, lang="en")
    assert [e.id for e in russian.entries] == [e.id for e in kyrgyz.entries]
    assert [e.id for e in russian.entries] == [e.id for e in english.entries]
    assert all(e.id.startswith("tag:ogp-portal,2018:commitment:") for e in russian.entries)
    assert kyrgyz.feed.language == "ky"
    assert all(e.link.startswith("http://testserver/ky/commitments/") for e in kyrgyz.entries)
    open_data = Commitment.objects.get(plan__slug="2018-2020", number=11)
    english_titles = {e.id: e.title for e in english.entries}
    assert english_titles[f"tag:ogp-portal,2018:commitment:{open_data.pk}"] == (
        f"No. 11. {open_data.title_en}"
    )
    assert english.feed.title == "Action plan commitments: latest changes"
    assert kyrgyz.feed.title != english.feed.title != russian.feed.title


def test_drafts_stay_out_of_the_feed(client):
    draft = DraftCommitmentFactory(title_ru="Черновик обязательства")
    feed = read_feed(client)
    assert f"tag:ogp-portal,2018:commitment:{draft.pk}" not in {e.id for e in feed.entries}


def test_an_unknown_language_falls_back_to_russian(client):
    assert read_feed(client, lang="xx").feed.language == "ru"


def test_feed_queries_do_not_grow_with_rows(client, bulk, django_assert_num_queries):
    with django_assert_num_queries(2):
        feed = read_feed(client)
    assert len(feed.entries) == 50
