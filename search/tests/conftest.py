"""Shared helpers: reading the search page and committing changes so the index follows."""

import re

import pytest

from search.queries import search_hits


@pytest.fixture
def reindexed(django_capture_on_commit_callbacks):
    """Run what a commit runs: the index follows saves made inside the `with` block."""

    def capture():
        return django_capture_on_commit_callbacks(execute=True)

    return capture


def urls(query, language, kind=None, limit=20):
    return [hit.url for hit in search_hits(query=query, language=language, kind=kind, limit=limit)]


def first_url(query, language, kind=None):
    found = urls(query, language, kind)
    assert found, f"{query!r} ({language}) found nothing"
    return found[0]


def page_text(response):
    return response.content.decode("utf-8")


def visible_text(html):
    """The page's text without tags, to read messages as a visitor would."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
